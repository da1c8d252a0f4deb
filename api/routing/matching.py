"""Which routing rule applies to a ticket. Pure: rules and tickets are plain facts.

Rules are tried in order and the first enabled rule whose conditions all hold wins; later
rules are not consulted. Within one condition any listed value matches (a channel of the
list, any of the words, any of the tags); an empty condition matches every ticket."""

import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import TypeVar


@dataclass(frozen=True)
class TicketFacts:
    channel: str
    type: str
    priority: str
    subject: str
    description: str
    # The ticket's category and its ancestors: a rule on "Hardware" covers "Hardware > Laptop".
    category_ids: frozenset[int] = frozenset()
    organization_id: int | None = None
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class Conditions:
    channels: frozenset[str] = frozenset()
    types: frozenset[str] = frozenset()
    priorities: frozenset[str] = frozenset()
    category_ids: frozenset[int] = frozenset()
    organization_ids: frozenset[int] = frozenset()
    words: tuple[str, ...] = ()
    tags: frozenset[str] = frozenset()


@dataclass(frozen=True)
class RuleFacts:
    id: int
    enabled: bool
    conditions: Conditions = field(default_factory=Conditions)


def _any_of(allowed: frozenset[object], value: object) -> bool:
    return not allowed or value in allowed


def _mentions(words: Iterable[str], text: str) -> bool:
    """Whole words, case-insensitively: "vpn" matches "VPN down" but not "vpnclient"."""
    folded = text.casefold()
    return any(
        re.search(rf"(?<!\w){re.escape(w.casefold())}(?!\w)", folded) for w in words if w.strip()
    )


def conditions_hold(conditions: Conditions, ticket: TicketFacts) -> bool:
    c = conditions
    return (
        _any_of(frozenset(c.channels), ticket.channel)
        and _any_of(frozenset(c.types), ticket.type)
        and _any_of(frozenset(c.priorities), ticket.priority)
        and (not c.category_ids or bool(c.category_ids & ticket.category_ids))
        and _any_of(frozenset(c.organization_ids), ticket.organization_id)
        and (not c.words or _mentions(c.words, f"{ticket.subject}\n{ticket.description}"))
        and (not c.tags or bool(c.tags & ticket.tags))
    )


R = TypeVar("R", bound=RuleFacts)


def first_match(rules: Sequence[R], ticket: TicketFacts) -> R | None:
    """The first enabled rule, in the given order, whose conditions all hold."""
    return next((r for r in rules if r.enabled and conditions_hold(r.conditions, ticket)), None)
