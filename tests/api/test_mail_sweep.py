"""The mail sweep re-queues nothing while a delivery job still waits: it reads the job queue of
the database's engine (procrastinate's own table on PostgreSQL, with its enum status)."""

from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.db.session import transaction
from api.jobs import defer
from api.mail import outbox


def test_a_waiting_delivery_job_is_seen_on_either_engine(client: TestClient, app: FastAPI) -> None:
    with transaction(app.state.db) as session:
        assert not outbox.deliveries_waiting(session)
        defer(session, "mail.deliver", outbox_id=2_000_000)
        assert outbox.deliveries_waiting(session)
        session.rollback()
