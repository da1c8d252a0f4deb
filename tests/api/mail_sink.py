"""A real SMTP server for the mail tests (aiosmtpd, as `sportello mail sink` runs it), and
reading what it received."""

from collections.abc import Iterator
from contextlib import contextmanager
from email import message_from_bytes, policy
from email.message import EmailMessage
from pathlib import Path
from typing import cast

from api.mail import sink
from tests.server import free_port


@contextmanager
def smtp_sink(directory: Path) -> Iterator[int]:
    port = free_port()
    controller = sink.start(directory, port=port)
    try:
        yield port
    finally:
        controller.stop()


def received(directory: Path) -> list[EmailMessage]:
    """Every message the sink kept, in arrival order."""
    return [
        cast(EmailMessage, message_from_bytes(path.read_bytes(), policy=policy.default))
        for path in sorted(directory.glob("*.eml"))
    ]


def text_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("plain",))
    assert part is not None
    return cast(EmailMessage, part).get_content()


def html_of(message: EmailMessage) -> str:
    part = message.get_body(preferencelist=("html",))
    assert part is not None
    return cast(EmailMessage, part).get_content()
