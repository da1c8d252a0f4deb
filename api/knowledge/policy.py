"""Who may do what with the knowledge base. Pure: no database, no HTTP.

Agents write and publish for the team (internal articles); what customers read (public and
published) is checked by a supervisor or an administrator, as KCS publishers do.
"""

from api.knowledge.kinds import ArticleStatus, Visibility
from api.user.roles import Role

PUBLISHERS = frozenset({Role.supervisor, Role.admin})


def customers_read(status: ArticleStatus, visibility: Visibility) -> bool:
    """Customers read what is published and public, nothing else."""
    return status is ArticleStatus.published and visibility is Visibility.public


def can_write_articles(role: Role) -> bool:
    return role.is_staff


def can_leave_article_in(role: Role, status: ArticleStatus, visibility: Visibility) -> bool:
    """Whether the role may save an article that customers will then read."""
    if not role.is_staff:
        return False
    if customers_read(status, visibility):
        return role in PUBLISHERS
    return True


def can_delete_articles(role: Role) -> bool:
    return role in PUBLISHERS


def can_see_knowledge_reports(role: Role) -> bool:
    return role.is_staff
