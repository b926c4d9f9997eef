"""A scripted HTTP server on 127.0.0.1 for client tests: what Prism cannot show.

Each test queues the answers it wants (status, headers, body, optional delay); the server records
every request exactly as it arrived — method, raw path, headers and body bytes.
"""

from __future__ import annotations

import threading
import time
from collections import deque
from collections.abc import Iterator
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass(frozen=True)
class Answer:
    status: int = 200
    body: bytes = b'{"id": "task-1"}'
    headers: tuple[tuple[str, str], ...] = (("Content-Type", "application/json"),)
    delay: float = 0.0


@dataclass(frozen=True)
class Seen:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes


@dataclass
class LocalServer:
    """The running server: ``url`` to call, ``answers`` to script, ``seen`` to inspect."""

    url: str
    answers: deque[Answer] = field(default_factory=deque)
    seen: list[Seen] = field(default_factory=list)

    def answer(self, *answers: Answer) -> None:
        self.answers.extend(answers)


def serve() -> Iterator[LocalServer]:
    """Start the server in a thread; yields it, then shuts it down."""
    state = LocalServer(url="")

    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"

        def _handle(self) -> None:
            length = int(self.headers.get("Content-Length") or 0)
            body = self.rfile.read(length)
            state.seen.append(Seen(self.command, self.path, dict(self.headers.items()), body))
            answer = state.answers.popleft() if state.answers else Answer()
            if answer.delay:
                time.sleep(answer.delay)
            self.send_response(answer.status)
            for name, value in answer.headers:
                self.send_header(name, value)
            self.send_header("Content-Length", str(len(answer.body)))
            self.end_headers()
            self.wfile.write(answer.body)

        do_GET = do_PUT = do_POST = do_DELETE = do_PATCH = _handle

        def log_message(self, format: str, *args: object) -> None:
            """Silence the default stderr log."""

    server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
    server.daemon_threads = True
    state.url = f"http://127.0.0.1:{server.server_address[1]}"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield state
    finally:
        server.shutdown()
        server.server_close()
