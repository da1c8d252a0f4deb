"""The scope rules, pure: which scope a route needs and which scopes a role may hold."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.auth.scopes import (
    ALL_SCOPES,
    RULES,
    Scope,
    UnmappedRoute,
    beyond_role,
    missing,
    ordered,
    read_scopes,
    required_scope,
    requires,
    scopes_of_role,
)
from api.auth.scoping import requirement_or_admin
from api.user.roles import Role


@pytest.mark.parametrize(
    ("method", "path", "needed"),
    [
        ("GET", "/api/v1/tickets", Scope.tickets_read),
        ("HEAD", "/api/v1/tickets/{number}", Scope.tickets_read),
        ("POST", "/api/v1/tickets", Scope.tickets_write),
        ("delete", "/api/v1/tickets/{number}/links/{link_id}", Scope.tickets_write),
        # The longest prefix wins, parameters matching whatever they are named.
        ("POST", "/api/v1/tickets/{n}/article-draft", Scope.kb_write),
        ("GET", "/api/v1/users/{id}", Scope.directory_read),
        ("GET", "/api/v1/users/{id}/api-tokens", Scope.admin),
        ("PATCH", "/api/v1/users/{user_id}", Scope.admin),
        ("POST", "/api/v1/users", Scope.directory_write),
        ("GET", "/api/v1/users/me", None),
        ("PATCH", "/api/v1/users/me", Scope.account),
        ("GET", "/api/v1/deflections/report", Scope.reports_read),
        ("POST", "/api/v1/deflections", Scope.kb_write),
        ("POST", "/api/v1/guides/{guide_id}/tickets", Scope.tickets_write),
        ("GET", "/api/v1/guides/{guide_id}/walk", Scope.kb_read),
        ("GET", "/api/v1/jobs", Scope.admin),
        ("POST", "/api/v1/webhooks/{id}/deliveries/{d}/replay", Scope.admin),
        ("GET", "/api/v1/reports/sla", Scope.reports_read),
        ("GET", "/api/v1/events/stream", Scope.tickets_read),
        ("POST", "/api/v1/auth/token", None),
    ],
)
def test_a_route_needs_the_scope_of_its_most_specific_rule(
    method: str, path: str, needed: Scope | None
) -> None:
    assert required_scope(method, path) == needed


def test_a_prefix_matches_whole_segments_only() -> None:
    with pytest.raises(UnmappedRoute):
        required_scope("GET", "/api/v1/ticketsandmore")
    with pytest.raises(UnmappedRoute):
        required_scope("GET", "/api/v2/tickets")
    # /mail is admin; /mailboxes has its own rule, and neither swallows the other by letters.
    assert required_scope("GET", "/api/v1/mail/messages") is Scope.admin


def test_a_route_s_own_declaration_wins_over_the_table() -> None:
    declared = requires(Scope.kb_read)["x-required-scope"]
    assert required_scope("POST", "/api/v1/tickets", declared) is Scope.kb_read
    with pytest.raises(ValueError, match="nope"):
        required_scope("GET", "/api/v1/tickets", "nope")


def test_an_unmapped_route_needs_admin_at_runtime() -> None:
    assert requirement_or_admin("GET", "/api/v1/brand-new", None) is Scope.admin
    assert requirement_or_admin("GET", "/api/v1/tickets", None) is Scope.tickets_read


def test_no_two_rules_share_a_prefix() -> None:
    prefixes = [rule.segments for rule in RULES]
    assert len(prefixes) == len(set(prefixes))


def test_roles_hold_ever_more_scopes_and_only_admins_hold_admin() -> None:
    customer, agent = scopes_of_role(Role.customer), scopes_of_role(Role.agent)
    assert customer < agent == scopes_of_role(Role.supervisor) < scopes_of_role(Role.admin)
    assert scopes_of_role(Role.admin) == ALL_SCOPES
    assert [r for r in Role if Scope.admin in scopes_of_role(r)] == [Role.admin]
    assert Scope.reports_read not in customer
    assert beyond_role(Role.customer, {Scope.admin, Scope.tickets_read}) == [Scope.admin]


@given(st.sampled_from(list(Role)), st.sets(st.sampled_from(list(Scope))))
def test_a_grant_is_refused_exactly_when_it_leaves_the_role(role: Role, wanted: set[Scope]) -> None:
    beyond = beyond_role(role, wanted)
    assert (not beyond) == (wanted <= scopes_of_role(role))
    assert set(beyond) <= wanted
    assert read_scopes(frozenset(wanted)) <= wanted
    assert ordered(wanted) == sorted(wanted, key=list(Scope).index)


@given(st.sets(st.sampled_from(list(Scope))), st.sampled_from([*Scope, None]))
def test_a_token_lacks_a_scope_only_when_the_route_needs_one_it_does_not_hold(
    held: set[Scope], needed: Scope | None
) -> None:
    lacking = missing(needed, frozenset(held))
    assert (lacking is None) == (needed is None or needed in held)
    assert lacking in (None, needed)
