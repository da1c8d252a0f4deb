"""Offering and answering satisfaction surveys. Services flush; the request commits."""

from datetime import datetime

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.core.config import Settings
from api.core.errors import Conflict, Forbidden, NotFound
from api.core.signing import InvalidToken
from api.escalation.apply import apply_rating_rules
from api.satisfaction import repository
from api.satisfaction.links import read_token
from api.satisfaction.models import SatisfactionSurvey
from api.satisfaction.rules import Refusal, SurveyChannel, rating_refusal, turned_bad
from api.satisfaction.schemas import SatisfactionIn, SatisfactionLinkOut, SatisfactionOut
from api.ticket import history
from api.ticket.kinds import Channel
from api.ticket.models import Ticket


def _refused(refusal: Refusal) -> Forbidden | Conflict:
    if refusal is Refusal.not_requester:
        return Forbidden("Only the requester rates the ticket.")
    if refusal is Refusal.not_resolved:
        return Conflict("The ticket can be rated once it is resolved.")
    return Conflict("The ticket is closed: its rating is final.")


def offer(session: Session, ticket_id: int, at: datetime) -> None:
    """The ticket's resolution offers the survey; a second resolution keeps the first offer
    (and the answer, which the requester may still change)."""
    if repository.for_ticket(session, ticket_id) is None:
        session.add(SatisfactionSurvey(ticket_id=ticket_id, offered_at=at, updated_at=at))


def _refusal(actor: Actor, ticket: Ticket, survey: SatisfactionSurvey | None) -> Refusal | None:
    return rating_refusal(
        actor_id=actor.id,
        requester_id=ticket.requester_id,
        status=ticket.status,
        already_rated=survey is not None and survey.rating is not None,
    )


def survey_out(actor: Actor, ticket: Ticket, survey: SatisfactionSurvey | None) -> SatisfactionOut:
    shows_comment = actor.is_staff or actor.id == ticket.requester_id
    return SatisfactionOut(
        rating=survey.rating if survey else None,
        comment=survey.comment if survey and shows_comment else None,
        channel=survey.channel if survey else None,
        offered_at=survey.offered_at if survey else None,
        answered_at=survey.answered_at if survey else None,
        updated_at=survey.updated_at if survey and survey.rating is not None else None,
        can_rate=_refusal(actor, ticket, survey) is None,
    )


def rate(
    session: Session,
    actor: Actor,
    ticket: Ticket,
    data: SatisfactionIn,
    channel: SurveyChannel,
) -> SatisfactionSurvey:
    """Record or change the requester's answer, in the history; a rating turned bad runs the
    escalation rules made for it (which may reopen the ticket or tell the supervisor)."""
    survey = repository.for_ticket(session, ticket.id)
    refusal = _refusal(actor, ticket, survey)
    if refusal is not None:
        raise _refused(refusal)
    if survey is None:  # resolved before surveys were offered
        offered_at = ticket.resolved_at or actor.now
        survey = SatisfactionSurvey(ticket_id=ticket.id, offered_at=offered_at)
        session.add(survey)
    comment = (data.comment or "").strip() or None
    previous, previous_comment = survey.rating, survey.comment
    if previous == data.rating and previous_comment == comment:
        return survey
    survey.rating, survey.comment = data.rating, comment
    survey.rated_by_id, survey.channel = actor.id, channel
    survey.answered_at = survey.answered_at or actor.now
    survey.updated_at = actor.now
    if previous != data.rating:
        history.record(
            session,
            ticket,
            actor,
            "rated",
            from_value=previous,
            to_value=data.rating,
            public=True,
            data={"rating": data.rating, "previous": previous, "channel": channel.value},
        )
    if comment is not None and comment != previous_comment:
        # The support team's to read; the requester sees the comment on the survey itself.
        history.record(session, ticket, actor, "rating_commented", public=False, note=comment)
    session.flush()
    if turned_bad(previous, data.rating):
        apply_rating_rules(session, ticket, rating=data.rating, now=actor.now)
    return survey


def ticket_of_link(session: Session, token: str, settings: Settings, *, for_update: bool) -> Ticket:
    """The ticket an email link rates, locked for the change; 404 for a forged or expired
    link, or one whose ticket is gone or has since been moved to another requester."""
    try:
        claim = read_token(token, settings)
    except InvalidToken as exc:
        raise NotFound("This rating link is not valid, or it has expired.") from exc
    ticket = repository.ticket_for_link(session, claim.ticket_id, for_update=for_update)
    if ticket is None or ticket.requester_id != claim.requester_id or not ticket.requester.active:
        raise NotFound("This rating link no longer applies.")
    return ticket


def link_actor(ticket: Ticket, now: datetime) -> Actor:
    """The requester, acting through their email (who holds the link holds their mailbox)."""
    return Actor(user=ticket.requester, now=now, channel=Channel.email)


def link_out(session: Session, actor: Actor, ticket: Ticket) -> SatisfactionLinkOut:
    survey = repository.for_ticket(session, ticket.id)
    return SatisfactionLinkOut(
        ticket_number=ticket.number,
        subject=ticket.subject,
        status=ticket.status,
        rating=survey.rating if survey else None,
        comment=survey.comment if survey else None,
        can_rate=_refusal(actor, ticket, survey) is None,
    )
