from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_feedback import ArticleFeedback
from ...models.problem import Problem
from ...models.vote_in import VoteIn
from ...types import Response


def _get_kwargs(
    article_id: int,
    *,
    body: VoteIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "put",
        "url": "/api/v1/articles/{article_id}/vote".format(
            article_id=quote(str(article_id), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> ArticleFeedback | Problem | None:
    if response.status_code == 200:
        response_200 = ArticleFeedback.from_dict(response.json())

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
) -> Response[ArticleFeedback | Problem]:
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
    body: VoteIn,
) -> Response[ArticleFeedback | Problem]:
    """Answer “Was this helpful?” (once per person; a new answer replaces the old)

     Needs the scope `kb:write`.

    Args:
        article_id (int): The article's id.
        body (VoteIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleFeedback | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: VoteIn,
) -> ArticleFeedback | Problem | None:
    """Answer “Was this helpful?” (once per person; a new answer replaces the old)

     Needs the scope `kb:write`.

    Args:
        article_id (int): The article's id.
        body (VoteIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleFeedback | Problem
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: VoteIn,
) -> Response[ArticleFeedback | Problem]:
    """Answer “Was this helpful?” (once per person; a new answer replaces the old)

     Needs the scope `kb:write`.

    Args:
        article_id (int): The article's id.
        body (VoteIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[ArticleFeedback | Problem]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    *,
    client: AuthenticatedClient,
    body: VoteIn,
) -> ArticleFeedback | Problem | None:
    """Answer “Was this helpful?” (once per person; a new answer replaces the old)

     Needs the scope `kb:write`.

    Args:
        article_id (int): The article's id.
        body (VoteIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        ArticleFeedback | Problem
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            body=body,
        )
    ).parsed
