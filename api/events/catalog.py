"""Imports every module that subscribes to ticket events (api/events/__init__.py), so that
the API, the job workers and the CLI dispatch to all of them. Add a line per subscriber module."""

from api.live import notify as live_notify

SUBSCRIBER_MODULES: tuple[object, ...] = (live_notify,)
