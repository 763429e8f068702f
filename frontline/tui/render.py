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
    iso,
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
    """Side name to style (fixed by the order of ``[sides]`` in the config) and to a short
    label for compact cells (the shortest unique prefix of 3+ letters: "gov", "opp")."""

    def __init__(self, sides: Sequence[str]) -> None:
        self.styles = {s: SIDE_PALETTE[i % len(SIDE_PALETTE)] for i, s in enumerate(sides)}
        self.short = abbreviations([*sides, "independent", "unknown"])

    def side(self, side: str | None) -> str:
        if not side:
            return "dim"
        if side == "independent":
            return "#bcbcbc"
        return self.styles.get(side, "#8a8a8a")

    def abbrev(self, side: str | None) -> str:
        """A side key short enough for a compact cell; unknown keys get a prefix too."""
        if not side:
            return "—"
        return self.short.get(side) or abbreviations([side])[side]


def abbreviations(keys: Sequence[str], least: int = 3) -> dict[str, str]:
    """Each key's shortest prefix (at least ``least`` characters) no other key shares."""
    out = {}
    for key in keys:
        n = least
        while n < len(key) and any(o != key and o.startswith(key[:n]) for o in keys):
            n += 1
        out[key] = key[:n]
    return out


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


SKEW = 120  # seconds: a past event this far "ahead" of now is clock skew, i.e. just now


def span(secs: float) -> str:
    """A duration in one short unit: 45s, 12m, 5h, 9d, 4mo, 2y (months and years rounded)."""
    secs = int(abs(secs))
    days = secs / 86400
    if secs < 60:
        return f"{secs}s"
    if secs < 3600:
        return f"{secs // 60}m"
    if secs < 86400 * 2:
        return f"{secs // 3600}h"
    if days < 45:
        return f"{int(days)}d"
    if days < 320:
        return f"{round(days / 30.44)}mo"
    return f"{max(1, round(days / 365.25))}y"


def ago(ts: str | None, now: datetime) -> str:
    """How long ago a past event was (``5m ago``), never "in N".

    An event later than ``now`` happened after the dashboard's clock was pinned (or the
    clocks disagree): a few minutes read as "just now", more as its absolute time.
    """
    dt = parse_time(ts)
    if dt is None:
        return "-"
    secs = (now - dt).total_seconds()
    if secs < -SKEW:
        return stamp(ts)
    if secs < 1:
        return "just now"
    return f"{span(secs)} ago"


def until(ts: str | None, now: datetime) -> str:
    """How soon a scheduled event is (``in 5m``); ``due`` once its time has come. More than
    a week away (a clock pinned in the past) reads as its absolute time."""
    dt = parse_time(ts)
    if dt is None:
        return "-"
    secs = (dt - now).total_seconds()
    if secs <= 0:
        return "due"
    if secs > 7 * 86400:
        return stamp(ts)
    return f"in {span(secs)}"


def short_stamp(ts: str | None, now: datetime) -> str:
    """Five cells: ``HH:MM`` for the UTC day of ``now``, else ``MM-DD``."""
    dt = parse_time(ts)
    if dt is None:
        return "-"
    return dt.strftime("%H:%M") if dt.date() == now.date() else dt.strftime("%m-%d")


def sparkline(counts: Sequence[int]) -> Text:
    """Block characters scaled to the largest bucket."""
    top = max(counts) if counts else 0
    if top == 0:
        return Text("·" * len(counts), style="dim")
    chars = "".join(SPARK[0 if c == 0 else max(1, round(c / top * 8))] for c in counts)
    return Text(chars, style="#87d787")


# --------------------------------------------------------------------------- claims pane

#: Claim columns by key, with header label and width (None: the fill column). The wide
#: set shows side and kind apart; the compact set (80 columns) joins them in one "claim"
#: cell ("gov holding") and shortens the time, so the claimant and the outlet (the
#: source of every claim) still fit; the headline takes what is left and goes first.
CLAIM_COLUMNS: dict[str, tuple[str, int | None]] = {
    "mark": ("", 2),
    "time": ("Time", 11),
    "when": ("Time", 5),
    "claim": ("Claim", 13),
    "place": ("Place", 14),
    "side": ("Side", 11),
    "kind": ("Kind", 9),
    "claimant": ("Claimant", 18),
    "outlet": ("Outlet", 16),
    "headline": ("Headline", None),
}
WIDE_CLAIM_COLUMNS = ("mark", "time", "place", "side", "kind", "claimant", "outlet", "headline")
NARROW_CLAIM_COLUMNS = ("mark", "when", "claim", "place", "claimant", "outlet", "headline")
#: Compact widths that override CLAIM_COLUMNS in the narrow set.
NARROW_WIDTHS = {"place": 12, "claimant": 14, "outlet": 12}
#: From this pane width on, the source columns get room for long names.
ROOMY = 150
ROOMY_WIDTHS = {"place": 16, "claimant": 24, "outlet": 22}
#: Drop order when even the compact set does not fit (headline first).
DROP_ORDER = ("headline", "outlet", "when", "place")
MIN_HEADLINE = 12


def claim_columns(
    width: int, wide_from: int = 110
) -> tuple[tuple[str, ...], dict[str, int | None]]:
    """The claim columns (and their widths) for a pane ``width`` cells wide, with one
    cell of gap after each fixed column: the wide set, else the compact one minus the
    headline, then other columns, until the rest fits."""
    if width >= wide_from:
        names = list(WIDE_CLAIM_COLUMNS)
        widths = {n: CLAIM_COLUMNS[n][1] for n in names}
        if width >= ROOMY:
            widths.update(ROOMY_WIDTHS)
    else:
        names = list(NARROW_CLAIM_COLUMNS)
        widths = {n: NARROW_WIDTHS.get(n, CLAIM_COLUMNS[n][1]) for n in names}

    def room() -> int:
        return width - sum((widths[n] or 0) + 1 for n in names if widths[n] is not None)

    if room() < MIN_HEADLINE:
        names.remove("headline")
    for drop in DROP_ORDER[1:]:
        if room() >= 0 or len(names) <= 3:
            break
        if drop in names:
            names.remove(drop)
    return tuple(names), {n: widths[n] for n in names}


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


def claim_cells(
    row: ClaimRow, columns: Sequence[str], palette: Palette, now: datetime | None = None
) -> list[Text]:
    """The cells of one claims-pane row, in ``columns`` order."""
    base = "dim strike" if row.dismissed else ""
    weight = "bold" if not row.read and not row.dismissed else ""
    cells = {}
    for name in columns:
        if name == "mark":
            cell = triage_mark(row.read, row.flagged, row.verified, row.dismissed)
        elif name == "time":
            cell = plain(stamp(row.ts), base)
        elif name == "when":
            cell = plain(short_stamp(row.ts, now) if now else stamp(row.ts), base)
        elif name == "claim":
            cell = claim_label(row.side, row.kind, palette, base)
        elif name == "place":
            cell = plain(row.place, f"{base} {weight}".strip())
        elif name == "side":
            cell = plain(row.side or "—", f"{base} {palette.side(row.side)}".strip())
        elif name == "kind":
            cell = plain(row.kind or "—", f"{base} {KIND_STYLE.get(row.kind, '')}".strip())
        elif name == "claimant":
            cell = plain(row.claimant, f"{base} {palette.side(row.claimant_side)}".strip())
        elif name == "outlet":
            cell = plain(row.feed, base)
        else:
            cell = plain(row.title, f"{base} {weight}".strip())
        cells[name] = cell
    return [cells[c] for c in columns]


def claim_label(side: str, kind: str, palette: Palette, base: str = "") -> Text:
    """One compact cell for a claim: the side's short key in its colour, then the kind."""
    t = Text(no_wrap=True, overflow="ellipsis", style=base)
    if not side and not kind:
        t.append("—", style="dim")
        return t
    t.append(one_line(palette.abbrev(side)), style=palette.side(side))
    t.append(" ")
    t.append(one_line(kind) or "—", style=KIND_STYLE.get(kind, ""))
    return t


# --------------------------------------------------------------------------- city pane

CITY_COLUMNS: dict[str, tuple[str, int | None]] = {
    "city": ("City", 11),
    "status": ("Status", 20),
    "day": ("24h", 16),
    "conflicts": ("Confl", 5),
    "unread": ("Unread", 6),
    "why": ("Why", None),
}
#: When the cities pane is narrow (80 columns, or half of 120) these columns give way,
#: in this order and down to these widths, until Why (the fill column) has
#: ``CITY_WHY_WIDTH`` cells: the status first (its colour still tells the state).
CITY_SHRINK: dict[str, int] = {"status": 9, "unread": 4, "conflicts": 4, "city": 9}
CITY_WHY_WIDTH = 28


def city_cells(
    row: CityRow, palette: Palette, watched: bool = False, now: datetime | None = None
) -> list[Text]:
    """A city's row. A last known status (no claims in the window) is dimmed and dated:
    "held gov · 2y ago", its Why saying since when and what the picture was."""
    spark = sparkline(row.spark)
    day = Text(no_wrap=True)
    day.append(f"{row.claims_24h:>3} ")
    day.append_text(spark)
    conf = plain(str(row.open_conflicts), "bold #ff5f5f" if row.open_conflicts else "dim")
    name_style = "bold reverse" if watched else "bold"
    if row.as_of:
        side = f" {palette.abbrev(row.side)}" if row.side else ""
        age = ago(row.as_of, now) if now else stamp(row.as_of)
        state = plain(f"{row.state}{side} · {age}", f"dim italic {palette.side(row.side)}")
        why = Text(no_wrap=True, overflow="ellipsis")
        why.append(f"last known, as of {stamp(row.as_of)}: ", style="italic")
        why.append(one_line(row.why), style="dim")
    else:
        label = row.state + (f" {row.side}" if row.side else "")
        style = f"{STATE_STYLE.get(row.state, '')} {palette.side(row.side)}".strip()
        state = plain(label, style)
        why = plain(row.why)
    return [
        plain(row.city, name_style),
        state,
        day,
        conf,
        plain(str(row.unread), "bold" if row.unread else "dim"),
        why,
    ]


# --------------------------------------------------------------------------- conflicts pane

#: Claim A and Claim B share the width the place column leaves (they grow with the pane).
CONFLICT_COLUMNS: dict[str, tuple[str, int | None]] = {
    "place": ("Place", 12),
    "a": ("Claim A", None),
    "b": ("Claim B", None),
}
#: From this width of a Claim column on, sides are spelled out ("government", not "gov").
FULL_SIDE_WIDTH = 40


def conflict_side(side: ConflictSide, palette: Palette, short: bool = True) -> Text:
    """Two lines: what is claimed and by whom (the claim first, so a narrow cell still
    shows the kind), then when and through which outlet."""
    t = Text(no_wrap=True, overflow="ellipsis")
    label = palette.abbrev(side.side) if short else (side.side or "—")
    t.append(one_line(label), style=f"bold {palette.side(side.side)}")
    t.append(" ")
    t.append(one_line(side.kind) or "—", style=KIND_STYLE.get(side.kind, "") or "bold")
    t.append(" · ", style="dim")
    t.append(one_line(side.claimant) or "?", style=f"italic {palette.side(side.claimant_side)}")
    t.append("\n")
    t.append(stamp(side.ts), style="dim")
    t.append(" · ", style="dim")
    t.append(one_line(side.feed))
    return t


def conflict_cells(row: ConflictRow, palette: Palette, short: bool = True) -> list[Text]:
    place = Text(no_wrap=True)
    place.append(one_line(row.place), style="bold")
    place.append("\n")
    place.append(stamp(row.ts), style="dim")
    return [place, conflict_side(row.a, palette, short), conflict_side(row.b, palette, short)]


# --------------------------------------------------------------------------- header


def header_line(
    head: Header,
    now: datetime,
    watch: str | None,
    watch_tracked: bool,
    filters: str,
    polling: bool,
    pinned: bool = False,
) -> Text:
    """The one-line header. ``pinned``: "now" is fixed (``--now``/``$FRONTLINE_NOW``), so
    relative times are against that instant, which the header then names."""
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
        t.append(until(head.next_poll, now) if head.next_poll else "soon")
    if pinned:
        t.append(" │ ", style="dim")
        t.append(f"pinned {stamp(iso(now))}", style="italic #ffd75f")
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
        plain(until(row.next_check, now)),
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
