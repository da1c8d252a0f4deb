from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.auth import guessing, throttle
from api.core.config import get_settings
from api.jobs import periodic


@periodic(name="auth.purge-expired-throttle-counters", every=timedelta(minutes=5))
def purge_expired_throttle_counters(session: Session, now: datetime) -> None:
    """Sign-ins purge as they go; this catches the counters of addresses that never return."""
    window = guessing.window(get_settings())
    throttle.purge_expired(session, guessing.THROTTLED_PREFIXES, window=window, now=now)
