from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar

from attrs import define as _attrs_define

if TYPE_CHECKING:
    from ..models.guide_node import GuideNode


T = TypeVar("T", bound="GuideTree")


@_attrs_define
class GuideTree:
    """A yes/no tree: checked on save (one tree, no cycle, no dangling branch, all reachable).

    A refused tree names each problem on its node in `errors[].field`: `tree.nodes.<id>` for
    the node itself (unreachable, duplicate id), `tree.nodes.<id>.yes` / `.no` for a branch
    (cycle, shared or dangling), `tree.nodes.<id>.team_id` / `.category_id` for an unknown
    team or category, and `tree.start` / `tree.nodes` for the tree as a whole. Schema errors
    (a missing text, a bad id) name the node by its position: `tree.nodes.<index>.text`.

        Attributes:
            nodes (list[GuideNode]):
            start (str):
    """

    nodes: list[GuideNode]
    start: str

    def to_dict(self) -> dict[str, Any]:
        nodes = []
        for nodes_item_data in self.nodes:
            nodes_item = nodes_item_data.to_dict()
            nodes.append(nodes_item)

        start = self.start

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "nodes": nodes,
                "start": start,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guide_node import GuideNode  # noqa: PLC0415

        d = dict(src_dict)
        nodes = []
        _nodes = d.pop("nodes")
        for nodes_item_data in _nodes:
            nodes_item = GuideNode.from_dict(nodes_item_data)

            nodes.append(nodes_item)

        start = d.pop("start")

        guide_tree = cls(
            nodes=nodes,
            start=start,
        )

        return guide_tree
