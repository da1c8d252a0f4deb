from datetime import datetime

from pydantic import BaseModel, ConfigDict, EmailStr, Field

from api.auth.scopes import Scope
from api.core.schemas import InputModel


class TokenOut(BaseModel):
    access_token: str = Field(examples=["sps_Hk2...secret"])
    token_type: str = Field(default="bearer", examples=["bearer"])
    expires_in: int = Field(description="Seconds until the token expires.", examples=[43200])
    expires_at: datetime


class SignupIn(InputModel):
    email: EmailStr
    name: str = Field(min_length=1, max_length=200)
    password: str = Field(min_length=10, max_length=200)


class SignupAccepted(BaseModel):
    detail: str = Field(
        default=(
            "If this email can be used, its account is ready: sign in with the password you "
            "chose. If the email already has an account, nothing was changed."
        )
    )


class ApiTokenCreate(InputModel):
    name: str = Field(min_length=1, max_length=200, examples=["Monitoring integration"])
    scopes: list[Scope] | None = Field(
        default=None,
        min_length=1,
        max_length=len(Scope),
        description=(
            "What the token may be used for; at most the scopes your role allows (and, when "
            "you create it with another token, that token's). Omitted: the read scopes of them."
        ),
        examples=[["tickets:read", "tickets:write"]],
    )
    expires_in_days: int | None = Field(default=None, ge=1, le=3650)


class ApiTokenOut(BaseModel):
    model_config = ConfigDict(from_attributes=True)

    id: int
    name: str | None
    scopes: list[Scope]
    created_at: datetime
    expires_at: datetime
    revoked_at: datetime | None


class ApiTokenCreated(ApiTokenOut):
    token: str = Field(description="The secret; shown only in this response.")


class ScopeOut(BaseModel):
    scope: Scope
    description: str
