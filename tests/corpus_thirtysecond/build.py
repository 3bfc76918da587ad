#!/usr/bin/env python3
"""Build the thirty-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The shape of the shared corpus in German, French, Italian,
Spanish and Japanese: per language 3 compliant near-misses and 7 focused violations, so that every heuristic
rule of RULES.md sections B-D (and review.repeat) is hit at least twice across the five languages, each
violation phrased the way a native seller writes it.
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

_rnd = random.Random(32_2026_0615)
_PREFIX = {"de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25"}
_TLD = {"de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-30T09:00:00Z", shipped="2026-05-31T15:00:00Z",
                 delivered="2026-06-03T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-11T08:30:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]


# One case (tests/corpus_build.shaped_case): plain, HTML or both; every target rule not named stays silent.
case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019b.e32", tag="t32", time="09:41:07")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Eisenherz Kochwaren <kundenservice@eisenherz-kochwaren.de>"
    o, b = order("de-review", "de", "Gusseisen-Bräter oval 30 cm, emailliert")
    case("de-bewertung-neutral", "relay", [],
         "Ein Pflegehinweis und eine neutrale Bitte um eine ehrliche Bewertung, ohne Gegenleistung und ohne "
         "Bedingung: erlaubt (und die erste Anfrage für diese Bestellung).",
         to=b, frm=frm, enc=L1, day=8, lang="de",
         subject=f"Ihr Bräter – kurze Pflegetipps (Bestellung {o})", text=f"""Guten Tag,

Ihr emaillierter Bräter aus der Bestellung {o} ist vor ein paar Tagen
bei Ihnen angekommen. Zwei Hinweise für die ersten Einsätze:

- Den Bräter langsam bei mittlerer Hitze vorwärmen, nie leer auf höchster
  Stufe stehen lassen.
- Nach dem Kochen abkühlen lassen und erst dann spülen; kaltes Wasser auf
  heißem Email kann Haarrisse verursachen.

Wenn Sie ein paar Gerichte darin zubereitet haben, freuen wir uns über eine
ehrliche Bewertung auf Amazon – egal wie sie ausfällt, sie hilft anderen
Käufern bei der Entscheidung.

Viele Grüße
Matthias Kern
Eisenherz Kochwaren""")

    case("de-bewertung-nachfass", "reject", ["review.repeat"],
         "Zweite Bewertungsanfrage ('falls Sie noch nicht dazu gekommen sind') für dieselbe Bestellung nach der "
         "ersten, weitergeleiteten Anfrage.",
         to=b, frm=frm, enc=L1, day=14, after=("de-bewertung-neutral",),
         subject=f"Noch einmal zu Ihrem Bräter (Bestellung {o})", text=f"""Guten Tag,

vor ein paar Tagen hatten wir Ihnen zu Ihrem Bräter (Bestellung {o})
geschrieben. Falls Sie noch nicht dazu gekommen sind: Wir würden uns nach wie
vor sehr über Ihre Rezension freuen. Es dauert nur eine Minute.

Viele Grüße
Matthias Kern
Eisenherz Kochwaren""")

    o, b = order("de-warranty", "de", "Küchenmaschine KM 1200, 5,5 l Edelstahlschüssel")
    case("de-herstellerhotline", "relay", [],
         "Telefonnummer der Hersteller-Hotline in derselben Zeile wie 'Hersteller' und eine 'kostenlose' "
         "Garantiereparatur: erlaubte Nummer, keine Werbung.",
         to=b, frm="Küchenwelt Brandt <info@kuechenwelt-brandt.de>", enc=B64, fmt="alt", lang="de",
         subject=f"Ihre Küchenmaschine – Garantie (Bestellung {o})", text=f"""Hallo,

Sie hatten angegeben, dass der Knethaken Ihrer Küchenmaschine aus der
Bestellung {o} beim Teigkneten schleift. Das ist ein bekannter
Einstellungsfehler, den der Hersteller im Rahmen der Garantie kostenlos behebt.

Die Garantie-Hotline des Herstellers erreichen Sie unter 0800 7264 3310
(Mo. bis Fr. 8 bis 18 Uhr). Halten Sie bitte die Seriennummer vom Typenschild
an der Unterseite bereit.

Freundliche Grüße
Sabine Brandt""")

    o, b = order("de-oos", "de", "Leinen-Bettwäsche 155x220, salbeigrün", **OOS)
    case("de-nicht-lieferbar-erstattet", "relay", [],
         "Ausverkauft, Betrag mit Grund erstattet, 'Sie müssen nichts stornieren': bestätigte Anpassung, keine "
         "Bitte um Stornierung.",
         to=b, frm="Leinenliebe <hallo@leinenliebe.de>", enc=L1, day=12,
         subject=f"Ihre Bestellung {o}: Bettwäsche leider ausverkauft", text=f"""Hallo,

leider müssen wir Ihnen mitteilen, dass die Leinen-Bettwäsche in Salbeigrün
aus Ihrer Bestellung {o} nicht mehr lieferbar ist: Unser Lieferant hat
die letzte Färbecharge nicht freigegeben.

Wir haben Ihnen den vollen Betrag von 89,90 EUR heute erstattet. Sie
müssen nichts stornieren oder zurückschicken; die Gutschrift erscheint je nach
Zahlungsart in drei bis fünf Werktagen.

Entschuldigen Sie bitte die Unannehmlichkeiten.

Leinenliebe – Anja Vogt""")

    o, b = order("de-mismatch", "it", "Fahrradtasche wasserdicht 20 l", tld="it")
    case("de-an-italienischen-kaeufer", "quarantine", ["language.mismatch"],
         "Deutscher Text an einen Käufer auf amazon.it mit Sprache it: nicht in der Sprache des Käufers.",
         to=b, frm="Radwerk Süd <service@radwerk-sued.de>", enc=L1,
         subject=f"Lieferverzögerung Bestellung {o}", text=f"""Hallo,

Ihre Fahrradtasche aus der Bestellung {o} verzögert sich leider um etwa
drei Tage, weil die Klickhalterungen erst am Donnerstag bei uns eintreffen.

Wir melden uns, sobald wir Näheres wissen. Vielen Dank für Ihre Geduld.

Radwerk Süd""")

    o, b = order("de-shipconf", "de", "Akku-Rasentrimmer 18 V")
    case("de-paket-unterwegs", "quarantine", ["type.order-confirmation"],
         "'Ihr Paket hat heute unser Lager verlassen' mit Sendungsnummer, sonst nichts: eine Versandbestätigung.",
         to=b, frm="Gartenprofi Lenz <versand@gartenprofi-lenz.de>", fmt="html", lang="de", enc=B64,
         subject=f"Gute Nachrichten zu Ihrer Bestellung {o}", text=f"""Hallo,

gute Nachrichten: Ihr Paket mit dem Akku-Rasentrimmer (Bestellung {o})
hat heute unser Lager verlassen und ist mit DHL unterwegs zu Ihnen.

Sendungsnummer: 00340434718295561207

Gartenprofi Lenz""")

    o, b = order("de-incent", "de", "Thermoskanne 1 l, doppelwandig")
    case("de-fuenf-euro-zurueck", "reject", ["review.incentive"],
         "'Schreiben Sie uns eine Rezension – wir überweisen Ihnen als Dankeschön 5 Euro zurück': Geld für eine "
         "Bewertung.",
         to=b, frm="Heißkalt GmbH <shop@heisskalt-gmbh.de>", enc=L1,
         subject=f"Ihre Thermoskanne (Bestellung {o})", text=f"""Hallo,

wir hoffen, Ihre Thermoskanne aus der Bestellung {o} hält Ihren Kaffee
schön heiß. Tipp: Vor dem Einfüllen kurz mit heißem Wasser vorwärmen.

Kleines Dankeschön von uns: Wer sich die Zeit nimmt und eine Rezension
schreibt, bekommt von uns 5 Euro zurücküberwiesen. Kurze Antwort mit
dem Screenshot genügt.

Heißkalt GmbH""")

    o, b = order("de-cancel", "de", "Schreibtischlampe LED dimmbar, messing", **OOS)
    case("de-bitte-selbst-stornieren", "reject", ["order-problem.cancellation-request"],
         "Nicht auf Lager und 'am einfachsten wäre es, wenn Sie die Bestellung über Ihr Konto selbst stornieren': "
         "Käufer soll stornieren.",
         to=b, frm="Lichtblick Leuchten <auftrag@lichtblick-leuchten.de>", enc=L1,
         tolerated=("order-problem.no-adjustment",),
         subject=f"Bestellung {o} – Lampe in Messing", text=f"""Guten Tag,

die Schreibtischlampe in Messing aus Ihrer Bestellung {o} ist bei uns
derzeit nicht auf Lager und wird vom Hersteller erst im August nachgeliefert.

Am einfachsten wäre es, wenn Sie die Bestellung über "Meine Bestellungen"
selbst stornieren. Dann ist das Geld auch schneller wieder bei Ihnen.

Mit freundlichen Grüßen
Lichtblick Leuchten""")

    o, b = order("de-phone", "de", "Wandregal Eiche 80 cm, 2er Set")
    case("de-ruf-uns-an", "reject", ["content.phone-number"],
         "Aufbauhinweis mit 'Bei Fragen einfach durchklingeln' und der eigenen Festnetznummer des Händlers: keine "
         "Garantie-, Versand- oder Herstellernummer.",
         to=b, frm="Holzmanufaktur Reiter <post@holz-reiter.de>", enc=L15,
         subject=f"Montage Ihrer Wandregale (Bestellung {o})", text=f"""Hallo,

zu Ihren Wandregalen aus der Bestellung {o}: Die beiliegenden Dübel sind
für Beton und Vollziegel. Bei Gipskarton nehmen Sie bitte Hohlraumdübel,
sonst tragen die Regale nicht die angegebenen 15 kg.

Bei Fragen einfach durchklingeln: 0821 / 45 07 93 (werktags ab 8 Uhr).

Grüße aus Augsburg
Thomas Reiter""")

    o, b = order("de-optout", "de", "Hundebett orthopädisch L, anthrazit")
    case("de-keine-mails-mehr", "reject", ["link.opt-out"],
         "Fußzeile 'Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit ABMELDEN': "
         "Abmeldetext.",
         to=b, frm="Pfotenglück <team@pfotenglueck-shop.de>", enc=B64, fmt="alt", lang="de",
         subject=f"Bezug waschen – Ihr Hundebett (Bestellung {o})", text=f"""Hallo,

der Bezug des Hundebetts aus Ihrer Bestellung {o} lässt sich mit dem
Reißverschluss an der Unterseite abnehmen und bei 40 Grad waschen. Den
Schaumkern bitte nicht in die Maschine geben.

Ihr Team von Pfotenglück

--
Sie möchten keine Nachrichten mehr von uns? Antworten Sie einfach mit
ABMELDEN.""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-retinfo", "fr", "Robot pâtissier 1000 W, bol inox 5 L")
    case("fr-retour-infos-serie", "relay", [],
         "Demande de retour : le vendeur demande le numéro de série et une photo pour traiter le retour, donc "
         "une information nécessaire.",
         to=b, frm="Atelier Gourmand <sav@atelier-gourmand.fr>", enc=L15,
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Nous avons bien reçu votre demande de retour pour le robot pâtissier de la
commande {o}, motif « bruit anormal ».

Pour l'orienter vers le bon atelier, pourriez-vous nous indiquer le numéro de
série (étiquette sous le socle, il commence par RP-) et, si possible, nous
envoyer une courte vidéo du bruit en réponse à ce message ?

Bien cordialement,
Claire Dumas
Atelier Gourmand""")

    o, b = order("fr-partial", "fr", "Tapis berbère 160x230, écru")
    case("fr-geste-commercial", "relay", [],
         "Retour envisagé pour une petite tache : le vendeur propose un remboursement partiel (geste commercial) "
         "au lieu du retour, ce qui est permis.",
         to=b, frm="Maison Atlas <contact@maison-atlas.fr>", fmt="alt", lang="fr",
         subject=f"Votre tapis – commande {o}", text=f"""Bonjour,

Vous nous avez signalé une petite tache sur le bord du tapis de la commande
{o} et envisagez de le retourner.

Si vous préférez le garder, nous pouvons vous rembourser 35 EUR au titre d'un
geste commercial ; la tache part en général avec un nettoyage à sec. Sinon,
le retour reste bien sûr possible. Dites-nous simplement ce que vous préférez.

Bien à vous,
Maison Atlas""")

    o, b = order("fr-track", "fr", "Casque audio Bluetooth à réduction de bruit")
    case("fr-reponse-suivi-colissimo", "relay", [],
         "Réponse à l'acheteur qui demande où est son colis : le numéro de suivi Colissimo répond à sa question "
         "(message non proactif).",
         to=b, frm="SonoPlus <service@sonoplus.fr>", enc=L15, day=9,
         reply="Bonjour, je n'ai toujours pas reçu mon casque, pouvez-vous vérifier ?",
         subject=f"RE: Commande {o}", text="""Bonjour,

Votre casque a été remis à Colissimo lundi. Le numéro de suivi est
6A23891045762 ; d'après le transporteur, la livraison est prévue demain
avant 13 h. Si le colis n'arrive pas d'ici jeudi, revenez vers nous et nous
ouvrirons une enquête.

Cordialement,
Julien – SonoPlus""")

    o, b = order("fr-mismatch", "es", "Cafetière italienne 6 tasses, inox", tld="es")
    case("fr-a-acheteur-espagnol", "quarantine", ["language.mismatch"],
         "Message en français à un acheteur d'amazon.es dont la langue est l'espagnol.",
         to=b, frm="Café Durand <boutique@cafe-durand.fr>", enc=L15,
         subject=f"Votre cafetière – commande {o}", text=f"""Bonjour,

Avant la première utilisation de votre cafetière (commande {o}),
faites trois cafés que vous jetterez : cela enlève le goût de métal neuf.
Ne la passez pas au lave-vaisselle, un simple rinçage à l'eau chaude suffit.

Bonne dégustation,
Café Durand""")

    o, b = order("fr-thanks", "fr", "Guirlande lumineuse solaire 12 m")
    case("fr-toute-lequipe-vous-remercie", "quarantine", ["type.thank-you-only"],
         "Remerciements, « nous restons à votre entière disposition » et signature : il ne reste rien une fois "
         "la politesse retirée.",
         to=b, frm="Lumières du Sud <bonjour@lumieres-du-sud.fr>", fmt="html", lang="fr", enc=B64,
         subject=f"Merci ! – commande {o}", text=f"""Bonjour,

Toute l'équipe de Lumières du Sud vous remercie chaleureusement pour la
confiance que vous nous avez accordée avec la commande {o}.

Nous restons à votre entière disposition pour toute question.

Très belle soirée à vous,
L'équipe Lumières du Sud""")

    o, b = order("fr-removal", "fr", "Lampe de chevet tactile, bois de hêtre")
    case("fr-revoir-votre-note", "reject", ["review.removal-request"],
         "« Maintenant que tout est rentré dans l'ordre, accepteriez-vous de revoir la note que vous nous avez "
         "laissée ? » : demande de modifier un avis existant.",
         to=b, frm="Boisé & Co <sav@boise-co.fr>", enc=L15,
         reply="La lampe ne s'allume plus depuis hier, je suis déçu.",
         subject=f"RE: Lampe de chevet – commande {o}", text="""Bonjour,

Nous sommes contents que la lampe de remplacement fonctionne bien.

Maintenant que tout est rentré dans l'ordre, accepteriez-vous de revoir la
note que vous nous avez laissée ? Cela compte énormément pour une petite
entreprise comme la nôtre.

Merci d'avance,
Boisé & Co""")

    o, b = order("fr-noadj", "fr", "Chaise de bureau ergonomique, maille grise", **OOS)
    case("fr-rupture-sans-remboursement", "quarantine", ["order-problem.no-adjustment"],
         "Rupture de stock, « nous ne serons pas en mesure d'honorer votre commande », sans confirmer aucun "
         "remboursement ni ajustement.",
         to=b, frm="BureauConfort <commandes@bureauconfort.fr>", enc=L15,
         subject=f"Commande {o} – information importante", text=f"""Bonjour,

Nous sommes au regret de vous informer que la chaise de bureau en maille grise
de votre commande {o} est en rupture chez notre fournisseur, et que nous
ne serons malheureusement pas en mesure d'honorer votre commande.

Toutes nos excuses pour ce contretemps.

Cordialement,
Service commandes BureauConfort""")

    o, b = order("fr-email", "fr", "Sac à dos cabine 40 L")
    case("fr-ecrivez-nous-directement", "reject", ["content.email-address"],
         "« Le plus simple est de nous écrire directement à » suivi de l'adresse du vendeur dans le corps.",
         to=b, frm="Voyageur Léger <info@voyageur-leger.fr>", enc=L15,
         subject=f"Votre sac cabine – commande {o}", text=f"""Bonjour,

Le cadenas TSA de votre sac (commande {o}) est livré sur la combinaison
000. Pour la changer, appuyez sur le petit bouton à l'arrière, choisissez
votre code, puis relâchez.

Si le cadenas se bloque, le plus simple est de nous écrire directement à
aide.voyageur-leger@orange.fr, on vous répond dans la journée.

Bon voyage !
Voyageur Léger""")

    o, b = order("fr-ext", "fr", "Thermostat connecté Wi-Fi")
    case("fr-notice-sur-notre-site", "reject", ["link.external"],
         "Lien https vers le site du vendeur pour télécharger la notice : domaine hors Amazon.",
         to=b, frm="Domotique Facile <support@domotique-facile.fr>", fmt="alt", lang="fr",
         subject=f"Installation de votre thermostat – commande {o}", text=f"""Bonjour,

Pour installer le thermostat de votre commande {o}, coupez d'abord le
disjoncteur de la chaudière. Le schéma de câblage selon votre modèle de
chaudière se trouve dans notre guide en ligne :
https://www.domotique-facile.fr/guides/thermostat-wifi-installation

Bonne installation,
Domotique Facile""")

    o, b = order("fr-sens", "fr", "Perceuse-visseuse 18 V, 2 batteries")
    case("fr-reponse-grossiere", "quarantine", ["content.sensitive"],
         "Réponse à un acheteur mécontent avec « vos menaces, on s'en fout » et « arrêtez de nous emmerder » : "
         "langage grossier.",
         to=b, frm="OutilPro <contact@outilpro-direct.fr>", enc=L15,
         reply="Si vous ne me remboursez pas, je vous mets une étoile partout.",
         subject=f"RE: Perceuse commande {o}", text="""Bonjour,

La batterie doit être chargée 3 heures avant la première utilisation, c'est
écrit page 4 de la notice. Elle n'est pas défectueuse.

Quant à vos menaces, franchement on s'en fout. Arrêtez de nous emmerder et
lisez la notice.

OutilPro""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    frm = "Lumina Casa <assistenza@luminacasa.it>"
    o, b = order("it-review", "it", "Lampada da terra ad arco, base in marmo")
    case("it-recensione-neutra", "relay", [],
         "Consiglio sul montaggio e richiesta neutra di una recensione sincera: consentito (prima richiesta per "
         "questo ordine).",
         to=b, frm=frm, day=7, fmt="alt", lang="it",
         subject=f"La tua lampada ad arco – ordine {o}", text=f"""Ciao,

speriamo che la lampada ad arco dell'ordine {o} stia già illuminando
il tuo soggiorno. Un consiglio: se l'arco tende a ruotare, stringi la ghiera
sotto la base di mezzo giro con la chiave a brugola inclusa.

Quando avrai avuto modo di usarla un po', ci farebbe piacere leggere la tua
recensione su Amazon, qualunque sia la tua esperienza.

Un saluto,
Lumina Casa""")

    case("it-recensione-sollecito", "reject", ["review.repeat"],
         "'Ti scriviamo di nuovo perché non abbiamo ancora visto la tua recensione': seconda richiesta per lo "
         "stesso ordine.",
         to=b, frm=frm, day=13, fmt="alt", lang="it", after=("it-recensione-neutra",),
         subject=f"Ancora sulla tua lampada – ordine {o}", text=f"""Ciao,

ti scriviamo di nuovo per l'ordine {o}: non abbiamo ancora visto la tua
recensione sulla lampada ad arco. Se hai un minuto, per noi è davvero
importante.

Grazie e buona serata,
Lumina Casa""")

    o, b = order("it-carrier", "it", "Divano letto 3 posti, velluto blu")
    case("it-numero-corriere", "relay", [],
         "Numero del corriere per fissare la consegna, nella stessa riga di 'corriere': numero consentito; non è "
         "una conferma di spedizione ma un'istruzione per la consegna su appuntamento.",
         to=b, frm="Salotti Moretti <ordini@salottimoretti.it>", enc=B64,
         subject=f"Consegna su appuntamento – ordine {o}", text=f"""Buongiorno,

il divano letto dell'ordine {o} viene consegnato al piano su
appuntamento. Il corriere ha provato a contattarla ieri senza risposta.

Per fissare il giorno, può chiamare il corriere Arcese al numero 02 9475 3310
indicando il riferimento della spedizione MI-448120.

Cordiali saluti,
Salotti Moretti""")

    o, b = order("it-partial", "it", "Friggitrice ad aria 5,5 L")
    case("it-rimborso-parziale", "relay", [],
         "Reso per un graffio estetico: il venditore propone un rimborso parziale in alternativa al reso, "
         "consentito.",
         to=b, frm="CucinaSmart <servizio@cucinasmart.it>", enc=L15,
         subject=f"Il tuo reso – ordine {o}", text=f"""Ciao,

abbiamo visto la tua richiesta di reso per la friggitrice dell'ordine
{o} a causa di un graffio sul coperchio.

Se preferisci tenerla, possiamo offrirti un rimborso parziale di 20 EUR; in
caso contrario procedi pure con il reso. Facci sapere cosa preferisci
rispondendo a questo messaggio.

A presto,
CucinaSmart""")

    o, b = order("it-mkt", "it", "Set asciugamani in cotone, 6 pezzi")
    case("it-codice-sconto-estate", "quarantine", ["type.marketing"],
         "'Con il codice ESTATE15 hai il 15% su tutta la linea bagno': un codice sconto su altri prodotti.",
         to=b, frm="Tessuti Bianchi <shop@tessutibianchi.it>", fmt="html", lang="it",
         subject=f"I tuoi asciugamani – ordine {o}", text=f"""Ciao,

lava i tuoi nuovi asciugamani (ordine {o}) a 40 gradi prima del primo
uso, senza ammorbidente: restano più assorbenti.

Hai visto la nuova linea bagno? Con il codice ESTATE15 hai il 15% su tutto,
accappatoi compresi, fino a fine mese.

Tessuti Bianchi""")

    o, b = order("it-cond", "it", "Cuscino memory foam cervicale")
    case("it-se-ti-trovi-bene", "reject", ["review.conditional"],
         "'Se ti trovi bene lasciaci una recensione; se invece qualcosa non va, scrivici prima': la recensione "
         "solo per chi è soddisfatto.",
         to=b, frm="DolceNotte <info@dolcenotte.it>", enc=L15,
         subject=f"Il tuo cuscino – ordine {o}", text=f"""Ciao,

il cuscino dell'ordine {o} ha bisogno di qualche notte per adattarsi:
all'inizio può sembrare rigido, è normale.

Se ti trovi bene, lasciaci due righe di recensione su Amazon. Se invece
qualcosa non va, scrivici prima: lo sistemiamo insieme.

Buon riposo,
DolceNotte""")

    o, b = order("it-ret", "it", "Scarpe da trail running, n. 42")
    case("it-reso-peccato", "quarantine", ["return.unnecessary"],
         "Messaggio su un reso che non chiede informazioni né offre un rimborso parziale: 'peccato, ricordati "
         "la scatola originale'.",
         to=b, frm="SentieroSport <resi@sentierosport.it>", enc=L15,
         subject=f"Reso ordine {o}", text=f"""Ciao,

abbiamo visto che hai richiesto il reso delle scarpe da trail dell'ordine
{o}. Peccato, sono uno dei nostri modelli più venduti!

Ricordati di rispedirle nella loro scatola originale, dentro un cartone da
spedizione.

Lo staff di SentieroSport""")

    o, b = order("it-phone", "it", "Macchina da caffè a cialde, rossa")
    case("it-chiamaci-su-whatsapp", "reject", ["content.phone-number"],
         "'Per qualsiasi dubbio chiamaci o scrivici su WhatsApp al 347…': il numero del venditore, non di "
         "garanzia, corriere o produttore.",
         to=b, frm="Caffè Ardente <negozio@caffeardente.it>", fmt="alt", lang="it",
         subject=f"La tua macchina da caffè – ordine {o}", text=f"""Ciao,

prima del primo caffè fai scorrere due tazze di sola acqua calda nella
macchina dell'ordine {o}, così il circuito si pulisce.

Per qualsiasi dubbio chiamaci o scrivici su WhatsApp al 347 812 5590,
rispondiamo anche il sabato.

Caffè Ardente""")

    o, b = order("it-incent", "it", "Borraccia termica 750 ml")
    case("it-ti-rimborsiamo-spedizione", "reject", ["review.incentive"],
         "'Lasciaci una recensione e ti rimborsiamo le spese di spedizione': rimborso in cambio della "
         "recensione.",
         to=b, frm="AcquaViva <ciao@acquaviva-shop.it>", enc=L15,
         subject=f"La tua borraccia – ordine {o}", text=f"""Ciao,

grazie per aver scelto la nostra borraccia (ordine {o}). Non metterla in
lavastoviglie: il rivestimento esterno si opacizza.

Lasciaci una recensione e ti rimborsiamo le spese di spedizione! Mandaci
solo il nome con cui l'hai pubblicata.

AcquaViva""")

    o, b = order("it-conf", "it", "Zaino porta PC 15,6 pollici")
    case("it-ordine-spedito", "quarantine", ["type.order-confirmation"],
         "'Il tuo ordine è partito! Ecco il numero di tracciamento GLS': solo una conferma di spedizione.",
         to=b, frm="Zaini Rossi <spedizioni@zainirossi.it>", enc=B64, crlf=True,
         subject=f"Ordine {o} spedito", text=f"""Ciao,

il tuo ordine {o} è partito oggi dal nostro magazzino di Bologna!

Corriere: GLS
Numero di tracciamento: 9M41027733

Zaini Rossi""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-oos", "es", "Ventilador de techo con luz, 132 cm", **OOS)
    case("es-sin-stock-reembolsado", "relay", [],
         "Sin stock, reembolso del importe íntegro con el motivo, 'no tienes que anular nada': ajuste confirmado, "
         "sin pedir la cancelación.",
         to=b, frm="Aire Fresco <pedidos@airefresco.es>", enc=B64,
         subject=f"Tu pedido {o}: ventilador sin stock", text=f"""Hola,

sentimos mucho comunicarte que el ventilador de techo de tu pedido
{o} se ha agotado: el último lote llegó dañado del fabricante.

Ya te hemos reembolsado el importe íntegro (129,00 EUR). No tienes que anular
nada ni hacer ningún trámite; el abono aparecerá en tu método de pago en unos
días.

Disculpa las molestias.
Aire Fresco""")

    o, b = order("es-reply", "es", "Cable HDMI 2.1 trenzado, 3 m")
    case("es-respuesta-con-gracias", "relay", [],
         "Respuesta a la pregunta del comprador: gracias y 'aquí estamos', pero con la información pedida "
         "(compatibilidad 4K a 120 Hz).",
         to=b, frm="Conecta Tech <soporte@conectatech.es>", enc=B64, fmt="alt", lang="es",
         reply="¿Este cable sirve para la PS5 a 4K 120 Hz?",
         subject=f"RE: Pregunta sobre el pedido {o}", text="""Hola,

gracias por tu pregunta. Sí, el cable es HDMI 2.1 certificado y admite
4K a 120 Hz en la PS5. Conéctalo al puerto HDMI de la consola y activa
"Salida 120 Hz" en Ajustes > Pantalla y vídeo.

Cualquier otra duda, aquí estamos.
Conecta Tech""")

    o, b = order("es-measure", "es", "Estor enrollable a medida, lino natural")
    case("es-medidas-a-medida", "relay", [],
         "Producto a medida: pide las medidas exactas del hueco para fabricar el estor, información necesaria; "
         "'a medida' y 'oferta' no son publicidad aquí.",
         to=b, frm="Estores Navarro <taller@estoresnavarro.es>", enc=B64,
         subject=f"Medidas para tu estor – pedido {o}", text=f"""Hola,

para fabricar el estor a medida de tu pedido {o} necesitamos el ancho
y el alto exactos del hueco, en centímetros, y si lo vas a colocar dentro o
fuera del marco de la ventana.

En cuanto nos respondas, lo ponemos en producción (unos cinco días
laborables, tal como indicaba la oferta).

Un saludo,
Estores Navarro""")

    o, b = order("es-thanks", "es", "Set de tazas de cerámica, 4 piezas")
    case("es-gracias-por-confiar", "quarantine", ["type.thank-you-only"],
         "'¡Mil gracias por confiar en nosotros! Cualquier cosa que necesites, aquí estamos': solo "
         "agradecimiento y ofrecimiento de ayuda.",
         to=b, frm="Barro y Fuego <hola@barroyfuego.es>", fmt="html", lang="es", enc=B64,
         subject=f"Pedido {o}", text=f"""¡Hola!

Mil gracias por confiar en nuestro pequeño taller para tu pedido {o}.
Para nosotros significa muchísimo.

Cualquier cosa que necesites, aquí estamos.

Un abrazo,
Barro y Fuego""")

    o, b = order("es-cancel", "es", "Silla de paseo ligera, gris", **OOS)
    case("es-podrias-anular", "reject", ["order-problem.cancellation-request"],
         "Sin stock y '¿podrías anular el pedido desde tu cuenta?': se pide al comprador que cancele.",
         to=b, frm="BebéFeliz <tienda@bebefeliz.es>", enc=B64, tolerated=("order-problem.no-adjustment",),
         subject=f"Pedido {o} – silla de paseo", text=f"""Hola,

nos hemos quedado sin la silla de paseo gris de tu pedido {o} y el
proveedor no nos da fecha de reposición.

¿Podrías anular el pedido desde tu cuenta de Amazon? Así el dinero te
vuelve antes.

Perdona las molestias,
BebéFeliz""")

    o, b = order("es-sens", "es", "Altavoz Bluetooth resistente al agua")
    case("es-respuesta-grosera", "quarantine", ["content.sensitive"],
         "Respuesta a un comprador con 'no vamos a aguantar más gilipolleces': lenguaje ofensivo.",
         to=b, frm="SonidoTotal <atencion@sonidototal.es>", enc=B64,
         reply="El altavoz es una basura, quiero mi dinero ya.",
         subject=f"RE: Altavoz pedido {o}", text="""Hola,

el altavoz no está roto: tienes que mantener pulsado el botón de encendido
cinco segundos para emparejarlo, como pone en la caja.

Y no vamos a aguantar más gilipolleces por un fallo tuyo.

SonidoTotal""")

    o, b = order("es-optout", "es", "Fundas nórdicas 150, algodón percal")
    case("es-responde-baja", "reject", ["link.opt-out"],
         "Pie 'Si no quieres recibir más mensajes nuestros, responde con la palabra BAJA': texto para darse de "
         "baja.",
         to=b, frm="Casa Sábana <info@casasabana.es>", enc=B64, fmt="alt", lang="es",
         subject=f"Cuidado de tu funda nórdica – pedido {o}", text=f"""Hola,

para que la funda nórdica de tu pedido {o} no encoja, lávala a 40
grados y sécala al aire. Si la planchas, mejor del revés.

Casa Sábana

Si no quieres recibir más mensajes nuestros, responde con la palabra BAJA.""")

    o, b = order("es-removal", "es", "Batidora de vaso 1200 W")
    case("es-quitar-la-valoracion", "reject", ["review.removal-request"],
         "'¿Te importaría quitar la valoración de una estrella ahora que ya tienes la jarra nueva?': pide "
         "retirar una valoración.",
         to=b, frm="Cocina Ágil <postventa@cocinagil.es>", enc=B64,
         subject=f"Jarra de repuesto – pedido {o}", text=f"""Hola,

nos alegra que la jarra de repuesto para tu batidora (pedido {o}) ya
haya llegado y encaje bien.

¿Te importaría quitar la valoración de una estrella que nos dejaste ahora
que está todo solucionado? Nos haría un gran favor.

Cocina Ágil""")

    o, b = order("es-email", "es", "Cámara de vigilancia Wi-Fi exterior")
    case("es-firma-con-correo", "reject", ["content.email-address"],
         "Firma de helpdesk con la dirección de correo del técnico del vendedor.",
         to=b, frm="VigilaHogar <soporte@vigilahogar.es>", enc=B64,
         subject=f"Configuración de tu cámara – pedido {o}", text=f"""Hola,

si la cámara de tu pedido {o} no se conecta al Wi-Fi, comprueba que
tu router emite en 2,4 GHz: la cámara no es compatible con redes de 5 GHz.

Saludos,
Lucía Ferrer | Soporte técnico
lucia.ferrer@vigilahogar.es""")

    o, b = order("es-mkt", "es", "Maceta autorriego 30 cm, terracota")
    case("es-nueva-coleccion-instagram", "quarantine", ["type.marketing"],
         "'Ya está disponible nuestra nueva colección de jardineras… síguenos en Instagram': otros productos y "
         "redes sociales.",
         to=b, frm="Verde Balcón <hola@verdebalcon.es>", enc=B64, fmt="alt", lang="es",
         subject=f"Tu maceta autorriego – pedido {o}", text=f"""Hola,

llena el depósito de la maceta de tu pedido {o} por el tubo lateral
hasta que el indicador marque "max"; con eso la planta aguanta unas dos
semanas.

Por cierto, ya está disponible nuestra nueva colección de jardineras
colgantes. Síguenos en Instagram (@verdebalcon) para no perderte nada.

Verde Balcón""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-oos", "ja", "電気ケトル 1.0L ステンレス", **OOS)
    case("ja-zaikogire-henkin-zumi", "relay", [],
         "在庫切れ、理由を添えて全額返金済みと明記、キャンセル手続き不要：調整の確認があり、キャンセル依頼もない。",
         to=b, frm="キッチン工房みやび <shop@kitchen-miyabi.jp>", enc=JIS,
         subject=f"ご注文 {o} の商品について", text=f"""お客様

このたびはご注文いただきありがとうございます。
ご注文番号 {o} の電気ケトルですが、入荷予定の商品に初期不良が
見つかり、出荷を見合わせることとなりました。

ご注文金額 4,980円は本日全額返金いたしました。お客様側での
キャンセル手続きは不要です。

ご迷惑をおかけし、誠に申し訳ございません。

キッチン工房みやび""")

    o, b = order("ja-maker", "ja", "ドラム式洗濯乾燥機用 糸くずフィルター")
    case("ja-maker-support", "relay", [],
         "メーカーのお客様相談窓口の電話番号：同じ行に「メーカー」があり許可される番号。",
         to=b, frm="家電パーツ本舗 <info@kaden-parts.jp>", enc=SJIS,
         subject=f"フィルターの取り付けについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のフィルターは、扉内側の差し込み口に
奥まで押し込むと「カチッ」と音がして固定されます。

本体側の差し込み口が破損している場合は、メーカーのお客様相談窓口
（0120-33-7841、平日9時から17時）へご相談ください。

家電パーツ本舗""")

    o, b = order("ja-retinfo", "ja", "ワイヤレスイヤホン ノイズキャンセリング")
    case("ja-henpin-shojo-kakunin", "relay", [],
         "返品の申請に対し、不具合の症状と発生する側（左右）を尋ねる：返品処理に必要な情報の確認。",
         to=b, frm="音楽雑貨サウンドバード <support@soundbird.jp>", enc=JIS, crlf=True,
         subject=f"返品のご申請について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のイヤホンについて、返品のご申請を承りました。

交換品の手配のため、音が出ないのは左右どちらか、また充電ケースの
ランプは点灯するかを、本メッセージへの返信でお知らせいただけますか。

音楽雑貨サウンドバード""")

    o, b = order("ja-cond", "ja", "珪藻土バスマット 60×39cm")
    case("ja-goman-zoku-itadaketara", "reject", ["review.conditional"],
         "「ご満足いただけましたらレビューを。万が一不具合がございましたら、レビューの前に当店へ」：満足した場合だけのレビュー依頼。",
         to=b, frm="暮らしの道具 木の葉 <info@konoha-dougu.jp>", enc=JIS,
         subject=f"バスマットのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のバスマットは、吸水が悪くなったら付属の
紙やすりで表面を軽く削ってください。

商品にご満足いただけましたら、ぜひレビューをお寄せください。
万が一不具合がございましたら、レビューの前に当店までご連絡いただけますと
幸いです。

暮らしの道具 木の葉""")

    o, b = order("ja-noadj", "ja", "折りたたみ自転車 20インチ", **OOS)
    case("ja-hassou-dekimasen", "quarantine", ["order-problem.no-adjustment"],
         "在庫切れで「発送いたしかねます」と伝えるだけで、返金や金額の調整について何も書かれていない。",
         to=b, frm="サイクルショップ風 <order@cycle-kaze.jp>", enc=SJIS,
         subject=f"ご注文 {o} について", text=f"""お客様

ご注文番号 {o} の折りたたみ自転車につきまして、
メーカー欠品のため、誠に申し訳ございませんが発送いたしかねます。

入荷の見込みも立っておりません。何卒ご了承くださいますよう
お願い申し上げます。

サイクルショップ風""")

    o, b = order("ja-ret", "ja", "電動歯ブラシ 替えブラシ4本付き")
    case("ja-henpin-mou-ichido", "quarantine", ["return.unnecessary"],
         "返品の申請に対し「もう一度お試しいただけませんか」と引き留めるだけで、必要な情報も一部返金の提案もない。",
         to=b, frm="デンタルケア専科 <care@dental-senka.jp>", enc=JIS,
         subject=f"返品のご申請について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電動歯ブラシについて、返品のご申請を
いただきました。

本商品は多くのお客様から大変ご好評をいただいております。
慣れるまで一週間ほどかかることもございますので、もう少しだけ
お試しいただけませんでしょうか。

デンタルケア専科""")

    o, b = order("ja-ext", "ja", "ロボット掃除機 マッピング機能付き")
    case("ja-manual-download", "reject", ["link.external"],
         "取扱説明書を販売者のサイト（https、Amazon以外のドメイン）からダウンロードするよう案内。",
         to=b, frm="スマート家電ラボ <support@smartkaden-lab.jp>", enc=B64, fmt="alt", lang="ja",
         subject=f"ロボット掃除機の初期設定（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のロボット掃除機の初期設定は、充電台に
8時間置いてフル充電してから行ってください。

詳しい手順は、取扱説明書のPDFをこちらからダウンロードいただけます。
https://www.smartkaden-lab.jp/support/manual/rc-500.pdf

スマート家電ラボ""")

    o, b = order("ja-incent", "ja", "ハンドクリーム ギフトセット 3本入り")
    case("ja-review-coupon", "reject", ["review.incentive"],
         "「レビューをご投稿いただいた方に、次回使える500円OFFクーポンをプレゼント」：レビューへの見返り。",
         to=b, frm="手肌ラボ <info@tehada-lab.jp>", enc=JIS, tolerated=("type.marketing",),
         subject=f"ハンドクリームの使い方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のハンドクリームは、就寝前に少し多めに
塗って綿の手袋をすると、翌朝しっとりします。

なお、レビューをご投稿いただいた方には、次回のお買い物で使える
500円OFFクーポンをプレゼントしております。

手肌ラボ""")

    o, b = order("ja-thanks", "ja", "今治タオル フェイスタオル 5枚セット")
    case("ja-orei-nomi", "quarantine", ["type.thank-you-only"],
         "ご利用のお礼と「何かございましたらお気軽に」とご挨拶のみで、用件がない。",
         to=b, frm="タオル専門店 しろいろ <shop@shiroiro-towel.jp>", enc=SJIS,
         subject=f"ご購入ありがとうございました（注文番号 {o}）", text=f"""お客様

このたびは当店をご利用いただき、誠にありがとうございます。
ご注文番号 {o} の商品はお手元に届きましたでしょうか。

今後とも、しろいろをよろしくお願い申し上げます。
何かございましたら、お気軽にお問い合わせくださいませ。

タオル専門店 しろいろ""")

    o, b = order("ja-removal", "ja", "ステンレス水筒 500ml")
    case("ja-hyouka-torikeshi", "reject", ["review.removal-request"],
         "交換品の発送後に「お手数ですが、評価の取り消しをご検討いただけますと幸いです」：既存の評価の削除依頼。",
         to=b, frm="ボトル屋さん <info@bottleya.jp>", enc=JIS,
         reply="水筒のふたから漏れます。評価にも書きました。",
         subject=f"Re: 水筒の漏れについて（注文番号 {o}）", text=f"""お客様

ご不便をおかけし申し訳ございません。ご注文番号 {o} の
水筒につきまして、本日新しいふたを発送いたしました。

お手数ですが、先日いただいた評価の取り消しをご検討いただけますと
幸いです。

ボトル屋さん""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_de, cases_fr, cases_it, cases_es, cases_ja))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtysecond"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
