"""Blind held-out set 'myanmar' (1-7 Aug 2024, synthetic).

Original writing; fictional outlets on .example domains and fictional people. Real places
and organisations appear only as setting. Nothing here is a factual report.

    python3 myanmar.py          (writes ./myanmar/)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Feed, I, C, build  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "myanmar")
J, R, IND, UNK = "junta", "resistance", "independent", "unknown"

CONFIG = """
# frontline held-out set: Myanmar (synthetic corpus)

[[cities]]
name = "Lashio"
aliases = ["လားရှိုး"]
places = ["Northeastern Regional Command", "Mansu", "Kutkai", "Theinni"]
lat = 22.94
lon = 97.75

[[cities]]
name = "Myawaddy"
aliases = ["Myawadi", "မြဝတီ"]
places = ["Thingannyinaung", "Shwe Kokko", "Kawkareik"]
lat = 16.69
lon = 98.51

[[cities]]
name = "Sittwe"
aliases = ["Akyab", "စစ်တွေ"]
places = ["Ponnagyun", "Pauktaw", "Kyauktaw"]
lat = 20.15
lon = 92.90

[[cities]]
name = "Bhamo"
aliases = ["Banmaw", "ဗန်းမော်"]
places = ["Shwegu", "Momauk", "Mansi"]
lat = 24.27
lon = 97.23

[[cities]]
name = "Mandalay"
aliases = ["မန္တလေး"]
places = ["Madaya", "Singu", "Pyin Oo Lwin", "Mandalay Palace"]
lat = 21.97
lon = 96.08

[sides.junta]
actors = ["Tatmadaw", "military", "junta", "junta troops", "junta forces", "regime troops", "regime forces", "SAC", "State Administration Council", "Myanmar army", "army", "air force", "Light Infantry Division", "Pyu Saw Htee", "security forces"]
voices = ["junta spokesman", "military spokesman", "Information Team", "True News Information Team", "state media", "Golden Land Light"]

[sides.resistance]
actors = ["PDF", "People's Defence Force", "resistance forces", "resistance fighters", "Three Brotherhood Alliance", "Brotherhood Alliance", "MNDAA", "Myanmar National Democratic Alliance Army", "TNLA", "Ta'ang National Liberation Army", "Arakan Army", "AA", "KIA", "Kachin Independence Army", "KNLA", "Karen National Liberation Army", "ethnic armed groups"]
voices = ["NUG", "National Unity Government", "resistance spokesman", "MNDAA spokesman", "KIA spokesman", "Arakan Army spokesman", "AA spokesman", "KNLA commander", "Ayeyar Exile News", "Spring Revolution Relay"]

[independent]
voices = ["Burma Conflict Monitor", "monitor", "Pacific Rim Wire", "United Nations", "UN", "OCHA", "UNHCR"]

[[feeds]]
name = "Ayeyar Exile News"
url = "file:feeds/ayeyar.xml"
side = "resistance"

[[feeds]]
name = "Golden Land Light"
url = "file:feeds/goldenland.xml"
side = "junta"

[[feeds]]
name = "Spring Revolution Relay"
url = "file:feeds/spring.xml"
side = "resistance"

[[feeds]]
name = "Burma Conflict Monitor"
url = "file:feeds/bcm.xml"
side = "independent"

[[feeds]]
name = "Pacific Rim Wire"
url = "file:feeds/prw.xml"
side = "independent"

[[feeds]]
name = "Salween Policy Institute"
url = "file:feeds/salween.xml"
"""

FEEDS = [
    Feed("ay", "Ayeyar Exile News", "rss", "ayeyar.xml", "https://ayeyar-exile.example",
         "Independent news on Myanmar from exile", side=R),
    Feed("gl", "Golden Land Light", "atom", "goldenland.xml", "https://goldenlandlight.example",
         "News of the State", side=J),
    Feed("sr", "Spring Revolution Relay", "atom", "spring.xml", "https://springrelay.example",
         "Bulletins of resistance forces relayed from Telegram", side=R),
    Feed("bcm", "Burma Conflict Monitor", "rss", "bcm.xml", "https://burmaconflictmonitor.example",
         "Daily conflict tracking", side=IND, cdata=True, gmt=True),
    Feed("prw", "Pacific Rim Wire", "rss", "prw.xml", "https://pacificrimwire.example/asia",
         "Pacific Rim Wire: Asia", side=IND, author="Pacific Rim Wire"),
    Feed("sp", "Salween Policy Institute", "atom", "salween.xml", "https://salweenpolicy.example",
         "Analysis and commentary", atom_published=False),
]


def ay(n):
    return f"https://ayeyar-exile.example/news/2024/08/{n}"


def gl(n):
    return f"urn:goldenlandlight:2024:{n}"


def sr(n):
    return f"urn:springrelay:msg:{n}"


def bcm(n):
    return f"bcm-2024-08-{n}"


def sp(n):
    return f"tag:salweenpolicy.example,2024:commentary/{n}"


SYN_TITLE = "Myanmar junta loses northeastern command to ethnic army"
SYN_BODY = ("<p>BANGKOK, Aug 3 (Pacific Rim Wire) - The Myanmar National Democratic Alliance Army "
            "said on Saturday it had seized the headquarters of the military&#8217;s Northeastern "
            "Regional Command in Lashio after a month of fighting.</p>"
            "<p>The United Nations said thousands of civilians had fled Lashio since July.</p>")
SYN_CLAIMS = [C("Northeastern Regional Command", R, "captured",
                "Myanmar National Democratic Alliance Army", R)]

ITEMS = [
    # ============================================================ Ayeyar Exile News (resistance-leaning)
    I("ay", ay("0101"), "2024-08-01T09:00:00+07:00",
      "MNDAA fighters overrun Mansu ward on Lashio's eastern edge",
      "<p>Fighters of the MNDAA overran junta positions in Mansu, a ward on the eastern edge of "
      "Lashio, on Wednesday night, MNDAA spokesman Zhao Wenliang said.</p>"
      "<p>&#8220;The regime troops abandoned their bases in Mansu and ran toward the centre "
      "of Lashio,&#8221; the MNDAA spokesman said.</p>",
      cities=["Lashio"],
      claims=[C("Mansu", R, "captured", "MNDAA spokesman Zhao Wenliang", R),
              C("Mansu", J, "withdrew", "MNDAA spokesman", R)],
      traps=["overran", "locating", "possessive", "abandoned_bases", "claimant_after_quote",
             "directional"]),
    I("ay", ay("0207"), "2024-08-02T14:30:00+07:00",
      "Brotherhood alliance closes in on Lashio's military command",
      "<p>Troops of the Three Brotherhood Alliance are closing in on the Northeastern Regional "
      "Command headquarters in Lashio, with fighting now inside the compound&#8217;s outer perimeter, "
      "according to the Three Brotherhood Alliance.</p>"
      "<p>Junta jets bombed residential wards of Lashio overnight, killing at least 11 civilians, "
      "residents said.</p>",
      cities=["Lashio"],
      claims=[C("Northeastern Regional Command", R, "advancing", "Three Brotherhood Alliance", R),
              C("Lashio", J, "strike", "residents", UNK)],
      traps=["closing_in", "according_to", "bombed", "claimant_unknown"]),
    I("ay", ay("0331"), "2024-08-03T21:15:00+07:00",
      "Lashio's Northeastern Command falls to MNDAA",
      "<p>The headquarters of the junta&#8217;s Northeastern Regional Command in Lashio fell to the "
      "MNDAA on Saturday, the MNDAA said in a statement, the first time a regional command has been "
      "captured by an ethnic armed group.</p>"
      "<p>It was not immediately clear whether fighting continued elsewhere in Lashio.</p>",
      cities=["Lashio"],
      claims=[C("Northeastern Regional Command", R, "captured", "MNDAA", R)],
      traps=["fell_to", "in_a_statement", "possessive"]),
    I("ay", ay("0402"), "2024-08-04T08:00:00+07:00",
      "Karen forces launch offensive on Thingannyinaung",
      "<p>KNLA and PDF forces launched an offensive on Thingannyinaung, a town 40 km west of "
      "Myawaddy, on Saturday, a KNLA commander told Ayeyar.</p>"
      "<p>The Karen Border Guard Force, which controls Shwe Kokko, said it would stay neutral.</p>",
      cities=["Myawaddy"],
      claims=[C("Thingannyinaung", R, "advancing", "a KNLA commander", R)],
      traps=["launched_an_offensive", "locating", "unconfigured_actor", "relative_clause"]),
    I("ay", ay("0409"), "2024-08-04T07:30:00+07:00", SYN_TITLE, SYN_BODY,
      cities=["Lashio"], claims=SYN_CLAIMS,
      traps=["syndicated", "full_name_contains_army"]),
    I("ay", ay("0515"), "2024-08-05T19:40:00+07:00",
      "Arakan Army says it has wrested Pauktaw from the regime", None,
      cities=["Sittwe"],
      claims=[C("Pauktaw", R, "captured", "Arakan Army", R)],
      traps=["title_only", "wrested", "actor_name_contains_other_side_word",
             "headline_attribution"]),
    I("ay", ay("0603"), "2024-08-06T11:00:00+07:00",
      "KIA pushes into southern Bhamo",
      "<p>KIA and allied PDF fighters have pushed into the southern wards of Bhamo, KIA spokesman "
      "Colonel La Ring said on Tuesday.</p>"
      "<p>Military jets dropped bombs on Momauk, east of Bhamo, on Monday. The junta vowed to "
      "recapture Shwegu, which fell to the KIA in March.</p>",
      cities=["Bhamo"],
      claims=[C("Bhamo", R, "advancing", "KIA spokesman Colonel La Ring", R),
              C("Momauk", J, "strike", "Ayeyar Exile News", R)],
      traps=["pushed_into", "locating", "plan", "historical", "publisher_claimant"]),
    I("ay", ay("0706"), "2024-08-07T10:20:00+07:00",
      "Resistance drones hit regime unit in Mandalay Palace",
      "<p>Drones of the Mandalay People&#8217;s Defence Force (MDY-PDF) hit a regime air defence unit "
      "stationed inside Mandalay Palace on Tuesday night, the MDY-PDF said.</p>"
      "<p>Resistance forces are now within 20 km of Mandalay, according to the NUG.</p>",
      cities=["Mandalay"],
      claims=[C("Mandalay Palace", R, "strike", "MDY-PDF", R)],
      traps=["subplace_contains_city", "distance_not_claim", "hyphenated_actor"]),
    I("ay", ay("0302"), "2024-08-03T07:30:00+07:00",
      "Arakan Army holds Ponnagyun after counter-attack",
      "<p>Arakan Army fighters beat back a junta counter-attack on Ponnagyun on Friday and retain "
      "control of the town, the AA said on its Telegram channel.</p>"
      "<p>Junta naval vessels shelled villages along the Kaladan river near Sittwe.</p>",
      cities=["Sittwe"],
      claims=[C("Ponnagyun", R, "holding", "the AA", R)],
      traps=["repelled", "retain_control", "coreference", "locating", "untracked_target"]),
    I("ay", ay("0618"), "2024-08-06T18:00:00+07:00",
      "Theinni falls into the hands of the MNDAA",
      "<p>The town of Theinni fell into the hands of the MNDAA on Tuesday after junta troops "
      "abandoned their last outpost there, local sources said.</p>",
      cities=["Lashio"],
      claims=[C("Theinni", R, "captured", "local sources", UNK),
              C("Theinni", J, "withdrew", "local sources", UNK)],
      traps=["fell_into_the_hands_of", "there_coreference", "claimant_unknown"]),

    # ============================================================ Golden Land Light (junta)
    I("gl", gl("0801-1"), "2024-08-01T20:00:00+06:30",
      "Terrorists annihilated in Lashio area",
      "<p>Tatmadaw columns annihilated MNDAA terrorists attempting to infiltrate Mansu ward in Lashio "
      "on 31 July, and the security and stability of the town has been restored, according to the "
      "True News Information Team.</p>",
      cities=["Lashio"],
      claims=[C("Mansu", J, "holding", "True News Information Team", J),
              C("Lashio", J, "holding", "True News Information Team", J)],
      traps=["annihilated_infiltration", "coreference", "stability_restored"]),
    I("gl", gl("0802-1"), "2024-08-02T19:00:00+06:30",
      "Air force conducts precise air raids on terrorist hideouts",
      "<p>The air force conducted precise air raids on terrorist hideouts in Kutkai and Theinni on "
      "2 August, destroying weapons and ammunition stores.</p>",
      cities=["Lashio"],
      claims=[C("Kutkai", J, "strike", "Golden Land Light", J),
              C("Theinni", J, "strike", "Golden Land Light", J)],
      traps=["air_raids_on", "two_places", "publisher_claimant"]),
    I("gl", gl("0803-1"), "2024-08-03T12:00:00+06:30",
      "Northeastern Regional Command remains under Tatmadaw control",
      "<p>Reports on social media that the Northeastern Regional Command had fallen to the MNDAA "
      "terrorists are fabricated news, said the True News Information Team.</p>"
      "<p>Tatmadaw troops remain in full control of the Northeastern Regional Command and are holding "
      "their positions in Lashio.</p>",
      cities=["Lashio"],
      claims=[C("Northeastern Regional Command", R, "denied", "True News Information Team", J),
              C("Northeastern Regional Command", J, "holding", "Golden Land Light", J),
              C("Lashio", J, "holding", "Golden Land Light", J)],
      traps=["fabricated_news_denial", "quote_less_attribution_after", "holding_positions"]),
    I("gl", gl("0805-1"), "2024-08-05T07:00:00+06:30",
      "Sittwe peaceful after attack foiled",
      "<p>Tatmadaw and security forces beat back Arakan Army extremists who attempted to attack "
      "Sittwe on 4 August, and the town remains peaceful and stable.</p>",
      cities=["Sittwe"],
      claims=[C("Sittwe", J, "holding", "Golden Land Light", J)],
      traps=["repelled", "actor_name_contains_other_side_word"]),
    I("gl", gl("0805-2"), "2024-08-05T08:30:00+06:30",
      "AA claim on Pauktaw baseless",
      "<p>The AA&#8217;s claim to have captured Pauktaw is baseless, the Information Team said. The "
      "town remains in the hands of the Tatmadaw.</p>",
      cities=["Sittwe"],
      claims=[C("Pauktaw", R, "denied", "Information Team", J),
              C("Pauktaw", J, "holding", "Golden Land Light", J)],
      traps=["denial", "coreference", "possessive"]),
    I("gl", gl("0805-3"), "2024-08-05T20:00:00+06:30",
      "Terrorist attack on Thingannyinaung driven back",
      "<p>KNLA and PDF terrorists who attempted to seize Thingannyinaung were driven back, leaving "
      "behind 30 bodies, the Information Team said. Tatmadaw troops retain control of "
      "Thingannyinaung.</p>",
      cities=["Myawaddy"],
      claims=[C("Thingannyinaung", J, "holding", "Information Team", J)],
      traps=["driven_back", "attempt_not_claim", "retain_control"]),
    I("gl", gl("0807-1"), "2024-08-07T09:00:00+06:30",
      "Tatmadaw holds Bhamo firmly",
      "<p>Tatmadaw aircraft carried out airstrikes on KIA terrorist positions in Shwegu on 6 August. "
      "The Tatmadaw holds Bhamo firmly, and KIA claims of entering the town are fake news.</p>",
      cities=["Bhamo"],
      claims=[C("Shwegu", J, "strike", "Golden Land Light", J),
              C("Bhamo", J, "holding", "Golden Land Light", J),
              C("Bhamo", R, "denied", "Golden Land Light", J)],
      traps=["airstrikes", "coreference", "fake_news_denial"]),
    I("gl", gl("0802-2"), "2024-08-02T10:00:00+06:30",
      "Senior General inspects defences of Mandalay",
      "<p>The Senior General said the Tatmadaw would crush any attempt to attack Mandalay and would "
      "soon launch operations to clear Madaya of terrorists.</p>",
      cities=["Mandalay"],
      claims=[],
      traps=["plan", "conditional"]),
    I("gl", gl("0804-9"), "2024-08-04T16:00:00+06:30",
      "မန္တလေး တိုင်းဒေသကြီး ရေဘေး သတင်း", None,
      cities=["Mandalay"],
      claims=[],
      traps=["burmese_only", "title_only"]),
    I("gl", gl("0806-1"), "2024-08-06T09:00:00+06:30",
      "Singu cleared: Tatmadaw recaptures Singu from PDF terrorists",
      "<p>Tatmadaw columns recaptured Singu on 5 August. The PDF terrorists abandoned the town and "
      "fled into the forest.</p>",
      cities=["Mandalay"],
      claims=[C("Singu", J, "captured", "Golden Land Light", J),
              C("Singu", R, "withdrew", "Golden Land Light", J)],
      traps=["recaptured", "coreference"]),

    # ============================================================ Spring Revolution Relay (resistance)
    I("sr", sr(7712), "2024-08-02T23:10:00+06:30",
      "🔥 MNDAA: we are inside Lashio",
      "MNDAA forces stormed into Lashio from three directions tonight. Street fighting in the town "
      "centre. Junta drones bombarded the Mansu ward. #Lashio #SpringRevolution",
      cities=["Lashio"],
      claims=[C("Lashio", R, "advancing", "Spring Revolution Relay", R),
              C("Mansu", J, "strike", "Spring Revolution Relay", R)],
      traps=["stormed_into", "bombarded", "emoji", "hashtag"], body_type="text"),
    I("sr", sr(7740), "2024-08-04T06:00:00+06:30",
      "Madaya: joint operation",
      "Mandalay PDF and TNLA jointly attacked junta camps in Madaya at dawn. The regime's Pyu Saw Htee "
      "militia fled the town. ✊",
      cities=["Mandalay"],
      claims=[C("Madaya", R, "advancing", "Spring Revolution Relay", R),
              C("Madaya", J, "withdrew", "Spring Revolution Relay", R)],
      traps=["attacked", "coreference", "window_edge", "emoji"], body_type="text"),
    I("sr", sr(7768), "2024-08-05T22:30:00+06:30",
      "KIA: Momauk liberated",
      "\u201cMomauk has been liberated,\u201d KIA spokesman Colonel La Ring said on Monday.",
      cities=["Bhamo"],
      claims=[C("Momauk", R, "captured", "KIA spokesman Colonel La Ring", R)],
      traps=["liberated_passive", "claimant_after_quote"], body_type="text"),
    I("sr", sr(7781), "2024-08-06T12:00:00+06:30",
      "Singu: we are still here",
      "Our forces still hold Singu, the Mandalay PDF said. #Singu",
      cities=["Mandalay"],
      claims=[C("Singu", R, "holding", "Mandalay PDF", R)],
      traps=["pronoun_subject", "still_hold"], body_type="text"),
    I("sr", sr(7795), "2024-08-07T08:00:00+06:30",
      "⚠️ Sittwe: AA at the edge of the city",
      "AA units have reached the edge of Sittwe and are fighting on the outskirts of the city, AA "
      "spokesman U Khaing Min said.",
      cities=["Sittwe"],
      claims=[C("Sittwe", R, "advancing", "AA spokesman U Khaing Min", R)],
      traps=["reached_the_edge", "coreference", "emoji"], body_type="text"),

    # ============================================================ Burma Conflict Monitor
    I("bcm", bcm("01"), "2024-08-01T12:00:00+00:00",
      "Weekly: northern Shan",
      "<p>MNDAA forces made inroads into Mansu between 28 and 31 July, the monitor recorded, while the "
      "junta carried out at least 14 air raids on Lashio.</p>",
      cities=["Lashio"],
      claims=[C("Mansu", R, "advancing", "the monitor", IND),
              C("Lashio", J, "strike", "the monitor", IND)],
      traps=["made_inroads", "two_claims_one_sentence"]),
    I("bcm", bcm("03"), "2024-08-03T18:00:00+00:00",
      "Lashio: regional command captured",
      "<p>The MNDAA captured the Northeastern Regional Command in Lashio on 3 August, according to our "
      "tracking of geolocated footage.</p>"
      "<p>The United Wa State Army moved troops into parts of Lashio&#8217;s northern wards, saying it "
      "was protecting civilians.</p>",
      cities=["Lashio"],
      claims=[C("Northeastern Regional Command", R, "captured", "Burma Conflict Monitor", IND)],
      traps=["unconfigured_actor_contains_army", "possessive"]),
    I("bcm", bcm("05"), "2024-08-05T09:00:00+00:00",
      "Rakhine: Pauktaw shelled",
      "<p>Junta warships shelled Pauktaw for the third day. Junta troops fled Pauktaw ahead of the "
      "advancing Arakan Army, residents said.</p>",
      cities=["Sittwe"],
      claims=[C("Pauktaw", J, "strike", "Burma Conflict Monitor", IND),
              C("Pauktaw", J, "withdrew", "residents", UNK)],
      traps=["fled_ahead_of", "claimant_unknown", "shelled"]),
    I("bcm", bcm("06"), "2024-08-06T15:00:00+00:00",
      "Karen State: Myawaddy quiet",
      "<p>Fighting around Thingannyinaung continued. Myawaddy itself remained quiet and under the "
      "control of the Border Guard Force.</p>",
      cities=["Myawaddy"],
      claims=[],
      traps=["no_side", "unconfigured_actor"]),
    I("bcm", bcm("07"), "2024-08-07T11:00:00+00:00",
      "Kachin: air raids on Bhamo and Momauk",
      "<p>Junta air raids on Bhamo and Momauk killed nine civilians on Tuesday. KIA forces retain "
      "control of Shwegu.</p>",
      cities=["Bhamo"],
      claims=[C("Bhamo", J, "strike", "Burma Conflict Monitor", IND),
              C("Momauk", J, "strike", "Burma Conflict Monitor", IND),
              C("Shwegu", R, "holding", "Burma Conflict Monitor", IND)],
      traps=["nominal_strike", "two_places", "retain_control"]),

    # ============================================================ Pacific Rim Wire
    I("prw", "prw-240802-0415", "2024-08-02T04:15:00+00:00",
      "Myanmar ethnic armed groups push into key northern town of Lashio",
      "<p>BANGKOK, Aug 2 (Pacific Rim Wire) - Ethnic armed groups pushed into the outskirts of Lashio, "
      "the largest town in northern Shan State, on Thursday, a resistance spokesman said.</p>"
      "<p>The military, which has ruled since a 2021 coup, said its troops had repelled the attacks "
      "and remained in control of Lashio.</p>",
      cities=["Lashio"],
      claims=[C("Lashio", R, "advancing", "a resistance spokesman", R),
              C("Lashio", J, "holding", "The military", J)],
      traps=["intra_item_contradiction", "historical", "appositive"]),
    I("prw", "prw-240803-2250", "2024-08-03T18:50:00-04:00", SYN_TITLE, SYN_BODY,
      cities=["Lashio"], claims=SYN_CLAIMS,
      traps=["syndicated", "full_name_contains_army"]),
    I("prw", "prw-240804-1130", "2024-08-04T11:30:00+00:00",
      "Arakan Army closing in on Myanmar's Sittwe",
      "<p>Arakan Army fighters are closing in on Sittwe, the Rakhine State capital, an Arakan Army "
      "spokesman told Pacific Rim Wire by phone.</p>"
      "<p>The AA, which seized Kyauktaw in February, now controls most of northern Rakhine.</p>",
      cities=["Sittwe"],
      claims=[C("Sittwe", R, "advancing", "an Arakan Army spokesman", R)],
      traps=["closing_in", "historical", "untracked_region"]),
    I("prw", "prw-240805-0100", "2024-08-05T01:00:00-04:00",
      "Kachin fighters launch fresh assault on Myanmar's Bhamo",
      "<p>Kachin Independence Army fighters launched a fresh assault on Bhamo overnight, a KIA "
      "spokesman said. Junta warplanes carried out air raids on the town, the KIA spokesman added.</p>",
      cities=["Bhamo"],
      claims=[C("Bhamo", R, "advancing", "a KIA spokesman", R),
              C("Bhamo", J, "strike", "the KIA spokesman", R)],
      traps=["launched_an_assault", "coreference", "window_edge_inside"]),
    I("prw", "prw-240805-2130", "2024-08-05T21:30:00-04:00",
      "Myanmar army says it repelled attack near Mandalay",
      "<p>Myanmar&#8217;s military said on Monday its troops had repelled an attack by People&#8217;s "
      "Defence Force fighters on Madaya, a town 30 km north of Mandalay, and remained in full control "
      "there.</p>",
      cities=["Mandalay"],
      claims=[C("Madaya", J, "holding", "Myanmar's military", J)],
      traps=["repelled", "locating", "window_edge"]),
    I("prw", "prw-240806-0800", "2024-08-06T08:00:00+00:00",
      "Myanmar junta denies losing Momauk",
      "<p>A junta spokesman denied losing Momauk to the KIA, dismissing the group&#8217;s claim as "
      "propaganda.</p>",
      cities=["Bhamo"],
      claims=[C("Momauk", R, "denied", "junta spokesman", J)],
      traps=["denied_losing", "dismissed_as_propaganda"]),
    I("prw", "prw-240807-0300", "2024-08-07T03:00:00+00:00",
      "Thai border trade through Myawadi resumes",
      "<p>Trucks crossed the Moei river bridge for the first time in a week, Thai customs officials "
      "said.</p>",
      cities=["Myawaddy"],
      claims=[],
      traps=["alias_only", "no_claim"]),

    # ============================================================ Salween Policy Institute (no side)
    I("sp", sp(41), "2024-08-02T10:00:00+00:00",
      "Commentary: if Lashio falls, what next for Mandalay?",
      "<p>If Lashio falls, the Brotherhood Alliance could turn south towards Mandalay. The MNDAA&#8217;s "
      "capture of Laukkai in January showed what the group can do.</p>",
      cities=["Lashio", "Mandalay"],
      claims=[],
      traps=["conditional", "historical", "directional"]),
    I("sp", sp(42), "2024-08-04T10:00:00+00:00",
      "Analysis: the fall of the Northeastern Regional Command",
      "<p>The MNDAA&#8217;s seizure of the Northeastern Regional Command this weekend is the junta&#8217;s "
      "heaviest defeat since the 2021 coup.</p>",
      cities=["Lashio"],
      claims=[C("Northeastern Regional Command", R, "captured", "Salween Policy Institute", UNK)],
      traps=["nominalised", "sideless_outlet"]),
    I("sp", sp(43), "2024-08-06T10:00:00+00:00",
      "Myawaddy and the Border Guard Force",
      "<p>The Karen Border Guard Force, which took back Myawaddy from the KNLA in April, is playing "
      "both sides. Trade through Myawadi is its lifeline.</p>",
      cities=["Myawaddy"],
      claims=[],
      traps=["historical", "unconfigured_actor", "alias_only"]),
    I("sp", sp(44), "2024-08-07T06:00:00+00:00",
      "Sittwe: holding on",
      "<p>The junta still controls Sittwe and its sea lanes, our satellite analysis shows, despite the "
      "Arakan Army&#8217;s advance through central Rakhine.</p>",
      cities=["Sittwe"],
      claims=[C("Sittwe", J, "holding", "Salween Policy Institute", UNK)],
      traps=["still_controls", "sideless_outlet"]),
]

EXPECTED_CONFLICTS = None

if __name__ == "__main__":
    build(OUT, CONFIG, FEEDS, ITEMS, EXPECTED_CONFLICTS)
