"""Held-out set 'yemen' (blind, synthetic; outlets fictional, .example domains).

All text is original synthetic writing for testing frontline; nothing is a factual report.
"""
import os
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Feed, I, C, build, Gazetteer, visible_text  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "yemen")
G, H, IND, UNK = "government", "houthi", "independent", "unknown"

CONFIG = """
# frontline held-out set: Yemen theatre (synthetic corpus)

[[cities]]
name = "Marib"
aliases = ["Ma'rib", "مأرب"]
places = ["Raghwan", "Sirwah", "Al-Kassara", "Al-Jufaina"]
lat = 15.46
lon = 45.32

[[cities]]
name = "Hodeidah"
aliases = ["Hudaydah", "Al-Hudaydah", "الحديدة"]
places = ["Hodeidah port", "Al-Durayhimi", "Hays", "Kilo 16"]
lat = 14.80
lon = 42.95

[[cities]]
name = "Taiz"
aliases = ["Ta'izz", "تعز"]
places = ["Jabal Sabir", "Al-Salw", "Maqbanah"]
lat = 13.58
lon = 44.02

[[cities]]
name = "Aden"
aliases = ["عدن"]
places = ["Crater", "Aden airport", "Khor Maksar"]
lat = 12.79
lon = 45.03

[[cities]]
name = "Sanaa"
aliases = ["Sana'a", "San'a", "صنعاء"]
places = ["Sanaa airport", "Al-Dailami air base", "Bani Hushaysh"]
lat = 15.37
lon = 44.19

[[cities]]
name = "Saada"
aliases = ["Sa'dah", "Saadah", "صعدة"]
places = ["Kitaf", "Dahyan", "Baqim"]
lat = 16.94
lon = 43.76

[sides.government]
actors = ["government forces", "government troops", "pro-government forces", "coalition-backed government forces", "national army", "Giants Brigades", "Saudi-led coalition", "coalition", "coalition warplanes", "coalition jets", "coalition aircraft", "aggression warplanes", "mercenaries"]
voices = ["military spokesman", "military official", "defence ministry", "state media", "information minister", "provincial governor", "deputy governor", "security chief", "military source", "coalition spokesman", "Hassan al-Awlaki", "Aden Daily Ledger"]

[sides.houthi]
actors = ["Houthis", "Houthi", "Houthi forces", "Houthi rebels", "Houthi fighters", "Ansar Allah", "Ansar Allah fighters", "Houthi militia", "Houthi drone", "Houthi drones"]
voices = ["Houthi military spokesman", "Houthi spokesman", "Yasser al-Maqdi", "Saba news agency", "Al-Masirah", "Supreme Political Council", "military media office", "Houthi field commander", "Sanaa Front Bulletin"]

[independent]
voices = ["United Nations", "UN", "UN official", "UN envoy", "Crosswire Press", "Harbor Wire Live", "Institute for Gulf Security Studies", "IGSS"]

[[feeds]]
name = "Aden Daily Ledger"
url = "file:feeds/adl.xml"
side = "government"

[[feeds]]
name = "Sanaa Front Bulletin"
url = "file:feeds/sfb.xml"
side = "houthi"

[[feeds]]
name = "Crosswire Press"
url = "file:feeds/crosswire.xml"
side = "independent"

[[feeds]]
name = "Harbor Wire Live"
url = "file:feeds/harbor.xml"
side = "independent"

[[feeds]]
name = "Institute for Gulf Security Studies"
url = "file:feeds/igss.xml"
side = "independent"

[[feeds]]
name = "Red Sea Traveller"
url = "file:feeds/rst.xml"
"""

FEEDS = [
    Feed("adl", "Aden Daily Ledger", "rss", "adl.xml", "https://adenledger.example/en",
         "News from Aden and the liberated governorates", side=G),
    Feed("sfb", "Sanaa Front Bulletin", "atom", "sfb.xml", "https://sanaafront.example",
         "Statements of the armed forces in Sanaa, relayed from Telegram", side=H),
    Feed("cw", "Crosswire Press", "rss", "crosswire.xml", "https://crosswire.example/world/mideast",
         "Crosswire Press: Middle East", side=IND, author="Crosswire Press"),
    Feed("hw", "Harbor Wire Live", "atom", "harbor.xml", "https://harborwire.example/live/yemen",
         "Live: the war in Yemen", side=IND, atom_published=False),
    Feed("igss", "Institute for Gulf Security Studies", "rss", "igss.xml",
         "https://igss.example/updates", "Yemen Conflict Update", side=IND, cdata=True, gmt=True),
    Feed("rst", "Red Sea Traveller", "atom", "rst.xml", "https://redseatraveller.example",
         "Travel, food and culture around the Red Sea"),
]


def adl(n):
    return f"https://adenledger.example/en/2026/03/{n}"


def sfb(n):
    return f"tag:sanaafront.example,2026:bulletin-{n}"


def cw(n):
    return f"cw-me-{n}"


ITEMS = [
    # ---------------------------------------------------------------- Aden Daily Ledger (gov)
    I("adl", adl("10/0815"), "2026-03-10T08:15:00+03:00",
      "Giants Brigades overrun Hays, raise flag over district compound",
      "<p>ADEN &#8212; The Giants Brigades overran Hays on Monday and raised the republic&#8217;s "
      "flag over its government compound after two days of fighting, the military spokesman said.</p>",
      claims=[C("Hays", G, "captured", "military spokesman", G)]),
    I("adl", adl("10/1340"), "2026-03-10T13:40:00+03:00",
      "Army beats back Houthi push on Raghwan",
      "<p>Government forces beat back a wave of Houthi attacks on Raghwan, a district west of Marib "
      "city, overnight, the defence ministry said in a statement carried by state media.</p>",
      claims=[C("Raghwan", G, "holding", "defence ministry", G)]),
    I("adl", adl("11/0905"), "2026-03-11T09:05:00+03:00",
      "Official dismisses Houthi claims on Jabal Sabir as propaganda",
      "<p>TAIZ &#8212; A senior military official on Wednesday dismissed as propaganda Houthi claims "
      "that their fighters had wrested Jabal Sabir from government troops.</p>"
      "<p>&#8220;Our units retain full control of Jabal Sabir and the road below it,&#8221; he said.</p>",
      claims=[C("Jabal Sabir", H, "denied", "military official", G),
              C("Jabal Sabir", G, "holding", "military official", G)]),
    I("adl", adl("11/1830"), "2026-03-11T18:30:00+03:00",
      "Coalition warplanes bombard Houthi gatherings in Sirwah",
      "<p>Coalition warplanes bombarded Houthi gatherings in Sirwah on Wednesday, destroying several "
      "armoured vehicles, state media reported.</p>",
      claims=[C("Sirwah", G, "strike", "state media", G)]),
    I("adl", adl("12/0750"), "2026-03-12T07:50:00+03:00",
      "Houthis abandon bases in Al-Durayhimi, governor says",
      "<p>Houthi fighters abandoned their bases in Al-Durayhimi and fled ahead of Giants Brigades "
      "units late on Wednesday, the provincial governor told the Ledger by telephone from Mocha.</p>",
      claims=[C("Al-Durayhimi", H, "withdrew", "provincial governor", G)]),
    I("adl", adl("12/2110"), "2026-03-12T21:10:00+03:00",
      "Minister: Houthis massing east of Sanaa in plan to seize Marib",
      "<p>The information minister said on Thursday that the Houthis were massing fighters east of "
      "Sanaa for what he called a long-prepared plan to seize Marib, and that if Marib fell the whole "
      "north would be lost.</p>",
      traps=["plan", "conditional"]),
    I("adl", adl("13/1020"), "2026-03-13T10:20:00+03:00",
      "Coalition says government forces dislodged Houthis from Kitaf",
      "<p>RIYADH, Saudi Arabia (CW) &#8212; The Saudi-led coalition said Friday that coalition-backed "
      "government forces had dislodged Houthi fighters from Kitaf, a border district in Saada "
      "province, in a statement carried by the Saudi state news agency.</p>"
      "<p>Houthi officials did not respond to requests for comment.</p>",
      claims=[C("Kitaf", G, "captured", "Saudi-led coalition", G)],
      traps=["syndicated"]),
    I("adl", adl("13/1600"), "2026-03-13T16:00:00+03:00",
      "Government troops enter Kitaf, push on towards Dahyan",
      "<p>Government troops and allied tribal fighters entered Kitaf on Friday and are pushing "
      "towards Dahyan, a military source said.</p>",
      claims=[C("Kitaf", G, "advancing", "military source", G),
              C("Dahyan", G, "advancing", "military source", G)],
),
    I("adl", adl("14/1100"), "2026-03-14T11:00:00+03:00",
      "Aden is secure after drone attack, security chief says",
      "<p>&#8220;Aden is secure and the situation is fully under control,&#8221; the city&#8217;s "
      "security chief said on Saturday, a day after a drone hit the airport.</p>",
      claims=[C("Aden", G, "holding", "security chief", G)],
      traps=["quote_first"]),
    # ---------------------------------------------------------------- Sanaa Front Bulletin (houthi)
    I("sfb", sfb(501), "2026-03-10T05:30:00+03:00",
      "Ansar Allah fighters wrest Raghwan from the mercenaries",
      "<p>Ansar Allah fighters wrested control of Raghwan district from the mercenaries of the "
      "aggression at dawn, Brig. Gen. Yasser al-Maqdi said.</p>",
      claims=[C("Raghwan", H, "captured", "Yasser al-Maqdi", H)]),
    I("sfb", sfb(502), "2026-03-10T22:00:00+03:00",
      "Aggression warplanes bomb Sanaa airport and Al-Dailami air base",
      "<p>US-Saudi aggression warplanes launched fourteen raids on Sanaa airport and Al-Dailami air "
      "base overnight, the Houthi-run Saba news agency reported.</p>",
      claims=[C("Sanaa airport", G, "strike", "Houthi-run Saba news agency", H),
              C("Al-Dailami air base", G, "strike", "Houthi-run Saba news agency", H)]),
    I("sfb", sfb(503), "2026-03-11T11:45:00+03:00",
      "Jabal Sabir liberated, enemy flees leaving its weapons",
      "<p>Our heroic fighters have wrested Jabal Sabir from the mercenaries after fierce clashes, "
      "and the enemy fled leaving its weapons behind, the military media office said.</p>",
      claims=[C("Jabal Sabir", H, "captured", "military media office", H)]),
    I("sfb", sfb(504), "2026-03-12T09:00:00+03:00",
      "Houthi fighters closing in on Al-Kassara, west of Marib",
      None,
      claims=[C("Al-Kassara", H, "advancing", "Sanaa Front Bulletin", H)],
      traps=["title_only", "locating"]),
    I("sfb", sfb(505), "2026-03-12T19:20:00+03:00",
      "Political Council: Hodeidah port firmly in our hands",
      "<p>&#8220;Hodeidah port remains firmly in our hands, and it will stay that way,&#8221; a "
      "member of the Supreme Political Council told Al-Masirah TV on Thursday.</p>",
      claims=[C("Hodeidah port", H, "holding", "Supreme Political Council", H)],
      traps=["quote_first", "subplace_contains_city"]),
    I("sfb", sfb(506), "2026-03-13T08:10:00+03:00",
      "Infiltration attempt on Kilo 16 foiled",
      "<p>Ansar Allah forces foiled a mercenary infiltration attempt on Kilo 16 before dawn and "
      "killed twenty of the attackers.</p>",
      claims=[C("Kilo 16", H, "holding", "Sanaa Front Bulletin", H)]),
    I("sfb", sfb(507), "2026-03-13T20:40:00+03:00",
      "Spokesman: reports of retreat from Al-Durayhimi are fabrications",
      "<p>The Houthi military spokesman dismissed reports that our forces had abandoned "
      "Al-Durayhimi as fabrications of the coalition&#8217;s media, saying the fighters were "
      "holding their positions in Al-Durayhimi.</p>",
      claims=[C("Al-Durayhimi", H, "holding", "Houthi military spokesman", H)],
      traps=["denied_withdrawal_not_denied"]),
    I("sfb", sfb(508), "2026-03-11T02:00:00+03:00",
      "Eleven years since the Aden campaign",
      "<p>Eleven years ago this month, in March 2015, our forces entered Aden before the aggression "
      "drove them out of the city that summer.</p>",
      traps=["history"]),
    I("sfb", sfb(509), "2026-03-14T01:00:00+03:00",
      "Mercenary claims about Kitaf are lies",
      "<p>The mercenaries did not set foot in Kitaf, and everything their channels have published "
      "about it is a lie, the Houthi spokesman said.</p>",
      claims=[C("Kitaf", G, "denied", "Houthi spokesman", H)],
      traps=["negated_gain"]),
    I("sfb", sfb(510), "2026-03-14T09:00:00+03:00",
      "Drone operation targets Aden airport",
      "<p>Our drone air force carried out a successful operation against military targets at Aden "
      "airport, Brig. Gen. Yasser al-Maqdi announced.</p>",
      claims=[C("Aden airport", H, "strike", "Yasser al-Maqdi", H)],
      traps=["own_forces"]),
    I("sfb", sfb(511), "2026-03-12T23:10:00+03:00",
      "Field commander: mercenaries did not enter Sirwah",
      "<p>The mercenaries did not enter Sirwah, a Houthi field commander told Al-Masirah.</p>",
      claims=[C("Sirwah", G, "denied", "Houthi field commander", H)],
      traps=["negated_gain"]),
    # ---------------------------------------------------------------- Crosswire Press (AP-like)
    I("cw", cw(7101), "2026-03-10T14:05:00-05:00",
      "Yemen's Houthis say they seized district near Marib; government says attack repelled",
      "<p>CAIRO (CW) &#8212; Yemen&#8217;s Houthi rebels said Tuesday they had seized Raghwan, a "
      "district northwest of the city of Marib, the last stronghold of government "
      "forces in the country&#8217;s north, while pro-government forces said they had repelled the assault.</p>"
      "<p>The fighting is the heaviest around the oil-rich province in more than a year.</p>",
      claims=[C("Raghwan", H, "captured", "Houthi rebels", H),
              C("Raghwan", G, "holding", "pro-government forces", G),
              C("Marib", G, "holding", "Crosswire Press", IND)],
      traps=["apposition_holding", "intra_item_contradiction"]),
    I("cw", cw(7108), "2026-03-11T06:30:00-05:00",
      "Saudi-led coalition hits Yemen's Hodeidah with air raids",
      "<p>DUBAI, United Arab Emirates (CW) &#8212; The Saudi-led coalition carried out air raids on "
      "the Red Sea port city of Hodeidah on Wednesday, hitting fuel depots, residents said.</p>",
      claims=[C("Hodeidah", G, "strike", "residents", UNK)]),
    I("cw", cw(7115), "2026-03-11T15:00:00+00:00",
      "UN envoy warns of catastrophe if fighting reaches Marib camps",
      "<p>The UN envoy told the Security Council that should the Houthis push into Marib, hundreds "
      "of thousands of displaced people in camps such as Al-Jufaina would be at risk.</p>",
      traps=["conditional"]),
    I("cw", cw(7122), "2026-03-12T10:15:00-05:00",
      "Houthis pull back from front-line district south of Hodeidah",
      "<p>DUBAI, United Arab Emirates (CW) &#8212; Houthi rebels pulled back from Al-Durayhimi, a "
      "district some 20 kilometers (12 miles) south of Hodeidah, on Thursday, according to two "
      "officials who spoke on condition of anonymity because they were not authorized to brief "
      "reporters.</p>",
      claims=[C("Al-Durayhimi", H, "withdrew", "officials", UNK)],
      traps=["locating", "according_to"]),
    I("cw", cw(7130), "2026-03-13T02:10:00-05:00",
      "Coalition says government forces dislodged Houthis from Kitaf",
      "<p>RIYADH, Saudi Arabia (CW) &#8212; The Saudi-led coalition said Friday that coalition-backed "
      "government forces had dislodged Houthi fighters from Kitaf, a border district in Saada "
      "province, in a statement carried by the Saudi state news agency.</p>"
      "<p>Houthi officials did not respond to requests for comment.</p>",
      claims=[C("Kitaf", G, "captured", "Saudi-led coalition", G)],
      traps=["syndicated"]),
    I("cw", cw(7134), "2026-03-13T12:00:00-05:00",
      "Houthi drone hits Aden airport, officials say",
      "<p>ADEN, Yemen (CW) &#8212; A Houthi drone struck Aden airport on Friday, leaving a crater on "
      "the runway and wounding two workers, two security officials said.</p>",
      claims=[C("Aden airport", H, "strike", "security officials", UNK)],
      traps=["crater_word"]),
    I("cw", cw(7140), "2026-03-14T09:00:00-05:00",
      "'We have taken Baqim,' says Yemeni commander",
      "<p>&#8220;We have taken Baqim and we are moving on Saada city,&#8221; said Brig. Gen. Hassan "
      "al-Awlaki, a commander of the government&#8217;s border brigades, in a phone interview with "
      "Crosswire Press.</p>",
      claims=[C("Baqim", G, "captured", "Hassan al-Awlaki", G),
              C("Saada", G, "advancing", "Hassan al-Awlaki", G)],
      traps=["quote_first", "pronoun_we"]),
    I("cw", cw(7126), "2026-03-12T05:30:00-05:00",
      "Houthi shelling kills three in Taiz",
      "<p>TAIZ, Yemen (CW) &#8212; Houthi shelling killed three civilians in a market in Taiz on "
      "Wednesday, medical officials said. Taiz, a city the Houthis have besieged since 2015, has seen "
      "a rise in sniper fire this month.</p>",
      claims=[C("Taiz", H, "strike", "medical officials", UNK)],
      traps=["history"]),
    # ---------------------------------------------------------------- Harbor Wire Live (blog)
    I("hw", "urn:harborwire:live:yemen:0912", "2026-03-10T09:12:00Z",
      "09:12 GMT &#8212; Houthis claim Raghwan".replace("&#8212;", "\u2014"),
      "<p>Houthi-run Al-Masirah TV says Ansar Allah fighters have &#8220;liberated&#8221; Raghwan. "
      "We have not been able to verify the claim.</p>",
      claims=[C("Raghwan", H, "captured", "Al-Masirah", H)]),
    I("hw", "urn:harborwire:live:yemen:1148", "2026-03-10T11:48:00Z",
      "11:48 GMT \u2014 Government says Raghwan attack foiled",
      "<p>A spokesperson for the national army says troops foiled the Houthi attack on Raghwan and "
      "remain in control of the district.</p>",
      claims=[C("Raghwan", G, "holding", "national army", G)],
      traps=["spokesperson_for"]),
    I("hw", "urn:harborwire:live:yemen:3-11-0730", "2026-03-11T07:30:00Z",
      "07:30 GMT \u2014 Air raids reported in Saada",
      "<p>Residents in Saada city reported at least six air raids before dawn. Nobody has claimed "
      "them.</p>",
      traps=["no_actor"]),
    I("hw", "urn:harborwire:live:yemen:3-12-1605", "2026-03-12T16:05:00Z",
      "16:05 GMT \u2014 Heavy fighting south-east of Taiz",
      "<p>Houthi forces launched an offensive on Al-Salw, south-east of Taiz, this morning, "
      "according to a local journalist.</p>",
      claims=[C("Al-Salw", H, "advancing", "local journalist", UNK)],
      traps=["locating"]),
    I("hw", "urn:harborwire:live:yemen:3-12-1930", "2026-03-12T19:30:00Z",
      "19:30 GMT \u2014 Marib official: Al-Kassara line holding",
      "<p>Government forces have repelled a Houthi infiltration at Al-Kassara, the deputy governor "
      "of Marib tells Harbor Wire.</p>",
      claims=[C("Al-Kassara", G, "holding", "deputy governor", G)]),
    I("hw", "urn:harborwire:live:yemen:3-13-2155", "2026-03-13T21:55:00Z",
      "21:55 GMT \u2014 Houthis say Kitaf retaken",
      "<p>The Houthi military spokesman says fighters have retaken Kitaf. There is no independent "
      "confirmation.</p>",
      claims=[C("Kitaf", H, "captured", "Houthi military spokesman", H)]),
    I("hw", "urn:harborwire:live:yemen:3-14-0640", "2026-03-14T06:40:00Z",
      "06:40 GMT \u2014 Hodeidah port working normally",
      "<p>A UN official said Hodeidah port was operating normally and remained under Houthi "
      "control.</p>",
      claims=[C("Hodeidah port", H, "holding", "UN official", IND)]),
    I("hw", "urn:harborwire:live:yemen:3-12-0600", "2026-03-12T06:00:00Z",
      "06:00 GMT \u2014 Houthis say Hays back in their hands",
      "<p>Al-Masirah says Houthi fighters have recaptured Hays. Harbor Wire cannot verify "
      "this.</p>",
      claims=[C("Hays", H, "captured", "Al-Masirah", H)],
      traps=["window_edge"],
      note="48.75 h after adl 10/0815 in absolute time (naive local clock says 45.75 h)"),
    I("sfb", sfb(512), "2026-03-12T07:50:00+03:00",
      "Mercenaries fall back from Hays under fire",
      "<p>The mercenaries fled Hays under the strikes of our fighters, who entered Hays and "
      "raised their flag over its government compound, the military media office said.</p>",
      claims=[C("Hays", G, "withdrew", "military media office", H),
              C("Hays", H, "captured", "military media office", H)],
      traps=["window_edge", "raised_flag"],
      note="47.58 h after adl 10/0815"),
    # ---------------------------------------------------------------- IGSS (think tank)
    I("igss", "https://igss.example/updates/yemen-2026-03-10", "2026-03-10T23:00:00+00:00",
      "Yemen Conflict Update, March 10, 2026",
      "<p><b>Key takeaways:</b></p><ul><li>IGSS assesses that Houthi forces seized Raghwan district "
      "in western Marib governorate on March 10. Geolocated footage shows Houthi fighters raising "
      "their flag at the district government compound.</li><li>The Giants Brigades captured Hays in "
      "southern Hodeidah governorate.</li><li>Houthi forces are likely preparing to attack "
      "Al-Kassara next.</li></ul>",
      claims=[C("Raghwan", H, "captured", "IGSS", IND),
              C("Hays", G, "captured", "Institute for Gulf Security Studies", IND)],
      traps=["plan", "named_after"]),
    I("igss", "https://igss.example/updates/yemen-2026-03-11", "2026-03-11T23:00:00+00:00",
      "Yemen Conflict Update, March 11, 2026",
      "<ul><li>Geolocated footage shows Houthi fighters advancing on Jabal Sabir from the east. IGSS "
      "cannot confirm Houthi claims to have captured the summit.</li></ul>",
      claims=[C("Jabal Sabir", H, "advancing", "Institute for Gulf Security Studies", IND)],
      traps=["unconfirmed_claim"]),
    I("igss", "https://igss.example/updates/yemen-2026-03-12", "2026-03-12T23:00:00+00:00",
      "Yemen Conflict Update, March 12, 2026",
      "<ul><li>Houthi forces withdrew from Al-Durayhimi district on March 12. Government forces "
      "have not yet entered Al-Durayhimi.</li><li>Coalition aircraft conducted at least nine strikes "
      "on Houthi positions in Sirwah.</li></ul>",
      claims=[C("Al-Durayhimi", H, "withdrew", "Institute for Gulf Security Studies", IND),
              C("Al-Durayhimi", G, "denied", "Institute for Gulf Security Studies", IND),
              C("Sirwah", G, "strike", "Institute for Gulf Security Studies", IND)],
      traps=["negated_gain"]),
    I("igss", "https://igss.example/updates/yemen-2026-03-13", "2026-03-13T23:00:00+00:00",
      "Yemen Conflict Update, March 13, 2026",
      "<ul><li>Pro-government forces captured Kitaf district in Saada governorate on March 13, the "
      "first major government gain in the province since 2010.</li><li>Houthi forces retain control "
      "of Dahyan.</li></ul>",
      claims=[C("Kitaf", G, "captured", "Institute for Gulf Security Studies", IND),
              C("Dahyan", H, "holding", "Institute for Gulf Security Studies", IND)]),
    # ---------------------------------------------------------------- Red Sea Traveller (no side)
    I("rst", "tag:redseatraveller.example,2026:aden-return", "2026-03-11T12:00:00+01:00",
      "Mocha, Crater and the old spice road: a return to Aden",
      "<p>The old quarter of Crater sits inside an extinct volcano; we spent an afternoon at the "
      "cisterns before the heat drove us back to the harbour.</p>",
      traps=["lexical"]),
    I("rst", "tag:redseatraveller.example,2026:taizzi-bread", "2026-03-12T12:00:00+01:00",
      "Recipe: Taizzi flatbread with Ta'izz-style honey",
      "<p>This bread is best eaten warm, torn and dipped in honey.</p>",
      traps=["prefix_word"]),
    I("rst", "tag:redseatraveller.example,2026:football-cup", "2026-03-13T12:00:00+01:00",
      "Al-Ahli Sanaa beat Aden's Al-Tilal to storm into the cup final",
      "<p>The visitors from Sana'a overran a tired defence in the second half and "
      "deserved the win.</p>",
      traps=["sports"]),
    I("rst", "tag:redseatraveller.example,2026:saada-diaries", "2026-03-14T12:00:00+01:00",
      "Book review: The Saada Diaries",
      "<p>A memoir of the 2009 war, when the army took Dahyan after months of siege, told by a "
      "teacher from Baqim.</p>",
      traps=["history"]),
]


def _autofill(items):
    gaz = Gazetteer(tomllib.loads(CONFIG))
    for it in items:
        it.cities = sorted(gaz.cities_in(visible_text(it)))


if __name__ == "__main__":
    _autofill(ITEMS)
    build(OUT, CONFIG, FEEDS, ITEMS, None)
