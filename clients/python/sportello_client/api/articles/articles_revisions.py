from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.page_revision_summary import PageRevisionSummary
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    article_id: int,
    *,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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
        "url": "/api/v1/articles/{article_id}/revisions".format(
            article_id=quote(str(article_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageRevisionSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageRevisionSummary.from_dict(response.json())

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
) -> Response[PageRevisionSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRevisionSummary | Problem]:
    """Every revision of the article, newest first (support team)

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRevisionSummary | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        limit=limit,
        cursor=cursor,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageRevisionSummary | Problem | None:
    """Every revision of the article, newest first (support team)

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRevisionSummary | Problem
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageRevisionSummary | Problem]:
    """Every revision of the article, newest first (support team)

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageRevisionSummary | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    *,
    client: AuthenticatedClient,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageRevisionSummary | Problem | None:
    """Every revision of the article, newest first (support team)

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageRevisionSummary | Problem
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
