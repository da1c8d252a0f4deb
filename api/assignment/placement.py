"""Moving a ticket to a team and agent, with its history event. Shared by manual assignment,
escalation and routing; it imports no ticket service, so routing (called by the ticket
service) can use it."""

from typing import Any

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.notification.kinds import NotificationKind
from api.notification.service import notify
from api.ticket import history
from api.ticket.models import Ticket


def move(
    session: Session,
    actor: Actor,
    ticket: Ticket,
    team_id: int | None,
    agent_id: int | None,
    *,
    because: dict[str, Any] | None = None,
) -> None:
    """Put the ticket with `team_id` and `agent_id`; `because` (e.g. the routing rule) is
    added to the event's data. The agent is told, unless they took the ticket themselves."""
    if agent_id is not None and agent_id not in (ticket.assignee_id, actor.id):
        notify(
            session,
            agent_id,
            NotificationKind.assigned,
            ticket,
            {"actor_id": actor.id, "team_id": team_id},
            actor.now,
        )
    if (ticket.team_id, ticket.assignee_id) != (team_id, agent_id):
        history.record(
            session,
            ticket,
            actor,
            "assigned" if team_id is not None else "unassigned",
            field="assignment",
            from_value=f"team={ticket.team_id} agent={ticket.assignee_id}",
            to_value=f"team={team_id} agent={agent_id}",
            public=False,
            data={
                "from_team_id": ticket.team_id,
                "from_agent_id": ticket.assignee_id,
                "to_team_id": team_id,
                "to_agent_id": agent_id,
                **(because or {}),
            },
        )
    ticket.team_id, ticket.assignee_id = team_id, agent_id
    ticket.updated_at = actor.now
