"""When the demo's tickets arrive: months of history with a working week's rhythm.

Days are drawn with weekday weights (Monday busiest, weekends quiet) and hours with the
office's curve in the desk's zone (a morning peak, a dip at lunch, a smaller afternoon peak),
so the staffing heat-map and the daily volume show the peaks a real desk sees. Pure.
"""

import random
from datetime import UTC, datetime, time, timedelta
from zoneinfo import ZoneInfo

SPAN_DAYS = 150
ZONE = ZoneInfo("Europe/Rome")
# Monday first.
WEEKDAY_WEIGHTS = (1.35, 1.15, 1.05, 1.0, 0.9, 0.18, 0.08)
HOUR_WEIGHTS = (
    0.1, 0.05, 0.05, 0.05, 0.05, 0.1, 0.3, 0.9,   # 00-07
    2.6, 3.6, 3.3, 2.6, 1.4, 1.1, 2.3, 2.5,        # 08-15
    2.0, 1.4, 0.7, 0.4, 0.3, 0.25, 0.2, 0.15,      # 16-23
)  # fmt: skip
# The last few hours before now stay empty: a ticket needs time to have a history.
QUIET_BEFORE_NOW = timedelta(hours=2)


def arrival_times(rng: random.Random, now: datetime, count: int) -> list[datetime]:
    """`count` instants over the SPAN_DAYS before `now`, in order, in UTC."""
    first = (now - timedelta(days=SPAN_DAYS)).astimezone(ZONE).date()
    days = [first + timedelta(days=i) for i in range(SPAN_DAYS + 1)]
    weights = [WEEKDAY_WEIGHTS[d.weekday()] for d in days]
    latest = now - QUIET_BEFORE_NOW
    earliest = now - timedelta(days=SPAN_DAYS)
    out: list[datetime] = []
    while len(out) < count:
        day = rng.choices(days, weights=weights)[0]
        hour = rng.choices(range(24), weights=HOUR_WEIGHTS)[0]
        local = datetime.combine(day, time(hour)) + timedelta(seconds=rng.randrange(3600))
        instant = local.replace(tzinfo=ZONE).astimezone(UTC)
        if earliest <= instant <= latest:
            out.append(instant.replace(microsecond=0))
    return sorted(out)


OPENS, CLOSES = time(8, 30), time(18, 0)


def in_office_hours(instant: datetime, rng: random.Random) -> datetime:
    """`instant`, or when the office next opens (Monday to Friday, 08:30-18:00 in ZONE) plus
    a few minutes if it is closed then."""
    local = instant.astimezone(ZONE)
    if local.weekday() < 5 and OPENS <= local.time() < CLOSES:
        return instant
    day = local.date() if local.time() < OPENS else local.date() + timedelta(days=1)
    while day.weekday() >= 5:
        day += timedelta(days=1)
    opening = datetime.combine(day, OPENS).replace(tzinfo=ZONE)
    return (opening + timedelta(minutes=rng.randint(0, 90))).astimezone(UTC)
