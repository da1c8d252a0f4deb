from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answer import Answer

T = TypeVar("T", bound="GuidePathStep")


@_attrs_define
class GuidePathStep:
    """
    Attributes:
        answer (Answer):
        node_id (str):
        question (str):
    """

    answer: Answer
    node_id: str
    question: str
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answer = self.answer.value

        node_id = self.node_id

        question = self.question

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answer": answer,
                "node_id": node_id,
                "question": question,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        answer = Answer(d.pop("answer"))

        node_id = d.pop("node_id")

        question = d.pop("question")

        guide_path_step = cls(
            answer=answer,
            node_id=node_id,
            question=question,
        )

        guide_path_step.additional_properties = d
        return guide_path_step

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
