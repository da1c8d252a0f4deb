from datetime import datetime

from pydantic import BaseModel, Field

from api.mail.inbound.kinds import IngestStatus, QuarantineStatus


class MailIngestOut(BaseModel):
    """What became of one incoming message."""

    status: IngestStatus
    ticket_number: int | None = Field(description="The ticket opened or answered, if any.")
    comment_id: int | None
    reason: str | None = Field(description="Why it was ignored or quarantined.")


class QuarantinedMailOut(BaseModel):
    """Incoming mail that became no ticket: held for an admin, or ignored by the loop guards."""

    id: int
    status: QuarantineStatus
    reason: str
    received_at: datetime
    mailbox_id: int | None
    sender: str = Field(description="The From header, as text.")
    subject: str
    message_id: str | None
    size: int = Field(description="Bytes of the raw message.")
    headers: dict[str, str] = Field(description="The headers that matter for threading and loops.")
    has_raw: bool = Field(description="Whether the raw message is kept (held mail only).")
    resolved_at: datetime | None
    resolved_by_id: int | None
    ticket_number: int | None = Field(description="The ticket a released message went to.")
    version: int
