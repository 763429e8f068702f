"""parse: feed bytes to plain-text entries; never raises; every real item kept."""

from __future__ import annotations

import csv
import hashlib
import os
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from frontline.models import ParsedFeed
from frontline.parse import ParsePool, parse_bytes

NOW = datetime(2024, 12, 5, 12, 0, tzinfo=UTC)
REALFEEDS = Path(__file__).resolve().parent.parent.parent / "shared" / "realfeeds"


def rss(items: str, extra: str = "") -> bytes:
    return (
        '<?xml version="1.0" encoding="UTF-8"?>\n<rss version="2.0"'
        ' xmlns:content="http://purl.org/rss/1.0/modules/content/"'
        f' xmlns:dc="http://purl.org/dc/elements/1.1/"><channel><title>Wire</title>{extra}'
        f"{items}</channel></rss>"
    ).encode()


def atom(entries: str) -> bytes:
    return (
        '<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">'
        f"<title>Atom wire</title><id>urn:feed</id><updated>2024-12-01T00:00:00Z</updated>{entries}</feed>"
    ).encode()


def test_rss_item_plain_text() -> None:
    data = rss(
        "<item><title>Rebels say they captured Hama</title><link>https://w.example/1</link>"
        "<guid isPermaLink='false'>dw-1</guid><pubDate>Wed, 04 Dec 2024 19:00:00 +0000</pubDate>"
        "<dc:creator>Desk</dc:creator>"
        "<description>&lt;p&gt;BEIRUT - Syria&amp;#8217;s &lt;a href='https://x/Homs'&gt;fourth&lt;/a&gt; city.&lt;/p&gt;"
        "&lt;p&gt;Second.&lt;/p&gt;</description></item>"
    )
    parsed = parse_bytes(data, "Desk Wire", NOW)
    assert parsed.is_feed and parsed.problem is None and parsed.title == "Wire"
    (e,) = parsed.entries
    assert e.feed == "Desk Wire" and e.guid == "dw-1" and e.link == "https://w.example/1"
    assert e.title == "Rebels say they captured Hama"
    assert e.body == "BEIRUT - Syria\u2019s fourth city.\n\nSecond."
    assert "Homs" not in e.text
    assert e.published == datetime(2024, 12, 4, 19, 0, tzinfo=UTC)
    assert e.author == "Desk"


def test_longest_content_value_wins() -> None:
    data = rss(
        "<item><title>t</title><guid>g</guid><description>short teaser</description>"
        "<content:encoded><![CDATA[<p>The full story about Aleppo, much longer than the teaser.</p>]]>"
        "</content:encoded></item>"
    )
    (e,) = parse_bytes(data, "F", NOW).entries
    assert e.body == "The full story about Aleppo, much longer than the teaser."


def test_atom_entry() -> None:
    data = atom(
        "<entry><id>tag:lcm,2024:1</id><title type='html'>Army &lt;b&gt;holds&lt;/b&gt; Rastan</title>"
        "<link href='https://lcm.example/1'/><published>2024-12-04T10:00:00+04:00</published>"
        "<updated>2024-12-04T10:00:00+04:00</updated>"
        "<content type='html'>&lt;p&gt;Body&lt;/p&gt;</content></entry>"
    )
    (e,) = parse_bytes(data, "LCM", NOW).entries
    assert e.guid == "tag:lcm,2024:1" and e.link == "https://lcm.example/1"
    assert e.title == "Army holds Rastan" and e.body == "Body"
    assert e.published == datetime(2024, 12, 4, 6, 0, tzinfo=UTC)
    assert e.published.utcoffset() == timedelta(0)


def test_atom_updated_only() -> None:
    data = atom(
        "<entry><id>u-1</id><title>t</title><updated>2024-12-03T23:30:00-02:00</updated>"
        "<summary>s</summary></entry>"
    )
    (e,) = parse_bytes(data, "U", NOW).entries
    assert e.updated == datetime(2024, 12, 4, 1, 30, tzinfo=UTC)
    assert e.published == e.updated  # published falls back to updated


@pytest.mark.parametrize(
    ("raw", "utc"),
    [
        ("Wed, 04 Dec 2024 19:00:00 GMT", datetime(2024, 12, 4, 19, 0, tzinfo=UTC)),
        ("Wed, 04 Dec 2024 19:00:00 +0300", datetime(2024, 12, 4, 16, 0, tzinfo=UTC)),
        ("Wed, 04 Dec 2024 19:00:00 -0500", datetime(2024, 12, 5, 0, 0, tzinfo=UTC)),
        ("2024-12-04T19:00:00Z", datetime(2024, 12, 4, 19, 0, tzinfo=UTC)),
    ],
)
def test_dates_with_offsets_become_utc(raw: str, utc: datetime) -> None:
    (e,) = parse_bytes(
        rss(f"<item><title>t</title><guid>g</guid><pubDate>{raw}</pubDate></item>"), "F", NOW
    ).entries
    assert e.published == utc and e.published.tzinfo is not None


def test_future_date_clamped_to_now() -> None:
    data = rss(
        "<item><title>t</title><guid>g</guid><pubDate>Fri, 01 Jan 2099 00:00:00 GMT</pubDate></item>"
    )
    (e,) = parse_bytes(data, "F", NOW).entries
    assert e.published == NOW


def test_missing_or_bad_date_is_none() -> None:
    data = rss(
        "<item><title>a</title><guid>a</guid></item>"
        "<item><title>b</title><guid>b</guid><pubDate>not a date</pubDate></item>"
    )
    assert [e.published for e in parse_bytes(data, "F", NOW).entries] == [None, None]


def test_guid_fallbacks() -> None:
    data = rss(
        "<item><title>has guid</title><guid>  exact-guid </guid><link>https://x/1</link></item>"
        "<item><title>link only</title><link>https://x/2</link></item>"
        "<item><title>nothing</title><description>body text</description></item>"
    )
    e1, e2, e3 = parse_bytes(data, "F", NOW).entries
    assert e1.guid == "exact-guid"
    assert e2.guid == "https://x/2"
    assert e3.guid == "sha1:" + hashlib.sha1(b"nothing\nbody text").hexdigest()
    # The content hash is stable across parses.
    assert parse_bytes(data, "F", NOW).entries[2].guid == e3.guid


def test_duplicate_guids_disambiguated_deterministically() -> None:
    item = "<item><title>{t}</title><guid>dup</guid></item>"
    data = rss(item.format(t="first") + item.format(t="second") + item.format(t="second"))
    entries = parse_bytes(data, "F", NOW).entries
    guids = [e.guid for e in entries]
    assert len(entries) == 3 and len(set(guids)) == 3
    assert guids[0] == "dup" and all(g.startswith("dup#") for g in guids[1:])
    assert [e.guid for e in parse_bytes(data, "F", NOW).entries] == guids


def test_bozo_problem_is_one_line_and_items_kept() -> None:
    data = rss(
        "<item><title>AT&T in Hama</title><guid>g1</guid></item><item><title>two</title><guid>g2</guid></item>"
    )
    parsed = parse_bytes(data, "F", NOW)
    assert parsed.is_feed and parsed.problem and "\n" not in parsed.problem
    assert [e.guid for e in parsed.entries] == ["g1", "g2"]


@pytest.mark.parametrize(
    ("data", "why"),
    [
        (b"", "empty"),
        (b"  \n\t ", "empty"),
        (b"<!DOCTYPE html><html><head><title>Login</title></head><body>Hama</body></html>", "HTML"),
        (b"\n<html><body><p>Site moved</p></body></html>", "HTML"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "binary"),
        (bytes(range(256)) * 40, "binary"),
        (b"just words, no markup", "not a feed"),
        (b"<rss", "not a feed"),
    ],
)
def test_not_a_feed(data: bytes, why: str) -> None:
    parsed = parse_bytes(data, "F", NOW)
    assert parsed.is_feed is False and parsed.entries == ()
    assert parsed.problem and why in parsed.problem and "\n" not in parsed.problem


def test_hostile_text_cleaned() -> None:
    data = rss(
        "<item><title>Ha\u200bma\u202e \x1b[31mfalls&#x1b;[0m</title><guid>g\x1b[2J</guid>"
        "<description>&lt;script&gt;alert('Homs')&lt;/script&gt;ok</description></item>"
    )
    (e,) = parse_bytes(data, "F", NOW).entries
    assert e.title == "Hama falls" and e.body == "ok" and e.guid == "g"


def test_huge_title_and_unterminated_tags() -> None:
    title = "Hama " * 20_000 + "&lt;a href='x"
    parsed = parse_bytes(rss(f"<item><title>{title}</title><guid>g</guid></item>"), "F", NOW)
    (e,) = parsed.entries
    assert e.title.startswith("Hama Hama") and len(e.title) >= 99_000 and "href" not in e.title


BILLION_LAUGHS = b"""<?xml version="1.0"?>
<!DOCTYPE rss [
<!ENTITY lol "lol">
<!ENTITY lol1 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
<!ENTITY lol2 "&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;&lol1;">
<!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
<!ENTITY lol4 "&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;&lol3;">
<!ENTITY lol5 "&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;&lol4;">
<!ENTITY lol6 "&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;&lol5;">
<!ENTITY lol7 "&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;&lol6;">
<!ENTITY lol8 "&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;&lol7;">
<!ENTITY lol9 "&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;&lol8;">
]>
<rss version="2.0"><channel><title>t</title>
<item><title>&lol9;</title><guid>bomb</guid><description>&lol9;</description></item>
</channel></rss>"""


def test_billion_laughs_does_not_expand() -> None:
    parsed = parse_bytes(BILLION_LAUGHS, "F", NOW)
    for e in parsed.entries:
        assert len(e.title) + len(e.body) < 1000
        assert "lollollol" not in e.title + e.body


def test_external_entity_not_resolved(tmp_path: Path) -> None:
    secret = tmp_path / "secret.txt"
    secret.write_text("TOP-SECRET-7f3a")
    data = (
        '<?xml version="1.0"?>\n'
        f'<!DOCTYPE rss [<!ENTITY xxe SYSTEM "{secret.as_uri()}">]>\n'
        '<rss version="2.0"><channel><title>&xxe;</title>'
        "<item><title>a &xxe; b</title><guid>x</guid><description>&xxe;</description></item>"
        "</channel></rss>"
    ).encode()
    parsed = parse_bytes(data, "F", NOW)
    assert parsed.entries  # the item is kept, the entity is not read
    for e in parsed.entries:
        assert "TOP-SECRET" not in e.title + e.body
    assert "TOP-SECRET" not in (parsed.title or "")


def test_never_raises_on_garbage() -> None:
    samples = [
        b"<?xml version='1.0' encoding='bogus-enc'?><rss>",
        b"\xff\xfe<\x00r\x00",
        b"<feed><entry>" * 500,
    ]
    for data in samples:
        parsed = parse_bytes(data, "F", NOW)
        assert isinstance(parsed.entries, tuple)


def _manifest() -> list[dict[str, str]]:
    if not (REALFEEDS / "MANIFEST.tsv").is_file():
        pytest.skip("../shared/realfeeds is not beside this checkout")
    with (REALFEEDS / "MANIFEST.tsv").open(encoding="utf-8") as fh:
        return list(csv.DictReader(fh, delimiter="\t"))


def test_realfeeds_keep_every_item() -> None:
    """40 real feeds, seven encodings, four malformed: every item feedparser counts."""
    rows = _manifest()
    assert len(rows) == 40
    jobs = [(row["file"], (REALFEEDS / row["file"]).read_bytes()) for row in rows]
    with ParsePool() as pool:
        results = pool.map(jobs, now=NOW)
    for row, parsed in zip(rows, results, strict=True):
        assert parsed.is_feed, row["file"]
        assert len(parsed.entries) == int(row["items"]), row["file"]
        assert len({e.guid for e in parsed.entries}) == len(parsed.entries), row["file"]
        assert all(e.title or e.body for e in parsed.entries), row["file"]
        assert all(e.published is None or e.published <= NOW for e in parsed.entries)
    by_file = dict(zip([r["file"] for r in rows], results, strict=True))
    # Non-UTF-8 encodings decode to the right letters.
    assert any(
        "ü" in e.text or "ä" in e.text or "ö" in e.text for e in by_file["23-golem.xml"].entries
    )
    assert any("а" in e.text for e in by_file["28-xakep-ru.xml"].entries)  # Cyrillic a
    # Malformed documents say what is wrong.
    assert by_file["05-guardian-world-unescaped-amp.xml"].problem


def test_pool_map_in_processes_matches_inline() -> None:
    jobs = [
        (f"feed{i}", rss(f"<item><title>Item {i} in Hama</title><guid>g{i}</guid></item>"))
        for i in range(6)
    ]
    inline = ParsePool(max_workers=2).map(jobs, now=NOW)
    with ParsePool(max_workers=2, inline_bytes=0) as pool:
        pooled = pool.map(jobs, now=NOW)
        assert pool.started
    assert pooled == inline
    assert [p.entries[0].feed for p in pooled] == [f"feed{i}" for i in range(6)]


def test_pool_small_batch_stays_in_process() -> None:
    pool = ParsePool(max_workers=2)
    (parsed,) = pool.map([("F", rss("<item><title>t</title><guid>g</guid></item>"))], now=NOW)
    assert parsed.entries[0].guid == "g"
    assert not pool.started


async def test_parse_many_async_both_paths() -> None:
    jobs = [(f"f{i}", rss(f"<item><title>t{i}</title><guid>g{i}</guid></item>")) for i in range(4)]
    with ParsePool(max_workers=2, inline_bytes=0) as pool:
        pooled = await pool.parse_many(jobs, now=NOW)
    inline = await ParsePool(max_workers=2).parse_many(jobs, now=NOW)
    assert pooled == inline
    assert [p.entries[0].guid for p in pooled] == ["g0", "g1", "g2", "g3"]


# --------------------------------------------------------------------------- feedparser crashes
# Minimised from fuzzing: each of these made feedparser.parse raise, losing the whole feed.

WITH_ITEM = (
    b'<rss version="2.0"><channel><title>t</title><item><title>kept</title><guid>k</guid></item>'
)


@pytest.mark.parametrize(
    "bad",
    [
        b"<item<category</item>></category>",
        b"<item<media:credit</item>l</media:credit>",
        b"<>&#xD800;",
        b"<>&#55296;",
        b"<>&#x110000;",
        b"<>&#99999999999999999999999999;",
    ],
)
def test_feedparser_crashes_keep_the_other_items(bad: bytes) -> None:
    parsed = parse_bytes(WITH_ITEM + bad + b"</channel></rss>", "F", NOW)
    assert parsed.problem is None or not parsed.problem.startswith("parse failed")
    assert "k" in [e.guid for e in parsed.entries]
    for e in parsed.entries:
        e.title.encode("utf-8")  # no lone surrogates reach the store
        e.body.encode("utf-8")


def test_non_ascii_encoding_declaration() -> None:
    data = b'<?xml version="1.0" encoding="UT\xc3F-8"?>' + WITH_ITEM + b"</channel></rss>"
    parsed = parse_bytes(data, "F", NOW)
    assert [e.guid for e in parsed.entries] == ["k"]


@pytest.mark.parametrize("codec", ["utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-8-sig"])
def test_unicode_encodings(codec: str) -> None:
    doc = (
        '<?xml version="1.0" encoding="{}"?><rss version="2.0"><channel><title>t</title>'
        "<item><title>Ḥamāh حماة</title><guid>g</guid></item></channel></rss>"
    ).format(codec.removesuffix("-sig").upper())
    (e,) = parse_bytes(doc.encode(codec), "F", NOW).entries
    assert e.title == "Ḥamāh حماة"


def test_surrogate_reference_becomes_replacement_char() -> None:
    data = (
        WITH_ITEM.replace(b"<title>kept</title>", b"<title>a&#xD83D;b</title>")
        + b"</channel></rss>"
    )
    (e,) = parse_bytes(data, "F", NOW).entries
    assert e.title == "a\ufffdb"


def _kill_worker_on(job: tuple[str, bytes, datetime | None]) -> ParsedFeed:
    """A worker job that dies like an OOM-killed process for the feed named "die"."""
    if job[0] == "die":
        os._exit(1)
    return parse_bytes(job[1], job[0], job[2])


class _DyingPool(ParsePool):
    _job = staticmethod(_kill_worker_on)


def _jobs() -> list[tuple[str, bytes]]:
    names = ["a", "die", "b", "c"]
    return [(n, rss(f"<item><title>{n}</title><guid>{n}</guid></item>")) for n in names]


def test_dead_worker_loses_no_feed() -> None:
    with _DyingPool(max_workers=2, inline_bytes=0) as pool:
        results = pool.map(_jobs(), now=NOW)
        assert not pool.started  # the broken pool was dropped
        assert [p.entries[0].guid for p in results] == ["a", "die", "b", "c"]


async def test_dead_worker_loses_no_feed_async() -> None:
    with _DyingPool(max_workers=2, inline_bytes=0) as pool:
        results = await pool.parse_many(_jobs(), now=NOW)
        assert not pool.started
        assert [p.entries[0].guid for p in results] == ["a", "die", "b", "c"]


def test_naive_or_local_now_is_taken_as_utc() -> None:
    data = rss(
        "<item><title>t</title><guid>g</guid><pubDate>Fri, 01 Jan 2099 00:00:00 GMT</pubDate></item>"
    )
    (naive,) = parse_bytes(data, "F", NOW.replace(tzinfo=None)).entries
    assert naive.published == NOW
    plus3 = NOW.astimezone(timezone(timedelta(hours=3)))
    (local,) = parse_bytes(data, "F", plus3).entries
    assert local.published == NOW and local.published.utcoffset() == timedelta(0)


def test_feedparser_reads_with_buffered_expat() -> None:
    """feedparser's SAX parser is ours, joining character data (see parse._BufferedExpat),
    and text split by entities and line breaks still comes out whole."""
    import xml.sax

    import feedparser

    from frontline.parse import parse_bytes

    reader = xml.sax.make_parser(feedparser.api.PREFERRED_XML_PARSERS)
    reader.reset()
    assert reader._parser.buffer_text is True
    body = "&lt;p&gt;Rebels &amp;amp; allies  entered &lt;b&gt;Hama&lt;/b&gt;.&lt;/p&gt;" * 50
    doc = parse_bytes(
        (
            '<?xml version="1.0"?><rss version="2.0"><channel><title>t</title>'
            f"<item><guid>g</guid><title>x</title><description>{body}</description></item>"
            "</channel></rss>"
        ).encode(),
        "f",
    )
    assert doc.problem is None
    assert doc.entries[0].body.count("Rebels & allies entered Hama.") == 50


def _has_pipeline_loaded(_: object) -> bool:
    import sys

    return all(m in sys.modules for m in ("frontline.claims", "frontline.match", "feedparser"))


async def test_workers_start_with_the_pipeline_already_imported() -> None:
    """Workers fork from a server that imported the pipeline once (parse._PRELOAD), rather
    than each importing it: ~0.3 s of CPU per worker on every poll that starts the pool."""
    from frontline.parse import ParsePool

    with ParsePool(max_workers=2) as pool:
        assert await pool.call(_has_pipeline_loaded, None) is True
