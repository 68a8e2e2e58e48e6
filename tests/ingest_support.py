"""Helpers for the reader and batch tests: fixture paths, a local HTTP server,
and the stored events in a comparable form."""

from __future__ import annotations

import contextlib
import http.server
import threading
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from pathlib import Path

from sqlalchemy import select

from schedule.models import Event
from schedule.storage import Database

INPUTS = Path(__file__).resolve().parent / "fixtures" / "inputs"

#: (first day, place, participants): an event as the tests expect it.
EventKey = tuple[str, str | None, frozenset[str]]


def key(day: str, place: str | None, *people: str) -> EventKey:
    return (day, place, frozenset(people))


def stored_events(db: Database) -> list[EventKey]:
    with db.session() as session:
        return sorted(
            (
                (
                    e.start_date.isoformat(),
                    e.place,
                    frozenset(p.person.name for p in e.participants),
                )
                for e in session.scalars(select(Event))
            ),
            key=lambda k: (k[0], k[1] or "", sorted(k[2])),
        )


@dataclass
class Route:
    """What the test server answers for one path."""

    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    headers: dict[str, str] = field(default_factory=dict)
    delay: float = 0.0  # seconds before the body is sent
    handler: Callable[[], tuple[int, dict[str, str], bytes]] | None = None


class Server:
    """A real HTTP server on 127.0.0.1 in a thread, serving :class:`Route` values."""

    def __init__(self) -> None:
        self.routes: dict[str, Route] = {}
        self.hits: dict[str, int] = {}
        routes, hits = self.routes, self.hits

        class Handler(http.server.BaseHTTPRequestHandler):
            def do_GET(self) -> None:
                hits[self.path] = hits.get(self.path, 0) + 1
                route = routes.get(self.path)
                if route is None:
                    self.send_error(404, "Not Found")
                    return
                status, headers, body = (
                    route.handler()
                    if route.handler
                    else (
                        route.status,
                        {"Content-Type": route.content_type, **route.headers},
                        route.body,
                    )
                )
                if route.delay:
                    time.sleep(route.delay)
                self.send_response(status)
                headers.setdefault("Content-Length", str(len(body)))
                for name, value in headers.items():
                    self.send_header(name, value)
                self.end_headers()
                # The client may give up early (the size limit): expected.
                with contextlib.suppress(BrokenPipeError, ConnectionResetError):
                    self.wfile.write(body)

            def log_message(self, *args: object) -> None:
                pass

        self.httpd = http.server.ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.httpd.daemon_threads = True
        self.thread = threading.Thread(target=self.httpd.serve_forever, daemon=True)

    def url(self, path: str) -> str:
        host, port = self.httpd.server_address[:2]
        return f"http://{host}:{port}{path}"


@contextmanager
def serve() -> Iterator[Server]:
    server = Server()
    server.thread.start()
    try:
        yield server
    finally:
        server.httpd.shutdown()
        server.httpd.server_close()
