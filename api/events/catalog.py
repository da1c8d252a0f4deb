"""Imports every module that subscribes to ticket events (api/events/__init__.py), so that
the API, the job workers and the CLI dispatch to all of them. Add a line per subscriber module."""

from api.live import notify as live_notify
from api.mail import subscribers as mail_subscribers
from api.report import keeping as report_keeping
from api.satisfaction import offers as satisfaction_offers
from api.webhook import events as webhook_events

SUBSCRIBER_MODULES: tuple[object, ...] = (
    live_notify,
    mail_subscribers,
    report_keeping,
    satisfaction_offers,
    webhook_events,
)
