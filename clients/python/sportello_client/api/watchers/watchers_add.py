from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.watcher_out import WatcherOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    number: int,
    user_id: int,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/tickets/{number}/watchers/{user_id}".format(
            number=quote(str(number), safe=""),
            user_id=quote(str(user_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | WatcherOut | None:
    if response.status_code == 200:
        response_200 = WatcherOut.from_dict(response.json())

        return response_200

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | WatcherOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    number: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | WatcherOut]:
    """Follow the ticket (yourself; the support team may add colleagues of the requester)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        user_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WatcherOut]
    """

    kwargs = _get_kwargs(
        number=number,
        user_id=user_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | WatcherOut | None:
    """Follow the ticket (yourself; the support team may add colleagues of the requester)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        user_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WatcherOut
    """

    return sync_detailed(
        number=number,
        user_id=user_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    number: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[Problem | WatcherOut]:
    """Follow the ticket (yourself; the support team may add colleagues of the requester)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        user_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | WatcherOut]
    """

    kwargs = _get_kwargs(
        number=number,
        user_id=user_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    user_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Problem | WatcherOut | None:
    """Follow the ticket (yourself; the support team may add colleagues of the requester)

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        user_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | WatcherOut
    """

    return (
        await asyncio_detailed(
            number=number,
            user_id=user_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
