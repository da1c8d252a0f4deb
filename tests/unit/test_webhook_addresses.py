"""Which targets a webhook may call: public http(s) addresses only (unless allowed)."""

import ipaddress
from collections.abc import Sequence

import pytest
from hypothesis import given
from hypothesis import strategies as st

from api.webhook.addresses import (
    TargetRefused,
    check_target,
    parse_target,
    refusal,
    resolve,
    system_resolver,
)

REFUSED_NETWORKS = {
    "loopback": ["127.0.0.0/8", "::1/128"],
    "link-local": ["169.254.0.0/16", "fe80::/10"],
    "private": ["10.0.0.0/8", "172.16.0.0/12", "192.168.0.0/16", "fc00::/7"],
    "multicast": ["224.0.0.0/4", "ff00::/8"],
    "reserved": ["240.0.0.0/5"],
    "unspecified": ["0.0.0.0/32", "::/128"],
    "not globally routable": ["100.64.0.0/10"],  # carrier-grade NAT
}
PUBLIC_NETWORKS = ["1.1.1.0/24", "8.8.0.0/16", "93.184.0.0/16", "2606:4700::/32", "2a00:1450::/32"]


def addresses_in(cidr: str) -> st.SearchStrategy[ipaddress.IPv4Address | ipaddress.IPv6Address]:
    network = ipaddress.ip_network(cidr)
    return st.integers(min_value=0, max_value=network.num_addresses - 1).map(
        lambda n: network.network_address + n
    )


@pytest.mark.parametrize(
    ("kind", "cidr"), [(kind, cidr) for kind, cidrs in REFUSED_NETWORKS.items() for cidr in cidrs]
)
@given(data=st.data())
def test_every_address_of_a_refused_class_is_refused_by_name(
    kind: str, cidr: str, data: st.DataObject
) -> None:
    address = data.draw(addresses_in(cidr))
    why = refusal(address)
    assert why is not None
    assert kind in why


@given(data=st.data(), cidr=st.sampled_from([c for cs in REFUSED_NETWORKS.values() for c in cs]))
def test_an_ipv4_mapped_or_6to4_form_of_a_refused_address_is_refused(
    data: st.DataObject, cidr: str
) -> None:
    address = data.draw(addresses_in(cidr))
    if isinstance(address, ipaddress.IPv4Address):
        mapped = ipaddress.IPv6Address(f"::ffff:{address}")
        assert refusal(mapped) is not None
        sixtofour = ipaddress.IPv6Address((0x2002 << 112) | (int(address) << 80) | 1)
        assert refusal(sixtofour) is not None


@given(data=st.data(), cidr=st.sampled_from(PUBLIC_NETWORKS))
def test_public_addresses_are_allowed(data: st.DataObject, cidr: str) -> None:
    address = data.draw(addresses_in(cidr))
    assert refusal(address) is None
    if isinstance(address, ipaddress.IPv4Address):
        assert refusal(ipaddress.IPv6Address(f"::ffff:{address}")) is None


@pytest.mark.parametrize(
    ("url", "why"),
    [
        ("ftp://93.184.215.14/hook", "http"),
        ("file:///etc/passwd", "http"),
        ("javascript:alert(1)", "http"),
        ("gopher://93.184.215.14:70/", "http"),
        ("https://user:secret@93.184.215.14/hook", "password"),
        ("https://token@93.184.215.14/hook", "password"),
        ("https:///hook", "host"),
        ("https://93.184.215.14/hook#part", "fragment"),
        ("https://93.184.215.14:99999/", "valid"),
        ("https://93.184.215.14/a b", "spaces"),
        ("https://93.184.215.14/\nx", "control"),
        ("https://93.184.215.14/" + "a" * 2000, "2000"),
    ],
)
def test_urls_of_the_wrong_shape_are_refused(url: str, why: str) -> None:
    with pytest.raises(TargetRefused, match=why):
        check_target(url, allow_private=True)


@pytest.mark.parametrize(
    "url",
    [
        "http://127.0.0.1:8080/hook",
        "http://[::1]/hook",
        "http://169.254.169.254/latest/meta-data/",  # cloud metadata
        "https://10.1.2.3/hook",
        "http://[::ffff:127.0.0.1]/",
        "http://localhost/hook",  # a name, resolved from /etc/hosts
        "http://2130706433/",  # 127.0.0.1 written as one number, as resolvers read it
        "http://0x7f.1/",
        "http://0/",
    ],
)
def test_private_targets_are_refused_unless_allowed(url: str) -> None:
    with pytest.raises(TargetRefused, match=r"address|routable|resolve"):
        check_target(url, allow_private=False)
    assert check_target(url, allow_private=True).url == url


def test_a_public_address_passes_and_keeps_its_port() -> None:
    target = check_target("https://93.184.215.14/hook?x=1", allow_private=False)
    assert (target.scheme, target.host, target.port) == ("https", "93.184.215.14", 443)
    assert parse_target("http://93.184.215.14:8080/").port == 8080


def test_a_name_with_any_private_address_is_refused() -> None:
    def resolver(host: str, port: int) -> Sequence[str]:
        return ["93.184.215.14", "10.0.0.5"]  # one public, one private: refused

    with pytest.raises(TargetRefused, match=r"hooks\.example\.com \(10\.0\.0\.5\) is a private"):
        resolve(parse_target("https://hooks.example.com/x"), resolver)

    def public(host: str, port: int) -> Sequence[str]:
        return ["93.184.215.14", "2606:4700::1"]

    assert [str(a) for a in resolve(parse_target("https://hooks.example.com/x"), public)] == [
        "93.184.215.14",
        "2606:4700::1",
    ]


def test_a_name_that_does_not_resolve_is_refused() -> None:
    with pytest.raises(TargetRefused, match="does not resolve"):
        system_resolver("no-such-host.invalid", 443)
