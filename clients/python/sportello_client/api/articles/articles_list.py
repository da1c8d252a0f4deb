from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.article_kind import ArticleKind
from ...models.article_sort import ArticleSort
from ...models.article_status import ArticleStatus
from ...models.language import Language
from ...models.page_article_summary import PageArticleSummary
from ...models.problem import Problem
from ...models.visibility import Visibility
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    kind: ArticleKind | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    visibility: None | Unset | Visibility = UNSET,
    tag: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_kind: None | str | Unset
    if isinstance(kind, Unset):
        json_kind = UNSET
    elif isinstance(kind, ArticleKind):
        json_kind = kind.value
    else:
        json_kind = kind
    params["kind"] = json_kind

    json_language: None | str | Unset
    if isinstance(language, Unset):
        json_language = UNSET
    elif isinstance(language, Language):
        json_language = language.value
    else:
        json_language = language
    params["language"] = json_language

    json_category_id: int | None | Unset
    if isinstance(category_id, Unset):
        json_category_id = UNSET
    else:
        json_category_id = category_id
    params["category_id"] = json_category_id

    json_status: None | str | Unset
    if isinstance(status, Unset):
        json_status = UNSET
    elif isinstance(status, ArticleStatus):
        json_status = status.value
    else:
        json_status = status
    params["status"] = json_status

    json_visibility: None | str | Unset
    if isinstance(visibility, Unset):
        json_visibility = UNSET
    elif isinstance(visibility, Visibility):
        json_visibility = visibility.value
    else:
        json_visibility = visibility
    params["visibility"] = json_visibility

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_sort: str | Unset = UNSET
    if not isinstance(sort, Unset):
        json_sort = sort.value

    params["sort"] = json_sort

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
        "url": "/api/v1/articles",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageArticleSummary | Problem | None:
    if response.status_code == 200:
        response_200 = PageArticleSummary.from_dict(response.json())

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
) -> Response[PageArticleSummary | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    kind: ArticleKind | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    visibility: None | Unset | Visibility = UNSET,
    tag: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageArticleSummary | Problem]:
    """Knowledge base articles and guides (customers: published public ones)

     Needs the scope `kb:read`.

    Args:
        kind (ArticleKind | None | Unset):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        status (ArticleStatus | None | Unset):
        visibility (None | Unset | Visibility):
        tag (None | str | Unset):
        q (None | str | Unset): Full-text: every word must occur.
        sort (ArticleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArticleSummary | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        language=language,
        category_id=category_id,
        status=status,
        visibility=visibility,
        tag=tag,
        q=q,
        sort=sort,
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
    kind: ArticleKind | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    visibility: None | Unset | Visibility = UNSET,
    tag: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageArticleSummary | Problem | None:
    """Knowledge base articles and guides (customers: published public ones)

     Needs the scope `kb:read`.

    Args:
        kind (ArticleKind | None | Unset):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        status (ArticleStatus | None | Unset):
        visibility (None | Unset | Visibility):
        tag (None | str | Unset):
        q (None | str | Unset): Full-text: every word must occur.
        sort (ArticleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArticleSummary | Problem
    """

    return sync_detailed(
        client=client,
        kind=kind,
        language=language,
        category_id=category_id,
        status=status,
        visibility=visibility,
        tag=tag,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    kind: ArticleKind | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    visibility: None | Unset | Visibility = UNSET,
    tag: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[PageArticleSummary | Problem]:
    """Knowledge base articles and guides (customers: published public ones)

     Needs the scope `kb:read`.

    Args:
        kind (ArticleKind | None | Unset):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        status (ArticleStatus | None | Unset):
        visibility (None | Unset | Visibility):
        tag (None | str | Unset):
        q (None | str | Unset): Full-text: every word must occur.
        sort (ArticleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArticleSummary | Problem]
    """

    kwargs = _get_kwargs(
        kind=kind,
        language=language,
        category_id=category_id,
        status=status,
        visibility=visibility,
        tag=tag,
        q=q,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    kind: ArticleKind | None | Unset = UNSET,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    status: ArticleStatus | None | Unset = UNSET,
    visibility: None | Unset | Visibility = UNSET,
    tag: None | str | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sort: ArticleSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> PageArticleSummary | Problem | None:
    """Knowledge base articles and guides (customers: published public ones)

     Needs the scope `kb:read`.

    Args:
        kind (ArticleKind | None | Unset):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        status (ArticleStatus | None | Unset):
        visibility (None | Unset | Visibility):
        tag (None | str | Unset):
        q (None | str | Unset): Full-text: every word must occur.
        sort (ArticleSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArticleSummary | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            kind=kind,
            language=language,
            category_id=category_id,
            status=status,
            visibility=visibility,
            tag=tag,
            q=q,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
