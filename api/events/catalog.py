"""Imports every module that subscribes to ticket events (api/events/__init__.py), so that
the API, the job workers and the CLI dispatch to all of them. Add a line per subscriber module."""

from api.report import keeping as report_keeping
from api.satisfaction import offers as satisfaction_offers

SUBSCRIBER_MODULES: tuple[object, ...] = (report_keeping, satisfaction_offers)
