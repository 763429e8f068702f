"""The Markdown brief, rendered from a real store filled from the syria fixtures."""

from __future__ import annotations

import argparse
import shutil
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from frontline import brief, pipeline, queries
from frontline import config as config_mod
from frontline.models import Claim, Config, Entry, FeedConfig
from frontline.store import Store

SINCE = timedelta(days=10)


@pytest.fixture(scope="module")
def syria(syria_config: Path, tmp_path_factory: pytest.TempPathFactory) -> tuple[Config, Path]:
    """The syria corpus ingested once through the real pipeline; tests copy the file."""
    cfg = config_mod.load(syria_config)
    db = tmp_path_factory.mktemp("brief") / "syria.db"
    with Store(db) as store:
        pipeline.ingest(cfg, store, sorted((syria_config.parent / "feeds").glob("*.xml")))
    return cfg, db


@pytest.fixture
def store(syria: tuple[Config, Path], tmp_path: Path):
    db = tmp_path / "copy.db"
    shutil.copy(syria[1], db)
    with Store(db) as s:
        yield s


def _now(store: Store) -> datetime:
    latest = store.query("SELECT MAX(ts) FROM claims")[0][0]
    return queries.parse_time(latest) + timedelta(hours=1)


def _claims(store: Store, city: str) -> list:
    return store.query(
        "SELECT c.*, i.link, i.title, f.name AS feed FROM claims c "
        "JOIN items i ON i.id = c.item_id JOIN feeds f ON f.id = i.feed_id WHERE c.city = ?",
        (city,),
    )


def _inline_tokens(text: str) -> list:
    out = []
    for tok in MarkdownIt("commonmark").parse(text):
        out.append(tok)
        out.extend(tok.children or [])
    return out


def _section(text: str, heading: str) -> str:
    start = text.index(f"## {heading}\n")
    end = text.find("\n## ", start + 1)
    return text[start : end if end != -1 else len(text)]


def test_brief_lists_every_claim_by_place_and_side(syria, store: Store) -> None:
    cfg, _ = syria
    now = _now(store)
    claims = [c for c in _claims(store, "Hama") if c["ts"] >= queries.iso(now - SINCE)]
    assert claims, "the syria corpus has claims about Hama"

    text = brief.render(store, cfg, "hama", SINCE, now=now)  # case-insensitive city

    assert text.startswith("# Hama: brief, ")
    body = _section(text, "Claims by place")
    for place in {c["place"] for c in claims}:
        assert f"\n### {brief.md(place)}\n" in body
    for c in claims:
        assert f"<{c['link']}>" in body
        assert brief.md(c["claimant"]) in body
        assert brief.md(c["feed"]) in body
    # Sides are grouped under their place: each place's block names only its sides.
    for place in {c["place"] for c in claims}:
        block = body.split(f"### {brief.md(place)}\n", 1)[1].split("\n### ", 1)[0]
        sides = {c["side"] for c in claims if c["place"] == place}
        assert {s for s in cfg.sides if f"**{s}**" in block} == sides
    assert f"{len(claims)} claim" in text


def test_brief_shows_both_sides_of_each_conflict(syria, store: Store) -> None:
    cfg, _ = syria
    now = _now(store)
    rows = store.query(
        "SELECT k.place, ai.link AS la, bi.link AS lb, af.name AS fa, bf.name AS fb "
        "FROM conflicts k JOIN items ai ON ai.id = k.item_a JOIN items bi ON bi.id = k.item_b "
        "JOIN feeds af ON af.id = ai.feed_id JOIN feeds bf ON bf.id = bi.feed_id "
        "WHERE k.city = 'Hama' AND k.ts >= ?",
        (queries.iso(now - SINCE),),
    )
    assert rows, "the syria corpus has conflicts about Hama"

    section = _section(brief.render(store, cfg, "Hama", SINCE, now=now), "Open conflicts")

    assert section.count("\n### ") == len(rows)
    for r in rows:
        assert f"<{r['la']}>" in section and f"<{r['lb']}>" in section
        assert brief.md(r["fa"]) in section and brief.md(r["fb"]) in section
    assert section.count("- **A**: ") == section.count("- **B**: ") == len(rows)


def test_status_section_explains_itself(syria, store: Store) -> None:
    cfg, _ = syria
    now = _now(store)
    text = brief.render(store, cfg, "Hama", SINCE, now=now)
    status = _section(text, "Status")
    row = next(r for r in queries.city_rows(store.reader(), cfg, now) if r.city == "Hama")
    assert brief.md(row.why) in status


def test_dismissed_items_and_old_claims_drop_out(syria, store: Store) -> None:
    cfg, _ = syria
    now = _now(store)
    victim = _claims(store, "Hama")[0]
    before = brief.render(store, cfg, "Hama", SINCE, now=now)
    assert f"<{victim['link']}>" in _section(before, "Claims by place")

    store.set_triage(victim["item_id"], dismissed=True)
    after = brief.render(store, cfg, "Hama", SINCE, now=now)
    assert f"<{victim['link']}>" not in _section(after, "Claims by place")

    far_later = now + timedelta(days=400)
    empty = brief.render(store, cfg, "Hama", timedelta(hours=1), now=far_later)
    assert "No claims in this period." in empty
    assert "No conflicting claims in this period." in empty


def test_feed_text_cannot_inject_markdown(tmp_path: Path, syria) -> None:
    cfg, _ = syria
    feed = FeedConfig(name="Evil [Feed](http://x.example)", url="https://evil.example/rss")
    title = "Hama: [click me](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**"
    entry = Entry(
        feed=feed.name,
        guid="evil-1",
        title=title,
        body="Rebels captured Hama, a rebel official said.",
        link="javascript:alert(1)",
        published=datetime(2024, 12, 5, 12, tzinfo=UTC),
    )
    with Store(tmp_path / "evil.db") as store:
        store.upsert_feed(feed)
        [(item_id, _, _)] = store.write_entries(feed.name, [entry])
        claim = Claim(
            place="Hama",
            city="Hama",
            side="opposition",
            kind="captured",
            claimant="rebel official ](http://evil.example)",
            claimant_side="opposition",
            sentence="Rebels captured Hama, a rebel official said.",
        )
        store.replace_claims(item_id, [claim], entry.published)
        text = brief.render(store, cfg, "Hama", timedelta(days=1), now=entry.published)
    # Parsed as CommonMark (markdown-it, which rich already ships), the feed's text makes
    # no link, image or HTML: the only links are the brief's own autolinks (none here,
    # since the item's link is not http), and the title reads back as plain text.
    tokens = _inline_tokens(text)
    assert not [t for t in tokens if t.type in ("link_open", "image", "html_inline", "html_block")]
    plain = "".join(t.content for t in tokens if t.type == "text")
    assert "[click me](javascript:alert(1)) <img src=x onerror=alert(1)> **bold**" in plain
    assert brief.md(title) in text


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("24h", timedelta(hours=24)),
        ("90m", timedelta(minutes=90)),
        ("2d", timedelta(days=2)),
        ("1h30m", timedelta(minutes=90)),
        ("1w", timedelta(weeks=1)),
        ("6", timedelta(hours=6)),
    ],
)
def test_parse_since(text: str, expected: timedelta) -> None:
    assert brief.parse_since(text) == expected


@pytest.mark.parametrize("text", ["", "h", "24x", "-2h", "0h", "1 day"])
def test_parse_since_rejects(text: str) -> None:
    with pytest.raises(brief.BriefError, match="--since"):
        brief.parse_since(text)


def test_run_writes_file_and_reports_errors_in_one_line(
    syria, store: Store, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    cfg, _ = syria
    out = tmp_path / "hama.md"
    args = argparse.Namespace(city="Hama", since="3650d", output=str(out))
    assert brief.run(args, cfg, store) == 0
    assert out.read_text(encoding="utf-8").startswith("# Hama: brief, ")
    assert capsys.readouterr().err == f"frontline brief: wrote {out}\n"

    for bad in (
        argparse.Namespace(city="Atlantis", since="24h", output=None),
        argparse.Namespace(city="Hama", since="yesterday", output=None),
    ):
        assert brief.run(bad, cfg, store) == 2
        err = capsys.readouterr().err
        assert err.startswith("frontline brief: ") and err.count("\n") == 1


@pytest.mark.parametrize(
    "text", ["# not a heading", "12. not a list", "- not a bullet", "> not a quote", "+ x"]
)
def test_md_keeps_block_markers_literal(text: str) -> None:
    tokens = MarkdownIt("commonmark").parse(f"- item: {brief.md(text)}\n  > {brief.md(text)}\n")
    kinds = {t.type for t in tokens}
    assert not kinds & {"heading_open", "ordered_list_open", "hr"}
    assert sum(t.type == "bullet_list_open" for t in tokens) == 1
    assert sum(t.type == "blockquote_open" for t in tokens) == 1
    inline = [c.content for t in tokens for c in (t.children or []) if c.type == "text"]
    assert inline == [f"item: {text}", text]  # both read back literally
