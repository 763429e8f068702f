"""textclean: HTML to text, and nothing hostile survives clean()."""

from __future__ import annotations

import unicodedata

import pytest

from frontline.textclean import clean, html_to_text, plain_text


@pytest.mark.parametrize(
    ("html", "text"),
    [
        ("Syria&#8217;s fourth city", "Syria\u2019s fourth city"),
        ("Syria&#x2019;s", "Syria\u2019s"),
        ("AT&amp;T &lt;tag&gt; &quot;q&quot;", 'AT&T <tag> "q"'),
        ("caf&eacute; &nbsp;x", "caf\u00e9 x"),
        ("&#27;[31mred", "[31mred"),  # an escaped ESC is still removed
    ],
)
def test_entities_decode(html: str, text: str) -> None:
    assert html_to_text(html) == text


def test_block_tags_break_lines_inline_tags_join() -> None:
    html = "<p>BEIRUT - Rebels <b>took</b> Ha<i>ma</i>.</p><p>Army <br/>denied.</p><ul><li>a</li><li>b</li></ul>"
    assert html_to_text(html) == "BEIRUT - Rebels took Hama.\n\nArmy\ndenied.\n\na\nb"


def test_attribute_values_are_not_text() -> None:
    html = (
        '<a href="https://x.example/hama" title="Homs">Read more</a> <img alt="Aleppo" src="i.png">'
    )
    text = html_to_text(html)
    assert text == "Read more"
    for name in ("hama", "Homs", "Aleppo"):
        assert name not in text


def test_script_and_style_dropped() -> None:
    html = "<style>p{color:red}</style><p>News</p><script>var city='Hama';</script>tail"
    assert html_to_text(html) == "News\n\ntail"


def test_whitespace_collapses_per_line() -> None:
    assert html_to_text("  a \t\t b  \n\n\n\n  c  ") == "a b\n\nc"
    assert plain_text("x   y\n\n\n\nz ") == "x y\n\nz"


@pytest.mark.parametrize(
    "html",
    [
        '<p>unterminated <a href="Hama',
        "<p>x</p><!-- open comment Hama",
        "<a <a <a Hama",
        "</p></div></span>",
        "<<<>>>",
        "<![CDATA[x",
        "<scr<script>ipt>",
    ],
)
def test_broken_markup_never_raises_or_leaks_attributes(html: str) -> None:
    text = html_to_text(html)
    assert isinstance(text, str)
    assert "Hama" not in text


@pytest.mark.parametrize("unit", ["<a ", "<a b='", "<a\n", "<!--", "<a =", "x" * 7])
def test_hostile_100k_input(unit: str) -> None:
    big = unit * (100_000 // len(unit))
    text = html_to_text(big)  # must finish (html.parser alone is quadratic on these)
    assert len(text) <= len(big)
    assert clean(big) == big


def test_controls_removed_except_newline_and_tab() -> None:
    raw = "a\x00b\x07c\td\ne\x7ff\x85g\x9fh"
    assert clean(raw) == "abc\td\nefgh"


def test_crlf_becomes_newline() -> None:
    assert clean("a\r\nb\rc") == "a\nb\nc"


@pytest.mark.parametrize(
    ("raw", "expected"),
    [
        ("\x1b[31mRED\x1b[0m alert", "RED alert"),
        ("\x1b[2J\x1b[1;1Hcleared", "cleared"),
        ("\x1b]0;evil title\x07after", "after"),
        ("\x1b]8;;https://evil.example\x1b\\link\x1b]8;;\x1b\\", "link"),
        ("\x9b31mcsi", "csi"),
        ("a\x1bcb", "ab"),
        ("unterminated \x1b]0;osc to the end", "unterminated "),
    ],
)
def test_escape_sequences_removed_whole(raw: str, expected: str) -> None:
    assert clean(raw) == expected


@pytest.mark.parametrize(
    "ch", ["\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2068", "\u2069"]
)
def test_bidi_controls_removed(ch: str) -> None:
    assert clean(f"Hama{ch} fell") == "Hama fell"


@pytest.mark.parametrize("ch", ["\u200b", "\u200c", "\u200d", "\u2060", "\ufeff"])
def test_zero_width_removed(ch: str) -> None:
    assert clean(f"Ha{ch}ma") == "Hama"


def test_nfc() -> None:
    decomposed = "H\u0323ama\u0304h"
    assert clean(decomposed) == "\u1e24am\u0101h"
    assert unicodedata.is_normalized("NFC", clean(decomposed))


def test_arabic_and_emoji_kept() -> None:
    assert clean("قصف حماة 🔥") == "قصف حماة 🔥"


def test_html_to_text_cleans_controls_too() -> None:
    assert html_to_text("<p>a\x1b[31mb\u202ec</p>") == "abc"


def test_empty_and_none() -> None:
    assert clean("") == "" and clean(None) == ""
    assert html_to_text("") == "" and html_to_text(None) == ""


# The fast paths must give what the general ones give. A seeded random mix of simple tags,
# entities, odd whitespace and things that force the html.parser path (comments, script,
# a bare "<", odd tag names) is compared against the reference: html.parser itself, and a
# per-line regex for whitespace.
_PIECES = [
    "<p>", "</p>", "<P >", "<br>", "<br/>", "<br />", '<a href="http://x/Hama">', "<a href=x/>",
    "</a>", '<div class="c">', "</div>", "<li>", "<b>", "</b>", "<span id=1 data-x>",
    '<img src="x" alt="Hama"/>', "<h2>", "<table>", "<td>", "<p\n>", "Hama", " ", "  ", "\n",
    "\t", "&amp;", "&lt;", "&nbsp;", "&#39;", "&copy", "&", "x y", "\u2028", "\u00a0", "\x0b",
    "\r\n", "é", "=", "/",
    # these send the fragment to html.parser
    "<script>", "</script>", "<!-- c -->", "< p>", "<a-b>", "<title>", '<a href="a>b">', "<",
]  # fmt: skip


def _reference_text(s: str) -> str:
    import re

    from frontline import textclean

    def tidy(text: str) -> str:
        lines = [re.sub(r"[^\S\n]+", " ", line).strip() for line in text.split("\n")]
        return re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()

    tail = s.rfind(">") + 1
    cut = s.find("<", tail)
    s = s[:cut] if cut >= 0 else s
    parser = textclean._TextParser()
    parser.feed(s)
    parser.close()
    return tidy(clean("".join(parser.parts)))


def test_fast_paths_match_html_parser() -> None:
    import random

    from frontline import textclean

    rnd = random.Random(20261129)
    fast = 0
    for _ in range(20_000):
        pieces = _PIECES[:-8] if rnd.random() < 0.7 else _PIECES
        s = "".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20)))
        if "<" not in s:
            continue
        fast += textclean._simple_markup_parts(s) is not None
        assert html_to_text(s) == _reference_text(s), repr(s)
    assert fast > 5_000  # the fast path was really exercised
