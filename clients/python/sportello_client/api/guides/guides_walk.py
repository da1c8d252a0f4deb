from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.answer import Answer
from ...models.guide_step import GuideStep
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    guide_id: int,
    *,
    answers: list[Answer] | None | Unset = UNSET,
    revision: int | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_answers: list[str] | None | Unset
    if isinstance(answers, Unset):
        json_answers = UNSET
    elif isinstance(answers, list):
        json_answers = []
        for answers_type_0_item_data in answers:
            answers_type_0_item = answers_type_0_item_data.value
            json_answers.append(answers_type_0_item)

    else:
        json_answers = answers
    params["answers"] = json_answers

    json_revision: int | None | Unset
    if isinstance(revision, Unset):
        json_revision = UNSET
    else:
        json_revision = revision
    params["revision"] = json_revision

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/guides/{guide_id}/walk".format(
            guide_id=quote(str(guide_id), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> GuideStep | Problem | None:
    if response.status_code == 200:
        response_200 = GuideStep.from_dict(response.json())

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

    if response.status_code == 422:
        response_422 = Problem.from_dict(response.json())

        return response_422

    if client.raise_on_unexpected_status:
        raise errors.UnexpectedStatus(response.status_code, response.content)
    else:
        return None


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[GuideStep | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    guide_id: int,
    *,
    client: AuthenticatedClient,
    answers: list[Answer] | None | Unset = UNSET,
    revision: int | None | Unset = UNSET,
) -> Response[GuideStep | Problem]:
    """Where the answers so far lead: the next question, a solution, or a ticket

     Send every answer given so far, in order (`answers=yes&answers=no`); no answers is the first
    question. Pass back `revision` so an edit of the guide meanwhile does not change the questions under
    the person walking it.

    Needs the scope `kb:read`.

    Args:
        guide_id (int): The guide's article id.
        answers (list[Answer] | None | Unset):
        revision (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuideStep | Problem]
    """

    kwargs = _get_kwargs(
        guide_id=guide_id,
        answers=answers,
        revision=revision,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    guide_id: int,
    *,
    client: AuthenticatedClient,
    answers: list[Answer] | None | Unset = UNSET,
    revision: int | None | Unset = UNSET,
) -> GuideStep | Problem | None:
    """Where the answers so far lead: the next question, a solution, or a ticket

     Send every answer given so far, in order (`answers=yes&answers=no`); no answers is the first
    question. Pass back `revision` so an edit of the guide meanwhile does not change the questions under
    the person walking it.

    Needs the scope `kb:read`.

    Args:
        guide_id (int): The guide's article id.
        answers (list[Answer] | None | Unset):
        revision (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuideStep | Problem
    """

    return sync_detailed(
        guide_id=guide_id,
        client=client,
        answers=answers,
        revision=revision,
    ).parsed


async def asyncio_detailed(
    guide_id: int,
    *,
    client: AuthenticatedClient,
    answers: list[Answer] | None | Unset = UNSET,
    revision: int | None | Unset = UNSET,
) -> Response[GuideStep | Problem]:
    """Where the answers so far lead: the next question, a solution, or a ticket

     Send every answer given so far, in order (`answers=yes&answers=no`); no answers is the first
    question. Pass back `revision` so an edit of the guide meanwhile does not change the questions under
    the person walking it.

    Needs the scope `kb:read`.

    Args:
        guide_id (int): The guide's article id.
        answers (list[Answer] | None | Unset):
        revision (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[GuideStep | Problem]
    """

    kwargs = _get_kwargs(
        guide_id=guide_id,
        answers=answers,
        revision=revision,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    guide_id: int,
    *,
    client: AuthenticatedClient,
    answers: list[Answer] | None | Unset = UNSET,
    revision: int | None | Unset = UNSET,
) -> GuideStep | Problem | None:
    """Where the answers so far lead: the next question, a solution, or a ticket

     Send every answer given so far, in order (`answers=yes&answers=no`); no answers is the first
    question. Pass back `revision` so an edit of the guide meanwhile does not change the questions under
    the person walking it.

    Needs the scope `kb:read`.

    Args:
        guide_id (int): The guide's article id.
        answers (list[Answer] | None | Unset):
        revision (int | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        GuideStep | Problem
    """

    return (
        await asyncio_detailed(
            guide_id=guide_id,
            client=client,
            answers=answers,
            revision=revision,
        )
    ).parsed
