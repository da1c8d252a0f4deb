from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.closure_code import ClosureCode
from ..models.status import Status
from ..models.ticket_type import TicketType

T = TypeVar("T", bound="LinkedTicket")


@_attrs_define
class LinkedTicket:
    """
    Attributes:
        closure_code (ClosureCode | None):
        number (int):
        reference (str):
        status (Status):
        subject (str):
        type_ (TicketType):
    """

    closure_code: ClosureCode | None
    number: int
    reference: str
    status: Status
    subject: str
    type_: TicketType
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        closure_code: None | str
        if isinstance(self.closure_code, ClosureCode):
            closure_code = self.closure_code.value
        else:
            closure_code = self.closure_code

        number = self.number

        reference = self.reference

        status = self.status.value

        subject = self.subject

        type_ = self.type_.value

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "closure_code": closure_code,
                "number": number,
                "reference": reference,
                "status": status,
                "subject": subject,
                "type": type_,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_closure_code(data: object) -> ClosureCode | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                closure_code_type_0 = ClosureCode(data)

                return closure_code_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(ClosureCode | None, data)

        closure_code = _parse_closure_code(d.pop("closure_code"))

        number = d.pop("number")

        reference = d.pop("reference")

        status = Status(d.pop("status"))

        subject = d.pop("subject")

        type_ = TicketType(d.pop("type"))

        linked_ticket = cls(
            closure_code=closure_code,
            number=number,
            reference=reference,
            status=status,
            subject=subject,
            type_=type_,
        )

        linked_ticket.additional_properties = d
        return linked_ticket

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
