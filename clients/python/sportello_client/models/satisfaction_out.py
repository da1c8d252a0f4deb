from __future__ import annotations

import datetime
from collections.abc import Mapping
from typing import Any, TypeVar, cast

from attrs import define as _attrs_define
from attrs import field as _attrs_field

from ..models.survey_channel import SurveyChannel

T = TypeVar("T", bound="SatisfactionOut")


@_attrs_define
class SatisfactionOut:
    """A ticket's survey as the caller may see it. All null when none was offered or answered;
    the comment is shown to its author and the support team only.

        Attributes:
            answered_at (datetime.datetime | None): The first answer.
            can_rate (bool): Whether the caller may answer, or change the answer, now.
            channel (None | SurveyChannel): Where the answer came from.
            comment (None | str):
            offered_at (datetime.datetime | None): When the ticket's resolution offered it.
            rating (int | None): 1 (very unhappy) to 5 (very happy); 1 and 2 count as a bad rating.
            updated_at (datetime.datetime | None): The last change of the answer.
    """

    answered_at: datetime.datetime | None
    can_rate: bool
    channel: None | SurveyChannel
    comment: None | str
    offered_at: datetime.datetime | None
    rating: int | None
    updated_at: datetime.datetime | None
    additional_properties: dict[str, Any] = _attrs_field(init=False, factory=dict)

    def to_dict(self) -> dict[str, Any]:
        answered_at: None | str
        if isinstance(self.answered_at, datetime.datetime):
            answered_at = self.answered_at.isoformat()
        else:
            answered_at = self.answered_at

        can_rate = self.can_rate

        channel: None | str
        if isinstance(self.channel, SurveyChannel):
            channel = self.channel.value
        else:
            channel = self.channel

        comment: None | str
        comment = self.comment

        offered_at: None | str
        if isinstance(self.offered_at, datetime.datetime):
            offered_at = self.offered_at.isoformat()
        else:
            offered_at = self.offered_at

        rating: int | None
        rating = self.rating

        updated_at: None | str
        if isinstance(self.updated_at, datetime.datetime):
            updated_at = self.updated_at.isoformat()
        else:
            updated_at = self.updated_at

        field_dict: dict[str, Any] = {}
        field_dict.update(self.additional_properties)
        field_dict.update(
            {
                "answered_at": answered_at,
                "can_rate": can_rate,
                "channel": channel,
                "comment": comment,
                "offered_at": offered_at,
                "rating": rating,
                "updated_at": updated_at,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)

        def _parse_answered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                answered_at_type_0 = datetime.datetime.fromisoformat(data)

                return answered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        answered_at = _parse_answered_at(d.pop("answered_at"))

        can_rate = d.pop("can_rate")

        def _parse_channel(data: object) -> None | SurveyChannel:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                channel_type_0 = SurveyChannel(data)

                return channel_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(None | SurveyChannel, data)

        channel = _parse_channel(d.pop("channel"))

        def _parse_comment(data: object) -> None | str:
            if data is None:
                return data
            return cast(None | str, data)

        comment = _parse_comment(d.pop("comment"))

        def _parse_offered_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                offered_at_type_0 = datetime.datetime.fromisoformat(data)

                return offered_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        offered_at = _parse_offered_at(d.pop("offered_at"))

        def _parse_rating(data: object) -> int | None:
            if data is None:
                return data
            return cast(int | None, data)

        rating = _parse_rating(d.pop("rating"))

        def _parse_updated_at(data: object) -> datetime.datetime | None:
            if data is None:
                return data
            try:
                if not isinstance(data, str):
                    raise TypeError()
                updated_at_type_0 = datetime.datetime.fromisoformat(data)

                return updated_at_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            return cast(datetime.datetime | None, data)

        updated_at = _parse_updated_at(d.pop("updated_at"))

        satisfaction_out = cls(
            answered_at=answered_at,
            can_rate=can_rate,
            channel=channel,
            comment=comment,
            offered_at=offered_at,
            rating=rating,
            updated_at=updated_at,
        )

        satisfaction_out.additional_properties = d
        return satisfaction_out

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
