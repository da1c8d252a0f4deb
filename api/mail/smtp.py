"""Sending one message through the SMTP server of the settings (SPORTELLO_SMTP_*)."""

import smtplib
import ssl
from email.message import EmailMessage

from api.core.config import Settings

TIMEOUT_SECONDS = 30


class SmtpNotConfigured(Exception):
    """SPORTELLO_SMTP_HOST is unset: mail waits in the outbox."""


def configured(settings: Settings) -> bool:
    return bool(settings.smtp_host)


def send(message: EmailMessage, settings: Settings) -> None:
    """Hand the message to the server; raises (smtplib.SMTPException, OSError) if it refuses
    or cannot be reached, and the caller's job is retried."""
    if not configured(settings):
        raise SmtpNotConfigured("SPORTELLO_SMTP_HOST is not set")
    client: smtplib.SMTP
    if settings.smtp_ssl:
        client = smtplib.SMTP_SSL(
            settings.smtp_host,
            settings.smtp_port,
            timeout=TIMEOUT_SECONDS,
            context=ssl.create_default_context(),
        )
    else:
        client = smtplib.SMTP(settings.smtp_host, settings.smtp_port, timeout=TIMEOUT_SECONDS)
    with client:
        if settings.smtp_starttls and not settings.smtp_ssl:
            client.starttls(context=ssl.create_default_context())
        if settings.smtp_username:
            client.login(settings.smtp_username, settings.smtp_password)
        client.send_message(message)
