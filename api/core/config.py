"""Settings read from SPORTELLO_* environment variables."""

from functools import lru_cache
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# The built SPA (`npm run build` in frontend/); served at / when it exists.
DEFAULT_FRONTEND_DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SPORTELLO_", extra="ignore")

    data_dir: Path = Path("./data")
    database_url: str = ""
    ticket_prefix: str = "HD-"
    token_ttl_hours: int = Field(default=12, ge=1)
    api_token_ttl_days: int = Field(default=365, ge=1)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1)
    # Every request body but an upload (JSON, forms); refused with 413 before it is read.
    max_json_bytes: int = Field(default=1024 * 1024, ge=1)
    allow_self_signup: bool = False
    login_max_attempts_per_account: int = Field(default=5, ge=1)
    login_max_attempts_per_address: int = Field(default=20, ge=1)
    login_window_seconds: int = Field(default=300, ge=1)
    idempotency_ttl_hours: int = Field(default=24, ge=1)
    frontend_dist: Path | None = DEFAULT_FRONTEND_DIST
    # Hosts remote images in markdown may load from, comma-separated ("*.example.com" for
    # subdomains); images from any other host are shown as links. Relative images always load.
    markdown_image_hosts: Annotated[tuple[str, ...], NoDecode] = ()
    # Lower Argon2 cost for test suites only; production keeps the library's defaults.
    password_hash_fast: bool = False

    @field_validator("markdown_image_hosts", mode="before")
    @classmethod
    def split_hosts(cls, value: object) -> object:
        if isinstance(value, str):
            return tuple(h.strip() for h in value.split(",") if h.strip())
        return value

    @model_validator(mode="after")
    def default_database_in_data_dir(self) -> "Settings":
        if not self.database_url:
            self.database_url = f"sqlite:///{(self.data_dir / 'sportello.db').resolve()}"
        return self

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
