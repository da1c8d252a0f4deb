"""Imports every module that subscribes to ticket events (api/events/__init__.py), so that
the API, the job workers and the CLI dispatch to all of them. Add a line per subscriber module."""

from api.mail import subscribers as mail_subscribers

SUBSCRIBER_MODULES: tuple[object, ...] = (mail_subscribers,)
