"""Make ``tests/data/schema_vN.db``: a small database written by this release's Store.

Run once per released schema version (``python tests/data/make_schema_fixture.py``) and
commit the file; never regenerate an old one, since its whole point is to be what that
release wrote. It holds a few feeds, items (one with a revision), mentions, claims, a
conflict, triage rows, notes and fetch_log rows, with fixed times so it is reproducible.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime, timedelta
from pathlib import Path

from frontline.models import Claim, ClaimRecord, Conflict, Entry, FeedConfig, Mention
from frontline.store import SCHEMA_VERSION, Store

HERE = Path(__file__).resolve().parent
T0 = datetime(2024, 12, 4, 12, 0, tzinfo=UTC)


def _entry(feed: str, n: int, text: str, hours: int) -> Entry:
    return Entry(
        feed=feed,
        guid=f"{feed.lower().replace(' ', '-')}-{n}",
        title=text,
        body=f"{text} Full report number {n}.",
        link=f"https://{feed.lower().replace(' ', '')}.example/{n}",
        published=T0 + timedelta(hours=hours),
        author="Desk",
    )


def build(path: Path) -> None:
    """Write the fixture database at ``path`` (which must not exist)."""
    feeds = [
        FeedConfig("State Wire", "https://state.example/rss", "government"),
        FeedConfig("Rebel Voice", "https://rebel.example/atom", "opposition"),
        FeedConfig("Monitor", "https://monitor.example/feed", "independent"),
    ]
    texts = {
        "State Wire": ["The army repelled an attack on Hama", "The army holds Aleppo"],
        "Rebel Voice": ["Rebels captured Hama", "Rebels advance on Homs"],
        "Monitor": ["Observatory: air strikes on Idlib", "Observatory: Hama contested"],
    }
    with Store(path) as store:
        store.sync_feeds(feeds)
        items: dict[str, int] = {}
        for hours, feed in enumerate(feeds):
            entries = [_entry(feed.name, n, t, hours + n) for n, t in enumerate(texts[feed.name])]
            for item_id, entry, _ in store.write_entries(feed.name, entries, T0 + timedelta(1)):
                items[entry.guid] = item_id
            store.log_fetch(feed.name, outcome="ok", at=T0, status=200, nbytes=1234,
                            elapsed_ms=12, new_items=len(entries))  # fmt: skip
            store.save_feed_state(feed.name, etag='"v1"', last_success=T0, title=feed.name)
        store.log_fetch("Monitor", outcome="error", at=T0 + timedelta(hours=1), status=503,
                        error="HTTP 503, retry after 120 s")  # fmt: skip
        store.save_feed_state("Monitor", error_streak=1, last_error="HTTP 503, retry after 120 s")
        # A revised item: same guid, new text.
        revised = _entry("Rebel Voice", 0, "Rebels captured Hama city centre", 0)
        store.write_entries("Rebel Voice", [revised], T0 + timedelta(days=1, hours=2))

        claims = {
            "state-wire-0": Claim(
                "Hama",
                "Hama",
                "government",
                "holding",
                "State Wire",
                "government",
                "The army repelled an attack on Hama",
                0,
                (31, 35),
                (4, 8),
                (9, 17),
                None,
            ),  # fmt: skip
            "rebel-voice-0": Claim(
                "Hama",
                "Hama",
                "opposition",
                "captured",
                "Rebel Voice",
                "opposition",
                "Rebels captured Hama city centre",
                0,
                (16, 20),
                (0, 6),
                (7, 15),
                None,
            ),  # fmt: skip
            "monitor-0": Claim(
                "Idlib",
                "Idlib",
                "government",
                "strike",
                "Observatory",
                "independent",
                "Observatory: air strikes on Idlib",
                0,
                (28, 33),
                None,
                (17, 24),
                (0, 11),
            ),  # fmt: skip
        }
        for guid, item_id in items.items():
            text = store.query("SELECT title FROM items WHERE id = ?", (item_id,))[0][0]
            mentions = [
                Mention(city, city, text.index(city), text.index(city) + len(city))
                for city in ("Hama", "Aleppo", "Homs", "Idlib")
                if city in text
            ]
            store.replace_mentions(item_id, mentions)
            if guid in claims:
                store.replace_claims(item_id, [claims[guid]], store.item_ts(item_id) or T0)
        records = {r.guid: r for r in store.claim_records()}
        a, b = records["rebel-voice-0"], records["state-wire-0"]
        store.replace_conflicts([Conflict("Hama", "Hama", a, b)])
        assert isinstance(a, ClaimRecord)
        store.set_triage(items["state-wire-0"], read=True, verified=True)
        store.set_triage(items["rebel-voice-1"], flagged=True)
        store.set_triage(items["monitor-1"], read=True, dismissed=True)
        store.add_note(items["rebel-voice-0"], "Call the Hama stringer to confirm.")
        store.add_note(items["state-wire-0"], "Matches the Observatory's 14:00 report.")
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    for suffix in ("-wal", "-shm"):
        Path(f"{path}{suffix}").unlink(missing_ok=True)


def main() -> int:
    target = HERE / f"schema_v{SCHEMA_VERSION}.db"
    if target.exists() and "--force" not in sys.argv:
        print(f"{target} exists: a released schema's fixture is never remade", file=sys.stderr)
        return 1
    target.unlink(missing_ok=True)
    build(target)
    print(f"wrote {target}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
