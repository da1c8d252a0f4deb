from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.quarantined_mail_out_status import QuarantinedMailOutStatus

if TYPE_CHECKING:
    from ..models.quarantined_mail_out_headers import QuarantinedMailOutHeaders


T = TypeVar("T", bound="QuarantinedMailOut")


@_attrs_define
class QuarantinedMailOut:
    """Incoming mail that became no ticket: held for an admin, or ignored by the loop guards.

    Attributes:
        has_raw (bool): Whether the raw message is kept (held mail only).
        headers (QuarantinedMailOutHeaders): The headers that matter for threading and loops.
        id (int):
        mailbox_id (int | None):
        message_id (None | str):
        reason (str):
        received_at (datetime.datetime):
        resolved_at (datetime.datetime | None):
        resolved_by_id (int | None):
        sender (str): The From header, as text.
        size (int): Bytes of the raw message.
        status (QuarantinedMailOutStatus):
        subject (str):
        ticket_number (int | None): The ticket a released message went to.
        version (int):
    """

    has_raw: bool
    headers: QuarantinedMailOutHeaders
    id: int
    mailbox_id: int | None
    message_id: None | str
    reason: str
    received_at: datetime.datetime
    resolved_at: datetime.datetime | None
    resolved_by_id: int | None
    sender: str
    size: int
    status: QuarantinedMailOutStatus
    subject: str
    ticket_number: int | None
    version: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        has_raw = self.has_raw

        headers = self.headers.to_dict()

        id = self.id

        mailbox_id: int | None
        mailbox_id = self.mailbox_id

        message_id: None | str
        message_id = self.message_id

        reason = self.reason

        received_at = self.received_at.isoformat()

        resolved_at: None | str
        if isinstance(self.resolved_at, datetime.datetime):
            resolved_at = self.resolved_at.isoformat()
        else:
            resolved_at = self.resolved_at

        resolved_by_id: int | None
        resolved_by_id = self.resolved_by_id

        sender = self.sender

        size = self.size

        status = self.status.value

        subject = self.subject

        ticket_number: int | None
        ticket_number = self.ticket_number

        version = self.version

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "has_raw": has_raw,
                "headers": headers,
                "id": id,
                "mailbox_id": mailbox_id,
                "message_id": message_id,
                "reason": reason,
                "received_at": received_at,
                "resolved_at": resolved_at,
                "resolved_by_id": resolved_by_id,
                "sender": sender,
                "size": size,
                "status": status,
                "subject": subject,
                "ticket_number": ticket_number,
                "version": version,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.quarantined_mail_out_headers import QuarantinedMailOutHeaders  # noqa: PLC0415

        d = dict(src_dict)
        has_raw = d.pop("has_raw")

        headers = QuarantinedMailOutHeaders.from_dict(d.pop("headers"))

        id = d.pop("id")

        def _parse_mailbox_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        mailbox_id = _parse_mailbox_id(d.pop("mailbox_id"))

        def _parse_message_id(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        message_id = _parse_message_id(d.pop("message_id"))

        reason = d.pop("reason")

        received_at = datetime.datetime.fromisoformat(d.pop("received_at"))

        def _parse_resolved_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                resolved_at_type_0 = datetime.datetime.fromisoformat(data)

                return resolved_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        resolved_at = _parse_resolved_at(d.pop("resolved_at"))

        def _parse_resolved_by_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        resolved_by_id = _parse_resolved_by_id(d.pop("resolved_by_id"))

        sender = d.pop("sender")

        size = d.pop("size")

        status = QuarantinedMailOutStatus(d.pop("status"))

        subject = d.pop("subject")

        def _parse_ticket_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ticket_number = _parse_ticket_number(d.pop("ticket_number"))

        version = d.pop("version")

        quarantined_mail_out = cls(
            has_raw=has_raw,
            headers=headers,
            id=id,
            mailbox_id=mailbox_id,
            message_id=message_id,
            reason=reason,
            received_at=received_at,
            resolved_at=resolved_at,
            resolved_by_id=resolved_by_id,
            sender=sender,
            size=size,
            status=status,
            subject=subject,
            ticket_number=ticket_number,
            version=version,
        )

        quarantined_mail_out.additional_properties = d
        return quarantined_mail_out

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
