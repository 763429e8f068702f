"""Held-out set 'lebanon' (synthetic, 5-9 Oct 2026). Original writing, fictional outlets."""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Feed, I, C, build  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "lebanon")
IS, HZ, IND, UNK = "israel", "hezbollah", "independent", "unknown"

CONFIG = """
# held-out set: south Lebanon (synthetic)

[[cities]]
name = "Khiam"
aliases = ["Khiyam", "الخيام"]
places = ["Wazzani", "Hamames hill", "Ibl al-Saqi"]
lat = 33.33
lon = 35.61

[[cities]]
name = "Bint Jbeil"
aliases = ["Bint Jubayl", "بنت جبيل"]
places = ["Maroun al-Ras", "Aitaroun", "Ainata"]
lat = 33.12
lon = 35.43

[[cities]]
name = "Nabatieh"
aliases = ["Nabatiyeh", "Nabatiye", "النبطية"]
places = ["Kfar Rumman", "Zawtar al-Sharqiyah", "Beaufort castle"]
lat = 33.38
lon = 35.48

[[cities]]
name = "Tyre"
aliases = ["Sour", "صور"]
places = ["Rashidieh", "Qlayleh", "Tyre old town"]
lat = 33.27
lon = 35.20

[[cities]]
name = "Marjayoun"
aliases = ["Marjeyoun", "مرجعيون"]
places = ["Qlayaa", "Deir Mimas", "Burj al-Muluk"]
lat = 33.36
lon = 35.59

[sides.israel]
actors = ["Israeli army", "Israeli military", "IDF", "Israeli forces", "Israeli troops", "Israeli soldiers", "Israeli warplanes", "Israeli jets", "Israeli drones", "Israeli artillery", "Golani Brigade", "Israel"]
voices = ["IDF spokesperson", "army spokesperson", "Israeli military spokesperson", "military", "Northern Command", "Israeli officials", "defence minister", "Northern Front Daily"]

[sides.hezbollah]
actors = ["Hezbollah", "Hezbollah fighters", "Islamic Resistance", "the Resistance", "Radwan Force"]
voices = ["Hezbollah official", "Hezbollah media office", "Resistance Media Office"]

[independent]
voices = ["Levant Dispatch", "Eastmed Live", "Cedar Morning Star", "UNIFIL"]

[[feeds]]
name = "Northern Front Daily"
url = "file:feeds/northernfront.xml"
side = "israel"

[[feeds]]
name = "Resistance Media Office"
url = "file:feeds/rmo.xml"
side = "hezbollah"

[[feeds]]
name = "Levant Dispatch"
url = "file:feeds/levantdispatch.xml"
side = "independent"

[[feeds]]
name = "Eastmed Live"
url = "file:feeds/eastmedlive.xml"
side = "independent"

[[feeds]]
name = "Cedar Morning Star"
url = "file:feeds/cedarstar.xml"
side = "independent"

[[feeds]]
name = "Tyre Heritage Notes"
url = "file:feeds/heritage.xml"
"""

FEEDS = [
    Feed("nfd", "Northern Front Daily", "rss", "northernfront.xml", "https://northernfront.example",
         "Security news from the northern border", side=IS),
    Feed("rmo", "Resistance Media Office", "atom", "rmo.xml", "https://resistance-media.example",
         "Statements of the Islamic Resistance", side=HZ),
    Feed("ld", "Levant Dispatch", "rss", "levantdispatch.xml", "https://levantdispatch.example/world",
         "Levant Dispatch: world news", side=IND, author="Levant Dispatch", gmt=True),
    Feed("eml", "Eastmed Live", "atom", "eastmedlive.xml", "https://eastmedlive.example/live",
         "Live coverage from the eastern Mediterranean", side=IND),
    Feed("cms", "Cedar Morning Star", "rss", "cedarstar.xml", "https://cedarstar.example",
         "Lebanon's English-language morning daily", side=IND, cdata=True),
    Feed("thn", "Tyre Heritage Notes", "rss", "heritage.xml", "https://tyreheritage.example",
         "History, crafts and food of the south"),
]


def nfd(n):
    return f"https://northernfront.example/news/{n}"


def rmo(n):
    return f"tag:resistance-media.example,2026:st-{n}"


def eml(n):
    return f"https://eastmedlive.example/live/2026-10-07#post-{n}"


L4_TITLE = "Israeli troops enter Khiam as Hezbollah fighters fall back"
L4_BODY = ("<p>JERUSALEM, Oct 7 (Levant Dispatch) - Israeli troops entered the southern Lebanese town of "
           "Khiam on Wednesday, the military said, after Hezbollah fighters fell back from the town.</p>"
           "<p>Hezbollah said in a statement its fighters were still holding their positions there.</p>")
L4_CLAIMS = [C("Khiam", IS, "advancing", "military", IS), C("Khiam", HZ, "withdrew", "military", IS),
             C("Khiam", HZ, "holding", "Hezbollah", HZ)]

ITEMS = [
    # ---------------------------------------------------------------- Northern Front Daily (israel)
    I("nfd", nfd("5001"), "2026-10-05T09:00:00+03:00",
      "Golani troops wrest control of Maroun al-Ras",
      "<p>Soldiers of the Golani Brigade wrested control of Maroun al-Ras overnight after a day of "
      "close-quarters fighting, the IDF spokesperson said on Monday.</p>",
      cities=["Bint Jbeil"], claims=[C("Maroun al-Ras", IS, "captured", "IDF spokesperson", IS)]),
    I("nfd", nfd("5009"), "2026-10-05T21:00:00+03:00",
      "Israeli jets carry out air raids on Nabatieh",
      "<p>Israeli jets carried out a wave of air raids on Hezbollah command centres in Nabatieh and on "
      "weapons depots in Zawtar al-Sharqiyah on Monday evening, the military said.</p>",
      cities=["Nabatieh"], claims=[C("Nabatieh", IS, "strike", "military", IS),
                                   C("Zawtar al-Sharqiyah", IS, "strike", "military", IS)]),
    I("nfd", nfd("5014"), "2026-10-06T08:30:00+03:00",
      "Troops closing in on Bint Jbeil, says Northern Command",
      "<p>Israeli forces are closing in on Bint Jbeil from the south and west, Northern Command said in a "
      "statement on Tuesday.</p>",
      cities=["Bint Jbeil"], claims=[C("Bint Jbeil", IS, "advancing", "Northern Command", IS)]),
    I("nfd", nfd("5020"), "2026-10-06T19:00:00+03:00",
      "Army denies Hezbollah retook Aitaroun",
      "<p>The Israeli military spokesperson denied on Tuesday that Hezbollah had retaken Aitaroun, "
      "dismissing the claim as propaganda.</p><p>&#8220;Our forces retain full control of Aitaroun,&#8221; "
      "he said.</p>",
      cities=["Bint Jbeil"], claims=[C("Aitaroun", HZ, "denied", "Israeli military spokesperson", IS),
                                     C("Aitaroun", IS, "holding", "Israeli military spokesperson", IS)]),
    I("nfd", nfd("5027"), "2026-10-07T07:00:00+03:00",
      "Hezbollah fighters abandoned their positions in Khiam, IDF says",
      "<p>Hezbollah fighters abandoned their positions in Khiam and fled north overnight, the IDF said on "
      "Wednesday.</p>",
      cities=["Khiam"], claims=[C("Khiam", HZ, "withdrew", "IDF", IS)]),
    I("nfd", nfd("5031"), "2026-10-07T20:00:00+03:00",
      "IDF shells Deir Mimas after rocket launches",
      "<p>Israeli artillery shelled Deir Mimas, a village 5 km south-west of Marjayoun, after rockets were "
      "launched from its orchards, the army spokesperson said.</p>",
      cities=["Marjayoun"], claims=[C("Deir Mimas", IS, "strike", "army spokesperson", IS)],
      traps=["locating"]),
    I("nfd", nfd("5036"), "2026-10-08T08:00:00+03:00",
      "Infiltration attempt beaten back at Hamames hill",
      "<p>Troops of the 36th Division beat back two Hezbollah cells that tried to infiltrate Hamames hill "
      "overnight, an army spokesperson said, adding that the hill remains in Israeli hands.</p>",
      cities=["Khiam"], claims=[C("Hamames hill", IS, "holding", "army spokesperson", IS)],
      traps=["unlisted_actor_noun"]),
    I("nfd", nfd("5040"), "2026-10-08T10:00:00+03:00",
      "Defence minister warns of push on Nabatieh",
      "<p>Should Hezbollah keep firing rockets at the Galilee, the army would push on to Nabatieh, the "
      "defence minister said.</p>",
      cities=["Nabatieh"], traps=["conditional"]),
    I("nfd", nfd("5048"), "2026-10-09T06:00:00+03:00",
      "Israeli flag raised over Beaufort castle",
      "<p>IDF troops entered Beaufort castle on Thursday night and raised the Israeli flag over its "
      "ramparts, the IDF spokesperson said.</p>",
      cities=["Nabatieh"], claims=[C("Beaufort castle", IS, "captured", "IDF spokesperson", IS)]),

    # ---------------------------------------------------------------- Resistance Media Office (hezbollah)
    I("rmo", rmo("301"), "2026-10-05T13:00:00+03:00",
      "Statement: fighters confront enemy force at Maroun al-Ras",
      "<p>In support of our steadfast people, the fighters of the Islamic Resistance confronted at 05:30 on "
      "Monday an Israeli enemy force attempting to advance towards Maroun al-Ras, inflicting confirmed "
      "casualties and forcing it to retreat, the Islamic Resistance said in a statement.</p>",
      cities=["Bint Jbeil"], claims=[C("Maroun al-Ras", HZ, "holding", "Islamic Resistance", HZ)],
      traps=["repel_idiom"]),
    I("rmo", rmo("305"), "2026-10-05T23:00:00+03:00",
      "Rocket salvo on enemy soldiers at Maroun al-Ras",
      "<p>The Islamic Resistance targeted a gathering of Israeli enemy soldiers in Maroun al-Ras with a "
      "rocket salvo at 21:40, the Islamic Resistance said.</p>",
      cities=["Bint Jbeil"], claims=[C("Maroun al-Ras", HZ, "strike", "Islamic Resistance", HZ)]),
    I("rmo", rmo("312"), "2026-10-06T09:00:00+03:00",
      "Islamic Resistance: enemy claims about Bint Jbeil are lies",
      "<p>The Islamic Resistance denied on Tuesday that Israeli troops had reached the edge of Bint Jbeil, "
      "calling the claim a lie. Bint Jbeil remains in the hands of the Islamic Resistance, it added.</p>",
      cities=["Bint Jbeil"], claims=[C("Bint Jbeil", IS, "denied", "Islamic Resistance", HZ),
                                     C("Bint Jbeil", HZ, "holding", "Islamic Resistance", HZ)],
      traps=["window_edge"]),
    I("rmo", rmo("318"), "2026-10-06T15:00:00+03:00",
      "Hezbollah: Aitaroun is back in our hands",
      "<p>Hezbollah fighters dislodged the Israeli occupation force from Aitaroun at dawn on Tuesday and are "
      "now in full control of the village, Hezbollah&#8217;s media office said.</p>",
      cities=["Bint Jbeil"], claims=[C("Aitaroun", HZ, "captured", "Hezbollah's media office", HZ)]),
    I("rmo", rmo("324"), "2026-10-07T12:00:00+03:00",
      "Mujahideen beat back infiltration at Wazzani",
      "<p>&#8220;Our mujahideen beat back an attempted infiltration by an enemy unit at Wazzani and remain "
      "steadfast in their positions,&#8221; a Hezbollah official told reporters on Wednesday.</p>",
      cities=["Khiam"], claims=[C("Wazzani", HZ, "holding", "Hezbollah official", HZ)],
      traps=["quote_first"]),
    I("rmo", rmo("329"), "2026-10-07T16:00:00+03:00",
      "Hezbollah: Israeli forces did not enter Khiam",
      "<p>Hezbollah denied on Wednesday that Israeli forces had entered Khiam, saying its fighters were "
      "still holding their positions in the town.</p>",
      cities=["Khiam"], claims=[C("Khiam", IS, "denied", "Hezbollah", HZ),
                                C("Khiam", HZ, "holding", "Hezbollah", HZ)]),
    I("rmo", rmo("333"), "2026-10-08T09:00:00+03:00",
      "Enemy troops withdraw from Hamames hill",
      "<p>Israeli troops withdrew from Hamames hill under fire from our fighters, the Islamic Resistance "
      "said.</p>",
      cities=["Khiam"], claims=[C("Hamames hill", IS, "withdrew", "Islamic Resistance", HZ)],
      traps=["holding_vs_withdrew_no_conflict"]),
    I("rmo", rmo("336"), "2026-10-08T12:00:00+03:00",
      "Anniversary: the liberation of the Khiam detention centre",
      "<p>On 23 May 2000, residents and Resistance fighters stormed the prison at Khiam and freed its "
      "detainees, as Israeli forces withdrew from the south.</p>",
      cities=["Khiam"], traps=["history"]),
    I("rmo", rmo("340"), "2026-10-08T20:00:00+03:00",
      "Hezbollah denies strike hit its depots",
      "<p>Hezbollah denied that an Israeli air raid on Zawtar al-Sharqiyah had hit any of its weapons "
      "depots.</p>",
      cities=["Nabatieh"], traps=["denied_strike"]),

    # ---------------------------------------------------------------- Levant Dispatch (wire)
    I("ld", "ld-lb-2201", "2026-10-05T11:20:00+00:00",
      "Israeli troops seize border village, Hezbollah says attack repelled",
      "<p>BEIRUT, Oct 5 (Levant Dispatch) - Israeli troops seized the border village of Maroun al-Ras on "
      "Monday, the Israeli military said, while Hezbollah said its fighters had beaten back an Israeli force "
      "at the village&#8217;s edge.</p>",
      cities=["Bint Jbeil"], claims=[C("Maroun al-Ras", IS, "captured", "Israeli military", IS),
                                     C("Maroun al-Ras", HZ, "holding", "Hezbollah", HZ)],
      traps=["intra_item_contradiction"]),
    I("ld", "ld-lb-2208", "2026-10-06T13:00:00+00:00",
      "Israeli warplanes pound Tyre old town",
      "<p>TYRE, Lebanon, Oct 6 (Levant Dispatch) - Israeli warplanes struck buildings in Tyre old town on "
      "Tuesday, the Lebanese health ministry said.</p><p>Shells also landed near a UNIFIL position in "
      "Qlayleh, the peacekeeping mission said, without saying who fired them.</p>",
      cities=["Tyre"], claims=[C("Tyre old town", IS, "strike", "Lebanese health ministry", UNK)],
      traps=["subplace_contains_city", "no_side"]),
    I("ld", "ld-lb-2213", "2026-10-06T17:30:00+00:00",
      "Lebanese army moves into Qlayaa after Israeli pullout",
      "<p>BEIRUT, Oct 6 (Levant Dispatch) - Israeli troops pulled out of Qlayaa, in the Marjayoun district, "
      "on Tuesday and Lebanese army units moved into the village, the Lebanese army said in a statement.</p>",
      cities=["Marjayoun"], claims=[C("Qlayaa", IS, "withdrew", "Lebanese army", UNK)],
      traps=["unconfigured_actor"]),
    I("ld", "ld-lb-2219", "2026-10-07T09:45:00+00:00", L4_TITLE, L4_BODY,
      cities=["Khiam"], claims=list(L4_CLAIMS), traps=["syndicated", "intra_item_contradiction"]),
    I("ld", "ld-lb-2224", "2026-10-08T03:30:00-04:00",
      "UNIFIL says Israeli troops have taken Bint Jbeil",
      "<p>NEW YORK, Oct 8 (Levant Dispatch) - Israeli troops have taken Bint Jbeil, a UNIFIL spokesperson "
      "told reporters on Wednesday night.</p>",
      cities=["Bint Jbeil"], claims=[C("Bint Jbeil", IS, "captured", "UNIFIL spokesperson", IND)],
      traps=["window_edge"]),
    I("ld", "ld-lb-2230", "2026-10-08T14:00:00+00:00",
      "Analysis: Nabatieh braces for the next phase",
      "<p>Israeli officials say the next objective of the ground operation is Nabatieh. Israeli forces "
      "occupied Beaufort castle, which overlooks the city, from 1982 to 2000.</p>",
      cities=["Nabatieh"], traps=["plan", "history"]),
    I("ld", "ld-lb-2236", "2026-10-09T05:00:00+00:00",
      "Shelling reported in Kfar Rumman",
      "<p>BEIRUT, Oct 9 (Levant Dispatch) - Israeli shelling hit Kfar Rumman overnight, it was reported.</p>",
      cities=["Nabatieh"], claims=[C("Kfar Rumman", IS, "strike", "Levant Dispatch", IND)],
      traps=["passive_attribution"]),
    I("ld", "ld-lb-2241", "2026-10-09T10:00:00+00:00",
      "Israel says it holds Beaufort castle; Hezbollah denies",
      "<p>BEIRUT, Oct 9 (Levant Dispatch) - The Israeli military said its troops were holding their "
      "positions at Beaufort castle, while Hezbollah dismissed as propaganda reports that Israeli forces had "
      "captured Beaufort castle.</p>",
      cities=["Nabatieh"], claims=[C("Beaufort castle", IS, "holding", "Israeli military", IS),
                                   C("Beaufort castle", IS, "denied", "Hezbollah", HZ)]),

    # ---------------------------------------------------------------- Eastmed Live (live blog)
    I("eml", eml("1005"), "2026-10-07T10:05:00+01:00",
      "10:05 BST - Israeli troops in Khiam, residents say",
      "Residents of Khiam told our correspondent that Israeli troops had entered the town's eastern "
      "neighbourhoods overnight.",
      cities=["Khiam"], claims=[C("Khiam", IS, "advancing", "residents", UNK)], body_type="text"),
    I("eml", eml("1140"), "2026-10-07T11:40:00+01:00",
      "11:40 BST - UNIFIL: peacekeepers stay put near Khiam",
      "UNIFIL said its peacekeepers remain in their positions near Khiam despite the fighting.",
      cities=["Khiam"], body_type="text", traps=["unconfigured_actor"]),
    I("eml", eml("1315"), "2026-10-07T13:15:00+01:00",
      "13:15 BST - Hezbollah says it bombarded Israeli troops at Wazzani",
      "Hezbollah said its fighters bombarded a gathering of Israeli soldiers at Wazzani with rockets.",
      cities=["Khiam"], claims=[C("Wazzani", HZ, "strike", "Hezbollah", HZ)], body_type="text"),
    I("eml", eml("1530"), "2026-10-07T15:30:00+01:00",
      "15:30 BST - Air raids on Nabatiyeh",
      "Israeli warplanes have carried out at least four air raids on Nabatiyeh in the past hour, according "
      "to Lebanon's state news agency.",
      cities=["Nabatieh"], claims=[C("Nabatieh", IS, "strike", "state news agency", UNK)],
      body_type="text", traps=["alias_only", "according_to"]),
    I("eml", eml("1800"), "2026-10-07T18:00:00+01:00",
      "18:00 BST - Summary",
      "Israeli officials say troops are advancing on Bint Jubayl.",
      cities=["Bint Jbeil"], claims=[C("Bint Jbeil", IS, "advancing", "Israeli officials", IS)],
      body_type="text", traps=["alias_only"]),

    # ---------------------------------------------------------------- Cedar Morning Star (daily)
    I("cms", "https://cedarstar.example/lebanon/88101", "2026-10-06T06:00:00+03:00",
      "After Maroun al-Ras, Bint Jbeil braces",
      "<p>Israel&#8217;s capture of Maroun al-Ras this week has put its troops within sight of Bint Jbeil, "
      "3 km to the north.</p><p>Residents who stayed in Bint Jbeil said the town was still in the hands of "
      "Hezbollah.</p>",
      cities=["Bint Jbeil"], claims=[C("Maroun al-Ras", IS, "captured", "Cedar Morning Star", IND),
                                     C("Bint Jbeil", HZ, "holding", "residents", UNK)],
      traps=["possessive_nominal", "locating", "coreference"]),
    I("cms", "https://cedarstar.example/lebanon/88114", "2026-10-07T07:00:00+03:00",
      "Tyre: families flee Rashidieh camp",
      "<p>Hundreds of families fled the Rashidieh camp south of Tyre on Tuesday after Israeli air raids on "
      "the coastal road, camp officials said.</p>",
      cities=["Tyre"], traps=["non_place_target"]),
    I("cms", "https://cedarstar.example/lebanon/88120", "2026-10-07T15:00:00+03:00", L4_TITLE, L4_BODY,
      cities=["Khiam"], claims=list(L4_CLAIMS), traps=["syndicated"]),
    I("cms", "https://cedarstar.example/lebanon/88127", "2026-10-08T07:00:00+03:00",
      "Sour: Israeli drones bombarded Qlayleh, municipality says",
      "<p>Israeli drones bombarded the outskirts of Qlayleh, south of Sour, on Wednesday night, killing two "
      "farmers, the municipality said.</p>",
      cities=["Tyre"], claims=[C("Qlayleh", IS, "strike", "municipality", UNK)], traps=["alias_only"]),
    I("cms", "https://cedarstar.example/lebanon/88133", "2026-10-08T18:00:00+03:00",
      "Lebanese army denies Israeli advance on Burj al-Muluk",
      "<p>The Lebanese army denied reports that Israeli troops had entered Burj al-Muluk, saying the village "
      "was calm.</p>",
      cities=["Marjayoun"], claims=[C("Burj al-Muluk", IS, "denied", "Lebanese army", UNK)]),
    I("cms", "https://cedarstar.example/lebanon/88140", "2026-10-09T08:00:00+03:00",
      "النبطية: traders return to the old souk",
      "<p>Shopkeepers reopened their stalls on Thursday morning.</p>",
      cities=["Nabatieh"], traps=["alias_only"]),

    # ---------------------------------------------------------------- Tyre Heritage Notes (no side)
    I("thn", "https://tyreheritage.example/?p=71", "2026-10-05T12:00:00+03:00",
      "The purple dye of Tyre: a Phoenician story", cities=["Tyre"], traps=["title_only"]),
    I("thn", "https://tyreheritage.example/?p=74", "2026-10-06T12:00:00+03:00",
      "Marjeyoun olive harvest delayed",
      "<p>Farmers in Marjeyoun said they left their groves after Israeli shelling of Deir Mimas on "
      "Monday.</p>",
      cities=["Marjayoun"], claims=[C("Deir Mimas", IS, "strike", "farmers", UNK)],
      traps=["alias_only", "nominal_strike"]),
    I("thn", "https://tyreheritage.example/?p=77", "2026-10-07T12:00:00+03:00",
      "Sourdough and zaatar: a bakery opens in Beirut", cities=[], traps=["prefix_word", "title_only"]),
    I("thn", "https://tyreheritage.example/?p=80", "2026-10-08T12:00:00+03:00",
      "Bint Jbeil-born poet honoured in Paris", cities=["Bint Jbeil"], traps=["title_only"]),
]

if __name__ == "__main__":
    build(OUT, CONFIG, FEEDS, ITEMS, None)
