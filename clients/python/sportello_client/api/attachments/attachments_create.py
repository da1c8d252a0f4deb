from http import HTTPStatus
from typing import Any
from urllib.parse import quote

import httpx

from ... import errors
from ...client import AuthenticatedClient, Client
from ...models.attachment_out import AttachmentOut
from ...models.attachments_create_attachment_upload import AttachmentsCreateAttachmentUpload
from ...models.problem import Problem
from ...types import Response


def _get_kwargs(
    number: int,
    *,
    body: AttachmentsCreateAttachmentUpload,
) -> dict[str, Any]:
    headers: dict[str, Any] = {}

    _kwargs: dict[str, Any] = {
        "method": "post",
        "url": "/api/v1/tickets/{number}/attachments".format(
            number=quote(str(number), safe=""),
        ),
    }

    _kwargs["files"] = body.to_multipart()

    headers["Content-Type"] = "multipart/form-data; boundary=+++"

    _kwargs["headers"] = headers
    return _kwargs


def _parse_response(
    *, client: AuthenticatedClient | Client, response: httpx.Response
) -> AttachmentOut | Problem | None:
    if response.status_code == 201:
        response_201 = AttachmentOut.from_dict(response.json())

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
) -> Response[AttachmentOut | Problem]:
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
    body: AttachmentsCreateAttachmentUpload,
) -> Response[AttachmentOut | Problem]:
    """Upload a file to the ticket, or to one of your comments on it

     Refused (401, 404, 413) before any of the file is stored.

    Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (AttachmentsCreateAttachmentUpload): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
    )

    response = client.get_httpx_client().request(
        **kwargs,
    )

    return _build_response(client=client, response=response)


def sync(
    number: int,
    *,
    client: AuthenticatedClient,
    body: AttachmentsCreateAttachmentUpload,
) -> AttachmentOut | Problem | None:
    """Upload a file to the ticket, or to one of your comments on it

     Refused (401, 404, 413) before any of the file is stored.

    Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (AttachmentsCreateAttachmentUpload): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
    """

    return sync_detailed(
        number=number,
        client=client,
        body=body,
    ).parsed


async def asyncio_detailed(
    number: int,
    *,
    client: AuthenticatedClient,
    body: AttachmentsCreateAttachmentUpload,
) -> Response[AttachmentOut | Problem]:
    """Upload a file to the ticket, or to one of your comments on it

     Refused (401, 404, 413) before any of the file is stored.

    Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (AttachmentsCreateAttachmentUpload): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        Response[AttachmentOut | Problem]
    """

    kwargs = _get_kwargs(
        number=number,
        body=body,
    )

    response = await client.get_async_httpx_client().request(**kwargs)

    return _build_response(client=client, response=response)


async def asyncio(
    number: int,
    *,
    client: AuthenticatedClient,
    body: AttachmentsCreateAttachmentUpload,
) -> AttachmentOut | Problem | None:
    """Upload a file to the ticket, or to one of your comments on it

     Refused (401, 404, 413) before any of the file is stored.

    Needs the scope `tickets:write`.

    Args:
        number (int): The ticket number (the reference without prefix).
        body (AttachmentsCreateAttachmentUpload): The multipart form of an upload.

    Raises:
        errors.UnexpectedStatus: If the server returns an undocumented status code and Client.raise_on_unexpected_status is True.
        httpx.TimeoutException: If the request takes longer than Client.timeout.

    Returns:
        AttachmentOut | Problem
    """

    return (
        await asyncio_detailed(
            number=number,
            client=client,
            body=body,
        )
    ).parsed
