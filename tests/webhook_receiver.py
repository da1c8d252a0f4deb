"""A real HTTP receiver for webhook tests: answers each POST with the next scripted status
(then 200), and keeps what came and when."""

import threading
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Received:
    at: float  # time.time() when it arrived
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class Receiver:
    url: str
    statuses: list[int] = field(default_factory=list)  # answers still to give, in order
    answer_body: bytes = b"ok"
    received: list[Received] = field(default_factory=list)

    def wait_for(self, count: int, seconds: float = 60) -> list[Received]:
        deadline = time.monotonic() + seconds
        while len(self.received) < count:
            assert time.monotonic() < deadline, f"{len(self.received)} of {count} requests came"
            time.sleep(0.05)
        return list(self.received)


@contextmanager
def receiving(statuses: list[int] | None = None, answer_body: bytes = b"ok") -> Iterator[Receiver]:
    receiver_holder: list[Receiver] = []

    class Handler(BaseHTTPRequestHandler):
        def do_POST(self) -> None:
            receiver = receiver_holder[0]
            length = int(self.headers.get("Content-Length", "0"))
            body = self.rfile.read(length)
            receiver.received.append(
                Received(
                    time.time(), self.path, {k.lower(): v for k, v in self.headers.items()}, body
                )
            )
            status = receiver.statuses.pop(0) if receiver.statuses else 200
            self.send_response(status)
            self.send_header("Content-Type", "text/plain")
            self.send_header("Content-Length", str(len(receiver.answer_body)))
            self.end_headers()
            self.wfile.write(receiver.answer_body)

        def log_message(self, format: str, *args: object) -> None:
            pass

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    port = server.server_address[1]
    receiver_holder.append(
        Receiver(f"http://127.0.0.1:{port}/hooks/sportello", list(statuses or []), answer_body)
    )
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield receiver_holder[0]
    finally:
        server.shutdown()
        server.server_close()
