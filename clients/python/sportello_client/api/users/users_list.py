from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_user_out import PageUserOut
from ...models.problem import Problem
from ...models.role import Role
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    role: None | Role | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_role: None | str | Unset
    if isinstance(role, Unset):
        json_role = UNSET
    elif isinstance(role, Role):
        json_role = role.value
    else:
        json_role = role
    params["role"] = json_role

    json_organization_id: int | None | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

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
        "url": "/api/v1/users",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> PageUserOut | Problem | None:
    if response.status_code == 200:
        response_200 = PageUserOut.from_dict(response.json())

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
) -> Response[PageUserOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    role: None | Role | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageUserOut | Problem]:
    """List people (support team only)

     Needs the scope `directory:read`.

    Args:
        role (None | Role | Unset):
        organization_id (int | None | Unset):
        q (None | str | Unset): Name, email or organization name contains
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserOut | Problem]
    """

    kwargs = _get_kwargs(
        role=role,
        organization_id=organization_id,
        q=q,
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
    role: None | Role | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageUserOut | Problem | None:
    """List people (support team only)

     Needs the scope `directory:read`.

    Args:
        role (None | Role | Unset):
        organization_id (int | None | Unset):
        q (None | str | Unset): Name, email or organization name contains
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserOut | Problem
    """

    return sync_detailed(
        client=client,
        role=role,
        organization_id=organization_id,
        q=q,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    role: None | Role | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageUserOut | Problem]:
    """List people (support team only)

     Needs the scope `directory:read`.

    Args:
        role (None | Role | Unset):
        organization_id (int | None | Unset):
        q (None | str | Unset): Name, email or organization name contains
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageUserOut | Problem]
    """

    kwargs = _get_kwargs(
        role=role,
        organization_id=organization_id,
        q=q,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    role: None | Role | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageUserOut | Problem | None:
    """List people (support team only)

     Needs the scope `directory:read`.

    Args:
        role (None | Role | Unset):
        organization_id (int | None | Unset):
        q (None | str | Unset): Name, email or organization name contains
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageUserOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            role=role,
            organization_id=organization_id,
            q=q,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
