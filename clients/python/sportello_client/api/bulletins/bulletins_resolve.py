from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.bulletin_resolution import BulletinResolution
from ...models.bulletin_resolve import BulletinResolve
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    bulletin_id: int,
    *,
    body: BulletinResolve,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/bulletins/{bulletin_id}/resolve".format(
            bulletin_id=quote(str(bulletin_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> BulletinResolution | Problem | None:
    if response.status_code == 200:
        response_200 = BulletinResolution.from_dict(response.json())

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
) -> Response[BulletinResolution | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    bulletin_id: int,
    *,
    client: AuthenticatedClient,
    body: BulletinResolve,
    if_match: None | str | Unset = UNSET,
) -> Response[BulletinResolution | Problem]:
    """Resolve the incident: every linked open ticket resolved with one note, at once

     In one transaction: each linked ticket that is still open gets the note as a public reply to its
    requester and as its resolution, and the bulletin ends. Any failure changes nothing.

    Needs the scope `tickets:write`.

    Args:
        bulletin_id (int): The bulletin's id.
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (BulletinResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulletinResolution | Problem]
    """

    kwargs = _get_kwargs(
        bulletin_id=bulletin_id,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    bulletin_id: int,
    *,
    client: AuthenticatedClient,
    body: BulletinResolve,
    if_match: None | str | Unset = UNSET,
) -> BulletinResolution | Problem | None:
    """Resolve the incident: every linked open ticket resolved with one note, at once

     In one transaction: each linked ticket that is still open gets the note as a public reply to its
    requester and as its resolution, and the bulletin ends. Any failure changes nothing.

    Needs the scope `tickets:write`.

    Args:
        bulletin_id (int): The bulletin's id.
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (BulletinResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulletinResolution | Problem
    """

    return sync_detailed(
        bulletin_id=bulletin_id,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    bulletin_id: int,
    *,
    client: AuthenticatedClient,
    body: BulletinResolve,
    if_match: None | str | Unset = UNSET,
) -> Response[BulletinResolution | Problem]:
    """Resolve the incident: every linked open ticket resolved with one note, at once

     In one transaction: each linked ticket that is still open gets the note as a public reply to its
    requester and as its resolution, and the bulletin ends. Any failure changes nothing.

    Needs the scope `tickets:write`.

    Args:
        bulletin_id (int): The bulletin's id.
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (BulletinResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[BulletinResolution | Problem]
    """

    kwargs = _get_kwargs(
        bulletin_id=bulletin_id,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    bulletin_id: int,
    *,
    client: AuthenticatedClient,
    body: BulletinResolve,
    if_match: None | str | Unset = UNSET,
) -> BulletinResolution | Problem | None:
    """Resolve the incident: every linked open ticket resolved with one note, at once

     In one transaction: each linked ticket that is still open gets the note as a public reply to its
    requester and as its resolution, and the bulletin ends. Any failure changes nothing.

    Needs the scope `tickets:write`.

    Args:
        bulletin_id (int): The bulletin's id.
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (BulletinResolve):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        BulletinResolution | Problem
    """

    return (
        await asyncio_detailed(
            bulletin_id=bulletin_id,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
