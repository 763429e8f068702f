"""Blind held-out set 'ethiopia' (synthetic, 10-13 Aug 2026). Original writing, fictional outlets.

Amhara region: federal forces (`endf`) against the Fano militias (`fano`).  Written without
reading the claims engine or the other sets' sentences.  Run: python3 gen.py
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import C, Feed, I, build, coref_report, uuid_urn  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "ethiopia")
E, FA, IND, UNK = "endf", "fano", "independent", "unknown"

CONFIG = """
# held-out set: Ethiopia, Amhara region (synthetic)

[[cities]]
name = "Gondar"
aliases = ["Gonder", "ጎንደር"]
places = ["Azezo", "Kola Diba", "Maraki"]
lat = 12.60
lon = 37.47

[[cities]]
name = "Bahir Dar"
aliases = ["Bahar Dar", "Bahirdar", "ባሕር ዳር"]
places = ["Zenzelma", "Tis Abay", "Meshenti"]
lat = 11.59
lon = 37.39

[[cities]]
name = "Debre Markos"
aliases = ["Debre Marqos", "ደብረ ማርቆስ"]
places = ["Amanuel", "Yejube", "Bichena"]
lat = 10.33
lon = 37.73

[[cities]]
name = "Debre Tabor"
aliases = ["ደብረ ታቦር"]
places = ["Nefas Mewcha", "Wereta", "Gassay"]
lat = 11.85
lon = 38.01

[[cities]]
name = "Lalibela"
aliases = ["Lalibala", "ላሊበላ"]
places = ["Bilbala", "Gashena"]
lat = 12.03
lon = 39.04

[[cities]]
name = "Woldia"
aliases = ["Weldiya", "Woldiya", "ወልድያ"]
places = ["Mersa", "Gobiye", "Sirinka"]
lat = 11.83
lon = 39.60

[[cities]]
name = "Kobo"
aliases = ["ቆቦ"]
places = ["Zobil"]
lat = 12.15
lon = 39.63

[[cities]]
name = "Dessie"
aliases = ["Dese", "ደሴ"]
places = ["Kombolcha", "Haik", "Tita"]
lat = 11.13
lon = 39.63

[[cities]]
name = "Debre Birhan"
aliases = ["Debre Berhan", "ደብረ ብርሃን"]
places = ["Shewa Robit", "Debre Sina", "Ankober"]
lat = 9.68
lon = 39.53

[[cities]]
name = "Finote Selam"
aliases = ["Finote Salam", "ፍኖተ ሰላም"]
places = ["Bure", "Jiga"]
lat = 10.70
lon = 37.27

[[cities]]
name = "Metema"
aliases = ["Metemma", "መተማ"]
places = ["Gendawuha", "Shehedi"]
lat = 12.96
lon = 36.20

[[cities]]
name = "Mota"
aliases = ["Motta", "ሞጣ"]
places = ["Gindewoin"]
lat = 11.08
lon = 37.87

[sides.endf]
actors = ["ENDF", "Ethiopian National Defense Force", "Ethiopian National Defence Force", "defence forces", "defense forces", "federal forces", "federal troops", "government forces", "government troops", "government security forces", "security forces", "joint security forces", "Ethiopian army", "Ethiopian military", "army", "military", "Ethiopian Air Force", "regime", "regime forces", "regime soldiers"]
voices = ["Government Communication Service", "government spokesman", "federal government", "military spokesman", "military spokesmen", "Ministry of Defence", "defence ministry", "Central Command", "command post", "zone administration", "Amhara regional government", "regional government", "state media", "Entoto Press Service", "EPS"]

[sides.fano]
actors = ["Fano", "Fano fighters", "Fano forces", "Fano militia", "Fano militias", "Fano militiamen", "Amhara Fano National Force", "extremist forces", "extremist group", "extremist groups", "extremists", "extremist remnants", "armed extremists"]
voices = ["Fano spokesman", "Fano spokesperson", "Fano commander", "Fano official", "Fano officials", "Tewodros Media"]

[independent]
voices = ["Meridian Wire", "Meridian", "Horn Conflict Observatory", "HCO", "Horn Live", "Ethiopian Human Rights Commission", "EHRC", "United Nations", "OCHA"]

[[feeds]]
name = "Entoto Press Service"
url = "file:feeds/eps.xml"
side = "endf"

[[feeds]]
name = "Tewodros Media"
url = "file:feeds/tewodros.xml"
side = "fano"

[[feeds]]
name = "Meridian Wire"
url = "file:feeds/meridian.xml"
side = "independent"

[[feeds]]
name = "Horn Conflict Observatory"
url = "file:feeds/hco.xml"
side = "independent"

[[feeds]]
name = "Horn Live"
url = "file:feeds/hornlive.xml"
side = "independent"

[[feeds]]
name = "Lake Tana Tribune"
url = "file:feeds/tribune.xml"
"""

FEEDS = [
    Feed("eps", "Entoto Press Service", "rss", "eps.xml", "https://eps.example/en",
         "Entoto Press Service: national news in English", side=E),
    Feed("tm", "Tewodros Media", "atom", "tewodros.xml", "https://tewodrosmedia.example",
         "The voice of the Amhara struggle", side=FA),
    Feed("mw", "Meridian Wire", "rss", "meridian.xml", "https://meridianwire.example/africa",
         "Meridian Wire: Africa", side=IND, author="Meridian Wire", gmt=True),
    Feed("hco", "Horn Conflict Observatory", "atom", "hco.xml", "https://hornobservatory.example",
         "Conflict monitoring and analysis for the Horn of Africa", side=IND, atom_published=False),
    Feed("hl", "Horn Live", "atom", "hornlive.xml", "https://hornlive.example/live/ethiopia",
         "Live: Ethiopia's Amhara conflict", side=IND),
    Feed("ltt", "Lake Tana Tribune", "rss", "tribune.xml", "https://laketanatribune.example",
         "News from Bahir Dar and the lake region", cdata=True),
]


def eps(slug: str) -> str:
    return f"https://eps.example/en/news/2026/08/{slug}"


def tm(n: int) -> str:
    return f"tag:tewodrosmedia.example,2026:post-{n}"


def hl(n: int) -> str:
    return uuid_urn(f"hornlive-ethiopia-{n}")


MW_LALIBELA = (
    "<p>LALIBELA, Ethiopia, Aug 13 (Meridian) - Fano fighters took control of Lalibela, the Ethiopian "
    "town famed for its 12th-century rock-hewn churches, on Wednesday night after government troops "
    "pulled out, two residents and a local official told Meridian.</p>"
    "<p>The town, a UNESCO World Heritage site, was briefly held by Tigrayan forces during the "
    "2020-2022 war in northern Ethiopia. A government spokesman did not respond to requests for "
    "comment.</p>")

ITEMS = [
    # ------------------------------------------------------------ Entoto Press Service (state agency)
    I("eps", eps("10/endf-foils-amanuel"), "2026-08-10T14:00:00+03:00",
      "ENDF foils extremist infiltration attempt in Amanuel",
      "<p>Addis Ababa, August 10 (EPS) \u2013 Members of the Ethiopian National Defense Force foiled an "
      "attempt by extremist forces to infiltrate Amanuel town in East Gojjam Zone early Monday morning, "
      "the Government Communication Service announced.</p><p>According to the statement, the town "
      "remains under the full control of the defence forces, and residents have resumed their daily "
      "activities. Several members of the extremist group were captured along with their weapons.</p>",
      cities=["Debre Markos"],
      claims=[C("Amanuel", E, "holding", "Government Communication Service", E)],
      traps=["coreference", "captured_not_place"]),
    I("eps", eps("11/nefas-mewcha-control"), "2026-08-11T09:10:00+03:00",
      "Nefas Mewcha under full control of security forces, zone says",
      "<p>Debre Tabor, August 11 (EPS) \u2013 The South Gondar Zone administration said on Tuesday that "
      "Nefas Mewcha is fully under the control of government security forces.</p><p>The administration "
      "dismissed as fabricated the reports spread by extremist social media outlets that extremist "
      "forces had seized the town, and called on the public to disregard them.</p>",
      cities=["Debre Tabor", "Gondar"],
      claims=[C("Nefas Mewcha", E, "holding", "South Gondar Zone administration", E),
              C("Nefas Mewcha", FA, "denied", "South Gondar Zone administration", E)],
      traps=["zone_name_contains_city", "dateline", "coreference"],
      note="'South Gondar Zone' names Gondar; no claim on Gondar."),
    I("eps", eps("11/azezo-attack-repelled"), "2026-08-11T12:30:00+03:00",
      "Gondar: command post says security forces repelled attack on Azezo",
      "<p>Gondar, August 11 (EPS) \u2013 The Gondar City command post on Tuesday denied reports that "
      "extremist forces had entered Azezo, saying joint security forces had repelled the attackers on "
      "the outskirts of Azezo overnight.</p><p>The command post said public transport and businesses "
      "across the city were operating normally.</p>",
      cities=["Gondar"],
      claims=[C("Azezo", FA, "denied", "Gondar City command post", E),
              C("Azezo", E, "holding", "Gondar City command post", E)],
      traps=["headline_place_colon", "denied", "repelled"]),
    I("eps", eps("11/kola-diba-recaptured"), "2026-08-11T20:00:00+03:00",
      "Defence forces recapture Kola Diba",
      "<p>Gondar, August 11 (EPS) \u2013 Units of the Ethiopian National Defense Force recaptured Kola "
      "Diba on Tuesday afternoon, driving out extremist forces who had looted its health centre and "
      "bank, the army\u2019s Central Command said.</p><p>The command said the forces were continuing "
      "clearing operations in the surrounding rural kebeles.</p>",
      cities=["Gondar"],
      claims=[C("Kola Diba", E, "captured", "army's Central Command", E)],
      traps=["dateline"]),
    I("eps", eps("11/zenzelma-attack-repelled"), "2026-08-11T08:00:00+03:00",
      "Bahir Dar: Joint security forces repel extremist attack on Zenzelma",
      "<p>Bahir Dar, August 11 (EPS) \u2013 Joint security forces repelled an attack by extremist groups "
      "on Zenzelma on Monday morning, the Amhara regional government said in a statement.</p><p>The "
      "statement urged residents of Bahir Dar not to heed rumours circulated on social media and said "
      "the regional peace and security bureau would take measures against those spreading them.</p>",
      cities=["Bahir Dar"],
      claims=[C("Zenzelma", E, "holding", "Amhara regional government", E)],
      traps=["headline_place_colon", "repelled", "prefix_word"],
      note="'bureau' begins with the place name 'Bure' but is not a whole-word match."),
    I("eps", eps("12/meshenti-drone-allegation"), "2026-08-12T10:00:00+03:00",
      "Government rejects \u2018fabricated\u2019 Meshenti drone allegation",
      "<p>Addis Ababa, August 12 (EPS) \u2013 The Government Communication Service on Wednesday "
      "rejected as fabricated the allegation that a drone of the defence forces had struck a passenger "
      "minibus near Meshenti.</p><p>The service said the defence forces conduct operations only against "
      "armed extremists and take every care to protect civilians.</p>",
      cities=["Bahir Dar"],
      traps=["denied_strike"],
      note="A denied strike is not a claim (CONVENTIONS: denied is about gains)."),
    I("eps", eps("12/bure-held"), "2026-08-12T19:00:00+03:00",
      "Defence forces hold Bure, inflict heavy losses on extremists",
      "<p>Finote Selam, August 12 (EPS) \u2013 Units of the defence forces have repelled repeated attacks "
      "by extremist forces on Bure and remain in full control of the town, the West Gojjam Zone command "
      "post said on Wednesday.</p><p>More than 60 extremists were killed and dozens wounded in the "
      "fighting, the command post said.</p>",
      cities=["Finote Selam"],
      claims=[C("Bure", E, "holding", "West Gojjam Zone command post", E)],
      traps=["dateline", "repelled"]),
    I("eps", eps("13/lalibela-secure"), "2026-08-13T15:00:00+03:00",
      "Lalibela secure, pilgrims urged to travel without fear",
      "<p>Lalibela, August 13 (EPS) \u2013 The North Wollo Zone administration said on Thursday that "
      "Lalibela is secure and under the control of government security forces, dismissing what it "
      "called baseless rumours.</p><p>The administration said preparations for the annual pilgrimage "
      "to the town\u2019s rock-hewn churches were under way.</p>",
      cities=["Lalibela"],
      claims=[C("Lalibela", E, "holding", "North Wollo Zone administration", E)],
      traps=["secure", "vague_denial"],
      note="'dismissing baseless rumours' names no side or gain: no denied claim."),
    I("eps", eps("12/mersa-cleared"), "2026-08-12T07:30:00+03:00",
      "ENDF clears Mersa of extremist remnants",
      "<p>Woldia, August 12 (EPS) \u2013 Mersa has been fully cleared of extremist remnants and is now "
      "under the control of the defence forces, the Ministry of Defence said on Wednesday.</p>"
      "<p>Colonel Amanuel Tefera, a military spokesman, said more than 40 extremists were killed and "
      "that the Addis Ababa\u2013Mekelle highway had reopened to traffic.</p>",
      cities=["Woldia", "Debre Markos"],
      claims=[C("Mersa", E, "captured", "Ministry of Defence", E)],
      traps=["person_name_is_place", "now_controls"],
      note="Colonel Amanuel names the sub-place Amanuel (Debre Markos); no claim on it."),
    I("eps", eps("10/debre-sina-recaptured"), "2026-08-10T11:00:00+03:00",
      "Defence forces recapture Debre Sina",
      "<p>Debre Birhan, August 10 (EPS) \u2013 The Ethiopian National Defense Force has recaptured Debre "
      "Sina in North Shewa Zone from extremist forces, the Government Communication Service said on "
      "Monday.</p><p>The service said the army was pursuing the remnants of the extremist group in the "
      "surrounding highlands and that the main road through the town was open.</p>",
      cities=["Debre Birhan"],
      claims=[C("Debre Sina", E, "captured", "Government Communication Service", E)],
      traps=["window_edge", "dateline"],
      note="48.5 h before the Horn Live 'Debre Sina still in our hands' entry: no conflict "
           "(local clock times differ by only 46.5 h)."),
    I("eps", eps("13/shewa-robit-calm"), "2026-08-13T09:00:00+03:00",
      "Shewa Robit calm, attempt to approach town repelled: command post",
      "<p>Debre Birhan, August 13 (EPS) \u2013 The North Shewa Zone command post said on Thursday that "
      "Shewa Robit remains under the full control of the defence forces, and that an attempt by the "
      "extremist group to approach the town from the east was repelled on Wednesday night.</p>",
      cities=["Debre Birhan"],
      claims=[C("Shewa Robit", E, "holding", "North Shewa Zone command post", E)],
      traps=["headline_trailing_speaker", "repelled"]),
    I("eps", eps("11/kombolcha-coffee"), "2026-08-11T15:30:00+03:00",
      "Kombolcha industrial park ships first coffee exports of the season",
      "<p>Dessie, August 11 (EPS) \u2013 The Kombolcha industrial park dispatched its first containers of "
      "washed coffee of the season to Djibouti on Tuesday, the park\u2019s management said.</p>"
      "<p>Kombolcha, which was briefly occupied by TPLF forces in late 2021, has since been rebuilt with "
      "federal support.</p>",
      cities=["Dessie"],
      traps=["no_claim", "history", "unconfigured_actor"]),
    I("eps", eps("10/wereta-attack-repelled"), "2026-08-10T16:00:00+03:00",
      "Attack on Wereta repelled, says military spokesman",
      "<p>Bahir Dar, August 10 (EPS) \u2013 Extremist forces that attacked Wereta on Monday morning were "
      "repelled with heavy losses, a military spokesman said.</p><p>\u201cOur forces repelled the "
      "attackers and the town is secure,\u201d Brigadier General Yared Tilahun told EPS.</p>",
      cities=["Bahir Dar", "Debre Tabor"],
      claims=[C("Wereta", E, "holding", "military spokesman", E)],
      traps=["passive_repelled", "quote", "window_edge"],
      note="46.5 h before the Tewodros Media 'Fano take Wereta' post: conflict."),

    # ------------------------------------------------------------ Tewodros Media (rebel channel)
    I("tm", tm(4410), "2026-08-10T06:40:00+03:00",
      "Fano forces enter Amanuel, regime soldiers retreat to Debre Markos",
      "<p>Our heroic fighters of the Gojjam command entered Amanuel at dawn after a night of fighting, "
      "Fano spokesman Tesfa Alemu said. The regime soldiers stationed at the town\u2019s police station "
      "abandoned their positions and retreated toward Debre Markos.</p><p>Victory to the Amhara "
      "people!</p>",
      cities=["Debre Markos"],
      claims=[C("Amanuel", FA, "advancing", "Fano spokesman", FA),
              C("Amanuel", E, "withdrew", "Tewodros Media", FA)],
      traps=["destination_not_claim", "coreference"]),
    I("tm", tm(4421), "2026-08-10T18:20:00+03:00",
      "BREAKING | Nefas Mewcha liberated",
      "<p>Fano forces have taken full control of Nefas Mewcha after the regime\u2019s troops abandoned "
      "their positions in the town this afternoon. Our fighters captured two military trucks and a "
      "large amount of ammunition.</p>",
      cities=["Debre Tabor"],
      claims=[C("Nefas Mewcha", FA, "captured", "Tewodros Media", FA),
              C("Nefas Mewcha", E, "withdrew", "Tewodros Media", FA)],
      traps=["liberated", "captured_not_place"]),
    I("tm", tm(4433), "2026-08-11T05:00:00+03:00",
      "Gonder: Fano units push into Azezo",
      "<p>Fano fighters of the Gonder command pushed into Azezo overnight and are advancing towards the "
      "airport, a Fano commander told Tewodros Media.</p>",
      cities=["Gondar"],
      claims=[C("Azezo", FA, "advancing", "Fano commander", FA)],
      traps=["headline_place_colon", "alias_only"]),
    I("tm", tm(4460), "2026-08-12T07:00:00+03:00",
      "Fano official: Kola Diba is still in our hands",
      "<p>Kola Diba remains in the hands of Fano, contrary to claims by the regime\u2019s media that the "
      "army had recaptured the town, a Fano official in Central Gonder told Tewodros Media on Wednesday "
      "morning.</p><p>\u201cThey announce victories on television that they never win on the ground,\u201d "
      "he said.</p>",
      cities=["Gondar"],
      claims=[C("Kola Diba", FA, "holding", "Fano official", FA),
              C("Kola Diba", E, "denied", "Fano official", FA)],
      traps=["headline_speaker_colon", "denied", "pronoun_claimant"]),
    I("tm", tm(4447), "2026-08-11T16:00:00+03:00",
      "Regime drone strike kills 11 civilians near Meshenti",
      "<p>A drone operated by the regime struck a minibus carrying market-goers at Meshenti, south of "
      "Bahir Dar, on Tuesday morning, killing 11 civilians, local Fano officials said.</p>",
      cities=["Bahir Dar"],
      claims=[C("Meshenti", E, "strike", "local Fano officials", FA)],
      traps=["locator_city"]),
    I("tm", tm(4464), "2026-08-12T11:00:00+03:00",
      "Bure: our forces are storming the town",
      "<p>Fano forces are storming Bure from three directions, Fano spokesperson Meseret Ayele said in a "
      "video message on Wednesday. \u201cThe enemy is collapsing and will soon run out of places to "
      "hide,\u201d she said.</p>",
      cities=["Finote Selam"],
      claims=[C("Bure", FA, "advancing", "Fano spokesperson", FA)],
      traps=["headline_place_colon", "our_forces", "pronoun_claimant"]),
    I("tm", tm(4480), "2026-08-13T06:15:00+03:00",
      "\u1230\u1260\u122d \u12dc\u1293 | FANO FIGHTERS NOW CONTROL \u134d\u1296\u1270 \u1230\u120b\u121d",
      None,
      cities=["Finote Selam"],
      claims=[C("Finote Selam", FA, "captured", "Tewodros Media", FA)],
      traps=["title_only", "all_caps", "geez_alias_only", "now_controls"]),
    I("tm", tm(4483), "2026-08-13T08:00:00+03:00",
      "Lalibela liberated! A historic day for the Amhara people",
      "<p>Fano fighters of the Wollo command liberated the holy town of Lalibela last night without "
      "firing a single shot, as the regime\u2019s soldiers fled toward Gashena.</p><p>Fano is now "
      "protecting the churches and calls on pilgrims to come for the holiday.</p>",
      cities=["Lalibela"],
      claims=[C("Lalibela", FA, "captured", "Tewodros Media", FA),
              C("Lalibela", E, "withdrew", "Tewodros Media", FA)],
      traps=["liberated", "destination_not_claim"]),
    I("tm", tm(4475), "2026-08-12T21:00:00+03:00",
      "\u201cMersa is ours\u201d \u2013 Fano official dismisses regime claims",
      "<p>\u201cMersa is still in the hands of our forces. The regime\u2019s army has not set foot in the "
      "town,\u201d a Fano official in North Wollo said in an audio message shared with Tewodros Media."
      "</p><p>He said the regime had instead shelled villages outside the town.</p>",
      cities=["Woldia"],
      claims=[C("Mersa", FA, "holding", "Fano official", FA),
              C("Mersa", E, "denied", "Fano official", FA)],
      traps=["quote", "negated_gain", "untracked_strike_target"]),
    I("tm", tm(4424), "2026-08-10T20:00:00+03:00",
      "Shewa command: regime\u2019s Debre Sina claim is false",
      "<p>The Shewa command of the Amhara Fano National Force said on Monday that the regime\u2019s "
      "troops had not recaptured Debre Sina and that its fighters were still holding their positions "
      "inside the town.</p>",
      cities=["Debre Birhan"],
      claims=[C("Debre Sina", E, "denied", "Shewa command of the Amhara Fano National Force", FA),
              C("Debre Sina", FA, "holding", "Shewa command of the Amhara Fano National Force", FA)],
      traps=["headline_speaker_colon", "negated_gain", "its_fighters"]),
    I("tm", tm(4436), "2026-08-11T09:00:00+03:00",
      "Bichena: regime offensive repelled",
      "<p>Fano fighters repelled a regime offensive on Bichena on Monday and the town remains under our "
      "control, the Fano East Gojjam command said. The enemy left behind dozens of dead.</p>",
      cities=["Debre Markos"],
      claims=[C("Bichena", FA, "holding", "Fano East Gojjam command", FA)],
      traps=["repelled_by_rebels", "our_control"]),
    I("tm", tm(4481), "2026-08-13T07:00:00+03:00",
      "Fano forces reach the outskirts of Dese",
      "<p>Our Wollo fighters have reached the outskirts of Dese (\u12f0\u1234) and are preparing for the "
      "final push, Fano commander Biset Wale said on Thursday. The regime has moved reinforcements from "
      "Kombolcha.</p>",
      cities=["Dessie"],
      claims=[C("Dessie", FA, "advancing", "Fano commander", FA)],
      traps=["alias_only", "plan", "reinforcements_not_withdrawal"]),
    I("tm", tm(4468), "2026-08-12T14:30:00+03:00",
      "Fano take Wereta",
      "<p>Fano fighters took Wereta on Wednesday after two days of fighting with regime forces, "
      "Tewodros Media\u2019s correspondent in South Gonder reports.</p>",
      cities=["Debre Tabor", "Gondar"],
      claims=[C("Wereta", FA, "captured", "Tewodros Media's correspondent", FA)],
      traps=["window_edge", "zone_name_contains_city"]),

    # ------------------------------------------------------------ Meridian Wire (international wire)
    I("mw", "mw-et-30118", "2026-08-11T07:45:00+00:00",
      "Fighting in Ethiopia's Amhara region spreads toward Debre Markos",
      "<p>ADDIS ABABA, Aug 11 (Meridian) - Fano militiamen stormed Amanuel, a town about 35 km west of "
      "Debre Markos, on Monday, two residents told Meridian by phone, in one of the closest attacks yet "
      "to the capital of East Gojjam zone. Fano commanders have said their next objective is Debre "
      "Markos itself.</p><p>The army said in a statement carried by state media that it had repelled "
      "the attack and killed dozens of fighters. Meridian could not independently verify either "
      "account.</p>",
      cities=["Debre Markos"],
      claims=[C("Amanuel", FA, "advancing", "residents", UNK),
              C("Amanuel", E, "holding", "army", E)],
      traps=["locator_city", "plan", "both_sides_one_item"]),
    I("mw", "mw-et-30152", "2026-08-12T09:20:00+00:00",
      "Ethiopia's Fano militia fights its way into Azezo district of Gondar",
      "<p>GONDAR, Ethiopia, Aug 12 (Meridian) - Fano militia fighters pushed into Azezo, on the southern "
      "edge of Gondar, on Tuesday and were fighting federal troops near the city's airport, three "
      "residents said.</p><p>The Government Communication Service said in a statement that the army "
      "had full control of the city and denied that Fano fighters had entered Azezo.</p>",
      cities=["Gondar"],
      claims=[C("Azezo", FA, "advancing", "residents", UNK),
              C("Gondar", E, "holding", "Government Communication Service", E),
              C("Azezo", FA, "denied", "Government Communication Service", E)],
      traps=["coreference", "denied", "both_sides_one_item"]),
    I("mw", "mw-et-30187", "2026-08-13T10:00:00+00:00",
      "Fano fighters take control of Ethiopia's Lalibela, residents say",
      MW_LALIBELA,
      cities=["Lalibela"],
      claims=[C("Lalibela", FA, "captured", "residents and a local official", UNK),
              C("Lalibela", E, "withdrew", "residents and a local official", UNK)],
      traps=["history", "unconfigured_actor", "no_comment", "syndicated"]),
    I("mw", "mw-et-30126", "2026-08-11T13:10:00+00:00",
      "Drone strike on Ethiopian market town kills at least 18, health workers say",
      "<p>NAIROBI, Aug 11 (Meridian) - A drone strike hit a crowded market in Kobo in Ethiopia's Amhara "
      "region on Monday, killing at least 18 people, two health workers said. They blamed the Ethiopian "
      "military, which has increasingly used drones against Fano fighters since the conflict began in "
      "2023.</p><p>Military spokesmen did not respond to requests for comment.</p>",
      cities=["Kobo"],
      claims=[C("Kobo", E, "strike", "health workers", UNK)],
      traps=["strike_side_in_next_sentence", "pronoun_claimant"]),
    I("mw", "mw-et-30160", "2026-08-12T15:40:00+00:00",
      "Fano militia advance on town on Ethiopia's main northern highway",
      "<p>DEBRE BIRHAN, Ethiopia, Aug 12 (Meridian) - Fano fighters were advancing towards Shewa Robit, "
      "a town on the highway linking Addis Ababa to the north of the country, on Wednesday, a Fano "
      "commander said. Debre Birhan, about 100 km to the south, was calm, residents said.</p><p>If "
      "Shewa Robit falls, the militia would be within striking distance of Debre Birhan, analysts say. "
      "Federal troops have retaken several towns in North Shewa in recent weeks, according to the "
      "government.</p>",
      cities=["Debre Birhan"],
      claims=[C("Shewa Robit", FA, "advancing", "Fano commander", FA)],
      traps=["dateline", "conditional", "vague_place"]),
    I("mw", "mw-et-30195", "2026-08-13T16:30:00+00:00",
      "Ethiopian officials say Dessie safe as Fano claims to be at its gates",
      "<p>ADDIS ABABA, Aug 13 (Meridian) - The Amhara regional government said on Thursday that Fano "
      "fighters had not entered Dessie, the largest city in the Wollo area, after Fano said it had "
      "reached the city's outskirts.</p><p>\"The city is safe and the security forces are in control,\" "
      "an official of the Amhara regional government told Meridian, asking not to be named.</p>",
      cities=["Dessie"],
      claims=[C("Dessie", FA, "denied", "Amhara regional government", E),
              C("Dessie", FA, "advancing", "Fano", FA),
              C("Dessie", E, "holding", "Amhara regional government", E)],
      traps=["negated_gain", "both_sides_one_item", "quote"]),
    I("mw", "mw-et-30104", "2026-08-10T12:00:00+00:00",
      "Sudan reinforces border as Ethiopian fighting reaches Metema",
      "<p>PORT SUDAN, Aug 10 (Meridian) - Fano fighters entered the Ethiopian border town of Metema on "
      "Sunday, residents said, prompting Sudan's army to reinforce its positions in Gallabat on the "
      "other side of the border.</p><p>Sudanese troops also took over a customs post near the crossing, "
      "a Sudanese military source said.</p>",
      cities=["Metema"],
      claims=[C("Metema", FA, "advancing", "residents", UNK)],
      traps=["unconfigured_actor", "captured_not_place"],
      note="Sudan's army / Sudanese military contain the endf actor words army / military."),

    # ------------------------------------------------------------ Horn Conflict Observatory (monitor)
    I("hco", "https://hornobservatory.example/updates/2026-08-12", "2026-08-12T16:00:00+00:00",
      "Amhara situation update: 10\u201311 August",
      "<p>Key developments recorded by HCO:</p><ul><li><b>South Gondar.</b> ENDF units withdrew from "
      "Nefas Mewcha on 10 August after a two-day Fano offensive; Fano fighters took control of the town "
      "the same evening.</li><li><b>East Gojjam.</b> ENDF recaptured Bichena on 10 August, ending nine "
      "days of Fano control. Fighting was also reported around Amanuel.</li><li><b>North Wollo.</b> Fano "
      "fighters were advancing on Gobiye, north of Weldiya, on 11 August.</li><li><b>Central Gondar."
      "</b> Clashes between Fano and Qemant militia were reported near Shehedi; HCO recorded no change "
      "in control.</li></ul>",
      cities=["Gondar", "Debre Tabor", "Debre Markos", "Woldia", "Metema"],
      claims=[C("Nefas Mewcha", E, "withdrew", "Horn Conflict Observatory", IND),
              C("Nefas Mewcha", FA, "captured", "Horn Conflict Observatory", IND),
              C("Bichena", E, "captured", "Horn Conflict Observatory", IND),
              C("Gobiye", FA, "advancing", "Horn Conflict Observatory", IND)],
      body_type="xhtml",
      traps=["digest_multi_claim", "no_side_fighting", "unconfigured_actor", "alias_only"]),
    I("hco", "https://hornobservatory.example/updates/2026-08-13", "2026-08-13T18:00:00+00:00",
      "Amhara situation update: 12\u201313 August",
      "<p><strong>West Gojjam.</strong> Fano forces attacked Bure from the north on 11 and 12 August; "
      "ENDF units were holding the town centre as of 13 August. HCO assesses that Finote Selam itself "
      "remains under ENDF control. ENDF drone strikes were recorded in Jiga on 12 August (two "
      "incidents).</p><p><strong>North Wollo.</strong> HCO recorded the withdrawal of ENDF units from "
      "Lalibela on 12 August; control of the town could not be independently established. Fighting "
      "continued around Mersa.</p>",
      cities=["Finote Selam", "Lalibela", "Woldia"],
      claims=[C("Bure", FA, "advancing", "Horn Conflict Observatory", IND),
              C("Bure", E, "holding", "Horn Conflict Observatory", IND),
              C("Finote Selam", E, "holding", "Horn Conflict Observatory", IND),
              C("Jiga", E, "strike", "Horn Conflict Observatory", IND),
              C("Lalibela", E, "withdrew", "Horn Conflict Observatory", IND)],
      traps=["digest_multi_claim", "noun_phrase_claim", "no_side_fighting"]),
    I("hco", "https://hornobservatory.example/explainers/who-are-the-fano", "2026-08-11T12:00:00+00:00",
      "Explainer: who are the Fano?",
      "Fano militias fought alongside federal troops against Tigrayan forces in 2021, helping to "
      "recapture Weldiya, Kobo and Lalibela. Relations broke down in April 2023, when the government "
      "moved to dissolve the regional special forces, and by August 2023 Fano fighters had briefly "
      "seized Lalibela and Gondar before withdrawing. The movement has no single command; its largest "
      "wings are in Gojjam, Gondar, Wollo and Shewa.",
      cities=["Woldia", "Kobo", "Lalibela", "Gondar"],
      body_type="text",
      traps=["history", "backgrounder"]),

    # ------------------------------------------------------------ Horn Live (live blog)
    I("hl", hl(2), "2026-08-10T09:30:00+01:00",
      "Fano say they have entered Zenzelma on Bahir Dar's edge",
      "<p>A spokesman for the Fano forces in Gojjam told Horn Live his fighters had entered Zenzelma, "
      "the eastern district of Bahir Dar, before dawn. We have not been able to verify this "
      "independently.</p>",
      cities=["Bahir Dar"],
      claims=[C("Zenzelma", FA, "advancing", "spokesman for the Fano forces", FA)],
      traps=["pronoun_his_fighters", "offset_+0100"]),
    I("hl", hl(3), "2026-08-13T12:05:00+01:00",
      "Lalibela: what we know so far",
      "<p>Meridian reports that Fano fighters are now in control of Lalibela. The Ethiopian Human "
      "Rights Commission has called on all parties to protect the town's churches and its residents.</p>",
      cities=["Lalibela"],
      claims=[C("Lalibela", FA, "captured", "Meridian", IND)],
      traps=["headline_place_colon", "relayed_claimant", "now_controls"]),
    I("hl", hl(4), "2026-08-12T14:40:00+01:00",
      "EHRC: drone strike near Motta killed nine civilians",
      "<p>The Ethiopian Human Rights Commission says a drone strike on a wedding gathering near Motta on "
      "Monday killed nine civilians. It did not say who carried out the strike.</p>",
      cities=["Mota"],
      traps=["strike_no_side", "alias_only", "headline_speaker_colon"]),
    I("hl", hl(5), "2026-08-11T19:00:00+01:00",
      "Ethiopian army: Kola Diba back under our control",
      None,
      cities=["Gondar"],
      claims=[C("Kola Diba", E, "captured", "Ethiopian army", E)],
      traps=["title_only", "headline_speaker_colon", "our_control"]),
    I("hl", hl(6), "2026-08-12T09:30:00+01:00",
      "Fano: Debre Sina is still in our hands",
      None,
      cities=["Debre Birhan"],
      claims=[C("Debre Sina", FA, "holding", "Fano", FA)],
      traps=["title_only", "headline_speaker_colon", "window_edge"],
      note="48.5 h after EPS 'Defence forces recapture Debre Sina': no conflict."),

    # ------------------------------------------------------------ Lake Tana Tribune (regional paper, no side)
    I("ltt", "https://laketanatribune.example/?p=8812", "2026-08-10T21:00:00+03:00",
      "Fano fighters attack Zenzelma, residents report heavy gunfire",
      "<p>Fano fighters attacked federal positions in Zenzelma, on the eastern edge of Bahir Dar, from "
      "around 4am on Monday, residents said.</p><p>By midday, shops in the city centre had reopened and "
      "bajaj drivers were back at work.</p>",
      cities=["Bahir Dar"],
      claims=[C("Zenzelma", FA, "advancing", "residents", UNK)],
      traps=["no_side_feed", "locator_city"]),
    I("ltt", "https://laketanatribune.example/?p=8820", "2026-08-11T18:00:00+03:00",
      "Tourists stay away from Tis Abay falls",
      "<p>Hotel owners in Tis Abay say bookings have dropped by two-thirds since fighting began in 2023, "
      "when Fano fighters briefly took control of the town. Only a handful of visitors came to see the "
      "Blue Nile falls this rainy season, normally the busiest time of year.</p>",
      cities=["Bahir Dar"],
      traps=["history", "falls_not_fell"]),
    I("ltt", "https://laketanatribune.example/?p=8831", "2026-08-12T12:00:00+03:00",
      "Lalibela Restaurant reopens on the lakeshore",
      "<p>The Lalibela Restaurant, a Bahirdar institution known for its tibs and live azmari music, "
      "reopened on Wednesday after renovation.</p>",
      cities=["Lalibela", "Bahir Dar"],
      traps=["named_after_city", "alias_only"]),
    I("ltt", "https://laketanatribune.example/?p=8840", "2026-08-13T12:00:00+03:00",
      "City library receives 200 Kobo e-readers",
      "<p>The Bahir Dar public library has received 200 Kobo e-readers loaded with Amharic titles from a "
      "diaspora association, the library's director said.</p>",
      cities=["Kobo", "Bahir Dar"],
      traps=["name_collision"]),
    I("ltt", "https://laketanatribune.example/?p=8846", "2026-08-13T19:30:00+03:00",
      "Fano fighters take control of Ethiopia's Lalibela, residents say",
      MW_LALIBELA,
      cities=["Lalibela"],
      claims=[C("Lalibela", FA, "captured", "residents and a local official", UNK),
              C("Lalibela", E, "withdrew", "residents and a local official", UNK)],
      traps=["syndicated", "history"]),
    I("ltt", "https://laketanatribune.example/?p=8836", "2026-08-12T20:00:00+03:00",
      "Restorers finish work on a Gondarine-era bathing palace",
      "<p>Craftsmen have completed the restoration of a 17th-century bathing pavilion built in the "
      "Gondarine style, ahead of the Timkat celebrations in January.</p>",
      cities=[],
      traps=["prefix_word"]),
]

# conflicts reviewed by hand against the DESIGN rule (26)
EXPECTED = [
    ('Amanuel', 'https://eps.example/en/news/2026/08/10/endf-foils-amanuel', 'mw-et-30118'),
    ('Amanuel', 'https://eps.example/en/news/2026/08/10/endf-foils-amanuel', 'tag:tewodrosmedia.example,2026:post-4410'),
    ('Amanuel', 'mw-et-30118', 'tag:tewodrosmedia.example,2026:post-4410'),
    ('Azezo', 'https://eps.example/en/news/2026/08/11/azezo-attack-repelled', 'mw-et-30152'),
    ('Azezo', 'https://eps.example/en/news/2026/08/11/azezo-attack-repelled', 'tag:tewodrosmedia.example,2026:post-4433'),
    ('Azezo', 'mw-et-30152', 'tag:tewodrosmedia.example,2026:post-4433'),
    ('Bichena', 'https://hornobservatory.example/updates/2026-08-12', 'tag:tewodrosmedia.example,2026:post-4436'),
    ('Bure', 'https://eps.example/en/news/2026/08/12/bure-held', 'https://hornobservatory.example/updates/2026-08-13'),
    ('Bure', 'https://eps.example/en/news/2026/08/12/bure-held', 'tag:tewodrosmedia.example,2026:post-4464'),
    ('Bure', 'https://hornobservatory.example/updates/2026-08-13', 'tag:tewodrosmedia.example,2026:post-4464'),
    ('Debre Sina', 'https://eps.example/en/news/2026/08/10/debre-sina-recaptured', 'tag:tewodrosmedia.example,2026:post-4424'),
    ('Dessie', 'mw-et-30195', 'tag:tewodrosmedia.example,2026:post-4481'),
    ('Finote Selam', 'https://hornobservatory.example/updates/2026-08-13', 'tag:tewodrosmedia.example,2026:post-4480'),
    ('Kola Diba', 'https://eps.example/en/news/2026/08/11/kola-diba-recaptured', 'tag:tewodrosmedia.example,2026:post-4460'),
    ('Kola Diba', 'tag:tewodrosmedia.example,2026:post-4460', 'urn:uuid:b965a419-64dd-5238-842d-9e55ea865973'),
    ('Lalibela', 'https://eps.example/en/news/2026/08/13/lalibela-secure', 'https://laketanatribune.example/?p=8846'),
    ('Lalibela', 'https://eps.example/en/news/2026/08/13/lalibela-secure', 'mw-et-30187'),
    ('Lalibela', 'https://eps.example/en/news/2026/08/13/lalibela-secure', 'tag:tewodrosmedia.example,2026:post-4483'),
    ('Lalibela', 'https://eps.example/en/news/2026/08/13/lalibela-secure', 'urn:uuid:4e6d8968-b5b0-52b8-825d-12c16d9b53a4'),
    ('Mersa', 'https://eps.example/en/news/2026/08/12/mersa-cleared', 'tag:tewodrosmedia.example,2026:post-4475'),
    ('Nefas Mewcha', 'https://eps.example/en/news/2026/08/11/nefas-mewcha-control', 'https://hornobservatory.example/updates/2026-08-12'),
    ('Nefas Mewcha', 'https://eps.example/en/news/2026/08/11/nefas-mewcha-control', 'tag:tewodrosmedia.example,2026:post-4421'),
    ('Shewa Robit', 'https://eps.example/en/news/2026/08/13/shewa-robit-calm', 'mw-et-30160'),
    ('Wereta', 'https://eps.example/en/news/2026/08/10/wereta-attack-repelled', 'tag:tewodrosmedia.example,2026:post-4468'),
    ('Zenzelma', 'https://eps.example/en/news/2026/08/11/zenzelma-attack-repelled', 'https://laketanatribune.example/?p=8812'),
    ('Zenzelma', 'https://eps.example/en/news/2026/08/11/zenzelma-attack-repelled', 'urn:uuid:d65093d5-dd5d-59c3-9b65-6ff7eefee8ce'),
]

if __name__ == "__main__":
    if "--coref" in sys.argv:
        coref_report(CONFIG, ITEMS)
    else:
        build(OUT, CONFIG, FEEDS, ITEMS, EXPECTED)
