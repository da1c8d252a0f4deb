"""Email in, the pure rules: quoted history, loop guards, references, HTML and parsing."""

import contextlib

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.mail.inbound.guards import loop_reason
from api.mail.inbound.htmlbody import html_to_text, sanitise_html
from api.mail.inbound.parsing import UnreadableMail, parse_mail
from api.mail.inbound.quoting import trim_quoted
from api.mail.inbound.threading import plus_reference, subject_reference

DESK = "support@desk.example"

# Lines a person writes: no quote marker, no attribution, no separator.
plain_line = st.text(
    alphabet=st.characters(whitelist_categories=("L", "N", "Zs"), whitelist_characters=".,!?"),
    max_size=60,
).filter(lambda s: s.strip() and not s.strip().lower().startswith(("on ", "el ", "il ", "le ")))


@given(st.lists(plain_line, min_size=1, max_size=8))
def test_text_without_quotes_is_kept_whole(lines: list[str]) -> None:
    text = "\n".join(lines)
    assert trim_quoted(text) == text.strip()


@given(st.lists(plain_line, min_size=1, max_size=5), st.lists(plain_line, max_size=5))
def test_the_new_text_survives_any_quoted_tail(new: list[str], old: list[str]) -> None:
    quoted = "\n".join(f"> {line}" for line in old)
    text = "\n".join(new) + "\n\nOn Tue, 1 Dec 2026, Ada <ada@example.com> wrote:\n" + quoted
    assert trim_quoted(text) == "\n".join(new).strip()


@pytest.mark.parametrize(
    "quote",
    [
        "On Tue, 1 Dec 2026 at 09:00, Ada Lovelace <ada@example.com> wrote:",
        "On Tue, 1 Dec 2026 at 09:00, Ada Lovelace\n<ada@example.com> wrote:",
        "-----Original Message-----",
        "-------- Original Message --------",
        "-----Mensaje original-----",
        "-----Messaggio originale-----",
        "-------- Message d'origine --------",
        "El mar, 1 dic 2026 a las 9:00, Ada escribió:",
        "Il giorno mar 1 dic 2026 alle ore 09:00 Ada ha scritto:",
        "Le mar. 1 déc. 2026 à 09:00, Ada <ada@example.com> a écrit :",
        "From: Ada <ada@example.com>\nSent: Tuesday, 1 December 2026 09:00",
        "De : Ada\nEnvoyé : mardi 1 décembre 2026",
        "Da: Ada\nInviato: martedì 1 dicembre 2026",
        "De: Ada\nEnviado: martes, 1 de diciembre de 2026",
        "________________________________\nFrom: Ada <ada@example.com>",
    ],
)
def test_quoted_history_openers_end_the_new_text(quote: str) -> None:
    text = f"Thanks, it works now.\n\n{quote}\nOld text we sent.\n> older"
    assert trim_quoted(text) == "Thanks, it works now."


def test_replies_between_quoted_lines_are_kept() -> None:
    text = "> Which printer?\nThe one on floor 2.\n> Since when?\nMonday."
    assert trim_quoted(text) == "The one on floor 2.\nMonday."


def test_a_mail_that_is_only_a_quote_is_kept_whole() -> None:
    assert trim_quoted("> forwarded text") == "> forwarded text"


@pytest.mark.parametrize(
    ("headers", "content_type", "sender", "expected"),
    [
        ({"Auto-Submitted": "auto-replied"}, "text/plain", "a@x.org", "auto-submitted"),
        ({"Auto-Submitted": "auto-generated; owner"}, "text/plain", "a@x.org", "auto-submitted"),
        ({"auto-submitted": "No"}, "text/plain", "a@x.org", None),
        ({"Precedence": "Bulk"}, "text/plain", "a@x.org", "precedence"),
        ({"Precedence": "junk"}, "text/plain", "a@x.org", "precedence"),
        ({"Precedence": "list"}, "text/plain", "a@x.org", "precedence"),
        ({"Precedence": "first-class"}, "text/plain", "a@x.org", None),
        ({"X-Loop": DESK}, "text/plain", "a@x.org", "x-loop"),
        ({"X-Loop": "other@list.example"}, "text/plain", "a@x.org", None),
        ({"List-Id": "<l.example>"}, "text/plain", "a@x.org", "list"),
        ({"Return-Path": "<>"}, "text/plain", "a@x.org", "null return path"),
        ({"Return-Path": "<a@x.org>"}, "text/plain", "a@x.org", None),
        ({}, "multipart/report", "a@x.org", "report"),
        ({}, "text/plain", "MAILER-DAEMON@x.org", "bounce"),
        ({"X-Autoreply": "yes"}, "text/plain", "a@x.org", "auto-reply"),
        ({}, "text/plain", DESK, "desk itself"),
        ({}, "text/plain", "a@x.org", None),
    ],
)
def test_loop_guards(
    headers: dict[str, str], content_type: str, sender: str, expected: str | None
) -> None:
    reason = loop_reason(headers, content_type, sender, DESK)
    if expected is None:
        assert reason is None
    else:
        assert reason is not None
        assert expected in reason


def test_references_in_subjects_and_plus_addresses() -> None:
    assert subject_reference("Re: [HD-1042] Printer", "HD-") == 1042
    assert subject_reference("re: hd-1042", "HD-") == 1042
    assert subject_reference("PHD-1042 thesis", "HD-") is None
    assert subject_reference("HD-10420000000", "HD-") is None
    assert subject_reference("No reference", "HD-") is None
    desk = {DESK}
    assert plus_reference(["support+HD-7@desk.example"], "HD-", desk) == 7
    assert plus_reference(["support+hd-7@DESK.example"], "HD-", desk) == 7
    assert plus_reference(["other+HD-7@desk.example"], "HD-", desk) is None
    assert plus_reference(["support+HD-7x@desk.example"], "HD-", desk) is None
    assert plus_reference([DESK], "HD-", desk) is None


def test_html_loses_scripts_handlers_and_remote_images() -> None:
    html = (
        '<p onclick="x()">Hi<script>evil()</script><style>p{}</style></p>'
        '<img src="http://t.example/p.gif" alt="logo"><img src="cid:part1" alt="shot">'
        '<a href="javascript:evil()">bad</a>'
    )
    clean = sanitise_html(html)
    for gone in ("onclick", "evil", "<script", "<style", "t.example", "javascript"):
        assert gone not in clean
    assert 'src="cid:part1"' in clean
    text = html_to_text(html)
    assert text == "Hi\n[remote image blocked] logo [image: shot] bad"


def test_html_quotes_become_quoted_lines() -> None:
    html = "<div>New text</div><blockquote><p>Old</p><blockquote>Older</blockquote></blockquote>"
    assert html_to_text(html).splitlines() == ["New text", "> Old", "> > Older"]
    assert trim_quoted(html_to_text(html)) == "New text"


def test_parsing_reads_senders_references_and_files() -> None:
    raw = (
        b"From: =?utf-8?q?Jos=C3=A9?= <JOSE@Example.com>\r\n"
        b"To: support+HD-9@desk.example, b@x.org\r\n"
        b"Subject: =?utf-8?q?R=C3=A9ponse?=\r\n"
        b"Message-ID: <m2@x.org>\r\n"
        b"In-Reply-To: <m1@x.org>\r\n"
        b"References: <m0@x.org> <m1@x.org>\r\n"
        b'Content-Type: multipart/mixed; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain; charset=utf-8\r\n\r\nOl\xc3\xa1\r\n"
        b"--b\r\nContent-Type: application/pdf\r\n"
        b'Content-Disposition: attachment; filename="a.pdf"\r\n'
        b"Content-Transfer-Encoding: base64\r\n\r\nJVBERi0=\r\n--b--\r\n"
    )
    mail = parse_mail(raw)
    assert (mail.sender, mail.sender_name, mail.subject) == ("jose@example.com", "José", "Réponse")
    assert mail.references == ["<m1@x.org>", "<m0@x.org>"]
    assert mail.recipients == ["support+hd-9@desk.example", "b@x.org"]
    assert mail.text is not None
    assert mail.text.strip() == "Olá"
    assert [(f.filename, f.data) for f in mail.files] == [("a.pdf", b"%PDF-")]


@pytest.mark.parametrize("raw", [b"", b"garbage without headers", b"Subject: x\r\n\r\nno from"])
def test_unreadable_mail_raises_for_the_quarantine(raw: bytes) -> None:
    with pytest.raises(UnreadableMail):
        parse_mail(raw)


@given(st.binary(max_size=2000))
def test_parsing_never_fails_otherwise(raw: bytes) -> None:
    with contextlib.suppress(UnreadableMail):
        parse_mail(raw)
