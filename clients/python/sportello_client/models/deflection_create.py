from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.answer import Answer
from ..types import UNSET, Unset

T = TypeVar("T", bound="DeflectionCreate")


@_attrs_define
class DeflectionCreate:
    """The answer to “Did this solve your problem?” after a suggested article or a guide.

    Attributes:
        solved (bool):
        answers (list[Answer] | None | Unset): Guides: the answers given.
        article_id (int | None | Unset): The article or guide followed.
        query (None | str | Unset): What was typed.
    """

    solved: bool
    answers: list[Answer] | None | Unset = UNSET
    article_id: int | None | Unset = UNSET
    query: None | str | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        solved = self.solved

        answers: list[str] | None | Unset
        if isinstance(self.answers, Unset):
            answers = UNSET
        elif isinstance(self.answers, list):
            answers = []
            for answers_type_0_item_data in self.answers:
                answers_type_0_item = answers_type_0_item_data.value
                answers.append(answers_type_0_item)

        else:
            answers = self.answers

        article_id: int | None | Unset
        if isinstance(self.article_id, Unset):
            article_id = UNSET
        else:
            article_id = self.article_id

        query: None | str | Unset
        if isinstance(self.query, Unset):
            query = UNSET
        else:
            query = self.query

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "solved": solved,
            }
        )
        if answers is not UNSET:
            field_dict["answers"] = answers
        if article_id is not UNSET:
            field_dict["article_id"] = article_id
        if query is not UNSET:
            field_dict["query"] = query

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        solved = d.pop("solved")

        def _parse_answers(data: object) -> list[Answer] | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            try:
                if not isinstance(data, list):
                    raise TypeError()
                answers_type_0 = []
                _answers_type_0 = data
                for answers_type_0_item_data in _answers_type_0:
                    answers_type_0_item = Answer(answers_type_0_item_data)

                    answers_type_0.append(answers_type_0_item)

                return answers_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(list[Answer] | None | Unset, data)

        answers = _parse_answers(d.pop("answers", UNSET))

        def _parse_article_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        article_id = _parse_article_id(d.pop("article_id", UNSET))

        def _parse_query(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        query = _parse_query(d.pop("query", UNSET))

        deflection_create = cls(
            solved=solved,
            answers=answers,
            article_id=article_id,
            query=query,
        )

        return deflection_create
