"""Settings read from SPORTELLO_* environment variables."""

from functools import lru_cache
from ipaddress import ip_network
from pathlib import Path
from typing import Annotated

from pydantic import Field, field_validator, model_validator
from pydantic_settings import BaseSettings, NoDecode, SettingsConfigDict

# The built SPA (`npm run build` in frontend/); served at / when it exists.
DEFAULT_FRONTEND_DIST = Path(__file__).resolve().parents[2] / "frontend" / "dist"


def split_list(value: str) -> list[str]:
    return [entry.strip() for entry in value.split(",") if entry.strip()]


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_prefix="SPORTELLO_", extra="ignore")

    data_dir: Path = Path("./data")
    database_url: str = ""
    ticket_prefix: str = "HD-"
    token_ttl_hours: int = Field(default=12, ge=1)
    api_token_ttl_days: int = Field(default=365, ge=1)
    api_token_max_days: int = Field(default=365, ge=1, le=3650)
    max_upload_bytes: int = Field(default=10 * 1024 * 1024, ge=1)
    # Every request body but an upload (JSON, forms); refused with 413 before it is read.
    max_json_bytes: int = Field(default=1024 * 1024, ge=1)
    allow_self_signup: bool = False
    # Failed sign-ins counted per window: on one account from one address, from one address
    # on any accounts, and on one account from every address together (see README, Security).
    login_max_failures_per_account: int = Field(default=5, ge=1)
    login_max_failures_per_address: int = Field(default=20, ge=1)
    login_max_failures_per_account_everywhere: int = Field(default=100, ge=1)
    login_window_seconds: int = Field(default=300, ge=1)
    signup_max_per_address: int = Field(default=10, ge=1)
    # Addresses or networks of reverse proxies whose X-Forwarded-For is believed.
    trusted_proxies: str = ""
    idempotency_ttl_hours: int = Field(default=24, ge=1)
    # Resolved tickets with no answer from the requester close after this many days; 0: never.
    auto_close_days: int = Field(default=7, ge=0, le=3650)
    frontend_dist: Path | None = DEFAULT_FRONTEND_DIST
    # Hosts remote images in markdown may load from, comma-separated ("*.example.com" for
    # subdomains); images from any other host are shown as links. Relative images always load.
    markdown_image_hosts: Annotated[tuple[str, ...], NoDecode] = ()
    # Background jobs (README, Background work): whether `sportello serve` runs them too
    # (unset: on SQLite yes, on PostgreSQL no, as `sportello worker` does), how often an idle
    # worker looks for due jobs, and extra modules of tasks to load (comma-separated).
    serve_jobs: bool | None = None
    jobs_poll_seconds: float = Field(default=1.0, gt=0, le=60)
    jobs_keep_days: int = Field(default=14, ge=1)  # then succeeded jobs are purged
    task_modules: str = ""
    # Signs links sent by email, Message-IDs and webhook payloads. Unset: a random key kept in
    # <data_dir>/secret_key (set it when API processes do not share a data directory).
    secret_key: str = ""
    # Where people reach the SPA: links in email point there.
    public_url: str = "http://127.0.0.1:8000"
    # Outgoing mail (README, Email): the desk's address, and the SMTP server that sends it.
    mail_from: str = "Sportello <support@sportello.localhost>"
    smtp_host: str = ""  # unset: mail waits in the outbox, nothing is sent
    smtp_port: int = Field(default=25, ge=1, le=65535)
    smtp_username: str = ""
    smtp_password: str = ""
    smtp_starttls: bool = False
    smtp_ssl: bool = False
    # How long the one-click rating links of a resolution email work (README, Satisfaction).
    satisfaction_link_days: int = Field(default=30, ge=1, le=365)
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

    @field_validator("trusted_proxies")
    @classmethod
    def proxies_are_networks(cls, value: str) -> str:
        for entry in split_list(value):
            ip_network(entry, strict=False)
        return value

    @property
    def trusted_proxy_list(self) -> list[str]:
        return split_list(self.trusted_proxies)

    @property
    def task_module_list(self) -> list[str]:
        return split_list(self.task_modules)

    @property
    def runs_jobs_when_serving(self) -> bool:
        return self.is_sqlite if self.serve_jobs is None else self.serve_jobs

    @property
    def api_token_default_days(self) -> int:
        """The lifetime a token gets when none is asked for, never beyond the maximum."""
        return min(self.api_token_ttl_days, self.api_token_max_days)

    @property
    def attachments_dir(self) -> Path:
        return self.data_dir / "attachments"

    @property
    def is_sqlite(self) -> bool:
        return self.database_url.startswith("sqlite")


@lru_cache
def get_settings() -> Settings:
    return Settings()
