from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.mail_ingest_out import MailIngestOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    quarantine_id: int,
    *,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/mail/quarantine/{quarantine_id}/release".format(
            quarantine_id=quote(str(quarantine_id), safe=""),
        ),
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> MailIngestOut | Problem | None:
    if response.status_code == 200:
        response_200 = MailIngestOut.from_dict(response.json())

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
) -> Response[MailIngestOut | Problem]:
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
    if_match: None | str | Unset = UNSET,
) -> Response[MailIngestOut | Problem]:
    """Take a held message in after all (limits and the staff-address rule waived)

     Needs the scope `admin`.

    Args:
        quarantine_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailIngestOut | Problem]
    """

    kwargs = _get_kwargs(
        quarantine_id=quarantine_id,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> MailIngestOut | Problem | None:
    """Take a held message in after all (limits and the staff-address rule waived)

     Needs the scope `admin`.

    Args:
        quarantine_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailIngestOut | Problem
    """

    return sync_detailed(
        quarantine_id=quarantine_id,
        client=client,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> Response[MailIngestOut | Problem]:
    """Take a held message in after all (limits and the staff-address rule waived)

     Needs the scope `admin`.

    Args:
        quarantine_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[MailIngestOut | Problem]
    """

    kwargs = _get_kwargs(
        quarantine_id=quarantine_id,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    quarantine_id: int,
    *,
    client: AuthenticatedClient,
    if_match: None | str | Unset = UNSET,
) -> MailIngestOut | Problem | None:
    """Take a held message in after all (limits and the staff-address rule waived)

     Needs the scope `admin`.

    Args:
        quarantine_id (int):
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        MailIngestOut | Problem
    """

    return (
        await asyncio_detailed(
            quarantine_id=quarantine_id,
            client=client,
            if_match=if_match,
        )
    ).parsed
