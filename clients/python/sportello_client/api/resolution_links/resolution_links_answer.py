from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.problem import Problem
from ...models.resolution_answer_in import ResolutionAnswerIn
from ...models.resolution_link_out import ResolutionLinkOut
from ...types import Response


def _get_kwargs(
    *,
    body: ResolutionAnswerIn,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/resolution-links/answer",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> Problem | ResolutionLinkOut | None:
    if response.status_code == 200:
        response_200 = ResolutionLinkOut.from_dict(response.json())

        return response_200

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 404:
        response_404 = Problem.from_dict(response.json())

        return response_404

    if response.status_code == 409:
        response_409 = Problem.from_dict(response.json())

        return response_409

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
) -> Response[Problem | ResolutionLinkOut]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResolutionAnswerIn,
) -> Response[Problem | ResolutionLinkOut]:
    """Confirm or reopen a resolved ticket from its resolution mail

     Public: the signed token is the credential. Acts only while the resolution the mail announced still
    stands (409 otherwise).

    Args:
        body (ResolutionAnswerIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolutionLinkOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient | Client,
    body: ResolutionAnswerIn,
) -> Problem | ResolutionLinkOut | None:
    """Confirm or reopen a resolved ticket from its resolution mail

     Public: the signed token is the credential. Acts only while the resolution the mail announced still
    stands (409 otherwise).

    Args:
        body (ResolutionAnswerIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolutionLinkOut
    """

    return sync_detailed(
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient | Client,
    body: ResolutionAnswerIn,
) -> Response[Problem | ResolutionLinkOut]:
    """Confirm or reopen a resolved ticket from its resolution mail

     Public: the signed token is the credential. Acts only while the resolution the mail announced still
    stands (409 otherwise).

    Args:
        body (ResolutionAnswerIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | ResolutionLinkOut]
    """

    kwargs = _get_kwargs(
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient | Client,
    body: ResolutionAnswerIn,
) -> Problem | ResolutionLinkOut | None:
    """Confirm or reopen a resolved ticket from its resolution mail

     Public: the signed token is the credential. Acts only while the resolution the mail announced still
    stands (409 otherwise).

    Args:
        body (ResolutionAnswerIn):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | ResolutionLinkOut
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
        )
    ).parsed
