from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.after_ingest import AfterIngest
from ..models.security import Security
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxWrite")


@_attrs_define
class MailboxWrite:
    """
    Attributes:
        desk_address (str): The address customers write to.
        host (str): The IMAP server's name or address.
        name (str):
        password (str): Write-only: stored sealed and never returned.
        username (str):
        active (bool | Unset):  Default: True.
        after_ingest (AfterIngest | Unset): What happens to a message once its ticket or comment is committed.
        folder (str | Unset):  Default: 'INBOX'.
        move_to (None | str | Unset): Required when after_ingest is move; not the folder read.
        port (int | Unset): 993 for ssl, 143 otherwise, usually. Default: 993.
        security (Security | Unset): How the IMAP connection is protected: TLS from the first byte, upgraded, or not at
            all.
        team_id (int | None | Unset): Team for new tickets; null: routing.
    """

    desk_address: str
    host: str
    name: str
    password: str
    username: str
    active: bool | Unset = True
    after_ingest: AfterIngest | Unset = UNSET
    folder: str | Unset = "INBOX"
    move_to: None | str | Unset = UNSET
    port: int | Unset = 993
    security: Security | Unset = UNSET
    team_id: int | None | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        desk_address = self.desk_address

        host = self.host

        name = self.name

        password = self.password

        username = self.username

        active = self.active

        after_ingest: str | Unset = UNSET
        if not isinstance(self.after_ingest, Unset):
            after_ingest = self.after_ingest.value

        folder = self.folder

        move_to: None | str | Unset
        if isinstance(self.move_to, Unset):
            move_to = UNSET
        else:
            move_to = self.move_to

        port = self.port

        security: str | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.value

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "desk_address": desk_address,
                "host": host,
                "name": name,
                "password": password,
                "username": username,
            }
        )
        if active is not UNSET:
            field_dict["active"] = active
        if after_ingest is not UNSET:
            field_dict["after_ingest"] = after_ingest
        if folder is not UNSET:
            field_dict["folder"] = folder
        if move_to is not UNSET:
            field_dict["move_to"] = move_to
        if port is not UNSET:
            field_dict["port"] = port
        if security is not UNSET:
            field_dict["security"] = security
        if team_id is not UNSET:
            field_dict["team_id"] = team_id

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        desk_address = d.pop("desk_address")

        host = d.pop("host")

        name = d.pop("name")

        password = d.pop("password")

        username = d.pop("username")

        active = d.pop("active", UNSET)

        _after_ingest = d.pop("after_ingest", UNSET)
        after_ingest: AfterIngest | Unset
        if isinstance(_after_ingest, Unset):
            after_ingest = UNSET
        else:
            after_ingest = AfterIngest(_after_ingest)

        folder = d.pop("folder", UNSET)

        def _parse_move_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        move_to = _parse_move_to(d.pop("move_to", UNSET))

        port = d.pop("port", UNSET)

        _security = d.pop("security", UNSET)
        security: Security | Unset
        if isinstance(_security, Unset):
            security = UNSET
        else:
            security = Security(_security)

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        mailbox_write = cls(
            desk_address=desk_address,
            host=host,
            name=name,
            password=password,
            username=username,
            active=active,
            after_ingest=after_ingest,
            folder=folder,
            move_to=move_to,
            port=port,
            security=security,
            team_id=team_id,
        )

        return mailbox_write
