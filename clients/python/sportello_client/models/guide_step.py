from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.answer import Answer

if TYPE_CHECKING:
    from ..models.guide_path_step import GuidePathStep
    from ..models.guide_step_node import GuideStepNode


T = TypeVar("T", bound="GuideStep")


@_attrs_define
class GuideStep:
    """
    Attributes:
        answers_allowed (list[Answer]):
        finished (bool): True at a leaf: a solution, or the offer of a ticket.
        guide_id (int):
        node (GuideStepNode):
        path (list[GuidePathStep]):
        revision (int): The guide revision walked; send it back to stay on it.
    """

    answers_allowed: list[Answer]
    finished: bool
    guide_id: int
    node: GuideStepNode
    path: list[GuidePathStep]
    revision: int
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answers_allowed = []
        for answers_allowed_item_data in self.answers_allowed:
            answers_allowed_item = answers_allowed_item_data.value
            answers_allowed.append(answers_allowed_item)

        finished = self.finished

        guide_id = self.guide_id

        node = self.node.to_dict()

        path = []
        for path_item_data in self.path:
            path_item = path_item_data.to_dict()
            path.append(path_item)

        revision = self.revision

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answers_allowed": answers_allowed,
                "finished": finished,
                "guide_id": guide_id,
                "node": node,
                "path": path,
                "revision": revision,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guide_path_step import GuidePathStep  # noqa: PLC0415
        from ..models.guide_step_node import GuideStepNode  # noqa: PLC0415

        d = dict(src_dict)
        answers_allowed = []
        _answers_allowed = d.pop("answers_allowed")
        for answers_allowed_item_data in _answers_allowed:
            answers_allowed_item = Answer(answers_allowed_item_data)

            answers_allowed.append(answers_allowed_item)

        finished = d.pop("finished")

        guide_id = d.pop("guide_id")

        node = GuideStepNode.from_dict(d.pop("node"))

        path = []
        _path = d.pop("path")
        for path_item_data in _path:
            path_item = GuidePathStep.from_dict(path_item_data)

            path.append(path_item)

        revision = d.pop("revision")

        guide_step = cls(
            answers_allowed=answers_allowed,
            finished=finished,
            guide_id=guide_id,
            node=node,
            path=path,
            revision=revision,
        )

        guide_step.additional_properties = d
        return guide_step

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
