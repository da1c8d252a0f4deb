"""Who is on a ticket: heartbeats in, the present agents out; a change signals the streams."""

from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.config import Settings
from api.live import repository, signals
from api.live.models import TicketPresence
from api.live.rules import Activity
from api.ticket.models import Ticket
from api.user.models import User

Present = list[tuple[TicketPresence, User]]


def _cutoff(settings: Settings, now: datetime) -> datetime:
    return now - timedelta(seconds=settings.presence_ttl_seconds)


def _announce(session: Session, numbers: list[int]) -> None:
    for number in numbers:
        signals.send(session, signals.PRESENCE_CHANNEL, str(number))


def heartbeat(
    session: Session, settings: Settings, actor: Actor, ticket: Ticket, activity: Activity
) -> Present:
    """Keep the actor on the ticket for another TTL; the streams hear of arrivals, changes of
    activity and of those whose heartbeat stopped (purged here), not of every heartbeat."""
    cutoff = _cutoff(settings, actor.now)
    was = repository.current_activity(session, ticket.id, actor.id, cutoff)
    left = repository.purge_presence(session, cutoff)
    repository.save_presence(
        session, ticket.id, actor.id, activity, actor.now, changed=was is not activity
    )
    _announce(session, sorted(set(left) | ({ticket.number} if was is not activity else set())))
    return repository.presence_of(session, ticket.id, cutoff)


def leave(session: Session, actor: Actor, ticket: Ticket) -> None:
    if repository.remove_presence(session, ticket.id, actor.id):
        _announce(session, [ticket.number])


def present(session: Session, settings: Settings, actor: Actor, ticket: Ticket) -> Present:
    return repository.presence_of(session, ticket.id, _cutoff(settings, actor.now))
