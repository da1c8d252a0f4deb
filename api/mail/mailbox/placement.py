"""A new ticket from a mailbox goes to the mailbox's team, when routing left it without one
(a routing rule or category default is the more specific word)."""

from datetime import datetime
from typing import Any

from sqlalchemy.orm import Session

from api.assignment.picking import pick_agent
from api.assignment.placement import move
from api.auth.actor import Actor
from api.team import repository as teams
from api.ticket.kinds import Channel
from api.ticket.lifecycle import status_after_assignment
from api.ticket.models import Ticket
from api.ticket.service import change_status
from api.user.models import User


def place_with_team(
    session: Session, ticket_id: int, team_id: int, mailbox_id: int, now: datetime
) -> None:
    ticket = session.get(Ticket, ticket_id)
    team = teams.get(session, team_id)
    if ticket is None or team is None or ticket.team_id is not None:
        return
    requester = session.get(User, ticket.requester_id)
    if requester is None:
        return
    # As routing does: the move is part of the requester's act of writing in.
    actor = Actor(user=requester, now=now, channel=Channel.email)
    agent_id = pick_agent(session, team)
    because: dict[str, Any] = {"mailbox_id": mailbox_id}
    if agent_id is not None:
        because["strategy"] = team.assignment_strategy.value
    move(session, actor, ticket, team.id, agent_id, because=because)
    registered = status_after_assignment(ticket.status)
    if registered is not None:
        change_status(session, ticket, actor, registered, automatic=True)
    session.flush()
