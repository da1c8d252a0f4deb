from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail_quarantine_list_status import MailQuarantineListStatus
from ...models.page_quarantined_mail_out import PageQuarantinedMailOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: MailQuarantineListStatus | Unset = MailQuarantineListStatus.HELD,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_status: str | Unset = UNSET
    if not isinstance(status, Unset):
        json_status = status.value

    params["status"] = json_status

    params["limit"] = limit

    json_cursor: None | str | Unset
    if isinstance(cursor, Unset):
        json_cursor = UNSET
    else:
        json_cursor = cursor
    params["cursor"] = json_cursor

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/mail/quarantine",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageQuarantinedMailOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageQuarantinedMailOut.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Response[PageQuarantinedMailOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: MailQuarantineListStatus | Unset = MailQuarantineListStatus.HELD,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageQuarantinedMailOut | Problem]:
    """Incoming mail that became no ticket, newest first

     Needs the scope `admin`.

    Args:
        status (MailQuarantineListStatus | Unset):  Default: MailQuarantineListStatus.HELD.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageQuarantinedMailOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    status: MailQuarantineListStatus | Unset = MailQuarantineListStatus.HELD,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageQuarantinedMailOut | Problem | None:
    """Incoming mail that became no ticket, newest first

     Needs the scope `admin`.

    Args:
        status (MailQuarantineListStatus | Unset):  Default: MailQuarantineListStatus.HELD.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageQuarantinedMailOut | Problem
    """

    return sync_detailed(
        client=client,
        status=status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: MailQuarantineListStatus | Unset = MailQuarantineListStatus.HELD,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageQuarantinedMailOut | Problem]:
    """Incoming mail that became no ticket, newest first

     Needs the scope `admin`.

    Args:
        status (MailQuarantineListStatus | Unset):  Default: MailQuarantineListStatus.HELD.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageQuarantinedMailOut | Problem]
    """

    kwargs = _get_kwargs(
        status=status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: MailQuarantineListStatus | Unset = MailQuarantineListStatus.HELD,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageQuarantinedMailOut | Problem | None:
    """Incoming mail that became no ticket, newest first

     Needs the scope `admin`.

    Args:
        status (MailQuarantineListStatus | Unset):  Default: MailQuarantineListStatus.HELD.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageQuarantinedMailOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
