"""The Sportello-Signature header: what a receiver checks (README, Webhooks)."""

import hashlib
import hmac

from hypothesis import given
from hypothesis import strategies as st

from api.webhook.signing import new_secret, signature_header, verify

secrets_ = st.text(min_size=1, max_size=80)
bodies = st.binary(max_size=2000)
times = st.integers(min_value=0, max_value=10**11)  # Unix seconds, up to the year 5138


def test_the_header_is_t_and_hex_hmac_of_t_dot_body() -> None:
    body = b'{"id":"evt_1","type":"ping"}'
    expected = hmac.new(b"whsec_abc", b"1700000000." + body, hashlib.sha256).hexdigest()
    assert signature_header("whsec_abc", 1700000000, body) == f"t=1700000000,v1={expected}"


def test_secrets_are_new_each_time_and_long() -> None:
    made = {new_secret() for _ in range(50)}
    assert len(made) == 50
    assert all(s.startswith("whsec_") and len(s) >= 40 for s in made)


@given(secret=secrets_, body=bodies, t=times, skew=st.integers(min_value=-300, max_value=300))
def test_a_signature_verifies_within_the_tolerance(
    secret: str, body: bytes, t: int, skew: int
) -> None:
    assert verify(secret, signature_header(secret, t, body), body, now=t + skew)


@given(secret=secrets_, body=bodies, t=times, skew=st.integers(min_value=301, max_value=10**6))
def test_an_old_or_future_signature_is_refused(secret: str, body: bytes, t: int, skew: int) -> None:
    header = signature_header(secret, t, body)
    assert not verify(secret, header, body, now=t + skew)
    assert not verify(secret, header, body, now=t - skew)


@given(secret=secrets_, body=bodies, t=times, data=st.data())
def test_any_change_to_the_body_breaks_the_signature(
    secret: str, body: bytes, t: int, data: st.DataObject
) -> None:
    header = signature_header(secret, t, body)
    other = data.draw(bodies.filter(lambda b: b != body))
    assert not verify(secret, header, other, now=t)


@given(secret=secrets_, other=secrets_, body=bodies, t=times)
def test_another_secret_does_not_verify(secret: str, other: str, body: bytes, t: int) -> None:
    if other != secret:
        assert not verify(other, signature_header(secret, t, body), body, now=t)


def test_a_changed_timestamp_breaks_the_signature() -> None:
    header = signature_header("s", 1000, b"{}")
    forged = header.replace("t=1000", "t=1001")
    assert not verify("s", forged, b"{}", now=1001)


def test_any_of_several_v1_signatures_may_match_and_junk_is_refused() -> None:
    body = b"{}"
    good = signature_header("s", 50, body).split(",")[1]
    assert verify("s", f"t=50,v1=deadbeef,{good}", body, now=50)
    for junk in ("", "t=,v1=", "v1=abc", "t=50", "t=x,v1=00", f"t=-50,{good}"):
        assert not verify("s", junk, body, now=50)
