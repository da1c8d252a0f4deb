from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.after_ingest import AfterIngest
from ..models.poll_status import PollStatus
from ..models.security import Security

T = TypeVar("T", bound="MailboxOut")


@_attrs_define
class MailboxOut:
    """
    Attributes:
        active (bool):
        after_ingest (AfterIngest): What happens to a message once its ticket or comment is committed.
        created_at (datetime.datetime):
        desk_address (str):
        folder (str):
        host (str):
        id (int):
        last_poll_error (None | str):
        last_poll_ingested (int): Messages the last poll took in.
        last_poll_status (None | PollStatus):
        last_polled_at (datetime.datetime | None):
        last_uid (int): Messages up to this UID have been taken in.
        move_to (None | str):
        name (str):
        port (int):
        security (Security): How the IMAP connection is protected: TLS from the first byte, upgraded, or not at all.
        team_id (int | None):
        uid_validity (int | None): The folder's UIDVALIDITY the cursor is for.
        updated_at (datetime.datetime):
        username (str):
        version (int):
    """

    active: bool
    after_ingest: AfterIngest
    created_at: datetime.datetime
    desk_address: str
    folder: str
    host: str
    id: int
    last_poll_error: None | str
    last_poll_ingested: int
    last_poll_status: None | PollStatus
    last_polled_at: datetime.datetime | None
    last_uid: int
    move_to: None | str
    name: str
    port: int
    security: Security
    team_id: int | None
    uid_validity: int | None
    updated_at: datetime.datetime
    username: str
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        active = self.active

        after_ingest = self.after_ingest.value

        created_at = self.created_at.isoformat()

        desk_address = self.desk_address

        folder = self.folder

        host = self.host

        id = self.id

        last_poll_error: None | str
        last_poll_error = self.last_poll_error

        last_poll_ingested = self.last_poll_ingested

        last_poll_status: None | str
        if isinstance(self.last_poll_status, PollStatus):
            last_poll_status = self.last_poll_status.value
        else:
            last_poll_status = self.last_poll_status

        last_polled_at: None | str
        if isinstance(self.last_polled_at, datetime.datetime):
            last_polled_at = self.last_polled_at.isoformat()
        else:
            last_polled_at = self.last_polled_at

        last_uid = self.last_uid

        move_to: None | str
        move_to = self.move_to

        name = self.name

        port = self.port

        security = self.security.value

        team_id: int | None
        team_id = self.team_id

        uid_validity: int | None
        uid_validity = self.uid_validity

        updated_at = self.updated_at.isoformat()

        username = self.username

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "active": active,
                "after_ingest": after_ingest,
                "created_at": created_at,
                "desk_address": desk_address,
                "folder": folder,
                "host": host,
                "id": id,
                "last_poll_error": last_poll_error,
                "last_poll_ingested": last_poll_ingested,
                "last_poll_status": last_poll_status,
                "last_polled_at": last_polled_at,
                "last_uid": last_uid,
                "move_to": move_to,
                "name": name,
                "port": port,
                "security": security,
                "team_id": team_id,
                "uid_validity": uid_validity,
                "updated_at": updated_at,
                "username": username,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        active = d.pop("active")

        after_ingest = AfterIngest(d.pop("after_ingest"))

        created_at = datetime.datetime.fromisoformat(d.pop("created_at"))

        desk_address = d.pop("desk_address")

        folder = d.pop("folder")

        host = d.pop("host")

        id = d.pop("id")

        def _parse_last_poll_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        last_poll_error = _parse_last_poll_error(d.pop("last_poll_error"))

        last_poll_ingested = d.pop("last_poll_ingested")

        def _parse_last_poll_status(data: object) -> None | PollStatus:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_poll_status_type_0 = PollStatus(data)

                return last_poll_status_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | PollStatus, data)

        last_poll_status = _parse_last_poll_status(d.pop("last_poll_status"))

        def _parse_last_polled_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                last_polled_at_type_0 = datetime.datetime.fromisoformat(data)

                return last_polled_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        last_polled_at = _parse_last_polled_at(d.pop("last_polled_at"))

        last_uid = d.pop("last_uid")

        def _parse_move_to(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        move_to = _parse_move_to(d.pop("move_to"))

        name = d.pop("name")

        port = d.pop("port")

        security = Security(d.pop("security"))

        def _parse_team_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        team_id = _parse_team_id(d.pop("team_id"))

        def _parse_uid_validity(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        uid_validity = _parse_uid_validity(d.pop("uid_validity"))

        updated_at = datetime.datetime.fromisoformat(d.pop("updated_at"))

        username = d.pop("username")

        version = d.pop("version")

        mailbox_out = cls(
            active=active,
            after_ingest=after_ingest,
            created_at=created_at,
            desk_address=desk_address,
            folder=folder,
            host=host,
            id=id,
            last_poll_error=last_poll_error,
            last_poll_ingested=last_poll_ingested,
            last_poll_status=last_poll_status,
            last_polled_at=last_polled_at,
            last_uid=last_uid,
            move_to=move_to,
            name=name,
            port=port,
            security=security,
            team_id=team_id,
            uid_validity=uid_validity,
            updated_at=updated_at,
            username=username,
            version=version,
        )

        mailbox_out.additional_properties = d
        return mailbox_out

    @property
    def additional_keys(self) -> list[str]:
        return list(self.additional_properties.keys())

    def __getitem__(self, key: str) -> Any:
        return self.additional_properties[key]

    def __setitem__(self, key: str, value: Any) -> None:
        self.additional_properties[key] = value

    def __delitem__(self, key: str) -> None:
        del self.additional_properties[key]

    def __contains__(self, key: str) -> bool:
        return key in self.additional_properties
