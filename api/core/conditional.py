"""ETag / If-Match / If-None-Match from a version column (never a hash of the body)."""

from typing import Annotated

from fastapi import Header

from api.core.errors import PreconditionFailed

IfMatch = Annotated[
    str | None,
    Header(
        alias="If-Match",
        description="The ETag you last read; if it is stale the change is refused with 412. "
        "Without it the change is made unconditionally.",
    ),
]
IfNoneMatch = Annotated[str | None, Header(alias="If-None-Match")]


def etag(kind: str, identity: int, version: int) -> str:
    return f'"{kind}-{identity}-v{version}"'


def _tags(header: str) -> set[str]:
    return {t.strip().removeprefix("W/") for t in header.split(",") if t.strip()}


def matches(header: str | None, current: str) -> bool:
    if header is None:
        return False
    tags = _tags(header)
    return "*" in tags or current in tags


def require_match(if_match: str | None, current: str, what: str = "ticket") -> None:
    """A stale If-Match means someone else changed the resource since it was read."""
    if if_match is not None and not matches(if_match, current):
        raise PreconditionFailed(
            f"Someone else changed this {what} since you read it; reload and try again."
        )
