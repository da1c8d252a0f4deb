from http import HTTPStatus
from typing import Any

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_ticket_out import CustomerTicketOut
from ...models.problem import Problem
from ...models.ticket_create import TicketCreate
from ...models.ticket_out import TicketOut
from ...types import UNSET, Response, Unset


def _get_kwargs(
    *,
    body: TicketCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(idempotency_key, Unset):
        headers["Idempotency-Key"] = idempotency_key

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets",
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerTicketOut | TicketOut | Problem | None:
    if response.status_code == 201:

        def _parse_response_201(data: object) -> CustomerTicketOut | TicketOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_201_type_0 = TicketOut.from_dict(data)

                return response_201_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_201_type_1 = CustomerTicketOut.from_dict(data)

            return response_201_type_1

        response_201 = _parse_response_201(response.json())

        return response_201

    if response.status_code == 400:
        response_400 = Problem.from_dict(response.json())

        return response_400

    if response.status_code == 401:
        response_401 = Problem.from_dict(response.json())

        return response_401

    if response.status_code == 403:
        response_403 = Problem.from_dict(response.json())

        return response_403

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
) -> Response[CustomerTicketOut | TicketOut | Problem]:
    return Response(
        status_code=HTTPStatus(response.status_code),
        content=response.content,
        headers=response.headers,
        parsed=_parse_response(client=client, response=response),
    )


def sync_detailed(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CustomerTicketOut | TicketOut | Problem]:
    """Open a ticket (customers for themselves; staff on behalf of a caller)

     Needs the scope `tickets:write`.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (TicketCreate): Customers may send subject, description, type, category_id, details,
            impact, urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTicketOut | TicketOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> CustomerTicketOut | TicketOut | Problem | None:
    """Open a ticket (customers for themselves; staff on behalf of a caller)

     Needs the scope `tickets:write`.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (TicketCreate): Customers may send subject, description, type, category_id, details,
            impact, urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTicketOut | TicketOut | Problem
    """

    return sync_detailed(
        client=client,
        body=body,
        idempotency_key=idempotency_key,
    ).parsed


async def asyncio_detailed(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> Response[CustomerTicketOut | TicketOut | Problem]:
    """Open a ticket (customers for themselves; staff on behalf of a caller)

     Needs the scope `tickets:write`.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (TicketCreate): Customers may send subject, description, type, category_id, details,
            impact, urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTicketOut | TicketOut | Problem]
    """

    kwargs = _get_kwargs(
        body=body,
        idempotency_key=idempotency_key,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    *,
    client: AuthenticatedClient,
    body: TicketCreate,
    idempotency_key: None | str | Unset = UNSET,
) -> CustomerTicketOut | TicketOut | Problem | None:
    """Open a ticket (customers for themselves; staff on behalf of a caller)

     Needs the scope `tickets:write`.

    Args:
        idempotency_key (None | str | Unset): Retries with the same key return the first response
            and create nothing.
        body (TicketCreate): Customers may send subject, description, type, category_id, details,
            impact, urgency.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTicketOut | TicketOut | Problem
    """

    return (
        await asyncio_detailed(
            client=client,
            body=body,
            idempotency_key=idempotency_key,
        )
    ).parsed
