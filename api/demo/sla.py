"""The demo's SLA: the Rome office's business hours and one policy with targets per priority."""

from datetime import date, datetime

from sqlalchemy.orm import Session

from api.auth.actor import Actor
from api.sla import service
from api.sla.policy import Metric
from api.sla.schemas import CalendarWrite, DateOverride, PolicyWrite
from api.ticket.priority import Priority
from api.user.models import User

HOUR = 3600
ITALIAN_HOLIDAYS = (
    "01-01", "01-06", "04-25", "05-01", "06-02", "08-15", "11-01", "12-08", "12-25", "12-26",
)  # fmt: skip
EASTER_MONDAYS = (date(2026, 4, 6), date(2027, 3, 29))

# first reply, next reply, periodic update, resolution (hours); None: no target
TARGETS: dict[Priority, tuple[int | None, ...]] = {
    Priority.critical: (1, 2, 4, 8),
    Priority.high: (4, 4, 8, 16),
    Priority.medium: (8, 8, None, 40),
    Priority.low: (16, 16, None, 80),
}


def load_sla(session: Session, supervisor: User, at: datetime) -> None:
    actor = Actor(user=supervisor, now=at)
    holidays = [
        date.fromisoformat(f"{year}-{day}") for year in (2026, 2027) for day in ITALIAN_HOLIDAYS
    ]
    calendar = service.create_calendar(
        session,
        actor,
        CalendarWrite(
            name="Rome office",
            zone="Europe/Rome",
            week=[["09:00-18:00"]] * 5 + [[], []],
            holidays=[*holidays, *EASTER_MONDAYS],
            overrides=[
                DateOverride(date=date(year, 12, 24), hours=["09:00-13:00"])
                for year in (2026, 2027)
            ],
        ),
    )
    service.create_policy(
        session,
        actor,
        PolicyWrite(
            name="Standard",
            calendar_id=calendar.calendar_id,
            targets={
                priority: {
                    metric: hours * HOUR
                    for metric, hours in zip(Metric, row, strict=True)
                    if hours is not None
                }
                for priority, row in TARGETS.items()
            },
        ),
    )
