"""Blind held-out set 'drc' (eastern DR Congo, 10-16 Feb 2025, synthetic).

Original writing; fictional outlets on .example domains and fictional people. Real places
and organisations appear only as setting. Nothing here is a factual report.

    python3 drc.py          (writes ./drc/)
"""
import os
import sys

sys.path.insert(0, os.path.dirname(os.path.abspath(__file__)))
from feedkit import Feed, I, C, build  # noqa: E402

OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "drc")
F, M, IND, UNK = "fardc", "m23", "independent", "unknown"

CONFIG = """
# frontline held-out set: eastern DR Congo (synthetic corpus)

[[cities]]
name = "Goma"
aliases = []
places = ["Kibumba", "Nyiragongo", "Mugunga", "Munigi", "Goma airport"]
lat = -1.68
lon = 29.22

[[cities]]
name = "Bukavu"
aliases = ["Bukavou"]
places = ["Kavumu", "Kabare", "Nyangezi"]
lat = -2.51
lon = 28.86

[[cities]]
name = "Sake"
aliases = ["Saké"]
places = ["Minova", "Shasha"]
lat = -1.57
lon = 29.04

[[cities]]
name = "Uvira"
aliases = []
places = ["Kamanyola", "Kiliba"]
lat = -3.40
lon = 29.14

[[cities]]
name = "Walikale"
aliases = ["Walikalé"]
places = ["Pinga", "Mpofi"]
lat = -1.42
lon = 28.05

[[cities]]
name = "Masisi"
aliases = []
places = ["Rubaya", "Kitshanga"]
lat = -1.40
lon = 28.82

[[cities]]
name = "Rutshuru"
aliases = ["Rutchuru"]
places = ["Kiwanja", "Bunagana", "Rubare"]
lat = -1.18
lon = 29.45

[sides.fardc]
actors = ["FARDC", "Congolese army", "Congolese armed forces", "armed forces", "army", "government troops", "loyalist troops", "Wazalendo", "Wazalendo fighters", "Burundian troops", "FARDC air force", "defence and security forces"]
voices = ["army spokesman", "FARDC spokesman", "military spokesman", "military source", "military sources", "government spokesman", "Government of the Republic", "Congolese government", "Communication Minister", "army general staff", "Echos des Grands Lacs", "RDC Communiqués"]

[sides.m23]
actors = ["M23", "AFC/M23", "AFC", "M23 rebels", "rebels", "Rwanda-backed rebels", "RDF", "Rwanda Defence Force", "Rwandan army", "Rwandan troops"]
voices = ["M23 spokesman", "rebel spokesman", "AFC spokesman", "rebel official", "AFC coordinator", "Kivu Liberation Voice"]

[independent]
voices = ["MONUSCO", "UN mission", "United Nations", "UN", "U.N.", "OCHA", "Great Lakes Wire", "UN Mission Press Office", "ICRC"]

[[feeds]]
name = "Echos des Grands Lacs"
url = "file:feeds/echos.xml"
side = "fardc"

[[feeds]]
name = "RDC Communiqués"
url = "file:feeds/communiques.xml"
side = "fardc"

[[feeds]]
name = "Kivu Liberation Voice"
url = "file:feeds/klv.xml"
side = "m23"

[[feeds]]
name = "UN Mission Press Office"
url = "file:feeds/unmission.xml"
side = "independent"

[[feeds]]
name = "Great Lakes Wire"
url = "file:feeds/glw.xml"
side = "independent"

[[feeds]]
name = "Kivu Relief Network"
url = "file:feeds/relief.xml"
"""

FEEDS = [
    Feed("echos", "Echos des Grands Lacs", "rss", "echos.xml", "https://echosgrandslacs.example/en",
         "English edition of a Bukavu news site", side=F),
    Feed("gov", "RDC Communiqués", "atom", "communiques.xml", "https://rdc-communiques.example",
         "Official communiqués of the Government of the Republic", side=F, atom_published=False),
    Feed("klv", "Kivu Liberation Voice", "atom", "klv.xml", "https://kivuliberation.example",
         "Posts of the AFC/M23 relayed from social media", side=M),
    Feed("un", "UN Mission Press Office", "rss", "unmission.xml", "https://unmission-press.example",
         "Press releases and statements", side=IND, cdata=True, gmt=True),
    Feed("glw", "Great Lakes Wire", "rss", "glw.xml", "https://greatlakeswire.example/africa",
         "Great Lakes Wire: Africa", side=IND, author="Great Lakes Wire"),
    Feed("rel", "Kivu Relief Network", "rss", "relief.xml", "https://kivurelief.example",
         "Flash updates from humanitarian partners in North and South Kivu"),
]


def ec(n):
    return f"https://echosgrandslacs.example/en/2025/02/{n}"


def gv(n):
    return f"urn:rdc-communiques:2025:{n}"


def kl(n):
    return f"urn:klv:post:{n}"


def un(n):
    return f"tag:unmission-press.example,2025:press/{n}"


def rl(n):
    return f"https://kivurelief.example/updates/{n}"


SYN_TITLE = "Congo rebels press on toward Bukavu after seizing airport"
SYN_BODY = ("<p>BUKAVU, Congo, Feb 14 (Great Lakes Wire) - M23 rebels pressed on toward Bukavu on "
            "Friday after capturing the airport at Kavumu, a rebel official said.</p>"
            "<p>&quot;Our forces are at the gates of Bukavu,&quot; the rebel official told Great Lakes "
            "Wire by phone. Congo&#8217;s government did not immediately respond to a request for "
            "comment.</p><p>A U.N. source said thousands of residents had fled Bukavu&#8217;s Nyawera "
            "district.</p>")
SYN_CLAIMS = [C("Bukavu", M, "advancing", "rebel official", M),
              C("Kavumu", M, "captured", "rebel official", M)]

ITEMS = [
    # ============================================================ Echos des Grands Lacs (fardc-leaning)
    I("echos", ec("10/sake-shasha"), "2025-02-10T07:40:00+02:00",
      "Sake: the FARDC dislodge the M23 from the Shasha hills",
      "<p>The Armed Forces of the DRC (FARDC), supported by Wazalendo fighters, dislodged the M23 "
      "from the hills of Shasha, on the road between Sake and Minova, on Sunday evening, the military "
      "spokesman of the Sokola 2 operations, Lieutenant-Colonel Mwamba Kasongo, affirmed.</p>"
      "<p>&laquo;&nbsp;The situation is under control in Sake&nbsp;&raquo;, he declared, adding that "
      "the population was invited to go about its occupations.</p>",
      cities=["Sake"],
      claims=[C("Shasha", F, "captured", "military spokesman Lieutenant-Colonel Mwamba Kasongo", F),
              C("Sake", F, "holding", "military spokesman Lieutenant-Colonel Mwamba Kasongo", F)],
      traps=["dislodged", "locating_between", "guillemets_quote_first", "under_control"]),
    I("echos", ec("11/minova"), "2025-02-11T09:15:00+02:00",
      "Kalehe: the Wazalendo take back Minova after fierce fighting",
      "<p>The Wazalendo patriotic fighters took back control of Minova on Monday afternoon after two "
      "days of fierce fighting with the AFC/M23 rebels, local sources told our newsroom.</p>"
      "<p>According to a civil society leader in Kalehe, the rebels abandoned their positions in the "
      "town and retreated in the direction of Kalungu.</p>"
      "<p>Minova, a trading town on the shores of Lake Kivu some 40 km from Sake, had fallen into the "
      "hands of the rebels in late January.</p>",
      cities=["Sake"],
      claims=[C("Minova", F, "captured", "local sources", UNK),
              C("Minova", M, "withdrew", "a civil society leader in Kalehe", UNK)],
      traps=["took_back_control", "abandoned_positions", "coreference", "history_fell_into_hands",
             "locating", "claimant_unknown"]),
    I("echos", ec("12/bukavu-calm"), "2025-02-12T18:05:00+02:00",
      "Bukavou: the army says the city is secure",
      "<p>Contrary to the rumours circulating on social networks, Bukavu has not fallen, the FARDC "
      "spokesman in South Kivu, Captain Lubula Ngoy, affirmed on Wednesday.</p>"
      "<p>Loyalist troops still hold the airport at Kavumu, 30 km north of Bukavu, he added.</p>",
      cities=["Bukavu"],
      claims=[C("Bukavu", F, "holding", "the army", F),
              C("Bukavu", M, "denied", "FARDC spokesman Captain Lubula Ngoy", F),
              C("Kavumu", F, "holding", "FARDC spokesman Captain Lubula Ngoy", F)],
      traps=["alias_in_title", "has_not_fallen", "still_hold", "locating_coref", "window_edge"]),
    I("echos", ec("13/uvira-braces"), "2025-02-13T11:30:00+02:00",
      "Uvira braces as Burundian reinforcements cross the Rusizi",
      "<p>Several hundred Burundian troops crossed the Rusizi river on Wednesday heading for the "
      "plain, military sources said.</p><p>&laquo;&nbsp;If Kamanyola falls, the road to Uvira will be "
      "open&nbsp;&raquo;, warned a Congolese officer who asked not to be named. Kinshasa intends to "
      "retake Bukavu&#8217;s northern approaches before the end of the month, according to a senior "
      "official.</p><p>In 2012, the M23 had occupied Goma for ten days before pulling out under "
      "international pressure.</p>",
      cities=["Bukavu", "Goma", "Uvira"],
      claims=[],
      traps=["conditional", "plan", "historical", "possessive"]),
    I("echos", ec("13/masisi-centre"), "2025-02-13T07:20:00+02:00",
      "Masisi-centre: the FARDC and the Wazalendo recover the locality",
      "<p>The FARDC and the Wazalendo recovered Masisi-centre on Wednesday evening, after the M23 "
      "abandoned the locality without a fight, according to the spokesman of the Wazalendo in "
      "Masisi, Jules Mulumba.</p><p>The population welcomed the soldiers with songs.</p>",
      cities=["Masisi"],
      claims=[C("Masisi", F, "captured", "spokesman of the Wazalendo Jules Mulumba", F),
              C("Masisi", M, "withdrew", "spokesman of the Wazalendo Jules Mulumba", F)],
      traps=["hyphenated", "recovered", "according_to"]),
    I("echos", ec("14/kavumu"), "2025-02-14T20:45:00+02:00",
      "South Kivu: the AFC/M23 took control of Kavumu airport, according to local sources",
      "<p>The rebels of the AFC/M23 took control on Friday of the airport of Kavumu, some thirty "
      "kilometres north of Bukavu, according to concordant local sources. The FARDC and the "
      "Wazalendo abandoned their bases at Kavumu without fighting, the same sources indicated.</p>"
      "<p>In Bukavu, shops remained closed and many residents fled ahead of the rebels toward "
      "Uvira.</p>",
      cities=["Bukavu", "Uvira"],
      claims=[C("Kavumu", M, "captured", "concordant local sources", UNK),
              C("Kavumu", F, "withdrew", "the same sources", UNK)],
      traps=["took_control", "abandoned_bases", "locating", "directional", "outside_window"]),
    I("echos", ec("14/syndication-glw"), "2025-02-14T21:30:00+02:00", SYN_TITLE, SYN_BODY,
      cities=["Bukavu"], claims=SYN_CLAIMS,
      traps=["syndicated", "at_the_gates", "pressed_on_toward"]),
    I("echos", ec("15/kamanyola"), "2025-02-15T08:00:00+02:00",
      "Ruzizi plain: FARDC units closing in on Kamanyola",
      "<p>FARDC units backed by Burundian troops are closing in on Kamanyola, a border town 50 km "
      "north of Uvira, military sources said on Saturday.</p>",
      cities=["Uvira"],
      claims=[C("Kamanyola", F, "advancing", "military sources", F)],
      traps=["closing_in", "locating"]),
    I("echos", ec("15/bukavu-flag"), "2025-02-15T16:10:00+02:00",
      "Bukavu: the M23 entered the city and raised its flag over the governorate",
      "<p>Columns of M23 fighters entered Bukavu on Saturday morning and raised their flag over the "
      "city, residents reached by telephone told our newsroom. No resistance was reported: the "
      "loyalist troops had evacuated the city during the night.</p>"
      "<p>Kinshasa denounced &laquo;&nbsp;a violation of territorial integrity&nbsp;&raquo; and said "
      "the Rwandan army was behind the offensive.</p>",
      cities=["Bukavu"],
      claims=[C("Bukavu", M, "captured", "residents", UNK),
              C("Bukavu", F, "withdrew", "Echos des Grands Lacs", F)],
      traps=["entered_and_raised_flag", "evacuated", "publisher_claimant", "claimant_unknown"]),
    I("echos", ec("16/bunagana"), "2025-02-16T06:30:00+02:00",
      "Rutshuru: the M23 retain control of the Bunagana border post",
      None,
      cities=["Rutshuru"],
      claims=[C("Bunagana", M, "holding", "Echos des Grands Lacs", F)],
      traps=["title_only", "retain_control", "actor_not_publisher"]),
    I("echos", ec("16/kiwanja-shelling"), "2025-02-16T19:00:00+02:00",
      "Kiwanja under fire",
      "<p>&laquo;&nbsp;The M23 bombarded the neighbourhoods of Kiwanja with heavy weapons this "
      "morning&nbsp;&raquo;, deplored the administrator of Rutshuru territory, Esther Kahindo.</p>",
      cities=["Rutshuru"],
      claims=[C("Kiwanja", M, "strike", "administrator of Rutshuru territory Esther Kahindo", UNK)],
      traps=["bombarded", "inverted_quote_attribution", "claimant_unknown", "named_after_city"]),
    I("echos", ec("10/amani-festival"), "2025-02-10T12:00:00+02:00",
      "Culture: the Amani festival postponed again",
      "<p>The organisers of the Amani festival, held each year on the shores of the lake in Goma, "
      "announced a new postponement. Singers from Bukavou and Kinshasa had been expected.</p>",
      cities=["Bukavu", "Goma"],
      claims=[],
      traps=["no_claim", "alias_only"]),

    # ============================================================ RDC Communiqués (government)
    I("gov", gv("014"), "2025-02-10T12:00:00+01:00",
      "Communiqué No. 14: our forces beat back an enemy incursion at Kibumba",
      "<p>The Government of the Republic informs national and international opinion that on Monday "
      "10 February, our valiant FARDC beat back an incursion by the RDF/M23 coalition at Kibumba, in "
      "Nyiragongo territory. The enemy suffered heavy losses.</p>"
      "<p>The Government reaffirms that the FARDC retain control of all their positions in the "
      "sector.</p>",
      cities=["Goma"],
      claims=[C("Kibumba", F, "holding", "Government of the Republic", F)],
      traps=["repelled", "locating", "compound_actor"]),
    I("gov", gv("015"), "2025-02-11T19:30:00+01:00",
      "Government denies the fall of Sake",
      "<p>Kinshasa, 11 February 2025. The Communication Minister, Government spokesman, firmly denies "
      "the allegations relayed by certain media according to which Sake had passed under the "
      "control of the M23. These allegations are pure propaganda.</p>"
      "<p>Sake is under the full control of the FARDC.</p>",
      cities=["Sake"],
      claims=[C("Sake", M, "denied", "Communication Minister, Government spokesman", F),
              C("Sake", F, "holding", "RDC Communiqués", F)],
      traps=["denial", "under_full_control", "publisher_claimant"]),
    I("gov", gv("016"), "2025-02-13T08:00:00+01:00",
      "Communiqué No. 16 on operations in Masisi and Walikale",
      "<p>The FARDC air force carried out precision strikes on enemy positions at Rubaya and "
      "Kitshanga on Wednesday, neutralising several command posts, the army general "
      "staff said.</p><p>The claim by the M23 terrorists to have entered Pinga is a fabrication, the "
      "army general staff added.</p>",
      cities=["Masisi", "Walikale"],
      claims=[C("Rubaya", F, "strike", "army general staff", F),
              C("Kitshanga", F, "strike", "army general staff", F),
              C("Pinga", M, "denied", "army general staff", F)],
      traps=["two_places", "denial", "fabrication"]),
    I("gov", gv("018"), "2025-02-15T21:00:00+01:00",
      "Government statement on the situation in Bukavu",
      "<p>The Government categorically dismisses as propaganda the images purporting to show "
      "Rwanda-backed rebels in the centre of Bukavu. &quot;Our defence and security forces remain in "
      "position in the city and are protecting the population,&quot; the Communication Minister said on "
      "national television.</p>",
      cities=["Bukavu"],
      claims=[C("Bukavu", M, "denied", "RDC Communiqués", F),
              C("Bukavu", F, "holding", "Communication Minister", F)],
      traps=["dismissed_as_propaganda", "pronoun_subject", "coreference", "claimant_after_quote"]),
    I("gov", gv("019"), "2025-02-16T10:00:00+01:00",
      "Communiqué No. 19: the FARDC and the Wazalendo reconquer Kiwanja", None,
      cities=["Rutshuru"],
      claims=[C("Kiwanja", F, "captured", "RDC Communiqués", F)],
      traps=["title_only", "reconquer", "publisher_claimant"]),

    # ============================================================ Kivu Liberation Voice (M23 relay)
    I("klv", kl(2201), "2025-02-10T15:20:00+02:00",
      "AFC/M23: Kibumba remains under our control",
      "Our forces beat back an attack by the FARDC-FDLR-Wazalendo coalition on Kibumba this morning "
      "and the area remains under our control, said AFC/M23 spokesman Oscar Kanyamuhanga. 🇨🇩",
      cities=["Goma"],
      claims=[C("Kibumba", M, "holding", "AFC/M23 spokesman Oscar Kanyamuhanga", M)],
      traps=["repelled", "pronoun_subject", "claimant_after", "emoji"], body_type="text"),
    I("klv", kl(2214), "2025-02-11T08:10:00+02:00",
      "Sake: AFC/M23 has taken full control",
      "Sake is now entirely in the hands of the AFC/M23. The FARDC and their Wazalendo auxiliaries "
      "fled the town in disorder towards Minova, abandoning weapons and ammunition. We call on the "
      "population to remain calm. ✌️",
      cities=["Sake"],
      claims=[C("Sake", M, "captured", "Kivu Liberation Voice", M),
              C("Sake", F, "withdrew", "Kivu Liberation Voice", M)],
      traps=["now_in_the_hands", "coreference", "directional", "emoji"], body_type="text"),
    I("klv", kl(2236), "2025-02-12T21:40:00+02:00",
      "AFC coordinator: 'we will not stop'",
      "Speaking at a rally at the stadium in Goma, the AFC coordinator said Uvira and Bukavu \"will "
      "be liberated very soon\" and that the movement would continue to Kinshasa.",
      cities=["Bukavu", "Goma", "Uvira"],
      claims=[],
      traps=["plan", "location_of_event"], body_type="text"),
    I("klv", kl(2240), "2025-02-12T17:00:00+02:00",
      "Pinga: the flag of the AFC/M23 flies",
      "Our forces entered Pinga at dawn and raised the AFC/M23 flag over the administrative office. "
      "#Walikale",
      cities=["Walikale"],
      claims=[C("Pinga", M, "captured", "Kivu Liberation Voice", M)],
      traps=["entered_and_raised_flag", "pronoun_subject", "hashtag"], body_type="text"),
    I("klv", kl(2251), "2025-02-14T07:00:00+02:00",
      "Kitshanga: the lies of Kinshasa",
      "Reports that the FARDC have regained Kitshanga are fake news. Our positions in Kitshanga are "
      "intact and our forces hold the town firmly.",
      cities=["Masisi"],
      claims=[C("Kitshanga", F, "denied", "Kivu Liberation Voice", M),
              C("Kitshanga", M, "holding", "Kivu Liberation Voice", M)],
      traps=["fake_news_denial", "pronoun_subject", "coreference"], body_type="text"),
    I("klv", kl(2262), "2025-02-14T13:00:00+02:00",
      "Kavumu airport liberated",
      "Kavumu airport was liberated at 11:00 by the AFC/M23 forces. The FARDC and the Burundian "
      "troops abandoned their positions there and fled. Order and security reign in the area. #Kavumu",
      cities=["Bukavu"],
      claims=[C("Kavumu", M, "captured", "Kivu Liberation Voice", M),
              C("Kavumu", F, "withdrew", "Kivu Liberation Voice", M)],
      traps=["liberated_passive", "there_coreference", "hashtag"], body_type="text"),
    I("klv", kl(2275), "2025-02-15T09:30:00+02:00",
      "Walikale: repositioning of our forces",
      "To give a chance to the peace process, the AFC/M23 has withdrawn its forces from "
      "Walikale-centre and repositioned them further east.",
      cities=["Walikale"],
      claims=[C("Walikale", M, "withdrew", "Kivu Liberation Voice", M)],
      traps=["hyphenated", "own_withdrawal"], body_type="text"),
    I("klv", kl(2288), "2025-02-16T07:45:00+02:00",
      "Kamanyola: FARDC drones target civilians",
      "FARDC drones bombarded civilian areas of Kamanyola overnight, killing four people. Kamanyola "
      "remains under the control of the AFC/M23, a spokesperson for the AFC/M23 said.",
      cities=["Uvira"],
      claims=[C("Kamanyola", F, "strike", "Kivu Liberation Voice", M),
              C("Kamanyola", M, "holding", "a spokesperson for the AFC/M23", M)],
      traps=["bombarded", "spokesperson_for"], body_type="text"),
    I("klv", kl(2293), "2025-02-16T14:30:00+02:00",
      "Rutshuru: enemy propaganda",
      "Kiwanja and Rutshuru remain in the hands of the AFC/M23. No FARDC soldier has set foot in "
      "Kiwanja.",
      cities=["Rutshuru"],
      claims=[C("Kiwanja", M, "holding", "Kivu Liberation Voice", M),
              C("Rutshuru", M, "holding", "Kivu Liberation Voice", M),
              C("Kiwanja", F, "denied", "Kivu Liberation Voice", M)],
      traps=["two_places", "negation_set_foot"], body_type="text"),
    I("klv", kl(2246), "2025-02-13T12:00:00+02:00",
      "Masisi: attack repulsed",
      "Our forces beat back the Wazalendo attackers in Masisi and remain in full control of the town.",
      cities=["Masisi"],
      claims=[C("Masisi", M, "holding", "Kivu Liberation Voice", M)],
      traps=["repelled", "pronoun_subject"], body_type="text"),

    # ============================================================ UN Mission Press Office
    I("un", un(31), "2025-02-10T16:00:00+00:00",
      "MONUSCO concerned about fighting around Sake",
      "<p>The UN mission expresses its deep concern over the intensification of fighting around Sake, "
      "where positions on both sides have come under heavy artillery fire since Sunday.</p>"
      "<p>The Mission&#8217;s peacekeepers continue to hold their positions at Sake and to protect "
      "displaced people sheltering at their base.</p>",
      cities=["Sake"],
      claims=[],
      traps=["no_side", "unconfigured_actor"]),
    I("un", un(33), "2025-02-12T10:00:00+00:00",
      "MONUSCO condemns deadly shelling of Mugunga camp",
      "<p>According to MONUSCO&#8217;s initial findings, the shells that hit Mugunga camp for displaced "
      "people on the western outskirts of Goma on Tuesday, killing at least seven civilians, were "
      "fired by the M23.</p><p>The Mission calls on all parties to respect international humanitarian "
      "law.</p>",
      cities=["Goma"],
      claims=[C("Mugunga", M, "strike", "MONUSCO", IND)],
      traps=["passive", "according_to", "locating"]),
    I("un", un(35), "2025-02-13T15:30:00+00:00",
      "Statement on the situation in Kitshanga",
      "<p>In a statement, MONUSCO confirmed that FARDC and Wazalendo elements regained control of "
      "Kitshanga on Wednesday following the withdrawal of M23 fighters from the locality.</p>",
      cities=["Masisi"],
      claims=[C("Kitshanga", F, "captured", "MONUSCO", IND),
              C("Kitshanga", M, "withdrew", "MONUSCO", IND)],
      traps=["in_a_statement", "nominalised_withdrawal"]),
    I("un", un(37), "2025-02-15T12:00:00+00:00",
      "Humanitarian situation in Bukavu",
      "<p>The Mission has received reports that M23 elements have entered parts of Bukavu, including "
      "the Kadutu commune. It urges restraint.</p>",
      cities=["Bukavu"],
      claims=[C("Bukavu", M, "advancing", "UN Mission Press Office", IND)],
      traps=["entered_parts_of", "publisher_claimant"]),
    I("un", un(38), "2025-02-16T09:00:00+00:00",
      "Secretary-General calls on the M23 to withdraw from Goma and Bukavu", None,
      cities=["Bukavu", "Goma"],
      claims=[],
      traps=["title_only", "demand_not_claim"]),

    # ============================================================ Great Lakes Wire
    I("glw", "glw-250210-1402", "2025-02-10T14:02:00+00:00",
      "Rwanda-backed rebels say they seized Congo's Sake; army says it repelled them",
      "<p>GOMA, Congo, Feb 10 (Great Lakes Wire) - Rwanda-backed M23 rebels said on Monday they had "
      "seized the town of Sake, 25 km west of Goma, while Congo&#8217;s army said it had beaten back "
      "the rebels&#8217; attempt to take Sake.</p><p>&quot;Sake is secure,&quot; army spokesman "
      "Lieutenant-Colonel Mwamba Kasongo told reporters. A rebel spokesman said the M23 had overrun the "
      "last army positions there on Sunday night.</p><p>Great Lakes Wire could not independently verify "
      "either account.</p>",
      cities=["Goma", "Sake"],
      claims=[C("Sake", M, "captured", "Rwanda-backed M23 rebels", M),
              C("Sake", F, "holding", "Congo's army", F)],
      traps=["intra_item_contradiction", "told_reporters", "locating", "secure"]),
    I("glw", "glw-250211-2015", "2025-02-11T20:15:00+00:00",
      "Congo rebels deny losing Minova",
      "<p>GOMA, Feb 11 (Great Lakes Wire) - AFC/M23 spokesman Oscar Kanyamuhanga denied losing Minova "
      "on Tuesday and dismissed as propaganda reports that the Wazalendo had taken the lakeside "
      "town.</p>",
      cities=["Goma", "Sake"],
      claims=[C("Minova", F, "denied", "AFC/M23 spokesman Oscar Kanyamuhanga", M)],
      traps=["denied_losing", "dismissed_as_propaganda"]),
    I("glw", "glw-250212-0930", "2025-02-12T09:30:00-05:00",
      "M23 wrests back Congo coltan town of Rubaya",
      "<p>KINSHASA, Feb 12 (Great Lakes Wire) - M23 fighters wrested back the mining town of Rubaya "
      "from Wazalendo fighters on Tuesday, two local officials said.</p><p>Rubaya, which produces a "
      "large share of the world&#8217;s coltan, lies about 50 km north-west of Goma. Congo&#8217;s army "
      "spokesman denied that Rubaya had changed hands.</p>",
      cities=["Goma", "Masisi"],
      claims=[C("Rubaya", M, "captured", "two local officials", UNK),
              C("Rubaya", M, "denied", "army spokesman", F)],
      traps=["wrested", "intra_item_contradiction", "locating"]),
    I("glw", "glw-250213-0900", "2025-02-13T09:00:00+00:00",
      "Border town of Kamanyola falls to M23, residents say",
      "<p>The border town of Kamanyola fell into the hands of M23 rebels on Thursday, residents said, "
      "after Burundian troops pulled out of the town overnight.</p>",
      cities=["Uvira"],
      claims=[C("Kamanyola", M, "captured", "residents", UNK),
              C("Kamanyola", F, "withdrew", "residents", UNK)],
      traps=["fell_into_the_hands_of", "coreference", "claimant_unknown"]),
    I("glw", "glw-250214-1310", "2025-02-14T13:10:00-05:00", SYN_TITLE, SYN_BODY,
      cities=["Bukavu"], claims=SYN_CLAIMS,
      traps=["syndicated", "window_edge"]),
    I("glw", "glw-250215-1125", "2025-02-15T11:25:00-05:00",
      "Pro-government militias move into Congo's Walikale after rebel pullout",
      "<p>KINSHASA, Feb 15 (Great Lakes Wire) - Wazalendo militia fighters allied to Congo&#8217;s army "
      "moved into Walikale on Saturday after M23 rebels pulled out of the town, a local administrator "
      "said.</p><p>The rebels had seized Walikale, which sits on the main road to the tin mines at "
      "Bisie, in a lightning advance last year.</p>",
      cities=["Walikale"],
      claims=[C("Walikale", F, "advancing", "a local administrator", UNK),
              C("Walikale", M, "withdrew", "a local administrator", UNK)],
      traps=["moved_into", "complementary", "historical"]),
    I("glw", "glw-250215-2240", "2025-02-15T22:40:00+00:00",
      "Drone strike reported at Goma airport",
      "<p>Explosions were heard in Goma late on Saturday. The M23 said a drone launched by the "
      "Congolese army had struck the runway at Goma airport, while Congo&#8217;s army spokesman "
      "dismissed the accusation as propaganda.</p>",
      cities=["Goma"],
      claims=[C("Goma airport", F, "strike", "the M23", M)],
      traps=["subplace_contains_city", "denied_strike", "actor_not_speaker"]),
    I("glw", "glw-250216-0640", "2025-02-16T06:40:00+00:00",
      "Drones hit outskirts of Congo's Uvira",
      "<p>Drones struck the outskirts of Uvira overnight, local officials said, though it was not "
      "clear who had launched them.</p><p>Separately, Burundian troops pulled back from positions at "
      "Kiliba, Burundi&#8217;s army said, describing the move as a rotation. Red Tabara, a Burundian "
      "rebel group based in the hills, said it had seized an army post outside Kiliba.</p>",
      cities=["Uvira"],
      claims=[C("Kiliba", F, "withdrew", "Burundi's army", F)],
      traps=["no_side", "pulled_back", "unconfigured_actor", "locating"]),

    # ============================================================ Kivu Relief Network (no side)
    I("rel", rl(501), "2025-02-10T18:00:00+02:00",
      "Flash update: 12,000 displaced from Sake arrive in Goma",
      "<p>Some 12,000 people have fled Sake following the renewed fighting and arrived at the Mugunga "
      "and Lac Vert sites. Humanitarian access to Sake remains impossible.</p>"
      "<p>Partners report that the M23 shelled the road between Sake and Goma on Sunday.</p>",
      cities=["Goma", "Sake"],
      claims=[],
      traps=["no_side", "locating_between", "not_a_place"]),
    I("rel", rl(507), "2025-02-12T14:00:00+02:00",
      "Nyiragongo: distributions suspended",
      "<p>For the sake of staff safety, distributions at Munigi were suspended after FARDC drones "
      "struck rebel positions 10 km north of Kibumba on Tuesday.</p>",
      cities=["Goma", "Sake"],
      claims=[],
      traps=["common_word_alias", "locating"]),
    I("rel", rl(512), "2025-02-14T14:00:00+02:00",
      "Bukavu: partners relocate staff",
      "<p>It was reported on Friday that AFC/M23 fighters had reached the northern outskirts of "
      "Bukavu. Kavumu airport is closed to humanitarian flights.</p>",
      cities=["Bukavu"],
      claims=[C("Bukavu", M, "advancing", "Kivu Relief Network", UNK)],
      traps=["it_was_reported", "sideless_outlet"]),
    I("rel", rl(520), "2025-02-16T12:00:00+02:00",
      "Mpox vaccination campaign reaches Kinshasa",
      "<p>The second phase of the campaign started in the capital on Sunday.</p>",
      cities=[],
      claims=[],
      traps=["no_city"]),
]

EXPECTED_CONFLICTS = None

if __name__ == "__main__":
    build(OUT, CONFIG, FEEDS, ITEMS, EXPECTED_CONFLICTS)
