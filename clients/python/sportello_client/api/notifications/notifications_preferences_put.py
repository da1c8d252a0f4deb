from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.notification_preferences_in import NotificationPreferencesIn
from ...models.notification_preferences_out import NotificationPreferencesOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: NotificationPreferencesIn,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/me/notification-preferences",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> NotificationPreferencesOut | Problem | None:
    if response.status_code == 200:
        response_200 = NotificationPreferencesOut.from_dict(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
) -> Response[NotificationPreferencesOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesIn,
    if_match: None | str | Unset = UNSET,
) -> Response[NotificationPreferencesOut | Problem]:
    """Choose which emails you receive, and their language

     Needs the scope `account`.

    Args:
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (NotificationPreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesIn,
    if_match: None | str | Unset = UNSET,
) -> NotificationPreferencesOut | Problem | None:
    """Choose which emails you receive, and their language

     Needs the scope `account`.

    Args:
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (NotificationPreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferencesOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesIn,
    if_match: None | str | Unset = UNSET,
) -> Response[NotificationPreferencesOut | Problem]:
    """Choose which emails you receive, and their language

     Needs the scope `account`.

    Args:
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (NotificationPreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[NotificationPreferencesOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: NotificationPreferencesIn,
    if_match: None | str | Unset = UNSET,
) -> NotificationPreferencesOut | Problem | None:
    """Choose which emails you receive, and their language

     Needs the scope `account`.

    Args:
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (NotificationPreferencesIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        NotificationPreferencesOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
