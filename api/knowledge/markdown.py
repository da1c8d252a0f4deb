"""Markdown to safe HTML, and to plain text for the search index. No database, no HTTP.

markdown-it-py renders CommonMark with raw HTML switched off (typed tags come out as text);
nh3 (the Rust ammonia sanitiser) then keeps only an allow-list of tags, attributes and URL
schemes, so no script, event handler or javascript: link survives either step.
"""

import html

import nh3
from markdown_it import MarkdownIt

_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(
    ["table", "strikethrough"]
)
_TAGS = {
    "a", "blockquote", "br", "code", "del", "em", "h1", "h2", "h3", "h4", "h5", "h6", "hr",
    "img", "li", "ol", "p", "pre", "s", "strong", "table", "tbody", "td", "th", "thead", "tr",
    "ul",
}  # fmt: skip
_ATTRIBUTES = {
    "a": {"href", "title"},
    "img": {"src", "alt", "title"},
    "ol": {"start"},
    "td": {"style"},
    "th": {"style"},
}
_SCHEMES = {"http", "https", "mailto"}


def render_html(markdown: str) -> str:
    return nh3.clean(
        _MARKDOWN.render(markdown),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        filter_style_properties={"text-align"},
    )


def plain_text(markdown: str) -> str:
    """The words a reader sees, for indexing: markup, link targets and HTML gone."""
    return html.unescape(nh3.clean(_MARKDOWN.render(markdown), tags=set())).strip()
