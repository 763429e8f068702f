"""Misbehaving routes for ``support_http.LoopbackServer`` (the shared loopback server).

``Reply`` already covers plain statuses, redirects, lies about Content-Length and finite
drips; the callables here add what it cannot express: a drip that never ends until
released, a connection reset, a precompressed gzip bomb, one route answering differently
per request, and a feed that grows on every request (the crash-safety server).
"""

from __future__ import annotations

import gzip
import socket
import struct
import threading
from collections.abc import Callable
from typing import Any

from support_http import Reply

from hostile import content

Route = Callable[[Any], None]


def _headers(h: Any, status: int, headers: dict[str, str], length: int | None) -> None:
    h.send_response(status)
    for name, value in headers.items():
        h.send_header(name, value)
    if length is None:
        h.send_header("Connection", "close")
        h.close_connection = True
    else:
        h.send_header("Content-Length", str(length))
    h.end_headers()


class Drip:
    """Headers at once, then one byte every ``every`` s, cycling, until ``release()``.

    Never quiet long enough for a read timeout, never done: only a total timeout ends it.
    ``active`` says how many drips are still sending (so a test can tell a feed is pending).
    """

    def __init__(self, every: float = 0.1, body: bytes | None = None) -> None:
        self.every = every
        self.body = body or content.good_feed("drip")
        self.active = 0
        self.started = threading.Event()
        self._released = threading.Event()
        self._lock = threading.Lock()

    def release(self) -> None:
        self._released.set()

    def __call__(self, h: Any) -> None:
        _headers(h, 200, {"Content-Type": "application/rss+xml"}, None)
        with self._lock:
            self.active += 1
        self.started.set()
        try:
            i = 0
            while not self._released.is_set() and not h.wait(self.every):
                h.wfile.write(self.body[i % len(self.body) : i % len(self.body) + 1])
                h.wfile.flush()
                i += 1
        finally:
            with self._lock:
                self.active -= 1


def reset(h: Any) -> None:
    """Read the request, then close with an RST (SO_LINGER 0) and no response at all."""
    sock: socket.socket = h.connection
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_LINGER, struct.pack("ii", 1, 0))
    h.close_connection = True
    h.wfile = _Sink()  # the handler's finish() must not write to the closed socket
    sock.close()


class _Sink:
    def write(self, data: bytes) -> int:
        return len(data)

    def flush(self) -> None:
        pass

    def close(self) -> None:
        pass

    @property
    def closed(self) -> bool:
        return False


def gzip_bomb(size: int = 64 * 1024 * 1024) -> Route:
    """Content-Encoding: gzip over ``size`` zero bytes (~64 KB on the wire), compressed once."""
    bomb = gzip.compress(b"\0" * size, compresslevel=9)

    def route(h: Any) -> None:
        _headers(
            h,
            200,
            {"Content-Encoding": "gzip", "Content-Type": "application/rss+xml"},
            len(bomb),
        )
        h.wfile.write(bomb)

    return route


def oversize(size: int) -> Route:
    """A feed-looking body of ``size`` bytes sent with no length (so only reading finds out)."""
    head = content.rss([]).encode()[: -len("</channel></rss>")]
    filler = b"<!-- " + b"x" * 65536 + b" -->"

    def route(h: Any) -> None:
        _headers(h, 200, {"Content-Type": "application/rss+xml"}, None)
        h.wfile.write(head)
        sent = len(head)
        while sent < size:
            piece = filler[: size - sent]
            h.wfile.write(piece)
            sent += len(piece)

    return route


def sequence(*routes: Reply | Route) -> Route:
    """Answer the n-th request with the n-th route; the last one repeats."""
    lock = threading.Lock()
    count = [0]

    def route(h: Any) -> None:
        with lock:
            i = min(count[0], len(routes) - 1)
            count[0] += 1
        r = routes[i]
        if isinstance(r, Reply):
            h._send(r)
        else:
            r(h)

    return route


class GrowingFeed:
    """A feed that gains ``step`` items on every request (capped at ``window`` shown).

    ``served`` keeps the guids of the last body served, so a test can check that they all
    got stored. ``frozen`` stops the growth (for the resume-without-duplicates check).
    """

    def __init__(self, name: str, step: int = 5, window: int = 60, pad: int = 400) -> None:
        self.name = name
        self.step = step
        self.window = window
        self.pad = "The desk filed more copy on the story. " * (pad // 39)
        self.requests = 0
        self.frozen = False
        self.served: list[str] = []
        self._lock = threading.Lock()

    def body(self) -> bytes:
        with self._lock:
            if not self.frozen:
                self.requests += 1
            top = self.requests * self.step
            guids = [f"{self.name}-{i}" for i in range(max(0, top - self.window), top)]
            self.served = guids
        items = [
            content.item(
                g,
                f"Rebels captured Hama, says {self.name} ({g})",
                f"Opposition forces say they hold Hama. {self.pad}",
            )
            for g in guids
        ]
        return content.rss(items, title=self.name).encode()

    def __call__(self, h: Any) -> None:
        data = self.body()
        _headers(h, 200, {"Content-Type": "application/rss+xml"}, len(data))
        h.wfile.write(data)


def evil_status_line(h: Any) -> None:
    """A 500 whose reason phrase and Content-Type carry C1 CSI bytes (legal obs-text)."""
    h.wfile.write(b"HTTP/1.1 500 \x9b31mBOOM\x9b0m\r\n")
    h.wfile.write(b"Content-Type: text/plain\x9b2J\r\nContent-Length: 4\r\n")
    h.wfile.write(b"Connection: close\r\n\r\nboom")
    h.close_connection = True


def truncated(body: bytes) -> Route:
    """Promise ``2 * len(body)`` bytes, send ``body``, then hang up."""

    def route(h: Any) -> None:
        _headers(h, 200, {"Content-Type": "application/rss+xml"}, 2 * len(body))
        h.wfile.write(body)
        h.wfile.flush()
        h.close_connection = True

    return route


def evil_location(h: Any) -> None:
    """A redirect whose Location carries C1 control bytes (legal obs-text on the wire)."""
    h.wfile.write(b"HTTP/1.1 302 Found\r\nLocation: ftp://evil.example/\x9b2J\x9d0;x\x9c\r\n")
    h.wfile.write(b"Content-Length: 0\r\nConnection: close\r\n\r\n")
    h.close_connection = True
