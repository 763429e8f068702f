"""A real HTTP/1.1 server on loopback, in a thread, with programmable routes.

Fetch tests (and anything else that needs feeds served over HTTP) use this instead of
mocking httpx: the bytes really cross a socket. A route is either a ``Reply`` (status,
headers, body, conditional GET, chunking, gzip, delays, slow drip) or a callable that gets
the request handler and writes whatever it likes.

    with LoopbackServer() as server:
        server.route("/feed.xml", Reply(body=b"<rss/>", etag='"v1"'))
        url = server.url("/feed.xml")
"""

from __future__ import annotations

import gzip
import socket
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer


@dataclass
class Reply:
    """What a route answers. Conditional GET is honoured when ``etag``/``last_modified`` set."""

    status: int = 200
    body: bytes = b""
    headers: dict[str, str] = field(default_factory=dict)
    etag: str | None = None
    last_modified: str | None = None
    delay: float = 0.0  # seconds to hold the request before answering
    chunked: bool = False  # Transfer-Encoding: chunked instead of Content-Length
    close_delimited: bool = False  # no length at all: the body ends when the socket closes
    content_length: int | None = None  # override (lie about) the Content-Length header
    gzip: bool = False  # send the body gzip-compressed with Content-Encoding: gzip
    drip: float | None = None  # seconds between body bytes (a slow server)
    stall_before_headers: float = 0.0  # accept, then say nothing for this long


@dataclass
class Seen:
    """One request as the server saw it."""

    path: str
    headers: dict[str, str]
    client: tuple[str, int] = ("", 0)  # the client's address: one per TCP connection


class Gauge:
    """Counts requests in flight (shareable between servers to see a global cap)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self.active = 0
        self.peak = 0

    def enter(self) -> None:
        with self._lock:
            self.active += 1
            self.peak = max(self.peak, self.active)

    def leave(self) -> None:
        with self._lock:
            self.active -= 1


Route = Reply | Callable[["_Handler"], None]


class LoopbackServer:
    """A threaded HTTP server on ``host`` (any 127.0.0.0/8 address) and a free port."""

    def __init__(self, host: str = "127.0.0.1", gauge: Gauge | None = None) -> None:
        self.host = host
        self.routes: dict[str, Route] = {}
        self.requests: list[Seen] = []
        self.gauge = gauge or Gauge()
        self.stopping = threading.Event()
        self.sent: dict[str, int] = {}  # body bytes written per path (for abort checks)
        self._lock = threading.Lock()
        self._httpd: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def route(self, path: str, reply: Route) -> None:
        self.routes[path] = reply

    def url(self, path: str) -> str:
        assert self._httpd is not None, "server not started"
        return f"http://{self.host}:{self._httpd.server_address[1]}{path}"

    def hits(self, path: str) -> list[Seen]:
        with self._lock:
            return [seen for seen in self.requests if seen.path == path]

    def __enter__(self) -> LoopbackServer:
        handler = type("BoundHandler", (_Handler,), {"owner": self})
        httpd = _QuietServer((self.host, 0), handler)
        self._httpd = httpd
        self._thread = threading.Thread(target=httpd.serve_forever, kwargs={"poll_interval": 0.05})
        self._thread.daemon = True
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self.stopping.set()
        if self._httpd is not None:
            self._httpd.shutdown()
            self._httpd.server_close()
        if self._thread is not None:
            self._thread.join(timeout=5)

    def _record(self, seen: Seen) -> None:
        with self._lock:
            self.requests.append(seen)

    def _count_sent(self, path: str, n: int) -> None:
        with self._lock:
            self.sent[path] = self.sent.get(path, 0) + n


class _QuietServer(ThreadingHTTPServer):
    """Clients that hang up mid-response (as size caps do) are normal here, not errors."""

    daemon_threads = True
    block_on_close = False
    request_queue_size = 128  # the default 5 drops SYNs when a poll connects 20 at once

    def handle_error(self, request: object, client_address: object) -> None:
        if not isinstance(sys.exc_info()[1], ConnectionError):
            super().handle_error(request, client_address)  # type: ignore[arg-type]


class _Handler(BaseHTTPRequestHandler):
    owner: LoopbackServer
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: object) -> None:  # noqa: A002 - stdlib name
        """Keep test output clean."""

    def do_GET(self) -> None:  # noqa: N802 - stdlib name
        owner = self.owner
        headers = {k.lower(): v for k, v in self.headers.items()}
        owner._record(Seen(self.path, headers, tuple(self.client_address)))
        owner.gauge.enter()
        try:
            route = owner.routes.get(self.path)
            if route is None:
                self._send(Reply(status=404, body=b"no such route"))
            elif isinstance(route, Reply):
                self._send(route)
            else:
                route(self)
        except (BrokenPipeError, ConnectionResetError):
            self.close_connection = True
        finally:
            owner.gauge.leave()

    def wait(self, seconds: float) -> bool:
        """Sleep unless the server is stopping; True if it is stopping."""
        return self.owner.stopping.wait(seconds)

    def _send(self, reply: Reply) -> None:
        if reply.stall_before_headers and self.wait(reply.stall_before_headers):
            return
        if reply.delay and self.wait(reply.delay):
            return
        if self._not_modified(reply):
            self.send_response(304)
            self._validators(reply)
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        body = gzip.compress(reply.body, compresslevel=6) if reply.gzip else reply.body
        self.send_response(reply.status)
        self._validators(reply)
        for name, value in reply.headers.items():
            self.send_header(name, value)
        if reply.gzip:
            self.send_header("Content-Encoding", "gzip")
        if reply.chunked:
            self.send_header("Transfer-Encoding", "chunked")
        elif reply.close_delimited:
            self.send_header("Connection", "close")
            self.close_connection = True
        else:
            length = reply.content_length if reply.content_length is not None else len(body)
            self.send_header("Content-Length", str(length))
        self.end_headers()
        self._body(body, reply)

    def _body(self, body: bytes, reply: Reply) -> None:
        step = 1 if reply.drip else 64 * 1024
        for start in range(0, len(body), step):
            piece = body[start : start + step]
            if reply.chunked:
                self.wfile.write(b"%x\r\n%s\r\n" % (len(piece), piece))
            else:
                self.wfile.write(piece)
            self.wfile.flush()
            self.owner._count_sent(self.path, len(piece))
            if reply.drip and self.wait(reply.drip):
                return
        if reply.chunked:
            self.wfile.write(b"0\r\n\r\n")
            self.wfile.flush()

    def _not_modified(self, reply: Reply) -> bool:
        if reply.status != 200:
            return False
        etag_sent = self.headers.get("If-None-Match")
        if reply.etag is not None and etag_sent is not None:
            return etag_sent == reply.etag
        since = self.headers.get("If-Modified-Since")
        return reply.last_modified is not None and since == reply.last_modified

    def _validators(self, reply: Reply) -> None:
        if reply.etag is not None:
            self.send_header("ETag", reply.etag)
        if reply.last_modified is not None:
            self.send_header("Last-Modified", reply.last_modified)


@contextmanager
def unaccepting_port(host: str = "127.0.0.1") -> Iterator[int]:
    """A port whose accept queue is full, so a new connect hangs until its timeout."""
    listener = socket.socket()
    listener.bind((host, 0))
    listener.listen(0)
    port = listener.getsockname()[1]
    fillers = []
    try:
        for _ in range(3):
            filler = socket.socket()
            filler.setblocking(False)
            with suppress(BlockingIOError):
                filler.connect((host, port))
            fillers.append(filler)
        yield port
    finally:
        for filler in fillers:
            filler.close()
        listener.close()


def free_port(host: str = "127.0.0.1") -> int:
    """A port nothing listens on (connections to it are refused)."""
    with socket.socket() as probe:
        probe.bind((host, 0))
        return probe.getsockname()[1]
