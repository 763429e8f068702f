"""Blind set 6: northern Mozambique / Cabo Delgado (synthetic, fictional outlets).

Sides: `fadm` (Mozambican Defence and Security Forces with allied Rwandan troops) and
`ism` (the Islamic State-linked insurgents). Six fictional outlets: a state agency bulletin
(URGENTE flashes), an insurgent channel of one-line translated posts (Atom, Arabic titles),
an international wire (URGENT flashes, datelines), a monitor with incident tables (Atom,
<updated> only, one xhtml body), an NGO with bullet-list situation reports (CDATA), and a
regional paper with live blogs, translated community-radio round-ups and a syndicated copy.

    python3 gen.py            # writes ./mozambique/ ; refuses to write if a check fails
    python3 gen.py --coref    # prints each "the town/village" with the place it resolves to
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import C, I, Feed, build, coref_report  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "mozambique")
F, S, IND, UNK = "fadm", "ism", "independent", "unknown"

CONFIG = """
# blind set 6: Cabo Delgado, Mozambique (synthetic corpus, fictional outlets)

[[cities]]
name = "Mocímboa da Praia"
aliases = ["Mocimboa da Praia", "Mocímboa", "Mocimboa", "موسيمبوا دا برايا"]
places = ["Awasse", "Diaca", "Mbau", "Mocímboa airport"]
lat = -11.35
lon = 40.35

[[cities]]
name = "Palma"
aliases = ["بالما"]
places = ["Quitunda", "Afungi", "Olumbi", "Pundanhar"]
lat = -10.78
lon = 40.47

[[cities]]
name = "Macomia"
aliases = ["ماكوميا"]
places = ["Mucojo", "Quiterajo", "Chai", "Pangane"]
lat = -12.25
lon = 40.12

[[cities]]
name = "Muidumbe"
aliases = []
places = ["Namacande", "Miangalewa", "Xitaxi"]
lat = -11.80
lon = 39.85

[[cities]]
name = "Mueda"
aliases = []
places = ["Ngapa"]
lat = -11.66
lon = 39.56

[[cities]]
name = "Nangade"
aliases = []
places = ["Ntamba", "Litingina"]
lat = -11.07
lon = 39.67

[[cities]]
name = "Quissanga"
aliases = []
places = ["Bilibiza", "Mahate", "Tandanhangue"]
lat = -12.43
lon = 40.49

[[cities]]
name = "Ancuabe"
aliases = []
places = ["Meza", "Metoro", "Nacuale"]
lat = -12.97
lon = 39.85

[[cities]]
name = "Chiúre"
aliases = ["Chiure"]
places = ["Katapua", "Ocua", "Mazeze", "Chiúre Velho"]
lat = -13.43
lon = 39.93

[[cities]]
name = "Metuge"
aliases = []
places = ["Mieze", "Ntele"]
lat = -12.89
lon = 40.43

[[cities]]
name = "Pemba"
aliases = []
places = ["Paquitequete", "Wimbe"]
lat = -12.97
lon = 40.52

[[cities]]
name = "Ibo"
aliases = []
places = ["Quirimba", "Matemo"]
lat = -12.35
lon = 40.60

[sides.fadm]
actors = ["FADM", "Mozambican army", "Mozambican Armed Forces", "Mozambican forces", "Mozambican troops", "Mozambican soldiers", "Defence and Security Forces", "FDS", "government forces", "government troops", "army", "armed forces", "soldiers", "Rwandan troops", "Rwandan forces", "Rwandan soldiers", "Rwanda Defence Force", "RDF", "Rwanda Security Forces", "joint forces", "Local Force", "Força Local", "air force", "helicopter gunships", "army helicopters", "police", "UIR"]
voices = ["Ministry of National Defence", "Minister of National Defence", "defence ministry", "defence minister", "military source", "army spokesman", "police spokesman", "police commander", "district administrator", "governor", "government", "ANI", "ANI Moçambique", "Agência Nacional de Informação"]

[sides.ism]
actors = ["insurgents", "insurgent", "Islamic State", "Islamic State Mozambique", "ISM", "IS-Mozambique", "al-Shabaab", "machababos", "militants", "jihadists", "terrorists", "terrorist", "mujahideen", "soldiers of the caliphate", "caliphate fighters"]
voices = ["Amaq", "Amaq news agency", "al-Naba", "Islamic State statement", "insurgent channel", "Sahil Dispatch"]

[independent]
voices = ["Indian Ocean Wire", "Rovuma Conflict Monitor", "RCM", "Rovuma Relief Network", "Diocese of Pemba", "United Nations", "UN", "IOM", "OCHA"]

[[feeds]]
name = "ANI Moçambique"
url = "file:feeds/ani.xml"
side = "fadm"

[[feeds]]
name = "Sahil Dispatch"
url = "file:feeds/sahil.xml"
side = "ism"

[[feeds]]
name = "Indian Ocean Wire"
url = "file:feeds/iow.xml"
side = "independent"

[[feeds]]
name = "Rovuma Conflict Monitor"
url = "file:feeds/rcm.xml"
side = "independent"

[[feeds]]
name = "Rovuma Relief Network"
url = "file:feeds/rrn.xml"
side = "independent"

[[feeds]]
name = "Pemba Morning Post"
url = "file:feeds/pmp.xml"
"""

FEEDS = [
    Feed("ani", "ANI Moçambique", "rss", "ani.xml", "https://ani-mz.example/en",
         "Agência Nacional de Informação – English service", side=F, author="ANI"),
    Feed("sahil", "Sahil Dispatch", "atom", "sahil.xml", "https://sahil-dispatch.example",
         "Translated statements", side=S),
    Feed("iow", "Indian Ocean Wire", "rss", "iow.xml", "https://iowire.example/africa",
         "Indian Ocean Wire: Africa", side=IND, gmt=True, author="Indian Ocean Wire"),
    Feed("rcm", "Rovuma Conflict Monitor", "atom", "rcm.xml", "https://rovuma-monitor.example",
         "Incident logs and weekly assessments", side=IND, atom_published=False),
    Feed("rrn", "Rovuma Relief Network", "rss", "rrn.xml", "https://rovuma-relief.example",
         "Situation reports", side=IND, cdata=True),
    Feed("pmp", "Pemba Morning Post", "rss", "pmp.xml", "https://pembamorningpost.example",
         "News from Cabo Delgado", side=None),
]


def ani(slug):
    return f"https://ani-mz.example/en/2026/05/{slug}"


def sahil(n):
    return f"tag:sahil-dispatch.example,2026:post-{n}"


def rcm(slug):
    return f"tag:rovuma-monitor.example,2026:{slug}"


def rrn(slug):
    return f"https://rovuma-relief.example/reports/{slug}"


def pmp(slug):
    return f"https://pembamorningpost.example/2026/05/{slug}"


W5_TITLE = "Mozambique's army says Macomia secure after insurgent raid"
W5_BODY = (
    "<p>PEMBA, May 14 (Indian Ocean Wire) - Mozambique's army said on Thursday it had repelled an "
    "insurgent raid on Macomia, a district capital on the main north-south road, after fighters looted "
    "shops and set fire to a police post.</p><p>“Macomia is secure and the population can return to "
    "their homes,” army spokesman Colonel Elias Buque told reporters.</p><p>Insurgents briefly "
    "occupied Macomia in May 2024, looting food warehouses before withdrawing.</p>")

ITEMS = [
    # ------------------------------------------------------------ ANI Moçambique (state agency, fadm)
    I("ani", ani("11/fds-awasse"), "2026-05-11T09:30:00+02:00",
      "Defence ministry: FDS repel terrorist incursion in Awasse",
      "<p>Pemba, 11 May (ANI) &#8211; The Defence and Security Forces (FDS) repelled an incursion by "
      "terrorists into the village of Awasse, in Mocímboa da Praia district, on Sunday night, the "
      "Ministry of National Defence said in a statement.</p><p>According to the statement, the attackers "
      "fled into the bush, abandoning weapons and motorcycles, and the situation in Awasse is under "
      "control.</p>",
      cities=["Pemba", "Mocímboa da Praia"],
      claims=[C("Awasse", F, "holding", "Ministry of National Defence", F)],
      traps=["headline_speaker", "dateline_city", "repelled"]),
    I("ani", ani("11/urgente-miangalewa"), "2026-05-11T17:10:00+02:00",
      "URGENTE – FADM recapture Miangalewa, in Muidumbe district",
      cities=["Muidumbe"], claims=[C("Miangalewa", F, "captured", "ANI Moçambique", F)],
      traps=["title_only", "flash", "window_edge"],
      note="48.83 h before the Sahil 'repelling an advance on Miangalewa' post: no conflict."),
    I("ani", ani("12/mucojo-administrator"), "2026-05-12T08:00:00+02:00",
      "Macomia district administrator: “Mucojo is under the control of our forces”",
      "<p>Macomia, 12 May (ANI) &#8211; The district administrator of Macomia on Monday dismissed as "
      "“false propaganda” reports on social networks that terrorists had occupied the coastal village of "
      "Mucojo.</p><p>“Mucojo is under the control of our forces. The population should remain calm,” she "
      "told ANI by telephone.</p>",
      cities=["Macomia"],
      claims=[C("Mucojo", S, "denied", "district administrator", F),
              C("Mucojo", F, "holding", "district administrator", F)],
      traps=["headline_speaker", "quote", "our_forces", "pronoun_claimant"]),
    I("ani", ani("12/xitaxi-strikes"), "2026-05-12T19:45:00+02:00",
      "Air force strikes terrorist positions in Xitaxi",
      "<p>Mueda, 12 May (ANI) &#8211; Air force helicopter gunships on Tuesday struck terrorist positions "
      "in Xitaxi, in Muidumbe district, an army spokesman told a briefing in Mueda.</p><p>He said the "
      "clearing operation around Miangalewa, which the FADM recaptured on Monday, was continuing.</p>",
      cities=["Mueda", "Muidumbe"],
      claims=[C("Xitaxi", F, "strike", "army spokesman", F),
              C("Miangalewa", F, "captured", "army spokesman", F)],
      traps=["relative_clause", "pronoun_claimant", "dateline_city"]),
    I("ani", ani("13/minister-katapua"), "2026-05-13T10:20:00+02:00",
      "Chiúre: Defence minister visits Katapua, says terrorists “on the run”",
      "<p>Chiúre, 13 May (ANI) &#8211; The Minister of National Defence visited Katapua on Wednesday and "
      "said the terrorists who attacked villages in the south of the province last week were “on the "
      "run”.</p><p>“Katapua remains under the full control of the Defence and Security Forces,” the "
      "minister said, before meeting displaced families at the Ocua transit centre.</p>",
      cities=["Chiúre"],
      claims=[C("Katapua", F, "holding", "Minister of National Defence", F)],
      traps=["place_prefix_headline", "quote", "no_claim_subplace"]),
    I("ani", ani("14/urgente-awasse"), "2026-05-14T07:15:00+02:00",
      "URGENTE – Rwandan and Mozambican forces retake Awasse",
      "<p>Joint Rwandan and Mozambican forces on Wednesday retook the village of Awasse, a military "
      "source told ANI. The terrorists fled the village, leaving behind the bodies of several of their "
      "fighters.</p>",
      cities=["Mocímboa da Praia"],
      claims=[C("Awasse", F, "captured", "military source", F),
              C("Awasse", S, "withdrew", "ANI Moçambique", F)],
      traps=["flash", "coreference", "coordinated_actors"]),
    I("ani", ani("15/metuge-health"), "2026-05-15T12:00:00+02:00",
      "Governor inaugurates health centre in Metuge",
      "<p>Metuge, 15 May (ANI) &#8211; The governor of Cabo Delgado on Friday inaugurated a health centre "
      "in Mieze that will serve more than 20,000 people, among them families displaced from Macomia and "
      "Quissanga.</p>",
      cities=["Metuge", "Macomia", "Quissanga"], traps=["no_claim"]),
    I("ani", ani("15/nangade-police"), "2026-05-15T18:30:00+02:00",
      "Police deny terrorist presence in Nangade",
      "<p>Nangade, 15 May (ANI) &#8211; The police spokesman in Cabo Delgado on Friday denied that "
      "insurgents had entered Nangade, describing messages circulating on social networks as "
      "“alarmist”.</p><p>He said the town remained in the hands of the Defence and Security Forces and "
      "that markets were open.</p>",
      cities=["Nangade"],
      claims=[C("Nangade", S, "denied", "police spokesman", F),
              C("Nangade", F, "holding", "police spokesman", F)],
      traps=["denied", "pronoun_claimant", "coreference"]),

    # ------------------------------------------------------------ Sahil Dispatch (insurgent channel)
    I("sahil", sahil(1102), "2026-05-11T21:00:00+00:00",
      "Soldiers of the caliphate attack the Mozambican army in Diaca",
      "The soldiers of the caliphate attacked the positions of the Mozambican army in the village of "
      "Diaca with light and medium weapons and seized ammunition.",
      cities=["Mocímboa da Praia"], claims=[C("Diaca", S, "advancing", "Sahil Dispatch", S)],
      body_type="text", traps=["seized_object", "actor_contains_other_actor"]),
    I("sahil", sahil(1106), "2026-05-12T06:30:00+00:00",
      "جنود الخلافة يسيطرون على موكوجو في ماكوميا",
      "Translation: The soldiers of the caliphate took control of Mucojo on the coast of Macomia, and the "
      "crusader army withdrew from it without a fight.",
      cities=["Macomia"],
      claims=[C("Mucojo", S, "captured", "Sahil Dispatch", S),
              C("Mucojo", F, "withdrew", "Sahil Dispatch", S)],
      body_type="text", traps=["arabic_title", "translated", "pronoun_object"]),
    I("sahil", sahil(1109), "2026-05-12T14:00:00+00:00",
      "The mujahideen take control of Awasse",
      "By the grace of Allah, the soldiers of the caliphate took control of the village of Awasse after "
      "the Mozambican army fled from it.",
      cities=["Mocímboa da Praia"],
      claims=[C("Awasse", S, "captured", "Sahil Dispatch", S),
              C("Awasse", F, "withdrew", "Sahil Dispatch", S)],
      body_type="text"),
    I("sahil", sahil(1121), "2026-05-13T16:00:00+00:00",
      "Repelling an advance of the Mozambican army on Miangalewa",
      "The soldiers of the caliphate repelled an attempt by the Mozambican and Rwandan army to advance on "
      "Miangalewa, and the mujahideen remain in their positions.",
      cities=["Muidumbe"], claims=[C("Miangalewa", S, "holding", "Sahil Dispatch", S)],
      body_type="text", traps=["repelled", "window_edge"]),
    I("sahil", sahil(1125), "2026-05-13T19:00:00+00:00",
      "بيان: قصف ثكنة الجيش الموزمبيقي في موسيمبوا دا برايا",
      "Translation: The soldiers of the caliphate shelled the barracks of the Mozambican army at Mocímboa "
      "airport with mortar rounds.",
      cities=["Mocímboa da Praia"],
      claims=[C("Mocímboa airport", S, "strike", "Sahil Dispatch", S)],
      body_type="text", traps=["arabic_title", "subplace_contains_city"]),
    I("sahil", sahil(1130), "2026-05-14T10:00:00+00:00",
      "The mujahideen storm Macomia",
      "The soldiers of the caliphate stormed the town of ماكوميا this morning and clashed with the "
      "crusader army near the district headquarters.",
      cities=["Macomia"], claims=[C("Macomia", S, "advancing", "Sahil Dispatch", S)],
      body_type="text", traps=["arabic_alias"]),
    I("sahil", sahil(1141), "2026-05-15T07:00:00+00:00",
      "Soldiers of the caliphate took control of Ocua in Chiúre and burned a church of the Christians",
      cities=["Chiúre"], claims=[C("Ocua", S, "captured", "Sahil Dispatch", S)],
      traps=["title_only", "window_edge"],
      note="47 h before the Pemba Morning Post radio round-up that says the insurgents left Ocua."),
    I("sahil", sahil(1146), "2026-05-16T06:00:00+00:00",
      "Amaq: a Rwandan crusader killed in an ambush near Pundanhar, Palma",
      cities=["Palma"], traps=["title_only", "locating", "headline_speaker"]),

    # ------------------------------------------------------------ Indian Ocean Wire (wire, GMT)
    I("iow", "iow-mz-20260512-01", "2026-05-12T15:05:00+00:00",
      "URGENT - ISLAMIC STATE CLAIMS CAPTURE OF VILLAGE NEAR MOCÍMBOA DA PRAIA - STATEMENT",
      cities=["Mocímboa da Praia"], traps=["title_only", "flash", "all_caps", "locating"],
      note="The captured village is not named; Mocímboa da Praia only locates it."),
    I("iow", "iow-mz-20260512-02", "2026-05-12T18:40:00+00:00",
      "Islamic State-linked insurgents say they seized Mozambican village; army says attack repelled",
      "<p>MAPUTO, May 12 (Indian Ocean Wire) - Islamic State-linked insurgents said on Tuesday they had "
      "taken the village of Awasse in Mozambique's Cabo Delgado province, a day after the defence "
      "ministry said its forces had repelled an attack on Awasse.</p><p>Awasse lies about 30 km south of "
      "Mocímboa da Praia, the port town where the insurgency began in October 2017. Rwandan troops, "
      "deployed in the province since 2021, guard the nearby gas pipeline corridor.</p>",
      cities=["Mocímboa da Praia"],
      claims=[C("Awasse", S, "captured", "insurgents", S),
              C("Awasse", F, "holding", "defence ministry", F)],
      traps=["both_sides", "its_forces", "history", "locating"]),
    I("iow", "iow-mz-20260513-01", "2026-05-13T09:30:00+00:00",
      "Insurgents still in Mozambique's Mucojo despite official denial, residents say",
      "<p>PEMBA, Mozambique, May 13 (Indian Ocean Wire) - Islamic State-linked fighters were still in "
      "Mucojo on Wednesday, a day after officials denied that insurgents had occupied the coastal village, "
      "three residents told Indian Ocean Wire.</p><p>Indian Ocean Wire could not independently verify "
      "the accounts.</p>",
      cities=["Pemba", "Macomia"],
      claims=[C("Mucojo", S, "holding", "residents", UNK),
              C("Mucojo", S, "denied", "officials", UNK)],
      traps=["dateline_city", "reported_denial", "unknown_claimant"]),
    I("iow", "iow-mz-20260514-01", "2026-05-14T13:00:00+00:00",
      "URGENT - Insurgents storm Mozambique's Macomia town, residents flee - witnesses",
      cities=["Macomia"], claims=[C("Macomia", S, "advancing", "witnesses", UNK)],
      traps=["title_only", "flash", "trailing_attribution"]),
    I("iow", "iow-mz-20260514-02", "2026-05-14T17:20:00+00:00", W5_TITLE, W5_BODY,
      cities=["Pemba", "Macomia"], claims=[C("Macomia", F, "holding", "army", F)],
      traps=["syndicated", "history", "repelled"]),
    I("iow", "iow-mz-20260515-01", "2026-05-15T08:00:00+00:00",
      "Rwandan-led forces retake Mozambican village from Islamic State fighters",
      "<p>KIGALI/MAPUTO, May 15 (Indian Ocean Wire) - Rwandan and Mozambican troops have recaptured "
      "Awasse from Islamic State-linked insurgents, the Rwanda Defence Force said on Friday.</p><p>The "
      "group's Amaq news agency denied that the village had been lost, saying its fighters were still "
      "holding their positions in Awasse.</p>",
      cities=["Mocímboa da Praia"],
      claims=[C("Awasse", F, "captured", "Rwanda Defence Force", F),
              C("Awasse", F, "denied", "Amaq", S),
              C("Awasse", S, "holding", "Amaq", S)],
      traps=["denied_loss", "its_fighters", "both_sides"]),
    I("iow", "iow-mz-20260516-01", "2026-05-16T10:00:00+00:00",
      "URGENT - Mozambique army denies insurgents captured Ocua in Chiúre district",
      cities=["Chiúre"], claims=[C("Ocua", S, "denied", "army", F)],
      traps=["title_only", "flash", "denied"]),
    I("iow", "iow-mz-20260516-02", "2026-05-16T15:30:00+00:00",
      "Gas project work continues, Mozambique governor says no attacks on Palma this year",
      "<p>MAPUTO, May 16 (Indian Ocean Wire) - The operator of the liquefied natural gas project on the "
      "Afungi peninsula said on Saturday that construction was continuing normally despite the week's "
      "attacks further south.</p><p>Cabo Delgado's governor said there had been no attacks on Palma this "
      "year and that Rwandan forces remained in full control of Quitunda, the resettlement village next "
      "to the gas site.</p><p>Insurgents overran Palma in March 2021, killing dozens of people and "
      "forcing the project to halt.</p>",
      cities=["Palma"], claims=[C("Quitunda", F, "holding", "governor", F)],
      traps=["negation", "history", "no_claim_subplace"]),

    # ------------------------------------------------------------ Rovuma Conflict Monitor (tables)
    I("rcm", rcm("log-0512"), "2026-05-12T20:00:00+02:00",
      "Cabo Delgado incident log, 11–12 May",
      "<p>Incidents recorded by the Rovuma Conflict Monitor from local contacts, official statements and "
      "insurgent claims.</p><table><thead><tr><th>Date</th><th>District</th><th>Event</th><th>Source</th>"
      "</tr></thead><tbody>"
      "<tr><td>11 May</td><td>Muidumbe</td><td>FADM retook Miangalewa after a two-week operation</td>"
      "<td>RCM</td></tr>"
      "<tr><td>11 May</td><td>Mocímboa da Praia</td><td>Insurgents attacked FADM positions in Diaca; "
      "attack repelled</td><td>Defence ministry</td></tr>"
      "<tr><td>12 May</td><td>Mocímboa da Praia</td><td>FADM and RDF troops advancing towards Mbau</td>"
      "<td>RCM</td></tr>"
      "<tr><td>12 May</td><td>Muidumbe</td><td>FADM helicopter strikes on Xitaxi</td><td>FADM</td></tr>"
      "</tbody></table>",
      cities=["Muidumbe", "Mocímboa da Praia"],
      claims=[C("Miangalewa", F, "captured", "RCM", IND),
              C("Diaca", F, "holding", "Defence ministry", F),
              C("Mbau", F, "advancing", "RCM", IND),
              C("Xitaxi", F, "strike", "FADM", F)],
      traps=["table", "source_column", "repelled"]),
    I("rcm", rcm("explainer-2017-2026"), "2026-05-13T12:00:00+02:00",
      "Explainer: eight years of war in Cabo Delgado",
      "<p>Insurgents first attacked Mocímboa da Praia in October 2017 and held the port town from August "
      "2020 until Rwandan and Mozambican troops retook it in August 2021. Palma was overrun in March "
      "2021. Troops of the Southern African mission, SAMIM, withdrew in 2024, the year the fighting "
      "spread south to Chiúre and Macomia.</p>",
      cities=["Mocímboa da Praia", "Palma", "Chiúre", "Macomia"],
      traps=["history", "backgrounder", "unconfigured_actor"]),
    I("rcm", rcm("log-0514"), "2026-05-14T19:30:00+02:00",
      "Cabo Delgado incident log, 13–14 May",
      "<table><thead><tr><th>Date</th><th>District</th><th>Event</th><th>Source</th></tr></thead><tbody>"
      "<tr><td>13 May</td><td>Chiúre</td><td>Insurgents attacked Mazeze; chapel burned</td><td>RCM</td></tr>"
      "<tr><td>13 May</td><td>Mocímboa da Praia</td><td>Insurgent mortar fire on Mocímboa airport</td>"
      "<td>Islamic State</td></tr>"
      "<tr><td>14 May</td><td>Quissanga</td><td>Drone strike on a camp near Bilibiza, unattributed</td>"
      "<td>RCM</td></tr>"
      "<tr><td>14 May</td><td>Chiúre</td><td>Naparama militiamen said they had retaken Mazeze</td>"
      "<td>Naparama</td></tr>"
      "</tbody></table>",
      cities=["Chiúre", "Mocímboa da Praia", "Quissanga"],
      claims=[C("Mazeze", S, "advancing", "RCM", IND),
              C("Mocímboa airport", S, "strike", "Islamic State", S)],
      traps=["table", "source_column", "unconfigured_actor", "no_side", "locating"],
      note="The mortar row is claimed through the source column (Islamic State)."),
    I("rcm", rcm("assessment-w20"), "2026-05-17T12:00:00+02:00",
      "Weekly assessment: Cabo Delgado, 11–17 May",
      "<p>Insurgent activity shifted south this week. Our assessment is that ISM fighters still hold "
      "Mucojo, which they took on 12 May, and that the FADM retains Macomia town after Thursday's "
      "raid.</p><table><tr><th>District</th><th>Incidents</th><th>Trend</th></tr>"
      "<tr><td>Mocímboa da Praia</td><td>6</td><td>up</td></tr><tr><td>Macomia</td><td>5</td><td>up</td></tr>"
      "<tr><td>Chiúre</td><td>4</td><td>up</td></tr><tr><td>Muidumbe</td><td>3</td><td>down</td></tr>"
      "<tr><td>Ancuabe</td><td>2</td><td>flat</td></tr></table>"
      "<p>In Ancuabe, insurgents entered Meza on 15 May; the air force struck positions outside the "
      "village the next day.</p><p>We expect the insurgents to attempt a move on Quissanga town before "
      "the rains end.</p>",
      cities=["Macomia", "Mocímboa da Praia", "Chiúre", "Muidumbe", "Ancuabe", "Quissanga"],
      claims=[C("Mucojo", S, "holding", "Rovuma Conflict Monitor", IND),
              C("Mucojo", S, "captured", "Rovuma Conflict Monitor", IND),
              C("Macomia", F, "holding", "Rovuma Conflict Monitor", IND),
              C("Meza", S, "advancing", "Rovuma Conflict Monitor", IND)],
      body_type="xhtml",
      traps=["table", "xhtml", "relative_clause", "plan", "locating", "district_counts"]),

    # ------------------------------------------------------------ Rovuma Relief Network (NGO sitreps)
    I("rrn", rrn("flash-update-6"), "2026-05-11T14:00:00+02:00",
      "Flash Update #6: Quissanga district",
      "<ul><li>Insurgents entered Bilibiza on 10 May and withdrew the next morning, local authorities "
      "said.</li><li>Two health workers were relocated to Pemba.</li></ul>",
      cities=["Quissanga", "Pemba"],
      claims=[C("Bilibiza", S, "advancing", "local authorities", UNK),
              C("Bilibiza", S, "withdrew", "local authorities", UNK)],
      traps=["bullets", "trailing_attribution"]),
    I("rrn", rrn("sitrep-41"), "2026-05-12T16:00:00+02:00",
      "Situation Report #41: Cabo Delgado",
      "<h3>Highlights</h3><ul><li>About 4,300 people arrived in Metuge and Pemba after attacks on "
      "villages in Macomia district.</li><li>Insurgents occupied Mucojo on 12 May, according to community "
      "leaders; humanitarian access to the coast is suspended.</li><li>Distributions in Ancuabe continue "
      "as planned.</li></ul>",
      cities=["Metuge", "Pemba", "Macomia", "Ancuabe"],
      claims=[C("Mucojo", S, "captured", "community leaders", UNK)],
      traps=["bullets", "unknown_claimant"]),
    I("rrn", rrn("flash-update-7"), "2026-05-14T16:00:00+02:00",
      "Flash Update #7: Chiúre district",
      "<ul><li>Armed men attacked Mazeze on 13 May and burned houses and a chapel.</li><li>IOM estimates "
      "that 11,000 people have fled Chiúre Velho and Katapua towards Chiúre town since Sunday.</li>"
      "<li>Partners are scaling up water trucking in the transit sites.</li></ul>",
      cities=["Chiúre"], traps=["bullets", "unconfigured_actor", "fled_towards", "subplace_contains_city"]),
    I("rrn", rrn("sitrep-42"), "2026-05-16T16:00:00+02:00",
      "Situation Report #42: Cabo Delgado",
      "<ul><li><b>Chiúre:</b> insurgents took control of Ocua on 15 May, according to the Diocese of "
      "Pemba; the mission church was burned.</li><li><b>Macomia:</b> markets reopened after the 14 May "
      "raid.</li><li><b>Mocímboa da Praia:</b> partners have not been able to reach Awasse since 12 "
      "May.</li></ul>",
      cities=["Chiúre", "Pemba", "Macomia", "Mocímboa da Praia"],
      claims=[C("Ocua", S, "captured", "Diocese of Pemba", IND)],
      traps=["bullets", "claimant_names_city", "place_prefix_bullets"]),
    I("rrn", rrn("cholera-metuge"), "2026-05-17T09:00:00+02:00",
      "Metuge: cholera response in Ntele and Mieze sites",
      "<ul><li>37 suspected cases since 9 May.</li><li>Two treatment tents opened in Ntele.</li></ul>",
      cities=["Metuge"], traps=["no_claim", "bullets"]),

    # ------------------------------------------------------------ Pemba Morning Post (regional, no side)
    I("pmp", pmp("11/radio-roundup"), "2026-05-11T08:00:00+02:00",
      "Radio round-up: what the community stations reported overnight",
      "<p><em>Translated from Portuguese and Kimwani by our newsroom.</em></p><p><b>Rádio Lúrio "
      "(Macomia):</b> Listeners in Quiterajo told the station that insurgents entered the village on "
      "Sunday night and took food from shops.</p><p><b>Rádio Comunitária de Quissanga:</b> The fish market "
      "in Tandanhangue reopened after three days.</p>",
      cities=["Macomia", "Quissanga"],
      claims=[C("Quiterajo", S, "advancing", "listeners", UNK)],
      traps=["radio_bulletin", "translated", "coreference", "station_names_city"]),
    I("pmp", pmp("12/live-cabo-delgado"), "2026-05-12T07:30:00+02:00",
      "LIVE: Cabo Delgado – latest",
      "<p><b>07:25</b> – The defence ministry says its forces repelled an insurgent attack on Diaca "
      "overnight. We are trying to reach residents.</p><p><b>06:50</b> – Rádio Lúrio reports gunfire "
      "around Mucojo since before dawn.</p><p><b>06:10</b> – Good morning. Today we follow events in the "
      "Mocímboa da Praia and Macomia districts.</p>",
      cities=["Mocímboa da Praia", "Macomia"],
      claims=[C("Diaca", F, "holding", "defence ministry", F)],
      traps=["live_blog", "its_forces", "no_side"]),
    I("pmp", pmp("12/film-club"), "2026-05-12T18:00:00+02:00",
      "Culture: Pemba film club screens Ibo-language classics from Nigeria",
      "<p>The season opens with three Nigerian films in Igbo, once widely spelled Ibo, with Portuguese "
      "subtitles.</p>",
      cities=["Pemba", "Ibo"], traps=["homonym", "no_claim"]),
    I("pmp", pmp("13/quirimbas-dive"), "2026-05-13T07:00:00+02:00",
      "Quirimbas National Park reopens dive sites to visitors",
      cities=[], traps=["prefix_word", "title_only"]),
    I("pmp", pmp("13/namacande-returns"), "2026-05-13T15:00:00+02:00",
      "Muidumbe: families return to Namacande as army pushes north",
      "<p>Dozens of families returned to Namacande this week. A local leader said soldiers were advancing "
      "towards Miangalewa and that the road to Mueda was open again.</p>",
      cities=["Muidumbe", "Mueda"],
      claims=[C("Miangalewa", F, "advancing", "local leader", UNK)],
      traps=["place_prefix_headline", "no_claim_subplace"]),
    I("pmp", pmp("14/radio-roundup"), "2026-05-14T09:00:00+02:00",
      "Radio round-up: Macomia shops shut; bombing reported in Ancuabe",
      "<p><em>Translated from Portuguese by our newsroom.</em></p><p><b>Rádio Lúrio:</b> Shops in Macomia "
      "town stayed closed on Wednesday. Elders in Pangane told the station that insurgents had not "
      "entered the village, contrary to rumours.</p><p><b>Rádio Comunitária de Ancuabe:</b> A military "
      "source said army helicopters bombed insurgent positions in Nacuale on Tuesday.</p>",
      cities=["Macomia", "Ancuabe"],
      claims=[C("Pangane", S, "denied", "elders", UNK),
              C("Nacuale", F, "strike", "military source", F)],
      traps=["radio_bulletin", "negated_gain", "coreference", "station_names_city"]),
    I("pmp", pmp("14/live-macomia"), "2026-05-14T12:30:00+02:00",
      "LIVE: Insurgent attack on Macomia town",
      "<p><b>12:20</b> – Police commander Tomás Langa tells us the insurgents who entered Macomia this "
      "morning “are being pushed back”. Residents say the gunfire has stopped.</p><p><b>10:05</b> – Our "
      "correspondent reports heavy gunfire in the town since 08:00.</p>",
      cities=["Macomia"],
      claims=[C("Macomia", S, "advancing", "police commander", F)],
      traps=["live_blog", "relative_clause"]),
    I("pmp", pmp("14/wire-macomia-secure"), "2026-05-14T19:40:00+02:00", W5_TITLE, W5_BODY,
      cities=["Pemba", "Macomia"], claims=[C("Macomia", F, "holding", "army", F)],
      traps=["syndicated"], note="Copy of iow-mz-20260514-02."),
    I("pmp", pmp("15/quirimba-boats"), "2026-05-15T09:00:00+02:00",
      "Ibo: army says insurgent boats did not land on Quirimba",
      "<p>Fishermen on Quirimba reported seeing three boats off the island's northern tip on Thursday "
      "night, inside the Quirimbas National Park. The army said the boats had turned back and that no "
      "insurgents had landed on Quirimba.</p>",
      cities=["Ibo"], claims=[C("Quirimba", S, "denied", "army", F)],
      traps=["negated_gain", "prefix_word", "place_prefix_headline"]),
    I("pmp", pmp("16/opinion-coast"), "2026-05-16T08:00:00+02:00",
      "Opinion: Cabo Delgado needs more than soldiers",
      "<p>“If Macomia falls again, the whole coast will empty,” a church worker told me last week. The "
      "government insists the district is safe, but the people of Mucojo, who have lived under insurgent "
      "control since Tuesday, would disagree.</p>",
      cities=["Macomia"],
      claims=[C("Mucojo", S, "holding", "Pemba Morning Post", UNK)],
      traps=["conditional", "quote", "relative_clause", "publisher_no_side"]),
    I("pmp", pmp("16/nangade-road"), "2026-05-16T19:00:00+02:00",
      "Nangade: traders say the road to Mueda has reopened",
      "<p>Traders from Mocímboa do Rovuma said trucks were running again between Nangade and Mueda. "
      "Tanzanian army units entered Ntamba on Friday in pursuit of insurgents, they said.</p>",
      cities=["Nangade", "Mueda", "Mocímboa da Praia"],
      traps=["unconfigured_actor", "homonym_alias", "no_claim"],
      note="Mocímboa do Rovuma is another village; the alias 'Mocímboa' names the city, no claim."),
    I("pmp", pmp("17/radio-roundup"), "2026-05-17T08:00:00+02:00",
      "Radio round-up: insurgents leave Ocua, catechists say",
      "<p><em>Translated from Emakhuwa by our newsroom.</em></p><p><b>Rádio Lúrio Chiúre:</b> Catechists "
      "said the insurgents left Ocua on Saturday after two days there, heading towards Mazeze.</p>"
      "<p><b>Rádio Comunitária de Ibo:</b> Ferries between Ibo and Quirimba resumed after the "
      "holiday.</p>",
      cities=["Chiúre", "Ibo"],
      claims=[C("Ocua", S, "withdrew", "catechists", UNK)],
      traps=["radio_bulletin", "fled_towards", "window_edge", "station_names_city"]),
]

EXPECTED = [
    # Awasse
    ("Awasse", ani("11/fds-awasse"), sahil(1109)),
    ("Awasse", ani("11/fds-awasse"), "iow-mz-20260512-02"),
    ("Awasse", sahil(1109), "iow-mz-20260512-02"),
    ("Awasse", sahil(1109), ani("14/urgente-awasse")),
    ("Awasse", "iow-mz-20260512-02", ani("14/urgente-awasse")),
    ("Awasse", ani("14/urgente-awasse"), "iow-mz-20260515-01"),
    # Diaca
    ("Diaca", sahil(1102), pmp("12/live-cabo-delgado")),
    ("Diaca", sahil(1102), rcm("log-0512")),
    # Mucojo
    ("Mucojo", ani("12/mucojo-administrator"), sahil(1106)),
    ("Mucojo", ani("12/mucojo-administrator"), "iow-mz-20260513-01"),
    ("Mucojo", ani("12/mucojo-administrator"), rrn("sitrep-41")),
    ("Mucojo", sahil(1106), "iow-mz-20260513-01"),
    # Miangalewa
    ("Miangalewa", sahil(1121), ani("12/xitaxi-strikes")),
    ("Miangalewa", sahil(1121), rcm("log-0512")),
    ("Miangalewa", sahil(1121), pmp("13/namacande-returns")),
    # Macomia
    ("Macomia", sahil(1130), "iow-mz-20260514-02"),
    ("Macomia", sahil(1130), pmp("14/wire-macomia-secure")),
    ("Macomia", "iow-mz-20260514-01", "iow-mz-20260514-02"),
    ("Macomia", "iow-mz-20260514-01", pmp("14/wire-macomia-secure")),
    # Ocua
    ("Ocua", sahil(1141), "iow-mz-20260516-01"),
    ("Ocua", "iow-mz-20260516-01", rrn("sitrep-42")),
    ("Ocua", sahil(1141), pmp("17/radio-roundup")),
    ("Ocua", rrn("sitrep-42"), pmp("17/radio-roundup")),
]

if __name__ == "__main__":
    if "--coref" in sys.argv:
        coref_report(CONFIG, ITEMS)
    else:
        build(OUT, CONFIG, FEEDS, ITEMS, EXPECTED)
