from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from api.core.schemas import InputModel, Omittable
from api.user.roles import Role


class UserOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    email: str = Field(examples=["maria.rossi@example.com"])
    name: str = Field(examples=["Maria Rossi"])
    role: Role
    phone: str | None
    active: bool
    organization_id: int | None
    department_id: int | None
    location_id: int | None
    created_at: datetime


class UserSummary(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str
    email: str


class UserCreate(InputModel):
    email: EmailStr
    name: str = Field(min_length=1, max_length=200)
    role: Role = Role.customer
    password: str | None = Field(default=None, min_length=10, max_length=200)
    phone: str | None = Field(default=None, max_length=50)
    organization_id: int | None = None
    department_id: int | None = None
    location_id: int | None = None


class UserUpdate(InputModel):
    name: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    role: Omittable[Role] = None
    password: Omittable[str] = Field(default=None, min_length=10, max_length=200)
    phone: str | None = Field(default=None, max_length=50)
    active: Omittable[bool] = None
    organization_id: int | None = None
    department_id: int | None = None
    location_id: int | None = None


class ProfileUpdate(InputModel):
    """What anyone may change of their own account."""

    name: Omittable[str] = Field(default=None, min_length=1, max_length=200)
    phone: str | None = Field(default=None, max_length=50)
    password: Omittable[str] = Field(default=None, min_length=10, max_length=200)
    current_password: Omittable[str] = Field(
        default=None, max_length=200, description="Required with `password`."
    )
