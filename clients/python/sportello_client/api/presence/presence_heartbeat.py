from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_presence_out import PagePresenceOut
from ...models.presence_in import PresenceIn
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    number: int,
    *,
    body: PresenceIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/tickets/{number}/presence".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PagePresenceOut | Problem | None:
    if response.status_code == 200:
        response_200 = PagePresenceOut.from_dict(response.json())

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
) -> Response[PagePresenceOut | Problem]:
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
    body: PresenceIn,
) -> Response[PagePresenceOut | Problem]:
    """Say you are on the ticket (every 15 s; gone 30 s after the last); who is there

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (PresenceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePresenceOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    body: PresenceIn,
) -> PagePresenceOut | Problem | None:
    """Say you are on the ticket (every 15 s; gone 30 s after the last); who is there

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (PresenceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePresenceOut | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: PresenceIn,
) -> Response[PagePresenceOut | Problem]:
    """Say you are on the ticket (every 15 s; gone 30 s after the last); who is there

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (PresenceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PagePresenceOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    body: PresenceIn,
) -> PagePresenceOut | Problem | None:
    """Say you are on the ticket (every 15 s; gone 30 s after the last); who is there

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (PresenceIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PagePresenceOut | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            body=body,
        )
    ).parsed
