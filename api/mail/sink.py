"""A local SMTP server that keeps what it receives: each message a .eml file in a directory,
and a line on stderr. For `make run` and for tests, never for production."""

import logging
import threading
import time
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

from aiosmtpd.controller import Controller
from aiosmtpd.smtp import SMTP, Envelope, Session

logger = logging.getLogger("sportello.mail.sink")


class MailDirHandler:
    """Writes every accepted message to `<directory>/<time>-<n>.eml`."""

    def __init__(self, directory: Path) -> None:
        self.directory = directory
        self.directory.mkdir(parents=True, exist_ok=True)
        self._count = 0
        self._lock = threading.Lock()

    async def handle_DATA(  # noqa: N802  (the name aiosmtpd calls)
        self, server: SMTP, session: Session, envelope: Envelope
    ) -> str:
        content = envelope.original_content or b""
        with self._lock:
            self._count += 1
            name = f"{time.strftime('%Y%m%d-%H%M%S')}-{self._count:06d}.eml"
        path = self.directory / name
        path.with_suffix(".tmp").write_bytes(content)
        path.with_suffix(".tmp").rename(path)  # whole files only, for readers
        headers = message_from_bytes(content, policy=policy.default)
        logger.info(
            "%s -> %s: %s (%s)",
            envelope.mail_from,
            ", ".join(envelope.rcpt_tos),
            headers.get("Subject", ""),
            path,
        )
        return "250 Message accepted for delivery"


def start(directory: Path, host: str = "127.0.0.1", port: int = 8025) -> Controller:
    controller = Controller(MailDirHandler(directory), hostname=host, port=port)
    controller.start()
    return controller


def serve_forever(directory: Path, host: str, port: int, **_: Any) -> None:
    logging.basicConfig(level=logging.INFO, format="%(asctime)s mail sink: %(message)s")
    controller = start(directory, host, port)
    logger.info("listening on %s:%s, writing to %s", host, port, directory)
    try:
        threading.Event().wait()
    except KeyboardInterrupt:
        pass
    finally:
        controller.stop()
