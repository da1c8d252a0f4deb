from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.revision_comparison import RevisionComparison
from ...types import UNSET, Response


def _get_kwargs(
    article_id: int,
    *,
    from_: int,
    to: int,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    params["from"] = from_

    params["to"] = to

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/articles/{article_id}/revisions/compare".format(
            article_id=quote(str(article_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | RevisionComparison | None:
    if response.status_code == 200:
        response_200 = RevisionComparison.from_dict(response.json())

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
) -> Response[Problem | RevisionComparison]:
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
    from_: int,
    to: int,
) -> Response[Problem | RevisionComparison]:
    """What changed between two revisions: fields, and a unified diff of the body

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevisionComparison]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        from_=from_,
        to=to,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    article_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,
) -> Problem | RevisionComparison | None:
    """What changed between two revisions: fields, and a unified diff of the body

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevisionComparison
    """

    return sync_detailed(
        article_id=article_id,
        client=client,
        from_=from_,
        to=to,
    ).parsed


async def asyncio_detailed(
    article_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,
) -> Response[Problem | RevisionComparison]:
    """What changed between two revisions: fields, and a unified diff of the body

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | RevisionComparison]
    """

    kwargs = _get_kwargs(
        article_id=article_id,
        from_=from_,
        to=to,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    article_id: int,
    *,
    client: AuthenticatedClient,
    from_: int,
    to: int,
) -> Problem | RevisionComparison | None:
    """What changed between two revisions: fields, and a unified diff of the body

     Needs the scope `kb:read`.

    Args:
        article_id (int): The article's id.
        from_ (int):
        to (int):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | RevisionComparison
    """

    return (
        await asyncio_detailed(
            article_id=article_id,
            client=client,
            from_=from_,
            to=to,
        )
    ).parsed
