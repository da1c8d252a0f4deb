from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.merge_preview import MergePreview
from ...models.problem import Problem
from ...types import UNSET, Response


def _get_kwargs(
    number: int,
    *,
    into: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["into"] = into

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/tickets/{number}/merge-preview".format(
            number=quote(str(number), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MergePreview | Problem | None:
    if response.status_code == 200:
        response_200 = MergePreview.from_dict(response.json())

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

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[MergePreview | Problem]:
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
    into: int,
) -> Response[MergePreview | Problem]:
    """What merging this ticket into another would move (staff)

     Needs the scope `tickets:read`.

    Args:
        number (int): The ticket number (the reference without prefix).
        into (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergePreview | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        into=into,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    into: int,
) -> MergePreview | Problem | None:
    """What merging this ticket into another would move (staff)

     Needs the scope `tickets:read`.

    Args:
        number (int): The ticket number (the reference without prefix).
        into (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergePreview | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        into=into,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    into: int,
) -> Response[MergePreview | Problem]:
    """What merging this ticket into another would move (staff)

     Needs the scope `tickets:read`.

    Args:
        number (int): The ticket number (the reference without prefix).
        into (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MergePreview | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        into=into,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    into: int,
) -> MergePreview | Problem | None:
    """What merging this ticket into another would move (staff)

     Needs the scope `tickets:read`.

    Args:
        number (int): The ticket number (the reference without prefix).
        into (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MergePreview | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            into=into,
        )
    ).parsed
