"""Markdown to safe HTML, and to plain text for the search index. No database, no HTTP.

markdown-it-py renders CommonMark with raw HTML switched off (typed tags come out as text);
nh3 (the Rust ammonia sanitiser) then keeps only an allow-list of tags, attributes and URL
schemes, so no script, event handler or javascript: link survives either step.

Images from other sites would tell them who reads what and when: a remote image loads only
from the hosts an admin allows (SPORTELLO_MARKDOWN_IMAGE_HOSTS); any other becomes a link.
"""

import html
from collections.abc import Collection, MutableMapping, Sequence
from urllib.parse import urlsplit

import nh3
from markdown_it import MarkdownIt
from markdown_it.common.utils import escapeHtml
from markdown_it.renderer import RendererHTML
from markdown_it.token import Token
from markdown_it.utils import OptionsDict

_AS_BROWSER = str.maketrans({"\t": None, "\n": None, "\r": None, "\\": "/"})


def is_remote_image_allowed(src: str, image_hosts: Collection[str]) -> bool:
    """Same-origin and relative sources always; others only from an allowed host.

    A host `*.example.com` allows every subdomain of example.com.
    """
    # As a browser reads it: tabs and newlines dropped, backslashes as slashes ("/\\host").
    parts = urlsplit(src.strip().translate(_AS_BROWSER))
    if not parts.netloc and not parts.scheme:
        return True
    host = (parts.hostname or "").lower()
    if not host or parts.scheme.lower() not in {"http", "https", ""}:
        return False
    for allowed in image_hosts:
        allowed = allowed.lower()
        if host == allowed or (allowed.startswith("*.") and host.endswith(allowed[1:])):
            return True
    return False


def _image(
    renderer: RendererHTML,
    tokens: Sequence[Token],
    idx: int,
    options: OptionsDict,
    env: MutableMapping[str, object],
) -> str:
    token = tokens[idx]
    src = str(token.attrGet("src") or "")
    hosts = env.get("image_hosts", ())
    assert isinstance(hosts, Collection)
    if is_remote_image_allowed(src, hosts):
        return renderer.image(tokens, idx, options, env)
    alt = renderer.renderInlineAsText(token.children or [], options, env)
    return f'<a href="{escapeHtml(src)}">{escapeHtml(alt or src)}</a>'


_MARKDOWN = MarkdownIt("commonmark", {"html": False, "linkify": False}).enable(
    ["table", "strikethrough"]
)
_MARKDOWN.add_render_rule("image", _image)
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


def render_html(markdown: str, image_hosts: Collection[str] = ()) -> str:
    def drop_remote_images(element: str, attribute: str, value: str) -> str | None:
        # A second line behind the render rule, should raw HTML ever be let through.
        if element == "img" and attribute == "src":
            return value if is_remote_image_allowed(value, image_hosts) else None
        return value

    return nh3.clean(
        _MARKDOWN.render(markdown, {"image_hosts": image_hosts}),
        tags=_TAGS,
        attributes=_ATTRIBUTES,
        url_schemes=_SCHEMES,
        link_rel="noopener noreferrer nofollow",
        filter_style_properties={"text-align"},
        attribute_filter=drop_remote_images,
    )


def plain_text(markdown: str) -> str:
    """The words a reader sees, for indexing: markup, link targets and HTML gone."""
    return html.unescape(nh3.clean(_MARKDOWN.render(markdown), tags=set())).strip()
