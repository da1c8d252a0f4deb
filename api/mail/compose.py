"""Words and headers of an outgoing email: Jinja2 templates (one per kind, plain text and
HTML, autoescaped) worded from a small string catalog per language (locales/<lang>.json),
threaded by Message-ID / In-Reply-To / References. No database here: callers pass the facts."""

import json
from dataclasses import dataclass, field
from email.message import EmailMessage
from email.utils import formataddr, formatdate
from functools import cache
from pathlib import Path
from typing import Any

from jinja2 import Environment, FileSystemLoader, StrictUndefined, select_autoescape

from api.mail.kinds import Language, MailKind

_HERE = Path(__file__).parent
MAX_REFERENCES = 20  # the first message of the thread and the latest ones


@cache
def catalog(language: Language) -> dict[str, str]:
    strings: dict[str, str] = json.loads((_HERE / "locales" / f"{language.value}.json").read_text())
    return strings


def translate(language: Language, key: str, **values: Any) -> str:
    text = catalog(language).get(key) or catalog(Language.en).get(key) or key
    return text.format_map(values)


@cache
def _environment() -> Environment:
    return Environment(
        loader=FileSystemLoader(_HERE / "templates"),
        autoescape=select_autoescape(enabled_extensions=("html.j2",), default=False),
        undefined=StrictUndefined,
        keep_trailing_newline=True,
    )


def one_line(text: str) -> str:
    """Header-safe: no line breaks (header injection), no runs of blanks."""
    return " ".join(text.split())


@dataclass(frozen=True)
class Rendered:
    subject: str
    text: str
    html: str


def render(
    template: str, language: Language, context: dict[str, Any], subject_key: str | None = None
) -> Rendered:
    """The subject, the plain text and the HTML of one message. `context` gives the facts
    (reference, subject, name, url, desk, agent, and what the kind needs); an optional
    `rating_links` ([{label, url}]) adds rating links to the resolution mail."""

    def t(key: str, **values: Any) -> str:
        return translate(language, key, **values)

    values = {"rating_links": None} | context | {"t": t, "language": language.value}
    env = _environment()
    text = env.get_template(f"{template}.txt.j2").render(values)
    html = env.get_template(f"{template}.html.j2").render(values)
    key = subject_key or f"{template}.subject"
    subject = t(key, **{k: v for k, v in context.items() if isinstance(v, str)})
    reference = context.get("reference")
    if reference:
        subject = f"[{reference}] {subject}"
    return Rendered(one_line(subject), text, html)


@dataclass(frozen=True)
class Envelope:
    sender: str
    to_name: str
    to_address: str
    message_id: str
    references: list[str] = field(default_factory=list)  # oldest first; the last is replied to
    automatic: bool = True
    reply_to: str | None = None


def threading_headers(previous: list[str]) -> tuple[str | None, list[str]]:
    """In-Reply-To and References from the thread's earlier Message-IDs, oldest first."""
    if not previous:
        return None, []
    kept = previous if len(previous) <= MAX_REFERENCES else [previous[0], *previous[-19:]]
    return previous[-1], kept


def build(envelope: Envelope, rendered: Rendered) -> EmailMessage:
    message = EmailMessage()
    message["From"] = envelope.sender
    message["To"] = formataddr((one_line(envelope.to_name), envelope.to_address))
    message["Subject"] = rendered.subject
    message["Date"] = formatdate(localtime=False, usegmt=True)
    message["Message-ID"] = envelope.message_id
    in_reply_to, references = threading_headers(envelope.references)
    if in_reply_to is not None:
        message["In-Reply-To"] = in_reply_to
        message["References"] = " ".join(references)
    if envelope.reply_to:
        message["Reply-To"] = envelope.reply_to
    if envelope.automatic:
        # RFC 3834: auto-responders must not answer this (no mail loops); Exchange agrees.
        message["Auto-Submitted"] = "auto-generated"
        message["X-Auto-Response-Suppress"] = "All"
    message.set_content(rendered.text)
    message.add_alternative(rendered.html, subtype="html")
    return message


def kind_template(kind: MailKind) -> str:
    return kind.value
