#!/usr/bin/env python3
"""Build the eightieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_eightieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. type.thank-you-only's "small talk" reading in German
(amazon.de, amazon.at) and Dutch (amazon.nl, amazon.com.be): compliant messages are thanks plus exactly one
genuine content sentence (care or use instruction, product fact, delivery detail, question to the buyer,
warranty or part detail, an answer in a reply, a seasonal greeting with a tip), some of them chatty with the
useful sentence buried; violations are thanks padded only with small talk, or bare thanks / offers of help.
"""

from __future__ import annotations

import random
import sys
from functools import partial
from pathlib import Path

ROOT = Path(__file__).resolve().parent
sys.path.insert(0, str(ROOT.parent))
from corpus_build import (  # noqa: E402
    OrderBook,
    collect_by_language,
    lang_counts,
    set_boundaries,
    shaped_case,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(80_2026_0615)
_PREFIX = {"de": "30", "at": "30", "nl": "40", "com.be": "40"}
_TLD = {"de": "de", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-02T09:00:00Z", shipped="2026-06-03T14:00:00Z",
                 delivered="2026-06-06T11:00:00Z")
order = BOOK.add
# shipped, not delivered yet (a split parcel still on its way)
TRANSIT = {"purchased": "2026-06-10T08:00:00Z", "shipped": "2026-06-12T15:00:00Z", "delivered": ""}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]
TY = ["type.thank-you-only"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019b.e80", tag="t80", time="10:17:42")


# --------------------------------------------------------------------------------------------
# German (amazon.de, amazon.at)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:  # noqa: PLR0915 - one long list of cases
    # ---- compliant: thanks + exactly one useful sentence ----
    o, b = order("de-brett", "de", "Schneidebrett Eiche massiv, 40 x 25 cm, geölt")
    case("de-oel-dunkelt-nach", "relay", [],
         "Dank plus eine Produkteigenschaft (das Öl dunkelt das Holz nach): ein echter Inhalt.",
         to=b, frm="Holzwerk Albrecht <service@holzwerk-albrecht.de>",
         subject=f"Ihr Schneidebrett (Bestellung {o})", text=f"""Guten Tag,

vielen Dank, dass Sie sich für unser Eichenbrett entschieden haben (Bestellung {o}).

Nicht erschrecken: Das Leinöl lässt das Holz in den ersten Wochen noch etwas nachdunkeln, das ist ganz normal und gleicht sich mit der Zeit aus.

Herzliche Grüße
Jonas Albrecht
Holzwerk Albrecht""")

    o, b = order("de-pfanne", "de", "Eisenpfanne geschmiedet, 28 cm")
    case("de-pfanne-ohne-spuelmittel", "relay", [],
         "Dank plus eine Pflegeanweisung (nur heißes Wasser, kein Spülmittel).",
         to=b, frm="Schmiede Kessler <kontakt@schmiede-kessler.de>", enc=L1,
         subject=f"Bestellung {o} – ein Hinweis zur Pfanne", text=f"""Hallo,

danke für Ihre Bestellung {o}!

Bitte spülen Sie die Pfanne nur mit heißem Wasser aus und trocknen Sie sie danach auf der warmen Herdplatte, Spülmittel würde die Patina wieder lösen.

Beste Grüße aus der Schmiede
Familie Kessler""")

    o, b = order("de-gravur", "de", "Frühstücksbrettchen Buche mit Wunschgravur")
    case("de-frage-gravurtext", "relay", [],
         "Dank plus eine Frage an den Käufer, die zur Ausführung der Bestellung nötig ist (Gravurtext).",
         to=b, frm="Brettchenmanufaktur <hallo@brettchen-manufaktur.de>",
         subject=f"Gravur für Ihre Bestellung {o}", text=f"""Guten Morgen,

herzlichen Dank für Ihre Bestellung {o}.

Leider ist bei uns kein Gravurtext angekommen – welcher Name oder Spruch soll auf das Brettchen?

Viele Grüße
Anke Vogt""")

    o, b = order("de-tisch", "de", "Esstisch Wildeiche 180 x 90 cm mit Metallgestell", **TRANSIT)
    case("de-zweites-paket", "relay", [],
         "Dank plus eine Lieferangabe, die der Käufer braucht: die Tischplatte kommt als zweites Paket.",
         to=b, frm="Tischlerei Brandl <info@tischlerei-brandl.de>",
         subject=f"Ihre Bestellung {o}: Lieferung in zwei Teilen", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihren Einkauf (Bestellung {o}).

Die Tischplatte wird getrennt vom Gestell per Spedition geliefert und trifft voraussichtlich zwei bis drei Werktage nach dem ersten Paket bei Ihnen ein.

Mit freundlichen Grüßen
Tischlerei Brandl""")

    o, b = order("de-mixer", "de", "Standmixer 1,5 l, 1200 W")
    case("de-garantie-seriennummer", "relay", [],
         "Dank plus eine Garantieangabe (fünf Jahre auf den Motor, Seriennummer unter dem Sockel).",
         to=b, frm="Küchenprofi Wenzel <service@kuechenprofi-wenzel.de>", fmt="alt", lang="de",
         subject=f"Garantie Ihres Standmixers – Bestellung {o}", text=f"""Guten Tag,

danke, dass Sie bei uns bestellt haben (Bestellung {o}).

Auf den Motor gibt der Hersteller fünf Jahre Garantie; die dafür nötige Seriennummer finden Sie auf dem Aufkleber unter dem Sockel.

Freundliche Grüße
Ihr Team von Küchenprofi Wenzel""")

    o, b = order("de-kissen", "de", "Sitzkissen Leinen 45 x 45 cm, 2er-Set")
    case("de-re-bezug-waschbar", "relay", [],
         "Antwort auf die Frage des Käufers, ob der Bezug waschbar ist: Dank plus die Antwort.",
         to=b, frm="Leinenliebe <kundenservice@leinenliebe.de>",
         reply="Hallo, kann man den Bezug der Kissen eigentlich waschen? Danke!",
         subject=f"Re: Frage zu Bestellung {o}", text=f"""Hallo,

danke für Ihre Nachricht zur Bestellung {o}.

Ja, der Bezug hat einen verdeckten Reißverschluss und kann bei 40 Grad in die Maschine, nur bitte nicht in den Trockner.

Liebe Grüße
Clara von Leinenliebe""")

    o, b = order("de-schlauch", "de", "Gartenschlauch 25 m, 1/2 Zoll, knickfest")
    case("de-sommer-schlauch", "relay", [],
         "Sommergruß plus ein nützlicher Gebrauchshinweis (Schlauch nicht unter Druck in der Sonne lassen).",
         to=b, frm="Gartenhaus Meier <info@gartenhaus-meier.de>",
         subject=f"Sommergrüße zu Ihrer Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

vielen Dank für Ihre Bestellung {o} – und einen wunderbaren Sommeranfang!

Ein kleiner Tipp für die heißen Tage: Drehen Sie nach dem Gießen den Wasserhahn zu, denn ein Schlauch, der stundenlang unter Druck in der prallen Sonne liegt, altert deutlich schneller.

Sonnige Grüße
Ihr Gartenhaus Meier""")

    o, b = order("at-guertel", "de", "Ledergürtel handgenäht, Rindleder 4 cm", tld="at")
    case("at-guertel-wachs-versteckt", "relay", [],
         "Plaudernder Brief (Werkstatt, Hund, Wetter), darin ein kurzer Pflegehinweis: einmal Inhalt genügt.",
         to=b, frm="Lederwerkstatt Huber <werkstatt@lederwerkstatt-huber.at>", enc=L1,
         subject=f"Grüße aus der Werkstatt – Bestellung {o}", text=f"""Grüß Gott,

ein herzliches Dankeschön für Ihre Bestellung {o}! Bei uns im Mühlviertel hat es die ganze Woche geregnet, da war die Werkstatt der gemütlichste Platz, und unser Dackel Ferdl hat brav neben der Nähmaschine gewacht, während Ihr Gürtel entstanden ist.

Reiben Sie das Leder vor dem ersten Tragen einmal dünn mit dem beiliegenden Bienenwachs ein.

Mein Vater hat die Werkstatt vor über dreißig Jahren gegründet, und wir freuen uns immer noch über jedes Stück, das in die Welt hinausgeht. Alles Gute und einen schönen Sommer!

Herzliche Grüße
Martin Huber""")

    o, b = order("at-honig", "de", "Waldhonig aus dem Waldviertel, 3 x 500 g", tld="at")
    case("at-honig-wasserbad-versteckt", "relay", [],
         "Viel Imkerei-Plauderei, darin ein einziger nützlicher Satz (fest gewordenen Honig im Wasserbad "
         "verflüssigen).",
         to=b, frm="Imkerei Hofbauer <honig@imkerei-hofbauer.at>",
         subject=f"Ihr Honig (Bestellung {o})", text=f"""Liebe Honigfreundin, lieber Honigfreund,

danke, dass Sie unseren Waldhonig bestellt haben (Bestellung {o}).

Heuer war ein gutes Jahr für unsere Bienen: Der Frühling kam spät, aber dafür hat die Tanne umso kräftiger gehonigt, und mein Mann ist jeden Abend stolz wie ein Kind von den Stöcken heimgekommen. Unsere Enkelin hilft inzwischen auch schon beim Schleudern mit.

Falls der Honig mit der Zeit fest wird, stellen Sie das Glas einfach in ein warmes Wasserbad, aber bitte nicht wärmer als 40 Grad.

Wir wünschen Ihnen eine gute Zeit und viel Sonnenschein!

Ihre Familie Hofbauer""")

    o, b = order("at-lampe", "de", "Stehlampe Messing mit Leinenschirm", tld="at")
    case("at-kabellaenge", "relay", [],
         "Dank plus eine Maßangabe, die beim Aufstellen hilft (Kabellänge 1,8 m, Fußschalter).",
         to=b, frm="Licht & Raum Wien <office@lichtundraum.at>",
         subject=f"Zu Ihrer Stehlampe – Bestellung {o}", text=f"""Sehr geehrte Damen und Herren,

herzlichen Dank für Ihren Einkauf bei uns (Bestellung {o}).

Das Kabel der Lampe ist 1,8 m lang und hat einen Fußschalter, planen Sie also gegebenenfalls eine Verlängerung ein, wenn die nächste Steckdose weiter weg ist.

Mit besten Grüßen
Licht & Raum Wien""")

    o, b = order("de-zahnbuerste", "de", "Elektrische Schallzahnbürste mit Reiseetui")
    case("de-html-akku-laden", "relay", [],
         "HTML: Dank plus eine Gebrauchsanweisung (Akku vor der ersten Benutzung voll laden, ca. 16 Stunden).",
         to=b, frm="Dentaplus Shop <service@dentaplus-shop.de>", fmt="html", lang="de", enc=B64,
         subject=f"Ihre neue Zahnbürste – Bestellung {o}", text=f"""Guten Tag,

vielen Dank für Ihre Bestellung {o}.

Bitte laden Sie den Akku vor dem ersten Putzen vollständig auf; das dauert beim ersten Mal etwa 16 Stunden.

Ihr Dentaplus-Team""")

    o, b = order("at-paket", "de", "Wanderrucksack 30 l, wasserabweisend", tld="at", **TRANSIT)
    case("at-re-wo-ist-paket", "relay", [],
         "Antwort auf 'Wann kommt mein Paket?': Dank plus der aktuelle Stand der Zustellung.",
         to=b, frm="Bergsport Egger <service@bergsport-egger.at>",
         reply="Guten Tag, ich brauche den Rucksack am Samstag für eine Tour. Kommt er bis dahin?",
         subject=f"Re: Lieferung Bestellung {o}", text=f"""Guten Tag,

danke für Ihre Anfrage zu Bestellung {o}.

Laut Sendungsverfolgung liegt der Rucksack schon im Verteilzentrum Wels und wird morgen, spätestens übermorgen zugestellt, also rechtzeitig vor Ihrer Tour.

Einen schönen Tag noch!
Bergsport Egger""")

    o, b = order("de-regal", "de", "Wandregal Eiche 80 cm mit unsichtbarer Aufhängung")
    case("de-schrauben-im-beutel", "relay", [],
         "Dank plus eine Teileangabe (Schrauben und Dübel stecken im Beutel unter dem Karton-Einleger).",
         to=b, frm="Regalwerk <info@regalwerk.de>",
         subject=f"Kurz zu Ihrem Regal (Bestellung {o})", text=f"""Hallo,

vielen Dank für Ihre Bestellung {o}.

Die Schrauben und Dübel für die Wandmontage stecken in einem kleinen Beutel unter dem Karton-Einleger, sie werden beim Auspacken leicht übersehen.

Gruß
Tobias vom Regalwerk""")

    o, b = order("de-keramik", "de", "Müslischalen Steinzeug, 4 Stück, handgetöpfert")
    case("de-keramik-mikrowelle-versteckt", "relay", [],
         "Lange Plauderei über die Töpferei und die Familie; mittendrin eine Produktangabe (spülmaschinenfest, "
         "nicht mikrowellengeeignet).",
         to=b, frm="Töpferei am Deich <post@toepferei-am-deich.de>", fmt="alt", lang="de",
         subject=f"Danke! (Bestellung {o})", text=f"""Moin!

Danke für Ihre Bestellung {o}, über die wir uns sehr gefreut haben.

Die Schalen sind in unserer kleinen Werkstatt hinterm Deich entstanden, wo meine Frau und ich seit zwölf Jahren töpfern. Die Glasur mischen wir selbst, und jedes Stück ist ein bisschen anders – das ist gewollt. Unsere Kinder finden inzwischen, dass das ganze Haus nach Ton riecht.

Die Schalen dürfen in die Spülmaschine, wegen des Metallanteils in der Glasur aber nicht in die Mikrowelle.

Herzliche Grüße von der Küste
Hanne und Jens""")

    # ---- violations: thanks and nothing but small talk, or bare thanks ----
    o, b = order("de-tee", "de", "Kräutertee Bio, Sommermischung 200 g")
    case("de-wetter-freiburg", "quarantine", TY,
         "Dank, Wetterbericht und ein allgemeiner Wunsch: nichts, was der Käufer wissen oder tun müsste.",
         to=b, frm="Teehaus Breisgau <info@teehaus-breisgau.de>",
         subject=f"Herzlichen Dank! (Bestellung {o})", text=f"""Liebe Kundin, lieber Kunde,

herzlichen Dank für Ihre Bestellung {o}!

Hier in Freiburg zeigt sich der Juni gerade von seiner allerbesten Seite, seit Tagen Sonne und über 25 Grad, und in unserem Laden duftet es nach Minze und Zitronenmelisse.

Wir wünschen Ihnen einen wunderschönen Sommer!

Ihr Teehaus Breisgau""")

    o, b = order("at-marille", "de", "Marillenmarmelade Wachau, 3 Gläser", tld="at")
    case("at-marillenernte", "quarantine", TY,
         "Dank und Erntebericht aus der Wachau, wie die Marmelade gekocht wird, Wünsche: nur Plauderei.",
         to=b, frm="Obstgut Steiner <hof@obstgut-steiner.at>", enc=L1,
         subject=f"Vielen Dank für Ihre Bestellung {o}", text=f"""Grüß Gott,

vielen herzlichen Dank für Ihre Bestellung {o}!

Bei uns in der Wachau hat die Marillenernte heuer früh begonnen, die Bäume hängen so voll wie seit Jahren nicht mehr. Die ganze Familie ist draußen beim Pflücken, und am Abend wird im großen Kupferkessel eingekocht, so wie es schon meine Großmutter gemacht hat.

Lassen Sie es sich gut gehen!

Herzliche Grüße vom Hof
Familie Steiner""")

    o, b = order("de-napf", "de", "Futternapf Keramik für Hunde, 1,2 l")
    case("de-ladenhund", "quarantine", TY,
         "Dank und eine Anekdote über den Ladenhund: keine Information zur Bestellung.",
         to=b, frm="Pfotenglück <hallo@pfotenglueck.de>",
         subject=f"Ein Dankeschön von Bruno (Bestellung {o})", text=f"""Hallo!

Ganz lieben Dank für Ihre Bestellung {o}.

Unser Ladenhund Bruno hat Ihr Päckchen heute Morgen höchstpersönlich bis zur Tür begleitet – er nimmt seinen Job als Qualitätsprüfer sehr ernst und hat jeden Napf vorher einmal beschnuppert. Zur Belohnung gab es für ihn ein Leckerli.

Wir hoffen, Ihr Vierbeiner freut sich genauso sehr über den neuen Napf!

Wuffige Grüße
Sandra und Bruno""")

    o, b = order("de-kerzen", "de", "Bienenwachskerzen gedreht, 6er-Set")
    case("de-schuetzenfest", "quarantine", TY,
         "Dank und Erzählung vom Schützenfest im Dorf: Plauderei ohne Inhalt.",
         to=b, frm="Kerzenzieherei Lammers <info@kerzen-lammers.de>",
         subject=f"Danke für Ihre Bestellung {o}", text=f"""Guten Tag,

danke für Ihre Bestellung {o}, sie ist bei uns in guten Händen gewesen.

Bei uns im Dorf war am Wochenende Schützenfest, und wie jedes Jahr haben wir den Festzug mit unseren großen Laternen begleitet. Mein Mann ist sogar beinahe Schützenkönig geworden, es fehlte nur ein einziger Schuss. Die Stimmung war großartig, bis spät in die Nacht wurde getanzt.

Wir wünschen Ihnen viele gemütliche Abende!

Herzlich
Ihre Kerzenzieherei Lammers""")

    o, b = order("de-puzzle", "de", "Holzpuzzle Bauernhof, 12 Teile")
    case("de-familie-abitur", "quarantine", TY,
         "Dank und Neuigkeiten aus der Familie des Verkäufers: nichts für den Käufer.",
         to=b, frm="Spielzeugkiste Roth <post@spielzeugkiste-roth.de>", enc=B64,
         subject=f"Ein herzliches Dankeschön – Bestellung {o}", text=f"""Liebe Familie,

wir danken Ihnen von Herzen für Ihre Bestellung {o}!

Bei uns ist gerade viel los: Unsere Tochter hat letzte Woche ihr Abitur bestanden und feiert am Samstag mit der ganzen Verwandtschaft im Garten. Der kleine Laden läuft trotzdem weiter, auch wenn Oma gerade öfter an der Kasse steht als ich.

Alles Liebe und eine gute Zeit für Sie!
Petra Roth""")

    o, b = order("de-beutel", "de", "Bio-Baumwollbeutel, 3er-Pack")
    case("de-html-mission-nachhaltig", "quarantine", TY,
         "HTML: Dank und Unternehmenswerte (Nachhaltigkeit, faire Löhne), sonst nichts.",
         to=b, frm="grünwerk <team@gruenwerk-taschen.de>", fmt="html", lang="de",
         subject=f"Danke, dass Sie Teil unserer Mission sind (Bestellung {o})", text=f"""Hallo,

vielen Dank für Ihre Bestellung {o}!

Als wir grünwerk gegründet haben, hatten wir einen Traum: Taschen, die niemandem schaden. Darum arbeiten wir nur mit Bio-Baumwolle, fairen Löhnen und kurzen Wegen, und jede Entscheidung messen wir daran, ob sie die Welt ein kleines bisschen besser macht.

Schön, dass Sie diesen Weg mit uns gehen.

Herzliche Grüße
Ihr grünwerk-Team""")

    o, b = order("at-loeffel", "de", "Kochlöffel-Set Zirbenholz, 3 Stück", tld="at")
    case("at-werkstatt-seit-1954", "quarantine", TY,
         "Dank und Geschichte der Drechslerei seit 1954, wie die Löffel gemacht werden: reine Plauderei.",
         to=b, frm="Drechslerei Pichler <werkstatt@drechslerei-pichler.at>",
         subject=f"Dankeschön aus Tirol – Bestellung {o}", text=f"""Grüß Gott,

recht herzlichen Dank für Ihre Bestellung {o}!

Unsere Drechslerei gibt es seit 1954. Mein Großvater hat damals mit einer einzigen Drehbank im Stadel angefangen, heute arbeiten wir zu dritt, aber immer noch mit Zirbenholz aus den umliegenden Wäldern. Jeder Löffel wird von Hand gedrechselt, geschliffen und geölt, und keiner gleicht genau dem anderen.

Wir freuen uns, dass ein Stück Tirol jetzt in Ihrer Küche ist.

Liebe Grüße aus den Bergen
Andreas Pichler""")

    o, b = order("de-socken", "de", "Wandersocken Merino, 3 Paar, Gr. 39-42")
    case("de-nur-danke", "quarantine", TY,
         "Nur Dank und 'bei Fragen sind wir jederzeit für Sie da'.",
         to=b, frm="Sockenstube <service@sockenstube.de>",
         subject=f"Vielen Dank für Ihren Einkauf – Bestellung {o}", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

vielen Dank für Ihre Bestellung {o} und das damit verbundene Vertrauen.

Bei Fragen oder Anliegen sind wir jederzeit gerne für Sie da.

Mit freundlichen Grüßen
Ihr Team der Sockenstube""")

    o, b = order("at-schal", "de", "Schal Walkloden, naturgrau", tld="at")
    case("at-html-nur-danke", "quarantine", TY,
         "HTML: Dank, die Hoffnung auf Zufriedenheit und 'melden Sie sich einfach': kein Inhalt.",
         to=b, frm="Lodenstube Graz <kontakt@lodenstube-graz.at>", fmt="alt", lang="de",
         subject=f"Danke für Ihren Einkauf! ({o})", text=f"""Liebe Kundin, lieber Kunde,

herzlichen Dank für Ihren Einkauf (Bestellung {o})!

Wir hoffen, der Schal gefällt Ihnen und begleitet Sie durch viele Jahre. Sollte irgendetwas nicht passen, melden Sie sich einfach, wir helfen gern.

Alles Gute wünscht Ihnen
die Lodenstube Graz""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl, amazon.com.be)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:  # noqa: PLR0915 - one long list of cases
    # ---- compliant ----
    o, b = order("nl-bank", "nl", "Tuinbank teakhout 150 cm")
    case("nl-teak-grijs", "relay", [],
         "Dank plus een producteigenschap (teak wordt zilvergrijs als het niet geolied wordt).",
         to=b, frm="Tuinhout Direct <service@tuinhoutdirect.nl>",
         subject=f"Uw tuinbank (bestelling {o})", text=f"""Beste klant,

Hartelijk dank voor uw bestelling {o}.

Goed om te weten: onbehandeld teak kleurt in de loop van een seizoen vanzelf zilvergrijs, dat is geen schade maar een natuurlijke beschermlaag.

Met vriendelijke groet,
Tuinhout Direct""")

    o, b = order("nl-plaid", "nl", "Plaid merinowol 130 x 170 cm")
    case("nl-wasvoorschrift", "relay", [],
         "Dank plus een wasvoorschrift (wolprogramma, liggend drogen).",
         to=b, frm="Wolhuis Zeeland <info@wolhuiszeeland.nl>",
         subject=f"Bestelling {o} - verzorging van uw plaid", text=f"""Hallo,

Bedankt voor je bestelling {o}!

Was de plaid alleen op het wolprogramma op 30 graden en laat hem liggend drogen, anders trekt hij uit model.

Groetjes,
Marieke van Wolhuis Zeeland""")

    o, b = order("nl-plankje", "nl", "Serveerplank met naam, eikenhout")
    case("nl-vraag-naam", "relay", [],
         "Dank plus een vraag aan de koper die nodig is om de bestelling uit te voeren (welke naam).",
         to=b, frm="Graveerhuis <hallo@graveerhuis.nl>",
         subject=f"Welke naam mogen we graveren? (bestelling {o})", text=f"""Goedemiddag,

Dank je wel voor je bestelling {o}.

Bij de bestelling is helaas geen naam meegekomen: welke naam of tekst wil je op de plank hebben?

Hartelijke groet,
Sven van Graveerhuis""")

    o, b = order("be-bureau", "nl", "Zit-sta bureau elektrisch 140 x 70 cm", tld="com.be", **TRANSIT)
    case("be-onderstel-apart", "relay", [],
         "Dank plus een leveringsdetail: het onderstel komt in een apart pakket, een dag later.",
         to=b, frm="Kantoorcomfort <klantendienst@kantoorcomfort.be>",
         subject=f"Uw bureau wordt in twee pakketten geleverd ({o})", text=f"""Geachte klant,

Van harte bedankt voor uw bestelling {o}.

Het onderstel wordt apart verzonden en komt waarschijnlijk een dag later aan dan het bureaublad, dus schrik niet als u eerst maar één doos ontvangt.

Met vriendelijke groeten,
Kantoorcomfort""")

    o, b = order("nl-pomp", "nl", "Vijverpomp 3000 l/u met filter")
    case("nl-garantie-factuur", "relay", [],
         "Dank plus een garantiedetail (twee jaar, de Amazon-factuur volstaat als bewijs).",
         to=b, frm="Vijverland <service@vijverland.nl>", fmt="alt", lang="nl",
         subject=f"Garantie op uw vijverpomp - bestelling {o}", text=f"""Beste klant,

Bedankt voor uw aankoop (bestelling {o}).

Op de pomp zit twee jaar fabrieksgarantie, en als bewijs volstaat de factuur die u in uw Amazon-account kunt downloaden.

Met vriendelijke groet,
Team Vijverland""")

    o, b = order("nl-tas", "nl", "Laptoptas canvas 15,6 inch")
    case("nl-re-past-a4", "relay", [],
         "Antwoord op de vraag van de koper of er een A4-map in past: dank plus het antwoord.",
         to=b, frm="Canvas & Co <info@canvasenco.nl>",
         reply="Hoi, past er ook een A4-map in het voorvak? Groetjes",
         subject=f"Re: Vraag over bestelling {o}", text=f"""Hoi,

Dank voor je vraag over bestelling {o}.

Het voorvak is 24 cm breed, dus een A4-map past er niet in, maar in het hoofdvak naast de laptop gaat dat prima.

Groetjes,
Canvas & Co""")

    o, b = order("nl-portemonnee", "nl", "Leren portemonnee heren, cognac")
    case("nl-vaderdag-tip", "relay", [],
         "Groet voor Vaderdag plus een bruikbare verzorgingstip (leer niet nat maken, met droge doek poetsen).",
         to=b, frm="Leerwaren Bakker <service@leerwarenbakker.nl>",
         subject=f"Alvast een fijne Vaderdag! (bestelling {o})", text=f"""Beste klant,

Dank u wel voor uw bestelling {o}, en alvast een fijne Vaderdag namens ons hele team!

Een tip voor het leer: wrijf het af en toe op met een droge, zachte doek en laat het nooit op de verwarming drogen als het nat is geworden.

Hartelijke groet,
Leerwaren Bakker""")

    o, b = order("nl-kaas", "nl", "Boerenkaas belegen, 1 kg")
    case("nl-kaas-bewaren-verstopt", "relay", [],
         "Veel gebabbel over de boerderij, de koeien en het weer, met één nuttige zin (kaas bewaren in de "
         "groentela, in het papier).",
         to=b, frm="Kaasboerderij De Vlinderhoeve <boerderij@devlinderhoeve.nl>",
         subject=f"Groeten van de boerderij (bestelling {o})", text=f"""Beste klant,

Wat fijn dat u onze boerenkaas heeft besteld (bestelling {o}), heel hartelijk bedankt!

Hier op de boerderij is het een drukke tijd. De koeien staan sinds april weer buiten en genieten zichtbaar van het jonge gras, en vorige week is er een tweeling geboren, twee kalfjes die we Pien en Puck hebben genoemd. Mijn schoonvader maakt de kaas nog steeds elke ochtend om zes uur, al veertig jaar lang.

Bewaar de kaas in de groentela van de koelkast, in het papier waarin hij verpakt is, en niet in plastic.

Zonnige groeten uit het Groene Hart,
Anneke de Vries""")

    o, b = order("be-praline", "nl", "Pralines assortiment, 500 g", tld="com.be")
    case("be-chocolade-verstopt", "relay", [],
         "Gebabbel over Brugge en de chocolatier, met één bewaartip (15 tot 18 graden, niet in de koelkast).",
         to=b, frm="Chocolaterie Van Acker <info@chocolaterie-vanacker.be>", fmt="alt", lang="nl",
         subject=f"Een zoete groet uit Brugge ({o})", text=f"""Dag beste klant,

Een welgemeende dank u wel voor uw bestelling {o}!

In Brugge is het volop toeristenseizoen, de reien liggen vol bootjes en in ons atelier ruikt het de hele dag naar geroosterde hazelnoten. Mijn broer en ik hebben de zaak tien jaar geleden van onze vader overgenomen.

De pralines bewaart u het best op een koele plaats tussen 15 en 18 graden; in de koelkast gaan ze wit uitslaan.

Smakelijk!
Pieter Van Acker""")

    o, b = order("nl-lamp", "nl", "Hanglamp rotan 45 cm")
    case("nl-fitting-maat", "relay", [],
         "Dank plus een productmaat (E27-fitting, lampen tot 40 watt).",
         to=b, frm="Lampenzolder <info@lampenzolder.nl>",
         subject=f"Over uw hanglamp (bestelling {o})", text=f"""Goedendag,

Bedankt voor uw bestelling {o}.

De lamp heeft een E27-fitting en is geschikt voor lampen tot maximaal 40 watt, een ledlamp werkt het mooiste met het rotan.

Vriendelijke groet,
Lampenzolder""")

    o, b = order("be-stofzuiger", "nl", "Steelstofzuiger snoerloos 25,2 V", tld="com.be")
    case("be-html-accu-opladen", "relay", [],
         "HTML: dank plus een gebruiksinstructie (accu eerst volledig opladen, ongeveer vier uur).",
         to=b, frm="Huishoudhuis <service@huishoudhuis.be>", fmt="html", lang="nl", enc=B64,
         subject=f"Uw nieuwe stofzuiger - bestelling {o}", text=f"""Beste klant,

Hartelijk dank voor uw bestelling {o}.

Laad de accu voor het eerste gebruik volledig op; dat duurt ongeveer vier uur en komt de levensduur ten goede.

Met vriendelijke groeten,
Het team van Huishoudhuis""")

    o, b = order("be-stoel", "nl", "Tuinstoel aluminium met kussen", tld="com.be")
    case("be-re-buiten-laten", "relay", [],
         "Antwoord op de vraag of de stoel buiten mag blijven staan: dank plus het antwoord.",
         to=b, frm="Terrasweelde <info@terrasweelde.be>",
         reply="Goeiedag, mag de stoel ook het hele jaar buiten blijven staan?",
         subject=f"Re: Tuinstoel bestelling {o}", text=f"""Goeiedag,

Merci voor uw vraag over bestelling {o}.

Het frame kan gerust het hele jaar buiten blijven, maar het kussen zet u beter binnen bij regen, want de vulling droogt traag.

Vriendelijke groeten,
Terrasweelde""")

    o, b = order("nl-kast", "nl", "Schoenenkast 3 klepdeuren, wit")
    case("nl-inbussleutel-deksel", "relay", [],
         "Dank plus een onderdeeldetail (de inbussleutel zit in het zakje met de scharnieren).",
         to=b, frm="Meubelmakers Online <klantenservice@meubelmakersonline.nl>",
         subject=f"Montage schoenenkast (bestelling {o})", text=f"""Hallo,

Bedankt voor je bestelling {o}.

De inbussleutel zit niet los in de doos maar in het zakje met de scharnieren, want die wordt vaak over het hoofd gezien.

Succes met opbouwen,
Meubelmakers Online""")

    o, b = order("nl-mokken", "nl", "Mokken steengoed, set van 4")
    case("nl-mokken-magnetron-verstopt", "relay", [],
         "Lang gebabbel over het atelier en de familie, met één productfeit (vaatwasser ja, magnetron nee).",
         to=b, frm="Atelier Klei <atelier@atelierklei.nl>",
         subject=f"Dank je wel! (bestelling {o})", text=f"""Hoi!

Dank je wel voor je bestelling {o}, wij waren er heel blij mee.

Onze mokken worden gedraaid in een oud schoolgebouw in Friesland, waar mijn zus en ik sinds een paar jaar ons atelier hebben. Elke mok krijgt twee keer een glazuurlaag en gaat twee dagen de oven in. Onze kat Mientje vindt het atelier vooral een fijne plek om in de zon te liggen.

De mokken kunnen in de vaatwasser, maar door het ijzer in het glazuur niet in de magnetron.

Liefs uit Friesland,
Jorien en Femke""")

    # ---- violations ----
    o, b = order("nl-koffie", "nl", "Koffiebonen espresso blend 1 kg")
    case("nl-regen-groningen", "quarantine", TY,
         "Dank, het weer in Groningen en een algemene wens: geen inhoud.",
         to=b, frm="Branderij Noord <info@branderijnoord.nl>",
         subject=f"Bedankt voor je bestelling {o}", text=f"""Hoi,

Heel erg bedankt voor je bestelling {o}!

Hier in Groningen regent het al de hele week, dus in de branderij is het extra gezellig met de geur van versgebrande bonen. We hopen dat het bij jou wat zonniger is.

Een fijne week gewenst!

Groetjes,
Branderij Noord""")

    o, b = order("be-confituur", "nl", "Aardbeienconfituur Haspengouw, 3 potten", tld="com.be")
    case("be-aardbeienoogst", "quarantine", TY,
         "Dank en een verslag van de aardbeienoogst en hoe de confituur gekookt wordt: enkel gebabbel.",
         to=b, frm="Hoeve Ter Linden <hoeve@terlinden.be>",
         subject=f"Dank u wel voor uw bestelling {o}", text=f"""Dag beste klant,

Van harte dank voor uw bestelling {o}!

In Haspengouw zijn de aardbeien dit jaar vroeg rijp, en de hele familie staat van 's morgens vroeg op het veld om te plukken. 's Avonds wordt in de grote koperen ketel confituur gekookt, precies zoals mijn grootmoeder het deed, met niets anders dan fruit en suiker.

Nog een heel fijne zomer gewenst!

Hartelijke groeten,
Familie Vanderstraeten""")

    o, b = order("nl-boek", "nl", "Kinderboek Het grote dierenboek, hardcover")
    case("nl-winkelkat", "quarantine", TY,
         "Dank en een anekdote over de winkelkat: niets wat de koper moet weten.",
         to=b, frm="Boekhandel De Leeshoek <winkel@deleeshoek.nl>",
         subject=f"Groetjes van Snoes (bestelling {o})", text=f"""Beste klant,

Hartelijk dank voor uw bestelling {o}.

Onze winkelkat Snoes lag vanmorgen nog languit boven op uw pakketje te slapen en was er niet blij mee dat we het kwamen ophalen. Gelukkig was ze snel afgeleid door een zonnestraal op de toonbank.

Veel leesplezier gewenst!

Met vriendelijke groet,
Boekhandel De Leeshoek""")

    o, b = order("nl-vlag", "nl", "Vlaggenlijn katoen 10 meter, rood-wit-blauw")
    case("nl-kermis", "quarantine", TY,
         "Dank en een verhaal over de kermis in het dorp: alleen gebabbel.",
         to=b, frm="Feestwinkel Bart <bart@feestwinkelbart.nl>", fmt="alt", lang="nl",
         subject=f"Bedankt! (bestelling {o})", text=f"""Hallo,

Super bedankt voor je bestelling {o}!

Bij ons in het dorp is het deze week kermis, de hele straat hangt vol vlaggetjes en de botsauto's staan recht voor de winkel. Mijn kinderen hebben gisteren zes keer in de zweefmolen gezeten en konden daarna nauwelijks nog rechtop lopen.

Een feestelijke groet,
Bart""")

    o, b = order("nl-zeep", "nl", "Handgemaakte zeep lavendel, 4 stuks")
    case("nl-html-missie", "quarantine", TY,
         "HTML: dank en de missie van het merk (duurzaam, plasticvrij, eerlijke lonen), verder niets.",
         to=b, frm="Zeepzuster <hallo@zeepzuster.nl>", fmt="html", lang="nl",
         subject=f"Dank je wel voor je steun! (bestelling {o})", text=f"""Lieve klant,

Dank je wel voor je bestelling {o}!

Duurzaamheid zit in ons DNA. We zijn Zeepzuster begonnen omdat we geloven dat verzorging eerlijk en plasticvrij kan, en daarom kiezen we bij elke stap voor natuurlijke ingrediënten, lokale partners en een eerlijk loon voor iedereen die meewerkt.

Samen maken we het verschil.

Liefs,
Het Zeepzuster-team""")

    o, b = order("be-mand", "nl", "Wilgenmand met hengsel, handgevlochten", tld="com.be")
    case("be-ambacht-vlechten", "quarantine", TY,
         "Dank en een beschrijving van hoe de mand gevlochten wordt en de geschiedenis van het atelier: "
         "geen informatie voor de koper.",
         to=b, frm="Mandenmakerij Peeters <atelier@mandenmakerij-peeters.be>",
         subject=f"Dank u wel! (bestelling {o})", text=f"""Goeiedag,

Hartelijk bedankt voor uw bestelling {o}.

Onze mandenmakerij bestaat al sinds 1921, en we werken nog altijd zoals toen: de wilgentenen worden in de winter gesneden langs de Schelde, een week in water geweekt en dan met de hand gevlochten, één mand per dag. Mijn overgrootvader zou het atelier vandaag nog herkennen.

Veel plezier ermee gewenst!

Met vriendelijke groeten,
Lies Peeters""")

    o, b = order("nl-handdoek", "nl", "Badhanddoeken set van 4, antraciet")
    case("nl-alleen-dank", "quarantine", TY,
         "Alleen dank en 'heeft u vragen, dan staan wij voor u klaar'.",
         to=b, frm="Badtextiel Online <klantenservice@badtextielonline.nl>",
         subject=f"Hartelijk dank voor uw bestelling {o}", text=f"""Geachte klant,

Hartelijk dank voor uw bestelling {o} en het vertrouwen in ons.

Heeft u vragen of opmerkingen, dan staan wij altijd graag voor u klaar.

Met vriendelijke groet,
Klantenservice Badtextiel Online""")

    o, b = order("be-sjaal", "nl", "Sjaal alpacawol, donkerblauw", tld="com.be")
    case("be-html-alleen-dank", "quarantine", TY,
         "HTML: dank, de hoop dat de koper tevreden is en 'laat het ons gerust weten': geen inhoud.",
         to=b, frm="Alpaca Atelier <info@alpaca-atelier.be>", fmt="alt", lang="nl", enc=B64,
         subject=f"Bedankt voor uw aankoop ({o})", text=f"""Dag beste klant,

Bedankt voor uw aankoop (bestelling {o})!

We hopen van harte dat de sjaal u bevalt en u nog vele winters warm houdt. Mocht er toch iets zijn, laat het ons dan gerust weten.

Warme groeten,
Alpaca Atelier""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_nl))
    write_orders(ROOT, BOOK.rows)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="eightieth"), verify)
    print(f"{len(labels)} cases, {len(BOOK.rows)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
