import datetime
from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.channel import Channel
from ...models.closure_code import ClosureCode
from ...models.priority import Priority
from ...models.problem import Problem
from ...models.sla_state import SlaState
from ...models.status import Status
from ...models.ticket_page import TicketPage
from ...models.ticket_sort import TicketSort
from ...models.ticket_type import TicketType
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    status: list[Status] | None | Unset = UNSET,
    closure: list[ClosureCode] | None | Unset = UNSET,
    priority: list[Priority] | None | Unset = UNSET,
    type_: None | TicketType | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    assignee: None | str | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    requester_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    updated_before: datetime.datetime | None | Unset = UNSET,
    resolved_after: datetime.datetime | None | Unset = UNSET,
    resolved_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sla: None | SlaState | Unset = UNSET,
    sla_due_before: datetime.datetime | None | Unset = UNSET,
    sort: TicketSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> dict[str, Any]:

    params: dict[str, Any] = {}

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

    json_closure: list[str] | None | Unset
    if isinstance(closure, Unset):
        json_closure = UNSET
    elif isinstance(closure, list):
        json_closure = []
        for closure_type_0_item_data in closure:
            closure_type_0_item = closure_type_0_item_data.value
            json_closure.append(closure_type_0_item)

    else:
        json_closure = closure
    params["closure"] = json_closure

    json_priority: list[str] | None | Unset
    if isinstance(priority, Unset):
        json_priority = UNSET
    elif isinstance(priority, list):
        json_priority = []
        for priority_type_0_item_data in priority:
            priority_type_0_item = priority_type_0_item_data.value
            json_priority.append(priority_type_0_item)

    else:
        json_priority = priority
    params["priority"] = json_priority

    json_type_: None | str | Unset
    if isinstance(type_, Unset):
        json_type_ = UNSET
    elif isinstance(type_, TicketType):
        json_type_ = type_.value
    else:
        json_type_ = type_
    params["type"] = json_type_

    json_category_id: int | None | Unset
    if isinstance(category_id, Unset):
        json_category_id = UNSET
    else:
        json_category_id = category_id
    params["category_id"] = json_category_id

    json_assignee: None | str | Unset
    if isinstance(assignee, Unset):
        json_assignee = UNSET
    else:
        json_assignee = assignee
    params["assignee"] = json_assignee

    json_team_id: int | None | Unset
    if isinstance(team_id, Unset):
        json_team_id = UNSET
    else:
        json_team_id = team_id
    params["team_id"] = json_team_id

    json_requester_id: int | None | Unset
    if isinstance(requester_id, Unset):
        json_requester_id = UNSET
    else:
        json_requester_id = requester_id
    params["requester_id"] = json_requester_id

    json_organization_id: int | None | Unset
    if isinstance(organization_id, Unset):
        json_organization_id = UNSET
    else:
        json_organization_id = organization_id
    params["organization_id"] = json_organization_id

    json_channel: None | str | Unset
    if isinstance(channel, Unset):
        json_channel = UNSET
    elif isinstance(channel, Channel):
        json_channel = channel.value
    else:
        json_channel = channel
    params["channel"] = json_channel

    json_tag: None | str | Unset
    if isinstance(tag, Unset):
        json_tag = UNSET
    else:
        json_tag = tag
    params["tag"] = json_tag

    json_created_after: None | str | Unset
    if isinstance(created_after, Unset):
        json_created_after = UNSET
    elif isinstance(created_after, datetime.datetime):
        json_created_after = created_after.isoformat()
    else:
        json_created_after = created_after
    params["created_after"] = json_created_after

    json_created_before: None | str | Unset
    if isinstance(created_before, Unset):
        json_created_before = UNSET
    elif isinstance(created_before, datetime.datetime):
        json_created_before = created_before.isoformat()
    else:
        json_created_before = created_before
    params["created_before"] = json_created_before

    json_updated_after: None | str | Unset
    if isinstance(updated_after, Unset):
        json_updated_after = UNSET
    elif isinstance(updated_after, datetime.datetime):
        json_updated_after = updated_after.isoformat()
    else:
        json_updated_after = updated_after
    params["updated_after"] = json_updated_after

    json_updated_before: None | str | Unset
    if isinstance(updated_before, Unset):
        json_updated_before = UNSET
    elif isinstance(updated_before, datetime.datetime):
        json_updated_before = updated_before.isoformat()
    else:
        json_updated_before = updated_before
    params["updated_before"] = json_updated_before

    json_resolved_after: None | str | Unset
    if isinstance(resolved_after, Unset):
        json_resolved_after = UNSET
    elif isinstance(resolved_after, datetime.datetime):
        json_resolved_after = resolved_after.isoformat()
    else:
        json_resolved_after = resolved_after
    params["resolved_after"] = json_resolved_after

    json_resolved_before: None | str | Unset
    if isinstance(resolved_before, Unset):
        json_resolved_before = UNSET
    elif isinstance(resolved_before, datetime.datetime):
        json_resolved_before = resolved_before.isoformat()
    else:
        json_resolved_before = resolved_before
    params["resolved_before"] = json_resolved_before

    json_q: None | str | Unset
    if isinstance(q, Unset):
        json_q = UNSET
    else:
        json_q = q
    params["q"] = json_q

    json_sla: None | str | Unset
    if isinstance(sla, Unset):
        json_sla = UNSET
    elif isinstance(sla, SlaState):
        json_sla = sla.value
    else:
        json_sla = sla
    params["sla"] = json_sla

    json_sla_due_before: None | str | Unset
    if isinstance(sla_due_before, Unset):
        json_sla_due_before = UNSET
    elif isinstance(sla_due_before, datetime.datetime):
        json_sla_due_before = sla_due_before.isoformat()
    else:
        json_sla_due_before = sla_due_before
    params["sla_due_before"] = json_sla_due_before

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
        "url": "/api/v1/tickets",
        "params": params,
    }

    return _kwargs


def _parse_response(*, client: AuthenticatedClient | Client, response: httpx.Response) -> Problem | TicketPage | None:
    if response.status_code == 200:
        response_200 = TicketPage.from_dict(response.json())

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
) -> Response[Problem | TicketPage]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    status: list[Status] | None | Unset = UNSET,
    closure: list[ClosureCode] | None | Unset = UNSET,
    priority: list[Priority] | None | Unset = UNSET,
    type_: None | TicketType | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    assignee: None | str | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    requester_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    updated_before: datetime.datetime | None | Unset = UNSET,
    resolved_after: datetime.datetime | None | Unset = UNSET,
    resolved_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sla: None | SlaState | Unset = UNSET,
    sla_due_before: datetime.datetime | None | Unset = UNSET,
    sort: TicketSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TicketPage]:
    """List tickets; default order is the agent queue: critical first, oldest first

     Customers get their own tickets (and their organization's where it shares them) in the customer
    view; the filters on what only the support team sees (`tag`, `team_id`, `assignee`) are refused for
    them with a 422 naming the filter.

    Needs the scope `tickets:read`.

    Args:
        status (list[Status] | None | Unset):
        closure (list[ClosureCode] | None | Unset): How finished tickets ended (resolved,
            duplicate, withdrawn, ...).
        priority (list[Priority] | None | Unset):
        type_ (None | TicketType | Unset):
        category_id (int | None | Unset):
        assignee (None | str | Unset): A user id, `me` or `none`.
        team_id (int | None | Unset):
        requester_id (int | None | Unset):
        organization_id (int | None | Unset):
        channel (Channel | None | Unset):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        updated_before (datetime.datetime | None | Unset):
        resolved_after (datetime.datetime | None | Unset): Resolved at or after (reports link
            here).
        resolved_before (datetime.datetime | None | Unset):
        q (None | str | Unset): Full-text search: every word in the subject, description,
            resolution or the comments you may see (accents and word endings ignored).
        sla (None | SlaState | Unset): Support team only: breached, paused, or running (a deadline
            ahead).
        sla_due_before (datetime.datetime | None | Unset): Support team only: the next SLA
            deadline is before.
        sort (TicketSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketPage]
    """

    kwargs = _get_kwargs(
        status=status,
        closure=closure,
        priority=priority,
        type_=type_,
        category_id=category_id,
        assignee=assignee,
        team_id=team_id,
        requester_id=requester_id,
        organization_id=organization_id,
        channel=channel,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        resolved_after=resolved_after,
        resolved_before=resolved_before,
        q=q,
        sla=sla,
        sla_due_before=sla_due_before,
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
    status: list[Status] | None | Unset = UNSET,
    closure: list[ClosureCode] | None | Unset = UNSET,
    priority: list[Priority] | None | Unset = UNSET,
    type_: None | TicketType | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    assignee: None | str | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    requester_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    updated_before: datetime.datetime | None | Unset = UNSET,
    resolved_after: datetime.datetime | None | Unset = UNSET,
    resolved_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sla: None | SlaState | Unset = UNSET,
    sla_due_before: datetime.datetime | None | Unset = UNSET,
    sort: TicketSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Problem | TicketPage | None:
    """List tickets; default order is the agent queue: critical first, oldest first

     Customers get their own tickets (and their organization's where it shares them) in the customer
    view; the filters on what only the support team sees (`tag`, `team_id`, `assignee`) are refused for
    them with a 422 naming the filter.

    Needs the scope `tickets:read`.

    Args:
        status (list[Status] | None | Unset):
        closure (list[ClosureCode] | None | Unset): How finished tickets ended (resolved,
            duplicate, withdrawn, ...).
        priority (list[Priority] | None | Unset):
        type_ (None | TicketType | Unset):
        category_id (int | None | Unset):
        assignee (None | str | Unset): A user id, `me` or `none`.
        team_id (int | None | Unset):
        requester_id (int | None | Unset):
        organization_id (int | None | Unset):
        channel (Channel | None | Unset):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        updated_before (datetime.datetime | None | Unset):
        resolved_after (datetime.datetime | None | Unset): Resolved at or after (reports link
            here).
        resolved_before (datetime.datetime | None | Unset):
        q (None | str | Unset): Full-text search: every word in the subject, description,
            resolution or the comments you may see (accents and word endings ignored).
        sla (None | SlaState | Unset): Support team only: breached, paused, or running (a deadline
            ahead).
        sla_due_before (datetime.datetime | None | Unset): Support team only: the next SLA
            deadline is before.
        sort (TicketSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketPage
    """

    return sync_detailed(
        client=client,
        status=status,
        closure=closure,
        priority=priority,
        type_=type_,
        category_id=category_id,
        assignee=assignee,
        team_id=team_id,
        requester_id=requester_id,
        organization_id=organization_id,
        channel=channel,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        resolved_after=resolved_after,
        resolved_before=resolved_before,
        q=q,
        sla=sla,
        sla_due_before=sla_due_before,
        sort=sort,
        limit=limit,
        cursor=cursor,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    status: list[Status] | None | Unset = UNSET,
    closure: list[ClosureCode] | None | Unset = UNSET,
    priority: list[Priority] | None | Unset = UNSET,
    type_: None | TicketType | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    assignee: None | str | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    requester_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    updated_before: datetime.datetime | None | Unset = UNSET,
    resolved_after: datetime.datetime | None | Unset = UNSET,
    resolved_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sla: None | SlaState | Unset = UNSET,
    sla_due_before: datetime.datetime | None | Unset = UNSET,
    sort: TicketSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Response[Problem | TicketPage]:
    """List tickets; default order is the agent queue: critical first, oldest first

     Customers get their own tickets (and their organization's where it shares them) in the customer
    view; the filters on what only the support team sees (`tag`, `team_id`, `assignee`) are refused for
    them with a 422 naming the filter.

    Needs the scope `tickets:read`.

    Args:
        status (list[Status] | None | Unset):
        closure (list[ClosureCode] | None | Unset): How finished tickets ended (resolved,
            duplicate, withdrawn, ...).
        priority (list[Priority] | None | Unset):
        type_ (None | TicketType | Unset):
        category_id (int | None | Unset):
        assignee (None | str | Unset): A user id, `me` or `none`.
        team_id (int | None | Unset):
        requester_id (int | None | Unset):
        organization_id (int | None | Unset):
        channel (Channel | None | Unset):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        updated_before (datetime.datetime | None | Unset):
        resolved_after (datetime.datetime | None | Unset): Resolved at or after (reports link
            here).
        resolved_before (datetime.datetime | None | Unset):
        q (None | str | Unset): Full-text search: every word in the subject, description,
            resolution or the comments you may see (accents and word endings ignored).
        sla (None | SlaState | Unset): Support team only: breached, paused, or running (a deadline
            ahead).
        sla_due_before (datetime.datetime | None | Unset): Support team only: the next SLA
            deadline is before.
        sort (TicketSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[Problem | TicketPage]
    """

    kwargs = _get_kwargs(
        status=status,
        closure=closure,
        priority=priority,
        type_=type_,
        category_id=category_id,
        assignee=assignee,
        team_id=team_id,
        requester_id=requester_id,
        organization_id=organization_id,
        channel=channel,
        tag=tag,
        created_after=created_after,
        created_before=created_before,
        updated_after=updated_after,
        updated_before=updated_before,
        resolved_after=resolved_after,
        resolved_before=resolved_before,
        q=q,
        sla=sla,
        sla_due_before=sla_due_before,
        sort=sort,
        limit=limit,
        cursor=cursor,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    status: list[Status] | None | Unset = UNSET,
    closure: list[ClosureCode] | None | Unset = UNSET,
    priority: list[Priority] | None | Unset = UNSET,
    type_: None | TicketType | Unset = UNSET,
    category_id: int | None | Unset = UNSET,
    assignee: None | str | Unset = UNSET,
    team_id: int | None | Unset = UNSET,
    requester_id: int | None | Unset = UNSET,
    organization_id: int | None | Unset = UNSET,
    channel: Channel | None | Unset = UNSET,
    tag: None | str | Unset = UNSET,
    created_after: datetime.datetime | None | Unset = UNSET,
    created_before: datetime.datetime | None | Unset = UNSET,
    updated_after: datetime.datetime | None | Unset = UNSET,
    updated_before: datetime.datetime | None | Unset = UNSET,
    resolved_after: datetime.datetime | None | Unset = UNSET,
    resolved_before: datetime.datetime | None | Unset = UNSET,
    q: None | str | Unset = UNSET,
    sla: None | SlaState | Unset = UNSET,
    sla_due_before: datetime.datetime | None | Unset = UNSET,
    sort: TicketSort | Unset = UNSET,
    limit: int | Unset = 25,
    cursor: None | str | Unset = UNSET,
) -> Problem | TicketPage | None:
    """List tickets; default order is the agent queue: critical first, oldest first

     Customers get their own tickets (and their organization's where it shares them) in the customer
    view; the filters on what only the support team sees (`tag`, `team_id`, `assignee`) are refused for
    them with a 422 naming the filter.

    Needs the scope `tickets:read`.

    Args:
        status (list[Status] | None | Unset):
        closure (list[ClosureCode] | None | Unset): How finished tickets ended (resolved,
            duplicate, withdrawn, ...).
        priority (list[Priority] | None | Unset):
        type_ (None | TicketType | Unset):
        category_id (int | None | Unset):
        assignee (None | str | Unset): A user id, `me` or `none`.
        team_id (int | None | Unset):
        requester_id (int | None | Unset):
        organization_id (int | None | Unset):
        channel (Channel | None | Unset):
        tag (None | str | Unset):
        created_after (datetime.datetime | None | Unset):
        created_before (datetime.datetime | None | Unset):
        updated_after (datetime.datetime | None | Unset):
        updated_before (datetime.datetime | None | Unset):
        resolved_after (datetime.datetime | None | Unset): Resolved at or after (reports link
            here).
        resolved_before (datetime.datetime | None | Unset):
        q (None | str | Unset): Full-text search: every word in the subject, description,
            resolution or the comments you may see (accents and word endings ignored).
        sla (None | SlaState | Unset): Support team only: breached, paused, or running (a deadline
            ahead).
        sla_due_before (datetime.datetime | None | Unset): Support team only: the next SLA
            deadline is before.
        sort (TicketSort | Unset):
        limit (int | Unset):  Default: 25.
        cursor (None | str | Unset):

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Problem | TicketPage
    """

    return (
        await asyncio_detailed(
            client=client,
            status=status,
            closure=closure,
            priority=priority,
            type_=type_,
            category_id=category_id,
            assignee=assignee,
            team_id=team_id,
            requester_id=requester_id,
            organization_id=organization_id,
            channel=channel,
            tag=tag,
            created_after=created_after,
            created_before=created_before,
            updated_after=updated_after,
            updated_before=updated_before,
            resolved_after=resolved_after,
            resolved_before=resolved_before,
            q=q,
            sla=sla,
            sla_due_before=sla_due_before,
            sort=sort,
            limit=limit,
            cursor=cursor,
        )
    ).parsed
