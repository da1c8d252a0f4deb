"""Which emails each person receives (every kind by default) and in which language.

Customers choose among the mail about their requests; staff among those and the mail about
their work. In-app notifications for agents are always on.
"""

from collections.abc import Iterable

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.conditional import etag, require_match
from api.core.errors import ValidationFailed
from api.mail.kinds import AGENT_KINDS, REQUESTER_KINDS, Language, MailKind
from api.notification.models import NotificationPreference
from api.user.roles import Role


def kinds_for(role: Role) -> tuple[MailKind, ...]:
    return (*REQUESTER_KINDS, *AGENT_KINDS) if role.is_staff else REQUESTER_KINDS


def wants_email(preference: NotificationPreference | None, kind: MailKind) -> bool:
    return preference is None or kind.value not in preference.email_off


def language_of(preference: NotificationPreference | None, default: str) -> Language:
    chosen = preference.language if preference is not None else None
    return Language(chosen or default)


def of_user(session: Session, user_id: int) -> NotificationPreference | None:
    return session.get(NotificationPreference, user_id)


def of_users(session: Session, user_ids: Iterable[int]) -> dict[int, NotificationPreference]:
    ids = list(set(user_ids))
    if not ids:
        return {}
    rows = session.scalars(
        select(NotificationPreference).where(NotificationPreference.user_id.in_(ids))
    )
    return {row.user_id: row for row in rows}


def preference_etag(user_id: int, preference: NotificationPreference | None) -> str:
    return etag("notification-preferences", user_id, preference.version if preference else 0)


def update(
    session: Session,
    actor: Actor,
    language: Language,
    email: dict[MailKind, bool],
    if_match: str | None,
) -> NotificationPreference:
    """Replace the actor's choices; a kind not named stays on."""
    preference = of_user(session, actor.id)
    require_match(if_match, preference_etag(actor.id, preference), "preference")
    allowed = kinds_for(actor.role)
    foreign = [kind.value for kind in email if kind not in allowed]
    if foreign:
        raise ValidationFailed.on("email", f"not a kind of mail you receive: {', '.join(foreign)}")
    off = [kind.value for kind in allowed if not email.get(kind, True)]
    if preference is None:
        preference = NotificationPreference(user_id=actor.id, version=1)
        session.add(preference)
    else:
        preference.version += 1
    preference.language = language.value
    preference.email_off = off
    session.flush()
    return preference
