"""The store's one time format: UTC ``YYYY-MM-DDTHH:MM:SSZ``, sortable as text.

Every module that writes or reads a stored time goes through these three functions, so
the format is decided in one place (ARCHITECTURE.md, "Times").
"""

from __future__ import annotations

from datetime import UTC, datetime

TIME_FORMAT = "%Y-%m-%dT%H:%M:%SZ"


def to_iso(dt: datetime | None) -> str | None:
    """``dt`` in the stored form; naive datetimes are taken as UTC."""
    if dt is None:
        return None
    if dt.tzinfo is None:
        dt = dt.replace(tzinfo=UTC)
    return dt.astimezone(UTC).strftime(TIME_FORMAT)


def from_iso(s: str | None) -> datetime | None:
    """A stored (or any ISO-8601) time back to an aware UTC datetime; None for NULL or
    anything unreadable, so one bad row never stops a pane or an export."""
    if not s:
        return None
    try:
        dt = datetime.strptime(s, TIME_FORMAT)
    except ValueError:
        try:
            dt = datetime.fromisoformat(s.replace("Z", "+00:00"))
        except ValueError:
            return None
    return dt.replace(tzinfo=UTC) if dt.tzinfo is None else dt.astimezone(UTC)


def utcnow() -> datetime:
    """Now, in UTC, to the second (what the store can represent)."""
    return datetime.now(UTC).replace(microsecond=0)
