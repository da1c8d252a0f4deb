from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.node_type import NodeType
from ..types import UNSET, Unset

T = TypeVar("T", bound="GuideNode")


@_attrs_define
class GuideNode:
    """
    Attributes:
        id (str):
        text (str): Markdown: the yes/no question, the solution, or what the ticket is about.
        type_ (NodeType):
        category_id (int | None | Unset): Ticket leaves: file it here.
        no (None | str | Unset): Questions: the node after a no.
        team_id (int | None | Unset): Ticket leaves: escalate to this team.
        yes (None | str | Unset): Questions: the node after a yes.
    """

    id: str
    text: str
    type_: NodeType
    category_id: int | None | Unset = UNSET
    no: None | str | Unset = UNSET
    team_id: int | None | Unset = UNSET
    yes: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        id = self.id

        text = self.text

        type_ = self.type_.value

        category_id: int | None | Unset
        if isinstance(self.category_id, Unset):
            category_id = UNSET
        else:
            category_id = self.category_id

        no: None | str | Unset
        if isinstance(self.no, Unset):
            no = UNSET
        else:
            no = self.no

        team_id: int | None | Unset
        if isinstance(self.team_id, Unset):
            team_id = UNSET
        else:
            team_id = self.team_id

        yes: None | str | Unset
        if isinstance(self.yes, Unset):
            yes = UNSET
        else:
            yes = self.yes

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "id": id,
                "text": text,
                "type": type_,
            }
        )
        if category_id is not UNSET:
            field_dict["category_id"] = category_id
        if no is not UNSET:
            field_dict["no"] = no
        if team_id is not UNSET:
            field_dict["team_id"] = team_id
        if yes is not UNSET:
            field_dict["yes"] = yes

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        id = d.pop("id")

        text = d.pop("text")

        type_ = NodeType(d.pop("type"))

        def _parse_category_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        category_id = _parse_category_id(d.pop("category_id", UNSET))

        def _parse_no(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        no = _parse_no(d.pop("no", UNSET))

        def _parse_team_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        team_id = _parse_team_id(d.pop("team_id", UNSET))

        def _parse_yes(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        yes = _parse_yes(d.pop("yes", UNSET))

        guide_node = cls(
            id=id,
            text=text,
            type_=type_,
            category_id=category_id,
            no=no,
            team_id=team_id,
            yes=yes,
        )

        return guide_node
