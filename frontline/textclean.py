"""Turn untrusted feed text into plain, printable text.

Feed text is hostile until proven otherwise: it may carry HTML, terminal escape sequences
that would repaint the dashboard, bidi overrides that reorder a headline, or zero-width
characters that hide a place name from the matcher. Everything that stores text passes it
through :func:`clean` (and :func:`html_to_text` for HTML) first.
"""

from __future__ import annotations

import html
import re
import unicodedata
from html.parser import HTMLParser

__all__ = ["clean", "html_to_text", "plain_text"]

# ANSI/VT sequences, removed whole so no parameter bytes are left on screen:
# CSI (ESC [ or U+009B) params/intermediates/final; OSC/DCS/SOS/PM/APC strings (ESC ] P X ^ _)
# ended by BEL or ST (ESC \\ or U+009C), or by the end of the text; other ESC sequences.
# A lone 8-bit C1 string introducer is usually mojibake, so it is dropped alone (below)
# rather than allowed to swallow the rest of the text.
_ESCAPES = re.compile(
    r"(?:\x1b\[|\x9b)[\x30-\x3f]*[\x20-\x2f]*[\x40-\x7e]?"
    r"|\x1b[\]PX^_][^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c)?"
    r"|\x1b[\x20-\x2f]*[\x30-\x7e]?"
)

# C0/C1 controls except \t and \n, DEL, bidi embeddings/overrides/isolates, zero-width
# characters and the BOM. \r is dropped too: a lone CR would move the terminal cursor.
_INVISIBLE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u2060\ufeff\u202a-\u202e\u2066-\u2069]"
)

_ASCII_CONTROLS = bytes([*range(0x00, 0x09), *range(0x0B, 0x20), 0x7F])


def clean(s: str | None) -> str:
    """Strip control characters, escape sequences, bidi controls and zero-width characters.

    \\r\\n and lone \\r become \\n first so line structure survives; the result is NFC.
    """
    if not s:
        return ""
    if "\r" in s:
        s = s.replace("\r\n", "\n").replace("\r", "\n")
    if s.isascii():
        # The common case, ten times faster: only C0 controls and DEL can be hidden here.
        if "\x1b" in s:
            s = _ESCAPES.sub("", s)
        return s.encode().translate(None, _ASCII_CONTROLS).decode()
    if "\x1b" in s or "\x9b" in s:
        s = _ESCAPES.sub("", s)
    s = _INVISIBLE.sub("", s)
    return unicodedata.normalize("NFC", s)


# Tags whose start or end begins a new line; the rest (a, b, span...) join text directly.
_BLOCK = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "body",
        "br",
        "dd",
        "details",
        "div",
        "dl",
        "dt",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "summary",
        "table",
        "tbody",
        "td",
        "tfoot",
        "th",
        "thead",
        "tr",
        "ul",
        "caption",
        "iframe",
        "img",
        "video",
        "audio",
    ]
)
# Tags after which a blank line separates paragraphs.
_PARAGRAPH = frozenset(
    [
        "p",
        "div",
        "blockquote",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "ul",
        "ol",
        "table",
        "pre",
        "figure",
        "section",
    ]
)
# Tags whose content is never text.
_SKIP = frozenset(["script", "style", "template", "noscript"])
_BLANKS = re.compile(r"\n{3,}")


class _TextParser(HTMLParser):
    """Collects character data; drops attributes, comments and script/style content.

    Block boundaries are held as a pending break (1: newline, 2: blank line) and written
    only before the next text, so nested or adjacent blocks make one break, not a pile.
    """

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        self.skip = 0
        self.pending = 0

    def _break(self, tag: str) -> None:
        level = 2 if tag in _PARAGRAPH else 1 if tag in _BLOCK else 0
        self.pending = max(self.pending, level)

    def handle_starttag(self, tag: str, attrs: list) -> None:
        if tag in _SKIP:
            self.skip += 1
        else:
            self._break(tag)

    def handle_startendtag(self, tag: str, attrs: list) -> None:
        self._break(tag)

    def handle_endtag(self, tag: str) -> None:
        if tag in _SKIP:
            self.skip = max(0, self.skip - 1)
        else:
            self._break(tag)

    def handle_data(self, data: str) -> None:
        if self.skip:
            return
        if self.pending:
            if not data.strip():
                return
            self.parts.append("\n" * self.pending)
            self.pending = 0
        self.parts.append(data)


# A start or end tag simple enough to read without html.parser: a plain name, and
# attributes whose values hold no angle bracket. Anything else (comments, script, a bare
# "<", odd names) sends the whole fragment to html.parser.
_ATTR = r"""[a-zA-Z_:][-a-zA-Z0-9_:.]*(?:\s*=\s*(?:"[^"<>]*"|'[^'<>]*'|[^\s"'=<>`]+))?"""
_TOKEN = re.compile(
    rf"[^<]+|</([a-zA-Z][a-zA-Z0-9]*)\s*>|<([a-zA-Z][a-zA-Z0-9]*)(?:\s+{_ATTR})*\s*/?>"
)
# Elements whose content html.parser reads differently (raw text) or that we drop.
_RAW = _SKIP | {"title", "textarea", "xmp", "plaintext", "iframe", "noembed", "noframes"}


def _simple_markup_parts(s: str) -> list[str] | None:
    """What ``_TextParser`` would collect from ``s``, for markup made of simple tags only.

    Feed bodies are mostly ``<p>``, ``<a href>`` and ``<br>``; reading them with one
    regex is five times faster than html.parser. None when ``s`` needs the real parser.
    """
    parts: list[str] = []
    pending = 0
    pos = 0
    for m in _TOKEN.finditer(s):
        if m.start() != pos:
            return None
        pos = m.end()
        tag = m.group(1) or m.group(2)
        if tag is None:
            data = html.unescape(m.group()) if "&" in m.group() else m.group()
            if pending:
                if not data.strip():
                    continue
                parts.append("\n" * pending)
                pending = 0
            parts.append(data)
            continue
        tag = tag.lower()
        if tag in _RAW:
            return None
        level = 2 if tag in _PARAGRAPH else 1 if tag in _BLOCK else 0
        pending = max(pending, level)
    return parts if pos == len(s) else None


_ASCII_SPACE_RUNS = ("  ", "\t", " \n", "\n ", "\x0b", "\x0c", "\r", "\x1c", "\x1d", "\x1e", "\x1f")


def _tidy(text: str) -> str:
    """Collapse whitespace within each line and runs of blank lines.

    ``str.split()`` splits on exactly the characters ``\\s`` matches, eight times faster
    than a regex substitution per line; ASCII text with single spaces only (most bodies)
    skips even that.
    """
    if not (
        text.isascii()
        and text[:1] != " "
        and text[-1:] != " "
        and not any(run in text for run in _ASCII_SPACE_RUNS)
    ):
        text = "\n".join([" ".join(line.split()) for line in text.split("\n")])
    if "\n\n\n" in text:
        text = _BLANKS.sub("\n\n", text)
    return text.strip()


def html_to_text(s: str | None) -> str:
    """Render an HTML fragment as plain text: block tags make line breaks, entities decode.

    Attribute values (``href``, ``alt``...) are not text, so a name only in a link is not
    in the result. Never raises: the stdlib parser is lenient, and an unterminated tag at
    the end is dropped rather than shown.
    """
    if not s:
        return ""
    if "<" not in s:
        return _tidy(clean(html.unescape(s)))
    # A tag left open at the end is dropped, as a browser does. Cutting it here also keeps
    # html.parser linear: it rescans an unterminated tail from every "<" in it (80 KB of
    # "<a " took 40 s).
    tail = s.rfind(">") + 1
    cut = s.find("<", tail)
    if cut >= 0:
        s = s[:cut]
    parts = _simple_markup_parts(s)
    if parts is not None:
        return _tidy(clean("".join(parts)))
    parser = _TextParser()
    try:
        parser.feed(s)
        parser.close()
    except Exception:  # noqa: BLE001 - hostile markup must never stop ingest
        return _tidy(clean(html.unescape(re.sub(r"<[^>]*>?", " ", s))))
    return _tidy(clean("".join(parser.parts)))


def plain_text(s: str | None) -> str:
    """Clean text that is already plain: controls stripped, spaces collapsed per line."""
    return _tidy(clean(s)) if s else ""
