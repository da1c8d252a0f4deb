"""Who may do what, from plain facts. Pure: no database, no HTTP."""

from api.user.roles import Role

# Fields each role may send when opening a ticket. Anything else is refused (422).
CUSTOMER_CREATE_FIELDS = frozenset(
    {"subject", "description", "type", "category_id", "details", "impact", "urgency"}
)
STAFF_CREATE_FIELDS = CUSTOMER_CREATE_FIELDS | {
    "requester_id",
    "channel",
    "tags",
    "priority",
    "priority_reason",
    "department_id",
    "location_id",
}
CUSTOMER_UPDATE_FIELDS = frozenset({"status"})
STAFF_UPDATE_FIELDS = frozenset(
    {
        "subject",
        "description",
        "type",
        "category_id",
        "details",
        "impact",
        "urgency",
        "priority",
        "priority_reason",
        "status",
        "resolution",
        "tags",
        "requester_id",
        "department_id",
        "location_id",
    }
)


# List filters on what only the support team sees: a customer filtering their own tickets by
# them would learn the hidden value one guess at a time.
STAFF_ONLY_FILTERS = frozenset({"tag", "team_id", "assignee", "sla", "sla_due_before", "sort"})


def refused_filters(role: Role, given: set[str]) -> list[str]:
    return [] if role.is_staff else sorted(given & STAFF_ONLY_FILTERS)


def refused_fields(role: Role, sent: set[str], *, creating: bool) -> list[str]:
    if creating:
        allowed = STAFF_CREATE_FIELDS if role.is_staff else CUSTOMER_CREATE_FIELDS
    else:
        allowed = STAFF_UPDATE_FIELDS if role.is_staff else CUSTOMER_UPDATE_FIELDS
    return sorted(sent - allowed)


def can_manage_users(role: Role) -> bool:
    return role is Role.admin


def can_create_user_with_role(actor: Role, target: Role) -> bool:
    """Admins create anyone; agents and supervisors add customer contacts (callers)."""
    if actor is Role.admin:
        return True
    return actor.is_staff and target is Role.customer


def can_manage_directory(role: Role) -> bool:
    """Organizations, teams, categories and the priority matrix."""
    return role is Role.admin


def can_manage_team_members(role: Role) -> bool:
    return role in (Role.admin, Role.supervisor)


def can_manage_escalation_rules(role: Role) -> bool:
    return role in (Role.admin, Role.supervisor)


def can_work_tickets(role: Role) -> bool:
    return role.is_staff


def can_write_internal_notes(role: Role) -> bool:
    return role.is_staff
