"""Business time across the October clock change, counted by hand: a ticket opened on Friday
23 October 2026 at 17:00 in Rome (CEST), answered on Monday 26 at 10:00 (CET, the clocks went
back on Sunday) and resolved on Tuesday 27 at 10:00, on the Rome office's 09:00-18:00 week."""

from datetime import UTC, datetime, timedelta

from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.comment import service as comments
from api.comment.schemas import CommentCreate
from api.db.session import transaction
from api.demo.sla import load_sla
from api.ticket import service as tickets
from api.ticket.lifecycle import Status
from api.ticket.models import Ticket
from api.ticket.schemas import TicketCreate, TicketUpdate
from api.user.models import User
from tests.api.conftest import World

OPENED = datetime(2026, 10, 23, 15, 0, tzinfo=UTC)  # 17:00 CEST
ANSWERED = datetime(2026, 10, 26, 9, 0, tzinfo=UTC)  # 10:00 CET
RESOLVED = datetime(2026, 10, 27, 9, 0, tzinfo=UTC)  # 10:00 CET


def _user(session: Session, user_id: int) -> User:
    user = session.get(User, user_id)
    assert user is not None
    return user


def _ticket(session: Session, ticket_id: int) -> Ticket:
    ticket = session.get(Ticket, ticket_id)
    assert ticket is not None
    return ticket


def test_business_time_counts_the_open_hours_across_the_clock_change(
    client: TestClient, app: FastAPI, world: World
) -> None:
    db = app.state.db
    # One request per change, as the API makes them: the SLA policy is applied on commit.
    with transaction(db) as session:
        load_sla(session, _user(session, world.supervisor.id), OPENED - timedelta(days=30))
    with transaction(db) as session:
        customer = _user(session, world.alice.id)
        ticket_id = tickets.open_ticket(
            session, Actor(user=customer, now=OPENED), TicketCreate(subject="Printer jammed")
        ).id
    with transaction(db) as session:
        agent = _user(session, world.agent.id)
        comments.add_comment(
            session,
            Actor(user=agent, now=ANSWERED),
            _ticket(session, ticket_id),
            CommentCreate(body="Looking at it now."),
        )
    with transaction(db) as session:
        agent = _user(session, world.agent.id)
        tickets.update_ticket(
            session,
            Actor(user=agent, now=RESOLVED),
            _ticket(session, ticket_id),
            TicketUpdate(status=Status.resolved, resolution="Paper path cleared."),
        )
    # A note afterwards moves no clock: the figures below stand as the reply and the
    # resolution made them (the report row keeps its durations and verdicts).
    with transaction(db) as session:
        comments.add_comment(
            session,
            Actor(user=_user(session, world.agent.id), now=RESOLVED + timedelta(days=1)),
            _ticket(session, ticket_id),
            CommentCreate(body="Toner ordered for next week.", internal=True),
        )

    period = {"from": "2026-10-19T00:00:00Z", "to": "2026-11-02T00:00:00Z"}
    headers = world.supervisor.headers
    body = client.get("/api/v1/reports/times", params=period, headers=headers).json()
    times = {r["key"]: r["values"] for r in body["current"]["tables"][0]["rows"]}
    # Friday 17:00-18:00 and Monday 09:00-10:00; 66 real hours (the night gained one).
    assert times["first_response"]["median_seconds"] == 66 * 3600
    assert times["first_response"]["median_business_seconds"] == 2 * 3600
    # Friday's hour, Monday's nine, Tuesday's first; 90 real hours.
    assert times["resolution"]["median_seconds"] == 90 * 3600
    assert times["resolution"]["p90_business_seconds"] == 11 * 3600
    sla = client.get("/api/v1/reports/sla", params=period, headers=headers).json()
    verdicts = {r["key"]: r["values"] for r in sla["current"]["tables"][0]["rows"]}
    # Medium priority: a first reply within 8 business hours, a resolution within 40.
    assert verdicts["first_response"] == {"met": 1, "missed": 0, "achievement": 1.0}
    assert verdicts["resolution"] == {"met": 1, "missed": 0, "achievement": 1.0}

    staffing = client.get("/api/v1/reports/staffing", params=period, headers=headers).json()
    cells = {r["key"]: r["values"] for r in staffing["current"]["tables"][0]["rows"]}
    assert cells["4:17"]["arrivals"] == 1  # Friday 17:00 in Rome, not 15:00 UTC
    assert sum(c["arrivals"] for c in cells.values()) == 1
    # Two weeks: each hour comes round twice; Tuesday 10:00 is open both times, Saturday never.
    assert cells["1:10"]["occurrences"] == 2
    assert cells["1:10"]["open_hours"] == 2
    assert cells["5:10"]["open_hours"] == 0
