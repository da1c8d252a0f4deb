from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.mail_ingest_out_status import MailIngestOutStatus

T = TypeVar("T", bound="MailIngestOut")


@_attrs_define
class MailIngestOut:
    """What became of one incoming message.

    Attributes:
        comment_id (int | None):
        reason (None | str): Why it was ignored or quarantined.
        status (MailIngestOutStatus):
        ticket_number (int | None): The ticket opened or answered, if any.
    """

    comment_id: int | None
    reason: None | str
    status: MailIngestOutStatus
    ticket_number: int | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        comment_id: int | None
        comment_id = self.comment_id

        reason: None | str
        reason = self.reason

        status = self.status.value

        ticket_number: int | None
        ticket_number = self.ticket_number

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "comment_id": comment_id,
                "reason": reason,
                "status": status,
                "ticket_number": ticket_number,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_comment_id(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        comment_id = _parse_comment_id(d.pop("comment_id"))

        def _parse_reason(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        reason = _parse_reason(d.pop("reason"))

        status = MailIngestOutStatus(d.pop("status"))

        def _parse_ticket_number(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        ticket_number = _parse_ticket_number(d.pop("ticket_number"))

        mail_ingest_out = cls(
            comment_id=comment_id,
            reason=reason,
            status=status,
            ticket_number=ticket_number,
        )

        mail_ingest_out.additional_properties = d
        return mail_ingest_out

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
