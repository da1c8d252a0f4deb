from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.language import Language
from ...models.page_article_hit import PageArticleHit
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    q: str,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    limit: int | Unset = 5,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["q"] = q

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

    params["limit"] = limit

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/articles/suggestions",
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> PageArticleHit | Problem | None:
    if response.status_code == 200:
        response_200 = PageArticleHit.from_dict(response.json())

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
) -> Response[PageArticleHit | Problem]:
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
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    limit: int | Unset = 5,
) -> Response[PageArticleHit | Problem]:
    """Articles that may answer what a customer is typing (before opening a ticket)

     Any word may match, the last one as a prefix while it is being typed; customers get published public
    articles only. Record the answer to “did this solve it?” with `POST /deflections`.

    Needs the scope `kb:read`.

    Args:
        q (str):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArticleHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        language=language,
        category_id=category_id,
        limit=limit,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    q: str,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    limit: int | Unset = 5,
) -> PageArticleHit | Problem | None:
    """Articles that may answer what a customer is typing (before opening a ticket)

     Any word may match, the last one as a prefix while it is being typed; customers get published public
    articles only. Record the answer to “did this solve it?” with `POST /deflections`.

    Needs the scope `kb:read`.

    Args:
        q (str):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArticleHit | Problem
    """

    return sync_detailed(
        client=client,
        q=q,
        language=language,
        category_id=category_id,
        limit=limit,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    q: str,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    limit: int | Unset = 5,
) -> Response[PageArticleHit | Problem]:
    """Articles that may answer what a customer is typing (before opening a ticket)

     Any word may match, the last one as a prefix while it is being typed; customers get published public
    articles only. Record the answer to “did this solve it?” with `POST /deflections`.

    Needs the scope `kb:read`.

    Args:
        q (str):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[PageArticleHit | Problem]
    """

    kwargs = _get_kwargs(
        q=q,
        language=language,
        category_id=category_id,
        limit=limit,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    q: str,
    language: Language | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    limit: int | Unset = 5,
) -> PageArticleHit | Problem | None:
    """Articles that may answer what a customer is typing (before opening a ticket)

     Any word may match, the last one as a prefix while it is being typed; customers get published public
    articles only. Record the answer to “did this solve it?” with `POST /deflections`.

    Needs the scope `kb:read`.

    Args:
        q (str):
        language (Language | None | Unset):
        category_id (int | None | Unset):
        limit (int | Unset):  Default: 5.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        PageArticleHit | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            q=q,
            language=language,
            category_id=category_id,
            limit=limit,
        )
    ).parsed
