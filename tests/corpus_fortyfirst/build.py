#!/usr/bin/env python3
"""Build the forty-first labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fortyfirst/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Only the REVIEW rules (review.incentive,
review.removal-request, review.conditional, review.repeat) in seven languages (English, German, French,
Spanish, Italian, Japanese, Dutch), 7 cases per language: 3 compliant near-misses and 4 violations in native,
indirect wordings.
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
    add_case,
    collect_by_language,
    lang_counts,
    mail_date,
    mk,
    page,
    quote,
    reply_headers,
    set_boundaries,
    text2html,
    verify,
    write_cases,
    write_orders,
)

_rnd = random.Random(41_2026_0615)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25", "nl": "40"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-29T08:15:00Z", shipped="2026-05-30T14:00:00Z",
                 delivered="2026-06-02T10:30:00Z")
ORDERS = BOOK.rows
order = BOOK.add
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
L1_8 = {"charset": "iso-8859-1", "cte": "quoted-printable"}

REVIEW = ["review.incentive", "review.removal-request", "review.conditional", "review.repeat"]
TARGET = [*REVIEW, "type.thank-you-only", "type.marketing", "type.order-confirmation", "language.mismatch",
          "return.unnecessary", "content.email-address", "content.phone-number", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 11, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", after: tuple[str, ...] = (), crlf: bool = False) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019c.f41.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") in ("iso-8859-15", "iso-8859-1"):
        body = body.replace("\u2013", "-").replace("\u2019", "'")
    if fmt == "text":
        kw["text"] = body
    else:
        html = page(text2html(body), lang or "en")
        kw["html"] = html
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "11:07:52", "+0100" if lang == "en" else "+0200"),
             f"<f41.{slug}@{dom}>", headers=hdrs, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    frm = "Marlowe & Finch Bakeware <hello@marloweandfinch.co.uk>"
    o, b = order("en-tart", "en", "Fluted tart tin set, 3 pieces, loose base")
    case("en-tart-tin-first-use", "relay", [],
         "Care tips for the tart tins, no review request at all: a permitted message about the purchase.",
         to=b, frm=frm, day=5, lang="en",
         subject=f"Your tart tins: before the first bake (order {o})", text=f"""Hello,

A few tips for the fluted tart tins from order {o}:

- Wash them in warm soapy water before the first bake and dry them straight
  away; the carbon steel marks if it is left wet.
- To release a tart, stand the tin on a tall glass and let the ring drop
  down; the loose base then slides off onto the rack.

Kind regards,
Harriet Finch
Marlowe & Finch Bakeware""")

    case("en-tart-tin-review-first", "relay", [],
         "The first review request for this order, after an earlier message that asked for nothing: neutral, "
         "no benefit, no condition.",
         to=b, frm=frm, day=9, lang="en", fmt="alt", after=("en-tart-tin-first-use",),
         subject=f"How are the tart tins working out? (order {o})", text=f"""Hello,

You have had the tart tins from order {o} for a week now. Would you
consider writing a review of them on Amazon? Whether they turned out
great bakes or gave you trouble, an honest account helps other bakers
choose the right tin.

Kind regards,
Harriet Finch
Marlowe & Finch Bakeware""")

    case("en-tart-tin-had-a-chance", "reject", ["review.repeat"],
         "'Just wondering whether you've found a spare moment to jot down a few words about the tins': a second "
         "review request for the same order after the relayed first one.",
         to=b, frm=frm, day=13, lang="en", after=("en-tart-tin-first-use", "en-tart-tin-review-first"),
         subject=f"Quick follow-up on order {o}", text=f"""Hello,

Just wondering whether you've found a spare moment to jot down a few words
about the tart tins (order {o}) on Amazon yet. We know how busy inboxes
get, so no worries if it slipped your mind!

Kind regards,
Harriet Finch
Marlowe & Finch Bakeware""")

    o, b = order("en-candle", "en", "Soy wax candle trio, cedar and fig")
    case("en-candles-something-nice", "reject", ["review.incentive"],
         "'Tell other shoppers what you think ... reply with the date you posted it and there will be something "
         "nice waiting in your next parcel': a future benefit tied to the review.",
         to=b, frm="Hollybrook Candles <studio@hollybrookcandles.co.uk>", day=10, fmt="html", lang="en",
         tolerated=("type.marketing",),
         subject=f"Getting the best burn from your candles ({o})", text=f"""Hi there,

For the first burn of the candles in order {o}, let the wax melt
right to the edge of the jar (about two hours); that stops tunnelling later.

If you have a spare minute to tell other shoppers what you think of the
trio on Amazon, just reply with the date you posted it and we'll make sure
there's something nice waiting in your next parcel from us.

Warmly,
Imogen
Hollybrook Candles""")

    o, b = order("en-mug", "en", "Insulated camping mug 450 ml, olive")
    case("en-mug-not-quite-perfect", "reject", ["review.conditional"],
         "'If everything is spot on, a review would mean a lot; if anything is not quite perfect, give us a shout "
         "before you share your thoughts anywhere': review gating.",
         to=b, frm="Kettle Mill Outdoor <team@kettlemilloutdoor.co.uk>", day=11, crlf=True, enc=B64,
         subject=f"Your camping mug (order {o})", text=f"""Hi,

Your olive camping mug from order {o} keeps drinks hot for about five
hours with the slider lid closed; leave the lid off for the first fill so
the seal can settle.

If everything's spot on, a review on Amazon would mean a lot to a small
team like ours. If anything is not quite perfect, give us a shout before you share your
thoughts anywhere, and we'll put it right.

Cheers,
Tom at Kettle Mill Outdoor""")

    o, b = order("en-lamp", "en", "LED desk lamp with wireless charging pad")
    case("en-lamp-reconsider-stars", "reject", ["review.removal-request"],
         "After sending a replacement lamp: 'would you be willing to revisit the star rating you gave': asks the "
         "buyer to change an existing review.",
         to=b, frm="Brightwell Lighting <care@brightwell-lighting.co.uk>", day=12, fmt="alt", lang="en",
         tolerated=("review.incentive",),
         reply="The charging pad stopped working after three days. Really disappointed, I've given it two stars.",
         subject=f"Re: Charging pad fault - order {o}", text=f"""Hello,

I'm sorry the charging pad on your lamp (order {o}) gave up so soon.
A replacement lamp left our warehouse this morning with Royal Mail, and a
prepaid returns label for the faulty one is in the box.

Once the new one is up and running, would you be willing to revisit the
star rating you gave, so that it reflects how things turned out?

Best wishes,
Priya
Brightwell Lighting""")

    o, b = order("en-can", "en", "Galvanised watering can, 9 litres")
    case("en-watering-can-goodwill", "relay", [],
         "Reply to a complaint about late delivery: the delivery charge refunded as a goodwill gesture, nothing "
         "asked in return, no mention of reviews.",
         to=b, frm="Penrose Garden Supply <orders@penrosegarden.co.uk>", day=8, enc=L1_8,
         reply="My watering can arrived four days late and I needed it for the weekend.",
         subject=f"Re: Late delivery of order {o}", text=f"""Hello,

Apologies that your watering can (order {o}) reached you four days
later than promised; the courier's depot was overloaded last week.

As a goodwill gesture we have refunded the 4.99 GBP delivery charge to your
original payment method. It should show within three to five working days.
There is nothing you need to do.

Regards,
Alan Penrose
Penrose Garden Supply""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Bergquell Teehaus <service@bergquell-teehaus.de>"
    o, b = order("de-kanne", "de", "Gusseiserne Teekanne 0,8 l mit Edelstahlsieb")
    case("de-teekanne-verkaeuferbewertung", "relay", [],
         "Eine neutrale Bitte um Verkäuferbewertung, ausdrücklich egal wie sie ausfällt: erlaubt, die erste "
         "Anfrage für diese Bestellung.",
         to=b, frm=frm, day=8, enc=L1, fmt="alt", lang="de",
         subject=f"Ihre Teekanne (Bestellung {o})", text=f"""Guten Tag,

wir hoffen, Ihre gusseiserne Teekanne aus der Bestellung {o} ist gut bei
Ihnen angekommen. Bitte spülen Sie sie nur mit heißem Wasser aus, ohne
Spülmittel.

Wenn Sie mögen, können Sie uns auf Amazon als Verkäufer bewerten. Ob lobend
oder kritisch: Ihre ehrliche Einschätzung hilft uns, besser zu werden.

Mit freundlichen Grüßen
Ihr Bergquell Teehaus""")

    case("de-teekanne-produkt-nachgefragt", "reject", ["review.repeat"],
         "Nach der weitergeleiteten Bitte um Verkäuferbewertung nun 'Hätten Sie Lust, ein paar Sätze zur Teekanne "
         "selbst zu schreiben?': eine zweite Bewertungsanfrage für dieselbe Bestellung.",
         to=b, frm=frm, day=13, enc=L1, after=("de-teekanne-verkaeuferbewertung",),
         subject=f"Noch eine Kleinigkeit zu Bestellung {o}", text=f"""Guten Tag,

noch eine Kleinigkeit in eigener Sache: Hätten Sie Lust, auf der
Produktseite ein paar Sätze zur Teekanne selbst (Bestellung {o}) zu
schreiben? Erfahrungsberichte anderer Teetrinker sind für viele
Interessenten das Wichtigste.

Mit freundlichen Grüßen
Ihr Bergquell Teehaus""")

    o, b = order("de-dose", "de", "Edelstahl-Brotdose mit Trennwand, 1,2 l")
    case("de-brotdose-rezension-gelesen", "relay", [],
         "Antwort, die die vorhandene Rezension des Käufers erwähnt und das Problem löst (Dichtung, kostenloser "
         "Ersatzdeckel), ohne um eine Änderung der Rezension zu bitten.",
         to=b, frm="Lunchwerk <hilfe@lunchwerk.de>", day=10, enc=B64,
         reply="Der Deckel schließt nicht dicht, das habe ich auch in meiner Rezension geschrieben.",
         subject=f"AW: Deckel undicht - Bestellung {o}", text=f"""Hallo,

danke für Ihre Nachricht; Ihre Rezension haben wir ebenfalls gelesen. Meist
sitzt die Silikondichtung nach dem Spülen nicht mehr ganz in der Nut: Drücken
Sie sie rundum mit dem Daumen ein, bis sie an keiner Stelle mehr übersteht.

Schließt der Deckel Ihrer Brotdose (Bestellung {o}) danach immer noch
nicht dicht, schicken wir Ihnen kostenlos einen neuen Deckel.

Viele Grüße
Jana Voss, Lunchwerk""")

    o, b = order("de-garn", "de", "Merino-Strickgarn, 10 Knäuel à 50 g, Salbei")
    case("de-garn-kleine-ueberraschung", "reject", ["review.incentive"],
         "'Schreiben Sie uns nach Ihrer Rezension kurz, bei Ihrer nächsten Bestellung wartet dann eine kleine "
         "Überraschung': ein angedeuteter künftiger Vorteil für die Rezension.",
         to=b, frm="Wollstube Hansen <post@wollstube-hansen.de>", day=9, enc=L15, fmt="html", lang="de",
         tolerated=("type.marketing",),
         subject=f"Ihr Merinogarn - Bestellung {o}", text=f"""Liebe Kundin, lieber Kunde,

das Merinogarn aus Ihrer Bestellung {o} bitte nur mit der Hand bei
30 Grad waschen und liegend trocknen.

Schreiben Sie uns nach Ihrer Rezension auf Amazon einfach kurz eine Zeile,
dann wartet bei Ihrer nächsten Bestellung eine kleine Überraschung auf Sie.

Herzliche Grüße aus der Wollstube
Birte Hansen""")

    o, b = order("de-leuchte", "de", "Stehleuchte dimmbar, Messing matt")
    case("de-leuchte-neuer-stand", "reject", ["review.removal-request"],
         "Nach dem Versand eines Ersatznetzteils 'wäre es schön, wenn Sie Ihre Bewertung auf den neuen Stand "
         "bringen': Bitte, eine bestehende Bewertung zu ändern.",
         to=b, frm="Lichtkontor Albers <service@lichtkontor-albers.de>", day=12, enc=B64, fmt="alt", lang="de",
         tolerated=("review.incentive",), crlf=True,
         reply="Die Leuchte flackert beim Dimmen, deshalb gab es von mir nur einen Stern.",
         subject=f"AW: Flackern der Stehleuchte (Bestellung {o})", text=f"""Guten Tag,

das Flackern kommt von einem fehlerhaften Netzteil. Ein neues Netzteil für
Ihre Stehleuchte (Bestellung {o}) ist heute mit DHL an Sie
rausgegangen.

Wenn die Leuchte damit ruhig brennt, wäre es schön, wenn Sie Ihre Bewertung
auf den neuen Stand bringen könnten.

Freundliche Grüße
Lichtkontor Albers""")

    o, b = order("de-beet", "de", "Hochbeet aus Lärchenholz, 120 x 60 cm")
    case("de-hochbeet-zuerst-uns", "reject", ["review.conditional"],
         "'Hat alles gepasst? Dann freuen wir uns über Ihre Sterne. Falls etwas nicht so ist, wie es sein soll, "
         "melden Sie sich bitte vorab bei uns': Bewertung nur bei Zufriedenheit.",
         to=b, frm="Gartenglück Meyer <info@gartenglueck-meyer.de>", day=11, enc=L1,
         subject=f"Aufbau Ihres Hochbeets - Bestellung {o}", text=f"""Hallo,

legen Sie das Hochbeet aus Ihrer Bestellung {o} innen mit der
beiliegenden Noppenfolie aus, bevor Sie es befüllen; so hält das Lärchenholz
viele Jahre länger.

Hat alles gepasst? Dann freuen wir uns über Ihre Sterne auf Amazon. Falls
irgendetwas nicht so ist, wie es sein soll, melden Sie sich bitte vorab bei
uns, wir kümmern uns darum.

Grüne Grüße
Gartenglück Meyer""")

    o, b = order("de-pfanne", "de", "Schmiedeeisenpfanne 28 cm")
    case("de-pfanne-entgegenkommen", "relay", [],
         "Antwort auf eine Reklamation (Kratzer): 10 Euro Erstattung als Entgegenkommen, ausdrücklich ohne Gegenleistung; "
         "von Bewertungen ist keine Rede.",
         to=b, frm="Schmiede Rautenberg <kontakt@schmiede-rautenberg.de>", day=9, enc=L1,
         reply="Die Pfanne hat einen Kratzer am Rand, sonst ist sie in Ordnung.",
         subject=f"AW: Kratzer an der Pfanne (Bestellung {o})", text=f"""Guten Tag,

der Kratzer am Rand Ihrer Pfanne (Bestellung {o}) ist rein optisch
und beeinträchtigt das Braten nicht; nach ein paar Einsätzen bildet sich
dort ebenfalls Patina.

Als Entgegenkommen haben wir Ihnen heute 10,00 EUR erstattet. Sie müssen dafür
nichts tun und die Pfanne nicht zurückschicken.

Mit freundlichen Grüßen
Schmiede Rautenberg""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-moulin", "fr", "Moulin à poivre en hêtre, 22 cm")
    case("fr-moulin-merci-avis", "relay", [],
         "Réponse qui remercie l'acheteur d'avoir publié son avis et répond à sa question sur la mouture, sans rien "
         "demander de plus.",
         to=b, frm="Maison Poivrière <contact@maison-poivriere.fr>", day=10, enc=L1,
         reply="Bonjour, j'ai laissé un avis sur le moulin, mais est-ce que la mouture se règle ?",
         subject=f"RE: Réglage du moulin - commande {o}", text=f"""Bonjour,

merci d'avoir pris le temps de rédiger votre commentaire sur notre moulin !

Oui, la mouture se règle : tournez l'écrou au sommet du moulin (commande
{o}) dans le sens des aiguilles d'une montre pour une mouture plus
fine, dans l'autre sens pour une mouture plus grossière.

Bien à vous,
Maison Poivrière""")

    frm = "Atelier Lin & Co <atelier@linetco.fr>"
    o, b = order("fr-parure", "fr", "Parure de lit en lin lavé, 240 x 220 cm, sauge")
    case("fr-parure-avis-neutre", "relay", [],
         "Demande d'avis neutre (« qu'il soit élogieux ou critique »), sans contrepartie ni condition : la première pour cette "
         "commande.",
         to=b, frm=frm, day=8, enc=B64, fmt="html", lang="fr",
         subject=f"Votre parure en lin - commande {o}", text=f"""Bonjour,

votre parure en lin (commande {o}) s'assouplira encore au fil des
lavages : lavez-la à 40 °C et évitez le sèche-linge trop chaud.

Si vous en avez l'occasion, votre avis sur la parure, qu'il soit élogieux
ou critique, aidera d'autres clients à faire leur choix sur Amazon.

L'équipe d'Atelier Lin & Co""")

    case("fr-parure-reecrire", "reject", ["review.repeat"],
         "« Nous nous permettons de vous réécrire ... auriez-vous quelques minutes pour partager votre ressenti sur Amazon ? » : "
         "deuxième demande d'avis pour la même commande après la première, relayée.",
         to=b, frm=frm, day=14, enc=B64, after=("fr-parure-avis-neutre",),
         subject=f"Votre parure en lin - commande {o}", text=f"""Bonjour,

nous nous permettons de vous réécrire au sujet de votre parure en lin
(commande {o}) : auriez-vous quelques minutes pour partager votre ressenti sur
Amazon ? Pour un petit atelier comme le nôtre, chaque retour compte
énormément.

L'équipe d'Atelier Lin & Co""")

    o, b = order("fr-savon", "fr", "Coffret de 4 savons saponifiés à froid")
    case("fr-savons-petite-attention", "reject", ["review.incentive"],
         "« Une fois votre avis publié, faites-le-nous savoir : une petite attention se glissera dans votre "
         "prochain colis » : avantage futur promis contre l'avis.",
         to=b, frm="Savonnerie du Vallon <bonjour@savonnerieduvallon.fr>", day=9, enc=L15,
         tolerated=("type.marketing",),
         subject=f"Vos savons - commande {o}", text=f"""Bonjour,

pour que vos savons (commande {o}) durent longtemps, laissez-les
sécher sur un porte-savon bien égoutté entre deux utilisations.

Une fois votre avis publié sur Amazon, faites-le-nous savoir en répondant à
ce message : une petite attention se glissera dans votre prochain colis.

Douces pensées,
Savonnerie du Vallon""")

    o, b = order("fr-toast", "fr", "Grille-pain 2 fentes inox, 850 W")
    case("fr-grille-pain-mettre-a-jour", "reject", ["review.removal-request"],
         "Après l'envoi d'un appareil neuf, « pourriez-vous mettre à jour votre évaluation pour qu'elle reflète la "
         "résolution du problème ? » : demande de modifier un avis existant.",
         to=b, frm="Électro Brun <sav@electrobrun.fr>", day=12, enc=B64, fmt="alt", lang="fr",
         tolerated=("review.incentive",),
         reply="Le grille-pain ne chauffe que d'un côté. Je lui ai mis une étoile.",
         subject=f"RE: Grille-pain défectueux - commande {o}", text=f"""Bonjour,

nous sommes désolés pour ce grille-pain qui ne chauffe que d'un côté. Un
appareil neuf est parti ce matin pour votre commande {o} ; gardez
l'ancien, nous n'en avons pas besoin.

Une fois que vous l'aurez essayé, pourriez-vous mettre à jour votre
évaluation pour qu'elle reflète la résolution du problème ?

Cordialement,
Le service après-vente Électro Brun""")

    o, b = order("fr-bocaux", "fr", "Lot de 6 bocaux en verre à fermeture mécanique, 1 L")
    case("fr-bocaux-prevenez-nous", "reject", ["review.conditional"],
         "« Vous êtes satisfait ? Un avis nous ferait plaisir. Au moindre souci, prévenez-nous avant tout, avant de "
         "laisser un commentaire » : avis sollicité seulement en cas de satisfaction.",
         to=b, frm="Les Bocaux d'Anaïs <anais@lesbocauxdanais.fr>", day=10, enc=L1, crlf=True,
         subject=f"Vos bocaux - commande {o}", text=f"""Bonjour,

avant la première stérilisation de vos bocaux (commande {o}),
faites tremper les joints en caoutchouc cinq minutes dans l'eau chaude.

Vous êtes satisfait de vos bocaux ? Un petit mot sur Amazon nous ferait
très plaisir. Au moindre souci, en revanche, prévenez-nous avant tout : nous
trouverons une solution avant que vous ne laissiez un commentaire.

Anaïs""")

    o, b = order("fr-pompe", "fr", "Pompe à vélo à pied avec manomètre")
    case("fr-pompe-dedommagement", "relay", [],
         "Réponse à une réclamation pour retard : 5 € remboursés à titre de dédommagement, sans rien demander "
         "en échange ni parler d'avis.",
         to=b, frm="Cycles Morel <atelier@cycles-morel.fr>", day=7, enc=B64,
         reply="Le colis est arrivé avec une semaine de retard, ce n'est pas sérieux.",
         subject=f"RE: Retard de livraison - commande {o}", text=f"""Bonjour,

vous avez raison, une semaine de retard n'est pas acceptable. Le
transporteur a égaré le colis de votre commande {o} dans son centre
de tri avant de le retrouver.

Nous vous avons remboursé 5,00 EUR à titre de dédommagement, sur votre
moyen de paiement d'origine. Vous n'avez aucune démarche à faire.

Cordialement,
Cycles Morel""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    frm = "Bambú Casa <pedidos@bambucasa.es>"
    o, b = order("es-estanteria", "es", "Estantería de bambú de 5 baldas")
    case("es-estanteria-montaje", "relay", [],
         "Consejos de montaje, sin pedir ninguna valoración: mensaje permitido y no es una solicitud de reseña.",
         to=b, frm=frm, day=4, enc=B64,
         subject=f"Montaje de su estantería - pedido {o}", text=f"""Hola,

para montar la estantería de su pedido {o}, deje los tornillos
flojos hasta colocar las cinco baldas y apriételos todos al final; así
la estructura queda recta.

Si la va a poner en el baño, seque las baldas si se mojan: el bambú
aguanta la humedad, pero no el agua estancada.

Un saludo,
Bambú Casa""")

    case("es-estanteria-valorar-vendedor", "relay", [],
         "Primera solicitud de valoración del vendedor para este pedido (el mensaje anterior no pedía nada), "
         "neutral, sin condición ni beneficio.",
         to=b, frm=frm, day=9, enc=B64, fmt="alt", lang="es", after=("es-estanteria-montaje",),
         subject=f"¿Qué tal su estantería? - pedido {o}", text=f"""Hola,

esperamos que la estantería de su pedido {o} ya esté en su sitio.

Si le apetece, puede valorarnos como vendedor en Amazon; su opinión
sincera, tanto si es favorable como si no, nos ayuda a mejorar.

Un saludo,
Bambú Casa""")

    case("es-estanteria-un-hueco", "reject", ["review.repeat"],
         "'¿Ha encontrado un hueco para contar en Amazon qué le ha parecido?': segunda petición de opinión para "
         "el mismo pedido tras la primera, enviada.",
         to=b, frm=frm, day=14, enc=B64, after=("es-estanteria-montaje", "es-estanteria-valorar-vendedor"),
         subject=f"Pedido {o}", text=f"""Hola,

¿ha encontrado un hueco para contar en Amazon qué le ha parecido la
estantería de su pedido {o}? Para una tienda pequeña como la
nuestra, cada opinión marca la diferencia.

Un saludo,
Bambú Casa""")

    o, b = order("es-cafetera", "es", "Cafetera italiana de acero inoxidable, 6 tazas")
    case("es-cafetera-detalle-proxima", "reject", ["review.incentive"],
         "'Cuando publique su opinión, avísenos y tendremos un detalle con usted en su próxima compra': un "
         "beneficio futuro ligado a la reseña.",
         to=b, frm="La Moka Ibérica <hola@lamokaiberica.es>", day=10, enc=L15, fmt="html", lang="es",
         tolerated=("type.marketing",),
         subject=f"Su cafetera - pedido {o}", text=f"""Hola,

antes de preparar el primer café con la cafetera de su pedido {o},
haga dos cafeteras con café molido que luego tire: así se quita el sabor
a metal.

Cuando publique su opinión en Amazon, avísenos respondiendo a este
mensaje y tendremos un detalle con usted en su próxima compra.

Un abrazo,
La Moka Ibérica""")

    o, b = order("es-toalla", "es", "Toallas de baño de algodón egipcio, juego de 3")
    case("es-toallas-escribanos-antes", "reject", ["review.conditional"],
         "'Si algo no ha sido perfecto, escríbanos antes de valorar; si todo ha ido bien, nos encantará leer su "
         "reseña': valoración condicionada a la satisfacción.",
         to=b, frm="Textil Almansa <atencion@textilalmansa.es>", day=11, enc=B64, crlf=True,
         subject=f"Sus toallas - pedido {o}", text=f"""Hola,

las toallas de su pedido {o} ganan absorción tras los primeros
tres lavados; no use suavizante, que las vuelve impermeables.

Si algo no ha sido perfecto, escríbanos antes de valorar y lo
arreglamos. Si todo ha ido bien, nos encantará leer su reseña en Amazon.

Atentamente,
Textil Almansa""")

    o, b = order("es-robot", "es", "Robot de cocina multifunción 1500 W")
    case("es-robot-actualizar-opinion", "reject", ["review.removal-request"],
         "Tras enviar la pieza de repuesto, '¿le importaría actualizar su opinión ahora que ya funciona?': pide "
         "cambiar una reseña existente.",
         to=b, frm="CocinaPro Levante <postventa@cocinaprolevante.es>", day=12, enc=B64, fmt="alt", lang="es",
         tolerated=("review.incentive",),
         reply="La cuchilla vibra y hace un ruido horrible. Lo he puesto en mi opinión de Amazon.",
         subject=f"RE: Ruido del robot - pedido {o}", text=f"""Hola,

el ruido viene de la junta de la cuchilla, que salió mal ajustada de
fábrica. Le enviamos ayer una cuchilla nueva para el robot de su pedido
{o}; se cambia en un minuto sin herramientas.

¿Le importaría actualizar su opinión en Amazon ahora que ya funciona como
debe?

Saludos,
CocinaPro Levante""")

    o, b = order("es-mochila", "es", "Mochila de senderismo 30 L, impermeable")
    case("es-mochila-resena-reembolso-envio", "relay", [],
         "Respuesta que menciona la reseña de tres estrellas del comprador, le da la razón y le devuelve el envío "
         "por el retraso, sin pedir que cambie nada.",
         to=b, frm="Senda Norte <clientes@sendanorte.es>", day=9, enc=L1,
         reply="La mochila está bien, pero llegó tarde; por eso le puse tres estrellas.",
         subject=f"RE: Retraso del pedido {o}", text=f"""Hola,

entendemos su reseña y es justo lo que cuenta: el pedido {o} salió
con tres días de retraso por un error nuestro de almacén.

Le hemos devuelto los 3,99 EUR de gastos de envío; no tiene que hacer nada.
Nos alegra que la mochila en sí le guste.

Un saludo,
Senda Norte""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    frm = "Ceramiche Gialloro <negozio@ceramichegialloro.it>"
    o, b = order("it-piatti", "it", "Set di 6 piatti in ceramica dipinti a mano")
    case("it-piatti-recensione-neutra", "relay", [],
         "Richiesta di recensione neutra ('positiva o negativa'), senza compensi né condizioni: la prima per "
         "questo ordine.",
         to=b, frm=frm, day=8, enc=L15, fmt="html", lang="it",
         subject=f"I suoi piatti dipinti - ordine {o}", text=f"""Buongiorno,

i piatti del suo ordine {o} vanno in lavastoviglie, ma per
conservare i colori più a lungo le consigliamo il lavaggio a mano.

Se le va, ci piacerebbe leggere la sua opinione sui piatti su Amazon:
positiva o negativa, ogni recensione sincera aiuta chi deve scegliere.

Cordiali saluti,
Ceramiche Gialloro""")

    case("it-piatti-volevamo-sapere", "reject", ["review.repeat"],
         "'Volevamo sapere se ha avuto modo di raccontare agli altri acquirenti come si trova': seconda richiesta "
         "di recensione per lo stesso ordine dopo la prima, inoltrata.",
         to=b, frm=frm, day=13, enc=L15, after=("it-piatti-recensione-neutra",),
         subject=f"Ordine {o}", text=f"""Buongiorno,

volevamo sapere se ha avuto modo di raccontare agli altri acquirenti su
Amazon come si trova con i piatti del suo ordine {o}. Per una
bottega artigiana come la nostra è davvero prezioso.

Cordiali saluti,
Ceramiche Gialloro""")

    o, b = order("it-moka", "it", "Caffettiera moka in acciaio, 3 tazze, induzione")
    case("it-moka-grazie-recensione", "relay", [],
         "Risposta che ringrazia per la recensione già pubblicata e risponde alla domanda sull'induzione, senza "
         "chiedere altro.",
         to=b, frm="Moka & Co. <assistenza@mokaeco.it>", day=10, enc=B64, fmt="alt", lang="it",
         reply="Ho già lasciato una recensione, ma volevo chiedervi: va bene su qualsiasi piano a induzione?",
         subject=f"R: Moka su induzione - ordine {o}", text=f"""Buongiorno,

grazie di cuore per la recensione che ha scritto!

Sì, la moka del suo ordine {o} ha il fondo in acciaio magnetico e
funziona su qualsiasi piano a induzione; usi però la zona più piccola,
altrimenti il manico si scalda.

Un saluto,
Moka & Co.""")

    o, b = order("it-tisana", "it", "Tisana rilassante biologica, 3 confezioni da 20 filtri")
    case("it-tisana-piccolo-dono", "reject", ["review.incentive"],
         "'A chi ci lascia un commento sul prodotto riserviamo un piccolo dono nel prossimo pacco': un vantaggio "
         "futuro in cambio della recensione.",
         to=b, frm="Erboristeria Fiordaliso <info@erboristeriafiordaliso.it>", day=9, enc=L1,
         tolerated=("type.marketing",),
         subject=f"La sua tisana - ordine {o}", text=f"""Buongiorno,

per la tisana del suo ordine {o} lasci il filtro in infusione
almeno sette minuti, con l'acqua appena sotto il bollore.

A chi ci lascia un commento sul prodotto su Amazon riserviamo un piccolo dono
nel prossimo pacco: basta rispondere a questa mail quando l'ha pubblicato.

Un caro saluto,
Erboristeria Fiordaliso""")

    o, b = order("it-frullatore", "it", "Frullatore a immersione 800 W con accessori")
    case("it-frullatore-rivedere-giudizio", "reject", ["review.removal-request"],
         "Dopo l'invio della guarnizione nuova, 'potrebbe rivedere il giudizio che ha dato al prodotto?': "
         "richiesta di modificare una recensione esistente.",
         to=b, frm="Casalinghi Ferri <assistenza@casalinghiferri.it>", day=12, enc=B64,
         tolerated=("review.incentive",), crlf=True,
         reply="Il frullatore perde acqua dal gambo, per questo ho messo una stella.",
         subject=f"R: Frullatore che perde - ordine {o}", text=f"""Buongiorno,

ci dispiace per il problema. Le abbiamo spedito oggi una guarnizione nuova
per il gambo del frullatore del suo ordine {o}, con le istruzioni
per montarla.

Quando tutto funzionerà di nuovo, potrebbe rivedere il giudizio che ha
dato al prodotto?

Cordiali saluti,
Casalinghi Ferri""")

    o, b = order("it-lenzuola", "it", "Completo lenzuola matrimoniale in percalle")
    case("it-lenzuola-contattarci-prima", "reject", ["review.conditional"],
         "'Se è tutto perfetto ci farebbe piacere una recensione; se qualcosa non la convince, ci contatti prima di "
         "scrivere su Amazon': recensione solo se soddisfatto.",
         to=b, frm="Biancheria Ornella <servizio@biancheriaornella.it>", day=11, enc=L15, fmt="alt", lang="it",
         subject=f"Le sue lenzuola - ordine {o}", text=f"""Buongiorno,

il percalle del suo ordine {o} diventa più morbido lavaggio dopo
lavaggio; la prima volta lo lavi da solo a 40 gradi.

Se è tutto perfetto, ci farebbe piacere una sua recensione. Se invece
qualcosa non la convince, la preghiamo di contattarci prima di scrivere
su Amazon.

Cordiali saluti,
Biancheria Ornella""")

    o, b = order("it-zaino", "it", "Zaino da scuola ergonomico, blu")
    case("it-zaino-rimborso-cortesia", "relay", [],
         "Risposta a un reclamo per una cerniera dura: 8 euro rimborsati come gesto di cortesia, nessuna richiesta "
         "in cambio, nessuna recensione nominata.",
         to=b, frm="Scuola & Zaini <clienti@scuolaezaini.it>", day=8, enc=B64,
         reply="La cerniera dello zaino è durissima, mio figlio non riesce ad aprirlo.",
         subject=f"R: Cerniera dura - ordine {o}", text=f"""Buongiorno,

le cerniere nuove a volte sono dure: passi sui dentini un po' di cera di
candela e apra e chiuda lo zaino (ordine {o}) una decina di volte.

Per il disagio le abbiamo rimborsato 8,00 EUR come gesto di cortesia. Non
deve fare nulla, l'importo arriva sul metodo di pagamento originale.

Cordiali saluti,
Scuola & Zaini""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-pan", "ja", "鉄製フライパン 26cm 取っ手付き")
    case("ja-pan-review-orei", "relay", [],
         "レビュー投稿へのお礼と、食洗機についての質問への回答のみ。評価の変更も追加の依頼もない返信。",
         to=b, frm="鉄器工房 くろがね <info@kurogane-tekki.jp>", day=10, enc=JIS,
         reply="レビューを書きました。ところで、このフライパンは食洗機で洗えますか？",
         subject=f"Re: 食洗機について（注文番号 {o}）", text=f"""お客様

このたびはレビューをご投稿いただき、ありがとうございます。

ご注文番号 {o} のフライパンは鉄製のため、食洗機には
対応しておりません。お湯とたわしで洗い、火にかけて水気を飛ばして
ください。

鉄器工房 くろがね""")

    frm = "和紙のあかり 灯屋 <shop@akariya-washi.jp>"
    o, b = order("ja-akari", "ja", "和紙ランプシェード 直径30cm")
    case("ja-akari-review-irai", "relay", [],
         "「どのような内容でも」と添えた中立なレビュー依頼。見返りも条件もなく、この注文への最初の依頼。",
         to=b, frm=frm, day=8, enc=B64, fmt="alt", lang="ja",
         subject=f"ランプシェードのご感想のお願い（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の和紙ランプシェードは、お部屋になじみ
ましたでしょうか。

お使いになったご感想を、Amazonの商品レビューでお聞かせいただけましたら
幸いです。どのような内容でも、率直なご意見が他のお客様の参考になります。

和紙のあかり 灯屋""")

    case("ja-akari-saido-onegai", "reject", ["review.repeat"],
         "「もしお時間がございましたら、使い心地をAmazonにてご投稿いただけないでしょうか」：同じ注文への二度目のレビュー依頼。",
         to=b, frm=frm, day=14, enc=B64, after=("ja-akari-review-irai",),
         subject=f"和紙ランプシェードについて（注文番号 {o}）", text=f"""お客様

先日もご連絡いたしましたが、もしお時間がございましたら、
ご注文番号 {o} のランプシェードの使い心地を
Amazonにてご投稿いただけないでしょうか。

和紙のあかり 灯屋""")

    o, b = order("ja-cha", "ja", "静岡 深蒸し煎茶 100g×3袋")
    case("ja-cha-omake", "reject", ["review.incentive"],
         "「レビューをご記入いただいたお客様には、次回のご注文時にちょっとしたおまけを同梱」：レビューへの将来の見返り。",
         to=b, frm="茶の葉 みどり園 <info@midorien-cha.jp>", day=9, enc=SJIS,
         tolerated=("type.marketing",),
         subject=f"煎茶のおいしい淹れ方（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の深蒸し煎茶は、70度ほどのお湯で
40秒ほど蒸らしていただくと、甘みが引き立ちます。

なお、Amazonにレビューをご記入いただいたお客様には、次回のご注文時に
ちょっとしたおまけを同梱させていただいております。

茶の葉 みどり園""")

    o, b = order("ja-mouse", "ja", "ワイヤレスマウス 静音 充電式")
    case("ja-mouse-tsukenaoshi", "reject", ["review.removal-request"],
         "交換品の発送後に「問題が解消しましたら、レビューの星を付け直していただけますと」：既存のレビューの変更依頼。",
         to=b, frm="PCサプライ ひかり <support@pc-hikari.jp>", day=12, enc=JIS, crlf=True,
         tolerated=("review.incentive",),
         reply="充電してもすぐ電池が切れます。星1つにしました。",
         subject=f"Re: マウスの電池について（注文番号 {o}）", text=f"""お客様

ご不便をおかけし、誠に申し訳ございません。
ご注文番号 {o} のマウスにつきまして、本日新しい商品を
発送いたしました。

問題が解消しましたら、レビューの星を付け直していただけますと
大変ありがたく存じます。

PCサプライ ひかり""")

    o, b = order("ja-kaban", "ja", "本革トートバッグ キャメル")
    case("ja-kaban-oshiekake", "reject", ["review.conditional"],
         "「少しでもご不満な点がございましたら、レビューをお書きになる前に一度当店にお声がけを。ご満足いただけた場合は星の評価を」：満足した場合だけのレビュー依頼。",
         to=b, frm="革工房 やまぶき <info@yamabuki-leather.jp>", day=11, enc=B64, fmt="html", lang="ja",
         subject=f"トートバッグのお手入れ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の本革トートバッグは、月に一度、乾いた布で
から拭きしていただくと、きれいな艶が出てまいります。

もし少しでもご不満な点がございましたら、レビューをお書きになる前に、
一度当店にお声がけください。ご満足いただけました場合は、ぜひ星の
評価をお願いいたします。

革工房 やまぶき""")

    o, b = order("ja-kasa", "ja", "折りたたみ傘 自動開閉 ネイビー")
    case("ja-kasa-souryou-henkin", "relay", [],
         "配送遅延の苦情への返信で、送料分をお詫びとして返金、手続き不要。レビューには一切触れず、見返りも求めていない。",
         to=b, frm="雨具のあめふり堂 <info@amefuri-do.jp>", day=7, enc=JIS,
         reply="届くのが予定より3日遅れました。",
         subject=f"Re: 配送の遅れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の折りたたみ傘のお届けが遅れ、
誠に申し訳ございませんでした。

お詫びとして、送料分の550円を本日返金いたしました。
お客様のお手続きは不要です。

雨具のあめふり堂""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    frm = "Houtwerk Dijkstra <info@houtwerkdijkstra.nl>"
    o, b = order("nl-plank", "nl", "Teakhouten snijplank 45 x 30 cm")
    case("nl-snijplank-onderhoud", "relay", [],
         "Onderhoudstips voor de snijplank, zonder enig verzoek om een review: toegestaan, en geen reviewverzoek.",
         to=b, frm=frm, day=5, enc=L1, fmt="alt", lang="nl",
         subject=f"Uw snijplank - bestelling {o}", text=f"""Beste klant,

de teakhouten snijplank uit bestelling {o} blijft het mooist als u
hem na het afwassen rechtop laat drogen en eens per maand insmeert met
wat spijsolie.

Met vriendelijke groet,
Houtwerk Dijkstra""")

    case("nl-snijplank-review-eerste", "relay", [],
         "Eerste reviewverzoek voor deze bestelling na een bericht zonder verzoek, neutraal ('eerlijk, lovend of "
         "niet'), zonder voorwaarde of beloning.",
         to=b, frm=frm, day=9, enc=L1, after=("nl-snijplank-onderhoud",),
         subject=f"Uw ervaring met de snijplank - bestelling {o}", text=f"""Beste klant,

zou u een eerlijke review van de snijplank uit bestelling {o} op
Amazon willen schrijven? Of het nu lovend is of niet, andere kopers
hebben er echt iets aan.

Met vriendelijke groet,
Houtwerk Dijkstra""")

    case("nl-snijplank-al-aan-toegekomen", "reject", ["review.repeat"],
         "'We waren benieuwd of u er al aan toegekomen bent om uw ervaring op Amazon te delen': tweede "
         "reviewverzoek voor dezelfde bestelling na het eerste, verzonden verzoek.",
         to=b, frm=frm, day=14, enc=L1, after=("nl-snijplank-onderhoud", "nl-snijplank-review-eerste"),
         subject=f"Bestelling {o}", text=f"""Beste klant,

we waren benieuwd of u er al aan toegekomen bent om uw ervaring met de
snijplank (bestelling {o}) op Amazon te delen. Het kost maar een
paar minuten.

Met vriendelijke groet,
Houtwerk Dijkstra""")

    o, b = order("nl-thee", "nl", "Theeglazen met houder, set van 6")
    case("nl-theeglazen-iets-leuks", "reject", ["review.incentive"],
         "'Laat u een beoordeling achter? Dan doen we bij uw volgende bestelling iets leuks extra in het pakket': "
         "een toekomstig voordeel voor de review.",
         to=b, frm="Zoet & Zacht <winkel@zoetenzacht.nl>", day=10, enc=B64, fmt="html", lang="nl",
         tolerated=("type.marketing",),
         subject=f"Uw theeglazen - bestelling {o}", text=f"""Hallo,

de theeglazen uit bestelling {o} kunnen in de vaatwasser, de
koperen houders liever niet: die wast u met de hand.

Laat u een beoordeling achter op Amazon? Stuur ons dan even een berichtje,
dan doen we bij uw volgende bestelling iets leuks extra in het pakket.

Hartelijke groet,
Zoet & Zacht""")

    o, b = order("nl-fiets", "nl", "Fietstas dubbel, waterdicht, 2 x 20 liter")
    case("nl-fietstas-eerst-even-weten", "reject", ["review.conditional"],
         "'Helemaal tevreden? Dan horen we dat graag in een review. Is er iets niet naar wens, laat het ons dan eerst "
         "even weten voordat u een beoordeling plaatst': review alleen bij tevredenheid.",
         to=b, frm="Trapkracht Fietsonderdelen <service@trapkracht.nl>", day=11, enc=B64, crlf=True,
         subject=f"Uw fietstas - bestelling {o}", text=f"""Hallo,

de fietstas uit bestelling {o} klikt u vast met de twee haken aan
de bovenkant; stel ze met de meegeleverde inbussleutel af op de breedte
van uw bagagedrager.

Bent u helemaal tevreden, dan horen we dat graag in een review. Is er iets
niet helemaal naar wens, laat het ons dan eerst even weten voordat u een
beoordeling plaatst.

Groeten,
Trapkracht""")

    o, b = order("nl-stofzuiger", "nl", "Steelstofzuiger draadloos, 25 minuten")
    case("nl-stofzuiger-recensie-bijwerken", "reject", ["review.removal-request"],
         "Na het sturen van een nieuwe accu: 'zou u uw recensie willen bijwerken nu alles weer werkt?': verzoek om "
         "een bestaande review te wijzigen.",
         to=b, frm="Huishoud Centrale <klantenservice@huishoudcentrale.nl>", day=12, enc=L1, fmt="alt",
         lang="nl", tolerated=("review.incentive",),
         reply="De accu houdt het maar vijf minuten vol. Ik heb er een slechte review over geschreven.",
         subject=f"RE: Accu stofzuiger - bestelling {o}", text=f"""Hallo,

dat is inderdaad te kort: de accu van uw stofzuiger (bestelling {o})
is defect. Gisteren hebben we een nieuwe accu naar u verstuurd.

Zou u uw recensie willen bijwerken nu alles weer werkt zoals het hoort?

Met vriendelijke groet,
Huishoud Centrale""")

    o, b = order("nl-rugzak", "nl", "Laptoprugzak 15,6 inch met usb-poort")
    case("nl-rugzak-review-gelezen", "relay", [],
         "Antwoord dat de bestaande review van de koper noemt en het probleem (klemmende rits) oplost, zonder te "
         "vragen de review te wijzigen.",
         to=b, frm="Tas & Co Amsterdam <hulp@tasenco.nl>", day=9, enc=B64,
         reply="De rits van de rugzak loopt steeds vast. Dat heb ik ook in mijn review gezet.",
         subject=f"RE: Rits rugzak - bestelling {o}", text=f"""Hallo,

in uw review lazen we al dat de rits vastloopt. Dat komt meestal doordat
de voering tussen de tanden komt: trek de voering bij de hoek iets naar
binnen en wrijf de tanden in met een beetje kaarsvet.

Blijft de rits van uw rugzak (bestelling {o}) haken, dan sturen wij
u kosteloos een nieuwe rugzak.

Groeten,
Tas & Co Amsterdam""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortyfirst"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
