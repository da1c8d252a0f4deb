"""The demo's satisfaction surveys: every resolved ticket was offered one, about half answered,
mostly happily, a few not; each answer is in the ticket's history as if given at the time."""

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session, joinedload

from api.auth.actor import Actor
from api.satisfaction.models import SatisfactionSurvey
from api.satisfaction.rules import SurveyChannel
from api.ticket import history
from api.ticket.kinds import Channel
from api.ticket.lifecycle import ClosureCode, Status
from api.ticket.models import Ticket

RESPONSE_RATE = 0.5
RATING_WEIGHTS = {5: 45, 4: 30, 3: 10, 2: 9, 1: 6}
COMMENTS: dict[int, list[str | None]] = {
    5: ["Quick and friendly, thank you!", "Solved in minutes.", None, None],
    4: ["Good, though it took a day.", None, None],
    3: ["Fixed, but I had to chase it.", None],
    2: ["It took far too long.", "Had to explain the problem three times."],
    1: ["Still not really working.", "Nobody told me what was going on."],
}


def load_satisfaction(session: Session, seed: int, now: datetime) -> int:
    """Offer a survey on each resolved ticket and answer about half of them; the count answered."""
    rng = random.Random(seed + 7)  # its own stream: the rest of the demo stays as it was
    statement = (
        select(Ticket)
        .where(Ticket.status.in_((Status.resolved, Status.closed)))
        .where(Ticket.closure_code == ClosureCode.resolved)
        .options(joinedload(Ticket.requester, innerjoin=True))
        .order_by(Ticket.id)
    )
    offered = {s.ticket_id: s for s in session.scalars(select(SatisfactionSurvey))}
    answered = 0
    for ticket in session.scalars(statement).unique():
        resolved_at = ticket.resolved_at or ticket.closed_at or ticket.updated_at
        survey = offered.get(ticket.id)
        if survey is None:
            survey = SatisfactionSurvey(
                ticket_id=ticket.id, offered_at=resolved_at, updated_at=resolved_at
            )
            survey.created_at = resolved_at
            session.add(survey)
        if rng.random() >= RESPONSE_RATE:
            continue
        latest = min(ticket.closed_at or now, resolved_at + timedelta(days=2), now)
        span = max((latest - resolved_at).total_seconds(), 60)
        at = resolved_at + timedelta(seconds=rng.uniform(30, span))
        rating = rng.choices(list(RATING_WEIGHTS), weights=list(RATING_WEIGHTS.values()))[0]
        comment = rng.choice(COMMENTS[rating])
        channel = rng.choice([SurveyChannel.portal, SurveyChannel.email])
        survey.rating, survey.comment, survey.channel = rating, comment, channel
        survey.rated_by_id, survey.answered_at, survey.updated_at = ticket.requester_id, at, at
        web = Channel.email if channel is SurveyChannel.email else Channel.web
        actor = Actor(user=ticket.requester, now=at, channel=web)
        history.record(
            session,
            ticket,
            actor,
            "rated",
            to_value=rating,
            public=True,
            data={"rating": rating, "previous": None, "channel": channel.value},
        )
        if comment:
            history.record(session, ticket, actor, "rating_commented", public=False, note=comment)
        answered += 1
    session.flush()
    return answered
