"""The machine-readable contract of DESIGN.md: items, claims, conflicts as JSONL or CSV.

JSON lines carry the contract's keys first (items ``feed guid cities``; claims ``guid
place city side kind claimant claimant_side``; conflicts ``place a b`` with ``a < b``)
plus a few extra fields a script may want; ``score.py`` ignores the extras.
"""

from __future__ import annotations

import csv
import json
from collections.abc import Iterator
from typing import Any, TextIO

from frontline.store import Store

WHATS = ("items", "claims", "conflicts")
FORMATS = ("jsonl", "csv")

#: Column order for CSV (and key order for JSON): the contract first, then extras.
COLUMNS: dict[str, tuple[str, ...]] = {
    "items": ("feed", "guid", "cities", "title", "link", "ts"),
    "claims": (
        "guid",
        "place",
        "city",
        "side",
        "kind",
        "claimant",
        "claimant_side",
        "feed",
        "ts",
        "sentence",
    ),
    "conflicts": (
        "place",
        "a",
        "b",
        "city",
        "ts",
        "first_seen",
        "kind_a",
        "side_a",
        "claimant_side_a",
        "kind_b",
        "side_b",
        "claimant_side_b",
    ),
}


def rows(store: Store, what: str) -> Iterator[dict[str, Any]]:
    """The records of one export, as dicts in COLUMNS order."""
    if what == "items":
        source = store.export_items()
    elif what == "claims":
        source = store.export_claims()
    elif what == "conflicts":
        source = store.export_conflicts()
    else:
        raise ValueError(f"unknown export {what!r} (expected one of: {', '.join(WHATS)})")
    cols = COLUMNS[what]
    for record in source:
        yield {c: record.get(c) for c in cols}


def export(store: Store, what: str, fmt: str, out: TextIO) -> int:
    """Write one export to ``out``; return how many records were written."""
    if fmt not in FORMATS:
        raise ValueError(f"unknown format {fmt!r} (expected one of: {', '.join(FORMATS)})")
    n = 0
    if fmt == "jsonl":
        for record in rows(store, what):
            out.write(json.dumps(record, ensure_ascii=False) + "\n")
            n += 1
        return n
    writer = csv.DictWriter(out, fieldnames=COLUMNS[what], lineterminator="\n")
    writer.writeheader()
    for record in rows(store, what):
        if what == "items":
            record = {**record, "cities": ";".join(record["cities"] or [])}
        writer.writerow({k: _inert(v) for k, v in record.items()})
        n += 1
    return n


def _inert(value: Any) -> Any:
    """A CSV cell a spreadsheet will not run: feed text starting ``= + - @`` (or a tab/CR)
    is a formula to Excel and Sheets (``=HYPERLINK(...)``), so it gets a leading ``'``."""
    if isinstance(value, str) and value[:1] in ("=", "+", "-", "@", "\t", "\r"):
        return "'" + value
    return value
