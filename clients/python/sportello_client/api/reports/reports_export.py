import datetime
from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel import Channel
from ...models.problem import Problem
from ...models.report_group import ReportGroup
from ...types import UNSET, Response, Unset


def _get_kwargs(
    group: ReportGroup,
    *,
    table: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    agent_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

    json_table: None | str | Unset
    if isinstance(table, Unset):
        json_table = UNSET
    else:
        json_table = table
    params["table"] = json_table

    json_from_: None | str | Unset
    if isinstance(from_, Unset):
        json_from_ = UNSET
    elif isinstance(from_, datetime.datetime):
        json_from_ = from_.isoformat()
    else:
        json_from_ = from_
    params["from"] = json_from_

    json_to: None | str | Unset
    if isinstance(to, Unset):
        json_to = UNSET
    elif isinstance(to, datetime.datetime):
        json_to = to.isoformat()
    else:
        json_to = to
    params["to"] = json_to

    json_team_id: int | None | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_agent_id: int | None | Unset
    if isinstance(agent_id, Unset):
        json_agent_id = UNSET
    else:
        json_agent_id = agent_id
    params["agent_id"] = json_agent_id

    json_organization_id: int | None | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_category_id: int | None | Unset
    if isinstance(category_id, Unset):
        json_category_id = UNSET
    else:
        json_category_id = category_id
    params["category_id"] = json_category_id

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, Channel):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/reports/{group}.csv".format(
            group=quote(str(group), safe=""),
        ),
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | str | None:
    if response.status_code == 200:
        response_200 = response.text
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


def _build_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Response[Problem | str]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    group: ReportGroup,
    *,
    client: AuthenticatedClient,
    table: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    agent_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
) -> Response[Problem | str]:
    """A figure group as CSV

     Needs the scope `reports:read`.

    Args:
        group (ReportGroup):
        table (None | str | Unset): One table of the group, by name (another name: the header
            alone).
        from_ (datetime.datetime | None | Unset): Start of the period (default: 30 days before
            `to`). At most 366 days before `to` (an earlier one is moved up); after `to`, the period
            is empty.
        to (datetime.datetime | None | Unset): End of the period, excluded (default: now).
        team_id (int | None | Unset):
        agent_id (int | None | Unset): The assignee's user id.
        organization_id (int | None | Unset):
        category_id (int | None | Unset):
        channel (Channel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        group=group,
        table=table,
        from_=from_,
        to=to,
        team_id=team_id,
        agent_id=agent_id,
        organization_id=organization_id,
        category_id=category_id,
        channel=channel,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    group: ReportGroup,
    *,
    client: AuthenticatedClient,
    table: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    agent_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
) -> Problem | str | None:
    """A figure group as CSV

     Needs the scope `reports:read`.

    Args:
        group (ReportGroup):
        table (None | str | Unset): One table of the group, by name (another name: the header
            alone).
        from_ (datetime.datetime | None | Unset): Start of the period (default: 30 days before
            `to`). At most 366 days before `to` (an earlier one is moved up); after `to`, the period
            is empty.
        to (datetime.datetime | None | Unset): End of the period, excluded (default: now).
        team_id (int | None | Unset):
        agent_id (int | None | Unset): The assignee's user id.
        organization_id (int | None | Unset):
        category_id (int | None | Unset):
        channel (Channel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return sync_detailed(
        group=group,
        client=client,
        table=table,
        from_=from_,
        to=to,
        team_id=team_id,
        agent_id=agent_id,
        organization_id=organization_id,
        category_id=category_id,
        channel=channel,
    ).parsed


async def asyncio_detailed(
    group: ReportGroup,
    *,
    client: AuthenticatedClient,
    table: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    agent_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
) -> Response[Problem | str]:
    """A figure group as CSV

     Needs the scope `reports:read`.

    Args:
        group (ReportGroup):
        table (None | str | Unset): One table of the group, by name (another name: the header
            alone).
        from_ (datetime.datetime | None | Unset): Start of the period (default: 30 days before
            `to`). At most 366 days before `to` (an earlier one is moved up); after `to`, the period
            is empty.
        to (datetime.datetime | None | Unset): End of the period, excluded (default: now).
        team_id (int | None | Unset):
        agent_id (int | None | Unset): The assignee's user id.
        organization_id (int | None | Unset):
        category_id (int | None | Unset):
        channel (Channel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | str]
    """

    kwargs = _get_kwargs(
        group=group,
        table=table,
        from_=from_,
        to=to,
        team_id=team_id,
        agent_id=agent_id,
        organization_id=organization_id,
        category_id=category_id,
        channel=channel,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    group: ReportGroup,
    *,
    client: AuthenticatedClient,
    table: None | str | Unset = UNSET,
    from_: datetime.datetime | None | Unset = UNSET,
    to: datetime.datetime | None | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    agent_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
) -> Problem | str | None:
    """A figure group as CSV

     Needs the scope `reports:read`.

    Args:
        group (ReportGroup):
        table (None | str | Unset): One table of the group, by name (another name: the header
            alone).
        from_ (datetime.datetime | None | Unset): Start of the period (default: 30 days before
            `to`). At most 366 days before `to` (an earlier one is moved up); after `to`, the period
            is empty.
        to (datetime.datetime | None | Unset): End of the period, excluded (default: now).
        team_id (int | None | Unset):
        agent_id (int | None | Unset): The assignee's user id.
        organization_id (int | None | Unset):
        category_id (int | None | Unset):
        channel (Channel | None | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | str
    """

    return (
        await asyncio_detailed(
            group=group,
            client=client,
            table=table,
            from_=from_,
            to=to,
            team_id=team_id,
            agent_id=agent_id,
            organization_id=organization_id,
            category_id=category_id,
            channel=channel,
        )
    ).parsed
