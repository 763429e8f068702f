"""One registry of the dashboard's actions: bindings, footer, help and palette read it.

Each ``Action`` names its key, the App action it runs (``app.<name>``), a footer label,
a help line, and the screens it belongs to. ``bindings(scope)`` turns the registry into
Textual ``Binding`` objects with stable ids (``frontline.<id>``) so keys can be remapped;
``FrontlineCommands`` offers the same actions (plus context entries) in the palette.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from textual.binding import Binding
from textual.command import DiscoveryHit, Hit, Hits, Provider

if TYPE_CHECKING:
    from frontline.tui.app import FrontlineApp

DASH = "dashboard"
DETAIL = "detail"
HEALTH = "health"


@dataclass(frozen=True)
class Action:
    id: str
    key: str  # Textual key name(s), comma separated
    action: str  # App action name (without "app.")
    label: str  # footer label
    help: str  # one line for the help screen and the palette
    scopes: tuple[str, ...] = (DASH,)
    show: bool = True  # in the footer
    palette: bool = True
    display: str | None = None  # how the key is shown, if not the key name

    @property
    def shown_key(self) -> str:
        return self.display or self.key.split(",")[0]


ACTIONS: tuple[Action, ...] = (
    Action("cursor-down", "j", "cursor_down", "Down", "Move down", (DASH, HEALTH), False, False),
    Action("cursor-up", "k", "cursor_up", "Up", "Move up", (DASH, HEALTH), False, False),
    Action("detail", "enter", "open_detail", "Detail", "Open the selected item", show=False),
    Action("next-pane", "tab", "next_pane", "Pane", "Cycle panes", show=False, palette=False),
    Action(
        "prev-pane",
        "shift+tab",
        "prev_pane",
        "Pane",
        "Cycle panes backwards",
        show=False,
        palette=False,
    ),
    Action("next-unread", "n", "next_unread", "Next", "Jump to the next unread item"),
    Action(
        "prev-unread", "p", "prev_unread", "Prev", "Jump to the previous unread item", show=False
    ),
    Action("read", "r", "toggle_read", "Read", "Toggle read / unread", (DASH, DETAIL)),
    Action("flag", "f", "toggle_flag", "Flag", "Toggle the flag", (DASH, DETAIL)),
    Action(
        "verify",
        "v",
        "toggle_verified",
        "Verify",
        "Mark verified (outranks extraction)",
        (DASH, DETAIL),
    ),
    Action(
        "dismiss",
        "d",
        "toggle_dismissed",
        "Dismiss",
        "Dismiss as a false positive (toggle)",
        (DASH, DETAIL),
    ),
    Action("note", "N", "add_note", "Note", "Add a note to the item", (DASH, DETAIL), show=False),
    Action("side", "s", "filter_side", "Side", "Filter claims by side", show=False),
    Action("kind", "K", "filter_kind", "Kind", "Filter claims by kind", show=False),
    Action("feed", "F", "filter_feed", "Feed", "Filter claims by feed", show=False),
    Action("unread", "u", "toggle_unread_only", "Unread", "Show unread only (toggle)", show=False),
    Action("search", "slash", "search", "Search", "Full-text search of items", display="/"),
    Action("clear", "escape", "clear_filters", "Clear", "Clear search and filters", show=False),
    Action("open", "o", "open_link", "Open", "Open the item's link", (DASH, DETAIL), show=False),
    Action(
        "copy",
        "c",
        "copy_citation",
        "Cite",
        "Copy a citation to the clipboard",
        (DASH, DETAIL),
        show=False,
    ),
    Action("watch", "w", "watch", "Watch", "Watch a city (any name)"),
    Action(
        "brief", "b", "brief", "Brief", "Write a Markdown brief for the watched city", show=False
    ),
    Action("health", "h", "feed_health", "Health", "Feed health"),
    Action(
        "help",
        "question_mark",
        "help",
        "Help",
        "Keys and what they do",
        (DASH, DETAIL, HEALTH),
        display="?",
    ),
    Action(
        "back", "escape,q", "back", "Back", "Back to the dashboard", (DETAIL, HEALTH), palette=False
    ),
    Action("quit", "q", "quit", "Quit", "Quit frontline", (DASH,)),
)

BY_ID = {a.id: a for a in ACTIONS}


def bindings(scope: str) -> list[Binding]:
    """The registry's bindings for one screen; every Binding has an id."""
    return [
        Binding(
            a.key,
            f"app.{a.action}",
            a.label,
            show=a.show,
            key_display=a.display,
            id=f"frontline.{a.id}",
            tooltip=a.help,
        )
        for a in ACTIONS
        if scope in a.scopes
    ]


def help_rows(scope: str | None = None) -> list[tuple[str, str, str]]:
    """(key, label, help) for the help screen."""
    return [(a.shown_key, a.label, a.help) for a in ACTIONS if scope is None or scope in a.scopes]


class FrontlineCommands(Provider):
    """Palette entries from the registry, plus "watch <city>" for each tracked city."""

    def _entries(self) -> list[tuple[str, str, object]]:
        app: FrontlineApp = self.app  # type: ignore[assignment]
        entries: list[tuple[str, str, object]] = []
        for a in ACTIONS:
            if a.palette and DASH in a.scopes:
                entries.append((a.help, f"key {a.shown_key}", partial(app.run_action, a.action)))
        for city in app.config.cities:
            entries.append(
                (f"Watch {city.name}", "focus the dashboard", partial(app.set_watch, city.name))
            )
        if app.watch:
            entries.append(("Stop watching", "all cities", partial(app.set_watch, None)))
        return entries

    async def discover(self) -> Hits:
        for text, help_text, command in self._entries():
            yield DiscoveryHit(text, command, help=help_text)  # type: ignore[arg-type]

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, help_text, command in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), command, text=text, help=help_text)  # type: ignore[arg-type]
