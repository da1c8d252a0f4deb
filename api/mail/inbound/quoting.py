"""Quoted history cut from a reply, so the comment holds what the person just wrote.

Pure text rules: the first line that opens a quoted message ("On ... wrote:", "-----Original
Message-----", an Outlook "From:/Sent:" block, and their Spanish, Italian, French and German
forms) ends the new text; lines quoted with ">" are dropped wherever they are (replies written
between quoted lines are kept). If nothing would be left, the text is kept whole.
"""

import re

_ATTRIBUTION = re.compile(
    r"^\s*("
    r"on\b.{0,300}\bwrote\s*:"  # On Mon, 1 Dec 2026, Ada <ada@example.com> wrote:
    r"|el\b.{0,300}\bescribi[oó]\s*:"  # El lun, 1 dic 2026, Ada escribió:
    r"|il\b.{0,300}\bha scritto\s*:"  # Il giorno lun 1 dic 2026, Ada ha scritto:
    r"|le\b.{0,300}\ba [ée]crit\s*:"  # Le lun. 1 déc. 2026, Ada a écrit :
    r"|am\b.{0,300}\bschrieb\s*.{0,80}:"  # Am 01.12.2026 schrieb Ada:
    r")\s*$",
    re.IGNORECASE,
)
_SEPARATOR = re.compile(
    r"^\s*-{2,}\s*("
    r"original message|mensaje original|messaggio originale|message d'origine"
    r"|message original|urspr[üu]ngliche nachricht|forwarded message|mensaje reenviado"
    r"|messaggio inoltrato|message transf[ée]r[ée]"
    r")\s*-{2,}\s*$",
    re.IGNORECASE,
)
_OUTLOOK_RULE = re.compile(r"^\s*_{10,}\s*$")
_FROM = re.compile(r"^\s*\**(from|de|da|von)\s*\**\s*:\s*\S", re.IGNORECASE)
_SENT = re.compile(
    r"^\s*\**(sent|date|enviado|fecha|inviato|data|envoy[ée]|gesendet)\s*\**\s*:",
    re.IGNORECASE,
)


def _opens_quote(lines: list[str], index: int) -> bool:
    line = lines[index]
    if _SEPARATOR.match(line):
        return True
    # An attribution line may be wrapped over two lines by the sender's client.
    joined = line if index + 1 >= len(lines) else f"{line} {lines[index + 1]}"
    if _ATTRIBUTION.match(line) or (_ATTRIBUTION.match(joined) and not line.startswith(">")):
        return True
    if _OUTLOOK_RULE.match(line) and any(_FROM.match(x) for x in lines[index + 1 : index + 3]):
        return True
    if _FROM.match(line):
        return any(_SENT.match(x) for x in lines[index + 1 : index + 4])
    return False


def trim_quoted(text: str) -> str:
    """The new text of a reply, quoted history removed."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    end = next((i for i in range(len(lines)) if _opens_quote(lines, i)), len(lines))
    kept = [line for line in lines[:end] if not line.lstrip().startswith(">")]
    trimmed = "\n".join(kept).strip()
    return trimmed or text.strip()
