from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

from ..models.resolution_answer import ResolutionAnswer

T = TypeVar("T", bound="ResolutionAnswerIn")


@_attrs_define
class ResolutionAnswerIn:
    """
    Attributes:
        action (ResolutionAnswer):
        token (str):
    """

    action: ResolutionAnswer
    token: str

    def to_dict(self) -> dict[str, Any]:
        action = self.action.value

        token = self.token

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "action": action,
                "token": token,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        action = ResolutionAnswer(d.pop("action"))

        token = d.pop("token")

        resolution_answer_in = cls(
            action=action,
            token=token,
        )

        return resolution_answer_in
