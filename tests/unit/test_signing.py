from datetime import timedelta
from pathlib import Path

import pytest

from api.core.config import Settings
from api.core.signing import InvalidToken, secret_key, sign, verify
from api.mail.message_ids import new_message_id, ticket_id_of


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    return Settings(data_dir=tmp_path, database_url="sqlite://")


def test_a_token_verifies_for_its_purpose_only(settings: Settings) -> None:
    token = sign("resolution", {"ticket": 7, "action": "confirm"}, settings)
    assert verify("resolution", token, timedelta(days=1), settings) == {
        "ticket": 7,
        "action": "confirm",
    }
    with pytest.raises(InvalidToken):
        verify("survey", token, timedelta(days=1), settings)
    with pytest.raises(InvalidToken):
        verify("resolution", token[:-2] + "xx", timedelta(days=1), settings)


def test_an_expired_token_is_refused(settings: Settings) -> None:
    token = sign("resolution", {"ticket": 7}, settings)
    with pytest.raises(InvalidToken, match="expired"):
        verify("resolution", token, timedelta(seconds=-1), settings)


def test_the_generated_key_is_kept_and_reused(settings: Settings) -> None:
    first = secret_key(settings)
    assert (settings.data_dir / "secret_key").read_text() == first
    assert secret_key(settings) == first
    assert secret_key(Settings(data_dir=settings.data_dir, secret_key="set")) == "set"


def test_message_ids_name_their_ticket_and_forgeries_name_none(settings: Settings) -> None:
    message_id = new_message_id(1042, settings)
    assert message_id.startswith("<sp.1042.")
    assert message_id.endswith("@sportello.localhost>")
    assert ticket_id_of(message_id, settings) == 1042
    forged = message_id.replace("sp.1042.", "sp.1043.")
    assert ticket_id_of(forged, settings) is None
    assert ticket_id_of("<CAF00@mail.example.com>", settings) is None
    other_desk = Settings(data_dir=settings.data_dir, secret_key="another desk")
    assert ticket_id_of(message_id, other_desk) is None
