"""Held-out set 'libya' (blind, synthetic; outlets fictional, .example domains).

All text is original synthetic writing for testing frontline; nothing is a factual report.
"""
import os
import sys
import tomllib

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Feed, I, C, build, Gazetteer, visible_text  # noqa: E402

HERE = os.path.dirname(os.path.abspath(__file__))
OUT = os.path.join(HERE, "..", "libya")
L, N, IND, UNK = "lna", "gna", "independent", "unknown"

CONFIG = """
# frontline held-out set: Libya theatre (synthetic corpus)

[[cities]]
name = "Tripoli"
aliases = ["Tarabulus", "طرابلس"]
places = ["Mitiga", "Ain Zara", "Abu Salim", "Salah al-Din", "Tripoli International Airport"]
lat = 32.89
lon = 13.19

[[cities]]
name = "Sirte"
aliases = ["Surt", "Sirt", "سرت"]
places = ["Al-Qardabiya", "Abu Hadi", "Wadi Jarif"]
lat = 31.21
lon = 16.59

[[cities]]
name = "Misrata"
aliases = ["Misurata", "Misratah", "مصراتة"]
places = ["Misrata Air Academy", "Abu Grein", "Tawergha"]
lat = 32.38
lon = 15.09

[[cities]]
name = "Tarhuna"
aliases = ["Tarhouna", "ترهونة"]
places = ["Qasr Bin Ghashir", "Sidi Sayeh", "Al-Daoun"]
lat = 32.43
lon = 13.63

[[cities]]
name = "Gharyan"
aliases = ["Gheryan", "غريان"]
places = ["Al-Asabaa", "Abu Ghaylan"]
lat = 32.17
lon = 13.02

[sides.lna]
actors = ["Libyan National Army", "LNA", "LNA units", "LNA forces", "Haftar's forces", "Haftar forces", "Khalifa Haftar", "Haftar's militias", "eastern forces", "eastern-based forces", "Wagner mercenaries", "Wagner", "Kaniyat", "Kaniyat fighters", "LNA warplanes"]
voices = ["LNA spokesman", "Salem al-Oraibi", "General Command", "LNA media office", "LNA field commander", "LNA official", "Benghazi Front Post"]

[sides.gna]
actors = ["Government of National Accord", "Government of National Accord forces", "GNA forces", "GNA", "Tripoli-based forces", "pro-GNA forces", "Volcano of Rage", "Volcano of Rage forces", "Turkish drones", "Turkish-made drones", "Misrata brigades"]
voices = ["GNA spokesman", "Nouri al-Zawi", "Volcano of Rage media office", "Volcano of Rage spokesman", "Presidential Council", "internationally recognised government", "GNA official", "Tripoli Dawn Wire"]

[independent]
voices = ["United Nations", "UN", "UNSMIL", "Sahel Wire", "Mediterranean Dispatch Live", "Maghreb Security Brief"]

[[feeds]]
name = "Benghazi Front Post"
url = "file:feeds/bfp.xml"
side = "lna"

[[feeds]]
name = "Tripoli Dawn Wire"
url = "file:feeds/tdw.xml"
side = "gna"

[[feeds]]
name = "Sahel Wire"
url = "file:feeds/sahel.xml"
side = "independent"

[[feeds]]
name = "Mediterranean Dispatch Live"
url = "file:feeds/medlive.xml"
side = "independent"

[[feeds]]
name = "Maghreb Security Brief"
url = "file:feeds/msb.xml"
side = "independent"

[[feeds]]
name = "Desert Roads Magazine"
url = "file:feeds/desertroads.xml"
"""

FEEDS = [
    Feed("bfp", "Benghazi Front Post", "rss", "bfp.xml", "https://benghazifront.example/en",
         "News of the Armed Forces from Benghazi", side=L),
    Feed("tdw", "Tripoli Dawn Wire", "atom", "tdw.xml", "https://tripolidawn.example",
         "News from the capital and the western front", side=N),
    Feed("sw", "Sahel Wire", "rss", "sahel.xml", "https://sahelwire.example/africa",
         "Sahel Wire: North Africa", side=IND, gmt=True, author="Sahel Wire"),
    Feed("md", "Mediterranean Dispatch Live", "atom", "medlive.xml",
         "https://meddispatch.example/live/libya", "Live: Libya", side=IND, atom_published=False),
    Feed("msb", "Maghreb Security Brief", "rss", "msb.xml", "https://maghrebsecurity.example/libya",
         "Libya Situation Report", side=IND, cdata=True),
    Feed("drm", "Desert Roads Magazine", "atom", "desertroads.xml", "https://desertroads.example",
         "Travel, food and sport across North Africa"),
]


def bfp(n):
    return f"https://benghazifront.example/en/2026/04/{n}"


def tdw(n):
    return f"tag:tripolidawn.example,2026:{n}"


def sw(n):
    return f"sw-af-2604-{n}"


def md(n):
    return f"urn:meddispatch:live:libya:{n}"


SW6 = ("<p>TRIPOLI, April 23 (Sahel Wire) &#8212; Tripoli-based forces entered Tarhuna on Thursday "
       "after Wagner mercenaries withdrew from the town overnight, a GNA official said.</p>"
       "<p>There was no immediate comment from the eastern command.</p>")

ITEMS = [
    # ---------------------------------------------------------------- Benghazi Front Post (lna)
    I("bfp", bfp("20/0700"), "2026-04-20T07:00:00+02:00",
      "LNA units storm Qasr Bin Ghashir",
      "<p>LNA units stormed Qasr Bin Ghashir at dawn and secured it, the General Command said.</p>",
      claims=[C("Qasr Bin Ghashir", L, "captured", "General Command", L)],
      traps=["stormed_and_secured"]),
    I("bfp", bfp("20/1830"), "2026-04-20T18:30:00+02:00",
      "Sirte&#8217;s Al-Qardabiya air base secure, says spokesman".replace("&#8217;", "\u2019"),
      "<p>Al-Qardabiya air base is secure and firmly under the control of our forces, LNA spokesman "
      "Maj. Gen. Salem al-Oraibi told reporters in Benghazi.</p>",
      claims=[C("Al-Qardabiya", L, "holding", "Salem al-Oraibi", L)],
      traps=["possessive", "told_reporters"]),
    I("bfp", bfp("21/0915"), "2026-04-21T09:15:00+02:00",
      "Turkish drones bombard Tarhuna",
      "<p>Turkish drones bombarded residential areas of Tarhuna overnight, killing a family of four, "
      "the LNA media office said.</p>",
      claims=[C("Tarhuna", N, "strike", "LNA media office", L)]),
    I("bfp", bfp("21/2000"), "2026-04-21T20:00:00+02:00",
      "General Command denies losing Al-Asabaa",
      "<p>The General Command denied losing Al-Asabaa on Tuesday, calling reports that Tripoli-based "
      "forces had entered the town &#8220;propaganda of the Brotherhood&#8217;s channels&#8221;.</p>",
      claims=[C("Al-Asabaa", N, "denied", "General Command", L)],
      traps=["denied_losing"]),
    I("bfp", bfp("22/0840"), "2026-04-22T08:40:00+02:00",
      "&#8216;Closing in on Abu Grein&#8217;".replace("&#8216;", "\u2018").replace("&#8217;", "\u2019"),
      "<p>&#8220;Our forces are closing in on Abu Grein and the militias are collapsing,&#8221; the "
      "LNA spokesman said in a televised briefing.</p>",
      claims=[C("Abu Grein", L, "advancing", "LNA spokesman", L)],
      traps=["quote_first", "own_forces"]),
    I("bfp", bfp("22/1500"), "2026-04-22T15:00:00+02:00",
      "Commander: Misrata is the next objective",
      "<p>A field commander said the next objective was Misrata, and that once Tripoli&#8217;s "
      "airport falls the capital will follow.</p>",
      traps=["plan", "conditional", "possessive"]),
    I("bfp", bfp("23/1000"), "2026-04-23T10:00:00+02:00",
      "Units redeploy outside Tarhuna to spare civilians",
      "<p>The General Command said its units had redeployed outside Tarhuna &#8220;for tactical "
      "reasons&#8221; to spare civilians.</p>",
      claims=[C("Tarhuna", L, "withdrew", "General Command", L)],
      traps=["its_units"]),
    I("bfp", bfp("23/1900"), "2026-04-23T19:00:00+02:00",
      "Field commander: Tarhuna still ours",
      "<p>An LNA field commander denied that GNA forces had entered Tarhuna, saying Kaniyat fighters "
      "retain control of the town.</p>",
      claims=[C("Tarhuna", N, "denied", "LNA field commander", L),
              C("Tarhuna", L, "holding", "LNA field commander", L)],
      traps=["coreference"]),
    I("bfp", bfp("24/0630"), "2026-04-24T06:30:00+02:00",
      "Eastern forces beat back attack south of Sirte",
      "<p>Eastern forces beat back an attack by Turkish-backed militias on Abu Hadi, south of Sirte, "
      "it was reported on Friday.</p>",
      claims=[C("Abu Hadi", L, "holding", "Benghazi Front Post", L)],
      traps=["passive_reported", "locating"]),
    I("bfp", bfp("22/2100"), "2026-04-22T21:00:00+02:00",
      "LNA warplanes pound militia positions in Gharyan",
      "<p>LNA warplanes carried out air raids on militia positions in Gharyan on Wednesday evening, "
      "the LNA media office said.</p>",
      claims=[C("Gharyan", L, "strike", "LNA media office", L)]),
    # ---------------------------------------------------------------- Tripoli Dawn Wire (gna)
    I("tdw", tdw("news-9001"), "2026-04-20T06:10:00+02:00",
      "Volcano of Rage repels attack on Qasr Bin Ghashir",
      "<p>Volcano of Rage forces repelled an attack by Haftar&#8217;s militias on Qasr Bin Ghashir "
      "overnight, the Volcano of Rage media office said.</p>",
      claims=[C("Qasr Bin Ghashir", N, "holding", "Volcano of Rage media office", N)]),
    I("tdw", tdw("news-9007"), "2026-04-20T21:00:00+02:00",
      "Haftar&#8217;s forces flee Qasr Bin Ghashir".replace("&#8217;", "\u2019"),
      "<p>Haftar&#8217;s forces abandoned their bases in Qasr Bin Ghashir and fled ahead of our "
      "units, leaving armoured vehicles behind, GNA spokesman Col. Nouri al-Zawi said.</p>",
      claims=[C("Qasr Bin Ghashir", L, "withdrew", "Nouri al-Zawi", N)]),
    I("tdw", tdw("news-9012"), "2026-04-21T07:30:00+02:00",
      "Al-Asabaa falls into the hands of GNA forces",
      "<p>The town of Al-Asabaa fell into the hands of GNA forces on Tuesday morning, a Volcano of "
      "Rage spokesman said.</p>",
      claims=[C("Al-Asabaa", N, "captured", "Volcano of Rage spokesman", N)]),
    I("tdw", tdw("news-9015"), "2026-04-21T16:45:00+02:00",
      "Turkish drones strike Wagner positions at Al-Qardabiya",
      "<p>Turkish drones struck Wagner positions at Al-Qardabiya air base on Tuesday afternoon, "
      "destroying a radar.</p>",
      claims=[C("Al-Qardabiya", N, "strike", "Tripoli Dawn Wire", N)]),
    I("tdw", tdw("news-9020"), "2026-04-22T11:00:00+02:00",
      "Abu Grein front stable",
      "<p>Misrata brigades retain control of Abu Grein and have pushed Haftar&#8217;s forces back ten "
      "kilometres, the Presidential Council said.</p>",
      claims=[C("Abu Grein", N, "holding", "Presidential Council", N)],
      traps=["actor_contains_city"]),
    I("tdw", tdw("news-9024"), "2026-04-22T19:30:00+02:00",
      "Seven years on: how Tripoli beat back the 2019 offensive",
      "<p>In April 2019 Haftar&#8217;s forces launched an offensive on Tripoli and reached Ain Zara "
      "before they were driven back in June 2020.</p>",
      traps=["history"]),
    I("tdw", tdw("news-9030"), "2026-04-23T13:20:00+02:00",
      "GNA forces enter Tarhuna and raise their flag",
      "<p>Government of National Accord forces entered Tarhuna on Thursday and raised their flag over "
      "it, after Haftar&#8217;s fighters and Wagner mercenaries abandoned the town.</p>",
      claims=[C("Tarhuna", N, "captured", "Tripoli Dawn Wire", N),
              C("Tarhuna", L, "withdrew", "Tripoli Dawn Wire", N)],
      traps=["raised_flag", "coreference"]),
    I("tdw", tdw("news-9033"), "2026-04-23T17:05:00+02:00",
      "Tripoli-based forces enter Tarhuna after Wagner pulls out",
      SW6,
      claims=[C("Tarhuna", N, "advancing", "GNA official", N),
              C("Tarhuna", L, "withdrew", "GNA official", N)],
      traps=["syndicated"]),
    I("tdw", tdw("news-9040"), "2026-04-24T08:00:00+02:00",
      "Spokesman: Haftar&#8217;s militias have not entered Sidi Sayeh".replace("&#8217;", "\u2019"),
      "<p>Haftar&#8217;s militias have not entered Sidi Sayeh, GNA spokesman Col. Nouri al-Zawi said, "
      "dismissing the footage as staged.</p>",
      claims=[C("Sidi Sayeh", L, "denied", "Nouri al-Zawi", N)],
      traps=["negated_gain"]),
    I("tdw", tdw("news-9044"), "2026-04-24T11:30:00+02:00",
      "Rockets hit Mitiga airport",
      "<p>Grad rockets fired by Haftar&#8217;s forces hit Mitiga airport on Friday, suspending "
      "flights, the airport administration said.</p>",
      claims=[C("Mitiga", L, "strike", "airport administration", UNK)]),
    # ---------------------------------------------------------------- Sahel Wire (Reuters-like)
    I("sw", sw("1020"), "2026-04-20T10:20:00+00:00",
      "Libya's eastern forces say they took Tripoli suburb; government says attack repelled",
      "<p>BENGHAZI/TRIPOLI, April 20 (Sahel Wire) &#8212; Forces loyal to eastern commander Khalifa "
      "Haftar said on Monday they had taken Qasr Bin Ghashir, a suburb some 25 km (15 miles) south of "
      "central Tripoli, while the internationally recognised government said its forces had "
      "repelled the assault on Qasr Bin Ghashir.</p>",
      claims=[C("Qasr Bin Ghashir", L, "captured", "Forces loyal to eastern commander Khalifa Haftar", L),
              C("Qasr Bin Ghashir", N, "holding", "internationally recognised government", N)],
      traps=["locating", "intra_item_contradiction"]),
    I("sw", sw("1600"), "2026-04-20T16:00:00+00:00",
      "Sirte quiet as LNA keeps grip",
      "<p>Sirte remained under the control of the LNA on Monday, with shops open along the seafront, "
      "residents said.</p>",
      claims=[C("Sirte", L, "holding", "residents", UNK)]),
    I("sw", sw("2130"), "2026-04-21T12:30:00+00:00",
      "'We have wrested Al-Asabaa,' says Tripoli commander",
      "<p>&#8220;We have wrested Al-Asabaa from Haftar&#8217;s militias,&#8221; a Volcano of Rage "
      "spokesman told reporters in Tripoli on Tuesday.</p>"
      "<p>An LNA official denied that GNA forces had taken Al-Asabaa.</p>",
      claims=[C("Al-Asabaa", N, "captured", "Volcano of Rage spokesman", N),
              C("Al-Asabaa", N, "denied", "LNA official", L)],
      traps=["quote_first", "intra_item_contradiction"]),
    I("sw", sw("2209"), "2026-04-22T09:00:00+00:00",
      "Drones hit LNA convoy on coastal road",
      "<p>Turkish-made drones struck an LNA supply convoy on the coastal road 30 km west of Sirte, "
      "two LNA officers said.</p>",
      traps=["locating"]),
    I("sw", sw("2240"), "2026-04-22T18:40:00+00:00",
      "Haftar's forces launch offensive south of Misrata",
      "<p>Haftar&#8217;s forces launched an offensive on Abu Grein, south of Misrata, on Wednesday, "
      "according to a Misrata-based commander.</p>",
      claims=[C("Abu Grein", L, "advancing", "Misrata-based commander", UNK)],
      traps=["according_to", "hyphenated"]),
    I("sw", sw("2250"), "2026-04-22T17:50:00+00:00",
      "Libya's GNA says it captured air base near Sirte",
      "<p>The Tripoli-based Government of National Accord said on Wednesday its forces had captured "
      "Al-Qardabiya air base south of Sirte, but there was no independent confirmation.</p>",
      claims=[C("Al-Qardabiya", N, "captured", "Government of National Accord", N)],
      traps=["window_edge"],
      note="49.33 h after bfp 20/1830 absolute (naive local clocks say 47.33 h)"),
    I("sw", sw("2314"), "2026-04-23T14:00:00+00:00",
      "Tripoli-based forces enter Tarhuna after Wagner pulls out",
      SW6,
      claims=[C("Tarhuna", N, "advancing", "GNA official", N),
              C("Tarhuna", L, "withdrew", "GNA official", N)],
      traps=["syndicated"]),
    I("sw", sw("2407"), "2026-04-24T07:15:00+00:00",
      "UN mission urges restraint around Sirte",
      "<p>UNSMIL said it was alarmed by reports that both sides were mobilising around Sirte and urged "
      "them not to launch an offensive on the city.</p>",
      traps=["plan"]),
    # ---------------------------------------------------------------- Mediterranean Dispatch Live
    I("md", md("0420-0555"), "2026-04-20T05:55:00Z",
      "05:55 GMT \u2014 Clashes in Qasr Bin Ghashir",
      "<p>Heavy clashes have been reported in Qasr Bin Ghashir since dawn; it is not yet clear who "
      "controls the area.</p>",
      traps=["no_actor"]),
    I("md", md("0421-0620"), "2026-04-21T06:20:00Z",
      "06:20 GMT \u2014 Al-Asabaa",
      "<p>Tripoli-based forces have dislodged LNA fighters from Al-Asabaa, footage verified by our "
      "team shows.</p>",
      claims=[C("Al-Asabaa", N, "captured", "Mediterranean Dispatch Live", IND)]),
    I("md", md("0422-1310"), "2026-04-22T13:10:00Z",
      "13:10 GMT \u2014 Rockets on Misrata",
      "<p>Rockets fired by Haftar&#8217;s forces hit Misrata Air Academy, a spokesperson for the "
      "municipal council said.</p>",
      claims=[C("Misrata Air Academy", L, "strike", "municipal council", UNK)],
      traps=["subplace_contains_city", "spokesperson_for"]),
    I("md", md("0423-0940"), "2026-04-23T09:40:00Z",
      "09:40 GMT \u2014 Sidi Sayeh",
      "<p>It was reported that LNA units had pulled out of their positions in Sidi Sayeh overnight. "
      "LNA officials have not commented.</p>",
      claims=[C("Sidi Sayeh", L, "withdrew", "Mediterranean Dispatch Live", IND)],
      traps=["passive_reported"]),
    I("md", md("0422-1610"), "2026-04-22T16:10:00Z",
      "16:10 GMT \u2014 Sirte air base",
      "<p>The Volcano of Rage operation says its forces have captured Al-Qardabiya air base. The LNA "
      "has not commented.</p>",
      claims=[C("Al-Qardabiya", N, "captured", "Volcano of Rage operation", N)],
      traps=["window_edge"],
      note="47.67 h after bfp 20/1830"),
    I("md", md("0424-1030"), "2026-04-24T10:30:00Z",
      "10:30 GMT \u2014 Gharyan",
      "<p>A spokesperson for Haftar&#8217;s forces says they retain control of Abu Ghaylan, north of "
      "Gharyan.</p>",
      claims=[C("Abu Ghaylan", L, "holding", "Haftar's forces", L)],
      traps=["spokesperson_for", "locating"]),
    # ---------------------------------------------------------------- Maghreb Security Brief
    I("msb", "https://maghrebsecurity.example/libya/sitrep-2026-04-20", "2026-04-20T23:30:00+01:00",
      "Libya Situation Report \u2014 20 April 2026",
      "<ul><li>We assess that LNA forces seized Qasr Bin Ghashir on 20 April, though counterattacks "
      "continue.</li><li>Imagery shows new Wagner air defence systems at Al-Qardabiya.</li></ul>",
      claims=[C("Qasr Bin Ghashir", L, "captured", "Maghreb Security Brief", IND)],
      traps=["assess"]),
    I("msb", "https://maghrebsecurity.example/libya/sitrep-2026-04-21", "2026-04-21T23:30:00+01:00",
      "Libya Situation Report \u2014 21 April 2026",
      "<ul><li>GNA forces recaptured Al-Asabaa on 21 April; geolocated footage shows GNA fighters "
      "at the town&#8217;s southern checkpoint.</li><li>LNA forces remain in full control of "
      "Gharyan.</li></ul>",
      claims=[C("Al-Asabaa", N, "captured", "Maghreb Security Brief", IND),
              C("Gharyan", L, "holding", "Maghreb Security Brief", IND)]),
    I("msb", "https://maghrebsecurity.example/libya/sitrep-2026-04-22", "2026-04-22T23:30:00+01:00",
      "Libya Situation Report \u2014 22 April 2026",
      "<ul><li>LNA forces advanced on Abu Grein from the south on 22 April but have not entered "
      "Abu Grein.</li></ul>",
      claims=[C("Abu Grein", L, "advancing", "Maghreb Security Brief", IND),
              C("Abu Grein", L, "denied", "Maghreb Security Brief", IND)],
      traps=["negated_gain", "intra_item_contradiction"]),
    I("msb", "https://maghrebsecurity.example/libya/sitrep-2026-04-23", "2026-04-23T23:30:00+01:00",
      "Libya Situation Report \u2014 23 April 2026",
      "<ul><li>GNA forces captured Tarhuna on 23 April after LNA and Wagner forces abandoned their "
      "positions in Tarhuna.</li></ul>",
      claims=[C("Tarhuna", N, "captured", "Maghreb Security Brief", IND),
              C("Tarhuna", L, "withdrew", "Maghreb Security Brief", IND)]),
    # ---------------------------------------------------------------- Desert Roads (no side)
    I("drm", "tag:desertroads.example,2026:coast-road", "2026-04-21T10:00:00+01:00",
      "Leptis to the lagoon: the coast road from Tripoli to Misrata",
      "<p>We took the coast road east at dawn and captured the sunrise over the ruins before the "
      "traffic built up.</p>",
      traps=["lexical"]),
    I("drm", "tag:desertroads.example,2026:couscous", "2026-04-22T10:00:00+01:00",
      "Recipe: Misratan fish couscous",
      "<p>Use good olive oil; ours came from a grove near Tarhouna.</p>",
      traps=["prefix_word", "alias_only"]),
    I("drm", "tag:desertroads.example,2026:derby", "2026-04-23T10:00:00+01:00",
      "Football: Al-Ittihad Tripoli overrun Misurata's Al-Sweihly 3-0",
      "<p>The visitors held their positions for an hour before the defence collapsed.</p>",
      traps=["sports"]),
    I("drm", "tag:desertroads.example,2026:poet", "2026-04-24T10:00:00+01:00",
      "The poems of Salah al-Din Bashir, collected at last",
      "<p>A slim volume of verse by a schoolteacher who wrote about the sea.</p>",
      traps=["person_name_is_place"]),
]

def _autofill(items):
    gaz = Gazetteer(tomllib.loads(CONFIG))
    for it in items:
        it.cities = sorted(gaz.cities_in(visible_text(it)))


if __name__ == "__main__":
    _autofill(ITEMS)
    build(OUT, CONFIG, FEEDS, ITEMS, None)
