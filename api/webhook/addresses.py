"""Which webhook targets may be called: http(s) URLs without credentials, whose host resolves
only to public addresses (not loopback, link-local, private, multicast, reserved or
unspecified), unless the install allows private targets (SPORTELLO_WEBHOOK_ALLOW_PRIVATE).

The rules on URLs and addresses are pure; `resolve` is the one function that asks DNS.
"""

import ipaddress
import socket
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from urllib.parse import SplitResult, urlsplit

IPAddress = ipaddress.IPv4Address | ipaddress.IPv6Address
Resolver = Callable[[str, int], Sequence[str]]

MAX_URL_LENGTH = 2000


class TargetRefused(ValueError):
    """The URL may not be called; the message says why, for the `url` field."""


@dataclass(frozen=True)
class Target:
    url: str
    scheme: str
    host: str  # as written (a name, or an address without brackets)
    port: int


def parse_target(url: str) -> Target:
    """Check the URL's shape (no DNS): http or https, a host, no user or password."""
    if len(url) > MAX_URL_LENGTH:
        raise TargetRefused(f"must be at most {MAX_URL_LENGTH} characters")
    if any(c.isspace() or ord(c) < 32 for c in url):
        raise TargetRefused("must not contain spaces or control characters")
    try:
        parts: SplitResult = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        raise TargetRefused("is not a valid URL") from exc
    scheme = parts.scheme.lower()
    if scheme not in ("http", "https"):
        raise TargetRefused("must be an http:// or https:// URL")
    if parts.username is not None or parts.password is not None or "@" in parts.netloc:
        raise TargetRefused("must not carry a user name or password")
    host = parts.hostname
    if not host:
        raise TargetRefused("must name a host")
    if parts.fragment:
        raise TargetRefused("must not have a #fragment")
    return Target(url, scheme, host, port or (443 if scheme == "https" else 80))


def literal_address(host: str) -> IPAddress | None:
    try:
        return ipaddress.ip_address(host)
    except ValueError:
        return None


def refusal(address: IPAddress) -> str | None:
    """Why a webhook may not call this address, or None if it is a public one."""
    if isinstance(address, ipaddress.IPv6Address):
        embedded = address.ipv4_mapped or address.sixtofour
        if embedded is not None:
            return refusal(embedded)
        if address.teredo is not None:
            return "a Teredo tunnel address"
    checks = (
        ("unspecified", address.is_unspecified),
        ("loopback", address.is_loopback),
        ("link-local", address.is_link_local),
        ("multicast", address.is_multicast),
        ("reserved", address.is_reserved),
        ("private", address.is_private),
    )
    for name, applies in checks:
        if applies:
            return f"{'an' if name[0] in 'aeiou' else 'a'} {name} address"
    if not address.is_global:  # e.g. carrier-grade NAT, 100.64.0.0/10
        return "not globally routable"
    return None


def system_resolver(host: str, port: int) -> list[str]:
    try:
        infos = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)
    except (OSError, UnicodeError) as exc:
        raise TargetRefused(f"its host {host!r} does not resolve") from exc
    return list(dict.fromkeys(str(info[4][0]) for info in infos))


def resolve(target: Target, resolver: Resolver = system_resolver) -> list[IPAddress]:
    """Every address the host has, each of them public; else TargetRefused."""
    literal = literal_address(target.host)
    found = (
        [literal]
        if literal is not None
        else [ipaddress.ip_address(a.split("%", 1)[0]) for a in resolver(target.host, target.port)]
    )
    if not found:
        raise TargetRefused(f"its host {target.host!r} does not resolve")
    for address in found:
        why = refusal(address)
        if why is not None:
            shown = target.host if literal is not None else f"{target.host} ({address})"
            raise TargetRefused(f"{shown} is {why}; webhooks call public addresses only")
    return found


def check_target(url: str, *, allow_private: bool, resolver: Resolver = system_resolver) -> Target:
    """The URL's target, checked as at creation; TargetRefused says why not."""
    target = parse_target(url)
    if not allow_private:
        resolve(target, resolver)
    return target
