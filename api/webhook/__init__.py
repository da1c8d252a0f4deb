"""Webhooks: signed HTTP callbacks to subscribers when tickets change (README, Webhooks).

A ticket change's events (api/events) become delivery rows in the change's own transaction
(`events.py`), each with a `webhook.deliver` job (`tasks.py`); the job makes one attempt and,
if it fails, schedules the next with jittered exponential backoff (`retry.py`). Targets are
checked against private addresses at creation and again at each attempt (`addresses.py`).
"""
