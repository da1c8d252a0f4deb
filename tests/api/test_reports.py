"""Every report figure equals an independent computation over the demo help desk: SQL over
`ticket`, `ticket_event`, `sla_alert` and `deflection` (never `report_ticket`, which the
reports read), and business time walked on the demo's calendar for the rows SQL returns."""

import csv
import io
import math
from collections import Counter, defaultdict
from datetime import UTC, datetime, timedelta
from fractions import Fraction
from typing import Any
from urllib.parse import parse_qsl
from zoneinfo import ZoneInfo

import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient
from sqlalchemy import Engine, func, select
from sqlalchemy.sql import ColumnElement

from api.assignment.models import AgentProfile
from api.demo.catalog import DEMO_PASSWORD
from api.demo.loader import DOMAIN, load_demo
from api.knowledge.models import Deflection
from api.satisfaction.models import SatisfactionSurvey
from api.sla.clock import Calendar
from api.sla.models import SlaAlert, SlaCalendarVersion
from api.sla.rules import calendar_of
from api.team.models import Team, TeamMembership
from api.ticket.models import Ticket, TicketEvent
from api.user.models import User
from tests.api.conftest import World, sign_in

T = Ticket.__table__.c
ROME = ZoneInfo("Europe/Rome")
UNFINISHED = ("new", "open", "in_progress", "pending")
GROUPS = ("times", "sla", "backlog", "quality", "volume", "agents", "staffing")


def _headers(client: TestClient, login: str) -> dict[str, str]:
    return {"Authorization": f"Bearer {sign_in(client, f'{login}@{DOMAIN}', DEMO_PASSWORD)}"}


def _seconds(engine: Engine, end: Any, start: Any) -> ColumnElement[Any]:
    if engine.dialect.name == "postgresql":
        return func.round(func.extract("epoch", end - start))
    return func.round((func.julianday(end) - func.julianday(start)) * 86400)


def _nearest_rank(conn: Any, statement: Any, value: Any, q: float) -> int | None:
    """The percentile by ORDER BY ... OFFSET, in the database."""
    n = conn.execute(select(func.count()).select_from(statement.subquery())).scalar_one()
    if n == 0:
        return None
    offset = _rank_of(q, n) - 1
    ranked = statement.with_only_columns(value).order_by(value).offset(offset).limit(1)
    return int(conn.execute(ranked).scalar_one())


def _rank(values: list[int], q: float) -> int | None:
    ordered = sorted(values)
    return ordered[_rank_of(q, len(ordered)) - 1] if ordered else None


def _rank_of(q: float, n: int) -> int:
    """Nearest rank, in exact arithmetic: the smallest r with r / n >= q (1 at least)."""
    return max(math.ceil(Fraction(str(q)) * n), 1)


class Expected:
    """The figures, computed from the source tables for one period and filters."""

    def __init__(self, engine: Engine, start: datetime, end: datetime, team_id: int | None) -> None:
        self.engine, self.start, self.end, self.team_id = engine, start, end, team_id
        with engine.connect() as conn:
            row = conn.execute(select(SlaCalendarVersion)).one()
            self.calendar: Calendar = calendar_of(
                row.calendar_id, row.version, row.zone, row.week, row.holidays, row.overrides
            )

    def _team(self) -> list[ColumnElement[bool]]:
        return [] if self.team_id is None else [T.team_id == self.team_id]

    def created(self) -> list[ColumnElement[bool]]:
        return [T.created_at >= self.start, T.created_at < self.end, *self._team()]

    def resolved(self) -> list[ColumnElement[bool]]:
        return [T.resolved_at >= self.start, T.resolved_at < self.end, *self._team()]

    def times(self, metric: str) -> dict[str, int | None]:
        column = T.first_response_at if metric == "first_response" else T.resolved_at
        where = self.created() if metric == "first_response" else self.resolved()
        where = [*where, column.is_not(None)]
        seconds = _seconds(self.engine, column, T.created_at)
        base = select(seconds).where(*where)
        with self.engine.connect() as conn:
            pairs = conn.execute(select(T.created_at, column).where(*where)).all()
            business = [
                int(self.calendar.business_time(_utc(a), _utc(b)).total_seconds()) for a, b in pairs
            ]
            return {
                "count": len(pairs),
                "median_seconds": _nearest_rank(conn, base, seconds, 0.5),
                "p90_seconds": _nearest_rank(conn, base, seconds, 0.9),
                "median_business_seconds": _rank(business, 0.5),
                "p90_business_seconds": _rank(business, 0.9),
            }

    def sla(self, metric: str) -> dict[str, Any]:
        column = T.first_response_at if metric == "first_response" else T.resolved_at
        where = self.created() if metric == "first_response" else self.resolved()
        alert_metric = "first_reply" if metric == "first_response" else "resolution"
        breached = select(SlaAlert.ticket_id).where(
            SlaAlert.metric == alert_metric, SlaAlert.kind == "breached"
        )
        with self.engine.connect() as conn:
            total = conn.execute(
                select(func.count()).where(*where, column.is_not(None))
            ).scalar_one()
            missed = conn.execute(
                select(func.count()).where(*where, column.is_not(None), T.id.in_(breached))
            ).scalar_one()
        met = total - missed
        return {
            "met": met,
            "missed": missed,
            "achievement": None if total == 0 else round(met / total, 4),
        }

    def count_by(self, column: Any) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(column, func.count()).where(*self.created()).group_by(column)
            ).all()
        return {("none" if k is None else str(k)): n for k, n in rows}

    def created_at_values(self) -> list[datetime]:
        with self.engine.connect() as conn:
            return [_utc(v) for v in conn.scalars(select(T.created_at).where(*self.created()))]

    def reopen(self) -> dict[str, Any]:
        reopened = select(TicketEvent.ticket_id).where(TicketEvent.kind == "reopened")
        with self.engine.connect() as conn:
            total = conn.execute(select(func.count()).where(*self.resolved())).scalar_one()
            count = conn.execute(
                select(func.count()).where(*self.resolved(), T.id.in_(reopened))
            ).scalar_one()
        return {
            "count": count,
            "total": total,
            "rate": None if total == 0 else round(count / total, 4),
        }

    def deflection(self) -> dict[str, Any]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(Deflection.solved).where(
                    Deflection.created_at >= self.start, Deflection.created_at < self.end
                )
            ).all()
        solved = sum(1 for (s,) in rows if s)
        return {
            "count": solved,
            "total": len(rows),
            "rate": None if not rows else round(solved / len(rows), 4),
        }

    def satisfaction(self) -> dict[str, Any]:
        where = [
            SatisfactionSurvey.offered_at >= self.start,
            SatisfactionSurvey.offered_at < self.end,
        ]
        statement = select(SatisfactionSurvey.rating).join(
            Ticket, Ticket.id == SatisfactionSurvey.ticket_id
        )
        if self.team_id is not None:
            where.append(T.team_id == self.team_id)
        with self.engine.connect() as conn:
            ratings = list(conn.scalars(statement.where(*where)))
        answered = [r for r in ratings if r is not None]
        pleased = sum(1 for r in answered if r >= 4)
        return {
            "offered": len(ratings),
            "answered": len(answered),
            "response_rate": round(len(answered) / len(ratings), 4) if ratings else None,
            "average_rating": round(sum(answered) / len(answered), 2) if answered else None,
            "satisfied_share": round(pleased / len(answered), 4) if answered else None,
        }

    def resolved_by_agent(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(T.assignee_id, func.count()).where(*self.resolved()).group_by(T.assignee_id)
            ).all()
        return {("none" if k is None else str(k)): n for k, n in rows}

    def open_by_agent(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(T.assignee_id, func.count())
                .where(T.status.in_(UNFINISHED), *self._team())
                .group_by(T.assignee_id)
            ).all()
        return {("none" if k is None else str(k)): n for k, n in rows}

    def backlog(self, now: datetime) -> dict[tuple[str, str], int]:
        bands = ((1, "under_1d"), (3, "1d_3d"), (7, "3d_7d"), (30, "7d_30d"))
        out: Counter[tuple[str, str]] = Counter()
        with self.engine.connect() as conn:
            for status, created in conn.execute(
                select(T.status, T.created_at).where(T.status.in_(UNFINISHED), *self._team())
            ):
                age = now - _utc(created)
                band = next((k for days, k in bands if age < timedelta(days=days)), "over_30d")
                out[(status, band)] += 1
        return out

    def agents_at_desk(self) -> int:
        with self.engine.connect() as conn:
            statement = (
                select(User.id)
                .join(TeamMembership, TeamMembership.user_id == User.id)
                .where(User.role.in_(["agent", "supervisor"]), User.active.is_(True))
            )
            if self.team_id is not None:
                statement = statement.where(TeamMembership.team_id == self.team_id)
            people = set(conn.scalars(statement))
            away = set(
                conn.scalars(select(AgentProfile.user_id).where(AgentProfile.available.is_(False)))
            )
        return len(people - away)


def _utc(value: datetime) -> datetime:
    return value.replace(tzinfo=UTC) if value.tzinfo is None else value.astimezone(UTC)


def _table(period: dict[str, Any], name: str) -> dict[str, dict[str, Any]]:
    table = next(t for t in period["tables"] if t["name"] == name)
    return {row["key"]: row["values"] for row in table["rows"]}


def _check_period(report: dict[str, Any], group: str, expected: Expected, now: datetime) -> None:
    p = report
    if group == "times":
        times = _table(p, "times")
        assert times["first_response"] == expected.times("first_response")
        assert times["resolution"] == expected.times("resolution")
    elif group == "sla":
        sla = _table(p, "sla")
        assert sla["first_response"] == expected.sla("first_response")
        assert sla["resolution"] == expected.sla("resolution")
    elif group == "volume":
        for name, column in (
            ("volume_by_channel", T.channel),
            ("volume_by_category", T.category_id),
            ("volume_by_organization", T.organization_id),
        ):
            got = {k: v["tickets"] for k, v in _table(p, name).items()}
            assert got == expected.count_by(column), name
        per_day = Counter(
            v.astimezone(ROME).date().isoformat() for v in expected.created_at_values()
        )
        got_days = {k: v["tickets"] for k, v in _table(p, "volume_by_day").items() if v["tickets"]}
        assert got_days == dict(per_day)
    elif group == "quality":
        quality = _table(p, "quality")
        assert quality["reopen"] == expected.reopen()
        assert quality["deflection"] == expected.deflection()
        assert _table(p, "satisfaction")["satisfaction"] == expected.satisfaction()
    elif group == "agents":
        agents = _table(p, "agents")
        assert {
            k: v["resolved"] for k, v in agents.items() if v["resolved"]
        } == expected.resolved_by_agent()
        if p is not None and all(v["open_now"] is not None for v in agents.values()):
            assert {
                k: v["open_now"] for k, v in agents.items() if v["open_now"]
            } == expected.open_by_agent()
    elif group == "staffing":
        cells = _table(p, "staffing")
        assert len(cells) == 7 * 24
        created = expected.created_at_values()
        # The heat-map's cells sum to the period's ticket count, and each cell is its hour.
        assert sum(v["arrivals"] for v in cells.values()) == len(created)
        local = Counter(
            f"{v.astimezone(ROME).weekday()}:{v.astimezone(ROME).hour:02d}" for v in created
        )
        assert {k: v["arrivals"] for k, v in cells.items() if v["arrivals"]} == dict(local)
        agents = expected.agents_at_desk()
        assert _table(p, "staffing_summary")["total"] == {
            "arrivals": len(created),
            "agents": agents,
        }
        # Nobody on duty at 03:00 on a Sunday; the desk is open on Tuesday at 10:00.
        assert cells["6:03"]["agents_on_duty"] == 0
        assert cells["1:10"]["agents_on_duty"] > 0


@pytest.fixture
def demo(client: TestClient, app: FastAPI) -> Engine:
    load_demo(app.state.db, app.state.settings, tickets=120, seed=11)
    engine: Engine = app.state.db.engine
    return engine


def test_every_figure_equals_an_independent_computation(client: TestClient, demo: Engine) -> None:
    supervisor = _headers(client, "supervisor")
    now = datetime.now(UTC).replace(microsecond=0)
    start = now - timedelta(days=60)  # the October clock change is inside
    with demo.connect() as conn:
        desk_id = conn.execute(select(Team.id).where(Team.name == "Service Desk")).scalar_one()
    for team_id in (None, desk_id):
        query = {"from": start.isoformat(), "to": now.isoformat()}
        if team_id is not None:
            query["team_id"] = str(team_id)
        for group in GROUPS:
            response = client.get(f"/api/v1/reports/{group}", params=query, headers=supervisor)
            assert response.status_code == 200, response.text
            body = response.json()
            assert body["timezone"] == "Europe/Rome"
            generated = datetime.fromisoformat(body["generated_at"])
            current = Expected(demo, start, now, team_id)
            previous = Expected(demo, start - timedelta(days=60), start, team_id)
            _check_period(body["current"], group, current, generated)
            if group == "backlog":
                backlog = _table(body["current"], "backlog")
                expected_backlog = current.backlog(generated)
                for status in UNFINISHED:
                    for band, n in backlog[status].items():
                        if band != "total":
                            assert n == expected_backlog[(status, band)], (status, band)
                assert body["previous"]["tables"] == []
            else:
                _check_period(body["previous"], group, previous, generated)
    _check_csv(client, supervisor)
    _check_links(client, supervisor)


def _check_csv(client: TestClient, supervisor: dict[str, str]) -> None:
    query = {"from": "2026-08-01T00:00:00Z", "to": "2026-11-01T00:00:00Z"}
    body = client.get("/api/v1/reports/volume", params=query, headers=supervisor).json()
    response = client.get(
        "/api/v1/reports/volume.csv",
        params=query | {"table": "volume_by_channel"},
        headers=supervisor,
    )
    assert response.status_code == 200
    assert response.headers["content-type"].startswith("text/csv")
    assert "attachment" in response.headers["content-disposition"]
    rows = list(csv.DictReader(io.StringIO(response.text)))
    by_period: dict[str, dict[str, int]] = defaultdict(dict)
    for row in rows:
        by_period[row["period"]][row["key"]] = int(row["tickets"])
    for period in ("current", "previous"):
        expected = {k: v["tickets"] for k, v in _table(body[period], "volume_by_channel").items()}
        assert by_period[period] == expected
    every = client.get("/api/v1/reports/volume.csv", params=query, headers=supervisor)
    figures = list(csv.DictReader(io.StringIO(every.text)))
    assert {r["table"] for r in figures} == {t["name"] for t in body["current"]["tables"]}
    unknown = client.get("/api/v1/reports/volume.csv", params={"table": "nope"}, headers=supervisor)
    assert unknown.status_code == 200
    assert unknown.text.strip() == "period,period_start,period_end,key,label"


def test_reports_are_for_supervisors_and_admins(client: TestClient, demo: Engine) -> None:
    assert client.get("/api/v1/reports/times").status_code == 401
    for login in ("anna.conti", "giulia.bianchi"):
        response = client.get("/api/v1/reports/times", headers=_headers(client, login))
        assert response.status_code == 403, login
        assert (
            client.get("/api/v1/reports/times.csv", headers=_headers(client, login)).status_code
            == 403
        )
    for login in ("supervisor", "admin"):
        assert (
            client.get("/api/v1/reports/agents", headers=_headers(client, login)).status_code == 200
        )


def test_a_period_is_shortened_not_refused(client: TestClient, world: World) -> None:
    supervisor = world.supervisor.headers
    backwards = {"from": "2026-10-02T00:00:00Z", "to": "2026-10-01T00:00:00Z"}
    body = client.get("/api/v1/reports/times", params=backwards, headers=supervisor).json()
    assert body["current"]["start_at"] == body["current"]["end_at"]
    assert body["current"]["tables"][0]["rows"][0]["values"]["count"] == 0
    too_long = {"from": "2024-01-01T00:00:00Z", "to": "2026-01-01T00:00:00Z"}
    body = client.get("/api/v1/reports/times", params=too_long, headers=supervisor).json()
    assert body["current"]["start_at"].startswith("2024-12-31")
    assert client.get("/api/v1/reports/nothing", headers=supervisor).status_code == 422


def _check_links(client: TestClient, supervisor: dict[str, str]) -> None:
    """The link's filters, asked of the ticket list, give as many tickets as the figure."""
    query = {"from": "2026-09-01T00:00:00Z", "to": "2026-11-01T00:00:00Z"}
    times = client.get("/api/v1/reports/times", params=query, headers=supervisor).json()
    volume = client.get("/api/v1/reports/volume", params=query, headers=supervisor).json()
    rows = [
        *next(t for t in times["current"]["tables"] if t["name"] == "times")["rows"][1:],
        *next(t for t in volume["current"]["tables"] if t["name"] == "volume_by_channel")["rows"],
    ]
    for row in rows:
        figure = row["values"].get("count", row["values"].get("tickets"))
        url = row["tickets_url"]
        assert url.startswith("/queue/open?")
        counted, cursor = 0, None
        while True:
            params = [*parse_qsl(url.split("?", 1)[1]), ("limit", "100")]
            params += [("cursor", cursor)] if cursor else []
            page = client.get("/api/v1/tickets", params=params, headers=supervisor).json()
            counted += len(page["items"])
            cursor = page["next_cursor"]
            if not cursor:
                break
        assert counted == figure, row


def test_a_reopening_is_counted_and_kept_through_later_changes(
    client: TestClient, world: World
) -> None:
    def patch(number: int, change: dict[str, str], who: Any) -> None:
        response = client.patch(f"/api/v1/tickets/{number}", json=change, headers=who.headers)
        assert response.status_code == 200, response.text

    def reopened() -> tuple[int, int]:
        body = client.get("/api/v1/reports/quality", headers=world.supervisor.headers).json()
        values = _table(body["current"], "quality")["reopen"]
        return values["count"], values["total"]

    number = world.open_ticket(client, world.alice)["number"]
    resolved = {"status": "resolved", "resolution": "Cleared the cache."}
    patch(number, resolved, world.agent)
    assert reopened() == (0, 1)
    patch(number, {"status": "open"}, world.alice)  # the requester reopens it
    patch(number, resolved, world.agent)
    assert reopened() == (1, 1)
    # Changes that reopen nothing rewrite the row and keep the count it holds.
    note = {"body": "Cache size raised for good.", "internal": True}
    response = client.post(
        f"/api/v1/tickets/{number}/comments", json=note, headers=world.agent.headers
    )
    assert response.status_code == 201, response.text
    patch(number, {"urgency": "high"}, world.agent)
    assert reopened() == (1, 1)
