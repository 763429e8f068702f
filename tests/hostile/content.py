"""Hostile feed bodies: markup, terminal escapes, entity bombs, bad charsets, bad dates.

Each generator returns the bytes a server (or a ``file:`` URL) would hand the parser.
``CASES`` names them so one parametrised test can push every one through the pipeline.
"""

from __future__ import annotations

import gzip
import os
import random
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from xml.sax.saxutils import escape

#: Characters that must never survive ingest (ARCHITECTURE.md, textclean.clean).
ESC = "\x1b"
C1_CSI = "\x9b"
BIDI = "\u061c\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\u200e\u200f"
ZERO_WIDTH = "\u200b\u200c\u200d\u2060\ufeff"
FORBIDDEN = (
    {chr(c) for c in range(0x00, 0x20) if chr(c) not in "\n\t"}
    | {chr(0x7F)}
    | {chr(c) for c in range(0x80, 0xA0)}
    | set(BIDI)
    | set(ZERO_WIDTH)
)

#: Rich/Textual markup that would restyle the screen or run an action if parsed.
MARKUP_TITLES = (
    "[@click=app.quit]Hama falls[/]",
    "[bold red]Aleppo[/bold red] update",
    "Unterminated [ bracket in Homs",
    "Unterminated tag [bold in Idlib",
    "[link=https://evil.example]Damascus[/link]",
    "\\[escaped] and [/] stray close near Hama",
)

#: Terminal escape sequences: SGR, cursor moves, OSC title and hyperlink, C1 CSI, bell.
ESCAPES = (
    "\x1b[31mred\x1b[0m Hama",
    "\x1b[2J\x1b[H cleared screen Aleppo",
    "\x1b]0;pwned title\x07 Homs",
    "\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\ Idlib",
    "\x9b31m C1 CSI Damascus",
    "bell\x07 and backspace\x08 and NUL-free Hama",
)

#: Bidi overrides and zero-width characters hidden in an otherwise ordinary line.
INVISIBLES = (
    "Ha\u200bma is \u202eheld\u202c by rebels",
    "\u2066Aleppo\u2069 \u200d\u200c\u2060 quiet",
    "\ufeffHoms\u200f\u200e report",
)


def rss(items: Iterable[str], *, title: str = "Hostile", encoding: str | None = "utf-8") -> str:
    """An RSS 2.0 document around already-serialised ``<item>`` strings."""
    decl = f'<?xml version="1.0" encoding="{encoding}"?>' if encoding else ""
    return (
        f'{decl}<rss version="2.0"><channel><title>{title}</title>'
        "<link>https://hostile.example/</link><description>d</description>"
        + "".join(items)
        + "</channel></rss>"
    )


def item(
    guid: str | None,
    title: str,
    body: str = "",
    *,
    date: str | None = "Wed, 04 Dec 2024 16:50:00 GMT",
    raw: bool = False,
    link: str | None = None,
) -> str:
    """One ``<item>``; ``raw`` puts title/body in unescaped (for entity and control tests)."""
    t = title if raw else escape(title)
    b = body if raw else escape(body)
    parts = ["<item>"]
    if guid is not None:
        parts.append(f'<guid isPermaLink="false">{escape(guid)}</guid>')
    parts.append(f"<title>{t}</title>")
    if link:
        parts.append(f"<link>{escape(link)}</link>")
    if body:
        parts.append(f"<description>{b}</description>")
    if date is not None:
        parts.append(f"<pubDate>{date}</pubDate>")
    parts.append("</item>")
    return "".join(parts)


def good_feed(prefix: str = "good", n: int = 3) -> bytes:
    """A well-formed feed whose items must survive every later hostile fetch."""
    return rss(
        item(f"{prefix}-{i}", f"Rebels captured Hama, item {i}", f"Body {i} about Aleppo.")
        for i in range(n)
    ).encode()


def markup_feed() -> bytes:
    """Markup in titles and bodies; the stored text must keep it literally."""
    return rss(
        item(f"markup-{i}", t, f"Body with {t} inside") for i, t in enumerate(MARKUP_TITLES)
    ).encode()


def escapes_feed() -> bytes:
    """Raw control characters (illegal in XML, so feedparser goes bozo) and &#27; refs."""
    raw_items = [item(f"esc-{i}", s, s, raw=True) for i, s in enumerate(ESCAPES)]
    ref_items = [
        item(f"escref-{i}", escape(s).replace("\x1b", "&#27;"), "body &#x1b;[1m", raw=True)
        for i, s in enumerate(ESCAPES)
    ]
    return rss(raw_items + ref_items).encode("utf-8", "surrogatepass")


def invisibles_feed() -> bytes:
    """Bidi overrides and zero-width characters, both literal and as numeric references."""
    items = [item(f"inv-{i}", s, s) for i, s in enumerate(INVISIBLES)]
    items.append(item("inv-ref", "Ho&#x202E;ms&#8203; &#xFEFF;x", "&#x2066;y&#x2069;", raw=True))
    return rss(items).encode()


def huge_title_feed(size: int = 100_000) -> bytes:
    """One item whose title is ``size`` bytes; it must be stored (or cleanly refused)."""
    title = ("Hama " * (size // 5 + 1))[:size]
    return rss([item("huge-1", title, "short body")]).encode()


def billion_laughs() -> bytes:
    """The classic entity bomb: ten levels of ten-fold expansion (10**9 'lol's)."""
    ents = ['<!ENTITY lol0 "lol">']
    for i in range(1, 10):
        ents.append(f'<!ENTITY lol{i} "' + f"&lol{i - 1};" * 10 + '">')
    doctype = "<!DOCTYPE rss [" + "".join(ents) + "]>"
    body = rss([item("bomb-1", "&lol9;", "&lol9;", raw=True)], encoding=None)
    return ('<?xml version="1.0" encoding="utf-8"?>' + doctype + body).encode()


def external_entity(secret_path: str) -> bytes:
    """An entity that points at a local file; its contents must never be read into an item."""
    doctype = f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "file://{secret_path}">]>'
    body = rss([item("xxe-1", "leak &xxe; here", "&xxe;", raw=True)], encoding=None)
    return ('<?xml version="1.0" encoding="utf-8"?>' + doctype + body).encode()


def wrong_charset() -> bytes:
    """Declared UTF-8, encoded cp1252: smart quotes and accents are invalid UTF-8 bytes."""
    doc = rss([item("cs-1", "“Ḥamāh” café — Aleppo’s", "Économie à Homs")])
    return doc.encode("cp1252", "replace")


def declared_latin1_but_utf8() -> bytes:
    """Declared ISO-8859-1 while the bytes are UTF-8 (mojibake, but never a crash)."""
    return rss([item("cs-2", "حماة and Ḥamāh", "Idlib")], encoding="iso-8859-1").encode()


def missing_charset_utf16() -> bytes:
    """No XML declaration and UTF-16 bytes with a BOM."""
    return rss([item("cs-3", "Hama in UTF-16", "body")], encoding=None).encode("utf-16")


#: Dates that must not crash the parser; the item keeps a sane ts.
BAD_DATES = (
    "not a date",
    "Mon, 30 Feb 2024 10:00:00 GMT",
    "Wed, 04 Dec 99999 16:50:00 GMT",
    "",
    "Wed, 04 Dec 2024 25:61:61 +9999",
)
FUTURE_DATE = "Sat, 01 Jan 2099 00:00:00 GMT"


def dates_feed() -> bytes:
    """Invalid dates and one far-future date (which must be clamped to first seen)."""
    items = [item(f"date-{i}", f"Bad date {i} Hama", date=d) for i, d in enumerate(BAD_DATES)]
    items.append(item("date-future", "From the future Hama", date=FUTURE_DATE))
    items.append(item("date-missing", "No date Hama", date=None))
    return rss(items).encode()


def guid_feed() -> bytes:
    """Items without a guid (one with a link, two without) and a guid used twice."""
    return rss(
        [
            item(None, "No guid but a link, Hama", link="https://hostile.example/a"),
            item(None, "No guid, no link, Aleppo", "first"),
            item(None, "No guid, no link either, Homs", "second"),
            item("dup", "Duplicate guid first", "one"),
            item("dup", "Duplicate guid second", "two"),
        ]
    ).encode()


def runon_claims_feed(size: int = 100_000) -> bytes:
    """One item whose 100 KB body is a single claim-dense "sentence" with no full stop.

    Extraction cost grows faster than a sentence's length; this must not stall a poll.
    """
    unit = "rebels captured Hama and the army shelled Aleppo, state media said "
    body = (unit * (size // len(unit) + 1))[:size]
    return rss([item("runon-1", "Run-on report from Hama", body)]).encode()


def big_feed(n: int = 50_000, prefix: str = "big", every: int = 50) -> bytes:
    """A feed of ``n`` short items (3 MB for 50k); every ``every``-th names a tracked city.

    Most items of a general news feed name no tracked place, so most skip extraction.
    """
    head = '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>Big</title>'
    body = "".join(
        f"<item><guid>{prefix}-{i}</guid><title>Item {i} "
        + ("near Hama" if i % every == 0 else "elsewhere")
        + "</title></item>"
        for i in range(n)
    )
    return (head + body + "</channel></rss>").encode()


def html_page() -> bytes:
    """A web page where a feed was expected (a moved feed, a login wall)."""
    return (
        b"<!DOCTYPE html><html><head><title>Just a moment...</title></head>"
        b"<body><h1>Checking your browser</h1><p>Hama</p></body></html>"
    )


def empty_body() -> bytes:
    return b""


def binary_garbage(n: int = 4096, seed: int = 1) -> bytes:
    """Random bytes (deterministic), starting with a NUL so no sniffing mistakes it for XML."""
    return b"\x00" + random.Random(seed).randbytes(n)


def gzip_bomb(size: int = 64 * 1024 * 1024) -> bytes:
    """``size`` zero bytes gzip-compressed (~64 KB on the wire for 64 MB)."""
    return gzip.compress(b"\0" * size, compresslevel=9)


@dataclass(frozen=True)
class Case:
    """A hostile body and what the pipeline must make of it."""

    name: str
    make: Callable[[], bytes]
    is_feed: bool = True  # False: the feed gets a recorded problem and no items
    guids: tuple[str, ...] = ()  # guids that must be stored
    never: tuple[str, ...] = ()  # text that must not appear anywhere in the store
    warns: bool = False  # a readable but malformed feed: a warning must be reported


CASES: tuple[Case, ...] = (
    Case("markup", markup_feed, guids=tuple(f"markup-{i}" for i in range(len(MARKUP_TITLES)))),
    Case("escapes", escapes_feed, warns=True),
    Case("invisibles", invisibles_feed, guids=tuple(f"inv-{i}" for i in range(len(INVISIBLES)))),
    Case("huge_title", huge_title_feed, guids=("huge-1",)),
    Case("runon_claims", runon_claims_feed, guids=("runon-1",)),
    Case("billion_laughs", billion_laughs, never=("lollol",), warns=True),
    Case("wrong_charset", wrong_charset, guids=("cs-1",), warns=True),
    Case("latin1_but_utf8", declared_latin1_but_utf8, guids=("cs-2",)),
    Case("utf16_no_decl", missing_charset_utf16, guids=("cs-3",)),
    Case("dates", dates_feed, guids=("date-future", "date-missing")),
    Case("guids", guid_feed, guids=("dup",)),
    Case("html_page", html_page, is_feed=False),
    Case("empty_body", empty_body, is_feed=False),
    Case("binary_garbage", binary_garbage, is_feed=False),
)


def secret_file(directory: str) -> tuple[str, str]:
    """Write a file with a random secret for the external-entity test; return (path, secret)."""
    secret = "SECRET-" + os.urandom(8).hex()
    os.makedirs(directory, exist_ok=True)
    path = os.path.join(directory, "secret.txt")
    with open(path, "w") as f:
        f.write(secret)
    return path, secret


def markup_claims_feed() -> bytes:
    """Claim-bearing items whose titles also carry markup and escapes (for the live UI)."""
    hostile = MARKUP_TITLES + ESCAPES + INVISIBLES
    items = [
        item(f"ui-{i}", f"{t} rebels captured Hama", f"{t} state media said the army holds Aleppo.")
        for i, t in enumerate(hostile)
    ]
    return rss(items).encode("utf-8", "surrogatepass")
