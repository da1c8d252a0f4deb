from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.closure_code import ClosureCode
from ..types import UNSET, Unset

T = TypeVar("T", bound="TicketClose")


@_attrs_define
class TicketClose:
    """Close an open ticket with a code. Customers may only withdraw their own request.

    Attributes:
        code (ClosureCode): How a ticket ended. Only `resolved` is a resolution: the others close it unsolved.
        duplicate_of (int | None | Unset): With `duplicate`: the number of the surviving ticket.
        force (bool | Unset): Resolve a parent while children are open (needs a reason). Default: False.
        force_reason (None | str | Unset):
        note (None | str | Unset): The resolution (required to resolve), the reason (required to reject), or a word to
            the requester (optional when withdrawing or merging).
        resolve_incidents (bool | Unset): With `resolved` on a problem: resolve its open incidents with the note.
            Default: False.
    """

    code: ClosureCode
    duplicate_of: int | None | Unset = UNSET
    force: bool | Unset = False
    force_reason: None | str | Unset = UNSET
    note: None | str | Unset = UNSET
    resolve_incidents: bool | Unset = False

    def to_dict(self) -> dict[str, Any]:
        code = self.code.value

        duplicate_of: int | None | Unset
        if isinstance(self.duplicate_of, Unset):
            duplicate_of = UNSET
        else:
            duplicate_of = self.duplicate_of

        force = self.force

        force_reason: None | str | Unset
        if isinstance(self.force_reason, Unset):
            force_reason = UNSET
        else:
            force_reason = self.force_reason

        note: None | str | Unset
        if isinstance(self.note, Unset):
            note = UNSET
        else:
            note = self.note

        resolve_incidents = self.resolve_incidents

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "code": code,
            }
        )
        if duplicate_of is not UNSET:
            field_dict["duplicate_of"] = duplicate_of
        if force is not UNSET:
            field_dict["force"] = force
        if force_reason is not UNSET:
            field_dict["force_reason"] = force_reason
        if note is not UNSET:
            field_dict["note"] = note
        if resolve_incidents is not UNSET:
            field_dict["resolve_incidents"] = resolve_incidents

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        code = ClosureCode(d.pop("code"))

        def _parse_duplicate_of(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        duplicate_of = _parse_duplicate_of(d.pop("duplicate_of", UNSET))

        force = d.pop("force", UNSET)

        def _parse_force_reason(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        force_reason = _parse_force_reason(d.pop("force_reason", UNSET))

        def _parse_note(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        note = _parse_note(d.pop("note", UNSET))

        resolve_incidents = d.pop("resolve_incidents", UNSET)

        ticket_close = cls(
            code=code,
            duplicate_of=duplicate_of,
            force=force,
            force_reason=force_reason,
            note=note,
            resolve_incidents=resolve_incidents,
        )

        return ticket_close
