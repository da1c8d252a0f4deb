"""Who may publish bulletins and resolve major incidents. Pure: no database, no HTTP."""

from api.user.roles import Role


def can_manage_bulletins(role: Role) -> bool:
    return role in (Role.supervisor, Role.admin)


def can_link_tickets(role: Role) -> bool:
    """Any agent taking the calls may attach them to the known incident."""
    return role.is_staff


def can_follow_bulletins(role: Role) -> bool:
    """Following stands in for a customer's duplicate request; the team links tickets instead."""
    return not role.is_staff
