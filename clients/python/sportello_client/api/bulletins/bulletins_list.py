from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulletin_state import BulletinState
from ...models.page_bulletin_out import PageBulletinOut
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    state: BulletinState | Unset = UNSET,
    ticket: int | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_state: str | Unset = UNSET
    if not isinstance(state, Unset):
        json_state = state.value

    params["state"] = json_state

    json_ticket: int | None | Unset
    if isinstance(ticket, Unset):
        json_ticket = UNSET
    else:
        json_ticket = ticket
    params["ticket"] = json_ticket

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
        "url": "/api/v1/bulletins",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageBulletinOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageBulletinOut.from_dict(response.json())

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
) -> Response[PageBulletinOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    state: BulletinState | Unset = UNSET,
    ticket: int | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageBulletinOut | Problem]:
    """Bulletins, newest first (customers: the active ones meant for them)

     Customers read the active bulletins meant for everyone, and the ones they follow after they end
    (with their resolution). `ticket` narrows the list to the bulletin whose incident that ticket is
    part of, if the caller may read both.

    Needs the scope `tickets:read`.

    Args:
        state (BulletinState | Unset):
        ticket (int | None | Unset): A ticket's number.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageBulletinOut | Problem]
    """

    kwargs = _get_kwargs(
        state=state,
        ticket=ticket,
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
    state: BulletinState | Unset = UNSET,
    ticket: int | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageBulletinOut | Problem | None:
    """Bulletins, newest first (customers: the active ones meant for them)

     Customers read the active bulletins meant for everyone, and the ones they follow after they end
    (with their resolution). `ticket` narrows the list to the bulletin whose incident that ticket is
    part of, if the caller may read both.

    Needs the scope `tickets:read`.

    Args:
        state (BulletinState | Unset):
        ticket (int | None | Unset): A ticket's number.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageBulletinOut | Problem
    """

    return sync_detailed(
        client=client,
        state=state,
        ticket=ticket,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    state: BulletinState | Unset = UNSET,
    ticket: int | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageBulletinOut | Problem]:
    """Bulletins, newest first (customers: the active ones meant for them)

     Customers read the active bulletins meant for everyone, and the ones they follow after they end
    (with their resolution). `ticket` narrows the list to the bulletin whose incident that ticket is
    part of, if the caller may read both.

    Needs the scope `tickets:read`.

    Args:
        state (BulletinState | Unset):
        ticket (int | None | Unset): A ticket's number.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageBulletinOut | Problem]
    """

    kwargs = _get_kwargs(
        state=state,
        ticket=ticket,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    state: BulletinState | Unset = UNSET,
    ticket: int | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageBulletinOut | Problem | None:
    """Bulletins, newest first (customers: the active ones meant for them)

     Customers read the active bulletins meant for everyone, and the ones they follow after they end
    (with their resolution). `ticket` narrows the list to the bulletin whose incident that ticket is
    part of, if the caller may read both.

    Needs the scope `tickets:read`.

    Args:
        state (BulletinState | Unset):
        ticket (int | None | Unset): A ticket's number.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageBulletinOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            state=state,
            ticket=ticket,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
