"""The floor: the least a FastAPI + SQLAlchemy app can do for the same requests.

Three endpoints on the benchmark's database, written the way a tutorial would write them (sync
routes, one session per request, a Pydantic response model), with no authentication, no
authorization, no history and no idempotency:

- GET  /floor/tickets/{id}   one indexed read by primary key
- GET  /floor/tickets        one keyset list page: the same WHERE and ORDER BY as the agent
                             queue (team, two statuses, priority then age), 25 rows
- POST /floor/comments       one insert (a comment row, with its foreign keys and index)

It is served like Sportello (uvicorn, 2 workers, httptools, uvloop), so the ratio
Sportello / floor is what Sportello's own work costs on top of the bare stack.
"""

import os
from collections.abc import Iterator
from datetime import UTC, datetime
from typing import Annotated, Any

from fastapi import Depends, FastAPI, HTTPException, Query, status
from pydantic import BaseModel, ConfigDict
from sqlalchemy import DateTime, Engine, SmallInteger, String, Text, create_engine, event, select
from sqlalchemy.orm import DeclarativeBase, Mapped, Session, mapped_column, sessionmaker

ENV_URL = "BENCH_FLOOR_DATABASE_URL"
PAGE = 25


class Base(DeclarativeBase):
    type_annotation_map = {datetime: DateTime(timezone=True)}


class Ticket(Base):
    __tablename__ = "ticket"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[int]
    subject: Mapped[str] = mapped_column(String(200))
    description: Mapped[str] = mapped_column(Text)
    status: Mapped[str] = mapped_column(String(20))
    priority: Mapped[int] = mapped_column(SmallInteger)
    type: Mapped[str] = mapped_column(String(20))
    channel: Mapped[str] = mapped_column(String(20))
    requester_id: Mapped[int]
    organization_id: Mapped[int | None]
    team_id: Mapped[int | None]
    assignee_id: Mapped[int | None]
    created_at: Mapped[datetime]
    updated_at: Mapped[datetime]


class Comment(Base):
    __tablename__ = "comment"

    id: Mapped[int] = mapped_column(primary_key=True)
    ticket_id: Mapped[int]
    author_id: Mapped[int]
    author_role: Mapped[str] = mapped_column(String(20))
    body: Mapped[str] = mapped_column(Text)
    internal: Mapped[bool]
    channel: Mapped[str] = mapped_column(String(20))
    created_at: Mapped[datetime]


class TicketOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    number: int
    subject: str
    description: str
    status: str
    priority: int
    type: str
    channel: str
    requester_id: int
    organization_id: int | None
    team_id: int | None
    assignee_id: int | None
    created_at: datetime
    updated_at: datetime


class TicketPage(BaseModel):
    items: list[TicketOut]
    next_after: int | None


class CommentIn(BaseModel):
    ticket_id: int
    author_id: int
    body: str


class CommentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    ticket_id: int
    body: str
    created_at: datetime


def _engine(url: str) -> Engine:
    if not url.startswith("sqlite"):
        return create_engine(url, pool_size=10, max_overflow=20)
    engine = create_engine(url, pool_size=10, max_overflow=20, connect_args={"timeout": 30})

    @event.listens_for(engine, "connect")
    def on_connect(dbapi_connection: Any, _: Any) -> None:
        # The same durability and waiting as Sportello's SQLite settings.
        cursor = dbapi_connection.cursor()
        cursor.execute("PRAGMA journal_mode=WAL")
        cursor.execute("PRAGMA busy_timeout=30000")
        cursor.execute("PRAGMA synchronous=NORMAL")
        cursor.close()

    return engine


def create_app() -> FastAPI:
    engine = _engine(os.environ[ENV_URL])
    sessions = sessionmaker(engine, expire_on_commit=False)
    app = FastAPI(title="floor")

    def get_session() -> Iterator[Session]:
        with sessions() as session:
            yield session

    SessionDep = Annotated[Session, Depends(get_session)]  # noqa: N806

    @app.get("/api/v1/health")
    def health() -> dict[str, str]:
        return {"status": "ok"}

    @app.get("/floor/tickets/{ticket_id}", response_model=TicketOut)
    def get_ticket(ticket_id: int, session: SessionDep) -> Ticket:
        ticket = session.get(Ticket, ticket_id)
        if ticket is None:
            raise HTTPException(status.HTTP_404_NOT_FOUND)
        return ticket

    @app.get("/floor/tickets", response_model=TicketPage)
    def list_tickets(
        session: SessionDep,
        team_id: int,
        status_: Annotated[list[str], Query(alias="status")],
    ) -> TicketPage:
        rows = list(
            session.scalars(
                select(Ticket)
                .where(Ticket.team_id == team_id, Ticket.status.in_(status_))
                .order_by(Ticket.priority, Ticket.created_at, Ticket.id)
                .limit(PAGE + 1)
            )
        )
        next_after = rows[PAGE - 1].id if len(rows) > PAGE else None
        return TicketPage(
            items=[TicketOut.model_validate(t) for t in rows[:PAGE]], next_after=next_after
        )

    @app.post("/floor/comments", response_model=CommentOut, status_code=201)
    def add_comment(data: CommentIn, session: SessionDep) -> Comment:
        comment = Comment(
            ticket_id=data.ticket_id,
            author_id=data.author_id,
            author_role="agent",
            body=data.body,
            internal=False,
            channel="web",
            created_at=datetime.now(UTC),
        )
        session.add(comment)
        session.commit()
        return comment

    return app
