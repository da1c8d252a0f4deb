"""A raw message read into plain facts with the standard library (`email`, policy.default).

Pure: no database, no settings. Anything that cannot be read raises `UnreadableMail`, which
the intake turns into a quarantine entry.
"""

import re
from dataclasses import dataclass, field
from email import policy
from email.message import EmailMessage, Message, MIMEPart
from email.parser import BytesParser
from email.utils import getaddresses, parseaddr

# Headers kept on the message row and shown to admins in the quarantine.
KEPT_HEADERS = (
    "From",
    "To",
    "Cc",
    "Reply-To",
    "Subject",
    "Date",
    "Message-ID",
    "In-Reply-To",
    "References",
    "Return-Path",
    "Auto-Submitted",
    "Precedence",
    "X-Loop",
    "List-Id",
    "X-Autoreply",
    "X-Autorespond",
    "Content-Type",
    "Delivered-To",
    "X-Original-To",
)
_MESSAGE_ID = re.compile(r"<[^<>\s]+>")
_HEADER_CHARS = 2000


class UnreadableMail(Exception):
    """The message cannot be read well enough to file it."""


@dataclass(frozen=True)
class MailFile:
    filename: str
    content_type: str
    data: bytes


@dataclass(frozen=True)
class ParsedMail:
    message_id: str | None
    sender: str  # the From address, lower-cased
    sender_name: str
    recipients: list[str]
    subject: str
    in_reply_to: str | None
    references: list[str]  # In-Reply-To first, then References from the newest
    text: str | None
    html: str | None
    files: list[MailFile]
    headers: dict[str, str]
    content_type: str
    size: int
    defects: list[str] = field(default_factory=list)


def _header(message: Message, name: str) -> str:
    value = message.get(name)
    return "" if value is None else str(value).strip()


def message_ids_in(value: str) -> list[str]:
    return _MESSAGE_ID.findall(value or "")


def kept_headers(message: Message) -> dict[str, str]:
    kept: dict[str, str] = {}
    for name in KEPT_HEADERS:
        try:
            value = _header(message, name)
        except Exception:  # a malformed header is shown raw rather than lost
            raw = message.get_all(name, failobj=[]) if hasattr(message, "get_all") else []
            value = " ".join(str(v) for v in raw)
        if value:
            kept[name] = value[:_HEADER_CHARS]
    return kept


def headers_of(raw: bytes) -> dict[str, str]:
    """The kept headers of a message however broken its body: for the quarantine."""
    try:
        head = BytesParser(policy=policy.compat32).parsebytes(raw[: 256 * 1024], headersonly=True)
        return kept_headers(head)
    except Exception:
        return {}


def _text_of(part: MIMEPart) -> str:
    try:
        content = part.get_content()
    except (LookupError, UnicodeError, AssertionError):
        payload = part.get_payload(decode=True)
        content = payload.decode("utf-8", errors="replace") if isinstance(payload, bytes) else ""
    return content if isinstance(content, str) else ""


def _bytes_of(part: MIMEPart) -> bytes:
    if part.get_content_maintype() == "message":
        inner = part.get_payload()
        if isinstance(inner, list) and inner and isinstance(inner[0], Message):
            return inner[0].as_bytes()
        return b""
    payload = part.get_payload(decode=True)
    return payload if isinstance(payload, bytes) else b""


def _leaves(part: MIMEPart) -> list[MIMEPart]:
    """Every non-multipart part, an attached message counting as one part."""
    if part.get_content_maintype() == "multipart":
        leaves: list[MIMEPart] = []
        for child in part.iter_parts():
            assert isinstance(child, MIMEPart)
            leaves.extend(_leaves(child))
        return leaves
    return [part]


def _default_name(part: MIMEPart, index: int) -> str:
    subtype = part.get_content_subtype()
    extension = {"rfc822": "eml", "plain": "txt", "jpeg": "jpg"}.get(subtype, subtype)
    return f"attachment-{index}.{extension}"


def parse_mail(raw: bytes) -> ParsedMail:
    try:
        message = BytesParser(policy=policy.default).parsebytes(raw)
        assert isinstance(message, EmailMessage)
        return _read(message, len(raw))
    except UnreadableMail:
        raise
    except Exception as exc:  # the email package raises many kinds on hostile input
        raise UnreadableMail(f"unreadable message ({type(exc).__name__})") from exc


def _read(message: EmailMessage, size: int) -> ParsedMail:
    if not message.keys():
        raise UnreadableMail("no headers")
    sender_name, sender = parseaddr(_header(message, "From"))
    sender = sender.strip().lower()
    if "@" not in sender:
        raise UnreadableMail("no sender address (From)")
    recipients = [
        address.lower()
        for _, address in getaddresses(
            [_header(message, n) for n in ("To", "Cc", "Delivered-To", "X-Original-To")]
        )
        if "@" in address
    ]
    message_ids = message_ids_in(_header(message, "Message-ID"))
    in_reply_to = message_ids_in(_header(message, "In-Reply-To"))
    references = list(reversed(message_ids_in(_header(message, "References"))))
    text_part = message.get_body(preferencelist=("plain",))
    html_part = message.get_body(preferencelist=("html",))
    body_parts = {id(p) for p in (text_part, html_part) if p is not None}
    files: list[MailFile] = []
    for index, part in enumerate(_leaves(message), start=1):
        if id(part) in body_parts:
            continue
        disposition = part.get_content_disposition()
        if (
            part.get_content_maintype() == "text"
            and disposition != "attachment"
            and not part.get_filename()
        ):
            continue  # an alternative body we do not show
        data = _bytes_of(part)
        if not data:
            continue
        files.append(
            MailFile(
                filename=part.get_filename() or _default_name(part, index),
                content_type=part.get_content_type(),
                data=data,
            )
        )
    return ParsedMail(
        message_id=message_ids[0] if message_ids else None,
        sender=sender,
        sender_name=sender_name.strip(),
        recipients=list(dict.fromkeys(recipients)),
        subject=" ".join(_header(message, "Subject").split()),
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=list(dict.fromkeys(in_reply_to + references)),
        text=_text_of(text_part) if text_part is not None else None,
        html=_text_of(html_part) if html_part is not None else None,
        files=files,
        headers=kept_headers(message),
        content_type=message.get_content_type(),
        size=size,
        defects=[type(d).__name__ for d in message.defects],
    )
