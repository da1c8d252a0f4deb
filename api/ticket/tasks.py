from datetime import datetime, timedelta

from sqlalchemy.orm import Session

from api.core.config import get_settings
from api.jobs import periodic
from api.ticket.auto_close import close_stale_resolved


@periodic(name="tickets.close-stale-resolved", every=timedelta(minutes=15))
def close_stale_resolved_tickets(session: Session, now: datetime) -> None:
    """Resolved tickets nobody answered close themselves (SPORTELLO_AUTO_CLOSE_DAYS)."""
    close_stale_resolved(session, now, get_settings())
