"""Who may do what: field policy and role checks."""

import itertools

import pytest

from api.auth.policy import (
    can_create_user_with_role,
    can_manage_directory,
    can_manage_team_members,
    can_manage_users,
    can_work_tickets,
    can_write_internal_notes,
    refused_fields,
)
from api.user.roles import Role

STAFF = [Role.agent, Role.supervisor, Role.admin]
ALL_ROLES = [Role.customer, *STAFF]

TICKET_BASICS = {"subject", "description", "type", "category_id", "details", "impact", "urgency"}
STAFF_ONLY_CREATE = {
    "requester_id",
    "channel",
    "tags",
    "priority",
    "priority_reason",
    "department_id",
    "location_id",
}


def test_roles() -> None:
    assert [r.value for r in Role] == ["customer", "agent", "supervisor", "admin"]
    assert [r.is_staff for r in ALL_ROLES] == [False, True, True, True]


# ---- creating a ticket -------------------------------------------------------------------


def test_customer_create_allows_the_ticket_basics() -> None:
    assert refused_fields(Role.customer, set(TICKET_BASICS), creating=True) == []


@pytest.mark.parametrize(
    "field",
    [
        "priority",
        "priority_reason",
        "assignee_id",
        "assigned_team_id",
        "team_id",
        "requester_id",
        "channel",
        "tags",
        "department_id",
        "location_id",
        "status",
        "resolution",
        "id",
        "created_at",
    ],
)
def test_customer_create_refuses(field: str) -> None:
    assert refused_fields(Role.customer, {"subject", field}, creating=True) == [field]


def test_customer_create_refused_list_is_sorted_and_complete() -> None:
    sent = TICKET_BASICS | {"tags", "priority", "assignee_id", "channel", "requester_id"}
    assert refused_fields(Role.customer, sent, creating=True) == [
        "assignee_id",
        "channel",
        "priority",
        "requester_id",
        "tags",
    ]


@pytest.mark.parametrize("role", STAFF)
def test_staff_create_allows_basics_and_staff_fields(role: Role) -> None:
    assert refused_fields(role, TICKET_BASICS | STAFF_ONLY_CREATE, creating=True) == []


@pytest.mark.parametrize("role", STAFF)
def test_staff_create_refuses_unknown_and_lifecycle_fields(role: Role) -> None:
    sent = {"subject", "status", "resolution", "id", "nonsense"}
    assert refused_fields(role, sent, creating=True) == ["id", "nonsense", "resolution", "status"]


@pytest.mark.parametrize("role", ALL_ROLES)
@pytest.mark.parametrize("creating", [True, False])
def test_nothing_sent_nothing_refused(role: Role, creating: bool) -> None:
    assert refused_fields(role, set(), creating=creating) == []


# ---- updating a ticket -------------------------------------------------------------------


def test_customer_update_allows_only_status() -> None:
    assert refused_fields(Role.customer, {"status"}, creating=False) == []


@pytest.mark.parametrize(
    "field",
    sorted(
        TICKET_BASICS
        | STAFF_ONLY_CREATE
        | {"resolution", "assignee_id", "priority_reason", "nonsense"}
    ),
)
def test_customer_update_refuses_everything_else(field: str) -> None:
    assert refused_fields(Role.customer, {"status", field}, creating=False) == [field]


STAFF_UPDATABLE = TICKET_BASICS | {
    "priority",
    "priority_reason",
    "status",
    "resolution",
    "tags",
    # Refiling a ticket opened for the wrong person or place.
    "requester_id",
    "department_id",
    "location_id",
}


@pytest.mark.parametrize("role", STAFF)
def test_staff_update_allows_working_fields(role: Role) -> None:
    assert refused_fields(role, set(STAFF_UPDATABLE), creating=False) == []


@pytest.mark.parametrize("role", STAFF)
def test_staff_update_refuses_fields_fixed_at_creation_and_unknown(role: Role) -> None:
    sent = {"status", "channel", "id", "nonsense", "created_by_id"}
    assert refused_fields(role, sent, creating=False) == [
        "channel",
        "created_by_id",
        "id",
        "nonsense",
    ]


def test_refused_fields_does_not_mutate_sent() -> None:
    sent = {"subject", "priority"}
    refused_fields(Role.customer, sent, creating=True)
    assert sent == {"subject", "priority"}


# ---- user creation matrix ----------------------------------------------------------------

# (actor, target) -> allowed, written out for every pair.
CREATE_USER_MATRIX: dict[tuple[str, str], bool] = {
    ("customer", "customer"): False,
    ("customer", "agent"): False,
    ("customer", "supervisor"): False,
    ("customer", "admin"): False,
    ("agent", "customer"): True,
    ("agent", "agent"): False,
    ("agent", "supervisor"): False,
    ("agent", "admin"): False,
    ("supervisor", "customer"): True,
    ("supervisor", "agent"): False,
    ("supervisor", "supervisor"): False,
    ("supervisor", "admin"): False,
    ("admin", "customer"): True,
    ("admin", "agent"): True,
    ("admin", "supervisor"): True,
    ("admin", "admin"): True,
}


def test_create_user_matrix_covers_every_pair() -> None:
    pairs = {(a.value, t.value) for a, t in itertools.product(Role, Role)}
    assert set(CREATE_USER_MATRIX) == pairs


@pytest.mark.parametrize(("pair", "expected"), sorted(CREATE_USER_MATRIX.items()))
def test_can_create_user_with_role(pair: tuple[str, str], expected: bool) -> None:
    actor, target = Role(pair[0]), Role(pair[1])
    assert can_create_user_with_role(actor, target) is expected


# ---- the other role checks ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("role", "users", "directory", "team_members", "work", "notes"),
    [
        (Role.customer, False, False, False, False, False),
        (Role.agent, False, False, False, True, True),
        (Role.supervisor, False, False, True, True, True),
        (Role.admin, True, True, True, True, True),
    ],
)
def test_role_checks(
    role: Role, users: bool, directory: bool, team_members: bool, work: bool, notes: bool
) -> None:
    assert can_manage_users(role) is users
    assert can_manage_directory(role) is directory
    assert can_manage_team_members(role) is team_members
    assert can_work_tickets(role) is work
    assert can_write_internal_notes(role) is notes
