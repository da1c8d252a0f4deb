from datetime import datetime
from typing import Annotated, Any

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from api.core.schemas import InputModel, Omittable
from api.mail.mailbox.kinds import AfterIngest, PollStatus, Security

Host = Annotated[
    str,
    Field(
        min_length=1,
        max_length=255,
        pattern=r"^[A-Za-z0-9]([A-Za-z0-9.:_-]*[A-Za-z0-9])?$",
        description="The IMAP server's name or address.",
    ),
]
Port = Annotated[int, Field(ge=1, le=65535, description="993 for ssl, 143 otherwise, usually.")]
Folder = Annotated[str, Field(min_length=1, max_length=200, pattern=r"^[^\x00-\x1f\x7f]+$")]
Password = Annotated[
    str,
    Field(
        min_length=1,
        max_length=1000,
        description="Write-only: stored sealed and never returned.",
        json_schema_extra={"writeOnly": True, "format": "password"},
    ),
]

_EXAMPLE: dict[str, Any] = {
    "name": "Support inbox",
    "host": "imap.example.com",
    "port": 993,
    "security": "ssl",
    "username": "support@example.com",
    "password": "app-password",
    "folder": "INBOX",
    "after_ingest": "move",
    "move_to": "Processed",
    "desk_address": "support@example.com",
    "team_id": 1,
}


class MailboxWrite(InputModel):
    model_config = ConfigDict(json_schema_extra={"examples": [_EXAMPLE]})

    name: str = Field(min_length=1, max_length=200)
    host: Host
    port: Port = 993
    security: Security = Security.ssl
    username: str = Field(min_length=1, max_length=320)
    password: Password
    folder: Folder = "INBOX"
    after_ingest: AfterIngest = Field(
        default=AfterIngest.mark_seen,
        description="Once a message's ticket or comment is saved: flag it \\Seen, or move it "
        "to `move_to`. Never before, and never deleted.",
    )
    move_to: Folder | None = Field(
        default=None, description="Required when after_ingest is move; not the folder read."
    )
    desk_address: EmailStr = Field(description="The address customers write to.")
    team_id: int | None = Field(default=None, description="Team for new tickets; null: routing.")
    active: bool = True


class MailboxPatch(InputModel):
    name: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    host: Omittable[Host] = None
    port: Omittable[Port] = None
    security: Omittable[Security] = None
    username: Omittable[str] = Field(default=None, min_length=1, max_length=320)
    password: Omittable[Password] = Field(default=None, description="Send only to change it.")
    folder: Omittable[Folder] = None
    after_ingest: Omittable[AfterIngest] = None
    move_to: Folder | None = None
    desk_address: Omittable[EmailStr] = None
    team_id: int | None = None
    active: Omittable[bool] = None


class MailboxOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    host: str
    port: int
    security: Security
    username: str
    folder: str
    after_ingest: AfterIngest
    move_to: str | None
    desk_address: str
    team_id: int | None
    active: bool
    uid_validity: int | None = Field(description="The folder's UIDVALIDITY the cursor is for.")
    last_uid: int = Field(description="Messages up to this UID have been taken in.")
    last_polled_at: datetime | None
    last_poll_status: PollStatus | None
    last_poll_error: str | None
    last_poll_ingested: int = Field(description="Messages the last poll took in.")
    created_at: datetime
    updated_at: datetime
    version: int


class ConnectionTestOut(BaseModel):
    ok: bool
    message_count: int | None = Field(description="Messages in the folder, when signed in.")
    error: str | None = Field(description="Why it failed, in words; null when it worked.")
    elapsed_ms: int


class PollQueued(BaseModel):
    mailbox_id: int = Field(
        description="Its poll runs in the background; read the mailbox for "
        "its outcome (`last_polled_at`, `last_poll_status`)."
    )
