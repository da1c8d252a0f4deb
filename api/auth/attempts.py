"""Which counters a sign-in or sign-up attempt is counted under. Pure: no database, no HTTP.

A failed sign-in counts three times: on the account from this address (a guesser at one
account), on the address (a guesser trying many accounts) and on the account from every
address together, with a much higher cap (a guesser spread over many addresses). The first key
is per address, so a stranger who exhausts it locks out only themselves, not the owner.
"""

from dataclasses import dataclass
from ipaddress import IPv6Address, ip_address, ip_network

SIGN_IN = "sign-in:"
SIGN_UP = "sign-up:"
# One IPv6 subscriber usually holds a whole /64: count it as one address.
IPV6_PREFIX = 64


@dataclass(frozen=True)
class Counter:
    key: str
    limit: int


def client_network(address: str) -> str:
    """The address an attempt is counted under: IPv4 as is, IPv6 by its /64."""
    try:
        parsed = ip_address(address)
    except ValueError:
        return address
    if isinstance(parsed, IPv6Address):
        if parsed.ipv4_mapped is not None:
            return str(parsed.ipv4_mapped)
        return str(ip_network(f"{parsed}/{IPV6_PREFIX}", strict=False))
    return str(parsed)


def account_name(email: str) -> str:
    return email.strip().lower()


def sign_in_counters(
    email: str,
    address: str,
    *,
    per_account: int,
    per_address: int,
    per_account_everywhere: int,
) -> list[Counter]:
    account, network = account_name(email), client_network(address)
    return [
        Counter(f"{SIGN_IN}account-address:{network}:{account}", per_account),
        Counter(f"{SIGN_IN}address:{network}", per_address),
        Counter(f"{SIGN_IN}account:{account}", per_account_everywhere),
    ]


def sign_up_counter(address: str, *, per_address: int) -> Counter:
    return Counter(f"{SIGN_UP}address:{client_network(address)}", per_address)
