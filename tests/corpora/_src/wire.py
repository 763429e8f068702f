"""Held-out set 'wire': the two real wire stories of shared/seeds/ as one RSS feed.

The story text is kept verbatim (page furniture such as newsletter sign-ups, the photo
caption and the repeated standfirst is left out). Story 1 (Hama, 5 Dec 2024) is one item;
story 2 (Aleppo, 8 Nov 2016) is split at its Minian passage into two items. The headline of
story 2 is the page's; the two other headlines are ours and only restate the body. Labels
follow shared/fixtures/CONVENTIONS.md; the judgement calls are listed in ../wire/README.md.

    python3 tests/corpora/_src/wire.py
"""

from __future__ import annotations

import html
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Claim, Feed, Item, build  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "wire")

GOV, OPP, IND = "government", "opposition", "independent"

CONFIG = """
# frontline held-out set: two real wire stories (see README.md). Sides and voices as in the
# public syria set, plus the actor phrases "opposition" and "armed opposition groups".

[[cities]]
name = "Hama"
aliases = ["Hamah", "Ḥamāh", "حماة"]
places = ["Muhrada", "Salamiya"]
lat = 35.13
lon = 36.75

[[cities]]
name = "Aleppo"
aliases = ["Halab", "حلب"]
places = ["1070 Apartments", "Minian"]
lat = 36.20
lon = 37.16

[[cities]]
name = "Homs"
aliases = ["Hims", "حمص"]
lat = 34.73
lon = 36.72

[sides.government]
actors = ["Syrian army", "Syrian Arab Army", "army", "army units", "armed forces", "government forces", "government troops", "pro-government forces", "regime forces", "regime", "Syrian troops", "Hezbollah", "air force", "Russian warplanes", "government warplanes"]
voices = ["state media", "SANA", "state news agency", "Syrian military source", "military source", "General Command", "defence ministry"]

[sides.opposition]
actors = ["rebels", "rebel", "opposition forces", "opposition fighters", "opposition factions", "insurgents", "gunmen", "terrorist groups", "HTS", "Hayat Tahrir al-Sham", "Military Operations Command", "opposition", "armed opposition groups"]
voices = ["opposition commander", "opposition spokesman", "rebel official", "rebel spokesman", "Fastaqim"]

[independent]
voices = ["Syrian Observatory for Human Rights", "Observatory", "SOHR", "war monitor", "United Nations", "Seed Wire"]

[[feeds]]
name = "Seed Wire"
url = "file:feeds/wire.xml"
side = "independent"
"""

FEEDS = [
    Feed(
        "sw",
        "Seed Wire",
        "rss",
        "wire.xml",
        "https://seedwire.example/world/middle-east",
        "Two wire stories from Syria, 2016 and 2024",
        side=IND,
    ),
]

HAMA = [
    "Armed opposition groups said on Thursday they had started pushing into Syria’s Hama, a major city where pro-government forces backed by intense Russian airstrikes are trying to stave off a new victory and halt the opposition’s lightning advance.",
    "Opposition commander Hassan Abdul Ghany posted on social media that the insurgents had begun to penetrate Hama. State media had earlier reported that pro-government forces had repelled an attack.",
    "Armed opposition forces have been battling to try to enter Hama since Tuesday and there was heavy fighting overnight with the Syrian army and allied Iran-backed militia groups supported by a Russian bombardment, both sides said.",
    "The opposition took the main northern city Aleppo last week and have since pushed south from their enclave in northwest Syria, reaching a strategic hill just north of Hama on Tuesday and advancing towards the city’s east and west flanks on Wednesday.",
    "Hama has stayed in government hands throughout the civil war which erupted in 2011.",
    "The city lies more than a third of the way from Aleppo to Damascus and its capture would open the road to an opposition advance on Homs, the main central city that functions as a crossroads connecting Syria’s most populous regions.",
    "Hama is also critical to the control of two major towns with big minority religious communities, Muhrada which is home to many Christians and Salamiya where there are many Ismaili Muslims.",
    "The most powerful opposition faction is the militant “Hayat Tahrir al-Sham” (HTS), the former al Qaeda affiliate in Syria. Its leader Abu Mohammed al-Golani has pledged to protect Syria’s religious minorities but many remain fearful.",
    "On Wednesday al-Golani visited Aleppo’s historic citadel, a symbolic moment for fighters who were driven out of the city in 2016 after months of siege and intense fighting, their biggest defeat of the war. Aleppo was Syria’s biggest city before the war.",
    "HTS and the other armed opposition groups are trying to consolidate their rule in Aleppo, bringing it under the administration of the so-called Salvation Government they established in their northwestern enclave.",
    "Aleppo residents have said there are shortages of bread and fuel, and that telecoms services have also been cut.",
]
ALEPPO = [
    'Russia is preparing to resume air strikes around the Syrian city of Aleppo "in coming hours," the Interfax news agency cited a source in the Russian defence ministry as saying on Tuesday.',
    "The Kremlin said on Monday Russia's air force would maintain a moratorium on strikes in Aleppo unless rebels launched an offensive.",
    "The statement comes as Americans began voting for their new president - The Times newspaper late last month quoted British intelligence officials as saying Russia and Syria would use the event as cover to relaunch its offensive in Aleppo.",
    "Russia's aircraft carrier, the Admiral Kuznetsov, was on Monday evening nearing the coast of Syria after being deployed as part of a naval group to bolster Russian forces in the country.\xa0",
    "The defence ministry source was speaking hours after the Syrian army said it had taken a strategic district of the city on Tuesday in what would mark the most important advance in the divided city by Damascus and its allies in weeks.",
    "The 1070 Apartments district is located on the southwestern outskirts of Aleppo and lies alongside the government's corridor into the parts of the city that it controls.",
    "The Syrian Observatory for Human Rights, a UK-based group that reports on the war, said government forces and their allies had seized full control of 1070 Apartments, calling it the most significant gain by the government in Aleppo since September.",
    "A Syrian military source said the army and allied forces were in complete control of the area and surrounding hills. They have made repeated efforts to oust rebels from the 1070 Apartments area since the summer.",
    "A military media unit run by the Damascus-allied Hezbollah carried a similar report. Hezbollah, a Lebanese Shia Muslim group, is fighting in support of President Bashar al-Assad in Syria's war, now well in its sixth year.",
    "But officials in two rebel groups fighting in Aleppo - Syria's largest city and commercial hub before the war - said rebel forces were still trying to fight back.",
    '"The clashes around 1070 Apartments are still going on," Zakaria Malahifji, head of the political office of the Fastaqim rebel group said, while confirming that the army had taken the district.',
    "Yasser Alyousef from the political office of the Nour al-Din al-Zinki rebel group said rebels had recovered positions they had lost on Monday.",
    "Syrian government forces backed by allied militias and Russian air power launched a major assault on rebel-held eastern Aleppo in September after besieging the area, which the United Nations says is home to 275,000 people.",
    "On 29 October, rebels counter-attacked in a bid to break the siege, targeting government-held western districts of Aleppo in an offensive that included Islamist militants and rebels fighting under the Free Syrian Army banner.",
    "But their progress slowed after early gains.",
]
MINIAN = [
    "There were conflicting accounts of fighting on Tuesday in the village of Minian, also on the western edge of Aleppo.",
    "Syrian state media said the army had advanced in Minian, which was taken by rebels at the start of their campaign.",
    "The Observatory said the army and its allies had fully recaptured Minian, after heavy air strikes. The fall of Minian to the government would reverse some of the gains rebels have made during their offensive.",
    'But Malahifji, of the Fastaqim rebel group, denied that there were any clashes inside the village. "Minian is still with the rebels," he said.',
    "Russia says its air force has been observing a moratorium on air strikes on rebel-held eastern Aleppo since 18 October. The Observatory and emergency workers in eastern Aleppo said heavy air strikes had killed hundreds of people, and hit hospitals and other civilian facilities before that.",
    "Rebel shelling of government-held western Aleppo has meanwhile killed dozens of people, the United Nations said last week in an update on the humanitarian situation in the city. (Reporting by Tom Perry and Ellen Francis in Beirut, Jack Stubbs in Moscow; Editing by Mark Heinrich)",
]
ALEPPO_HEADLINE = "Russia preparing renewed strikes on Syria's Aleppo 'in coming hours'"


def body(paragraphs: list[str]) -> str:
    """Verbatim paragraphs as escaped HTML, one <p> each."""
    return "".join(f"<p>{html.escape(p, quote=False)}</p>" for p in paragraphs)


ITEMS = [
    Item(
        "sw",
        "seedwire-2024-12-05-hama",
        "2024-12-05T08:40:00+00:00",
        "Syrian opposition says it has started pushing into Hama",
        body(HAMA),
        cities=["Aleppo", "Hama", "Homs"],
        claims=[
            Claim("Hama", OPP, "advancing", "Opposition commander Hassan Abdul Ghany", OPP),
            Claim("Hama", GOV, "holding", "State media", GOV),
            Claim("Aleppo", OPP, "captured", "Seed Wire", IND),
            Claim("Aleppo", OPP, "holding", "Seed Wire", IND),
        ],
        traps=["historical", "conditional", "implicit_place", "coreference", "two_cities"],
        note="'repelled an attack' names no place: the attack is the one on Hama. 'took ... "
        "Aleppo last week' is in the news cycle; 'driven out of the city in 2016', 'stayed in "
        "government hands throughout the civil war' and 'its capture would open the road' are "
        "not claims.",
    ),
    Item(
        "sw",
        "seedwire-2016-11-08-aleppo",
        "2016-11-08T13:30:00+00:00",
        ALEPPO_HEADLINE,
        body(ALEPPO),
        cities=["Aleppo"],
        claims=[
            Claim("1070 Apartments", GOV, "captured", "Syrian Observatory for Human Rights", IND),
        ],
        traps=["plan", "conditional", "historical", "partial_control", "coreference"],
        note="The army's own statement ('taken a strategic district of the city') does not name "
        "the district; the Observatory's does, so it is the claimant. 'the parts of the city "
        "that it controls', 'rebel-held eastern Aleppo', 'government-held western districts' "
        "describe part of a divided city and are not labelled.",
    ),
    Item(
        "sw",
        "seedwire-2016-11-08-minian",
        "2016-11-08T13:31:00+00:00",
        "Conflicting accounts of fighting in Minian on Aleppo's western edge",
        body(MINIAN),
        cities=["Aleppo"],
        claims=[
            Claim("Minian", GOV, "advancing", "Syrian state media", GOV),
            Claim("Minian", GOV, "captured", "Observatory", IND),
            Claim("Minian", GOV, "denied", "Malahifji, of the Fastaqim rebel group", OPP),
            Claim("Minian", OPP, "holding", "Malahifji, of the Fastaqim rebel group", OPP),
            Claim("Aleppo", OPP, "strike", "United Nations", IND),
        ],
        traps=["intra_item_contradiction", "denial", "historical", "conditional"],
        note="'denied that there were any clashes inside the village' denies the army's advance "
        "into Minian: denied(government). 'which was taken by rebels at the start of their "
        "campaign' is history; the 'heavy air strikes' have no side.",
    ),
]

if __name__ == "__main__":
    build(OUT, CONFIG, FEEDS, ITEMS, expected_conflicts=[])
