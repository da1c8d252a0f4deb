"""Highlighted text from the engines, made safe to put in a page. Pure.

The databases mark matches with two control characters rather than HTML, so that the text
around them (a ticket description can hold anything) is escaped here, and only our own
<mark> elements survive, always balanced.
"""

import html
import re

START = "\x02"
STOP = "\x03"
ELLIPSIS = "…"
_MARKERS = re.compile(f"([{START}{STOP}])")


def marked_to_html(marked: str) -> str:
    out: list[str] = []
    inside = False
    # One line of text: the engines join columns and comments with newlines.
    for piece in _MARKERS.split(" ".join(marked.split())):
        if piece == START:
            if not inside:
                out.append("<mark>")
                inside = True
        elif piece == STOP:
            if inside:
                out.append("</mark>")
                inside = False
        else:
            out.append(html.escape(piece, quote=False))
    if inside:
        out.append("</mark>")
    return "".join(out)


def has_highlight(marked: str) -> bool:
    return START in marked
