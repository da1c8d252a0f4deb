from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.quarantined_mail_out import QuarantinedMailOut
from ...types import Response


def _get_kwargs(
    quarantine_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mail/quarantine/{quarantine_id}".format(
            quarantine_id=quote(str(quarantine_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | QuarantinedMailOut | None:
    if response.status_code == 200:
        response_200 = QuarantinedMailOut.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[Problem | QuarantinedMailOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | QuarantinedMailOut]:
    """One quarantined message: its headers, size and why it was kept out

     Needs the scope `admin`.

    Args:
        quarantine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuarantinedMailOut]
    """

    kwargs = _get_kwargs(
        quarantine_id=quarantine_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | QuarantinedMailOut | None:
    """One quarantined message: its headers, size and why it was kept out

     Needs the scope `admin`.

    Args:
        quarantine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuarantinedMailOut
    """

    return sync_detailed(
        quarantine_id=quarantine_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[Problem | QuarantinedMailOut]:
    """One quarantined message: its headers, size and why it was kept out

     Needs the scope `admin`.

    Args:
        quarantine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | QuarantinedMailOut]
    """

    kwargs = _get_kwargs(
        quarantine_id=quarantine_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
) -> Problem | QuarantinedMailOut | None:
    """One quarantined message: its headers, size and why it was kept out

     Needs the scope `admin`.

    Args:
        quarantine_id (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | QuarantinedMailOut
    """

    return (
        await asyncio_detailed(
            quarantine_id=quarantine_id,
            client=client,
        )
    ).parsed
