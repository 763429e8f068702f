"""Held-out set 'mali' (synthetic, 10-14 Mar 2026). Original writing, fictional outlets."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Feed, I, C, build  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mali")
F, R, IND, UNK = "fama", "rebels", "independent", "unknown"

CONFIG = """
# held-out set: Mali (synthetic)

[[cities]]
name = "Kidal"
aliases = ["كيدال", "ⴾⵉⴷⴰⵍ"]
places = ["Anefis", "Aguelhok", "Kidal airfield"]
lat = 18.44
lon = 1.41

[[cities]]
name = "Timbuktu"
aliases = ["Tombouctou", "Tumbuktu", "تمبكتو"]
places = ["Ber", "Goundam", "Lerneb"]
lat = 16.77
lon = -3.01

[[cities]]
name = "Gao"
aliases = ["غاو"]
places = ["Ansongo", "Tarkint", "Gao airport"]
lat = 16.27
lon = -0.04

[[cities]]
name = "Mopti"
aliases = ["موبتي"]
places = ["Sévaré", "Konna", "Boni"]
lat = 14.49
lon = -4.18

[[cities]]
name = "Tinzaouaten"
aliases = ["Tin Zaouaten", "Tinzawatene", "تين زواتين"]
places = ["In Afarak", "Boughessa"]
lat = 19.95
lon = 2.93

[sides.fama]
actors = ["Malian army", "Malian Armed Forces", "FAMa", "army", "armed forces", "Malian troops", "Malian soldiers", "soldiers", "Africa Corps", "Wagner", "army drones", "Malian air force", "air force"]
voices = ["General Staff", "army general staff", "army spokesman", "military source", "transitional government", "junta", "state television", "Bamako Official Bulletin"]

[sides.rebels]
actors = ["FLA", "Azawad Liberation Front", "Strategic Framework", "CSP", "Tuareg-led rebels", "Tuareg rebels", "separatist rebels", "separatists", "rebels", "rebel"]
voices = ["FLA spokesman", "rebel spokesman", "rebel commander", "separatist spokesman", "CSP spokesman", "Azawad Voice"]

[independent]
voices = ["Sahel Wire", "Niger Bend Courier", "Sahel Incident Watch", "Crescent Sahel Institute", "United Nations", "UN"]

[[feeds]]
name = "Bamako Official Bulletin"
url = "file:feeds/bulletin.xml"
side = "fama"

[[feeds]]
name = "Azawad Voice"
url = "file:feeds/azawadvoice.xml"
side = "rebels"

[[feeds]]
name = "Sahel Wire"
url = "file:feeds/sahelwire.xml"
side = "independent"

[[feeds]]
name = "Niger Bend Courier"
url = "file:feeds/courier.xml"
side = "independent"

[[feeds]]
name = "Sahel Incident Watch"
url = "file:feeds/siw.xml"
side = "independent"

[[feeds]]
name = "Desert Blues Review"
url = "file:feeds/desertblues.xml"
"""

FEEDS = [
    Feed("bob", "Bamako Official Bulletin", "rss", "bulletin.xml", "https://bulletin-bamako.example/en",
         "Official news of the Transition, English edition", side=F, gmt=True),
    Feed("av", "Azawad Voice", "atom", "azawadvoice.xml", "https://azawadvoice.example",
         "Voice of the people of Azawad", side=R),
    Feed("sw", "Sahel Wire", "rss", "sahelwire.xml", "https://sahelwire.example/africa",
         "Sahel Wire: Africa", side=IND, author="Sahel Wire"),
    Feed("nbc", "Niger Bend Courier", "atom", "courier.xml", "https://nigerbend.example/en",
         "Le Courrier de la Boucle, translated from French", side=IND, atom_published=False),
    Feed("siw", "Sahel Incident Watch", "rss", "siw.xml", "https://siw.example",
         "Weekly conflict event monitoring for the central Sahel", side=IND, cdata=True, gmt=True),
    Feed("dbr", "Desert Blues Review", "rss", "desertblues.xml", "https://desertblues.example",
         "Music, poetry and culture of the Sahara"),
]


def bob(n):
    return f"https://bulletin-bamako.example/en/2026/03/{n}"


def av(n):
    return f"tag:azawadvoice.example,2026:post-{n}"


W2_TITLE = "Mali rebels seize northern garrison town of Aguelhok"
W2_BODY = ("<p>DAKAR, March 11 (Sahel Wire) - Separatist rebels seized the garrison town of Aguelhok "
           "in northern Mali on Wednesday, two local officials told Sahel Wire.</p>"
           "<p>The junta denied the town had fallen, saying in a statement read on state television "
           "that Aguelhok remained under the control of the Malian army.</p>")

ITEMS = [
    # ---------------------------------------------------------------- Bamako Official Bulletin (fama)
    I("bob", bob("0101"), "2026-03-10T08:00:00+00:00",
      "Communiqué: FAMa neutralise terrorists near Anefis",
      "<p>The General Staff of the Armed Forces informs the public that on 9 March, FAMa units "
      "neutralised some twenty terrorists and destroyed two vehicles during a reconnaissance patrol.</p>"
      "<p>The armed forces remain in full control of Anefis, the communiqu&eacute; said.</p>",
      cities=["Kidal"], claims=[C("Anefis", F, "holding", "General Staff", F)]),
    I("bob", bob("0117"), "2026-03-10T19:30:00+00:00",
      "Army drones strike terrorist convoy in the far north",
      "<p>Army drones carried out precision strikes on Tuesday on a terrorist convoy at In Afarak, "
      "a locality some 30 km east of Tinzaouaten, the army spokesman said in a statement.</p>",
      cities=["Tinzaouaten"], claims=[C("In Afarak", F, "strike", "army spokesman", F)],
      traps=["locating"]),
    I("bob", bob("0123"), "2026-03-11T07:15:00+00:00",
      "Kidal: FAMa beat back separatist incursion on the airfield",
      "<p>Malian Armed Forces beat back an incursion by separatist rebels on Kidal airfield overnight, "
      "a military source told the Bamako Official Bulletin.</p><p>&#8220;The terrorists fled ahead of our "
      "units, leaving behind weapons and motorbikes,&#8221; the source said.</p>"
      "<p>Kidal remains firmly in the hands of the army.</p>",
      cities=["Kidal"], claims=[C("Kidal airfield", F, "holding", "military source", F),
                                C("Kidal", F, "holding", "Bamako Official Bulletin", F)],
      traps=["subplace_contains_city", "window_edge"]),
    I("bob", bob("0131"), "2026-03-11T16:40:00+00:00",
      "Transitional government dismisses rebel claims on Aguelhok as propaganda",
      "<p>The transitional government on Wednesday dismissed as propaganda claims by the so-called "
      "Strategic Framework that its fighters had overrun Aguelhok.</p><p>&#8220;Our soldiers retain "
      "control of Aguelhok,&#8221; the transitional government said in a statement.</p>",
      cities=["Kidal"], claims=[C("Aguelhok", R, "denied", "transitional government", F),
                                C("Aguelhok", F, "holding", "transitional government", F)]),
    I("bob", bob("0140"), "2026-03-12T09:00:00+00:00",
      "Army reinforcements enter Ber after rebel withdrawal",
      "<p>A FAMa column entered Ber on Thursday morning, 60 km east of Timbuktu, after the separatists "
      "abandoned their bases in the town overnight, the General Staff said.</p>",
      cities=["Timbuktu"], claims=[C("Ber", F, "advancing", "General Staff", F),
                                   C("Ber", R, "withdrew", "General Staff", F)]),
    I("bob", bob("0152"), "2026-03-12T21:10:00+00:00",
      "Africa Corps and FAMa wrest Tarkint from terrorists",
      "<p>Malian troops, backed by Africa Corps instructors, wrested control of Tarkint, a commune north "
      "of Gao, from armed terrorist groups on Thursday, the army general staff announced.</p>",
      cities=["Gao"], claims=[C("Tarkint", F, "captured", "army general staff", F)]),
    I("bob", bob("0160"), "2026-03-13T10:00:00+00:00",
      "Mopti: calm returns to Sévaré market after security operation",
      "<p>Traders in S&eacute;var&eacute; reopened their stalls on Friday after a security operation, the "
      "regional governor said. No incident was reported in Mopti.</p>",
      cities=["Mopti"]),
    I("bob", bob("0171"), "2026-03-13T18:00:00+00:00",
      "Army: rebels never entered Kidal",
      "<p>Separatist rebels did not enter Kidal at any point, the army spokesman said on Friday, calling "
      "reports of fighting in the city&#8217;s streets &#8220;pure fabrication&#8221;.</p>"
      "<p>&#8220;Kidal is and will remain under the control of FAMa,&#8221; he added.</p>",
      cities=["Kidal"], claims=[C("Kidal", R, "denied", "army spokesman", F),
                                C("Kidal", F, "holding", "army spokesman", F)],
      traps=["negated_gain"]),
    I("bob", bob("0180"), "2026-03-14T08:30:00+00:00",
      "Air force bombards JNIM hideouts in Boni",
      "<p>The Malian air force bombarded hideouts of the JNIM terrorist group in Boni on Friday evening, "
      "the General Staff said, adding that several leaders were neutralised.</p>",
      cities=["Mopti"], claims=[C("Boni", F, "strike", "General Staff", F)]),

    # ---------------------------------------------------------------- Azawad Voice (rebels)
    I("av", av("2201"), "2026-03-10T14:00:00+01:00",
      "FLA says its fighters overran Anefis",
      "<p>Fighters of the Azawad Liberation Front overran Anefis at dawn on Monday and seized three "
      "vehicles, FLA spokesman Mohamed Ag Ennasser wrote on X.</p>",
      cities=["Kidal"], claims=[C("Anefis", R, "captured", "FLA spokesman", R)]),
    I("av", av("2207"), "2026-03-10T20:00:00+01:00",
      "Remembering March 2012 in Kidal",
      "<p>In March 2012, Kidal fell to Tuareg rebels within days. The town changed hands again in 2023, "
      "when the army and Wagner entered and raised their flag over the governor&#8217;s residence.</p>",
      cities=["Kidal"], traps=["history"]),
    I("av", av("2214"), "2026-03-11T02:20:00+01:00",
      "\u2018We are at the gates of Aguelhok,\u2019 says rebel commander",
      "<p>Units of the Strategic Framework are closing in on Aguelhok from the north and east, a rebel "
      "commander told Azawad Voice by satellite phone.</p>",
      cities=["Kidal"], claims=[C("Aguelhok", R, "advancing", "rebel commander", R)]),
    I("av", av("2219"), "2026-03-11T18:00:00+01:00",
      "Aguelhok fell into the hands of our forces, FLA says",
      "<p>Aguelhok fell into the hands of the FLA on Wednesday afternoon after the army garrison fled the "
      "town, FLA spokesman Mohamed Ag Ennasser said in a video posted on social media.</p>",
      cities=["Kidal"], claims=[C("Aguelhok", R, "captured", "FLA spokesman", R),
                                C("Aguelhok", F, "withdrew", "FLA spokesman", R)],
      traps=["coreference"]),
    I("av", av("2226"), "2026-03-12T11:00:00+01:00",
      "FLA denies losing Ber",
      "<p>The FLA on Thursday denied losing Ber to the army, saying its units remain in the town.</p>",
      cities=["Timbuktu"], claims=[C("Ber", F, "denied", "FLA", R),
                                   C("Ber", R, "holding", "FLA", R)],
      traps=["its_units", "coreference"]),
    I("av", av("2231"), "2026-03-12T22:00:00+01:00",
      "Framework fighters enter Lerneb and raise their flag over the village",
      "<p>Fighters of the Strategic Framework entered Lerneb on Wednesday and raised their flag over the "
      "village, according to a statement from the CSP.</p>",
      cities=["Timbuktu"], claims=[C("Lerneb", R, "captured", "CSP", R)]),
    I("av", av("2238"), "2026-03-13T12:00:00+01:00",
      "Army troops fled Goundam, says CSP",
      "<p>Malian soldiers and their Wagner auxiliaries fled Goundam ahead of our fighters on Friday "
      "morning, a CSP spokesman said.</p>",
      cities=["Timbuktu"], claims=[C("Goundam", F, "withdrew", "CSP spokesman", R)]),
    I("av", av("2240"), "2026-03-13T20:00:00+01:00",
      "Drone strike on wedding party: Framework accuses the junta",
      "<p>A drone of the Malian army struck a wedding gathering at Boughessa, near Tinzaouaten, on Friday, "
      "killing eleven civilians, a separatist spokesman said on Facebook.</p>",
      cities=["Tinzaouaten"], claims=[C("Boughessa", F, "strike", "separatist spokesman", R)],
      traps=["locating"]),
    I("av", av("2245"), "2026-03-14T09:00:00+01:00",
      "FLA warns it will carry the war to Gao",
      "<p>&#8220;If the bombardments continue, we will take the war to Gao and Ansongo,&#8221; an FLA "
      "official said.</p>",
      cities=["Gao"], traps=["conditional"]),

    # ---------------------------------------------------------------- Sahel Wire (wire)
    I("sw", "sw-ml-4410", "2026-03-10T12:05:00+00:00",
      "Mali separatists say they overran army post in the north; army says it holds Anefis",
      "<p>BAMAKO, March 10 (Sahel Wire) - Tuareg-led rebels said on Monday they had wrested Anefis, a town "
      "on the road between Gao and Kidal, from Malian troops, while the army said its units had repelled "
      "the assault and retained control.</p><p>&#8220;The enemy was beaten back with heavy losses,&#8221; "
      "the army general staff said in a communiqu&eacute;. Sahel Wire could not independently verify "
      "either account.</p>",
      cities=["Gao", "Kidal"], claims=[C("Anefis", R, "captured", "Tuareg-led rebels", R),
                                       C("Anefis", F, "holding", "army", F)],
      traps=["intra_item_contradiction", "locating"]),
    I("sw", "sw-ml-4425", "2026-03-11T21:30:00+00:00", W2_TITLE, W2_BODY,
      cities=["Kidal"], claims=[C("Aguelhok", R, "captured", "local officials", UNK),
                                C("Aguelhok", R, "denied", "junta", F),
                                C("Aguelhok", F, "holding", "junta", F)],
      traps=["syndicated"]),
    I("sw", "sw-ml-4431", "2026-03-12T05:30:00+00:00",
      "Mali army says drones struck rebel positions in Anefis",
      cities=["Kidal"], claims=[C("Anefis", F, "strike", "army", F)], traps=["title_only"]),
    I("sw", "sw-ml-4438", "2026-03-12T14:45:00+00:00",
      "Malian army says it retook Ber; rebels deny",
      "<p>BAMAKO, March 12 (Sahel Wire) - Mali&#8217;s army said on Thursday it had retaken Ber, some "
      "60 km east of Timbuktu, which separatist rebels had held since August.</p><p>The FLA denied losing "
      "the town, dismissing the army&#8217;s statement as propaganda.</p>",
      cities=["Timbuktu"], claims=[C("Ber", F, "captured", "army", F),
                                   C("Ber", F, "denied", "FLA", R)],
      traps=["history", "coreference"]),
    I("sw", "sw-ml-4446", "2026-03-13T06:00:00+00:00",
      "Jihadists overrun army camp near Mopti",
      "<p>BAMAKO, March 13 (Sahel Wire) - Fighters of the al-Qaeda-linked JNIM overran a Malian army camp "
      "at Konna, 55 km north-east of Mopti, on Thursday night, killing at least 15 soldiers, two security "
      "sources said.</p><p>The army later said in a statement that it had regained control of Konna.</p>",
      cities=["Mopti"], claims=[C("Konna", F, "captured", "army", F)], traps=["unconfigured_actor"]),
    I("sw", "sw-ml-4450", "2026-03-13T01:30:00-04:00",
      "UN says separatists on outskirts of Kidal",
      "<p>NEW YORK, March 13 (Sahel Wire) - Separatist rebels have reached the outskirts of Kidal, a UN "
      "spokesperson told reporters in New York on Thursday.</p>",
      cities=["Kidal"], claims=[C("Kidal", R, "advancing", "UN spokesperson", IND)],
      traps=["window_edge"]),
    I("sw", "sw-ml-4452", "2026-03-13T05:00:00-04:00",
      "Mali rebels say they have entered Kidal",
      "<p>NEW YORK, March 13 (Sahel Wire) - The FLA said in a statement on Friday that its fighters had "
      "entered Kidal, the main town of the north-east.</p>",
      cities=["Kidal"], claims=[C("Kidal", R, "advancing", "FLA", R)], traps=["window_edge"]),
    I("sw", "sw-ml-4459", "2026-03-13T17:20:00+00:00",
      "Mali rebels claim drone strike on airport",
      "<p>BAMAKO, March 13 (Sahel Wire) - The Strategic Framework said on Friday its drones had struck "
      "Gao airport, which houses a Russian helicopter unit, destroying one aircraft.</p><p>The army said the "
      "attack was foiled and that the airport was secure.</p>",
      cities=["Gao"], claims=[C("Gao airport", R, "strike", "Strategic Framework", R),
                              C("Gao airport", F, "holding", "army", F)]),
    I("sw", "sw-ml-4466", "2026-03-14T12:00:00+00:00",
      "Analysis: Mali's junta eyes a new push in the far north",
      "<p>Officials in Bamako say the army&#8217;s next objective is Tinzaouaten, where the rebels inflicted "
      "a heavy defeat on FAMa and Wagner in July 2024.</p><p>&#8220;A new push on Tin Zaouaten would stretch "
      "supply lines to breaking point,&#8221; said Oumar Sidib&eacute;, an analyst at the Crescent Sahel "
      "Institute.</p>",
      cities=["Tinzaouaten"], traps=["plan", "history"]),

    # ---------------------------------------------------------------- Niger Bend Courier (translated)
    I("nbc", "urn:nbc:2026:7701", "2026-03-10T23:00:00+01:00",
      "Kidal: the Tuareg rebels say they are closing in on the city",
      "<p>(Translated from French) The Azawad Liberation Front claimed on Monday that FLA fighters were "
      "closing in on Kidal. Residents reached by telephone said the city was calm.</p>",
      cities=["Kidal"], claims=[C("Kidal", R, "advancing", "Azawad Liberation Front", R)]),
    I("nbc", "urn:nbc:2026:7709", "2026-03-11T12:00:00+01:00",
      "Tombouctou: soldiers abandoned their positions at Lerneb, according to local notables",
      "<p>(Translated from French) According to local notables, Malian soldiers abandoned their positions "
      "at Lerneb, a village west of Tombouctou, on Tuesday night, leaving the area to armed men whose "
      "affiliation could not be established.</p>",
      cities=["Timbuktu"], claims=[C("Lerneb", F, "withdrew", "local notables", UNK)],
      traps=["alias_only", "according_to"]),
    I("nbc", "urn:nbc:2026:7712", "2026-03-11T23:10:00+01:00", W2_TITLE, W2_BODY,
      cities=["Kidal"], claims=[C("Aguelhok", R, "captured", "local officials", UNK),
                                C("Aguelhok", R, "denied", "junta", F),
                                C("Aguelhok", F, "holding", "junta", F)],
      traps=["syndicated"]),
    I("nbc", "urn:nbc:2026:7718", "2026-03-12T08:00:00+01:00",
      "Goundam: the army pulled out, it was reported",
      "<p>(Translated from French) Malian soldiers withdrew from Goundam, west of Tombouctou, on Wednesday "
      "night, it was reported in the town.</p>",
      cities=["Timbuktu"], claims=[C("Goundam", F, "withdrew", "Niger Bend Courier", IND)],
      traps=["passive_attribution"]),
    I("nbc", "urn:nbc:2026:7724", "2026-03-12T19:00:00+01:00",
      "Gao region: mortar fire on Ansongo",
      "<p>(Translated from French) Mortar rounds fired by jihadists of JNIM hit Ansongo on Wednesday, "
      "residents told the Courier.</p>",
      cities=["Gao"], traps=["unconfigured_actor"]),
    I("nbc", "urn:nbc:2026:7730", "2026-03-13T09:00:00+01:00",
      "Tombouctou is secure, says regional army commander",
      "<p>(Translated from French) &#8220;Tombouctou is secure and the population can go about its "
      "business,&#8221; the regional army commander told the Courier.</p>",
      cities=["Timbuktu"], claims=[C("Timbuktu", F, "holding", "army commander", F)],
      traps=["quote_first", "alias_only"]),
    I("nbc", "urn:nbc:2026:7736", "2026-03-14T10:30:00+01:00",
      "Mopti region: FAMa launched an offensive on Boni",
      "<p>(Translated from French) Malian troops launched an offensive on Boni on Friday against JNIM "
      "positions, a military source told the Courier.</p>",
      cities=["Mopti"], claims=[C("Boni", F, "advancing", "military source", F)]),
    I("nbc", "urn:nbc:2026:7741", "2026-03-14T16:00:00+01:00",
      "Konna: residents return after the army's recapture this week",
      "<p>(Translated from French) Families began returning to Konna on Saturday after the army&#8217;s "
      "recapture of the town this week, a local official said.</p>",
      cities=["Mopti"], claims=[C("Konna", F, "captured", "local official", UNK)],
      traps=["possessive_nominal", "coreference"]),

    # ---------------------------------------------------------------- Sahel Incident Watch (monitor)
    I("siw", "siw-2026-w11-02", "2026-03-11T09:00:00+00:00",
      "Incident note: clashes reported at Kidal airfield",
      "<p>Sahel Incident Watch recorded clashes overnight at Kidal airfield between FAMa and FLA fighters. "
      "Neither side&#8217;s account could be confirmed.</p>",
      cities=["Kidal"]),
    I("siw", "siw-2026-w11-09", "2026-03-14T18:00:00+00:00",
      "Weekly Sahel update: Aguelhok, Anefis, Ber",
      "<p>Week of 8&#8211;14 March. In the Kidal region, FLA fighters captured Aguelhok on 11 March after the "
      "army garrison withdrew from the town. Our data show the army retained control of Anefis after "
      "repeated assaults.</p><p>In the Timbuktu region, FAMa entered Ber on 12 March; the separatists "
      "withdrew from the town without a fight.</p><p>The Malian air force conducted at least nine drone "
      "strikes in the week, including on Boughessa.</p><p>JNIM attacks continued around Konna and "
      "Boni.</p>",
      cities=["Kidal", "Mopti", "Timbuktu", "Tinzaouaten"],
      claims=[C("Aguelhok", R, "captured", "Sahel Incident Watch", IND),
              C("Aguelhok", F, "withdrew", "Sahel Incident Watch", IND),
              C("Anefis", F, "holding", "Sahel Incident Watch", IND),
              C("Ber", F, "advancing", "Sahel Incident Watch", IND),
              C("Ber", R, "withdrew", "Sahel Incident Watch", IND),
              C("Boughessa", F, "strike", "Sahel Incident Watch", IND)],
      traps=["multi_claim", "unconfigured_actor"]),

    # ---------------------------------------------------------------- Desert Blues Review (no side)
    I("dbr", "https://desertblues.example/?p=310", "2026-03-11T15:00:00+00:00",
      "A guitar band records its new album in a Kidal courtyard",
      "<p>Recorded over six nights, the album is a love letter to ⴾⵉⴷⴰⵍ and its poets.</p>",
      cities=["Kidal"]),
    I("dbr", "https://desertblues.example/?p=314", "2026-03-12T15:00:00+00:00",
      "Musicians flee Tinzawatene as army drones bombard the town",
      "<p>Members of the Imzad Collective said they fled Tinzawatene after army drones bombarded the town "
      "on Wednesday.</p>",
      cities=["Tinzaouaten"], claims=[C("Tinzaouaten", F, "strike", "musicians", UNK)],
      traps=["alias_only"]),
    I("dbr", "https://desertblues.example/?p=318", "2026-03-13T15:00:00+00:00",
      "Mopti-born singer headlines the Gaoual festival in Guinea",
      cities=["Mopti"], traps=["prefix_word", "title_only"]),
    I("dbr", "https://desertblues.example/?p=322", "2026-03-14T15:00:00+00:00",
      "Poetry night: verses from تمبكتو and the river",
      "<p>Readers gathered for an evening of Songhai and Tamasheq verse.</p>",
      cities=["Timbuktu"], traps=["alias_only"]),
]

if __name__ == "__main__":
    build(OUT, CONFIG, FEEDS, ITEMS, None)
