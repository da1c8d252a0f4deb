"""An HTML mail body made safe (nh3: scripts, styles, handlers and remote images gone) and
read as text for the comment, which the SPA renders through its own sanitiser.

Remote images are blocked because loading one tells the sender the mail was read, and from
where. Quoted history (<blockquote>) comes out as "> " lines, so `quoting` trims it as in text.
"""

from html.parser import HTMLParser

import nh3

_TAGS = {
    "a", "b", "blockquote", "br", "code", "div", "em", "h1", "h2", "h3", "h4", "h5", "h6",
    "hr", "i", "img", "li", "ol", "p", "pre", "span", "strong", "table", "tbody", "td",
    "th", "thead", "tr", "u", "ul",
}  # fmt: skip
_ATTRIBUTES = {"a": {"href"}, "img": {"src", "alt"}}
_BLOCKS = {
    "blockquote", "div", "h1", "h2", "h3", "h4", "h5", "h6", "hr", "li", "ol", "p", "pre",
    "table", "tr", "ul",
}  # fmt: skip
BLOCKED_IMAGE = "[remote image blocked]"


def _keep_attribute(tag: str, name: str, value: str) -> str | None:
    if tag == "img" and name == "src" and not value.lower().startswith(("cid:", "data:")):
        return None  # a remote image: the tracking pixel goes, its alt text stays
    return value


def sanitise_html(html: str) -> str:
    return nh3.clean(
        html,
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes={"http", "https", "mailto", "cid", "data"},
        attribute_filter=_keep_attribute,
        link_rel="noopener noreferrer nofollow",
    )


class _TextWriter(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.lines: list[str] = [""]
        self.quote_depth = 0
        self.href: str | None = None
        self.link_text = ""

    def _newline(self) -> None:
        if self.lines[-1].strip(" >"):
            self.lines.append("")

    def _write(self, text: str) -> None:
        if not self.lines[-1]:
            self.lines[-1] = "> " * self.quote_depth
        self.lines[-1] += text

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        values = dict(attrs)
        if tag in _BLOCKS or tag == "br":
            self._newline()
        if tag == "blockquote":
            self.quote_depth += 1
        elif tag == "li":
            self._write("- ")
        elif tag == "a":
            self.href, self.link_text = values.get("href"), ""
        elif tag == "img":
            src = values.get("src") or ""
            if self.lines[-1].strip(" >") and not self.lines[-1].endswith(" "):
                self._write(" ")
            alt = (values.get("alt") or "").strip()
            if src.startswith("cid:"):
                self._write(f"[image: {alt}]" if alt else "[image]")
            else:
                self._write(f"{BLOCKED_IMAGE} {alt}".strip() if not src else f"[image: {alt}]")

    def handle_endtag(self, tag: str) -> None:
        if tag == "a" and self.href:
            if self.href != self.link_text.strip() and not self.href.startswith("mailto:"):
                self._write(f" <{self.href}>")
            self.href = None
        if tag == "blockquote":
            self.quote_depth = max(0, self.quote_depth - 1)
        if tag in _BLOCKS:
            self._newline()
        if tag in ("td", "th"):
            self._write(" ")

    def handle_data(self, data: str) -> None:
        text = " ".join(data.split())
        if not text:
            return
        if self.href is not None:
            self.link_text += text
        if self.lines[-1].strip(" >") and not self.lines[-1].endswith((" ", "- ")):
            text = " " + text
        self._write(text)


def html_to_text(html: str) -> str:
    """The sanitised HTML as plain text lines (quotes as "> ", list items as "- ")."""
    writer = _TextWriter()
    writer.feed(sanitise_html(html))
    writer.close()
    return "\n".join(line.rstrip() for line in writer.lines).strip()
