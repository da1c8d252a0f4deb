"""Imports every module that subscribes to ticket events (api/events/__init__.py), so that
the API, the job workers and the CLI dispatch to all of them. Add a line per subscriber module."""

from api.report import keeping as report_keeping
from api.satisfaction import offers as satisfaction_offers

SUBSCRIBER_MODULES: tuple[object, ...] = (satisfaction_offers,)
from api.webhook import events as webhook_events

SUBSCRIBER_MODULES: tuple[object, ...] = (webhook_events,)
from api.live import notify as live_notify

SUBSCRIBER_MODULES: tuple[object, ...] = (live_notify,)
from api.mail import subscribers as mail_subscribers

SUBSCRIBER_MODULES: tuple[object, ...] = (mail_subscribers,)
SUBSCRIBER_MODULES: tuple[object, ...] = (report_keeping, satisfaction_offers)
