"""A loopback feed server that replays the demo scenario on a clock.

Each outlet's feed lists the items whose offset the scenario clock has passed, newest
first, with ``pubDate`` = demo start + offset / speed. It answers conditional GETs (ETag,
Last-Modified, 304) like a well-behaved publisher, and misbehaves where the scenario says:
a slow outlet answers late, a dying outlet answers 500 and then drops connections. The
clock and the sleep are injectable so tests can jump to any moment without waiting.
"""

from __future__ import annotations

import hashlib
import threading
import time
import xml.etree.ElementTree as ET
from collections.abc import Callable
from datetime import UTC, datetime, timedelta
from email.utils import format_datetime, parsedate_to_datetime
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from frontline.demo.scenario import Item, Outlet, Scenario, feed_url

ATOM_NS = "http://www.w3.org/2005/Atom"


def _iso(ts: datetime) -> str:
    return ts.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


class DemoServer:
    """Serve ``scenario`` on 127.0.0.1 from a background thread.

    ``clock`` returns scenario seconds since the start (default: real time × ``speed``);
    ``start`` is the wall time of scenario second 0; ``sleep`` is how a slow outlet waits.
    """

    def __init__(
        self,
        scenario: Scenario,
        *,
        speed: float = 1.0,
        clock: Callable[[], float] | None = None,
        start: datetime | None = None,
        sleep: Callable[[float], None] = time.sleep,
        host: str = "127.0.0.1",
        port: int = 0,
    ) -> None:
        if speed <= 0:
            raise ValueError("speed must be positive")
        self.scenario = scenario
        self.speed = speed
        self.start_time = (start or datetime.now(UTC)).replace(microsecond=0)
        self._t0 = time.monotonic()
        self.clock = clock or (lambda: (time.monotonic() - self._t0) * self.speed)
        self.sleep = sleep
        self.requests: list[tuple[str, int | str]] = []  # (path, status or "drop")
        self._lock = threading.Lock()
        self._httpd = ThreadingHTTPServer((host, port), _handler_for(self))
        self._httpd.daemon_threads = True
        self._thread: threading.Thread | None = None

    # ------------------------------------------------------------------ lifecycle

    @property
    def base_url(self) -> str:
        host, port = self._httpd.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, outlet: Outlet) -> str:
        return feed_url(self.base_url, outlet)

    def start(self) -> DemoServer:
        self._t0 = time.monotonic()
        self._thread = threading.Thread(
            target=self._httpd.serve_forever,
            kwargs={"poll_interval": 0.05},  # how fast stop() is noticed
            name="frontline-demo-server",
            daemon=True,
        )
        self._thread.start()
        return self

    def stop(self) -> None:
        if self._thread is not None:
            self._httpd.shutdown()
            self._thread.join(timeout=5)
            self._thread = None
        self._httpd.server_close()

    def __enter__(self) -> DemoServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ------------------------------------------------------------------ content

    def published(self, item: Item) -> datetime:
        """The item's publication time on the wall clock."""
        return self.start_time + timedelta(seconds=item.offset / self.speed)

    def visible(self, outlet: Outlet, elapsed: float | None = None) -> list[Item]:
        """The outlet's items already published at ``elapsed``, newest first."""
        elapsed = self.clock() if elapsed is None else elapsed
        items = [i for i in self.scenario.items_of(outlet.key) if i.offset <= elapsed]
        return sorted(items, key=lambda i: (i.offset, i.number), reverse=True)

    def last_modified(self, items: list[Item]) -> datetime:
        return max((self.published(i) for i in items), default=self.start_time)

    def etag(self, outlet: Outlet, items: list[Item]) -> str:
        digest = hashlib.sha1(
            f"{outlet.key}:{self.start_time.isoformat()}:{[i.number for i in items]}".encode()
        ).hexdigest()
        return f'"{digest[:20]}"'

    def render(self, outlet: Outlet, items: list[Item]) -> bytes:
        """The feed document (RSS 2.0 or Atom 1.0) for ``items``."""
        if outlet.format == "atom":
            return self._atom(outlet, items)
        return self._rss(outlet, items)

    def _rss(self, outlet: Outlet, items: list[Item]) -> bytes:
        rss = ET.Element("rss", version="2.0")
        channel = ET.SubElement(rss, "channel")
        ET.SubElement(channel, "title").text = outlet.title
        ET.SubElement(channel, "link").text = outlet.site
        ET.SubElement(channel, "description").text = f"{outlet.name} (frontline demo)"
        ET.SubElement(channel, "language").text = "en"
        ET.SubElement(channel, "lastBuildDate").text = format_datetime(
            self.last_modified(items), usegmt=True
        )
        for item in items:
            node = ET.SubElement(channel, "item")
            ET.SubElement(node, "title").text = item.title
            ET.SubElement(node, "link").text = item.link(outlet)
            ET.SubElement(node, "guid", isPermaLink="false").text = item.guid(outlet)
            ET.SubElement(node, "pubDate").text = format_datetime(self.published(item), usegmt=True)
            ET.SubElement(node, "description").text = f"<p>{_html_escape(item.body)}</p>"
        return ET.tostring(rss, encoding="utf-8", xml_declaration=True)

    def _atom(self, outlet: Outlet, items: list[Item]) -> bytes:
        ET.register_namespace("", ATOM_NS)

        def sub(parent: ET.Element, tag: str, text: str | None = None, **attrs: str):
            node = ET.SubElement(parent, f"{{{ATOM_NS}}}{tag}", attrs)
            node.text = text
            return node

        feed = ET.Element(f"{{{ATOM_NS}}}feed")
        sub(feed, "title", outlet.title)
        sub(feed, "id", f"{outlet.site.rstrip('/')}/")
        sub(feed, "link", href=outlet.site)
        sub(feed, "updated", _iso(self.last_modified(items)))
        for item in items:
            entry = sub(feed, "entry")
            sub(entry, "title", item.title)
            sub(entry, "id", item.guid(outlet))
            sub(entry, "link", href=item.link(outlet))
            sub(entry, "published", _iso(self.published(item)))
            sub(entry, "updated", _iso(self.published(item)))
            sub(sub(entry, "author"), "name", outlet.name)
            sub(entry, "summary", item.body, type="text")
        return ET.tostring(feed, encoding="utf-8", xml_declaration=True)

    def opml(self) -> bytes:
        """The demo's outlets as an OPML subscription list (``/feeds.opml``)."""
        root = ET.Element("opml", version="2.0")
        ET.SubElement(ET.SubElement(root, "head"), "title").text = "frontline demo feeds"
        body = ET.SubElement(root, "body")
        for outlet in self.scenario.outlets:
            ET.SubElement(
                body,
                "outline",
                type="rss",
                text=outlet.name,
                title=outlet.name,
                xmlUrl=self.url(outlet),
                htmlUrl=outlet.site,
            )
        return ET.tostring(root, encoding="utf-8", xml_declaration=True)

    def _log(self, path: str, status: int | str) -> None:
        with self._lock:
            self.requests.append((path, status))


def _html_escape(text: str) -> str:
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")


def _handler_for(server: DemoServer) -> type[BaseHTTPRequestHandler]:
    class Handler(BaseHTTPRequestHandler):
        protocol_version = "HTTP/1.1"
        server_version = "frontline-demo/1"

        def log_message(self, format: str, *args: object) -> None:  # noqa: A002
            """Silence: the demo runs under a full-screen dashboard."""

        def do_HEAD(self) -> None:
            self._serve(head=True)

        def do_GET(self) -> None:
            self._serve(head=False)

        def _serve(self, head: bool) -> None:
            path = self.path.split("?", 1)[0]
            if path == "/feeds.opml":
                self._send(HTTPStatus.OK, server.opml(), "text/x-opml", head=head)
                return
            if path in ("/", "/index.txt"):
                lines = [f"{o.name}: {server.url(o)}" for o in server.scenario.outlets]
                body = ("frontline demo feeds\n" + "\n".join(lines) + "\n").encode()
                self._send(HTTPStatus.OK, body, "text/plain; charset=utf-8", head=head)
                return
            key = path.removeprefix("/feeds/").removesuffix(".xml")
            outlet = server.scenario.outlet(key) if path.startswith("/feeds/") else None
            if outlet is None:
                self._send(HTTPStatus.NOT_FOUND, b"not found\n", "text/plain", head=head)
                return
            elapsed = server.clock()
            failure = outlet.failure(elapsed)
            if outlet.delay:
                server.sleep(outlet.delay)
            if failure is not None and failure.status == "drop":
                server._log(path, "drop")
                self.close_connection = True
                return  # no status line: the client sees the connection closed
            if failure is not None:
                body = b"<html><body><h1>Internal Server Error</h1></body></html>"
                self._send(int(failure.status), body, "text/html", head=head, path=path)
                return
            items = server.visible(outlet, elapsed)
            etag = server.etag(outlet, items)
            modified = server.last_modified(items)
            headers = {"ETag": etag, "Last-Modified": format_datetime(modified, usegmt=True)}
            if self._not_modified(etag, modified):
                self._send(
                    HTTPStatus.NOT_MODIFIED, b"", None, head=True, headers=headers, path=path
                )
                return
            mime = "application/atom+xml" if outlet.format == "atom" else "application/rss+xml"
            body = server.render(outlet, items)
            self._send(
                HTTPStatus.OK, body, f"{mime}; charset=utf-8", head=head, headers=headers, path=path
            )

        def _not_modified(self, etag: str, modified: datetime) -> bool:
            inm = self.headers.get("If-None-Match")
            if inm is not None:
                return etag in [t.strip() for t in inm.split(",")] or inm.strip() == "*"
            ims = self.headers.get("If-Modified-Since")
            if ims:
                try:
                    since = parsedate_to_datetime(ims)
                except (TypeError, ValueError):
                    return False
                if since.tzinfo is None:
                    since = since.replace(tzinfo=UTC)
                return modified <= since
            return False

        def _send(
            self,
            status: int,
            body: bytes,
            mime: str | None,
            *,
            head: bool,
            headers: dict[str, str] | None = None,
            path: str | None = None,
        ) -> None:
            if path is not None:
                server._log(path, int(status))
            self.send_response(status)
            if mime:
                self.send_header("Content-Type", mime)
            for name, value in (headers or {}).items():
                self.send_header(name, value)
            if status != HTTPStatus.NOT_MODIFIED:
                self.send_header("Content-Length", str(len(body)))
            self.send_header("Cache-Control", "no-cache")
            self.end_headers()
            if not head and status != HTTPStatus.NOT_MODIFIED:
                self.wfile.write(body)

    return Handler
