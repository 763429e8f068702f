"""Plain dataclasses passed between the pipeline stages.

No I/O and no Textual here: every stage takes and returns these, so each stage can be
tested alone and the UI can be swapped without touching the core.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

#: The claim kinds of DESIGN.md, in display order.
KINDS: tuple[str, ...] = ("captured", "advancing", "holding", "withdrew", "denied", "strike")

#: claimant_side values that are not a configured side.
INDEPENDENT = "independent"
UNKNOWN = "unknown"


# --------------------------------------------------------------------------- config


@dataclass(frozen=True)
class City:
    """A tracked city; ``places`` are sub-places (districts, villages) that roll up to it."""

    name: str
    aliases: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    lat: float | None = None
    lon: float | None = None


@dataclass(frozen=True)
class Side:
    """A party to the war: ``actors`` are its forces, ``voices`` speak for it."""

    key: str
    actors: tuple[str, ...] = ()
    voices: tuple[str, ...] = ()


@dataclass(frozen=True)
class FeedConfig:
    """One feed from config.toml. ``url`` is http(s) or an absolute ``file:`` URL."""

    name: str
    url: str
    side: str | None = None
    interval: int | None = None  # seconds; None means settings.poll_interval


@dataclass(frozen=True)
class Alerts:
    """What makes the dashboard raise a toast (and ring the bell)."""

    watched_claims: bool = True
    conflicts: bool = True
    bell: bool = True


@dataclass(frozen=True)
class Settings:
    """Tunables with sensible defaults; every one can be set in ``[settings]``."""

    poll_interval: int = 600  # seconds between polls of one feed
    conflict_window_hours: float = 48.0
    status_window_hours: float = 72.0
    database: Path | None = None  # None: platformdirs user data dir / frontline.db
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    total_timeout: float = 60.0
    max_bytes: int = 10 * 1024 * 1024
    max_concurrency: int = 64
    per_host: int = 2
    max_redirects: int = 5
    max_backoff: int = 6 * 3600  # seconds
    max_retry_after: int = 6 * 3600  # seconds
    jitter: float = 0.1  # fraction of the interval
    user_agent: str = "frontline/0.1 (+https://github.com/frontline-desk/frontline)"
    languages: tuple[str, ...] = ("en",)  # lexicons to load
    alerts: Alerts = field(default_factory=Alerts)


@dataclass(frozen=True)
class Config:
    """The whole validated config.toml."""

    cities: tuple[City, ...]
    sides: dict[str, Side]
    independent: tuple[str, ...]  # independent voices
    feeds: tuple[FeedConfig, ...]
    settings: Settings = field(default_factory=Settings)
    lexicon: dict = field(default_factory=dict)  # extra lexicon entries from [lexicon]
    path: Path | None = None

    def city(self, name: str) -> City | None:
        key = name.casefold()
        return next((c for c in self.cities if c.name.casefold() == key), None)

    def feed(self, name: str) -> FeedConfig | None:
        return next((f for f in self.feeds if f.name == name), None)


# --------------------------------------------------------------------------- items


@dataclass(frozen=True)
class Entry:
    """One parsed feed item, already plain text (no HTML, no control characters)."""

    feed: str
    guid: str
    title: str
    body: str
    link: str | None = None
    published: datetime | None = None  # timezone-aware UTC, clamped to "now"
    updated: datetime | None = None
    author: str | None = None

    @property
    def text(self) -> str:
        """The text that matching and extraction read: title, a newline, then body."""
        return f"{self.title}\n{self.body}" if self.body else self.title


@dataclass(frozen=True)
class ParsedFeed:
    """What the parser made of one document."""

    entries: tuple[Entry, ...]
    title: str | None = None
    problem: str | None = None  # feedparser's bozo exception, as one line, if any
    is_feed: bool = True  # False for an HTML page, an empty body, binary garbage


@dataclass(frozen=True)
class Mention:
    """A tracked place named in an item's text (offsets into ``Entry.text``)."""

    place: str  # canonical name: the city or the sub-place
    city: str
    start: int
    end: int


# --------------------------------------------------------------------------- claims


Span = tuple[int, int]  # [start, end) offsets into Claim.sentence


@dataclass(frozen=True)
class Claim:
    """One statement in one item about one place (DESIGN.md, "Claims")."""

    place: str
    city: str
    side: str
    kind: str
    claimant: str
    claimant_side: str
    sentence: str
    sentence_start: int = 0  # offset of the sentence in Entry.text
    place_span: Span | None = None
    side_span: Span | None = None
    kind_span: Span | None = None
    claimant_span: Span | None = None


@dataclass(frozen=True)
class ClaimRecord:
    """A stored claim with what analysis needs from its item."""

    id: int
    item_id: int
    guid: str
    feed: str
    published: datetime  # UTC; the item's time
    place: str
    city: str
    side: str
    kind: str
    claimant: str
    claimant_side: str
    sentence: str = ""
    title: str = ""
    link: str | None = None
    verified: bool = False
    dismissed: bool = False


@dataclass(frozen=True)
class Conflict:
    """Two claims from different items and claimant sides that contradict about one place."""

    place: str
    city: str
    a: ClaimRecord  # a.guid < b.guid
    b: ClaimRecord


@dataclass(frozen=True)
class CityStatus:
    """A city's derived state and the claims that explain it."""

    city: str
    state: str  # "held" | "claimed" | "contested" | "unknown"
    side: str | None
    why: str  # one line a journalist can read
    reasons: tuple[ClaimRecord, ...] = ()
