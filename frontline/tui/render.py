"""The ONE place that turns stored (untrusted) strings into renderables.

Feed text is never parsed as markup: every string becomes a ``rich.text.Text`` built with
``Text(...)``/``append`` (plain text plus styles we choose), so a headline such as
``[@click=app.quit]x`` or an unterminated ``[`` shows literally. Widgets receive these
objects; nothing else in the UI builds a renderable from stored text.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime

from rich.text import Text

from frontline.queries import (
    CityRow,
    ClaimRow,
    ConflictRow,
    ConflictSide,
    FeedHealth,
    Header,
    ItemDetail,
    parse_time,
)
from frontline.textclean import clean

#: Styles for configured sides, in config order; independent and unknown are fixed.
SIDE_PALETTE = ("#5fafff", "#ff8f5f", "#d7af5f", "#af87ff", "#5fd7af", "#ff5fd7")
KIND_STYLE = {
    "captured": "bold",
    "advancing": "",
    "holding": "",
    "withdrew": "italic",
    "denied": "italic",
    "strike": "",
}
SPARK = " ▁▂▃▄▅▆▇█"
STATE_STYLE = {
    "held": "bold",
    "claimed": "",
    "contested": "bold #ff5f5f",
    "unknown": "dim",
    "untracked": "italic",
}
ROLE_STYLE = {
    "place": "bold underline",
    "side": "bold reverse",
    "kind": "bold #ffd75f",
    "claimant": "italic #87d7ff",
}


class Palette:
    """Side name to style, fixed by the order of ``[sides]`` in the config."""

    def __init__(self, sides: Sequence[str]) -> None:
        self.styles = {s: SIDE_PALETTE[i % len(SIDE_PALETTE)] for i, s in enumerate(sides)}

    def side(self, side: str | None) -> str:
        if not side:
            return "dim"
        if side == "independent":
            return "#bcbcbc"
        return self.styles.get(side, "#8a8a8a")


def one_line(s: str | None) -> str:
    """Stored text flattened for a table cell: controls stripped, whitespace collapsed."""
    return " ".join(clean(s or "").split())


def plain(s: str | None, style: str = "") -> Text:
    """Any stored string as literal text (never markup)."""
    return Text(one_line(s), style=style, no_wrap=True, overflow="ellipsis")


def block(s: str | None, style: str = "") -> Text:
    """Multi-line stored text (an item body), literal."""
    return Text(clean(s or ""), style=style)


def stamp(ts: str | None) -> str:
    """``MM-DD HH:MM`` in UTC: fixed width, sortable by eye; '-' when missing."""
    dt = parse_time(ts)
    return dt.strftime("%m-%d %H:%M") if dt else "-"


def full_stamp(ts: str | None) -> str:
    dt = parse_time(ts)
    return dt.strftime("%Y-%m-%d %H:%M UTC") if dt else "-"


def ago(ts: str | None, now: datetime) -> str:
    """A short relative time (``5m ago``, ``in 3h``) against the dashboard's now."""
    dt = parse_time(ts)
    if dt is None:
        return "-"
    secs = int((now - dt).total_seconds())
    future = secs < 0
    secs = abs(secs)
    if secs < 60:
        amount = f"{secs}s"
    elif secs < 3600:
        amount = f"{secs // 60}m"
    elif secs < 86400 * 2:
        amount = f"{secs // 3600}h"
    else:
        amount = f"{secs // 86400}d"
    return f"in {amount}" if future else f"{amount} ago"


def sparkline(counts: Sequence[int]) -> Text:
    """Block characters scaled to the largest bucket."""
    top = max(counts) if counts else 0
    if top == 0:
        return Text("·" * len(counts), style="dim")
    chars = "".join(SPARK[0 if c == 0 else max(1, round(c / top * 8))] for c in counts)
    return Text(chars, style="#87d787")


# --------------------------------------------------------------------------- claims pane

#: Claim columns by key, with header label and preferred width (None: fill).
CLAIM_COLUMNS: dict[str, tuple[str, int | None]] = {
    "mark": ("", 2),
    "time": ("Time", 11),
    "place": ("Place", 14),
    "side": ("Side", 11),
    "kind": ("Kind", 9),
    "claimant": ("Claimant", 18),
    "outlet": ("Outlet", 16),
    "headline": ("Headline", None),
}
NARROW_CLAIM_COLUMNS = ("mark", "time", "place", "side", "kind", "headline")
WIDE_CLAIM_COLUMNS = tuple(CLAIM_COLUMNS)


def triage_mark(read: bool, flagged: bool, verified: bool, dismissed: bool) -> Text:
    """Two cells: unread dot / flag / verified tick / dismissed cross."""
    t = Text(no_wrap=True)
    if dismissed:
        t.append("x", style="dim")
    elif flagged:
        t.append("!", style="bold #ff5f5f")
    elif not read:
        t.append("●", style="#5fafff")
    else:
        t.append(" ")
    t.append("✓" if verified else " ", style="bold #5fd75f")
    return t


def claim_cells(row: ClaimRow, columns: Sequence[str], palette: Palette) -> list[Text]:
    """The cells of one claims-pane row, in ``columns`` order."""
    base = "dim strike" if row.dismissed else ("" if not row.read else "")
    weight = "bold" if not row.read and not row.dismissed else ""
    cells = {
        "mark": triage_mark(row.read, row.flagged, row.verified, row.dismissed),
        "time": plain(stamp(row.ts), base),
        "place": plain(row.place, f"{base} {weight}".strip()),
        "side": plain(row.side or "—", f"{base} {palette.side(row.side)}".strip()),
        "kind": plain(row.kind or "—", f"{base} {KIND_STYLE.get(row.kind, '')}".strip()),
        "claimant": plain(row.claimant, f"{base} {palette.side(row.claimant_side)}".strip()),
        "outlet": plain(row.feed, base),
        "headline": plain(row.title, f"{base} {weight}".strip()),
    }
    return [cells[c] for c in columns]


# --------------------------------------------------------------------------- city pane

CITY_COLUMNS: dict[str, tuple[str, int | None]] = {
    "city": ("City", 11),
    "status": ("Status", 18),
    "day": ("24h", 16),
    "conflicts": ("Confl", 5),
    "unread": ("Unread", 6),
    "why": ("Why", None),
}


def city_cells(row: CityRow, palette: Palette, watched: bool = False) -> list[Text]:
    state = row.state + (f" {row.side}" if row.side else "")
    spark = sparkline(row.spark)
    day = Text(no_wrap=True)
    day.append(f"{row.claims_24h:>3} ")
    day.append_text(spark)
    conf = plain(str(row.open_conflicts), "bold #ff5f5f" if row.open_conflicts else "dim")
    name_style = "bold reverse" if watched else "bold"
    return [
        plain(row.city, name_style),
        plain(state, f"{STATE_STYLE.get(row.state, '')} {palette.side(row.side)}".strip()),
        day,
        conf,
        plain(str(row.unread), "bold" if row.unread else "dim"),
        plain(row.why),
    ]


# --------------------------------------------------------------------------- conflicts pane

CONFLICT_COLUMNS: dict[str, tuple[str, int | None]] = {
    "place": ("Place", 14),
    "a": ("Claim A", 34),
    "b": ("Claim B", None),
}


def conflict_side(side: ConflictSide, palette: Palette) -> Text:
    """Two lines: who claims what, then when and through which outlet."""
    t = Text(no_wrap=True, overflow="ellipsis")
    t.append(one_line(side.claimant) or "?", style=f"bold {palette.side(side.claimant_side)}")
    t.append(": ")
    t.append(one_line(side.side), style=palette.side(side.side))
    t.append(" ")
    t.append(one_line(side.kind), style=KIND_STYLE.get(side.kind, ""))
    t.append("\n")
    t.append(f"{stamp(side.ts)} · {one_line(side.feed)}", style="dim")
    return t


def conflict_cells(row: ConflictRow, palette: Palette) -> list[Text]:
    place = Text(no_wrap=True)
    place.append(one_line(row.place), style="bold")
    place.append("\n")
    place.append(stamp(row.ts), style="dim")
    return [place, conflict_side(row.a, palette), conflict_side(row.b, palette)]


# --------------------------------------------------------------------------- header


def header_line(
    head: Header,
    now: datetime,
    watch: str | None,
    watch_tracked: bool,
    filters: str,
    polling: bool,
) -> Text:
    t = Text(no_wrap=True, overflow="ellipsis")
    t.append(" frontline ", style="bold reverse")
    t.append(" ")
    if watch:
        t.append("◉ ", style="#ffd75f")
        t.append(one_line(watch), style="bold")
        if not watch_tracked:
            t.append(" (untracked)", style="italic dim")
    else:
        t.append("all cities", style="bold")
    t.append(" │ polled ", style="dim")
    t.append(ago(head.last_poll, now) if head.last_poll else "never")
    t.append(" │ ", style="dim")
    t.append(f"{head.feeds_ok} ok", style="#5fd75f")
    t.append(" · ", style="dim")
    t.append(
        f"{head.feeds_failing} failing",
        style="bold #ff5f5f" if head.feeds_failing else "dim",
    )
    t.append(" │ next ", style="dim")
    if not polling:
        t.append("off", style="dim")
    else:
        t.append(ago(head.next_poll, now).replace("in ", "") if head.next_poll else "soon")
    if filters:
        t.append(" │ ", style="dim")
        t.append(one_line(filters), style="italic #ffd75f")
    return t


# --------------------------------------------------------------------------- detail


def detail(item: ItemDetail, palette: Palette) -> Text:
    """The full item: metadata, the text with mentions and claim evidence highlighted,
    then each claim with its evidence sentence."""
    out = Text()
    out.append(one_line(item.title) + "\n", style="bold")
    meta = [
        ("Feed", item.feed),
        ("Published", full_stamp(item.published)),
        ("Updated", full_stamp(item.updated) if item.updated else "-"),
        ("First seen", full_stamp(item.first_seen)),
        ("Revision", str(item.revision)),
        ("Author", item.author or "-"),
        ("Link", item.link or "-"),
    ]
    for label, value in meta:
        out.append(f"{label:>11}: ", style="dim")
        out.append(one_line(value) + "\n")
    out.append(f"{'Triage':>11}: ", style="dim")
    flags = [
        ("read" if item.read else "unread", "" if item.read else "bold #5fafff"),
        ("flagged" if item.flagged else "not flagged", "bold #ff5f5f" if item.flagged else "dim"),
        ("verified" if item.verified else "unverified", "bold #5fd75f" if item.verified else "dim"),
        ("dismissed" if item.dismissed else "kept", "bold" if item.dismissed else "dim"),
    ]
    for i, (word, style) in enumerate(flags):
        if i:
            out.append(" · ", style="dim")
        out.append(word, style=style)
    out.append("\n\n")
    out.append_text(highlighted_text(item))
    out.append("\n")
    if item.claims:
        out.append("\nClaims\n", style="bold underline")
        for c in item.claims:
            out.append("• ")
            out.append(one_line(c.side), style=f"bold {palette.side(c.side)}")
            out.append(f" {one_line(c.kind)} ", style="bold")
            out.append(one_line(c.place), style="bold underline")
            out.append(" — ")
            out.append(one_line(c.claimant), style=f"italic {palette.side(c.claimant_side)}")
            out.append(f" ({one_line(c.claimant_side)})\n", style="dim")
            if c.sentence:
                out.append("  “")
                out.append(one_line(c.sentence), style="dim")
                out.append("”\n")
    if item.notes:
        out.append("\nNotes\n", style="bold underline")
        for created, text in item.notes:
            out.append(f"{stamp(created)}  ", style="dim")
            out.append(one_line(text) + "\n")
    return out


def highlighted_text(item: ItemDetail) -> Text:
    """Title and body with matched place names and claim evidence spans styled.

    Offsets come from the mentions and claims tables (into title + newline + body); spans
    outside the text (a revised item) are ignored rather than trusted.
    """
    raw = item.text
    # Stored text is clean at ingest; any stray control character is replaced one for
    # one so the stored offsets stay aligned.
    safe = "".join(ch if ch in "\n\t" or ch.isprintable() else "?" for ch in raw)
    text = Text(safe)
    size = len(safe)
    for c in item.claims:
        if c.sentence_start is not None and c.sentence:
            end = min(size, c.sentence_start + len(c.sentence))
            if 0 <= c.sentence_start < end:
                text.stylize("on #262626", c.sentence_start, end)
    for _place, _city, start, end in item.mentions:
        if 0 <= start < end <= size:
            text.stylize("bold underline #5fd7ff", start, end)
    for c in item.claims:
        for role, start, end in c.spans:
            if 0 <= start < end <= size:
                text.stylize(ROLE_STYLE.get(role, "bold"), start, end)
    return text


def citation(item: ItemDetail, claimant: str | None = None) -> str:
    """Plain text for the clipboard: outlet, time, claimant, headline, link."""
    who = claimant or (item.claims[0].claimant if item.claims else "")
    parts = [one_line(item.feed), full_stamp(item.published or item.ts)]
    if who:
        parts.append(one_line(who))
    parts.append(f"“{one_line(item.title)}”")
    if item.link:
        parts.append(one_line(item.link))
    return ", ".join(parts)


# --------------------------------------------------------------------------- feed health

HEALTH_COLUMNS: dict[str, tuple[str, int | None]] = {
    "feed": ("Feed", 22),
    "state": ("State", 10),
    "streak": ("Streak", 6),
    "attempt": ("Last try", 11),
    "success": ("Last ok", 11),
    "new": ("Last new", 11),
    "next": ("Next", 8),
    "items": ("Items", 6),
    "error": ("Last error", None),
}


def health_cells(row: FeedHealth, now: datetime) -> list[Text]:
    dead = row.failing
    state = "FAILING" if dead else ("never" if not row.last_attempt else "ok")
    bad = "bold #ff5f5f"
    return [
        plain(row.name, bad if dead else "bold"),
        plain(state, bad if dead else "#5fd75f"),
        plain(str(row.error_streak), bad if dead else "dim"),
        plain(stamp(row.last_attempt)),
        plain(stamp(row.last_success), bad if dead else ""),
        plain(stamp(row.last_new_item)),
        plain(ago(row.next_check, now)),
        plain(str(row.items)),
        plain(row.last_error or "", bad if dead else "dim"),
    ]


def choice(label: str, hint: str = "") -> Text:
    """An option for a picker (side, kind, feed names come from data: literal)."""
    t = Text(one_line(label))
    if hint:
        t.append(f"  {one_line(hint)}", style="dim")
    return t


def message(s: str) -> str:
    """Text for notify(): flattened; callers always pass markup=False."""
    return one_line(s)
