"""Which ticket a reference in a subject or a plus address names. Pure text rules."""

import re
from collections.abc import Iterable


def _reference(prefix: str) -> re.Pattern[str]:
    return re.compile(rf"(?<![\w-]){re.escape(prefix)}(\d{{1,9}})(?!\d)", re.IGNORECASE)


def subject_reference(subject: str, prefix: str) -> int | None:
    """The ticket number quoted in a subject ("Re: [HD-1042] Printer"), if any."""
    match = _reference(prefix).search(subject)
    return int(match[1]) if match else None


def plus_reference(recipients: Iterable[str], prefix: str, desk_addresses: set[str]) -> int | None:
    """The ticket number in a plus address of the desk (support+HD-1042@desk.example)."""
    for address in recipients:
        local, _, domain = address.lower().partition("@")
        base, plus, tag = local.partition("+")
        if not plus or f"{base}@{domain}" not in desk_addresses:
            continue
        match = _reference(prefix).fullmatch(tag)
        if match:
            return int(match[1])
    return None
