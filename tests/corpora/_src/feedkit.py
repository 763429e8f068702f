# ruff: noqa
"""Vendored copy of shared/fixtures/_src/feedkit.py (unchanged logic).

feedkit -- renders a labelled synthetic feed corpus for frontline.

A set is described in one Python module (see syria_public.py): the config.toml text,
the feeds, and every item with its text and its labels.  build() writes

    <set>/config.toml
    <set>/feeds/*.xml          RSS 2.0 or Atom 1.0, one file per feed
    <set>/labels.jsonl         one line per item: feed, guid, cities, claims
    <set>/conflicts.jsonl      one line per expected conflict: place, a, b (a < b)
    <set>/traps.jsonl          one line per item that carries a trap: guid, feed, traps

and checks the set on the way: unique guids, known places/sides/kinds, every claim's
city listed in the item's cities, item cities equal to a word-boundary match of the
config names/aliases/sub-places over the item's visible text, claimant_side consistent
with the config's voices/actors, and the conflicts (computed from the labels with the
rule in DESIGN.md) equal to the list the set module expects.

Only the standard library is needed (Python 3.11+).
"""

from __future__ import annotations

import datetime as dt
import html
import itertools
import json
import os
import re
import sys
import tomllib
import uuid
from dataclasses import dataclass, field
from xml.sax.saxutils import escape, quoteattr

KINDS = ("captured", "advancing", "holding", "withdrew", "denied", "strike")
WINDOW_HOURS = 48
_DAYS = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")


@dataclass
class Feed:
    key: str
    name: str
    fmt: str  # "rss" or "atom"
    file: str  # file name under feeds/
    site: str  # home page of the outlet
    desc: str
    side: str | None = None  # publisher affiliation as written in config.toml
    lang: str = "en"
    cdata: bool = False  # RSS: descriptions wrapped in CDATA instead of escaped
    gmt: bool = False  # RSS: write +0000 as "GMT"
    atom_published: bool = True  # Atom: write <published> as well as <updated>
    author: str | None = None


@dataclass
class Claim:
    place: str
    side: str
    kind: str
    claimant: str
    claimant_side: str


@dataclass
class Item:
    feed: str  # Feed.key
    guid: str
    when: str  # ISO 8601 with offset, e.g. 2024-12-01T16:20:00+03:00
    title: str
    body: str | None = None  # HTML (or plain text); None = title-only item
    cities: list = field(default_factory=list)
    claims: list = field(default_factory=list)
    traps: list = field(default_factory=list)
    link: str | None = None
    body_type: str = "html"  # Atom only: "html" (escaped), "text", "xhtml"
    note: str = ""

    @property
    def time(self) -> dt.datetime:
        return dt.datetime.fromisoformat(self.when)


def C(place, side, kind, claimant, claimant_side):
    return Claim(place, side, kind, claimant, claimant_side)


def I(
    feed,
    guid,
    when,
    title,
    body=None,
    cities=(),
    claims=(),
    traps=(),
    link=None,
    body_type="html",
    note="",
):
    return Item(
        feed,
        guid,
        when,
        title,
        body,
        list(cities),
        list(claims),
        list(traps),
        link,
        body_type,
        note,
    )


def uuid_urn(seed: str) -> str:
    return "urn:uuid:" + str(uuid.uuid5(uuid.NAMESPACE_URL, seed))


# ---------------------------------------------------------------------------- dates


def rfc822(t: dt.datetime, gmt: bool) -> str:
    off = t.utcoffset() or dt.timedelta(0)
    if off == dt.timedelta(0) and gmt:
        tz = "GMT"
    else:
        mins = int(off.total_seconds() // 60)
        sign = "+" if mins >= 0 else "-"
        mins = abs(mins)
        tz = f"{sign}{mins // 60:02d}{mins % 60:02d}"
    return (
        f"{_DAYS[t.weekday()]}, {t.day:02d} {_MONTHS[t.month - 1]} {t.year} "
        f"{t.hour:02d}:{t.minute:02d}:{t.second:02d} {tz}"
    )


def rfc3339(t: dt.datetime) -> str:
    off = t.utcoffset() or dt.timedelta(0)
    s = t.replace(tzinfo=None).isoformat(timespec="seconds")
    if off == dt.timedelta(0):
        return s + "Z"
    mins = int(off.total_seconds() // 60)
    sign = "+" if mins >= 0 else "-"
    mins = abs(mins)
    return f"{s}{sign}{mins // 60:02d}:{mins % 60:02d}"


# ---------------------------------------------------------------------------- rendering


def _cdata(s: str) -> str:
    assert "]]>" not in s
    return "<![CDATA[" + s + "]]>"


def render_rss(feed: Feed, items: list[Item]) -> str:
    last = max(i.time for i in items)
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom" '
        'xmlns:dc="http://purl.org/dc/elements/1.1/">',
        "  <channel>",
        f"    <title>{escape(feed.name)}</title>",
        f"    <link>{escape(feed.site)}</link>",
        f"    <description>{escape(feed.desc)}</description>",
        f"    <language>{feed.lang}</language>",
        f"    <lastBuildDate>{rfc822(last, feed.gmt)}</lastBuildDate>",
        f'    <atom:link href={quoteattr(feed.site.rstrip("/") + "/feed.xml")} rel="self" '
        'type="application/rss+xml"/>',
    ]
    for it in sorted(items, key=lambda i: i.time, reverse=True):
        link = it.link or it.guid
        permalink = "true" if it.guid.startswith("http") and it.guid == link else "false"
        out.append("    <item>")
        out.append(f"      <title>{escape(it.title)}</title>")
        out.append(f"      <link>{escape(link)}</link>")
        out.append(f'      <guid isPermaLink="{permalink}">{escape(it.guid)}</guid>')
        out.append(f"      <pubDate>{rfc822(it.time, feed.gmt)}</pubDate>")
        if feed.author:
            out.append(f"      <dc:creator>{escape(feed.author)}</dc:creator>")
        if it.body is not None:
            body = _cdata(it.body) if feed.cdata else escape(it.body)
            out.append(f"      <description>{body}</description>")
        out.append("    </item>")
    out += ["  </channel>", "</rss>", ""]
    return "\n".join(out)


def render_atom(feed: Feed, items: list[Item]) -> str:
    last = max(i.time for i in items)
    feed_id = feed.site.rstrip("/") + "/atom"
    out = [
        '<?xml version="1.0" encoding="UTF-8"?>',
        f'<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="{feed.lang}">',
        f"  <title>{escape(feed.name)}</title>",
        f"  <subtitle>{escape(feed.desc)}</subtitle>",
        f"  <id>{escape(feed_id)}</id>",
        f'  <link rel="alternate" type="text/html" href={quoteattr(feed.site)}/>',
        f'  <link rel="self" type="application/atom+xml" href={quoteattr(feed_id + ".xml")}/>',
        f"  <updated>{rfc3339(last)}</updated>",
        f"  <author><name>{escape(feed.author or feed.name)}</name></author>",
    ]
    for it in sorted(items, key=lambda i: i.time, reverse=True):
        link = it.link or (
            feed.site.rstrip("/") + "/" + re.sub(r"[^A-Za-z0-9]+", "-", it.guid).strip("-").lower()
        )
        out.append("  <entry>")
        out.append(f'    <title type="text">{escape(it.title)}</title>')
        out.append(f'    <link rel="alternate" type="text/html" href={quoteattr(link)}/>')
        out.append(f"    <id>{escape(it.guid)}</id>")
        if feed.atom_published:
            out.append(f"    <published>{rfc3339(it.time)}</published>")
        out.append(f"    <updated>{rfc3339(it.time)}</updated>")
        if it.body is not None:
            if it.body_type == "xhtml":
                out.append(
                    '    <content type="xhtml"><div xmlns="http://www.w3.org/1999/xhtml">'
                    + it.body
                    + "</div></content>"
                )
            elif it.body_type == "text":
                out.append(f'    <summary type="text">{escape(it.body)}</summary>')
            else:
                out.append(f'    <summary type="html">{escape(it.body)}</summary>')
        out.append("  </entry>")
    out += ["</feed>", ""]
    return "\n".join(out)


# ---------------------------------------------------------------------------- checks


def visible_text(it: Item) -> str:
    body = it.body or ""
    body = re.sub(r"<[^>]+>", " ", body)
    return it.title + "\n" + html.unescape(body)


class Gazetteer:
    def __init__(self, cfg: dict):
        self.cities = {}
        self.place_city = {}
        self.names = []  # (city, surface, is_subplace, canonical place)
        for c in cfg["cities"]:
            name = c["name"]
            self.cities[name] = c
            self.place_city[name] = name
            for s in [name] + list(c.get("aliases", [])):
                self.names.append((name, s, False, name))
            for p in c.get("places", []):
                self.place_city[p] = name
                self.names.append((name, p, True, p))

    @staticmethod
    def _pat(surface: str):
        return re.compile(r"(?<!\w)" + re.escape(surface) + r"(?!\w)", re.IGNORECASE)

    def cities_in(self, text: str) -> set:
        return {city for city, s, _, _ in self.names if self._pat(s).search(text)}

    def place_named(self, place: str, text: str) -> bool:
        surfaces = [s for _, s, _, canon in self.names if canon == place]
        return any(self._pat(s).search(text) for s in surfaces)


def _phrase_sides(cfg: dict, feeds: list[Feed]):
    table = []
    for side, spec in cfg.get("sides", {}).items():
        for ph in spec.get("voices", []) + spec.get("actors", []):
            table.append((ph.lower(), side))
    for ph in cfg.get("independent", {}).get("voices", []):
        table.append((ph.lower(), "independent"))
    return table


def expected_claimant_side(claimant: str, table, feeds: list[Feed]):
    for f in feeds:
        if claimant == f.name:
            return f.side or "unknown"
    best = None
    for ph, side in table:
        if re.search(r"(?<!\w)" + re.escape(ph) + r"(?!\w)", claimant.lower()):
            if best is None or len(ph) > len(best[0]):
                best = (ph, side)
    return best[1] if best else "unknown"


def contradict(a: Claim, b: Claim) -> bool:
    pos = ("captured", "holding")
    if a.kind in pos and b.kind in pos and a.side != b.side:
        return True
    for x, y in ((a, b), (b, a)):
        if x.kind == "advancing" and y.kind == "holding" and x.side != y.side:
            return True
        if (
            x.kind in ("captured", "advancing")
            and y.kind in ("denied", "withdrew")
            and x.side == y.side
        ):
            return True
    return False


def compute_conflicts(items: list[Item]) -> list[dict]:
    found = {}
    for x, y in itertools.combinations(items, 2):
        if x.guid == y.guid:
            continue
        hours = abs((x.time - y.time).total_seconds()) / 3600.0
        if hours > WINDOW_HOURS:
            continue
        for ca in x.claims:
            for cb in y.claims:
                if ca.place != cb.place or ca.claimant_side == cb.claimant_side:
                    continue
                if contradict(ca, cb):
                    a, b = sorted((x.guid, y.guid))
                    found[(ca.place, a, b)] = round(hours, 2)
    return [{"place": p, "a": a, "b": b, "_hours": h} for (p, a, b), h in sorted(found.items())]


def build(
    set_dir: str,
    config_text: str,
    feeds: list[Feed],
    items: list[Item],
    expected_conflicts: list[tuple] | None = None,
    quiet: bool = False,
) -> dict:
    cfg = tomllib.loads(config_text)
    gaz = Gazetteer(cfg)
    sides = set(cfg["sides"].keys())
    claimant_sides = sides | {"independent", "unknown"}
    fmap = {f.key: f for f in feeds}
    errors, warnings = [], []

    # config <-> feeds
    cfg_feeds = {f["name"]: f for f in cfg.get("feeds", [])}
    for f in feeds:
        cf = cfg_feeds.get(f.name)
        if cf is None:
            errors.append(f"feed {f.name} missing from config")
            continue
        if cf.get("url") != f"file:feeds/{f.file}":
            errors.append(f"feed {f.name}: url {cf.get('url')} != file:feeds/{f.file}")
        if cf.get("side") != f.side:
            errors.append(f"feed {f.name}: side {cf.get('side')} != {f.side}")

    seen = set()
    table = _phrase_sides(cfg, feeds)
    for it in items:
        tag = f"{it.feed}:{it.guid}"
        if it.guid in seen:
            errors.append(f"duplicate guid {it.guid}")
        seen.add(it.guid)
        if it.feed not in fmap:
            errors.append(f"{tag}: unknown feed")
        text = visible_text(it)
        found = gaz.cities_in(text)
        if found != set(it.cities):
            errors.append(
                f"{tag}: cities label {sorted(it.cities)} != word-boundary match {sorted(found)}"
            )
        if len(set(it.cities)) != len(it.cities) or any(c not in gaz.cities for c in it.cities):
            errors.append(f"{tag}: bad cities {it.cities}")
        tuples = set()
        for c in it.claims:
            if c.place not in gaz.place_city:
                errors.append(f"{tag}: unknown place {c.place}")
                continue
            if gaz.place_city[c.place] not in it.cities:
                errors.append(f"{tag}: claim city {gaz.place_city[c.place]} not in cities")
            if not gaz.place_named(c.place, text):
                errors.append(f"{tag}: claim place {c.place} not named in the text")
            if c.side not in sides:
                errors.append(f"{tag}: bad side {c.side}")
            if c.kind not in KINDS:
                errors.append(f"{tag}: bad kind {c.kind}")
            if c.claimant_side not in claimant_sides:
                errors.append(f"{tag}: bad claimant_side {c.claimant_side}")
            exp = expected_claimant_side(c.claimant, table, feeds)
            if exp != c.claimant_side:
                warnings.append(
                    f"{tag}: claimant '{c.claimant}' labelled {c.claimant_side}, "
                    f"config lookup says {exp}"
                )
            key = (c.place, c.side, c.kind)
            if key in tuples:
                errors.append(f"{tag}: duplicate claim tuple {key}")
            tuples.add(key)

    conflicts = compute_conflicts(items)
    if expected_conflicts is not None:
        got = {(c["place"], c["a"], c["b"]) for c in conflicts}
        exp = set()
        for p, a, b in expected_conflicts:
            a, b = sorted((a, b))
            exp.add((p, a, b))
        for x in sorted(got - exp):
            errors.append(f"unexpected conflict {x}")
        for x in sorted(exp - got):
            errors.append(f"missing conflict {x}")

    if errors:
        for e in errors:
            print("ERROR", e, file=sys.stderr)
        raise SystemExit(f"{len(errors)} error(s); nothing written")

    # ---- write
    os.makedirs(os.path.join(set_dir, "feeds"), exist_ok=True)
    with open(os.path.join(set_dir, "config.toml"), "w", encoding="utf-8") as fh:
        fh.write(config_text.lstrip("\n"))
    for f in feeds:
        its = [i for i in items if i.feed == f.key]
        xml = render_rss(f, its) if f.fmt == "rss" else render_atom(f, its)
        with open(os.path.join(set_dir, "feeds", f.file), "w", encoding="utf-8") as fh:
            fh.write(xml)
    order = {f.key: n for n, f in enumerate(feeds)}
    ordered = sorted(items, key=lambda i: (order[i.feed], i.time, i.guid))
    with open(os.path.join(set_dir, "labels.jsonl"), "w", encoding="utf-8") as fh:
        for it in ordered:
            rec = {
                "feed": fmap[it.feed].name,
                "guid": it.guid,
                "cities": sorted(it.cities),
                "claims": [
                    {
                        "place": c.place,
                        "city": gaz.place_city[c.place],
                        "side": c.side,
                        "kind": c.kind,
                        "claimant": c.claimant,
                        "claimant_side": c.claimant_side,
                    }
                    for c in it.claims
                ],
            }
            fh.write(json.dumps(rec, ensure_ascii=False) + "\n")
    with open(os.path.join(set_dir, "conflicts.jsonl"), "w", encoding="utf-8") as fh:
        for c in conflicts:
            fh.write(
                json.dumps({"place": c["place"], "a": c["a"], "b": c["b"]}, ensure_ascii=False)
                + "\n"
            )
    with open(os.path.join(set_dir, "traps.jsonl"), "w", encoding="utf-8") as fh:
        for it in ordered:
            if it.traps:
                rec = {"feed": fmap[it.feed].name, "guid": it.guid, "traps": it.traps}
                if it.note:
                    rec["note"] = it.note
                fh.write(json.dumps(rec, ensure_ascii=False) + "\n")

    trap_counts = {}
    for it in items:
        for t in it.traps:
            trap_counts[t] = trap_counts.get(t, 0) + 1
    stats = {
        "items": len(items),
        "items_per_feed": {f.name: sum(1 for i in items if i.feed == f.key) for f in feeds},
        "claims": sum(len(i.claims) for i in items),
        "conflicts": len(conflicts),
        "items_with_traps": sum(1 for i in items if i.traps),
        "trap_tags": dict(sorted(trap_counts.items())),
        "kinds": {k: sum(1 for i in items for c in i.claims if c.kind == k) for k in KINDS},
        "claimant_sides": {
            s: sum(1 for i in items for c in i.claims if c.claimant_side == s)
            for s in sorted(claimant_sides)
        },
        "first": min(i.time for i in items).astimezone(dt.timezone.utc).isoformat(),
        "last": max(i.time for i in items).astimezone(dt.timezone.utc).isoformat(),
    }
    if not quiet:
        for w in warnings:
            print("WARN", w)
        print(json.dumps(stats, indent=1, ensure_ascii=False))
        for c in conflicts:
            print(f"  conflict {c['place']:<22} {c['a']}  {c['b']}  ({c['_hours']} h)")
    return stats


def coref_report(config_text: str, items: list[Item]) -> None:
    """For review: each 'the city/town/village' in an item, with the last tracked place named
    before it (DESIGN.md: such a sentence refers to the last place the item named)."""
    gaz = Gazetteer(tomllib.loads(config_text))
    for it in items:
        text = visible_text(it)
        for m in re.finditer(r"\bthe (city|town|village)\b", text, re.IGNORECASE):
            best = None
            for _, surface, _, canon in gaz.names:
                for pm in Gazetteer._pat(surface).finditer(text, 0, m.start()):
                    if (
                        best is None
                        or pm.end() > best[0]
                        or (pm.end() == best[0] and len(surface) > best[2])
                    ):
                        best = (pm.end(), canon, len(surface))
            ctx = text[max(0, m.start() - 60) : m.end() + 30].replace("\n", " ")
            print(f"{it.guid[:40]:<40} -> {best[1] if best else None!s:<22} | ...{ctx}...")
