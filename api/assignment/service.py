from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.assignment.models import Escalation
from api.assignment.placement import move
from api.assignment.rules import direction_between
from api.assignment.schemas import AssignmentIn, EscalationIn
from api.auth.actor import Actor
from api.core.errors import Conflict, ValidationFailed
from api.team import repository as teams
from api.team.models import Team
from api.ticket import history
from api.ticket.lifecycle import Status, status_after_assignment, status_after_unassignment
from api.ticket.models import Ticket
from api.ticket.service import change_status
from api.user import repository as users


def _team(session: Session, team_id: int) -> Team:
    team = teams.get(session, team_id)
    if team is None:
        raise ValidationFailed.on("team_id", "no such team")
    return team


def _check_agent(session: Session, team: Team, agent_id: int) -> None:
    agent = users.by_id(session, agent_id)
    if agent is None or not agent.active or not agent.role.is_staff:
        raise ValidationFailed.on("agent_id", "no such active agent")
    if not teams.is_member(session, team.id, agent_id):
        raise ValidationFailed.on("agent_id", f"is not a member of {team.name}")


def _check_workable(ticket: Ticket) -> None:
    if ticket.status is Status.closed:
        raise Conflict("The ticket is closed.")


def assign(session: Session, actor: Actor, ticket: Ticket, data: AssignmentIn) -> Ticket:
    _check_workable(ticket)
    team_id = data.team_id if data.team_id is not None else ticket.team_id
    if team_id is None:
        raise ValidationFailed.on("team_id", "the ticket has no team yet; name one")
    team = _team(session, team_id)
    if data.agent_id is not None:
        _check_agent(session, team, data.agent_id)
    move(session, actor, ticket, team.id, data.agent_id)
    registered = status_after_assignment(ticket.status)
    if registered is not None:
        change_status(session, ticket, actor, registered, automatic=True)
    session.flush()
    return ticket


def unassign(session: Session, actor: Actor, ticket: Ticket) -> Ticket:
    _check_workable(ticket)
    move(session, actor, ticket, None, None)
    back = status_after_unassignment(ticket.status)
    if back is not None:
        change_status(session, ticket, actor, back, automatic=True)
    session.flush()
    return ticket


def escalate(
    session: Session,
    actor: Actor,
    ticket: Ticket,
    data: EscalationIn,
    *,
    cause: dict[str, Any] | None = None,
) -> Escalation:
    """Hand the ticket to another team; `cause` adds to the history what set it off."""
    _check_workable(ticket)
    target = _team(session, data.team_id)
    if target.id == ticket.team_id:
        raise ValidationFailed.on("team_id", "the ticket is already with this team")
    if data.agent_id is not None:
        _check_agent(session, target, data.agent_id)
    source = teams.get(session, ticket.team_id) if ticket.team_id is not None else None
    direction = direction_between(source.tier if source else None, target.tier)
    escalation = Escalation(
        ticket_id=ticket.id,
        from_team_id=source.id if source else None,
        to_team_id=target.id,
        direction=direction,
        reason=data.reason,
        actor_id=actor.id,
        created_at=actor.now,
    )
    session.add(escalation)
    history.record(
        session,
        ticket,
        actor,
        direction.value,
        field="team",
        from_value=source.name if source else None,
        to_value=target.name,
        public=False,
        note=data.reason,
        data={"from_tier": source.tier if source else None, "to_tier": target.tier} | (cause or {}),
    )
    move(session, actor, ticket, target.id, data.agent_id, because=cause)
    registered = status_after_assignment(ticket.status)
    if registered is not None:
        change_status(session, ticket, actor, registered, automatic=True)
    session.flush()
    return escalation


def escalations_of(session: Session, ticket: Ticket) -> list[Escalation]:
    return list(
        session.scalars(
            select(Escalation).where(Escalation.ticket_id == ticket.id).order_by(Escalation.id)
        )
    )
