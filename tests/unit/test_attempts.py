"""Which counters a sign-in or sign-up is counted under."""

import pytest

from api.auth.attempts import client_network, sign_in_counters, sign_up_counter


@pytest.mark.parametrize(
    ("address", "network"),
    [
        ("192.0.2.7", "192.0.2.7"),
        ("2001:db8:1:2::1", "2001:db8:1:2::/64"),
        ("2001:DB8:1:2:ffff:ffff:ffff:ffff", "2001:db8:1:2::/64"),
        ("::ffff:192.0.2.7", "192.0.2.7"),
        ("testclient", "testclient"),
    ],
)
def test_an_address_is_counted_by_its_subscriber(address: str, network: str) -> None:
    assert client_network(address) == network


def test_a_failed_sign_in_counts_on_account_here_address_and_account_everywhere() -> None:
    counters = sign_in_counters(
        " Dora@Example.com ",
        "2001:db8::5",
        per_account=5,
        per_address=20,
        per_account_everywhere=100,
    )
    assert [(c.key, c.limit) for c in counters] == [
        ("sign-in:account-address:2001:db8::/64:dora@example.com", 5),
        ("sign-in:address:2001:db8::/64", 20),
        ("sign-in:account:dora@example.com", 100),
    ]
    assert sign_up_counter("192.0.2.7", per_address=3).key == "sign-up:address:192.0.2.7"
