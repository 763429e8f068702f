"""Parse feed bytes into plain-text entries, in worker processes when it pays.

feedparser does the hard part (encodings, RSS 0.9x/1.0/2.0, Atom, malformed XML). We ask it
not to sanitise or resolve URIs (we keep plain text only, which halves its cost), then turn
every text field into plain text with :mod:`frontline.textclean`. ``parse_bytes`` never
raises: a bad document comes back as a ``ParsedFeed`` with ``problem`` set.
"""

from __future__ import annotations

import asyncio
import hashlib
import io
import multiprocessing
import os
import re
import threading
import time
from collections.abc import Callable, Iterable
from concurrent.futures import BrokenExecutor, Executor, Future, ProcessPoolExecutor
from dataclasses import replace
from datetime import UTC, datetime
from typing import TypeVar
from xml.sax.expatreader import ExpatParser

import feedparser

from frontline.models import Entry, ParsedFeed
from frontline.textclean import clean, html_to_text, plain_text

__all__ = ["ParsePool", "parse_bytes"]

_A = TypeVar("_A")
_R = TypeVar("_R")


class _Tolerant:
    """Mixed into feedparser's parsers: a tag that crashes a handler is skipped.

    feedparser's end-tag handlers index their context without checking (``</category>``
    or ``</media:credit>`` with no start tag raise KeyError in the loose parser) and the
    exception escapes ``feedparser.parse``, so one stray tag lost the whole feed (found by
    fuzzing). Skipping the tag, as a browser does, keeps every other item.
    """

    _SKIP = (KeyError, IndexError, TypeError, ValueError, AttributeError)

    def unknown_starttag(self, tag: str, attrs: list[tuple[str, str]]) -> object:
        try:
            return super().unknown_starttag(tag, attrs)  # type: ignore[misc]
        except self._SKIP:
            return None

    def unknown_endtag(self, tag: str) -> object:
        try:
            return super().unknown_endtag(tag)  # type: ignore[misc]
        except self._SKIP:
            return None

    def handle_charref(self, ref: str) -> object:
        try:
            return super().handle_charref(ref)  # type: ignore[misc]
        except (ValueError, OverflowError, UnicodeError):
            return self.handle_data("\ufffd")  # type: ignore[attr-defined]


if not issubclass(feedparser.api.LooseFeedParser, _Tolerant):
    feedparser.api.LooseFeedParser = type(
        "LooseFeedParser", (_Tolerant, feedparser.api.LooseFeedParser), {}
    )
    feedparser.api.StrictFeedParser = type(
        "StrictFeedParser", (_Tolerant, feedparser.api.StrictFeedParser), {}
    )


class _BufferedExpat(ExpatParser):
    """expat as feedparser's SAX parser, with character data delivered in one piece.

    By default expat calls back at every entity and line break, and feedparser does
    Python work per call: HTML escaped as ``&lt;p&gt;`` made thousands of calls per
    feed. ``buffer_text`` joins them first; feedparser sees the same text (~20% less
    parse time on the poll benchmark).
    """

    def reset(self) -> None:
        super().reset()
        self._parser.buffer_text = True
        self._parser.buffer_size = 1 << 16


def create_parser() -> ExpatParser:
    """The SAX driver entry point ``xml.sax.make_parser`` calls (see below)."""
    return _BufferedExpat()


# feedparser asks xml.sax for these drivers in order; ours first also spares a failing
# import of the libxml2 driver per document.
if __name__ not in feedparser.api.PREFERRED_XML_PARSERS:
    feedparser.api.PREFERRED_XML_PARSERS.insert(0, __name__)

_HTML_START = re.compile(
    rb"^\s*(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html|head|body)\b", re.I | re.S
)


def _one_line(text: object) -> str:
    return " ".join(str(text).split())[:500]


def _text(detail: object, value: str | None) -> str:
    """Plain text of a feedparser value: HTML unless its detail says plain text.

    feedparser has already decoded entities in text/plain values; one that still holds a
    tag was mis-guessed and is treated as HTML.
    """
    if not value:
        return ""
    kind = detail.get("type") if isinstance(detail, dict) else None
    if kind == "text/plain" and "<" not in value:
        return plain_text(value)
    return html_to_text(value)


def _title(entry: dict) -> str:
    title = _text(entry.get("title_detail"), entry.get("title"))
    return " ".join(title.split())


def _body(entry: dict) -> str:
    """The longest of the entry's content values, summary and description."""
    candidates: list[tuple[object, str]] = []
    for content in entry.get("content") or ():
        if isinstance(content, dict) and content.get("value"):
            candidates.append((content, content["value"]))
    summary = entry.get("summary")
    if summary:
        candidates.append((entry.get("summary_detail"), summary))
    best = ""
    # Longest source first: plain text is never longer than its markup, so a value no
    # longer than the best text so far (often the teaser) need not be converted at all.
    for detail, value in sorted(candidates, key=lambda c: len(c[1]), reverse=True):
        if len(value) <= len(best):
            break
        text = _text(detail, value)
        if len(text) > len(best):
            best = text
    return best


def _when(struct: object, now: datetime) -> datetime | None:
    """feedparser's UTC struct_time as an aware datetime, never later than ``now``."""
    if not struct:
        return None
    try:
        when = datetime(*struct[:6], tzinfo=UTC)  # type: ignore[index]
    except (TypeError, ValueError, OverflowError):
        return None
    return min(when, now)


def _sniff(data: bytes) -> str | None:
    """Why ``data`` is not a feed, before feedparser sees it; None if it might be one."""
    if not data or not data.strip():
        return "empty body"
    head = data[:4096]
    if b"\x00" in head and not head.startswith(
        (b"\xff\xfe", b"\xfe\xff", b"\x00\x00", b"<\x00", b"\x00<")
    ):
        return "binary data, not a feed"
    return None


def parse_bytes(data: bytes, feed_name: str, now: datetime | None = None) -> ParsedFeed:
    """Parse one document. Never raises; a repeated guid is disambiguated (``_disambiguate``)."""
    now = now or datetime.now(UTC)
    now = now.replace(tzinfo=UTC) if now.tzinfo is None else now.astimezone(UTC)
    try:
        why_not = _sniff(data)
        if why_not:
            return ParsedFeed(entries=(), problem=why_not, is_feed=False)
        return _parse(data, feed_name, now)
    except Exception as exc:  # noqa: BLE001 - one bad feed must not stop a poll
        return ParsedFeed(entries=(), problem=_one_line(f"parse failed: {exc!r}"), is_feed=False)


_BOMS = ((b"\xff\xfe\x00\x00", "utf-32"), (b"\x00\x00\xfe\xff", "utf-32"))
_BOMS += ((b"\xff\xfe", "utf-16"), (b"\xfe\xff", "utf-16"))
_DECL_ENCODING = re.compile(r"^(<\?xml[^>]*?encoding\s*=\s*[\"'])[^\"']*")


def _utf8_from_bom(data: bytes) -> bytes:
    """Re-encode a UTF-16/32 document with a BOM as UTF-8.

    Without an encoding declaration feedparser decodes such bytes as UTF-8 (the NULs are
    valid), keeps the BOM and rejects the whole document; the XML spec allows it.
    """
    for bom, codec in _BOMS:
        if data.startswith(bom):
            text = data.decode(codec, "replace")
            return _DECL_ENCODING.sub(r"\1utf-8", text).encode("utf-8")
    return data


_CHARREF = re.compile(rb"&#(?:[xX]0*([0-9a-fA-F]+)|0*([0-9]+));")


def _charref(m: re.Match[bytes]) -> bytes:
    digits = m.group(1) or m.group(2)
    if len(digits) > 8:
        return b"&#xFFFD;"
    value = int(digits, 16) if m.group(1) else int(digits)
    if value > 0x10FFFF or 0xD800 <= value <= 0xDFFF:
        return b"&#xFFFD;"
    return m.group()


_NON_ASCII_DECL = re.compile(
    rb"^(\s*<\?xml[^>]{0,200}?encoding\s*=\s*[\"'])([^\"']*[\x80-\xff][^\"']*)"
)


def _parse(data: bytes, feed_name: str, now: datetime) -> ParsedFeed:
    data = _utf8_from_bom(data)
    # feedparser decodes the declared encoding name as UTF-8 and crashes on other bytes.
    data = _NON_ASCII_DECL.sub(rb"\1utf-8", data, count=1)
    if b"&#" in data:
        # A surrogate or out-of-range character reference crashes feedparser's loose
        # parser, losing the whole feed; it becomes U+FFFD, as in a browser.
        data = _CHARREF.sub(_charref, data)
    # Bytes go in as a stream: given bytes or str, feedparser first tries them as a file
    # path, so a body of "/etc/passwd" (or "/dev/zero") would be read from this machine.
    result = feedparser.parse(io.BytesIO(data), sanitize_html=False, resolve_relative_uris=False)
    problem = None
    if result.get("bozo"):
        exc = result.get("bozo_exception")
        problem = _one_line(f"{type(exc).__name__}: {exc}") if exc else "malformed feed"
    entries: list[Entry] = []
    seen: set[str] = set()
    for raw in result.get("entries") or ():
        entry = _entry(raw, feed_name, now)
        if entry.guid in seen:
            entry = replace(entry, guid=_disambiguate(entry, seen))
        seen.add(entry.guid)
        entries.append(entry)
    version = result.get("version") or ""
    if not entries and not version:
        why = "an HTML page, not a feed" if _HTML_START.match(data[:4096]) else "not a feed"
        return ParsedFeed(
            entries=(), problem=why if not problem else f"{why} ({problem})", is_feed=False
        )
    feed = result.get("feed") or {}
    title = _text(feed.get("title_detail"), feed.get("title")) or None
    return ParsedFeed(entries=tuple(entries), title=title, problem=problem)


def _disambiguate(entry: Entry, seen: set[str]) -> str:
    """A stable guid for a repeat of an earlier entry's guid: guid#<hash of its content>.

    Feeds do repeat guids (a story listed twice, items without guid sharing a link); every
    item feedparser sees is kept, and the first keeps the guid as written.
    """
    when = entry.published.isoformat() if entry.published else ""
    digest = hashlib.sha1(f"{entry.title}\n{entry.body}\n{entry.link}\n{when}".encode()).hexdigest()
    guid = f"{entry.guid}#{digest[:10]}"
    n = 2
    while guid in seen:
        guid = f"{entry.guid}#{digest[:10]}-{n}"
        n += 1
    return guid


def _entry(raw: dict, feed_name: str, now: datetime) -> Entry:
    title = _title(raw)
    body = _body(raw)
    link = clean(raw.get("link") or "").strip() or None
    guid = clean(raw.get("id") or "").strip()
    if not guid:
        guid = link or ("sha1:" + hashlib.sha1(f"{title}\n{body}".encode()).hexdigest())
    published = _when(raw.get("published_parsed"), now)
    # Not raw.get(): feedparser maps a missing updated_parsed to published_parsed, warning.
    updated = _when(dict.get(raw, "updated_parsed"), now)
    author = " ".join(clean(raw.get("author") or "").split()) or None
    return Entry(
        feed=feed_name,
        guid=guid,
        title=title,
        body=body,
        link=link,
        published=published or updated,
        updated=updated,
        author=author,
    )


def _exit_with(owner: int) -> None:
    """Worker initializer: exit once the process that owns the pool is gone.

    A poller killed with SIGKILL (the OOM killer) never shuts its pool down, and the
    workers, which hold both ends of their job queue, would wait for work forever.
    """

    def watch() -> None:
        while True:
            time.sleep(1.0)
            try:
                os.kill(owner, 0)
            except ProcessLookupError:
                os._exit(0)
            except OSError:
                pass  # it exists but is not ours to signal

    threading.Thread(target=watch, name="frontline-owner-watch", daemon=True).start()


def _parse_job(job: tuple[str, bytes, datetime | None]) -> ParsedFeed:
    name, data, now = job
    return parse_bytes(data, name, now)


#: What poll workers run: imported once in the fork server (see ``ParsePool._pool``).
_PRELOAD = ["frontline.pipeline", "frontline.claims", "frontline.match"]


class ParsePool:
    """Parses many documents at once in worker processes (feedparser is CPU-bound).

    The pool starts on first real use. A batch smaller than ``inline_bytes`` in total is
    parsed in this process, since starting workers costs more than parsing one small feed.
    Workers come from the "forkserver" context: forking a threaded (Textual) process is unsafe.
    """

    #: What a worker runs; a class attribute so a test can swap in one that kills its worker.
    _job = staticmethod(_parse_job)

    def __init__(self, max_workers: int | None = None, inline_bytes: int = 512 * 1024) -> None:
        self.max_workers = max_workers or os.cpu_count() or 1
        self.inline_bytes = inline_bytes
        self._executor: ProcessPoolExecutor | None = None

    @property
    def started(self) -> bool:
        return self._executor is not None

    def _pool(self) -> Executor:
        if self._executor is None:
            method = (
                "forkserver" if "forkserver" in multiprocessing.get_all_start_methods() else "spawn"
            )
            context = multiprocessing.get_context(method)
            if method == "forkserver":
                # Workers fork from the server with the pipeline already imported; each
                # would otherwise import it itself (~0.3 s of CPU per worker per poll).
                context.set_forkserver_preload(_PRELOAD)
            self._executor = ProcessPoolExecutor(
                max_workers=self.max_workers,
                mp_context=context,
                initializer=_exit_with,
                initargs=(os.getpid(),),
            )
        return self._executor

    def _inline(self, jobs: list[tuple[str, bytes]]) -> bool:
        return (
            len(jobs) <= 1
            or self.max_workers <= 1
            or sum(len(d) for _, d in jobs) < self.inline_bytes
        )

    def map(
        self, jobs: Iterable[tuple[str, bytes]], now: datetime | None = None
    ) -> list[ParsedFeed]:
        """Parse ``(feed_name, data)`` jobs; results in job order."""
        jobs = list(jobs)
        if self._inline(jobs):
            return [parse_bytes(d, n, now) for n, d in jobs]
        chunk = max(1, len(jobs) // (self.max_workers * 4))
        try:
            return list(
                self._pool().map(self._job, [(n, d, now) for n, d in jobs], chunksize=chunk)
            )
        except BrokenExecutor:
            # A worker died (OOM killer, a crash in C code): start afresh next time and
            # parse this batch here rather than lose it.
            self._discard()
            return [parse_bytes(d, n, now) for n, d in jobs]

    async def parse_many(
        self, jobs: list[tuple[str, bytes]], now: datetime | None = None
    ) -> list[ParsedFeed]:
        """``map`` for asyncio: the event loop stays free while workers parse."""
        loop = asyncio.get_running_loop()
        if self._inline(jobs):
            return await asyncio.to_thread(lambda: [parse_bytes(d, n, now) for n, d in jobs])
        pool = self._pool()
        futures = [loop.run_in_executor(pool, self._job, (n, d, now)) for n, d in jobs]
        results = await asyncio.gather(*futures, return_exceptions=True)
        if any(isinstance(r, BrokenExecutor) for r in results):
            self._discard()
        # parse_bytes never raises, so any exception here is the pool's: redo that job here.
        redo = [i for i, r in enumerate(results) if isinstance(r, BaseException)]
        if redo:
            again = await asyncio.to_thread(
                lambda: [parse_bytes(jobs[i][1], jobs[i][0], now) for i in redo]
            )
            for i, parsed in zip(redo, again, strict=True):
                results[i] = parsed
        return list(results)

    async def call(self, fn: Callable[[_A], _R], arg: _A) -> _R:
        """Run ``fn(arg)`` in a worker and await it; the event loop stays free.

        ``fn`` must be a module-level function (it is pickled by name). One worker per
        core, so a poll's CPU-bound stages spread over every core while the main process
        fetches and writes. A job whose worker died (OOM killer, a crash in C code) is run
        again in a thread of this process rather than lost; with one core it always is.
        """
        if self.max_workers <= 1:
            return await asyncio.to_thread(fn, arg)
        loop = asyncio.get_running_loop()
        try:
            return await loop.run_in_executor(self._pool(), fn, arg)
        except BrokenExecutor:
            self._discard()
            return await asyncio.to_thread(fn, arg)

    def submit(self, fn: Callable[[_A], _R], arg: _A) -> Future[_R]:
        """Start ``fn(arg)`` in a worker from synchronous code; the caller collects the
        future (a ``BrokenExecutor`` from it means the worker died: redo the job)."""
        return self._pool().submit(fn, arg)

    def _discard(self) -> None:
        """Drop a broken executor without waiting on it."""
        if self._executor is not None:
            self._executor.shutdown(wait=False, cancel_futures=True)
            self._executor = None

    def close(self) -> None:
        """Stop the workers (idempotent)."""
        if self._executor is not None:
            self._executor.shutdown(wait=True, cancel_futures=True)
            self._executor = None

    def __enter__(self) -> ParsePool:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()
