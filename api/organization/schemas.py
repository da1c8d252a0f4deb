from datetime import datetime

from pydantic import BaseModel, ConfigDict, Field

from api.core.schemas import InputModel


class DepartmentOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str


class LocationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    address: str | None


class OrganizationOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str = Field(examples=["Comune di Verona"])
    shared_tickets: bool = Field(
        description="Customers of this organization see each other's tickets."
    )
    departments: list[DepartmentOut]
    locations: list[LocationOut]
    created_at: datetime


class OrganizationWrite(InputModel):
    name: str = Field(min_length=1, max_length=200)
    shared_tickets: bool = False


class OrganizationPatch(InputModel):
    name: str | None = Field(default=None, min_length=1, max_length=200)
    shared_tickets: bool | None = None


class DepartmentWrite(InputModel):
    name: str = Field(min_length=1, max_length=200, examples=["Accounting"])


class LocationWrite(InputModel):
    name: str = Field(min_length=1, max_length=200, examples=["Head office"])
    address: str | None = Field(default=None, max_length=500)
