"""The claims engine, one rule at a time, on sentences written for these tests.

The war here is fictional (a "north" and a "south" side around the port of Vela), so no
test can pass by echoing a fixture sentence.
"""

from __future__ import annotations

import random
import re
from datetime import UTC, datetime

import pytest

from frontline.claims import (
    _SENTENCE_END,
    Extractor,
    LexiconError,
    _ItemContext,
    _ItemRun,
    _Landmarks,
    load_lexicon,
)
from frontline.match import PlaceMatcher
from frontline.models import City, Claim, Config, Entry, FeedConfig, Settings, Side

CITIES = (
    City("Port Vela", aliases=("Vela",), places=("Kessa", "Old Harbour")),
    City("Mirva", places=("Dunmore",)),
    City("Tallan"),
)
SIDES = {
    "north": Side(
        "north",
        actors=("Northern Army", "army", "army units", "northern troops", "navy"),
        voices=("defence ministry", "army spokesman", "Northern Radio"),
    ),
    "south": Side(
        "south",
        actors=("militia", "militia fighters", "Southern Front", "southern fighters"),
        voices=("militia commander", "South Voice"),
    ),
}
FEEDS = (
    FeedConfig("Northern Radio", "file:///n.xml", side="north"),
    FeedConfig("South Voice", "file:///s.xml", side="south"),
    FeedConfig("Neutral Wire", "file:///w.xml", side="independent"),
    FeedConfig("Food Weekly", "file:///f.xml"),
)
WHEN = datetime(2025, 6, 12, 9, 0, tzinfo=UTC)


def make_config(lexicon: dict | None = None) -> Config:
    return Config(
        cities=CITIES,
        sides=SIDES,
        independent=("Harbour Monitor", "United Nations"),
        feeds=FEEDS,
        settings=Settings(),
        lexicon=lexicon or {},
    )


@pytest.fixture(scope="module")
def extractor() -> Extractor:
    return Extractor(make_config())


MATCHER = PlaceMatcher(CITIES)


def run(ex: Extractor, title: str, body: str = "", feed: str = "Neutral Wire") -> list[Claim]:
    entry = Entry(feed=feed, guid="g1", title=title, body=body, published=WHEN)
    side = next(f.side for f in FEEDS if f.name == feed)
    return ex.extract(entry, MATCHER.find(entry.text), side)


def tuples(claims: list[Claim]) -> set[tuple[str, str, str, str]]:
    return {(c.place, c.side, c.kind, c.claimant_side) for c in claims}


# --------------------------------------------------------------------------- kinds


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Northern troops captured Kessa on Tuesday, the defence ministry said.",
            ("Kessa", "north", "captured", "north"),
        ),
        (
            "Mirva fell to the militia overnight, the Harbour Monitor said.",
            ("Mirva", "south", "captured", "independent"),
        ),
        (
            "The militia now controls Tallan, a militia commander said.",
            ("Tallan", "south", "captured", "south"),
        ),
        (
            "The militia still controls Tallan, a militia commander said.",
            ("Tallan", "south", "holding", "south"),
        ),
        (
            "Militia fighters were storming Tallan from the east, the Harbour Monitor said.",
            ("Tallan", "south", "advancing", "independent"),
        ),
        (
            "Port Vela remains firmly in army hands, the Harbour Monitor said.",
            ("Port Vela", "north", "holding", "independent"),
        ),
        (
            "Northern troops pulled out of Tallan overnight, according to the Harbour Monitor.",
            ("Tallan", "north", "withdrew", "independent"),
        ),
        (
            "The army spokesman said army units had redeployed outside Mirva to spare civilians.",
            ("Mirva", "north", "withdrew", "north"),
        ),
        (
            "Army drones struck a fuel depot in Dunmore at dawn, the Harbour Monitor said.",
            ("Dunmore", "north", "strike", "independent"),
        ),
        (
            "The Southern Front's recapture of Kessa this week surprised diplomats, the "
            "Harbour Monitor said.",
            ("Kessa", "south", "captured", "independent"),
        ),
    ],
)
def test_each_kind(extractor: Extractor, body: str, expected: tuple) -> None:
    assert tuples(run(extractor, "Front update", body)) == {expected}


def test_repelled_attack_is_holding_for_the_defender_only(extractor: Extractor) -> None:
    body = "Army units repelled an attack by militia fighters on Old Harbour, the ministry said."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Old Harbour", "north", "holding")
    }


def test_stormed_and_secured_is_one_captured_claim(extractor: Extractor) -> None:
    body = "Southern fighters stormed and secured Dunmore before dawn, South Voice reported."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Dunmore", "south", "captured")
    }


def test_secure_said_by_a_side_is_its_holding(extractor: Extractor) -> None:
    body = "The army spokesman said Kessa remains secure after a quiet night."
    assert tuples(run(extractor, "Update", body)) == {("Kessa", "north", "holding", "north")}


def test_passive_voice_takes_the_actor_after(extractor: Extractor) -> None:
    body = "Tallan was captured by the militia late on Monday, residents said."
    assert tuples(run(extractor, "Update", body)) == {("Tallan", "south", "captured", "unknown")}


# --------------------------------------------------------------------------- denials


def test_denied_gain_is_denied_of_the_gaining_side(extractor: Extractor) -> None:
    body = "The defence ministry denied that militia fighters had entered Kessa."
    assert tuples(run(extractor, "Update", body)) == {("Kessa", "south", "denied", "north")}


def test_negated_gain_is_denied(extractor: Extractor) -> None:
    body = "A militia commander said militia fighters had not entered Old Harbour yet."
    assert tuples(run(extractor, "Update", body)) == {("Old Harbour", "south", "denied", "south")}


def test_fabrication_after_the_claim_denies_it(extractor: Extractor) -> None:
    title = "Army spokesman: reports of militia entering Mirva are pure fabrication"
    assert tuples(run(extractor, title)) == {("Mirva", "south", "denied", "north")}


def test_has_not_fallen_denies_the_other_side(extractor: Extractor) -> None:
    body = "A militia commander insisted that Tallan had not fallen."
    assert tuples(run(extractor, "Update", body)) == {("Tallan", "north", "denied", "south")}


def test_negated_strike_is_nothing(extractor: Extractor) -> None:
    body = "The defence ministry said army drones did not strike Mirva on Sunday."
    assert run(extractor, "Update", body) == []


# --------------------------------------------------------------------------- filters


@pytest.mark.parametrize(
    "body",
    [
        "If the militia takes Kessa, the coast road would be cut, analysts said.",
        "Should the army lose Mirva, the port would be exposed.",
        "The army is preparing a counter-offensive to retake Tallan, the ministry said.",
        "Militia leaders vowed to capture Port Vela before the rains.",
        "Their next objective is Mirva, a militia commander said.",
        "Northern troops captured Tallan in 2019 after a long siege.",
        "The militia withdrew from Kessa last year under a truce.",
        "Militia fighters seized weapons and fuel trucks in Dunmore, residents said.",
        "Foreign mercenaries attacked Mirva overnight, the monitor said.",
        "The Southern Liberation Army captured Tallan on Friday, its spokesman said.",
        "The militia captured Farrow, a village 20 km west of Mirva, on Sunday.",
        "Families fled towards Tallan as militia fighters advanced.",
        "Army units fled towards Tallan on Tuesday, residents said.",
    ],
)
def test_not_claims(extractor: Extractor, body: str) -> None:
    assert run(extractor, "Update", body) == []


def test_apposition_names_the_located_place(extractor: Extractor) -> None:
    body = "The militia captured Dunmore, a village 30 km west of Tallan, on Sunday."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Dunmore", "south", "captured")
    }


def test_history_in_a_relative_clause_keeps_the_main_claim(extractor: Extractor) -> None:
    body = (
        "Army units retook Dunmore on Wednesday, which the militia had seized in March 2022, "
        "the ministry said."
    )
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Dunmore", "north", "captured")
    }


# --------------------------------------------------------------------------- claimants


@pytest.mark.parametrize(
    ("title", "body", "feed", "claimant_side"),
    [
        (
            "Update",
            "Army units shelled Dunmore overnight, residents said.",
            "Neutral Wire",
            "unknown",
        ),
        (
            "Update",
            "Army units shelled Dunmore overnight, a militia commander said.",
            "Neutral Wire",
            "south",
        ),
        (
            "Update",
            '"Army units shelled Dunmore all night," said the militia commander.',
            "Neutral Wire",
            "south",
        ),
        (
            "Update",
            "According to the Harbour Monitor, army units shelled Dunmore.",
            "Food Weekly",
            "independent",
        ),
        ("Militia commander: army units shelled Dunmore", "", "Neutral Wire", "south"),
        ("Army units shell Dunmore, monitor says", "", "Food Weekly", "independent"),
        ("Army units shelled Dunmore", "", "South Voice", "south"),
        ("Army units shelled Dunmore", "", "Food Weekly", "unknown"),
        ("BREAKING: army units shelled Dunmore", "", "Northern Radio", "north"),
        (
            "Update",
            "The Harbour Monitor, a group that tracks the war, said army units shelled Dunmore.",
            "Food Weekly",
            "independent",
        ),
        (
            "Update",
            "The Harbour Monitor's sources said army units shelled Dunmore.",
            "Food Weekly",
            "independent",
        ),
        (
            "Update",
            "A militia commander spoke to reporters. He said army units shelled Dunmore.",
            "Neutral Wire",
            "south",
        ),
    ],
)
def test_claimant_side(
    extractor: Extractor, title: str, body: str, feed: str, claimant_side: str
) -> None:
    claims = run(extractor, title, body, feed=feed)
    assert [(c.place, c.side, c.kind, c.claimant_side) for c in claims] == [
        ("Dunmore", "north", "strike", claimant_side)
    ]


def test_own_forces_take_the_speakers_side(extractor: Extractor) -> None:
    body = "The army spokesman said its units were holding Kessa against repeated assaults."
    assert tuples(run(extractor, "Update", body)) == {("Kessa", "north", "holding", "north")}


def test_pronoun_points_to_the_actor_named_before_it(extractor: Extractor) -> None:
    body = "The ministry dismissed as lies claims by the militia that it had taken Kessa."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Kessa", "south", "denied")
    }


def test_headline_claim_gets_the_body_claimant(extractor: Extractor) -> None:
    claims = run(
        extractor,
        "Militia captures Kessa",
        "Militia fighters captured Kessa on Friday, the Harbour Monitor said.",
        feed="Northern Radio",
    )
    assert [(c.place, c.kind, c.claimant, c.claimant_side) for c in claims] == [
        ("Kessa", "captured", "Harbour Monitor", "independent")
    ]


# --------------------------------------------------------------------------- places


def test_the_town_refers_to_the_last_place_named(extractor: Extractor) -> None:
    body = (
        "Fighting reached the outskirts of Mirva on Monday. By evening militia fighters had "
        "entered the town, the Harbour Monitor said."
    )
    claims = run(extractor, "Clashes near Tallan and Mirva", body)
    assert tuples(claims) == {("Mirva", "south", "advancing", "independent")}
    (claim,) = claims
    assert claim.sentence[slice(*claim.place_span)] == "the town"


def test_there_refers_to_the_last_place_named(extractor: Extractor) -> None:
    body = "The militia took Dunmore after army units pulled out of their positions there."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Dunmore", "south", "captured"),
        ("Dunmore", "north", "withdrew"),
    }


def test_coordinated_places_share_the_cue(extractor: Extractor) -> None:
    body = "Army drones struck Kessa and Old Harbour overnight, residents said."
    assert {p for p, _, _, _ in tuples(run(extractor, "Update", body))} == {"Kessa", "Old Harbour"}


def test_sub_place_is_not_its_city(extractor: Extractor) -> None:
    body = "The militia seized Kessa, in northern Port Vela, on Tuesday, South Voice said."
    assert {(p, k) for p, _, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Kessa", "captured")
    }


def test_dateline_and_abbreviations(extractor: Extractor) -> None:
    body = (
        "VELA, June 12 (Neutral Wire) - Gen. Amos of the defence ministry said on Thursday "
        "army units had recaptured Kessa. The U.N. said aid was paused."
    )
    claims = run(extractor, "Update", body)
    assert tuples(claims) == {("Kessa", "north", "captured", "north")}
    assert claims[0].sentence.startswith("Gen. Amos")


# --------------------------------------------------------------------------- evidence


def test_spans_point_at_the_evidence(extractor: Extractor) -> None:
    entry_title = "Update"
    body = "Southern fighters captured Dunmore on Friday, the Harbour Monitor said."
    (claim,) = run(extractor, entry_title, body)
    s = claim.sentence
    assert s[slice(*claim.place_span)] == "Dunmore"
    assert s[slice(*claim.side_span)] == "Southern fighters"
    assert s[slice(*claim.kind_span)] == "captured"
    assert s[slice(*claim.claimant_span)] == "Harbour Monitor"
    text = f"{entry_title}\n{body}"
    assert text[claim.sentence_start : claim.sentence_start + len(s)] == s


def test_claims_are_unique_per_place_side_kind(extractor: Extractor) -> None:
    body = (
        "Army drones struck Mirva on Monday, residents said. Army drones struck Mirva again "
        "on Tuesday, residents said."
    )
    assert len(run(extractor, "Update", body)) == 1


def test_no_mentions_no_claims_and_odd_text_is_safe(extractor: Extractor) -> None:
    assert run(extractor, "Army units captured a hill", "") == []
    assert run(extractor, "", "") == []
    odd = 'Mirva "" ; : - , . !! ?? [x] (((' * 3
    assert isinstance(run(extractor, odd, odd), list)


# --------------------------------------------------------------------------- lexicons


def test_config_lexicon_extends_the_rules() -> None:
    body = "Southern fighters overwhelmed Tallan at dawn, South Voice said."
    assert run(Extractor(make_config()), "Update", body) == []
    extended = Extractor(make_config({"kinds": {"captured": {"active": ["overwhelmed"]}}}))
    assert tuples(run(extended, "Update", body)) == {("Tallan", "south", "captured", "south")}


def test_unknown_language_is_one_clear_error() -> None:
    with pytest.raises(LexiconError, match="xx"):
        Extractor(make_config(), languages=["xx"])


def test_bad_pattern_is_one_clear_error() -> None:
    with pytest.raises(LexiconError, match="kinds.captured"):
        Extractor(make_config({"kinds": {"captured": {"active": ["(unclosed"]}}}))


def test_languages_merge_lists() -> None:
    merged = load_lexicon(["en"], {"attribution": {"verbs": ["murmured"]}})
    assert "murmured" in merged["attribution"]["verbs"]
    assert "said" in merged["attribution"]["verbs"]


# --------------------------------------------------------------------------- more rules


def test_group_claimant_is_the_actor_named_before(extractor: Extractor) -> None:
    body = "Southern fighters are now in full control of Tallan, the group said on Telegram."
    assert tuples(run(extractor, "Update", body)) == {("Tallan", "south", "captured", "south")}


def test_owner_of_a_stronghold_holds_it(extractor: Extractor) -> None:
    body = "Mirva, the militia's last bastion in the south, was quiet on Sunday, residents said."
    assert tuples(run(extractor, "Update", body)) == {("Mirva", "south", "holding", "unknown")}


def test_object_of_a_preposition_is_not_the_subject(extractor: Extractor) -> None:
    body = (
        "The army spokesman said army units had cleared Kessa of militia fighters and "
        "retained control of the district."
    )
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Kessa", "north", "captured"),
        ("Kessa", "north", "holding"),
    }


def test_orders_and_failures(extractor: Extractor) -> None:
    ordered = "The militia commander ordered his fighters to withdraw from Tallan."
    assert run(extractor, "Update", ordered) == []
    failed = "The militia failed to take Kessa despite repeated attacks, the ministry said."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", failed))} == {
        ("Kessa", "south", "denied")
    }


def test_fronted_place_of_a_strike(extractor: Extractor) -> None:
    body = "In Mirva, a drone launched by the army struck a clinic, the Harbour Monitor said."
    assert tuples(run(extractor, "Update", body)) == {("Mirva", "north", "strike", "independent")}


def test_month_long_before_the_item_is_history(extractor: Extractor) -> None:
    # the item is dated 12 June
    assert run(extractor, "Update", "Northern troops captured Tallan in February.") == []
    recent = "Northern troops captured Tallan in June, the ministry said."
    assert {(p, k) for p, _, k, _ in tuples(run(extractor, "Update", recent))} == {
        ("Tallan", "captured")
    }


def test_quote_over_two_sentences_takes_its_closing_attribution(extractor: Extractor) -> None:
    body = (
        '"Militia fighters never entered Kessa. They were stopped at the bridge," the army '
        "spokesman said."
    )
    assert tuples(run(extractor, "Update", body)) == {("Kessa", "south", "denied", "north")}


def test_unconfigured_pronoun_claimant_is_unknown(extractor: Extractor) -> None:
    body = '"Army drones hit Dunmore every night," she told Neutral Wire by phone.'
    assert tuples(run(extractor, "Update", body)) == {("Dunmore", "north", "strike", "unknown")}


def test_possessive_speaker_holds_with_our_forces(extractor: Extractor) -> None:
    claims = run(extractor, "Kessa remains under the control of our forces", "", feed="South Voice")
    assert tuples(claims) == {("Kessa", "south", "holding", "south")}


def test_clause_resumes_after_a_relative_clause(extractor: Extractor) -> None:
    body = "Kessa, which the militia seized in May, was retaken by army units on Sunday."
    assert {(p, s, k) for p, s, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Kessa", "north", "captured")
    }


def test_repelled_attacks_hold_for_the_unnamed_defender(extractor: Extractor) -> None:
    body = "The defence ministry said militia attacks on Dunmore had been repelled overnight."
    assert tuples(run(extractor, "Update", body)) == {("Dunmore", "north", "holding", "north")}


def test_a_second_language_is_one_more_toml_file(tmp_path) -> None:
    extra = tmp_path / "fr.toml"
    extra.write_text(
        """
[kinds.captured]
active = ['a\\s+pris', 'ont\\s+pris']
[attribution]
verbs = ['a\\s+d[ée]clar[ée]']
""",
        encoding="utf-8",
    )
    body = "La militia a pris Kessa mardi, a déclaré le militia commander."
    assert run(Extractor(make_config()), "Update", body) == []
    both = Extractor(make_config(), languages=["en", str(extra)])
    assert tuples(run(both, "Update", body)) == {("Kessa", "south", "captured", "south")}


def test_headline_topic_is_not_a_source(extractor: Extractor) -> None:
    claims = run(extractor, "War diary: army units shelled Dunmore", "", feed="South Voice")
    assert [(c.claimant, c.claimant_side) for c in claims] == [("South Voice", "south")]


def test_the_town_skips_a_place_named_only_as_a_locator(extractor: Extractor) -> None:
    body = (
        "Militia fighters reached Dunmore, in northern Mirva, on Monday. By night they had "
        "stormed the town, the Harbour Monitor said."
    )
    assert {(p, k) for p, _, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Dunmore", "advancing")
    }


def test_evidence_keeps_the_published_text(extractor: Extractor) -> None:
    body = "\u201cWe took Kessa,\u201d a militia commander said."
    (claim,) = run(extractor, "Update", body)
    assert claim.sentence == body
    assert claim.sentence[slice(*claim.place_span)] == "Kessa"


def test_headline_city_for_a_body_sub_place_is_one_claim(extractor: Extractor) -> None:
    claims = run(
        extractor,
        "Army retakes Port Vela district",
        "Army units recaptured the Kessa district of Port Vela on Saturday, the ministry said.",
    )
    assert {(c.place, c.kind) for c in claims} == {("Kessa", "captured")}


def test_denial_of_an_earlier_claim_in_the_item(extractor: Extractor) -> None:
    body = (
        "The militia said on Monday its fighters had captured Kessa. The defence ministry "
        "rejected the claim, saying army units were holding Kessa."
    )
    assert {(p, s, k, cs) for p, s, k, cs in tuples(run(extractor, "Update", body))} == {
        ("Kessa", "south", "captured", "south"),
        ("Kessa", "south", "denied", "north"),
        ("Kessa", "north", "holding", "north"),
    }


def test_a_comment_after_a_comma_is_not_a_conditional(extractor: Extractor) -> None:
    body = (
        "The militia said its fighters had captured Dunmore, a village near Mirva, in what "
        "would be a blow to the army."
    )
    assert {(p, k) for p, _, k, _ in tuples(run(extractor, "Update", body))} == {
        ("Dunmore", "captured")
    }


def test_quoted_words_inside_a_cue(extractor: Extractor) -> None:
    body = 'The ministry called the militia report about the "liberation" of Kessa a fake.'
    claims = run(extractor, "Update", body, feed="Northern Radio")
    assert tuples(claims) == {("Kessa", "south", "denied", "north")}


def test_headline_says_at_the_end_names_the_source(extractor: Extractor) -> None:
    claims = run(extractor, "Tallan has not fallen, says militia commander", "")
    assert tuples(claims) == {("Tallan", "north", "denied", "south")}


def test_named_speaker_with_an_apposition(extractor: Extractor) -> None:
    body = '"Army drones hit Dunmore," said Omar Sal, a militia commander, on Monday.'
    assert tuples(run(extractor, "Update", body)) == {("Dunmore", "north", "strike", "south")}


def test_nationality_of_a_sides_actors_names_that_side() -> None:
    sides = dict(SIDES)
    sides["north"] = Side(
        "north", actors=("Northern army", "Northern troops", "Northern navy"), voices=()
    )
    cfg = Config(cities=CITIES, sides=sides, independent=(), feeds=FEEDS)
    body = "Northern special commandos stormed Tallan at dawn, residents said."
    assert tuples(run(Extractor(cfg), "Update", body)) == {
        ("Tallan", "north", "advancing", "unknown")
    }


def test_a_strike_actor_may_hold_the_cue_word() -> None:
    sides = dict(SIDES)
    sides["north"] = Side("north", actors=("northern airstrikes", "army"), voices=())
    cfg = Config(cities=CITIES, sides=sides, independent=(), feeds=FEEDS)
    body = "Northern airstrikes in Mirva killed four people, medics said."
    assert tuples(run(Extractor(cfg), "Update", body)) == {("Mirva", "north", "strike", "unknown")}


# --------------------------------------------------------------------------- generalisation
# (issue "The claims engine", follow-up: the failure classes of the blind held-out sets)

# capture idioms: verbs, loser objects, flags, hands, gerund clauses
GENERALISE_C1 = [
    (
        "The militia wrested Kessa from the army on Tuesday.",
        {("Kessa", "south", "captured", "independent")},
    ),
    (
        "Northern troops wrested back Tallan from the militia.",
        {("Tallan", "north", "captured", "independent")},
    ),
    (
        "The army reconquered Tallan after weeks of fighting.",
        {("Tallan", "north", "captured", "independent")},
    ),
    ("The army will reconquer Tallan, the general vowed.", set()),
    ("The army recovered Dunmore on Monday.", {("Dunmore", "north", "captured", "independent")}),
    (
        "The militia has recovered Mirva, its commander said.",
        {("Mirva", "south", "captured", "south")},
    ),
    (
        "The army dislodged the militia from the hills of Tallan.",
        {("Tallan", "north", "captured", "independent")},
    ),
    (
        "Southern fighters dislodged army units from Kessa overnight.",
        {("Kessa", "south", "captured", "independent")},
    ),
    ("The army drove the militia from Kessa.", {("Kessa", "north", "captured", "independent")}),
    (
        "Northern troops expelled the militia from Dunmore.",
        {("Dunmore", "north", "captured", "independent")},
    ),
    (
        "The militia pushed army units out of Tallan.",
        {("Tallan", "south", "captured", "independent")},
    ),
    (
        "Tallan was liberated on Sunday by the Northern Army forces.",
        {("Tallan", "north", "captured", "independent")},
    ),
    ("Kessa was liberated by southern fighters.", {("Kessa", "south", "captured", "independent")}),
    (
        "The militia entered Tallan and raised their flag over the town hall.",
        {("Tallan", "south", "captured", "independent")},
    ),
    ("Army units raised the flag over Dunmore.", {("Dunmore", "north", "captured", "independent")}),
    (
        "Tallan is now entirely in the hands of the militia.",
        {("Tallan", "south", "captured", "independent")},
    ),
    ("Dunmore is now in the hands of the army.", {("Dunmore", "north", "captured", "independent")}),
    (
        "Army units advanced further after capturing the bridge at Tallan.",
        {("Tallan", "north", "captured", "independent")},
    ),
    (
        "The headquarters of the army's Tallan garrison fell to the militia, the militia said in a statement.",
        {("Tallan", "south", "captured", "south")},
    ),
    (
        "Tallan is now under the full control of the militia.",
        {("Tallan", "south", "captured", "independent")},
    ),
    # without "now" a state, not a change of hands (CONVENTIONS: holding)
    (
        "Tallan is under the full control of the militia.",
        {("Tallan", "south", "holding", "independent")},
    ),
    ("The militia overran Kessa on Friday.", {("Kessa", "south", "captured", "independent")}),
    ("The army seized Dunmore.", {("Dunmore", "north", "captured", "independent")}),
    ("Southern fighters took over Mirva.", {("Mirva", "south", "captured", "independent")}),
    ("The army gained control of Kessa.", {("Kessa", "north", "captured", "independent")}),
    (
        "Army units secured Tallan after heavy fighting.",
        {("Tallan", "north", "captured", "independent")},
    ),
    (
        "The army cleared Kessa of militia fighters.",
        {("Kessa", "north", "captured", "independent")},
    ),
    ("The militia retook Tallan.", {("Tallan", "south", "captured", "independent")}),
    ("Army units regained Mirva.", {("Mirva", "north", "captured", "independent")}),
    (
        "The army ousted the militia from Dunmore.",
        {("Dunmore", "north", "captured", "independent")},
    ),
    (
        "Dunmore fell into the hands of the militia.",
        {("Dunmore", "south", "captured", "independent")},
    ),
    (
        "Kessa came under the control of the militia on Monday.",
        {("Kessa", "south", "captured", "independent")},
    ),
    ("Tallan passed to the militia on Monday.", {("Tallan", "south", "captured", "independent")}),
    ("Control of Tallan passed to the militia.", {("Tallan", "south", "captured", "independent")}),
    (
        "Tallan has passed under the control of the militia.",
        {("Tallan", "south", "captured", "independent")},
    ),
    ("Mirva fell to the army on Sunday.", {("Mirva", "north", "captured", "independent")}),
    ("Kessa was seized by the militia.", {("Kessa", "south", "captured", "independent")}),
    ("Tallan was captured by army units.", {("Tallan", "north", "captured", "independent")}),
    ("The army conquered Tallan.", {("Tallan", "north", "captured", "independent")}),
    (
        "Army units liberated Kessa from the militia.",
        {("Kessa", "north", "captured", "independent")},
    ),
    (
        "The militia has taken full control of Dunmore.",
        {("Dunmore", "south", "captured", "independent")},
    ),
    ("Tallan was overrun by the militia.", {("Tallan", "south", "captured", "independent")}),
    (
        "The militia flushed army units out of Kessa.",
        {("Kessa", "south", "captured", "independent")},
    ),
    ("The army chased the militia from Tallan.", {("Tallan", "north", "captured", "independent")}),
]

# denials: losses, changed hands, images shown, 'no ACTOR soldier'
GENERALISE_C2 = [
    (
        "The defence ministry denied losing Tallan to the militia.",
        {("Tallan", "south", "denied", "north")},
    ),
    ("The army denied losing Kessa.", {("Kessa", "south", "denied", "north")}),
    (
        "The army spokesman denied that Tallan had changed hands.",
        {("Tallan", "south", "denied", "north")},
    ),
    (
        "The defence ministry denies allegations according to which Tallan had passed under the control of the militia.",
        {("Tallan", "south", "denied", "north")},
    ),
    (
        "The defence ministry dismissed as propaganda the images purporting to show militia fighters in Tallan.",
        {("Tallan", "south", "denied", "north")},
    ),
    (
        '"No militia soldier has set foot in Tallan," the army spokesman said.',
        {("Tallan", "south", "denied", "north")},
    ),
    ('"Tallan has not fallen," the army spokesman said.', {("Tallan", "south", "denied", "north")}),
    (
        "Tallan never changed hands, the defence ministry said.",
        {("Tallan", "south", "denied", "north")},
    ),
    (
        "The militia commander rejected reports that army units had entered Kessa.",
        {("Kessa", "north", "denied", "south")},
    ),
    (
        "The army spokesman dismissed claims that the militia took Dunmore as lies.",
        {("Dunmore", "south", "denied", "north")},
    ),
    (
        "The militia commander said reports of the fall of Mirva were fabricated.",
        {("Mirva", "north", "denied", "south")},
    ),
    (
        '"Not a single militia fighter entered Dunmore," the army spokesman said.',
        {("Dunmore", "south", "denied", "north")},
    ),
]

# holding: coordinated subjects, calm restored, repelled people
GENERALISE_C3 = [
    (
        "Kessa and Tallan remain in the hands of the militia.",
        {
            ("Kessa", "south", "holding", "independent"),
            ("Tallan", "south", "holding", "independent"),
        },
    ),
    (
        '"The situation is under control in Tallan," the army spokesman said.',
        {("Tallan", "north", "holding", "north")},
    ),
    (
        "The security and stability of Tallan has been restored, the army spokesman said.",
        {("Tallan", "north", "holding", "north")},
    ),
    ("The army says the town of Tallan is secure.", {("Tallan", "north", "holding", "north")}),
    (
        "Army units annihilated militia fighters attempting to infiltrate Tallan.",
        {("Tallan", "north", "holding", "independent")},
    ),
    (
        "The army beat back militia extremists who attempted to attack Kessa.",
        {("Kessa", "north", "holding", "independent")},
    ),
    (
        '"Our forces beat back the militia attackers in Tallan," the army spokesman said.',
        {("Tallan", "north", "holding", "north")},
    ),
    (
        "Army units repulsed a militia assault on Dunmore.",
        {("Dunmore", "north", "holding", "independent")},
    ),
    (
        "The militia fought off army units trying to enter Kessa.",
        {("Kessa", "south", "holding", "independent")},
    ),
    (
        "Army units thwarted a militia attempt to storm Tallan.",
        {("Tallan", "north", "holding", "independent")},
    ),
    ("The militia still controls Kessa.", {("Kessa", "south", "holding", "independent")}),
    ("Tallan remains in the hands of the army.", {("Tallan", "north", "holding", "independent")}),
    ("The army retains control of Mirva.", {("Mirva", "north", "holding", "independent")}),
    (
        "Army units are holding their positions in Dunmore.",
        {("Dunmore", "north", "holding", "independent")},
    ),
    ("Tallan is under army control.", {("Tallan", "north", "holding", "independent")}),
    (
        "The army held off militia attackers at Kessa.",
        {("Kessa", "north", "holding", "independent")},
    ),
    (
        "Army units foiled a militia infiltration into Dunmore.",
        {("Dunmore", "north", "holding", "independent")},
    ),
]

# claimants: unconfigured sources, inverted verbs, passive 'was reported', first person, hyphen compounds
GENERALISE_C4 = [
    (
        "The militia captured Kessa, local sources said.",
        {("Kessa", "south", "captured", "unknown")},
    ),
    (
        "According to concordant local sources, the army entered Tallan.",
        {("Tallan", "north", "advancing", "unknown")},
    ),
    (
        "The militia seized Dunmore, residents told AFP.",
        {("Dunmore", "south", "captured", "unknown")},
    ),
    ("Witnesses said army units shelled Kessa.", {("Kessa", "north", "strike", "unknown")}),
    (
        '"The militia shelled Tallan again," deplored the army spokesman.',
        {("Tallan", "south", "strike", "north")},
    ),
    (
        '"Our forces hold Tallan," insisted the militia commander.',
        {("Tallan", "south", "holding", "south")},
    ),
    (
        "The army withdrew from Mirva, the same sources indicated.",
        {("Mirva", "north", "withdrew", "unknown")},
    ),
    (
        "The army withdrew from Mirva, sources indicated.",
        {("Mirva", "north", "withdrew", "unknown")},
    ),
    (
        "The army captured Kessa, military sources indicated.",
        {("Kessa", "north", "captured", "unknown")},
    ),
    (
        "Fighting was reported: the militia entered Kessa on Monday.",
        {("Kessa", "south", "advancing", "independent")},
    ),
    (
        "Heavy shelling was reported: army units shelled Tallan overnight.",
        {("Tallan", "north", "strike", "independent")},
    ),
    (
        "It was reported that the militia captured Dunmore.",
        {("Dunmore", "south", "captured", "independent")},
    ),
    (
        "According to our tracking, the militia now controls Tallan.",
        {("Tallan", "south", "captured", "independent")},
    ),
    ("Our data show the army holds Kessa.", {("Kessa", "north", "holding", "independent")}),
    (
        "The militia took Tallan, the pro-militia outlet said.",
        {("Tallan", "south", "captured", "south")},
    ),
    (
        "The army shelled Kessa, an army-affiliated channel said.",
        {("Kessa", "north", "strike", "north")},
    ),
    (
        "The militia took Tallan, the defence ministry said in a statement.",
        {("Tallan", "south", "captured", "north")},
    ),
    (
        "In a statement, the militia commander said his fighters took Dunmore.",
        {("Dunmore", "south", "captured", "south")},
    ),
    (
        "The army shelled Kessa, the militia commander told reporters.",
        {("Kessa", "north", "strike", "south")},
    ),
    (
        '"We have taken Dunmore," a militia commander told Reuters.',
        {("Dunmore", "south", "captured", "south")},
    ),
]

# withdrawals and strikes: nominal withdrawal, agent at the end
GENERALISE_C5 = [
    (
        "Residents returned following the withdrawal of militia fighters from Kessa.",
        {("Kessa", "south", "withdrew", "independent")},
    ),
    (
        "The withdrawal of army units from Tallan was completed on Monday.",
        {("Tallan", "north", "withdrew", "independent")},
    ),
    (
        "The army announced the pullout of its troops from Mirva.",
        {("Mirva", "north", "withdrew", "north")},
    ),
    (
        "Fighting raged in Tallan. The militia abandoned their positions there and fled.",
        {("Tallan", "south", "withdrew", "independent")},
    ),
    ("The militia pulled out of Kessa overnight.", {("Kessa", "south", "withdrew", "independent")}),
    ("Army units retreated from Mirva.", {("Mirva", "north", "withdrew", "independent")}),
    (
        "The army carried out a tactical withdrawal from Dunmore.",
        {("Dunmore", "north", "withdrew", "independent")},
    ),
    ("The militia evacuated Old Harbour.", {("Old Harbour", "south", "withdrew", "independent")}),
    (
        "The shells that hit Tallan on Monday, killing four, were fired by the militia.",
        {("Tallan", "south", "strike", "independent")},
    ),
    (
        "The rockets that struck Kessa were fired by army units.",
        {("Kessa", "north", "strike", "independent")},
    ),
    ("Army artillery pounded Kessa overnight.", {("Kessa", "north", "strike", "independent")}),
    (
        "The militia launched a drone strike on Dunmore.",
        {("Dunmore", "south", "strike", "independent")},
    ),
    ("Army air strikes hit Mirva.", {("Mirva", "north", "strike", "independent")}),
    ("Tallan came under militia rocket fire.", {("Tallan", "south", "strike", "independent")}),
    ("The army bombed Kessa on Sunday.", {("Kessa", "north", "strike", "independent")}),
    ("Militia mortar fire on Dunmore killed two.", {("Dunmore", "south", "strike", "independent")}),
]

# filters: history, pluperfect with a past time, locators, possessed facilities
GENERALISE_C6 = [
    ("The militia had seized Tallan in an offensive last year.", set()),
    ("The army had captured Kessa two years ago before losing it.", set()),
    ("Army units shelled the road between Kessa and Tallan.", set()),
    (
        "The militia fled toward the centre of Port Vela, leaving Old Harbour.",
        {("Old Harbour", "south", "withdrew", "independent")},
    ),
    (
        "The army beat back a militia-led counter-attack on Kessa.",
        {("Kessa", "north", "holding", "independent")},
    ),
    (
        "Army units repelled a militia counter-offensive on Tallan.",
        {("Tallan", "north", "holding", "independent")},
    ),
    (
        "The army had captured Kessa, the defence ministry said on Monday.",
        {("Kessa", "north", "captured", "north")},
    ),
    (
        "The militia fled toward the centre of Port Vela after the army entered Kessa.",
        {("Kessa", "north", "advancing", "independent")},
    ),
    ("Tallan's airport falls to militia", set()),
    ("Port Vela's harbour fell to the militia on Sunday.", set()),
    (
        "Tallan's fall to the militia shocked the capital.",
        {("Tallan", "south", "captured", "independent")},
    ),
    (
        "Kessa fell to the militia, and Tallan's defenders fled.",
        {("Kessa", "south", "captured", "independent")},
    ),
    (
        "The militia had seized Tallan months ago, and the militia still holds the town.",
        {("Tallan", "south", "holding", "independent")},
    ),
    ("Army units had taken Kessa earlier in the war.", set()),
    ("Tallan had been captured by the militia last summer.", set()),
    (
        "The army retook Kessa weeks ago, the defence ministry said.",
        {("Kessa", "north", "captured", "north")},
    ),
    (
        "The army had retaken Kessa on Sunday, the defence ministry said.",
        {("Kessa", "north", "captured", "north")},
    ),
]

# the common war-reporting vocabulary of each kind
GENERALISE_C7 = [
    ("The militia pushed into Kessa on Monday.", {("Kessa", "south", "advancing", "independent")}),
    ("Army units stormed Tallan at dawn.", {("Tallan", "north", "advancing", "independent")}),
    (
        "The militia launched an offensive on Mirva.",
        {("Mirva", "south", "advancing", "independent")},
    ),
    (
        "Northern troops are closing in on Tallan.",
        {("Tallan", "north", "advancing", "independent")},
    ),
    ("The army encircled Kessa.", {("Kessa", "north", "advancing", "independent")}),
    ("The militia has besieged Mirva for weeks.", {("Mirva", "south", "advancing", "independent")}),
    (
        "Army units reached the outskirts of Tallan.",
        {("Tallan", "north", "advancing", "independent")},
    ),
    ("The militia made gains near Dunmore.", {("Dunmore", "south", "advancing", "independent")}),
    (
        "Southern fighters penetrated Kessa's defences.",
        {("Kessa", "south", "advancing", "independent")},
    ),
    ("Army units broke into Tallan.", {("Tallan", "north", "advancing", "independent")}),
    (
        "The militia counter-attacked toward Kessa.",
        {("Kessa", "south", "advancing", "independent")},
    ),
    ("The army assaulted Dunmore.", {("Dunmore", "north", "advancing", "independent")}),
    (
        "The militia infiltrated Old Harbour overnight.",
        {("Old Harbour", "south", "advancing", "independent")},
    ),
    ("Army units reached the gates of Mirva.", {("Mirva", "north", "advancing", "independent")}),
    ("The army is advancing on Tallan.", {("Tallan", "north", "advancing", "independent")}),
    (
        "The militia repelled army attackers attempting to storm Kessa.",
        {("Kessa", "south", "holding", "independent")},
    ),
    (
        "The army beat off a militia raid on Dunmore.",
        {("Dunmore", "north", "holding", "independent")},
    ),
    (
        "Tallan remains under the control of the army.",
        {("Tallan", "north", "holding", "independent")},
    ),
    ("Army units are holding positions in Kessa.", {("Kessa", "north", "holding", "independent")}),
    (
        "The militia pulled its fighters out of Tallan.",
        {("Tallan", "south", "withdrew", "independent")},
    ),
    (
        "The army announced a tactical withdrawal from Mirva.",
        {("Mirva", "north", "withdrew", "north")},
    ),
    ("Army units redeployed from Kessa.", {("Kessa", "north", "withdrew", "independent")}),
    ("Militia air raids on Tallan killed ten.", {("Tallan", "south", "strike", "independent")}),
    ("Army bombardment of Kessa continued.", {("Kessa", "north", "strike", "independent")}),
    ("A militia drone strike hit Dunmore.", {("Dunmore", "south", "strike", "independent")}),
    ("Army artillery fire on Mirva intensified.", {("Mirva", "north", "strike", "independent")}),
    ("The army fired rockets at Kessa.", {("Kessa", "north", "strike", "independent")}),
    ("The militia shelled Tallan with mortars.", {("Tallan", "south", "strike", "independent")}),
    ("Kessa fell into the hands of army units.", {("Kessa", "north", "captured", "independent")}),
    (
        "The militia gained full control of Old Harbour.",
        {("Old Harbour", "south", "captured", "independent")},
    ),
    ("Army units liberated Tallan on Friday.", {("Tallan", "north", "captured", "independent")}),
    (
        "The militia reported that army units had fled Kessa.",
        {("Kessa", "north", "withdrew", "south")},
    ),
    (
        "The defence ministry rejected as fake the reports that the militia took Mirva.",
        {("Mirva", "south", "denied", "north")},
    ),
    (
        "The defence ministry dismissed as a fabrication claims that militia fighters entered Tallan.",
        {("Tallan", "south", "denied", "north")},
    ),
]


# claimants in every position: quote first, 'according to', 'told AFP', 'in a statement'
GENERALISE_C8 = [
    (
        '"We have liberated Tallan," the militia commander said.',
        {("Tallan", "south", "captured", "south")},
    ),
    (
        '"Kessa is under our full control," said the army spokesman.',
        {("Kessa", "north", "holding", "north")},
    ),
    (
        "Army units now control Kessa, according to the defence ministry.",
        {("Kessa", "north", "captured", "north")},
    ),
    (
        "According to residents, militia fighters entered Dunmore on Sunday.",
        {("Dunmore", "south", "advancing", "unknown")},
    ),
    (
        "The militia seized Tallan, a militia commander told AFP.",
        {("Tallan", "south", "captured", "south")},
    ),
    (
        "In a statement, the defence ministry said army units repelled an attack on Kessa.",
        {("Kessa", "north", "holding", "north")},
    ),
    (
        "Militia-affiliated channels said their fighters entered Kessa.",
        {("Kessa", "south", "advancing", "south")},
    ),
    (
        "Northern Radio reported that army units retook Dunmore.",
        {("Dunmore", "north", "captured", "north")},
    ),
    (
        "The army has regained control of Tallan, military sources indicated.",
        {("Tallan", "north", "captured", "unknown")},
    ),
    (
        "Tallan has been retaken by the army, residents said.",
        {("Tallan", "north", "captured", "unknown")},
    ),
    ("Witnesses reported militia fighters in the streets of Tallan.", set()),
    (
        "Army warplanes bombed militia positions in Kessa.",
        {("Kessa", "north", "strike", "independent")},
    ),
    (
        "Militia drones struck Mirva overnight, the defence ministry said.",
        {("Mirva", "south", "strike", "north")},
    ),
    (
        "Residents said army units pulled back from Dunmore.",
        {("Dunmore", "north", "withdrew", "unknown")},
    ),
    (
        "The army said it had cleared Old Harbour of militia fighters.",
        {("Old Harbour", "north", "captured", "north")},
    ),
]


# traps: the wider vocabulary must not fire on objects that are not a place or a loser
GENERALISE_C9 = [
    ("Army units recovered the bodies of six soldiers in Kessa.", set()),
    ("The army drove its tanks from Kessa to Tallan.", set()),
    ("The militia showed journalists around Tallan.", set()),
    ("Aid passed to Tallan through the corridor.", set()),
    ("The army raised the flag at a ceremony in the capital, far from Tallan.", set()),
    ("Militia fighters recovered weapons in Dunmore.", set()),
    ("The army passed through Kessa on its way north.", set()),
    ("Heavy fighting was reported in Tallan.", set()),
    (
        "The militia chased army units from Tallan toward Kessa.",
        {("Tallan", "south", "captured", "independent")},
    ),
    (
        "Reports showed militia fighters in Tallan.",
        {("Tallan", "south", "advancing", "independent")},
    ),
    ("Tallan's mayor fell to his death.", set()),
    ("The army said it killed militia fighters in Kessa.", set()),
    ("The militia secured the release of prisoners in Tallan.", set()),
    ("The army secured a deal with elders in Kessa.", set()),
    (
        "No militia fighters were killed as army units stormed Tallan.",
        {("Tallan", "north", "advancing", "independent")},
    ),
    (
        "No civilians were hurt when army units entered Kessa.",
        {("Kessa", "north", "advancing", "independent")},
    ),
    (
        "No army soldier has entered Tallan, the militia commander said.",
        {("Tallan", "north", "denied", "south")},
    ),
]


@pytest.mark.parametrize(
    ("body", "expected"),
    GENERALISE_C1
    + GENERALISE_C2
    + GENERALISE_C3
    + GENERALISE_C4
    + GENERALISE_C5
    + GENERALISE_C6
    + GENERALISE_C7
    + GENERALISE_C8
    + GENERALISE_C9,
)
def test_generalised_rules(extractor: Extractor, body: str, expected: set) -> None:
    """The rule classes the blind held-out sets found missing, on sentences written here
    (several verbs, tenses, voices and positions per rule)."""
    assert tuples(run(extractor, "Update", body)) == expected


# --------------------------------------------------------------------------- round 3
# (the failure classes of the third blind held-out set, on sentences written here)

IND = "independent"
GENERALISE_R3 = [
    # the side comes from the subject: attackers named inside a repel cue, or the object of
    # an earlier verb, are not the subject of the next verb
    (
        "The army spokesman says troops foiled the militia attack on Kessa and remain in "
        "control of the district.",
        {("Kessa", "north", "holding", "north")},
    ),
    (
        "The defence ministry said soldiers thwarted a southern assault on Tallan and still "
        "hold the town.",
        {("Tallan", "north", "holding", "north")},
    ),
    (
        "The army foiled a militia attempt to storm Tallan and still holds the town.",
        {("Tallan", "north", "holding", IND)},
    ),
    (
        "Army units pushed the militia out of Kessa and restored full control over it.",
        {("Kessa", "north", "captured", IND)},
    ),
    (
        "Army units entered Kessa and the militia fled.",
        {("Kessa", "north", "advancing", IND), ("Kessa", "south", "withdrew", IND)},
    ),
    # "it" / "its compound" as the object of a gain: one captured claim, not advancing
    (
        "The militia entered Tallan and raised their flag over it.",
        {("Tallan", "south", "captured", IND)},
    ),
    (
        "Southern fighters entered Kessa and raised their flag over its compound.",
        {("Kessa", "south", "captured", IND)},
    ),
    (
        '"Our fighters, who entered Tallan and raised the flag over it, are holding firm," '
        "the militia commander said.",
        {("Tallan", "south", "captured", "south")},
    ),
    ("The militia stormed Tallan at dawn and secured it.", {("Tallan", "south", "captured", IND)}),
    ("Army units stormed Kessa and took control of it.", {("Kessa", "north", "captured", IND)}),
    ("The army said it repelled the assault.", set()),
    ("After the loss of Kessa, the army took it as a warning.", set()),
    (
        "The militia captured Kessa and then the army retook it.",
        {("Kessa", "south", "captured", IND), ("Kessa", "north", "captured", IND)},
    ),
    # coordinated predicates share the subject; a negated second one is denied
    (
        "The militia entered Kessa and are pushing towards Tallan.",
        {("Kessa", "south", "advancing", IND), ("Tallan", "south", "advancing", IND)},
    ),
    (
        "Army units advanced on Tallan but have not entered it.",
        {("Tallan", "north", "advancing", IND), ("Tallan", "north", "denied", IND)},
    ),
    (
        "Army units advanced on Tallan but did not enter it, the militia commander said.",
        {("Tallan", "north", "advancing", "south"), ("Tallan", "north", "denied", "south")},
    ),
    ("The militia is moving on Kessa.", {("Kessa", "south", "advancing", IND)}),
    ("The army captured Kessa but civilians fled Tallan.", {("Kessa", "north", "captured", IND)}),
    ("The army pressed on with its offensive near Tallan.", set()),
    # a second attributed clause without the place: the place of the first
    (
        "The militia said it attacked Tallan on Monday, while the army said they had repelled "
        "the assault.",
        {("Tallan", "south", "advancing", "south"), ("Tallan", "north", "holding", "north")},
    ),
    (
        "Army units attacked Kessa, the defence ministry said, while the militia said it had "
        "beaten back the offensive.",
        {("Kessa", "north", "advancing", "north"), ("Kessa", "south", "holding", "south")},
    ),
    # apposition: "X, the last stronghold of Y" even where X only locates
    (
        "Fighting raged near the city of Tallan, the last stronghold of the militia in the region.",
        {("Tallan", "south", "holding", IND)},
    ),
    (
        "Clashes erupted around the town of Tallan, the last major stronghold of the militia.",
        {("Tallan", "south", "holding", IND)},
    ),
    ("Civilians fled towards Tallan, where aid is scarce.", set()),
    # history: a year that only compares, a dated event noun
    (
        "The army retook Tallan on Monday, the first major gain in the province since 2019.",
        {("Tallan", "north", "captured", IND)},
    ),
    (
        "Army units entered Mirva for the first time since 2016.",
        {("Mirva", "north", "advancing", IND)},
    ),
    ("The militia captured Kessa in 2019.", set()),
    ("The army held Tallan through the 2019 siege.", set()),
    ("The army took Tallan in the 2025 offensive.", {("Tallan", "north", "captured", IND)}),
    # inverted conditionals
    ("Should the militia push into Tallan, the army would be cut off.", set()),
    ("Should army units break through at Kessa, the front would collapse.", set()),
    ("Were the militia to take Tallan, the port would be exposed.", set()),
    ("Army units were forced to withdraw from Kessa.", {("Kessa", "north", "withdrew", IND)}),
    # a city name as a modifier
    ("The militia took Tallan suburb of Old Harbour.", set()),
    ("The militia entered the suburbs of Tallan.", {("Tallan", "south", "advancing", IND)}),
    # supporting detail adds no second claim
    (
        "The militia said it captured Kessa on Monday. Footage shows militia fighters raising "
        "their flag at the district compound.",
        {("Kessa", "south", "captured", "south")},
    ),
    (
        "The militia said it captured Kessa on Monday. Footage shows militia fighters in the "
        "district.",
        {("Kessa", "south", "captured", "south")},
    ),
    # first person in a quote, with a title before the name
    (
        '"We have taken Tallan and we are moving on Kessa," said Brig. Gen. Omar Haddad, a '
        "commander of the Southern Front's brigades.",
        {("Tallan", "south", "captured", "south"), ("Kessa", "south", "advancing", "south")},
    ),
    (
        '"We have taken Tallan," said Col. Omar Haddad, a commander of the militia\'s brigades.',
        {("Tallan", "south", "captured", "south")},
    ),
    # claimant_side: the voice that dismisses; unconfigured claimants are unknown
    (
        "The army dismissed as propaganda militia claims that it had taken Kessa.",
        {("Kessa", "south", "denied", "north")},
    ),
    (
        "The militia took Kessa, according to a Vela-based commander.",
        {("Kessa", "south", "captured", "unknown")},
    ),
    (
        "The army entered Kessa, a spokesman for the municipal council said.",
        {("Kessa", "north", "advancing", "unknown")},
    ),
    (
        "The army entered Kessa, a senior commander said.",
        {("Kessa", "north", "advancing", "south")},
    ),
    ("The army entered Kessa, a militia officer said.", {("Kessa", "north", "advancing", "south")}),
    (
        "The army entered Kessa, the militia's spokesman told us.",
        {("Kessa", "north", "advancing", "south")},
    ),
]


@pytest.mark.parametrize(("body", "expected"), GENERALISE_R3)
def test_generalised_rules_round3(extractor: Extractor, body: str, expected: set) -> None:
    """Round 3 rule classes: subject, coordination, elided places, filters, claimants."""
    assert tuples(run(extractor, "Update", body)) == expected


@pytest.mark.parametrize(
    ("feed", "title", "body", "expected"),
    [
        # "he said" is the last person named, not the army named in between
        (
            "South Voice",
            "Update",
            "Militia commander Idris Kamal spoke on Monday. The army claimed it had entered "
            'Kessa. "Our units retain control of Kessa," he said.',
            {("Kessa", "north", "advancing", "north"), ("Kessa", "south", "holding", "south")},
        ),
        # history signalled in the headline dates the whole headline
        ("South Voice", "Six years on: how Tallan beat back the 2019 offensive", "", set()),
        ("South Voice", "Six years on: Tallan still holds", "", set()),
        (
            "Northern Radio",
            "Army holds Tallan as the war enters its sixth year",
            "",
            {("Tallan", "north", "holding", "north")},
        ),
        # a headline "we" by an unconfigured commander: the body says whose
        ("Neutral Wire", '"We have taken Tallan," says Vela commander', "", set()),
        (
            "Neutral Wire",
            '"We have taken Tallan," says militia commander',
            "",
            {("Tallan", "south", "captured", "south")},
        ),
        # a calm place, said by a side's outlet, is held by that side
        (
            "Northern Radio",
            "Update",
            "Tallan is calm and life is normal, the army spokesman said.",
            {("Tallan", "north", "holding", "north")},
        ),
        (
            "Northern Radio",
            "Update",
            "The situation in Kessa remains stable.",
            {("Kessa", "north", "holding", "north")},
        ),
        (
            "Northern Radio",
            "Update",
            "In Tallan, the situation is calm.",
            {("Tallan", "north", "holding", "north")},
        ),
        ("South Voice", "Update", "Markets in Tallan are quiet.", set()),
        ("Neutral Wire", "Update", "Tallan is calm, residents said.", set()),
    ],
)
def test_round3_with_feed(
    extractor: Extractor, feed: str, title: str, body: str, expected: set
) -> None:
    assert tuples(run(extractor, title, body, feed)) == expected


# --------------------------------------------------------------------------- round 4
# (the failure classes of the fourth blind held-out set, on sentences written here)

GENERALISE_R4 = [
    # what a denying speaker goes on to say is its own clause: the agentless fall is denied
    # of the speaker's opponent, not of the actor named after "saying"
    (
        "The defence ministry denied Kessa had fallen, saying the district remained under army "
        "control.",
        {("Kessa", "south", "denied", "north"), ("Kessa", "north", "holding", "north")},
    ),
    (
        "The militia denied that Tallan had fallen, saying the town remained under the control "
        "of southern fighters.",
        {("Tallan", "north", "denied", "south"), ("Tallan", "south", "holding", "south")},
    ),
    (
        "The army spokesman denied that Tallan had been captured, insisting that army units "
        "still held it.",
        {("Tallan", "south", "denied", "north"), ("Tallan", "north", "holding", "north")},
    ),
    (
        "Reports said the army had taken Kessa. The militia denied the district had fallen, "
        "adding that its fighters still held it.",
        {
            ("Kessa", "north", "captured", IND),
            ("Kessa", "north", "denied", "south"),
            ("Kessa", "south", "holding", "south"),
        },
    ),
    # trap: "saying" after a plain report keeps the report
    (
        "The militia said army units had entered Tallan, saying they met no resistance.",
        {("Tallan", "north", "advancing", "south")},
    ),
    # a side's adjective before the fire it fires names that side
    ("Northern shelling of Tallan killed three.", {("Tallan", "north", "strike", IND)}),
    ("Northern shelling hit Kessa overnight.", {("Kessa", "north", "strike", IND)}),
    ("Northern artillery fire pounded Kessa.", {("Kessa", "north", "strike", IND)}),
    (
        "Southern bombardment of Tallan continued for a third day.",
        {("Tallan", "south", "strike", IND)},
    ),
    ("Heavy shelling hit Tallan overnight.", set()),
    ("Northern shelling was heard near Tallan.", set()),
    # "fell back from" is a withdrawal, also in an "after" clause; "fell back to" is not
    (
        "The militia entered Kessa after army units fell back from the town.",
        {("Kessa", "south", "advancing", IND), ("Kessa", "north", "withdrew", IND)},
    ),
    (
        "Army units captured Tallan after the militia fell back from the town.",
        {("Tallan", "north", "captured", IND), ("Tallan", "south", "withdrew", IND)},
    ),
    (
        "Army units were falling back from Kessa, the militia commander said.",
        {("Kessa", "north", "withdrew", "south")},
    ),
    ("Army units fell back to Tallan.", set()),
    ("The militia fell back towards Kessa after heavy fighting.", set()),
    # a force beaten back "at the village's edge" holds the village for the speaker's side
    (
        "The army said its troops captured Kessa, while the militia said its fighters had "
        "beaten back a force at the village's edge.",
        {("Kessa", "north", "captured", "north"), ("Kessa", "south", "holding", "south")},
    ),
    (
        "The militia said southern fighters pushed back an army force on the edge of Tallan.",
        {("Tallan", "south", "holding", "south")},
    ),
    ("Army units beat back a force.", set()),
    # confronting a force that tried to advance on the place, and turning it back
    (
        "The militia commander said southern fighters confronted an enemy force attempting to "
        "advance towards Tallan, forcing it to retreat.",
        {("Tallan", "south", "holding", "south")},
    ),
    (
        "The army said army units confronted a militia force trying to advance on Kessa, "
        "forcing it to withdraw.",
        {("Kessa", "north", "holding", "north")},
    ),
    (
        "Army units confronted militia fighters attempting to storm Tallan and forced them to "
        "retreat.",
        {("Tallan", "north", "holding", IND)},
    ),
    ("The army confronted the militia in Tallan.", set()),
    # a flag raised over a building of the place just entered: captured, not advancing
    (
        "Southern fighters entered Tallan and hoisted their banner over the main square.",
        {("Tallan", "south", "captured", IND)},
    ),
    (
        "The army entered Tallan and hoisted the national flag on the roof of the governor's "
        "building.",
        {("Tallan", "north", "captured", IND)},
    ),
    ("Army units raised the flag over the main square.", set()),
    ("Residents raised the flag over the town hall in Tallan.", set()),
    # an inverted conditional with "keep"/"continue" before the main clause's "would"
    ("Should the militia keep firing rockets at Kessa, the army would push on to Tallan.", set()),
    ("Should the militia continue shelling Kessa, army units would advance on Tallan.", set()),
    ("The militia kept firing rockets at Kessa.", {("Kessa", "south", "strike", IND)}),
    # both ends of "between A and B" only locate
    (
        "The army entered Dunmore, a village between Hamra and Tallan.",
        {("Dunmore", "north", "advancing", IND)},
    ),
    (
        "The militia took Dunmore, on the highway linking Hamra and Kessa.",
        {("Dunmore", "south", "captured", IND)},
    ),
    (
        "Army units entered Tallan after clashes between the army and the militia.",
        {("Tallan", "north", "advancing", IND)},
    ),
    # "N years since the liberation of X", "the anniversary of the fall of X": commemorations
    ("Tallan marks five years since the liberation of Kessa.", set()),
    ("The militia marked the anniversary of the fall of Tallan with a parade.", set()),
    (
        "On the anniversary of the revolution, army units entered Kessa.",
        {("Kessa", "north", "advancing", IND)},
    ),
    # "is and will remain": the present state, not a plan
    (
        '"Kessa is and will remain under the control of army units," the army spokesman added.',
        {("Kessa", "north", "holding", "north")},
    ),
    (
        "The militia commander said Tallan is and will remain in the hands of southern fighters.",
        {("Tallan", "south", "holding", "south")},
    ),
    ("The militia will remain in Tallan.", set()),
    # "in the past 24 hours" is this news cycle; "in the past" alone is history
    (
        "Northern warplanes have carried out more than 20 air raids on Vela in the past day, "
        "according to South Voice.",
        {("Port Vela", "north", "strike", "south")},
    ),
    (
        "The militia shelled Tallan in the past 24 hours, the army spokesman said.",
        {("Tallan", "south", "strike", "north")},
    ),
    (
        "Army units entered Kessa twice in the past few days.",
        {("Kessa", "north", "advancing", IND)},
    ),
    ("In the past, the militia captured Kessa.", set()),
    ("The militia captured Kessa twice in the past two decades.", set()),
    # "the airport" is the last place named; a communique speaks for the voice that issued it
    (
        "The army spokesman spoke on Monday about Tallan. The airport was secure, he said.",
        {("Tallan", "north", "holding", "north")},
    ),
    (
        "The defence ministry issued a communique on Monday. Army units entered Kessa, the "
        "communiqu\u00e9 said.",
        {("Kessa", "north", "advancing", "north")},
    ),
    ("Flights resumed at the airport of Tallan.", set()),
    # "its fighters" is the speaker's own side when the speaker has one, else the nearest actor
    (
        "The militia commander said army units shelled Kessa and its fighters still hold the town.",
        {("Kessa", "north", "strike", "south"), ("Kessa", "south", "holding", "south")},
    ),
    (
        "The army said the militia had withdrawn and its troops entered Tallan.",
        {("Tallan", "north", "advancing", "north")},
    ),
    (
        "The defence ministry said the militia attacked Tallan but its units repelled the assault.",
        {("Tallan", "south", "advancing", "north"), ("Tallan", "north", "holding", "north")},
    ),
    (
        "The Harbour Monitor said the militia regrouped and its fighters entered Tallan.",
        {("Tallan", "south", "advancing", IND)},
    ),
    ("The militia pulled its fighters out of Tallan.", {("Tallan", "south", "withdrew", IND)}),
    # fire as the circumstance of a withdrawal or entry is no strike of its own
    (
        "Army units withdrew from Kessa under fire from our fighters, the militia commander said.",
        {("Kessa", "north", "withdrew", "south")},
    ),
    (
        "Army units pulled out of Tallan under heavy shelling from the militia.",
        {("Tallan", "north", "withdrew", IND)},
    ),
    (
        "Army units entered Kessa under heavy militia shelling.",
        {("Kessa", "north", "advancing", IND)},
    ),
    ("Tallan came under fire from the militia.", {("Tallan", "south", "strike", IND)}),
]


@pytest.mark.parametrize(("body", "expected"), GENERALISE_R4)
def test_generalised_rules_round4(extractor: Extractor, body: str, expected: set) -> None:
    """Round 4 rule classes: denials, fire nouns, retreats, repels, flags, locators."""
    assert tuples(run(extractor, "Update", body)) == expected


@pytest.mark.parametrize(
    ("feed", "title", "body", "expected"),
    [
        # "enemy <force noun>" is the opponent of the publisher's side, never its own
        ("South Voice", "Enemy troops shell Kessa", "", {("Kessa", "north", "strike", "south")}),
        (
            "Northern Radio",
            "Enemy units withdraw from Kessa",
            "",
            {("Kessa", "south", "withdrew", "north")},
        ),
        ("Neutral Wire", "Enemy troops enter Tallan", "", set()),
        # a commemoration in the headline dates it
        ("South Voice", "Two years since the liberation of Kessa", "", set()),
        ("Northern Radio", "Anniversary of the liberation of Tallan", "", set()),
        ("Northern Radio", "Army liberates Tallan", "", {("Tallan", "north", "captured", "north")}),
    ],
)
def test_round4_with_feed(
    extractor: Extractor, feed: str, title: str, body: str, expected: set
) -> None:
    assert tuples(run(extractor, title, body, feed)) == expected


# --------------------------------------------------------------------------- round 5

# Blind-set failure classes (another war): withdrawals naming no place they left, a
# destination after a withdrawal, "cleared of X", adverbs before "under the control of",
# "had full control of", a relative clause before a passive repel, villages located by a
# place, "back in our hands" in a headline, "the attack" repelled in the next sentence.
GENERALISE_R5 = [
    # a withdrawal in a clause hanging on a gain ("after", "as", "once") is from its place
    (
        "Army units recaptured Dunmore late on Friday after militia fighters pulled out.",
        {("Dunmore", "north", "captured", IND), ("Dunmore", "south", "withdrew", IND)},
    ),
    (
        "Southern fighters liberated Kessa as northern troops fled towards Mirva.",
        {("Kessa", "south", "captured", IND), ("Kessa", "north", "withdrew", IND)},
    ),
    (
        "The militia seized Tallan once army units retreated to Mirva, the Harbour Monitor said.",
        {("Tallan", "south", "captured", IND), ("Tallan", "north", "withdrew", IND)},
    ),
    # ... not an object that is no position, nor a clause of its own, nor the gainer itself
    (
        "Army units took Tallan after the militia lost dozens of fighters.",
        {("Tallan", "north", "captured", IND)},
    ),
    (
        "Army units captured Kessa on Monday, and the militia fled leaving its vehicles behind.",
        {("Kessa", "north", "captured", IND)},
    ),
    (
        "Northern troops took Tallan after army units pulled out.",
        {("Tallan", "north", "captured", IND)},
    ),
    ("Army units shelled Kessa and pulled back.", {("Kessa", "north", "strike", IND)}),
    # where a withdrawal went is not what it left; the place by its actor is
    (
        "Militia fighters stationed in Dunmore abandoned their posts and withdrew to Kessa.",
        {("Dunmore", "south", "withdrew", IND)},
    ),
    (
        "The militia abandoned its positions in Tallan and retreated into Mirva.",
        {("Tallan", "south", "withdrew", IND)},
    ),
    ("Army units fell back from Kessa to Port Vela.", {("Kessa", "north", "withdrew", IND)}),
    # the attack told in a relative clause of a passive repel: holding for the defender only
    (
        "Southern fighters who stormed Kessa overnight were driven back, the defence ministry said.",
        {("Kessa", "north", "holding", "north")},
    ),
    (
        "The militia raided Dunmore but was beaten back, the army spokesman said.",
        {("Dunmore", "north", "holding", "north")},
    ),
    ("Militia fighters who attacked Tallan were beaten back.", set()),
    (
        "The militia attacked Tallan while army units were pushed back.",
        {("Tallan", "south", "advancing", IND)},
    ),
    # "cleared of X": X lost the place, it did not take it
    (
        "Kessa was cleared of militia holdouts overnight and is now held by northern troops.",
        {("Kessa", "north", "captured", IND)},
    ),
    ("Tallan has been purged of militia cells.", set()),
    ("Tallan was seized from the militia by army units.", {("Tallan", "north", "captured", IND)}),
    # untracked villages located by a place: no strike on the place
    ("Militia artillery pounded hamlets outside Mirva.", set()),
    ("Northern shelling hit farms around Tallan.", set()),
    ("Northern shelling hit Tallan.", {("Tallan", "north", "strike", IND)}),
    # an adverb before "under the control of": holding; with "now": captured
    (
        "Dunmore is entirely under the control of southern fighters, the militia commander said.",
        {("Dunmore", "south", "holding", "south")},
    ),
    (
        "Dunmore is now entirely under the control of southern fighters, the militia commander "
        "said.",
        {("Dunmore", "south", "captured", "south")},
    ),
    # "had complete control of" is holding, beside a denial in the same sentence
    (
        "The army spokesman said northern troops had complete control of the town of Tallan and "
        "denied that the militia had reached Kessa.",
        {("Tallan", "north", "holding", "north"), ("Kessa", "south", "denied", "north")},
    ),
    ("The militia had control of Tallan in 2019.", set()),
    # "the attack" that a side repelled is on the last place named, unless one follows it
    (
        "Southern fighters launched an assault on Dunmore before dawn. The army spokesman said "
        "army units had fended off the assault.",
        {("Dunmore", "south", "advancing", IND), ("Dunmore", "north", "holding", "north")},
    ),
    (
        "Southern fighters launched an assault on Dunmore before dawn. The army spokesman said "
        "army units had fended off the assault on Kessa.",
        {("Dunmore", "south", "advancing", IND), ("Kessa", "north", "holding", "north")},
    ),
    ("The army spokesman said army units foiled the attack.", set()),
    ("The militia captured Kessa back in 2019.", set()),
]


@pytest.mark.parametrize(("body", "expected"), GENERALISE_R5)
def test_generalised_rules_round5(extractor: Extractor, body: str, expected: set) -> None:
    """Round 5 rule classes (a blind set of another war)."""
    assert tuples(run(extractor, "Update", body)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        ("Militia commander: Kessa back in our hands", {("Kessa", "south", "captured", "south")}),
        (
            "Army spokesman: Tallan back under our control",
            {("Tallan", "north", "captured", "north")},
        ),
        ("Kessa back under control", set()),
    ],
)
def test_headline_back_under_our_control(extractor: Extractor, title: str, expected: set) -> None:
    """A headline "X: PLACE back in our hands": the speaker before the colon gained it."""
    assert tuples(run(extractor, title)) == expected


def test_administration_stands_for_the_voice_ending_in_it() -> None:
    """ "the administration" takes the side of the one voice ending in that noun, as "the
    ministry" does; with no such voice it stays unknown."""
    sides = dict(SIDES)
    sides["south"] = Side(
        "south",
        actors=SIDES["south"].actors,
        voices=(*SIDES["south"].voices, "Southern Civil Administration"),
    )
    cfg = Config(
        cities=CITIES,
        sides=sides,
        independent=("Harbour Monitor",),
        feeds=FEEDS,
        settings=Settings(),
    )
    body = (
        "The Southern Civil Administration briefed reporters on Monday. Army units shelled "
        "Tallan overnight, the administration said."
    )
    assert tuples(run(Extractor(cfg), "Update", body)) == {("Tallan", "north", "strike", "south")}
    assert tuples(run(Extractor(make_config()), "Update", body)) == {
        ("Tallan", "north", "strike", "unknown")
    }


def _assert_cue_sentences_are_read(extractor: Extractor, body: str) -> None:
    """Every sentence whose full scan holds a cue or a denial is one ``_claim_sentences``
    names: extraction reads no other."""
    text = f"Update\n{body}"
    plain = text.replace('"', " ")
    sentences = extractor._sentences(text, len("Update"))
    hot = set(extractor._claim_sentences(plain, sentences))
    for i, (a, b) in enumerate(sentences):
        scan = extractor._scan(plain, a, b, full=True)
        if scan.get("cue") or any(t == "denial" for _, t in scan.get("filter", ())):
            assert i in hot, text[a:b]


def _with_and_without_gate(extractor: Extractor, body: str) -> tuple[list, list]:
    """The item's claims with the whole-text cue gate on, then switched off."""
    gate = extractor._claim_gate
    with_gate = run(extractor, "Update", body)
    extractor._claim_gate = None
    try:
        without = run(extractor, "Update", body)
    finally:
        extractor._claim_gate = gate
    return with_gate, without


# --------------------------------------------------------------------------- round 6

# Blind-set failure classes (another war, round 6): "occupied", plain "under the control
# of", withdrawals from "it", plain "left", a withdrawal sharing its subject with an entry,
# relative clauses hanging on a place, "retains", living "under militia control", "no X had
# landed", "the district" after a city, unconfigured foreign units, positions outside a
# place, forecasts, a trailing title source.
GENERALISE_R6 = [
    # "occupied" is a gain, also denied
    (
        "Militia fighters occupied Tallan on Monday, according to the defence ministry.",
        {("Tallan", "south", "captured", "north")},
    ),
    (
        "The defence ministry dismissed as propaganda reports that militia fighters had "
        "occupied Tallan.",
        {("Tallan", "south", "denied", "north")},
    ),
    (
        "The defence ministry denied that militia fighters had occupied the coastal village of "
        "Kessa.",
        {("Kessa", "south", "denied", "north")},
    ),
    ("Army units shelled militia-occupied Tallan.", {("Tallan", "north", "strike", IND)}),
    # ... a date after a relative clause still dates the clause it interrupts
    ("Army units occupied Tallan, which overlooks the port, from 1982 to 2000.", set()),
    # plain "is under the control of": holding; "now": captured
    (
        "Tallan is under the control of our forces, the militia commander said.",
        {("Tallan", "south", "holding", "south")},
    ),
    (
        "Tallan is now under the control of the militia, the army spokesman said.",
        {("Tallan", "south", "captured", "north")},
    ),
    # a withdrawal from "it": the place named before
    (
        "Tallan was shelled for days before army units withdrew from it, the militia commander "
        "said.",
        {("Tallan", "north", "withdrew", "south")},
    ),
    # plain "left", not a result or a side
    (
        "The militia commander said army units left Tallan on Sunday, heading towards Mirva.",
        {("Tallan", "north", "withdrew", "south")},
    ),
    ("Army units on the left bank of Tallan were shelled.", set()),
    ("The militia had left behind weapons in Tallan.", set()),
    # a second verb of the same subject after an entry
    (
        "Army units entered Tallan on Monday and withdrew the next morning, the militia "
        "commander said.",
        {("Tallan", "north", "advancing", "south"), ("Tallan", "north", "withdrew", "south")},
    ),
    (
        "Militia fighters stormed Tallan, residents flee.",
        {("Tallan", "south", "advancing", IND)},
    ),
    # a relative clause hanging on a place: its verb acts on it
    (
        "The operation around Tallan, which army units recaptured on Tuesday, continues, the "
        "defence ministry said.",
        {("Tallan", "north", "captured", "north")},
    ),
    (
        "Army units still hold Tallan, which they took on Monday, the defence ministry said.",
        {("Tallan", "north", "holding", "north"), ("Tallan", "north", "captured", "north")},
    ),
    ("Tallan, which army units captured in 2016, was quiet.", set()),
    # "retains"; living "under militia control"
    (
        "Army units retain Tallan town, the defence ministry said.",
        {("Tallan", "north", "holding", "north")},
    ),
    (
        "The people of Tallan, who have lived under militia control since Monday, are exhausted.",
        {("Tallan", "south", "holding", IND)},
    ),
    # "no X had landed": denied
    (
        "The defence ministry said no militia had landed on Kessa.",
        {("Kessa", "south", "denied", "north")},
    ),
    (
        "Militia fighters landed on Kessa overnight, the militia commander said.",
        {("Kessa", "south", "advancing", "south")},
    ),
    ("Militia rockets landed in Tallan overnight.", set()),
    # "the district" after a city is a part of it, not the city; after a sub-place, it
    (
        "Army units entered Tallan. The army spokesman insists the district is safe.",
        {("Tallan", "north", "advancing", IND)},
    ),
    (
        "Army units entered Kessa. The army spokesman insists the district is safe.",
        {("Kessa", "north", "advancing", IND), ("Kessa", "north", "holding", "north")},
    ),
    # a foreign army is not the configured "army"
    ("Egyptian army units entered Tallan in pursuit of militia fighters, they said.", set()),
    # positions outside a place: the positions are the target
    (
        "Army units entered Tallan. Militia fighters struck positions outside the village.",
        {("Tallan", "north", "advancing", IND)},
    ),
    ("Militia fighters struck positions in Tallan.", {("Tallan", "south", "strike", IND)}),
    # a forecast is no claim
    (
        "We expect army units to attempt a move on Tallan town before winter, the Harbour "
        "Monitor said.",
        set(),
    ),
]


@pytest.mark.parametrize(("body", "expected"), GENERALISE_R6)
def test_generalised_rules_round6(extractor: Extractor, body: str, expected: set) -> None:
    """Round 6 rule classes (a blind set of another war)."""
    assert tuples(run(extractor, "Update", body)) == expected


@pytest.mark.parametrize(
    ("title", "expected"),
    [
        (
            "URGENT - Militia fighters storm Tallan, residents flee - witnesses",
            {("Tallan", "south", "advancing", "unknown")},
        ),
        ("Army units storm Tallan - defence ministry", {("Tallan", "north", "advancing", "north")}),
        ("Army units storm Tallan - analysis", {("Tallan", "north", "advancing", "south")}),
    ],
)
def test_trailing_title_source(extractor: Extractor, title: str, expected: set) -> None:
    """A title-only flash "... - witnesses" names its source after the last dash; a kicker
    there ("analysis") is no source, so the publisher speaks."""
    assert tuples(run(extractor, title, feed="South Voice")) == expected


def test_adjective_of_a_plural_actor() -> None:
    """ "under insurgent control" names the side whose actors include "insurgents"."""
    sides = dict(SIDES)
    sides["south"] = Side("south", actors=("insurgents",), voices=SIDES["south"].voices)
    cfg = Config(cities=CITIES, sides=sides, independent=(), feeds=FEEDS, settings=Settings())
    body = "Tallan remains under insurgent control, the army spokesman said."
    assert tuples(run(Extractor(cfg), "Update", body)) == {("Tallan", "south", "holding", "north")}
    assert tuples(run(Extractor(cfg), "Update", "An insurgent commander visited Tallan.")) == set()


@pytest.mark.parametrize("body", [b for b, _ in GENERALISE_R5 + GENERALISE_R6])
def test_new_cues_pass_the_gates(extractor: Extractor, body: str) -> None:
    """The new cue words reach extraction: the whole-text gate changes no claim, and every
    sentence whose scan holds a cue or denial is read."""
    with_gate, without = _with_and_without_gate(extractor, body)
    assert with_gate == without
    _assert_cue_sentences_are_read(extractor, body)


# --------------------------------------------------------------------------- cue gate


@pytest.mark.parametrize(
    "body",
    [
        "Northern troops captured Kessa on Tuesday, the defence ministry said.",
        "Northern troops captured\u2014Kessa, the defence ministry said.",
        "Northern\u00a0troops\u00a0captured\u00a0Kessa, the ministry said (\u017f).",
        "The militia said it \u201crecaptured\u201d Tallan; the army denied it.",
        "Markets in Kessa were busy and the roads to Tallan were open.",
        "Traders in Kessa complained of close checks while convoys moved on.",
    ],
)
def test_cue_gate_never_hides_a_claim(extractor: Extractor, body: str) -> None:
    """The whole-text gate before sentence splitting only skips items the exact cue check
    would skip: the claims are the same with the gate switched off."""
    assert extractor._claim_gate is not None
    with_gate, without = _with_and_without_gate(extractor, body)
    assert with_gate == without
    if without:
        assert extractor._may_match_text(body)


def test_cue_gate_stops_claimless_prose(extractor: Extractor) -> None:
    text = "Markets in Kessa were busy and the roads to Tallan were open, residents said."
    assert not extractor._may_match_text(text)
    assert extractor._may_match_text(text.replace("were open", "were captured"))


# --------------------------------------------------------------------------- lazy sentences

# Items where claimants are named, re-named and stood for by pronouns over many sentences:
# extraction reads only the sentences a claim needs (_ItemRun), so these check that what it
# reads is what reading every sentence in order gives.
CLAIMANT_CHAINS = [
    "Militia commander Idris Kamal spoke to reporters on Monday. The army said the roads were "
    "quiet. Residents said prices rose. The defence ministry said talks would resume. "
    '"Our fighters hold Kessa," he said.',
    "Militia commander Idris Kamal spoke to reporters on Monday. He said the roads were quiet. "
    "He added that prices rose. The army said talks would resume. He said militia fighters "
    "captured Tallan.",
    "The army said the roads were quiet. It said talks would resume. Residents said prices "
    "rose. Army units shelled Dunmore, it said. They said the group had withdrawn.",
    "The weather was cold. Prices rose. Army units shelled Dunmore, he said.",
    '"We hold Kessa. The town is calm. Nothing moved," the militia commander said. He said '
    "army units had not entered Tallan. According to the Harbour Monitor, he was right.",
]


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (CLAIMANT_CHAINS[0], [("Kessa", "north", "holding", "defence ministry", "north")]),
        (
            CLAIMANT_CHAINS[1],
            [("Tallan", "south", "captured", "Militia commander Idris Kamal", "south")],
        ),
        (CLAIMANT_CHAINS[2], [("Dunmore", "north", "strike", "Army units", "north")]),
        (CLAIMANT_CHAINS[3], [("Dunmore", "north", "strike", "he", "unknown")]),
    ],
)
def test_pronoun_claimant_named_sentences_before(
    extractor: Extractor, body: str, expected: list
) -> None:
    claims = run(extractor, "Update", body)
    assert [(c.place, c.side, c.kind, c.claimant, c.claimant_side) for c in claims] == expected


def _item_run(ex: Extractor, title: str, body: str) -> tuple[_ItemRun, list[tuple[int, int]]]:
    """The per-item state ``Extractor.extract`` builds, for a test to read from."""
    entry = Entry(feed="Neutral Wire", guid="g1", title=title, body=body, published=WHEN)
    text = entry.text
    sentences = ex._sentences(text, len(title))
    plain = text.replace('"', " ")
    mentions = sorted(MATCHER.find(text), key=lambda m: m.start)
    ctx = _ItemContext(entry.feed, "independent", original=text, title_end=len(title))
    ctx.landmarks = _Landmarks(ex, plain, mentions)
    return _ItemRun(ex, text, plain, sentences, mentions, ctx), sentences


@pytest.mark.parametrize("body", CLAIMANT_CHAINS)
def test_lazy_claimants_match_reading_every_sentence(extractor: Extractor, body: str) -> None:
    """``_ItemRun.state_before`` walks back only as far as it must; the answer is the
    (last claimant, last person) that reading every sentence in order leaves."""
    title = "Army spokesman: update"
    eager, sentences = _item_run(extractor, title, body)
    state: tuple[str | None, str | None] = (None, None)
    expected = []
    for i, (a, b) in enumerate(sentences):
        expected.append(state)
        raw = extractor._attributions(
            eager._text,
            a,
            b,
            a < len(title),
            eager._ctx,
            eager.scan(i),
            lambda i=i: eager._actor_scan(i),
            lambda state=state: state,
        )
        state = extractor._claimants_after(raw, state)
    expected.append(state)
    assert any(s[0] for s in expected)
    for k in range(len(sentences) + 1):
        lazy, _ = _item_run(extractor, title, body)  # nothing read yet
        assert lazy.state_before(k) == expected[k], k


@pytest.mark.parametrize(
    "body",
    [
        *CLAIMANT_CHAINS,
        "Northern troops captured Kessa. The militia denied it. Talks went on in Tallan.",
        "Northern\u00a0troops\u00a0captured\u00a0Kessa (\u017f). Markets in Tallan were open.",
        "Army units advanced on Tallan but have not entered it. Prices rose in Mirva.",
        "Mr. Kamal said Kessa was calm. Gen. Haddad said the army retook Tallan. It was cold.",
        "The militia said it attacked Tallan on Monday.\n\nThe army said they had repelled it.",
    ],
)
def test_claim_sentences_cover_every_cue(extractor: Extractor, body: str) -> None:
    """Only sentences ``_claim_sentences`` names are read for claims: each sentence whose
    full scan holds a cue or a denial must be among them."""
    _assert_cue_sentences_are_read(extractor, body)


@pytest.mark.parametrize(
    "text",
    [
        'He left. "Then" she said. (A) 9 units! Really?! "Yes." B',
        "a.\n\nB. c.\t\nD e.\u00a0F g.\u2028H",
        'x!!! "Y end."  (A x?)] 9 .\n\n\n!\n!\nA',
        "Mr. Smith. Next one... and. Then",
    ],
)
def test_sentence_end_is_the_two_branch_pattern(text: str) -> None:
    """``_SENTENCE_END`` starts with one character class for speed; it finds exactly what
    the plain two-branch pattern finds."""
    plain = re.compile(r"[.!?]+[\"')\]]*\s+(?=[\"'(\[]?[A-Z0-9])|\n+")
    for pos in range(len(text)):
        expected = [(pos + m.start(), pos + m.end()) for m in plain.finditer(text[pos:])]
        assert [m.span() for m in _SENTENCE_END.finditer(text, pos)] == expected


# --------------------------------------------------------------------------- case folding

# Names whose casefold is not how ``re`` folds case (IGNORECASE): "İ" and "ı" match "i" in a
# pattern but casefold to "i̇" and "ı"; "ß" and "ﬁ" casefold to two letters; "Σ" has two
# lower cases. A claimant spelled so must never fail an item.
ODD_VOICES = ("Işık TV", "Izmir Radio", "Straße Radio", "ﬁeld office", "ΟΔΟΣ News")
ODD_ACTORS = ("İdlib brigade", "Kırım battalion", "Σparta unit")
ODD_MARKS = ("\u0130", "\u0131", "\u00df", "\u1e9e", "\ufb01", "\u03a3", "\u03c2", "\u017f",
             "\u212a", "\u0301", "\u0307", "\u0345", "\u01c5")  # fmt: skip


@pytest.fixture(scope="module")
def odd_extractor() -> Extractor:
    sides = {
        "north": Side(
            "north",
            actors=(*SIDES["north"].actors, *ODD_ACTORS[:2]),
            voices=(*SIDES["north"].voices, *ODD_VOICES[:3]),
        ),
        "south": Side(
            "south",
            actors=(*SIDES["south"].actors, ODD_ACTORS[2]),
            voices=(*SIDES["south"].voices, *ODD_VOICES[3:]),
        ),
    }
    return Extractor(
        Config(
            cities=CITIES,
            sides=sides,
            independent=("Harbour Monitor", "İnsan Hakları Derneği"),
            feeds=FEEDS,
            settings=Settings(),
        )
    )


@pytest.mark.parametrize(
    "spelling", ["IŞIK TV", "ışık tv", "Işık TV", "İzmir Radio", "IZMİR RADIO", "ızmir radio"]
)
def test_claimant_folded_unlike_casefold_keeps_its_side(
    odd_extractor: Extractor, spelling: str
) -> None:
    """Regression: "IŞIK TV" matched the voice "Işık TV" but casefolds to "işik tv", not its
    key "işık tv", and "İzmir Radio" casefolds to "i̇zmir radio": the side lookup raised
    KeyError and failed the whole item. The voice the pattern matched now gives the side."""
    body = f"Northern troops captured Kessa, {spelling} said."
    claims = run(odd_extractor, "Update", body)
    assert tuples(claims) == {("Kessa", "north", "captured", "north")}
    assert claims[0].claimant == spelling
    headline = run(odd_extractor, f"{spelling}: army units captured Kessa")
    assert tuples(headline) == {("Kessa", "north", "captured", "north")}


@pytest.mark.parametrize("month", ["APRIL", "APRİL", "aprıl"])
def test_month_folded_unlike_casefold_is_that_month(extractor: Extractor, month: str) -> None:
    """The month pattern matches "APRİL" and "aprıl" as "april" (``re`` folds case so),
    but neither casefolds to the key "april": the month is still April, not the item's
    own month, so the clause is history like "APRIL"'s."""
    body = f"Army units captured Kessa in May and again in {month}, the Harbour Monitor said."
    assert run(extractor, "Update", body) == []


def _oddly(rng: random.Random, name: str) -> str:
    """``name`` with case oddities: some letters swapped for ODD_MARKS or given a
    combining mark, some upper- or case-folded."""
    out = []
    for ch in name:
        roll = rng.random()
        if roll < 0.15:
            out.append(rng.choice(ODD_MARKS))
        elif roll < 0.25:
            out.append(ch + rng.choice(("\u0301", "\u0307", "\u0308")))
        elif roll < 0.35:
            out.append(ch.upper())
        elif roll < 0.4:
            out.append(ch.casefold())
        else:
            out.append(ch)
    return "".join(out)


CLAIMANT_FRAMES = (
    "Northern troops captured Kessa, {v} said.",
    "{v} said the militia took Tallan.",
    "According to {v}, army units shelled Mirva.",
    '"We hold Port Vela," said {v}.',
    "{a} captured Kessa on Tuesday, {v} said. He said {a} entered Tallan.",
    "Mirva fell to {a}, the {v} said.",
    "{v}'s correspondent said {a} stormed Tallan.",
    "The pro-{v} outlet said army units took Kessa.",
)


def test_case_oddities_in_claimants_never_fail_an_item(odd_extractor: Extractor) -> None:
    """Fuzz: voices and actors spelled with "İ", "ı", "ß", "ﬁ", "Σ"/"ς", combining marks
    and mixed case, in every claimant position: ``extract`` returns, it never raises."""
    rng = random.Random(20261129)
    cfg = odd_extractor.config
    names = [
        *(n for side in cfg.sides.values() for n in (*side.voices, *side.actors)),
        *cfg.independent,
    ]
    for i in range(300):
        sentences = []
        for _ in range(rng.randint(1, 4)):
            voice, actor = (_oddly(rng, rng.choice(names)) for _ in range(2))
            if rng.random() < 0.3:
                voice = rng.choice((voice.upper(), voice.lower(), voice.casefold()))
            frame = rng.choice(CLAIMANT_FRAMES)
            sentences.append(frame.format(v=voice, a=actor))
        title = rng.choice(("Update", f"{_oddly(rng, rng.choice(names))}: army took Kessa"))
        feed = rng.choice(FEEDS)
        entry = Entry(feed.name, f"odd{i}", title, " ".join(sentences), published=WHEN)
        claims = odd_extractor.extract(entry, MATCHER.find(entry.text), feed.side)
        assert isinstance(claims, list)
