"""Some requesters answer the satisfaction survey their resolution offered: about a third,
mostly pleased. Written directly on the offered rows (the demo's history is in the past: the
bad-rating rules, which act on answers given from now on, do not apply to it)."""

import random
from datetime import datetime, timedelta

from sqlalchemy import select
from sqlalchemy.orm import Session

from api.satisfaction.models import SatisfactionSurvey
from api.satisfaction.rules import SurveyChannel
from api.ticket.models import Ticket

ANSWER_SHARE = 0.35
RATING_WEIGHTS = {5: 45, 4: 30, 3: 12, 2: 7, 1: 6}


def answer_some(session: Session, rng: random.Random, now: datetime) -> None:
    rows = session.execute(
        select(SatisfactionSurvey, Ticket.requester_id)
        .join(Ticket, Ticket.id == SatisfactionSurvey.ticket_id)
        .order_by(SatisfactionSurvey.id)
    ).all()
    for survey, requester_id in rows:
        if rng.random() >= ANSWER_SHARE:
            continue
        answered = min(survey.offered_at + timedelta(minutes=rng.randint(10, 3 * 24 * 60)), now)
        survey.rating = rng.choices(list(RATING_WEIGHTS), weights=list(RATING_WEIGHTS.values()))[0]
        survey.rated_by_id = requester_id
        survey.channel = rng.choice([SurveyChannel.portal, SurveyChannel.email])
        survey.answered_at = answered
        survey.updated_at = answered
