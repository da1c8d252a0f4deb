"""What a token may be used for: the scope catalog, which scopes each role may hold, and which
scope each route needs. Pure: no database, no HTTP; routes are named by method and path template.

A scope narrows a token; it never widens the role: the role's policy (auth/policy.py) still
decides what the person may do, the scope decides which part of it this token may do.
"""

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from api.user.roles import Role


class Scope(StrEnum):
    account = "account"
    tickets_read = "tickets:read"
    tickets_write = "tickets:write"
    kb_read = "kb:read"
    kb_write = "kb:write"
    directory_read = "directory:read"
    directory_write = "directory:write"
    reports_read = "reports:read"
    admin = "admin"


DESCRIPTIONS: Final[dict[Scope, str]] = {
    Scope.account: "Your own account: profile, routing profile and API tokens.",
    Scope.tickets_read: (
        "Read tickets and all under them (comments, attachments, history, links, watchers, "
        "SLA), bulletins, notifications and search."
    ),
    Scope.tickets_write: (
        "Open, comment on, change, assign, close and merge tickets; bulletins; mark "
        "notifications read."
    ),
    Scope.kb_read: "Read knowledge base articles, their revisions and guides.",
    Scope.kb_write: "Write articles and guides, restore revisions, vote, record deflections.",
    Scope.directory_read: (
        "Read people, organizations, teams, categories, the priority matrix, routing, "
        "escalation rules, SLA calendars and policies."
    ),
    Scope.directory_write: "Change the directory and the help desk's configuration.",
    Scope.reports_read: "Read reports.",
    Scope.admin: (
        "Administer: change accounts and create staff ones, background jobs, other people's "
        "API tokens, mail, mailboxes and webhooks."
    ),
}

ALL_SCOPES: Final = frozenset(Scope)
_CUSTOMER: Final = frozenset(
    {
        Scope.account,
        Scope.tickets_read,
        Scope.tickets_write,
        Scope.kb_read,
        Scope.kb_write,  # votes and deflections; the role still may not write articles
        Scope.directory_read,
    }
)
_STAFF: Final = _CUSTOMER | {Scope.directory_write, Scope.reports_read}
_ROLE_SCOPES: Final[dict[Role, frozenset[Scope]]] = {
    Role.customer: _CUSTOMER,
    Role.agent: _STAFF,
    Role.supervisor: _STAFF,
    Role.admin: ALL_SCOPES,
}


def scopes_of_role(role: Role) -> frozenset[Scope]:
    """Every scope a token of this role may carry; a sign-in session carries all of them.

    Wide enough that no route the role may call needs a scope the role cannot hold.
    """
    return _ROLE_SCOPES[role]


def read_scopes(scopes: frozenset[Scope]) -> frozenset[Scope]:
    """The read-only part (what a read-only token of before scopes became)."""
    return frozenset(s for s in scopes if s.value.endswith(":read"))


def scope_to_create_account(role: Role) -> Scope:
    """Agents add customer contacts with `directory:write`; a staff account takes `admin`."""
    return Scope.admin if role.is_staff else Scope.directory_write


def beyond_role(role: Role, wanted: set[Scope]) -> list[Scope]:
    return sorted(wanted - scopes_of_role(role))


def ordered(scopes: set[Scope] | frozenset[Scope]) -> list[Scope]:
    """In catalog order, for storage and display."""
    return [s for s in Scope if s in scopes]


# --- Which scope a route needs ---------------------------------------------------------------

ANY_TOKEN: Final = None  # the route needs a valid token (or none, if public), no scope
Requirement = Scope | None
READ_METHODS: Final = frozenset({"GET", "HEAD", "OPTIONS"})


@dataclass(frozen=True)
class Rule:
    """Routes under `prefix` (a path template, parameters written `{}`) need `read` for
    GET/HEAD and `write` for every other method."""

    prefix: str
    read: Requirement
    write: Requirement

    @property
    def segments(self) -> tuple[str, ...]:
        return _segments(self.prefix)


def _rule(prefix: str, both: Requirement) -> Rule:
    return Rule(f"/api/v1{prefix}", both, both)


def _family(prefix: str, read: Scope, write: Scope) -> Rule:
    return Rule(f"/api/v1{prefix}", read, write)


_TICKETS = (Scope.tickets_read, Scope.tickets_write)
_KB = (Scope.kb_read, Scope.kb_write)
_DIRECTORY = (Scope.directory_read, Scope.directory_write)

# The most specific (longest) matching prefix wins. A route matching none is unmapped: the
# every-route test fails, and at runtime it needs `admin` (refused by default).
RULES: Final[tuple[Rule, ...]] = (
    _rule("/health", ANY_TOKEN),
    _rule("/auth", ANY_TOKEN),  # sign-in, sign-up, and signing out the token in hand
    _rule("/api-tokens", Scope.account),
    _rule("/api-tokens/scopes", ANY_TOKEN),
    Rule("/api/v1/users/me", ANY_TOKEN, Scope.account),  # who am I: any token may ask
    _family("/users", *_DIRECTORY),
    # Only administrators change accounts (roles, passwords): a takeover, not a directory edit.
    _family("/users/{}", Scope.directory_read, Scope.admin),
    _rule("/users/{}/api-tokens", Scope.admin),
    _rule("/agents/me", Scope.account),
    _family("/agents", *_DIRECTORY),
    _family("/organizations", *_DIRECTORY),
    _family("/teams", *_DIRECTORY),
    _family("/categories", *_DIRECTORY),
    _family("/priority-matrix", *_DIRECTORY),
    _family("/routing", *_DIRECTORY),
    _family("/escalation", *_DIRECTORY),
    _family("/sla", *_DIRECTORY),
    _family("/tickets", *_TICKETS),
    _rule("/tickets/{}/article-draft", Scope.kb_write),
    _family("/bulletins", *_TICKETS),
    _family("/notifications", *_TICKETS),
    _family("/search", *_TICKETS),
    _family("/satisfaction", *_TICKETS),
    _rule("/events", Scope.tickets_read),
    _rule("/live", Scope.tickets_read),
    _family("/articles", *_KB),
    _family("/guides", *_KB),
    _rule("/guides/{}/tickets", Scope.tickets_write),
    _rule("/deflections", Scope.kb_write),
    _rule("/deflections/report", Scope.reports_read),
    _rule("/reports", Scope.reports_read),
    _rule("/jobs", Scope.admin),
    _rule("/webhooks", Scope.admin),
    _rule("/mailboxes", Scope.admin),
    _rule("/mail", Scope.admin),
    _rule("/quarantine", Scope.admin),
    # Signed one-click links from email: the token in the path is the credential.
    _rule("/satisfaction-links", ANY_TOKEN),
    _rule("/resolution-links", ANY_TOKEN),
    _rule("/me", Scope.account),  # one's own notification preferences
)


class UnmappedRoute(LookupError):
    """No rule covers this route: add one to RULES (or `requires(...)` on the route)."""


def _segments(path: str) -> tuple[str, ...]:
    """`/api/v1/tickets/{number}/links` -> ("api", "v1", "tickets", "{}", "links")."""
    parts = [p for p in path.split("/") if p]
    return tuple("{}" if p.startswith("{") and p.endswith("}") else p for p in parts)


def rule_for(path: str) -> Rule:
    segments = _segments(path)
    best: Rule | None = None
    for rule in RULES:
        wanted = rule.segments
        if segments[: len(wanted)] == wanted and (best is None or len(wanted) > len(best.segments)):
            best = rule
    if best is None:
        raise UnmappedRoute(f"No scope rule covers {path}; add one to api/auth/scopes.py RULES.")
    return best


def required_scope(method: str, path: str, override: str | None = None) -> Requirement:
    """The scope a request of `method` to the route `path` (its template) needs.

    `override` is the route's own declaration (`requires(...)`), which wins over the table.
    """
    if override is not None:
        return Scope(override)
    rule = rule_for(path)
    return rule.read if method.upper() in READ_METHODS else rule.write


OVERRIDE_KEY: Final = "x-required-scope"


def requires(scope: Scope) -> dict[str, str]:
    """A route's own scope, as its `openapi_extra`, for a route the table maps wrongly."""
    return {OVERRIDE_KEY: scope.value}


def missing(needed: Requirement, held: frozenset[Scope]) -> Scope | None:
    """The scope a token lacks for this route, if any."""
    return needed if needed is not None and needed not in held else None
