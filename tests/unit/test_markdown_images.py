"""Which image sources a browser may load: the pure rule behind body_html."""

import pytest

from api.knowledge.markdown import is_remote_image_allowed

HOSTS = ("cdn.acme.test", "*.wiki.acme.test")


@pytest.mark.parametrize(
    ("src", "allowed"),
    [
        ("/api/v1/tickets/1/attachments/2", True),
        ("images/a.png", True),
        ("https://cdn.acme.test/a.png", True),
        ("HTTP://CDN.Acme.Test:8443/a.png", True),
        ("https://img.wiki.acme.test/a.png", True),
        ("https://wiki.acme.test/a.png", False),  # the wildcard is for subdomains
        ("https://cdn.acme.test.evil.test/a.png", False),
        ("https://cdn.acme.test@evil.test/a.png", False),
        ("//evil.test/a.png", False),
        ("/\\evil.test/a.png", False),
        ("\\\\evil.test/a.png", False),
        ("/\t/evil.test/a.png", False),
        ("ftp://cdn.acme.test/a.png", False),
        ("javascript:alert(1)", False),
        ("data:image/png;base64,AAAA", False),
    ],
)
def test_image_sources(src: str, allowed: bool) -> None:
    assert is_remote_image_allowed(src, HOSTS) is allowed


def test_no_remote_host_without_an_allow_list() -> None:
    assert not is_remote_image_allowed("https://cdn.acme.test/a.png", ())
