from enum import StrEnum


class Security(StrEnum):
    """How the IMAP connection is protected: TLS from the first byte, upgraded, or not at all."""

    ssl = "ssl"
    starttls = "starttls"
    none = "none"


class AfterIngest(StrEnum):
    """What happens to a message once its ticket or comment is committed."""

    mark_seen = "mark_seen"
    move = "move"


class PollStatus(StrEnum):
    ok = "ok"
    error = "error"
