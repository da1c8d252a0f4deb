from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mailbox_out import MailboxOut
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    mailbox_id: int,
) -> dict[str, Any]:

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mailboxes/{mailbox_id}".format(
            mailbox_id=quote(str(mailbox_id), safe=""),
        ),
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> MailboxOut | Problem | None:
    if response.status_code == 200:
        response_200 = MailboxOut.from_dict(response.json())

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
) -> Response[MailboxOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    mailbox_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[MailboxOut | Problem]:
    """Get Mailbox

     Needs the scope `admin`.

    Args:
        mailbox_id (int): The mailbox's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxOut | Problem]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    mailbox_id: int,
    *,
    client: AuthenticatedClient,
) -> MailboxOut | Problem | None:
    """Get Mailbox

     Needs the scope `admin`.

    Args:
        mailbox_id (int): The mailbox's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxOut | Problem
    """

    return sync_detailed(
        mailbox_id=mailbox_id,
        client=client,
    ).parsed


async def asyncio_detailed(
    mailbox_id: int,
    *,
    client: AuthenticatedClient,
) -> Response[MailboxOut | Problem]:
    """Get Mailbox

     Needs the scope `admin`.

    Args:
        mailbox_id (int): The mailbox's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailboxOut | Problem]
    """

    kwargs = _get_kwargs(
        mailbox_id=mailbox_id,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    mailbox_id: int,
    *,
    client: AuthenticatedClient,
) -> MailboxOut | Problem | None:
    """Get Mailbox

     Needs the scope `admin`.

    Args:
        mailbox_id (int): The mailbox's id.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailboxOut | Problem
    """

    return (
        await asyncio_detailed(
            mailbox_id=mailbox_id,
            client=client,
        )
    ).parsed
