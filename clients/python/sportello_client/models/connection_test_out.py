from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

T = TypeVar("T", bound="ConnectionTestOut")


@_attrs_define
class ConnectionTestOut:
    """
    Attributes:
        elapsed_ms (int):
        error (None | str): Why it failed, in words; null when it worked.
        message_count (int | None): Messages in the folder, when signed in.
        ok (bool):
    """

    elapsed_ms: int
    error: None | str
    message_count: int | None
    ok: bool
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        elapsed_ms = self.elapsed_ms

        error: None | str
        error = self.error

        message_count: int | None
        message_count = self.message_count

        ok = self.ok

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "elapsed_ms": elapsed_ms,
                "error": error,
                "message_count": message_count,
                "ok": ok,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        elapsed_ms = d.pop("elapsed_ms")

        def _parse_error(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        error = _parse_error(d.pop("error"))

        def _parse_message_count(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        message_count = _parse_message_count(d.pop("message_count"))

        ok = d.pop("ok")

        connection_test_out = cls(
            elapsed_ms=elapsed_ms,
            error=error,
            message_count=message_count,
            ok=ok,
        )

        connection_test_out.additional_properties = d
        return connection_test_out

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
