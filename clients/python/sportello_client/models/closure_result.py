from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.customer_ticket_out import CustomerTicketOut
    from ..models.merge_moves import MergeMoves
    from ..models.ticket_out import TicketOut


T = TypeVar("T", bound="ClosureResult")


@_attrs_define
class ClosureResult:
    """
    Attributes:
        ticket (CustomerTicketOut | TicketOut):
        moved (MergeMoves | None | Unset): For a merge: what moved.
        resolved_incidents (list[int] | Unset): Numbers of the incidents resolved with the problem.
    """

    ticket: CustomerTicketOut | TicketOut
    moved: MergeMoves | None | Unset = UNSET
    resolved_incidents: list[int] | Unset = UNSET
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        from ..models.merge_moves import MergeMoves  # noqa: PLC0415
        from ..models.ticket_out import TicketOut  # noqa: PLC0415

        ticket: dict[str, Any]
        if isinstance(self.ticket, TicketOut):
            ticket = self.ticket.to_dict()
        else:
            ticket = self.ticket.to_dict()

        moved: dict[str, Any] | None | Unset
        if isinstance(self.moved, Unset):
            moved = UNSET
        elif isinstance(self.moved, MergeMoves):
            moved = self.moved.to_dict()
        else:
            moved = self.moved

        resolved_incidents: list[int] | Unset = UNSET
        if not isinstance(self.resolved_incidents, Unset):
            resolved_incidents = self.resolved_incidents

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "ticket": ticket,
            }
        )
        if moved is not UNSET:
            field_dict["moved"] = moved
        if resolved_incidents is not UNSET:
            field_dict["resolved_incidents"] = resolved_incidents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.customer_ticket_out import CustomerTicketOut  # noqa: PLC0415
        from ..models.merge_moves import MergeMoves  # noqa: PLC0415
        from ..models.ticket_out import TicketOut  # noqa: PLC0415

        d = dict(src_dict)

        def _parse_ticket(data: object) -> CustomerTicketOut | TicketOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                ticket_type_0 = TicketOut.from_dict(data)

                return ticket_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            ticket_type_1 = CustomerTicketOut.from_dict(data)

            return ticket_type_1

        ticket = _parse_ticket(d.pop("ticket"))

        def _parse_moved(data: object) -> MergeMoves | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                moved_type_0 = MergeMoves.from_dict(data)

                return moved_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(MergeMoves | None | Unset, data)

        moved = _parse_moved(d.pop("moved", UNSET))

        resolved_incidents = cast(list[int], d.pop("resolved_incidents", UNSET))

        closure_result = cls(
            ticket=ticket,
            moved=moved,
            resolved_incidents=resolved_incidents,
        )

        closure_result.additional_properties = d
        return closure_result

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
