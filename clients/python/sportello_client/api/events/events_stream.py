from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.events_stream_response_200 import EventsStreamResponse200
from ...models.problem import Problem
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    ticket: None | str | Unset = UNSET,
    last_event_id_query: int | None | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(last_event_id_header, Unset):
        headers["Last-Event-ID"] = last_event_id_header

    params: dict[str, Any] = {}

    json_ticket: None | str | Unset
    if isinstance(ticket, Unset):
        json_ticket = UNSET
    else:
        json_ticket = ticket
    params["ticket"] = json_ticket

    json_last_event_id_query: int | None | Unset
    if isinstance(last_event_id_query, Unset):
        json_last_event_id_query = UNSET
    else:
        json_last_event_id_query = last_event_id_query
    params["last_event_id"] = json_last_event_id_query

    params = {k: v for k, v in params.items() if v is not UNSET and v is not None}

    _kwargs: dict[str, Any] = {
        "method": "get",
        "url": "/api/v1/events/stream",
        "params": params,
    }

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> EventsStreamResponse200 | Problem | None:
    if response.status_code == 200:
        response_200 = EventsStreamResponse200.from_dict(response.text)

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
) -> Response[EventsStreamResponse200 | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    ticket: None | str | Unset = UNSET,
    last_event_id_query: int | None | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Response[EventsStreamResponse200 | Problem]:
    """Live changes to tickets, as server-sent events

     Server-sent events, ids only: refetch through the other endpoints.

    * `event: ticket`, `id: <event id>`, `data: {"ticket": <number>, "kind": "...", "version": n}`
      for each change to a ticket the caller may see (a customer: the changes the requester sees, on
      tickets they may read; never an internal note).
    * `event: presence`, `data: {"ticket": <number>}`: someone arrived on, left or started replying
      to the ticket (the support team only; no id).
    * `event: reset`: events may have been missed (Last-Event-ID too old, or the server lost track):
      refetch everything shown.
    * A `: keep-alive` comment every 15 s; the stream ends after a few minutes (reconnect).

    Authenticate with the Authorization header, or (EventSource cannot send headers) with a
    `ticket` from `POST /events/stream-tickets`: the one credential Sportello accepts in a query
    string, good for a minute. Resume with `Last-Event-ID` (or `last_event_id`).

    Needs the scope `tickets:read`.

    Args:
        ticket (None | str | Unset): A stream ticket, instead of the Authorization header.
        last_event_id_query (int | None | Unset): Resume after this event (as Last-Event-ID).
        last_event_id_header (None | str | Unset): Resume after this event; one the server never
            sent gets a reset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventsStreamResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        ticket=ticket,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    ticket: None | str | Unset = UNSET,
    last_event_id_query: int | None | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> EventsStreamResponse200 | Problem | None:
    """Live changes to tickets, as server-sent events

     Server-sent events, ids only: refetch through the other endpoints.

    * `event: ticket`, `id: <event id>`, `data: {"ticket": <number>, "kind": "...", "version": n}`
      for each change to a ticket the caller may see (a customer: the changes the requester sees, on
      tickets they may read; never an internal note).
    * `event: presence`, `data: {"ticket": <number>}`: someone arrived on, left or started replying
      to the ticket (the support team only; no id).
    * `event: reset`: events may have been missed (Last-Event-ID too old, or the server lost track):
      refetch everything shown.
    * A `: keep-alive` comment every 15 s; the stream ends after a few minutes (reconnect).

    Authenticate with the Authorization header, or (EventSource cannot send headers) with a
    `ticket` from `POST /events/stream-tickets`: the one credential Sportello accepts in a query
    string, good for a minute. Resume with `Last-Event-ID` (or `last_event_id`).

    Needs the scope `tickets:read`.

    Args:
        ticket (None | str | Unset): A stream ticket, instead of the Authorization header.
        last_event_id_query (int | None | Unset): Resume after this event (as Last-Event-ID).
        last_event_id_header (None | str | Unset): Resume after this event; one the server never
            sent gets a reset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventsStreamResponse200 | Problem
    """

    return sync_detailed(
        client=client,
        ticket=ticket,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    ticket: None | str | Unset = UNSET,
    last_event_id_query: int | None | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> Response[EventsStreamResponse200 | Problem]:
    """Live changes to tickets, as server-sent events

     Server-sent events, ids only: refetch through the other endpoints.

    * `event: ticket`, `id: <event id>`, `data: {"ticket": <number>, "kind": "...", "version": n}`
      for each change to a ticket the caller may see (a customer: the changes the requester sees, on
      tickets they may read; never an internal note).
    * `event: presence`, `data: {"ticket": <number>}`: someone arrived on, left or started replying
      to the ticket (the support team only; no id).
    * `event: reset`: events may have been missed (Last-Event-ID too old, or the server lost track):
      refetch everything shown.
    * A `: keep-alive` comment every 15 s; the stream ends after a few minutes (reconnect).

    Authenticate with the Authorization header, or (EventSource cannot send headers) with a
    `ticket` from `POST /events/stream-tickets`: the one credential Sportello accepts in a query
    string, good for a minute. Resume with `Last-Event-ID` (or `last_event_id`).

    Needs the scope `tickets:read`.

    Args:
        ticket (None | str | Unset): A stream ticket, instead of the Authorization header.
        last_event_id_query (int | None | Unset): Resume after this event (as Last-Event-ID).
        last_event_id_header (None | str | Unset): Resume after this event; one the server never
            sent gets a reset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[EventsStreamResponse200 | Problem]
    """

    kwargs = _get_kwargs(
        ticket=ticket,
        last_event_id_query=last_event_id_query,
        last_event_id_header=last_event_id_header,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    ticket: None | str | Unset = UNSET,
    last_event_id_query: int | None | Unset = UNSET,
    last_event_id_header: None | str | Unset = UNSET,
) -> EventsStreamResponse200 | Problem | None:
    """Live changes to tickets, as server-sent events

     Server-sent events, ids only: refetch through the other endpoints.

    * `event: ticket`, `id: <event id>`, `data: {"ticket": <number>, "kind": "...", "version": n}`
      for each change to a ticket the caller may see (a customer: the changes the requester sees, on
      tickets they may read; never an internal note).
    * `event: presence`, `data: {"ticket": <number>}`: someone arrived on, left or started replying
      to the ticket (the support team only; no id).
    * `event: reset`: events may have been missed (Last-Event-ID too old, or the server lost track):
      refetch everything shown.
    * A `: keep-alive` comment every 15 s; the stream ends after a few minutes (reconnect).

    Authenticate with the Authorization header, or (EventSource cannot send headers) with a
    `ticket` from `POST /events/stream-tickets`: the one credential Sportello accepts in a query
    string, good for a minute. Resume with `Last-Event-ID` (or `last_event_id`).

    Needs the scope `tickets:read`.

    Args:
        ticket (None | str | Unset): A stream ticket, instead of the Authorization header.
        last_event_id_query (int | None | Unset): Resume after this event (as Last-Event-ID).
        last_event_id_header (None | str | Unset): Resume after this event; one the server never
            sent gets a reset.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        EventsStreamResponse200 | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            ticket=ticket,
            last_event_id_query=last_event_id_query,
            last_event_id_header=last_event_id_header,
        )
    ).parsed
