"""Conflicts and city status from claim records (pure functions, hand-built claims)."""

from __future__ import annotations

import itertools
from datetime import UTC, datetime, timedelta, timezone

import pytest

from frontline.analysis import city_status, conflicts, contradicts, implies
from frontline.models import ClaimRecord

T0 = datetime(2025, 3, 1, 12, 0, tzinfo=UTC)
_ids = itertools.count(1)


def rec(
    guid: str,
    kind: str,
    side: str,
    claimant_side: str,
    *,
    place: str = "Vela",
    hours: float = 0.0,
    item_id: int | None = None,
    verified: bool = False,
    dismissed: bool = False,
    when: datetime | None = None,
) -> ClaimRecord:
    return ClaimRecord(
        id=next(_ids),
        item_id=item_id if item_id is not None else hash(guid) & 0xFFFF,
        guid=guid,
        feed="Feed " + guid,
        published=when or T0 + timedelta(hours=hours),
        place=place,
        city="Vela",
        side=side,
        kind=kind,
        claimant="someone",
        claimant_side=claimant_side,
        verified=verified,
        dismissed=dismissed,
    )


def test_implies() -> None:
    assert implies("captured", "north") == ("held", "north")
    assert implies("holding", "north") == ("held", "north")
    assert implies("advancing", "north") == ("contested", "north")
    assert implies("withdrew", "north") == ("not", "north")
    assert implies("denied", "north") == ("not", "north")
    assert implies("strike", "north") == ("nothing", None)


@pytest.mark.parametrize(
    ("a", "b", "expected"),
    [
        (("captured", "north"), ("holding", "south"), True),
        (("captured", "north"), ("captured", "south"), True),
        (("holding", "north"), ("holding", "north"), False),
        (("advancing", "north"), ("holding", "south"), True),
        (("advancing", "north"), ("captured", "south"), False),
        (("advancing", "north"), ("advancing", "south"), False),
        (("captured", "north"), ("denied", "north"), True),
        (("advancing", "north"), ("withdrew", "north"), True),
        (("captured", "north"), ("withdrew", "south"), False),
        (("holding", "north"), ("withdrew", "north"), False),
        (("strike", "north"), ("holding", "south"), False),
    ],
)
def test_contradicts(a: tuple, b: tuple, expected: bool) -> None:
    x = rec("a", a[0], a[1], "north")
    y = rec("b", b[0], b[1], "south")
    assert contradicts(x, y) is expected
    assert contradicts(y, x) is expected


def test_conflict_record_shape_and_order() -> None:
    claims = [
        rec("z-item", "captured", "south", "south", hours=0),
        rec("a-item", "holding", "north", "north", hours=5),
        rec("m-item", "denied", "south", "north", hours=30),
    ]
    found = conflicts(claims)
    assert [(k.place, k.a.guid, k.b.guid) for k in found] == [
        ("Vela", "m-item", "z-item"),  # the newest pair first
        ("Vela", "a-item", "z-item"),
    ]
    assert all(k.a.guid < k.b.guid for k in found)


def test_window_uses_absolute_time_across_offsets() -> None:
    plus3 = timezone(timedelta(hours=3))
    # 47 h apart in UTC although the local clocks read 50 h apart
    a = rec("a", "captured", "south", "south", when=datetime(2025, 3, 1, 9, 0, tzinfo=UTC))
    b = rec("b", "holding", "north", "north", when=datetime(2025, 3, 3, 11, 0, tzinfo=plus3))
    assert len(conflicts([a, b], window_hours=48)) == 1
    # 49 h apart in UTC although the local clocks read 46 h apart
    minus3 = timezone(timedelta(hours=-3))
    c = rec("c", "holding", "north", "north", when=datetime(2025, 3, 3, 7, 0, tzinfo=minus3))
    d = rec("d", "captured", "south", "south", when=datetime(2025, 3, 1, 9, 0, tzinfo=UTC))
    assert conflicts([c, d], window_hours=48) == []
    assert len(conflicts([c, d], window_hours=50)) == 1


def test_no_conflict_inside_one_item_or_one_claimant_side() -> None:
    same_item = [
        rec("w", "captured", "south", "south", item_id=7),
        rec("w", "withdrew", "south", "north", item_id=7),
    ]
    assert conflicts(same_item) == []
    same_voice = [rec("a", "captured", "south", "unknown"), rec("b", "holding", "north", "unknown")]
    assert conflicts(same_voice) == []


def test_unknown_is_its_own_claimant_side() -> None:
    pair = [rec("a", "captured", "south", "unknown"), rec("b", "holding", "north", "north")]
    assert len(conflicts(pair)) == 1


def test_one_record_per_place_and_item_pair() -> None:
    claims = [
        rec("a", "captured", "south", "south", item_id=1),
        rec("a", "advancing", "south", "south", item_id=1),
        rec("b", "holding", "north", "north", item_id=2),
        rec("b", "denied", "south", "north", item_id=2),
    ]
    assert len(conflicts(claims)) == 1


def test_sub_places_are_their_own_places() -> None:
    claims = [
        rec("a", "captured", "south", "south", place="Kessa"),
        rec("b", "holding", "north", "north", place="Vela"),
    ]
    assert conflicts(claims) == []


def test_dismissed_items_drop_out_of_conflicts() -> None:
    claims = [
        rec("a", "captured", "south", "south", dismissed=True),
        rec("b", "holding", "north", "north"),
    ]
    assert conflicts(claims) == []


def test_syndicated_copies_each_conflict() -> None:
    claims = [
        rec("wire-1", "captured", "south", "south", item_id=1),
        rec("digest-9", "captured", "south", "south", item_id=2),
        rec("state-3", "holding", "north", "north", item_id=3, hours=2),
    ]
    pairs = {(k.a.guid, k.b.guid) for k in conflicts(claims)}
    assert pairs == {("state-3", "wire-1"), ("digest-9", "state-3")}


# --------------------------------------------------------------------------- status

NOW = T0 + timedelta(hours=10)


def test_status_unknown_without_claims() -> None:
    st = city_status("Vela", [], NOW, 72)
    assert (st.state, st.side) == ("unknown", None)
    assert "no claims" in st.why


def test_status_claimed_by_one_voice_and_held_by_two() -> None:
    one = [rec("a", "captured", "south", "south", hours=1)]
    st = city_status("Vela", one, NOW, 72)
    assert (st.state, st.side) == ("claimed", "south")
    assert st.reasons == tuple(one)
    two = one + [rec("b", "holding", "south", "independent", hours=2)]
    st = city_status("Vela", two, NOW, 72)
    assert (st.state, st.side) == ("held", "south")
    assert "held by south" in st.why


def test_status_contested_by_conflicting_claims() -> None:
    claims = [
        rec("a", "captured", "south", "south", hours=1),
        rec("b", "holding", "north", "north", hours=2),
    ]
    st = city_status("Vela", claims, NOW, 72)
    assert st.state == "contested"
    assert {c.guid for c in st.reasons} == {"a", "b"}


def test_status_verified_claim_outranks_the_rest() -> None:
    claims = [
        rec("a", "captured", "south", "south", hours=1),
        rec("b", "holding", "north", "north", hours=2, verified=True),
        rec("c", "captured", "south", "independent", hours=3),
    ]
    st = city_status("Vela", claims, NOW, 72)
    assert (st.state, st.side) == ("held", "north")
    assert st.why.startswith("verified")


def test_status_drops_dismissed_and_old_claims() -> None:
    claims = [
        rec("a", "captured", "south", "south", hours=1, dismissed=True),
        rec("b", "holding", "north", "north", hours=-200),
        rec("c", "advancing", "south", "south", hours=2),
    ]
    st = city_status("Vela", claims, NOW, 72)
    assert st.state == "contested"
    assert [c.guid for c in st.reasons] == ["c"]


def test_status_later_withdrawal_clears_control() -> None:
    claims = [
        rec("a", "captured", "north", "north", hours=1),
        rec("b", "withdrew", "north", "north", hours=3),
    ]
    st = city_status("Vela", claims, NOW, 72)
    assert st.state == "unknown"
    assert "withdrew" in st.why


def test_status_ignores_sub_places_and_strikes() -> None:
    claims = [
        rec("a", "captured", "south", "south", place="Kessa", hours=1),
        rec("b", "strike", "north", "north", hours=2),
    ]
    assert city_status("Vela", claims, NOW, 72).state == "unknown"


def _pairwise_conflicts(claims: list[ClaimRecord], window_hours: float) -> list:
    """The plain definition, pair by pair (the reference ``conflicts`` must agree with)."""
    window = window_hours * 3600
    ordered = sorted(
        (c for c in claims if not c.dismissed and implies(c.kind, c.side)[0] != "nothing"),
        key=lambda c: c.published.timestamp(),
    )
    found: dict = {}
    for i, a in enumerate(ordered):
        for b in ordered[i + 1 :]:
            if b.published.timestamp() - a.published.timestamp() > window:
                break
            if a.item_id == b.item_id or a.claimant_side == b.claimant_side:
                continue
            if not contradicts(a, b):
                continue
            first, second = (a, b) if a.guid < b.guid else (b, a)
            key = (a.place.casefold(), first.guid, second.guid)
            old = found.get(key)
            if old is None or (
                (first.verified or second.verified) and not (old[0].verified or old[1].verified)
            ):
                found[key] = (first, second)
    return sorted((k[0], v[0].id, v[1].id) for k, v in found.items())


@pytest.mark.parametrize("seed", range(6))
def test_conflicts_match_the_pairwise_definition_on_random_claims(seed: int) -> None:
    """Grouping by item (no per-pair records) gives the same conflicts and the same
    evidence claims as checking every pair of claims."""
    import random

    rnd = random.Random(seed)
    claims = []
    for item in range(60):
        hours = rnd.uniform(0, 200)
        for _ in range(rnd.randint(1, 6)):
            claims.append(
                rec(
                    f"g{item:03d}",
                    rnd.choice(
                        ["captured", "holding", "advancing", "withdrew", "denied", "strike"]
                    ),
                    rnd.choice(["north", "south"]),
                    rnd.choice(["north", "south", "independent", "unknown"]),
                    place=rnd.choice(["Vela", "Kessa", "vela"]),
                    hours=hours,
                    item_id=item,
                    verified=rnd.random() < 0.1,
                    dismissed=rnd.random() < 0.05,
                )
            )
    got = sorted((k.place.casefold(), k.a.id, k.b.id) for k in conflicts(claims, 48))
    assert got == _pairwise_conflicts(claims, 48)
    assert got  # the random war does contradict itself


def test_agreeing_claims_cost_no_pair_checks(monkeypatch: pytest.MonkeyPatch) -> None:
    """Thousands of items agreeing about one place (a poller's soak: every item "rebels
    hold Vela") are never compared pair by pair; one contradicting item is compared with
    each of them once. Pair checks counted, not timed: a cycle recomputes conflicts while
    holding the write lock, and 10,000 such items once took 30 s."""
    from frontline import analysis

    calls: list[int] = []
    real = analysis._evidence

    def counting(*args: object) -> object:
        calls.append(1)
        return real(*args)  # type: ignore[arg-type]

    monkeypatch.setattr(analysis, "_evidence", counting)
    same = [
        rec(f"g{i:05d}", kind, "opp", "opp", item_id=i, hours=i / 1000)
        for i in range(3000)
        for kind in ("captured", "holding")
    ]
    assert conflicts(same) == [] and calls == []
    rival = rec("zz-state", "holding", "gov", "gov", item_id=9999, hours=1.0)
    found = conflicts([*same, rival])
    assert len(found) == 3000 and len(calls) == 3000


def test_conflicting_item_pairs_match_a_brute_force_reading() -> None:
    """Which (place, item pair)s conflict, against the definition read naively: some claim
    of one and some claim of the other contradict, by different claimant sides, within
    the window, neither dismissed."""
    import random

    from frontline.analysis import _COUNTED

    rnd = random.Random(11)
    kinds = ["captured", "advancing", "holding", "withdrew", "denied", "strike"]
    for _ in range(300):
        claims = [
            rec(
                f"g{item:02d}",
                rnd.choice(kinds),
                rnd.choice(["gov", "opp"]),
                rnd.choice(["gov", "opp", "independent"]),
                place=rnd.choice(["Vela", "Kor"]),
                item_id=item,
                hours=item * rnd.choice([1, 10, 30]) % 120,
                dismissed=rnd.random() < 0.05,
            )  # fmt: skip
            for item in range(rnd.randint(1, 14))
            for _ in range(rnd.randint(1, 3))
        ]
        expected = set()
        live = [c for c in claims if not c.dismissed and c.kind in _COUNTED]
        for a in live:
            for b in live:
                if (
                    a.item_id < b.item_id
                    and a.place == b.place
                    and a.claimant_side != b.claimant_side
                    and abs((a.published - b.published).total_seconds()) <= 48 * 3600
                    and contradicts(a, b)
                ):
                    expected.add((a.place, a.item_id, b.item_id))
        got = {(k.place, *sorted((k.a.item_id, k.b.item_id))) for k in conflicts(claims)}
        assert got == expected
