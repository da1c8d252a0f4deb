"""Integers the API accepts: the range of an INTEGER column (int4 on PostgreSQL).

Every id, number and count is stored in or compared with such a column. The OpenAPI document
states the range for every integer without bounds of its own (api/main.py), request bodies
enforce it (`InputModel`), and so does `integers_in_range` for query parameters, the same on
both databases. A path id outside it names nothing: each loader answers its own 404.
"""

from typing import Any, get_args

from fastapi import Request
from fastapi.dependencies.models import Dependant
from fastapi.routing import APIRoute

from api.core.errors import ValidationFailed

INT4_MIN = -(2**31)
INT4_MAX = 2**31 - 1
OUT_OF_RANGE = f"must be between {INT4_MIN} and {INT4_MAX}"


def is_integer_type(annotation: Any) -> bool:
    return annotation is int or int in get_args(annotation)


def out_of_range(value: Any) -> bool:
    return (
        isinstance(value, int)
        and not isinstance(value, bool)
        and not (INT4_MIN <= value <= INT4_MAX)
    )


def _integer_fields(dependant: Dependant) -> set[str]:
    found = {f.alias for f in dependant.query_params if is_integer_type(f.field_info.annotation)}
    for sub in dependant.dependencies:
        found |= _integer_fields(sub)
    return found


_by_route: dict[int, frozenset[str]] = {}


def _integer_query_parameters(route: APIRoute) -> frozenset[str]:
    found = _by_route.get(id(route))  # routes live as long as the app; they are not hashable
    if found is None:
        found = _by_route[id(route)] = frozenset(_integer_fields(route.dependant))
    return found


async def integers_in_range(request: Request) -> None:
    """A router dependency: an integer query parameter outside the range is a 422.

    Async so that it runs on the event loop, without a hand-off to the thread pool.
    """
    route = request.scope.get("route")
    if not isinstance(route, APIRoute):
        return
    for name in _integer_query_parameters(route):
        raw = request.query_params.get(name)
        try:
            value = int(raw) if raw is not None else None
        except ValueError:
            continue  # not a number at all: FastAPI's own validation names it
        if out_of_range(value):
            raise ValidationFailed.on(name, OUT_OF_RANGE)
