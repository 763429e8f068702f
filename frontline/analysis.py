"""Derived state: which claims contradict, and what a city's status is (DESIGN.md).

Pure functions over ``ClaimRecord``s: no I/O, no clock (``now`` is passed in), so the
pipeline, the dashboard and the tests all get the same answer from the same claims.

Implied control (DESIGN.md): ``captured(S)`` and ``holding(S)`` mean S controls the place;
``advancing(S)`` means it is contested; ``withdrew(S)`` and ``denied(S)`` mean "not S";
``strike`` implies nothing.
"""

from __future__ import annotations

import bisect
from collections import defaultdict
from collections.abc import Iterable, Iterator
from datetime import UTC, datetime

from frontline.models import CityStatus, ClaimRecord, Conflict

__all__ = [
    "implies",
    "contradicts",
    "conflicts",
    "iter_conflicts",
    "city_status",
    "CONTROL",
    "GAIN",
    "LOSS",
]

CONTROL = frozenset({"captured", "holding"})  #: kinds that say S controls the place
GAIN = frozenset({"captured", "advancing"})  #: kinds that say S gained or is gaining it
LOSS = frozenset({"denied", "withdrew"})  #: kinds that say S does not have it


def implies(kind: str, side: str) -> tuple[str, str | None]:
    """What a claim says about control: ``("held", S)``, ``("contested", S)``,
    ``("not", S)`` or ``("nothing", None)`` for a strike or an unknown kind."""
    if kind in CONTROL:
        return ("held", side)
    if kind == "advancing":
        return ("contested", side)
    if kind in LOSS:
        return ("not", side)
    return ("nothing", None)


def _kinds_contradict(ka: str, sa: str, kb: str, sb: str) -> bool:
    if ka in CONTROL and kb in CONTROL:
        return sa != sb
    if (ka == "advancing" and kb == "holding") or (kb == "advancing" and ka == "holding"):
        return sa != sb
    if (ka in GAIN and kb in LOSS) or (kb in GAIN and ka in LOSS):
        return sa == sb
    return False


def contradicts(a: ClaimRecord, b: ClaimRecord) -> bool:
    """True when the two claims' implications contradict about the same place
    (CONVENTIONS.md: control vs other control, advancing vs other's holding, a gain vs
    the same side's denial or withdrawal). Time, items and claimant sides are not checked."""
    if a.place.casefold() != b.place.casefold():
        return False
    return _kinds_contradict(a.kind, a.side, b.kind, b.side)


def _utc_seconds(when: datetime) -> float:
    """An absolute instant whatever the offset; a naive time is taken as UTC."""
    if when.tzinfo is None:
        when = when.replace(tzinfo=UTC)
    return when.timestamp()


def conflicts(claims: Iterable[ClaimRecord], window_hours: float = 48.0) -> list[Conflict]:
    """One conflict per (place, pair of items) whose claims contradict.

    The two items differ, were published at most ``window_hours`` apart (absolute time),
    and the claims' ``claimant_side`` values differ literally (``unknown`` is a value).
    Dismissed items' claims are left out. ``a.guid < b.guid``; newest first (by the later
    item's time, then place and guids, so the order is stable). Of the contradicting claim
    pairs of two items, the first in time order is the evidence, a verified one first.
    """
    seconds: dict[int, float] = {}  # id(claim) -> its time, so sorting converts none
    found = list(_conflicts(claims, window_hours * 3600.0, seconds))
    found.sort(
        key=lambda k: (
            -max(seconds[id(k.a)], seconds[id(k.b)]),
            k.place,
            k.a.guid,
            k.b.guid,
        )
    )
    return found


def iter_conflicts(claims: Iterable[ClaimRecord], window_hours: float = 48.0) -> Iterator[Conflict]:
    """The conflicts of ``conflicts`` one at a time, unsorted: memory beyond the claims is
    one list per place plus what the caller keeps, so a caller can stream a very large
    result into the store in batches instead of holding it all."""
    yield from _conflicts(claims, window_hours * 3600.0, None)


_COUNTED = CONTROL | GAIN | LOSS
#: (kind a, kind b, same side) that contradict: _kinds_contradict as a set lookup.
_CONTRA = frozenset(
    (ka, kb, same)
    for ka in _COUNTED
    for kb in _COUNTED
    for same in (True, False)
    if _kinds_contradict(ka, "s", kb, "s" if same else "t")
)

_Row = tuple[float, int, str, str, str, bool, ClaimRecord]  # t, n, kind, side, by, verified


def _conflicts(
    claims: Iterable[ClaimRecord], window: float, seconds: dict[int, float] | None
) -> Iterator[Conflict]:
    """One conflict for each conflicting (place, item pair); ``seconds``, when given, gets
    each counted claim's time (by ``id``).

    Claims are grouped by place, then by item, and items by signature (the set of their
    claims' kind, side and claimant side). Two signatures that cannot contradict are told
    apart once, so an item is only ever paired with the later items in the window whose
    signature can contradict its own: a place with thousands of agreeing claims costs
    nothing per pair (a soak of 10,000 same-side items on one city took 30 s a cycle,
    holding the write lock). Memory is the claims' grouping plus the output."""
    by_place: dict[str, dict[int, list[_Row]]] = defaultdict(dict)
    for n, c in enumerate(claims):
        if c.dismissed or c.kind not in _COUNTED:
            continue
        row = (_utc_seconds(c.published), n, c.kind, c.side, c.claimant_side, c.verified, c)
        if seconds is not None:
            seconds[id(c)] = row[0]
        by_place[c.place.casefold()].setdefault(c.item_id, []).append(row)
    for items in by_place.values():
        groups = []
        for rows in items.values():
            rows.sort(key=lambda r: (r[0], r[1]))
            sig = frozenset((r[2], r[3], r[4]) for r in rows)
            groups.append((rows[0][:2], rows, sig, rows[-1][0], any(r[5] for r in rows)))
        groups.sort(key=lambda g: g[0])
        sig_ids: dict[frozenset, int] = {}
        buckets: list[list[int]] = []  # group indices per signature, in time order
        sid_of: list[int] = []
        for i, group in enumerate(groups):
            sid = sig_ids.setdefault(group[2], len(sig_ids))
            if sid == len(buckets):
                buckets.append([])
            buckets[sid].append(i)
            sid_of.append(sid)
        sigs = list(sig_ids)
        rivals = [
            [t for t, sig_t in enumerate(sigs) if _signatures_contradict(sig_s, sig_t)]
            for sig_s in sigs
        ]
        starts = [g[0][0] for g in groups]
        for x, (_, rows_x, _, last_x, ver_x) in enumerate(groups):
            ys: list[int] = []
            for t in rivals[sid_of[x]]:
                bucket = buckets[t]
                k = bisect.bisect_right(bucket, x)
                while k < len(bucket) and starts[bucket[k]] - last_x <= window:
                    ys.append(bucket[k])
                    k += 1
            if len(rivals[sid_of[x]]) > 1:
                ys.sort()
            for y in ys:
                _, rows_y, _, _, ver_y = groups[y]
                pair = _evidence(rows_x, rows_y, window, ver_x or ver_y)
                if pair is None:
                    continue
                a, b = pair
                first, second = (a, b) if a.guid < b.guid else (b, a)
                yield Conflict(place=a.place, city=a.city, a=first, b=second)


def _signatures_contradict(sx: frozenset, sy: frozenset) -> bool:
    return any(cx != cy and (kx, ky, ax == ay) in _CONTRA for kx, ax, cx in sx for ky, ay, cy in sy)


def _evidence(
    rows_x: list[_Row], rows_y: list[_Row], window: float, verified: bool
) -> tuple[ClaimRecord, ClaimRecord] | None:
    """The first contradicting claim pair of two items in time order (earlier claim
    first), a pair with a verified claim before any other; None when none contradicts."""
    in_order = not verified and rows_x[-1][:2] < rows_y[0][:2]
    found = None
    contra = _CONTRA
    for ta, na, ka, sa, ca, va, a in rows_x:
        for tb, nb, kb, sb, cb, vb, b in rows_y:
            if ca == cb or (ka, kb, sa == sb) not in contra or abs(tb - ta) > window:
                continue
            if in_order:  # every claim of x comes first: the first hit is the earliest pair
                return a, b
            order = (ta, na, tb, nb) if (ta, na) <= (tb, nb) else (tb, nb, ta, na)
            rank = (not (va or vb), order)
            if found is None or rank < found[0]:
                found = (rank, a, b)
    return None if found is None else (found[1], found[2])


def _who(c: ClaimRecord) -> str:
    return f"{c.claimant} ({c.claimant_side}, {c.feed}, {c.published:%d %b %H:%M}Z)"


def city_status(
    city: str, claims: Iterable[ClaimRecord], now: datetime, window_hours: float = 72.0
) -> CityStatus:
    """The city's state from its recent claims about the city itself, and why.

    Rules, in order (claims about sub-places are statements about those places, not the
    city; strikes imply nothing; dismissed items drop out; only claims published in the
    ``window_hours`` before ``now`` count):

    1. A verified claim outranks machine-extracted ones: the latest verified claim decides
       (captured/holding -> held by S; advancing -> contested; withdrew/denied -> unknown).
    2. Contradicting claims from different claimant sides in the window -> contested.
    3. The latest control claim (captured/holding by S) stands unless a later claim
       contradicts it (advancing by another side -> contested; S withdrew or a gain by S is
       denied -> unknown). It is *held by S* when more than one claimant side agrees, else
       *claimed by S* (one voice only).
    4. Only advancing claims -> contested; only withdrawals/denials -> unknown.
    """
    key = city.casefold()
    until = _utc_seconds(now) + 300  # a few minutes of clock skew
    since = until - 300 - window_hours * 3600
    recent = [
        c
        for c in claims
        if c.place.casefold() == key
        and not c.dismissed
        and c.kind in CONTROL | GAIN | LOSS
        and since <= _utc_seconds(c.published) <= until
    ]
    if not recent:
        return CityStatus(
            city, "unknown", None, f"no claims about {city} in the last {window_hours:g} h"
        )
    recent.sort(key=lambda c: (_utc_seconds(c.published), c.id))

    verified = [c for c in recent if c.verified]
    if verified:
        v = verified[-1]
        what, side = implies(v.kind, v.side)
        state = {"held": "held", "contested": "contested"}.get(what, "unknown")
        return CityStatus(
            city,
            state,
            side if state != "unknown" else None,
            f"verified: {v.side} {v.kind} per {_who(v)}",
            (v,),
        )

    found = conflicts(recent, window_hours)
    if found:
        k = found[0]
        reasons = tuple(dict.fromkeys(c for x in found for c in (x.a, x.b)))
        return CityStatus(
            city,
            "contested",
            None,
            f"{len(found)} conflicting report(s): {k.a.side} {k.a.kind} per {_who(k.a)} vs "
            f"{k.b.side} {k.b.kind} per {_who(k.b)}",
            reasons,
        )

    control = [c for c in recent if c.kind in CONTROL]
    if control:
        last = control[-1]
        side = last.side
        later = [c for c in recent if _utc_seconds(c.published) > _utc_seconds(last.published)]
        push = [c for c in later if c.kind == "advancing" and c.side != side]
        if push:
            p = push[-1]
            return CityStatus(
                city,
                "contested",
                None,
                f"{p.side} advancing per {_who(p)} after {side} held it",
                (last, p),
            )
        lost = [c for c in later if c.kind in LOSS and c.side == side]
        if lost:
            x = lost[-1]
            return CityStatus(city, "unknown", None, f"{side} {x.kind} per {_who(x)}", (last, x))
        support = [c for c in control if c.side == side]
        voices = {c.claimant_side for c in support}
        state = "held" if len(voices) > 1 else "claimed"
        verb = "held by" if state == "held" else "claimed by"
        return CityStatus(
            city,
            state,
            side,
            f"{verb} {side}: {last.kind} per {_who(last)}"
            + (f" and {len(voices) - 1} other side(s)" if len(voices) > 1 else ""),
            tuple(support),
        )
    adv = [c for c in recent if c.kind == "advancing"]
    if adv:
        a = adv[-1]
        return CityStatus(city, "contested", None, f"{a.side} advancing per {_who(a)}", tuple(adv))
    x = recent[-1]
    return CityStatus(city, "unknown", None, f"{x.side} {x.kind} per {_who(x)}", (x,))
