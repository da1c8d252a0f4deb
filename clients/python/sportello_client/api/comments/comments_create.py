from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.comment_create import CommentCreate
from ...models.comment_out import CommentOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    number: int,
    *,
    body: CommentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{number}/comments".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> CommentOut | Problem | None:
    if response.status_code == 201:
        response_201 = CommentOut.from_dict(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 413:
        response_413 = Problem.from_dict(response.json())

        return response_413

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[CommentOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: CommentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CommentOut | Problem]:
    """Reply publicly or add an internal note (staff)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    body: CommentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> CommentOut | Problem | None:
    """Reply publicly or add an internal note (staff)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentOut | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: CommentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CommentOut | Problem]:
    """Reply publicly or add an internal note (staff)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CommentOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    body: CommentCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> CommentOut | Problem | None:
    """Reply publicly or add an internal note (staff)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (CommentCreate):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CommentOut | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
