from __future__ import annotations

from collections.abc import Mapping
from typing import Any, TypeVar

from attrs import define as _attrs_define

T = TypeVar("T", bound="SignupIn")


@_attrs_define
class SignupIn:
    """
    Attributes:
        email (str):
        name (str):
        password (str):
    """

    email: str
    name: str
    password: str

    def to_dict(self) -> dict[str, Any]:
        email = self.email

        name = self.name

        password = self.password

        field_dict: dict[str, Any] = {}

        field_dict.update(
            {
                "email": email,
                "name": name,
                "password": password,
            }
        )

        return field_dict

    @classmethod
    def from_dict(cls: type[T], src_dict: Mapping[str, Any]) -> T:
        d = dict(src_dict)
        email = d.pop("email")

        name = d.pop("name")

        password = d.pop("password")

        signup_in = cls(
            email=email,
            name=name,
            password=password,
        )

        return signup_in
