"""Request bodies are bounded before they are read: declared, chunked, JSON and uploads.

The in-process test client hands the app a whole body at once, so what must be shown on the
wire (an answer before the body has arrived) runs against a real server over a raw socket.
"""

import json
import socket
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import h11
import httpx
import pytest
from fastapi import FastAPI
from fastapi.testclient import TestClient

from api.core.limits import MULTIPART_OVERHEAD
from api.main import create_app
from tests.api.conftest import Person, World
from tests.api.conftest import test_settings as settings_for
from tests.server import serving

PROBLEM = "application/problem+json"
UPLOAD_LIMIT = 64 * 1024  # max_upload_bytes in the test settings
JSON_LIMIT = 8 * 1024  # max_json_bytes of the small-limit app and server below
BOUNDARY = "sportello-test-boundary"


def _too_large(response: httpx.Response, limit: int) -> None:
    assert response.status_code == 413, response.text
    assert response.headers["content-type"] == PROBLEM
    body = response.json()
    assert body["status"] == 413
    assert body["type"].endswith("/payload-too-large")
    assert str(limit) in body["detail"]


def _tickets(client: TestClient, who: Person) -> list[dict[str, Any]]:
    items: list[dict[str, Any]] = client.get("/api/v1/tickets", headers=who.headers).json()["items"]
    return items


def _stored_files(data_dir: Path) -> list[Path]:
    directory = data_dir / "attachments"
    return sorted(directory.iterdir()) if directory.exists() else []


def _ticket_body(size: int) -> bytes:
    """A ticket creation body of exactly `size` bytes."""
    empty = json.dumps({"subject": "Big", "description": ""}).encode()
    return json.dumps({"subject": "Big", "description": "x" * (size - len(empty))}).encode()


@pytest.fixture
def small_json_app(database_url: str, tmp_path: Path) -> Iterator[FastAPI]:
    application = create_app(settings_for(database_url, tmp_path, max_json_bytes=JSON_LIMIT))
    yield application
    application.state.db.engine.dispose()


def test_a_declared_json_body_over_the_limit_is_refused(
    client: TestClient, world: World, small_json_app: FastAPI
) -> None:
    with TestClient(small_json_app) as small:
        response = small.post(
            "/api/v1/tickets",
            content=_ticket_body(JSON_LIMIT + 1),
            headers=world.alice.headers | {"Content-Type": "application/json"},
        )
        _too_large(response, JSON_LIMIT)
        assert response.request.headers["content-length"] == str(JSON_LIMIT + 1)
        exactly = small.post(
            "/api/v1/tickets",
            content=_ticket_body(JSON_LIMIT),
            headers=world.alice.headers | {"Content-Type": "application/json"},
        )
        assert exactly.status_code == 201, exactly.text
    assert len(_tickets(client, world.alice)) == 1


def test_a_chunked_json_body_over_the_limit_is_refused(
    client: TestClient, world: World, small_json_app: FastAPI
) -> None:
    body = _ticket_body(JSON_LIMIT + 1)

    def chunks() -> Iterator[bytes]:
        for start in range(0, len(body), 1000):
            yield body[start : start + 1000]

    with TestClient(small_json_app) as small:
        response = small.post(
            "/api/v1/tickets",
            content=chunks(),
            headers=world.alice.headers | {"Content-Type": "application/json"},
        )
    assert response.request.headers["transfer-encoding"] == "chunked"
    assert "content-length" not in response.request.headers
    _too_large(response, JSON_LIMIT)
    assert _tickets(client, world.alice) == []


def test_uploads_have_their_own_larger_limit(
    client: TestClient, world: World, small_json_app: FastAPI, tmp_path: Path
) -> None:
    number = world.open_ticket(client)["number"]
    with TestClient(small_json_app) as small:
        accepted = small.post(
            f"/api/v1/tickets/{number}/attachments",
            files={"file": ("big.bin", b"A" * UPLOAD_LIMIT, "application/octet-stream")},
            headers=world.alice.headers,
        )
        assert accepted.status_code == 201, accepted.text
        # The upload allowance is for the upload route only.
        comment = small.post(
            f"/api/v1/tickets/{number}/comments",
            json={"body": "y" * (2 * JSON_LIMIT)},
            headers=world.alice.headers,
        )
        _too_large(comment, JSON_LIMIT)


def test_the_default_json_limit_is_one_mebibyte(client: TestClient, world: World) -> None:
    response = client.post(
        "/api/v1/tickets",
        content=_ticket_body(1024 * 1024 + 1),
        headers=world.alice.headers | {"Content-Type": "application/json"},
    )
    _too_large(response, 1024 * 1024)
    assert _tickets(client, world.alice) == []


def test_a_chunked_upload_over_the_limit_is_refused_and_stores_nothing(
    client: TestClient, app: FastAPI, world: World
) -> None:
    number = world.open_ticket(client)["number"]
    data_dir: Path = app.state.settings.data_dir
    before = _stored_files(data_dir)
    head = (
        f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="big.bin"\r\n'
        "Content-Type: application/octet-stream\r\n\r\n"
    ).encode()

    def chunks() -> Iterator[bytes]:
        yield head
        for _ in range(4 * UPLOAD_LIMIT // 4096):
            yield b"A" * 4096
        yield f"\r\n--{BOUNDARY}--\r\n".encode()

    response = client.post(
        f"/api/v1/tickets/{number}/attachments",
        content=chunks(),
        headers=world.alice.headers | {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"},
    )
    assert "content-length" not in response.request.headers
    _too_large(response, UPLOAD_LIMIT)
    assert _stored_files(data_dir) == before
    listed = client.get(f"/api/v1/tickets/{number}/attachments", headers=world.agent.headers)
    assert listed.json()["items"] == []


def test_every_operation_with_a_body_documents_413(client: TestClient) -> None:
    paths = client.get("/api/v1/openapi.json").json()["paths"]
    with_body = [
        operation
        for path in paths.values()
        for operation in path.values()
        if "requestBody" in operation
    ]
    assert len(with_body) > 20
    for operation in with_body:
        assert "413" in operation["responses"], operation["operationId"]


# On the wire, against a real server.


class RawRequest:
    """An HTTP/1.1 request sent piece by piece, whose answer can be read before it is done."""

    def __init__(self, address: tuple[str, int], path: str, headers: dict[str, str]) -> None:
        self.sock = socket.create_connection(address, timeout=15)
        self.conn = h11.Connection(our_role=h11.CLIENT)
        self.sent = 0
        request = h11.Request(
            method="POST", target=path, headers=[("Host", address[0]), *headers.items()]
        )
        self.sock.sendall(self.conn.send(request) or b"")

    def send(self, data: bytes) -> None:
        self.sock.sendall(self.conn.send(h11.Data(data=data)) or b"")
        self.sent += len(data)

    def answer(self) -> tuple[int, dict[str, Any]]:
        """Wait for the answer without sending another byte of the body."""
        status = 0
        body = b""
        while True:
            event = self.conn.next_event()
            if event is h11.NEED_DATA:
                self.conn.receive_data(self.sock.recv(65536))
            elif isinstance(event, h11.Response):
                status = event.status_code
            elif isinstance(event, h11.Data):
                body += event.data
            elif isinstance(event, h11.EndOfMessage | h11.ConnectionClosed):
                self.sock.close()
                return status, json.loads(body)

    def __enter__(self) -> "RawRequest":
        return self

    def __exit__(self, *_: object) -> None:
        self.sock.close()


@pytest.fixture(scope="module")
def server(
    database_url: str, tmp_path_factory: pytest.TempPathFactory
) -> Iterator[tuple[tuple[str, int], Path]]:
    data_dir = tmp_path_factory.mktemp("server")
    settings = {
        "SPORTELLO_DATABASE_URL": database_url,
        "SPORTELLO_DATA_DIR": str(data_dir),
        "SPORTELLO_MAX_UPLOAD_BYTES": str(UPLOAD_LIMIT),
        "SPORTELLO_MAX_JSON_BYTES": str(JSON_LIMIT),
    }
    with serving(settings, data_dir) as running:
        yield running.address, data_dir


def _multipart_headers(extra: dict[str, str]) -> dict[str, str]:
    return {"Content-Type": f"multipart/form-data; boundary={BOUNDARY}"} | extra


FILE_HEAD = (
    f'--{BOUNDARY}\r\nContent-Disposition: form-data; name="file"; filename="a.bin"\r\n'
    "Content-Type: application/octet-stream\r\n\r\n"
).encode()


@pytest.mark.slow
@pytest.mark.parametrize("framing", ["content-length", "chunked"])
def test_uploads_by_strangers_are_refused_before_their_bytes_arrive(
    client: TestClient,
    world: World,
    server: tuple[tuple[str, int], Path],
    framing: str,
) -> None:
    address, data_dir = server
    number = world.open_ticket(client)["number"]
    path = f"/api/v1/tickets/{number}/attachments"
    length = {"Content-Length": str(UPLOAD_LIMIT)}
    if framing == "chunked":
        length = {"Transfer-Encoding": "chunked"}
    for who, status in (
        ({}, 401),
        ({"Authorization": "Bearer not-a-token"}, 401),
        (world.bob.headers, 404),  # signed in, but not his ticket
    ):
        with RawRequest(address, path, _multipart_headers(length | who)) as request:
            request.send(FILE_HEAD)
            answered, problem = request.answer()  # the rest of the body is never sent
        assert answered == status, problem
        assert problem["status"] == status
    assert _stored_files(data_dir) == []


@pytest.mark.slow
def test_a_declared_upload_over_the_limit_is_refused_before_it_is_sent(
    client: TestClient, world: World, server: tuple[tuple[str, int], Path]
) -> None:
    address, data_dir = server
    number = world.open_ticket(client)["number"]
    declared = UPLOAD_LIMIT + MULTIPART_OVERHEAD + 1
    headers = _multipart_headers({"Content-Length": str(declared)} | world.alice.headers)
    with RawRequest(address, f"/api/v1/tickets/{number}/attachments", headers) as request:
        answered, problem = request.answer()
    assert (answered, problem["status"]) == (413, 413)
    assert str(UPLOAD_LIMIT) in problem["detail"]
    assert _stored_files(data_dir) == []


@pytest.mark.slow
@pytest.mark.parametrize("kind", ["upload", "json"])
def test_a_chunked_body_is_cut_off_once_past_the_limit(
    client: TestClient, world: World, server: tuple[tuple[str, int], Path], kind: str
) -> None:
    address, data_dir = server
    number = world.open_ticket(client)["number"]
    if kind == "upload":
        path, limit = f"/api/v1/tickets/{number}/attachments", UPLOAD_LIMIT
        headers, first = _multipart_headers({}), FILE_HEAD
        allowed = UPLOAD_LIMIT + MULTIPART_OVERHEAD
    else:
        path, limit = f"/api/v1/tickets/{number}/comments", JSON_LIMIT
        headers, first = {"Content-Type": "application/json"}, b'{"body": "'
        allowed = JSON_LIMIT
    headers |= {"Transfer-Encoding": "chunked"} | world.alice.headers
    with RawRequest(address, path, headers) as request:
        request.send(first)
        while request.sent <= allowed:
            request.send(b"A" * 4096)
        # The body never ends: an answer now means the server stopped reading at the limit.
        answered, problem = request.answer()
    assert (answered, problem["status"]) == (413, 413), problem
    assert str(limit) in problem["detail"]
    assert _stored_files(data_dir) == []
    events = client.get(f"/api/v1/tickets/{number}/events", headers=world.agent.headers)
    assert [e["kind"] for e in events.json()["items"]] == ["created"]
