from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.customer_ticket_out import CustomerTicketOut
from ...models.problem import Problem
from ...models.ticket_out import TicketOut
from ...models.ticket_update import TicketUpdate
from ...types import UNSET, Response, Unset


def _get_kwargs(
    number: int,
    *,
    body: TicketUpdate,
    if_match: None | str | Unset = UNSET,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}
    if not isinstance(if_match, Unset):
        headers["If-Match"] = if_match

    _kwargs: dict[str, Any] = {
        "method": "patch",
        "url": "/api/v1/tickets/{number}".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["json"] = body.to_dict()

    headers["Content-Type"] = "application/json"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> CustomerTicketOut | TicketOut | Problem | None:
    if response.status_code == 200:

        def _parse_response_200(data: object) -> CustomerTicketOut | TicketOut:
            try:
                if not isinstance(data, dict):
                    raise TypeError()
                response_200_type_0 = TicketOut.from_dict(data)

                return response_200_type_0
            except (TypeError, ValueError, AttributeError, KeyError):
                pass
            if not isinstance(data, dict):
                raise TypeError()
            response_200_type_1 = CustomerTicketOut.from_dict(data)

            return response_200_type_1

        response_200 = _parse_response_200(response.json())

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

    if response.status_code == 412:
        response_412 = Problem.from_dict(response.json())

        return response_412

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
    number: int,
    *,
    client: AuthenticatedClient,
    body: TicketUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[CustomerTicketOut | TicketOut | Problem]:
    """Change fields or status; send If-Match with the ETag to avoid overwriting others

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (TicketUpdate): Customers may send only `status` (closed to confirm, open to reopen a
            resolved ticket).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTicketOut | TicketOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
        if_match=if_match,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    body: TicketUpdate,
    if_match: None | str | Unset = UNSET,
) -> CustomerTicketOut | TicketOut | Problem | None:
    """Change fields or status; send If-Match with the ETag to avoid overwriting others

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (TicketUpdate): Customers may send only `status` (closed to confirm, open to reopen a
            resolved ticket).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTicketOut | TicketOut | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        body=body,
        if_match=if_match,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: TicketUpdate,
    if_match: None | str | Unset = UNSET,
) -> Response[CustomerTicketOut | TicketOut | Problem]:
    """Change fields or status; send If-Match with the ETag to avoid overwriting others

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (TicketUpdate): Customers may send only `status` (closed to confirm, open to reopen a
            resolved ticket).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[CustomerTicketOut | TicketOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
        if_match=if_match,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    body: TicketUpdate,
    if_match: None | str | Unset = UNSET,
) -> CustomerTicketOut | TicketOut | Problem | None:
    """Change fields or status; send If-Match with the ETag to avoid overwriting others

     Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        if_match (None | str | Unset): The ETag you last read; if it is stale the change is
            refused with 412. Without it the change is made unconditionally.
        body (TicketUpdate): Customers may send only `status` (closed to confirm, open to reopen a
            resolved ticket).

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        CustomerTicketOut | TicketOut | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            body=body,
            if_match=if_match,
        )
    ).parsed
