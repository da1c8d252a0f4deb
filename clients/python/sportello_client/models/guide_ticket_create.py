from __future__ import annotations

from collections.abc import Mapping
from typing import TYPE_CHECKING, Any, TypeVar, cast

from attrs import define as _attrs_define

from ..models.answer import Answer
from ..models.level import Level
from ..types import UNSET, Unset

if TYPE_CHECKING:
    from ..models.guide_ticket_create_details import GuideTicketCreateDetails


T = TypeVar("T", bound="GuideTicketCreate")


@_attrs_define
class GuideTicketCreate:
    """Open the ticket a guide ends in; the path taken is attached to it.

    Attributes:
        answers (list[Answer]):
        description (str | Unset): Markdown. Default: ''.
        details (GuideTicketCreateDetails | Unset):
        impact (Level | Unset):
        requester_id (int | None | Unset): Staff only: open it on behalf of this customer.
        revision (int | None | Unset):
        subject (None | str | Unset):
        urgency (Level | Unset):
    """

    answers: list[Answer]
    description: str | Unset = ""
    details: GuideTicketCreateDetails | Unset = UNSET
    impact: Level | Unset = UNSET
    requester_id: int | None | Unset = UNSET
    revision: int | None | Unset = UNSET
    subject: None | str | Unset = UNSET
    urgency: Level | Unset = UNSET

    def to_dict(self) -> dict[str, Any]:
        answers = []
        for answers_item_data in self.answers:
            answers_item = answers_item_data.value
            answers.append(answers_item)

        description = self.description

        details: dict[str, Any] | Unset = UNSET
        if not isinstance(self.details, Unset):
            details = self.details.to_dict()

        impact: str | Unset = UNSET
        if not isinstance(self.impact, Unset):
            impact = self.impact.value

        requester_id: int | None | Unset
        if isinstance(self.requester_id, Unset):
            requester_id = UNSET
        else:
            requester_id = self.requester_id

        revision: int | None | Unset
        if isinstance(self.revision, Unset):
            revision = UNSET
        else:
            revision = self.revision

        subject: None | str | Unset
        if isinstance(self.subject, Unset):
            subject = UNSET
        else:
            subject = self.subject

        urgency: str | Unset = UNSET
        if not isinstance(self.urgency, Unset):
            urgency = self.urgency.value

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "answers": answers,
            }
        )
        if description is not UNSET:
            field_dict["description"] = description
        if details is not UNSET:
            field_dict["details"] = details
        if impact is not UNSET:
            field_dict["impact"] = impact
        if requester_id is not UNSET:
            field_dict["requester_id"] = requester_id
        if revision is not UNSET:
            field_dict["revision"] = revision
        if subject is not UNSET:
            field_dict["subject"] = subject
        if urgency is not UNSET:
            field_dict["urgency"] = urgency

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        from ..models.guide_ticket_create_details import GuideTicketCreateDetails  # noqa: PLC0415

        d = dict(src_dict)
        answers = []
        _answers = d.pop("answers")
        for answers_item_data in _answers:
            answers_item = Answer(answers_item_data)

            answers.append(answers_item)

        description = d.pop("description", UNSET)

        _details = d.pop("details", UNSET)
        details: GuideTicketCreateDetails | Unset
        if isinstance(_details, Unset):
            details = UNSET
        else:
            details = GuideTicketCreateDetails.from_dict(_details)

        _impact = d.pop("impact", UNSET)
        impact: Level | Unset
        if isinstance(_impact, Unset):
            impact = UNSET
        else:
            impact = Level(_impact)

        def _parse_requester_id(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        requester_id = _parse_requester_id(d.pop("requester_id", UNSET))

        def _parse_revision(data: object) -> int | None | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(int | None | Unset, data)

        revision = _parse_revision(d.pop("revision", UNSET))

        def _parse_subject(data: object) -> None | str | Unset:
            if data is None:
                return data
            if isinstance(data, Unset):
                return data
            return cast(None | str | Unset, data)

        subject = _parse_subject(d.pop("subject", UNSET))

        _urgency = d.pop("urgency", UNSET)
        urgency: Level | Unset
        if isinstance(_urgency, Unset):
            urgency = UNSET
        else:
            urgency = Level(_urgency)

        guide_ticket_create = cls(
            answers=answers,
            description=description,
            details=details,
            impact=impact,
            requester_id=requester_id,
            revision=revision,
            subject=subject,
            urgency=urgency,
        )

        return guide_ticket_create
