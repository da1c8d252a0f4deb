from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.after_ingest import AfterIngest
from ..models.security import Security
from ..types import UNSET, Unset

T = TypeVar("T", bound="MailboxPatch")


@_attrs_define
class MailboxPatch:
    """
    Attributes:
        active (bool | Unset):
        after_ingest (AfterIngest | Unset): What happens to a message once its ticket or comment is committed.
        desk_address (str | Unset):
        folder (str | Unset):
        host (str | Unset): The IMAP server's name or address.
        move_to (None | str | Unset):
        name (str | Unset):
        password (str | Unset): Send only to change it.
        port (int | Unset): 993 for ssl, 143 otherwise, usually.
        security (Security | Unset): How the IMAP connection is protected: TLS from the first byte, upgraded, or not at
            all.
        team_id (int | None | Unset):
        username (str | Unset):
    """

    active: bool | Unset = UNSET
    after_ingest: AfterIngest | Unset = UNSET
    desk_address: str | Unset = UNSET
    folder: str | Unset = UNSET
    host: str | Unset = UNSET
    move_to: None | str | Unset = UNSET
    name: str | Unset = UNSET
    password: str | Unset = UNSET
    port: int | Unset = UNSET
    security: Security | Unset = UNSET
    team_id: int | None | Unset = UNSET
    username: str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        after_ingest: str | Unset = UNSET
        if not isinstance(self.after_ingest, Unset):
            after_ingest = self.after_ingest.value

        desk_address = self.desk_address

        folder = self.folder

        host = self.host

        move_to: None | str | Unset
        if isinstance(self.move_to, Unset):
            move_to = UNSET
        else:
            move_to = self.move_to

        name = self.name

        password = self.password

        port = self.port

        security: str | Unset = UNSET
        if not isinstance(self.security, Unset):
            security = self.security.value

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        username = self.username

        field_dict: dict[str, Any] = {}

        field_dict.update({})
        if active is not UNSET:
            field_dict["active"] = active
        if after_ingest is not UNSET:
            field_dict["after_ingest"] = after_ingest
        if desk_address is not UNSET:
            field_dict["desk_address"] = desk_address
        if folder is not UNSET:
            field_dict["folder"] = folder
        if host is not UNSET:
            field_dict["host"] = host
        if move_to is not UNSET:
            field_dict["move_to"] = move_to
        if name is not UNSET:
            field_dict["name"] = name
        if password is not UNSET:
            field_dict["password"] = password
        if port is not UNSET:
            field_dict["port"] = port
        if security is not UNSET:
            field_dict["security"] = security
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if username is not UNSET:
            field_dict["username"] = username

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active", UNSET)

        _after_ingest = d.pop("after_ingest", UNSET)
        after_ingest: AfterIngest | Unset
        if isinstance(_after_ingest, Unset):
            after_ingest = UNSET
        else:
            after_ingest = AfterIngest(_after_ingest)

        desk_address = d.pop("desk_address", UNSET)

        folder = d.pop("folder", UNSET)

        host = d.pop("host", UNSET)

        def _parse_move_to(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        move_to = _parse_move_to(d.pop("move_to", UNSET))

        name = d.pop("name", UNSET)

        password = d.pop("password", UNSET)

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

        username = d.pop("username", UNSET)

        mailbox_patch = cls(
            active=active,
            after_ingest=after_ingest,
            desk_address=desk_address,
            folder=folder,
            host=host,
            move_to=move_to,
            name=name,
            password=password,
            port=port,
            security=security,
            team_id=team_id,
            username=username,
        )

        return mailbox_patch
