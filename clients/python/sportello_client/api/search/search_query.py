from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_status import ArticleStatus
from ...models.language import Language
from ...models.page_search_hit import PageSearchHit
from ...models.problem import Problem
from ...models.search_kind import SearchKind
from ...models.status import Status
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    type_: list[SearchKind] | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: list[Status] | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    article_status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

    json_type_: list[str] | None | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, list):
        json_type_ = []
        for type_type_0_item_data in type_:
            type_type_0_item = type_type_0_item_data.value
            json_type_.append(type_type_0_item)

    else:
        json_type_ = type_
    params["type"] = json_type_

    json_category_id: int | None | Unset
    if isinstance(category_id, Unset):
        json_category_id = UNSET
    else:
        json_category_id = category_id
    params["category_id"] = json_category_id

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_status: list[str] | None | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, list):
        json_status = []
        for status_type_0_item_data in status:
            status_type_0_item = status_type_0_item_data.value
            json_status.append(status_type_0_item)

    else:
        json_status = status
    params["status"] = json_status

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, Language):
        json_language = language.value
    else:
        json_language = language
    params["language"] = json_language

    json_article_status: None | str | Unset
    if isinstance(article_status, Unset):
        json_article_status = UNSET
    elif isinstance(article_status, ArticleStatus):
        json_article_status = article_status.value
    else:
        json_article_status = article_status
    params["article_status"] = json_article_status

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
        "url": "/api/v1/search",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageSearchHit | Problem | None:
    if response.status_code == 200:
        response_200 = PageSearchHit.from_dict(response.json())

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
) -> Response[PageSearchHit | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: list[SearchKind] | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: list[Status] | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    article_status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSearchHit | Problem]:
    """Search articles and tickets, best match first, with highlighted snippets

     Every word must occur (in the title, text, tags, or the comments you may see); "quoted words" must
    stand together. Accents are ignored everywhere; word endings are ignored by each language's stemmer
    on PostgreSQL and by prefix matching on SQLite. Filters narrow the results as they narrow the lists:
    `status` applies to tickets, `language` and `article_status` to articles; for customers `tag`
    applies to articles only (a ticket's tags are the support team's).

    Needs the scope `tickets:read`.

    Args:
        q (str):
        type_ (list[SearchKind] | None | Unset):
        category_id (int | None | Unset):
        tag (None | str | Unset):
        status (list[Status] | None | Unset):
        language (Language | None | Unset):
        article_status (ArticleStatus | None | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSearchHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        category_id=category_id,
        tag=tag,
        status=status,
        language=language,
        article_status=article_status,
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
    q: str,
    type_: list[SearchKind] | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: list[Status] | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    article_status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageSearchHit | Problem | None:
    """Search articles and tickets, best match first, with highlighted snippets

     Every word must occur (in the title, text, tags, or the comments you may see); "quoted words" must
    stand together. Accents are ignored everywhere; word endings are ignored by each language's stemmer
    on PostgreSQL and by prefix matching on SQLite. Filters narrow the results as they narrow the lists:
    `status` applies to tickets, `language` and `article_status` to articles; for customers `tag`
    applies to articles only (a ticket's tags are the support team's).

    Needs the scope `tickets:read`.

    Args:
        q (str):
        type_ (list[SearchKind] | None | Unset):
        category_id (int | None | Unset):
        tag (None | str | Unset):
        status (list[Status] | None | Unset):
        language (Language | None | Unset):
        article_status (ArticleStatus | None | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSearchHit | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        type_=type_,
        category_id=category_id,
        tag=tag,
        status=status,
        language=language,
        article_status=article_status,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: list[SearchKind] | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: list[Status] | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    article_status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageSearchHit | Problem]:
    """Search articles and tickets, best match first, with highlighted snippets

     Every word must occur (in the title, text, tags, or the comments you may see); "quoted words" must
    stand together. Accents are ignored everywhere; word endings are ignored by each language's stemmer
    on PostgreSQL and by prefix matching on SQLite. Filters narrow the results as they narrow the lists:
    `status` applies to tickets, `language` and `article_status` to articles; for customers `tag`
    applies to articles only (a ticket's tags are the support team's).

    Needs the scope `tickets:read`.

    Args:
        q (str):
        type_ (list[SearchKind] | None | Unset):
        category_id (int | None | Unset):
        tag (None | str | Unset):
        status (list[Status] | None | Unset):
        language (Language | None | Unset):
        article_status (ArticleStatus | None | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageSearchHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        type_=type_,
        category_id=category_id,
        tag=tag,
        status=status,
        language=language,
        article_status=article_status,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    type_: list[SearchKind] | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    status: list[Status] | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    article_status: ArticleStatus | None | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageSearchHit | Problem | None:
    """Search articles and tickets, best match first, with highlighted snippets

     Every word must occur (in the title, text, tags, or the comments you may see); "quoted words" must
    stand together. Accents are ignored everywhere; word endings are ignored by each language's stemmer
    on PostgreSQL and by prefix matching on SQLite. Filters narrow the results as they narrow the lists:
    `status` applies to tickets, `language` and `article_status` to articles; for customers `tag`
    applies to articles only (a ticket's tags are the support team's).

    Needs the scope `tickets:read`.

    Args:
        q (str):
        type_ (list[SearchKind] | None | Unset):
        category_id (int | None | Unset):
        tag (None | str | Unset):
        status (list[Status] | None | Unset):
        language (Language | None | Unset):
        article_status (ArticleStatus | None | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageSearchHit | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            type_=type_,
            category_id=category_id,
            tag=tag,
            status=status,
            language=language,
            article_status=article_status,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
