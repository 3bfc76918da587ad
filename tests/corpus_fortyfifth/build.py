#!/usr/bin/env python3
"""Build the forty-fifth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fortyfifth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. The REVIEW rules, second round (review.incentive,
review.removal-request, review.conditional, review.repeat) in nine languages (English, German, French, Spanish,
Italian, Brazilian Portuguese, Dutch, Swedish, Polish): what feedback tools and sellers really write, with
soft incentives, soft gating, soft update requests and repeats, and hard near-misses (stars as Amazon's UI,
the buyer's own review quoted, "Bewertung"/"beoordeling" as an assessment, thanks for an existing review,
a first request for another order, a request after a *rejected* one).
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

_rnd = random.Random(45_2026_0615)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "com.br": "70", "nl": "40",
           "se": "40", "pl": "40"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "pt": "com.br", "nl": "nl", "sv": "se",
        "pl": "pl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-28T16:40:00Z", shipped="2026-05-29T11:20:00Z",
                 delivered="2026-06-02T09:45:00Z")
ORDERS = BOOK.rows
order = BOOK.add
B64 = {"cte": "base64"}
L1 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
L1_8 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
B64_L1 = {"charset": "iso-8859-1", "cte": "base64"}

REVIEW = ["review.incentive", "review.removal-request", "review.conditional", "review.repeat"]
TARGET = [*REVIEW, "type.thank-you-only", "type.marketing", "type.order-confirmation", "language.mismatch",
          "return.unnecessary", "content.email-address", "content.phone-number", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "window.expired", "style.emoji", "style.line-breaks",
         "link.insecure"]


def same_buyer(key: str, addr: str) -> None:
    """A second order of an existing buyer: the same relay address."""
    ORDERS[key]["buyer_email"] = addr


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 11, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "", after: tuple[str, ...] = (), crlf: bool = False) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019d.a45.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") in ("iso-8859-15", "iso-8859-1", "iso-8859-2"):
        body = body.replace("\u2013", "-").replace("\u2019", "'")
    if fmt == "text":
        kw["text"] = body
    else:
        html = page(text2html(body), lang or "en")
        kw["html"] = html
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "14:22:09", "+0100" if lang == "en" else "+0200"),
             f"<f45.{slug}@{dom}>", headers=hdrs, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    frm = "Ashgrove Tools <help@ashgrovetools.co.uk>"
    o, b = order("en-secateurs", "en", "Bypass secateurs, 21 cm, carbon steel blades")
    case("en-secateurs-star-rating-ui", "relay", [],
         "A neutral first request that describes Amazon's own review form ('pick a star rating on the product "
         "page'): stars as the UI, not as a target; no benefit, no condition.",
         to=b, frm=frm, day=6, lang="en",
         subject=f"Your secateurs - a quick request (order {o})", text=f"""Hello,

Your secateurs from order {o} should have arrived last week. Keep the
pivot bolt snug rather than tight, and a drop of oil after a wet day will
stop the spring from rusting.

When you have had a chance to use them, we would appreciate your honest
review. On the product page, choose "Write a customer review", pick a star
rating and add a few words about how they cut. It takes a minute and tells
other gardeners what to expect.

Thanks,
Rhys Morgan
Ashgrove Tools""")

    case("en-secateurs-buried-note", "reject", ["review.repeat"],
         "'Our last note may have got buried... we'd still value a few lines about the secateurs': a second "
         "review request for the same order after the first one was relayed.",
         to=b, frm=frm, day=13, lang="en", crlf=True, after=("en-secateurs-star-rating-ui",),
         subject=f"Re-sending: your thoughts on order {o}", text=f"""Hello,

Our last note may have got buried under everything else in your inbox, so
here it is again: we'd still value a few lines from you on Amazon about the
secateurs from order {o}, once they've done a bit of pruning.

Thanks,
Rhys Morgan
Ashgrove Tools""")

    o2, _ = order("en-stone", "en", "Whetstone 1000/6000 grit with bamboo base")
    same_buyer("en-stone", b)
    case("en-whetstone-other-order", "relay", [],
         "Same buyer, but the first review request for a DIFFERENT order (the whetstone): the earlier request "
         "was for the secateurs' order, so this is no repeat.",
         to=b, frm=frm, day=12, lang="en", fmt="alt", after=("en-secateurs-star-rating-ui",),
         subject=f"How is the whetstone working for you? (order {o2})", text=f"""Hello,

The whetstone from order {o2} works best soaked for ten minutes before
use; the 6000 side only needs a splash of water on top.

Would you tell other buyers how you got on with it in a review on Amazon?
Praise or criticism, both are welcome and both help.

Thanks,
Rhys Morgan
Ashgrove Tools""")

    o, b = order("en-apron", "en", "Waxed canvas work apron, tan")
    case("en-apron-small-business-stars", "reject", ["review.incentive"],
         "'Every 5-star review genuinely helps a small business like ours keep going': persuades the buyer "
         "towards a positive review.",
         to=b, frm="Kestrel & Loom <workshop@kestrelandloom.co.uk>", day=9, fmt="html", lang="en",
         subject=f"Your work apron (order {o})", text=f"""Hi,

Thank you for choosing our waxed apron (order {o}). The wax finish
darkens and softens with wear; if it starts to look dry, a light coat of
re-proofing bar and a warm hairdryer will bring it back.

We're a two-person workshop in Shropshire, and every 5-star review genuinely
helps a small business like ours keep going against the big brands. If you
can spare a moment on Amazon, it would mean the world to us.

Best,
Nell & Sam
Kestrel & Loom""")

    o, b = order("en-kettle", "en", "Stovetop whistling kettle 2.5 L, cream enamel")
    case("en-kettle-postage-back", "reject", ["review.incentive"],
         "'Once your review is live, reply and we'll refund the £3.95 postage you paid': a refund tied to the "
         "review.",
         to=b, frm="Hearthside Home <orders@hearthsidehome.co.uk>", day=10, enc=L1,
         tolerated=("type.marketing",),
         subject=f"Order {o} - your enamel kettle", text=f"""Good afternoon,

We hope the cream kettle from order {o} is whistling away happily.
Please only heat it with water inside; boiling it dry can craze the enamel.

A small thank-you from us: once your review of the kettle is live on Amazon,
just reply to this message and we'll refund the £3.95 postage you paid.

Kind regards,
Hearthside Home""")

    o, b = order("en-grinder", "en", "Manual burr coffee grinder, ceramic burrs")
    case("en-grinder-less-than-perfect", "reject", ["review.conditional"],
         "'If it has earned a place on your counter, a review would make our day; if anything is less than "
         "perfect, talk to us before leaving feedback': review gating.",
         to=b, frm="Ridgeback Coffee Co <support@ridgebackcoffee.co.uk>", day=11, enc=B64, fmt="alt", lang="en",
         subject=f"Dialling in your grinder (order {o})", text=f"""Hi there,

A tip for the grinder from order {o}: for a pour-over, start about
twelve clicks back from fully closed and adjust two clicks at a time.

If it has earned a place on your counter, a review on Amazon would make our
day. And if anything is less than perfect, please talk to us before leaving
feedback, so we get the chance to put it right first.

Cheers,
Dan
Ridgeback Coffee Co""")

    o, b = order("en-cabinet", "en", "Bathroom wall cabinet with mirror door, white")
    case("en-cabinet-revisit-rating", "reject", ["review.removal-request"],
         "After a replacement hinge: 'now that the issue is resolved, would you consider revisiting your "
         "rating?': asks the buyer to update an existing review.",
         to=b, frm="Brookfield Bathrooms <care@brookfieldbathrooms.co.uk>", day=12, lang="en",
         tolerated=("review.incentive",),
         reply="One hinge on the mirror door was snapped out of the box. I've left a 2-star review.",
         subject=f"Re: Broken hinge - order {o}", text=f"""Hello,

Thanks for letting us know, and sorry about the snapped hinge on your
cabinet (order {o}). The replacement pair went out yesterday by Royal
Mail Tracked 24 and should reach you tomorrow; they clip straight onto the
existing mounting plates.

Now that the issue is resolved, would you consider revisiting your rating?

Kind regards,
Joanne
Brookfield Bathrooms""")

    o, b = order("en-lamp", "en", "Brass floor lamp with linen shade")
    case("en-lamp-buyer-quotes-own-review", "relay", [],
         "A reply to a buyer whose quoted message mentions the 5-star review they already wrote: the seller "
         "answers the dimmer question and asks for nothing.",
         to=b, frm="Lumen & Oak <hello@lumenandoak.co.uk>", day=9, enc=L1_8, lang="en",
         reply="Love the lamp, I gave it 5 stars in my review, but it hums at the lowest dimmer setting. "
               "Is that normal?",
         subject=f"Re: Humming at low setting - order {o}", text=f"""Hello,

Thanks for the kind words. A faint hum at the very bottom of the dimmer
range usually comes from the bulb rather than the lamp: many LED bulbs
are not designed for leading-edge dimmers. The lamp from order {o} is
happiest with a bulb marked "dimmable, trailing edge compatible"; if the
hum stays with such a bulb, let us know and we'll replace the switch.

Regards,
Tobias
Lumen & Oak""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Saftwerk Berlin <service@saftwerk-berlin.de>"
    o, b = order("de-entsafter", "de", "Slow Juicer Entsafter 200 W, Tritan")
    case("de-entsafter-verkaeuferbewertung", "relay", [],
         "Neutrale Bitte um eine Verkäuferbewertung ('ob Zuspruch oder Verbesserungsvorschlag'), ohne Gegenleistung und ohne "
         "Bedingung: die erste Anfrage für diese Bestellung.",
         to=b, frm=frm, day=6, enc=L1,
         subject=f"Wie war Ihr Einkauf bei uns? (Bestellung {o})", text=f"""Guten Tag,

Ihr Slow Juicer aus der Bestellung {o} ist inzwischen bei Ihnen
angekommen. Wie zufrieden waren Sie mit Verpackung, Versanddauer und
unserem Service?

Unter „Meine Bestellungen“ können Sie uns als Verkäufer bewerten. Wir lesen
jede Rückmeldung, ob Zuspruch oder Verbesserungsvorschlag, und nehmen
sie ernst.

Mit freundlichen Grüßen
Jana Wolff
Saftwerk Berlin""")

    case("de-entsafter-nun-auch-produkt", "reject", ["review.repeat"],
         "Nach der weitergeleiteten Verkäuferbewertungs-Anfrage nun eine Bitte um eine Produktrezension für "
         "dieselbe Bestellung: laut Klarstellungen eine zweite Bewertungsanfrage.",
         to=b, frm=frm, day=13, enc=L1, after=("de-entsafter-verkaeuferbewertung",),
         subject=f"Ihr Slow Juicer nach einer Woche (Bestellung {o})", text=f"""Guten Tag,

nach gut einer Woche haben Sie mit dem Slow Juicer (Bestellung {o})
sicher schon einiges ausgepresst. Tipp: Selleriestangen vorher in
fingerlange Stücke schneiden, dann wickeln sich die Fasern nicht um die
Schnecke.

Mögen Sie anderen Kunden auf der Produktseite erzählen, wie sich das Gerät
in Ihrer Küche schlägt? Eine kurze Rezension genügt.

Mit freundlichen Grüßen
Jana Wolff
Saftwerk Berlin""")

    o, b = order("de-wasserkocher", "de", "Glas-Wasserkocher 1,7 l mit LED-Beleuchtung")
    case("de-wasserkocher-bewertung-der-fotos", "relay", [],
         "'Bewertung' im Sinne von Begutachtung ('Die Bewertung Ihrer Fotos durch unsere Technik') und ein "
         "kostenloser Ersatz für einen Materialfehler: keine Rezension, kein Anreiz.",
         to=b, frm="Küchenglas Hartmann <kundendienst@kuechenglas-hartmann.de>", day=10, enc=B64, fmt="alt",
         lang="de",
         subject=f"Ergebnis zu Ihrem Wasserkocher (Bestellung {o})", text=f"""Guten Tag,

die Bewertung Ihrer Fotos durch unsere Technik ist abgeschlossen: Der
Haarriss im Glaskörper Ihres Wasserkochers (Bestellung {o}) ist ein
Materialfehler und fällt unter die Gewährleistung.

Wir schicken Ihnen kostenlos ein neues Gerät; es geht morgen mit DHL raus.
Bitte geben Sie das alte Gerät dem DHL-Boten mit, der Rücksendeschein liegt
im Paket.

Freundliche Grüße
Markus Hartmann
Küchenglas Hartmann""")

    o, b = order("de-uhr", "de", "Funk-Wanduhr 30 cm, Eiche", tld="de")
    case("de-wanduhr-verlosung", "reject", ["review.incentive"],
         "'Unter allen, die bis Monatsende eine Rezension schreiben, verlosen wir einen 50-Euro-Gutschein': "
         "Teilnahme an einer Verlosung gegen eine Bewertung.",
         to=b, frm="Zeitgeist Uhren <shop@zeitgeist-uhren.de>", day=9, fmt="html", lang="de",
         tolerated=("type.marketing",),
         subject=f"Ihre Funkuhr stellt sich selbst (Bestellung {o})", text=f"""Hallo,

Ihre Wanduhr aus der Bestellung {o} empfängt das Zeitsignal am besten
nachts. Legen Sie die Batterie ein und lassen Sie die Uhr bis zum nächsten
Morgen liegen; danach stellt sie sich von selbst.

Noch etwas in eigener Sache: Unter allen Kundinnen und Kunden, die bis
Monatsende ihre Meinung zur Uhr als Rezension auf Amazon teilen, verlosen
wir einen Einkaufsgutschein über 50 Euro.

Viele Grüße
Ihr Team von Zeitgeist Uhren""")

    o, b = order("de-kissen", "de", "Nackenstützkissen Memory Foam, 60 x 35 cm")
    case("de-kissen-positive-bewertungen", "reject", ["review.incentive"],
         "'Positive Bewertungen sind für uns als kleiner Händler überlebenswichtig': drängt zu einer guten "
         "Bewertung.",
         to=b, frm="Schlafgut Manufaktur <info@schlafgut-manufaktur.de>", day=11, enc=L15,
         tolerated=("review.conditional",),
         subject=f"Ihr neues Kissen - Bestellung {o}", text=f"""Hallo,

Ihr Nackenstützkissen aus der Bestellung {o} braucht ein paar Nächte,
bis sich Ihr Nacken daran gewöhnt hat. Lüften Sie es vor der ersten Nacht
einige Stunden, damit der Neugeruch verfliegt.

Positive Bewertungen sind für uns als kleiner Händler überlebenswichtig.
Wenn Sie uns unterstützen möchten, freuen wir uns sehr über Ihre Rezension
auf Amazon.

Herzliche Grüße
Schlafgut Manufaktur""")

    o, b = order("de-regal", "de", "Badregal Bambus, 4 Ablagen")
    case("de-regal-jederzeit-anpassen", "reject", ["review.removal-request"],
         "Nach dem Nachsenden fehlender Schrauben: 'Ihre Bewertung können Sie jederzeit unter Meine Bestellungen "
         "anpassen, falls sich Ihr Eindruck geändert hat': ein weicher Wunsch, die bestehende Rezension zu ändern.",
         to=b, frm="Bambusliebe <hilfe@bambusliebe.de>", day=12, enc=L1, lang="de",
         tolerated=("review.incentive",),
         reply="Im Paket fehlten die Schrauben für die dritte Ablage. Ich habe deshalb nur einen Stern vergeben.",
         subject=f"AW: Fehlende Schrauben Bestellung {o}", text=f"""Hallo,

entschuldigen Sie bitte, da ist beim Packen etwas schiefgegangen. Die
fehlenden Schrauben für Ihr Badregal (Bestellung {o}) sind heute als
Großbrief an Sie rausgegangen.

Ihre Bewertung können Sie übrigens jederzeit unter „Meine Bestellungen“
anpassen, falls sich Ihr Eindruck jetzt geändert hat.

Viele Grüße
Bambusliebe""")

    o, b = order("de-rucksack", "en", "Trekkingrucksack 45+10 l, petrol", tld="de")
    case("de-rucksack-english-first", "relay", [],
         "Buyer on amazon.de whose language is English: a neutral first review request in English, the "
         "buyer's language.",
         to=b, frm="Gipfelstürmer Outdoor <service@gipfelstuermer-outdoor.de>", day=7, lang="en",
         subject=f"Your trekking backpack (order {o})", text=f"""Hello,

Your backpack from order {o} has a back length adjustable in five
steps; the velcro panel behind the hip belt lets you set it.

We would appreciate an honest review of the backpack on Amazon when you
have taken it out on a trail or two.

Best regards,
Gipfelstürmer Outdoor""")

    case("de-rucksack-zweisprachig-erinnerung", "reject", ["review.repeat"],
         "Second, bilingual (German/English) review request for the same order after the English one was "
         "relayed: a repeat in another wording and language.",
         to=b, frm="Gipfelstürmer Outdoor <service@gipfelstuermer-outdoor.de>", day=14, enc=B64, fmt="alt",
         lang="de", after=("de-rucksack-english-first",),
         subject=f"Ihr Rucksack / your backpack (Bestellung {o})", text=f"""Hallo,

haben Sie Ihren Rucksack aus der Bestellung {o} schon ausprobiert?
Eine kurze Rezension auf Amazon würde uns nach wie vor sehr freuen.

Hello, have you had a chance to try the backpack from order {o} yet?
A short review on Amazon would still be very welcome.

Gipfelstürmer Outdoor""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    frm = "Atelier Céladon <contact@atelier-celadon.fr>"
    o, b = order("fr-bols", "fr", "Lot de 4 bols en grès émaillé, vert céladon")
    case("fr-bols-avis-elogieux-ou-mitige", "relay", [],
         "Demande neutre d'avis : « qu'il soit élogieux ou plus mitigé », sans contrepartie ni condition.",
         to=b, frm=frm, day=6, enc=L1,
         subject=f"Vos bols en grès (commande {o})", text=f"""Bonjour,

Vos bols de la commande {o} passent au lave-vaisselle et au
micro-ondes ; évitez simplement de les sortir du réfrigérateur pour les
mettre directement au four.

Si vous avez un moment, nous aimerions beaucoup lire votre avis sur Amazon.
Qu'il soit élogieux ou plus mitigé, il aidera d'autres acheteurs à choisir.

Bien cordialement,
Claire Dumas
Atelier Céladon""")

    case("fr-bols-on-revient-vers-vous", "reject", ["review.repeat"],
         "« Nous revenons vers vous au sujet de votre avis » : seconde demande d'avis pour la même commande "
         "après la première, relayée.",
         to=b, frm=frm, day=13, enc=L1, fmt="html", lang="fr", after=("fr-bols-avis-elogieux-ou-mitige",),
         subject=f"Commande {o} : un petit mot sur vos bols ?", text=f"""Bonjour,

Nous revenons vers vous au sujet de vos bols en grès (commande {o}) :
auriez-vous quelques minutes pour partager votre ressenti sur la page du
produit ? Cela nous serait très précieux.

Bien cordialement,
Claire Dumas
Atelier Céladon""")

    o, b = order("fr-cocotte", "fr", "Cocotte en fonte 24 cm, rouge cerise")
    case("fr-cocotte-merci-pour-votre-avis", "relay", [],
         "Réponse à une question, qui remercie pour l'avis déjà publié par l'acheteur sans rien demander.",
         to=b, frm="Fonte & Flamme <service@fonte-et-flamme.fr>", day=10, lang="fr", fmt="alt", enc=B64,
         reply="J'ai déjà laissé un avis sur la cocotte. Question : le couvercle peut-il aller au four ?",
         subject=f"RE: Couvercle de la cocotte - commande {o}", text=f"""Bonjour,

Merci pour votre avis, il nous a fait très plaisir.

Oui, le couvercle de votre cocotte (commande {o}) va au four jusqu'à
250 °C. Seul le bouton en phénolique est limité à 200 °C : au-delà,
remplacez-le par le bouton inox livré dans le carton.

Bonne cuisine,
Fonte & Flamme""")

    o, b = order("fr-lampe", "fr", "Lampe de bureau articulée, laiton brossé")
    case("fr-lampe-avant-premiere", "reject", ["review.incentive"],
         "« Les clients qui publient un avis découvrent nos nouveautés en avant-première » : un avantage futur "
         "en échange d'un avis.",
         to=b, frm="Lumière d'Atelier <bonjour@lumiere-atelier.fr>", day=9, lang="fr", fmt="html",
         tolerated=("type.marketing",),
         subject=f"Votre lampe articulée (commande {o})", text=f"""Bonjour,

Votre lampe de la commande {o} accepte des ampoules E27 jusqu'à 40 W ;
les ressorts du bras se règlent avec la petite molette sous la rotule.

Une fois votre avis publié sur Amazon, répondez-nous simplement : vous
rejoindrez le cercle de nos clients qui découvrent nos nouvelles lampes en
avant-première, avant leur mise en vente.

À bientôt,
Lumière d'Atelier""")

    o, b = order("fr-theiere", "fr", "Théière en fonte 0,8 l, motif grêlé")
    case("fr-theiere-si-vous-avez-adore", "reject", ["review.conditional"],
         "« Si vous avez adoré votre théière, dites-le sur Amazon ; si quelque chose cloche, écrivez-nous "
         "d'abord » : avis demandé seulement en cas d'expérience positive.",
         to=b, frm="Maison du Thé Noir <boutique@maisonduthenoir.fr>", day=11, enc=L15, crlf=True,
         tolerated=("review.incentive",),
         subject=f"Commande {o} - votre théière", text=f"""Bonjour,

Votre théière en fonte (commande {o}) est émaillée à l'intérieur : pas
besoin de la culotter, un simple rinçage à l'eau chaude suffit.

Si vous avez adoré votre théière, dites-le dans un avis sur Amazon ! Et si
quelque chose cloche, écrivez-nous d'abord en répondant à ce message, avant
de publier quoi que ce soit.

Belle dégustation,
Maison du Thé Noir""")

    o, b = order("fr-drap", "fr", "Drap housse 160x200 en percale, blanc")
    case("fr-drap-reconsiderer-etoiles", "reject", ["review.removal-request"],
         "Message proactif après remboursement : « maintenant que tout est rentré dans l'ordre, accepteriez-vous "
         "de reconsidérer les étoiles attribuées ? » : demande de modifier un avis existant.",
         to=b, frm="Linge de Lou <service@lingedelou.fr>", day=12, enc=L1, lang="fr",
         tolerated=("review.incentive",),
         subject=f"Votre drap housse - commande {o}", text=f"""Bonjour,

Nous avons lu votre commentaire sur les bonnets du drap housse (commande
{o}) trop courts pour votre matelas. Nous vous avons remboursé
intégralement ce matin, sans retour nécessaire.

Maintenant que tout est rentré dans l'ordre, accepteriez-vous de
reconsidérer les étoiles attribuées à votre commentaire ?

Cordialement,
Linge de Lou""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-sarten", "es", "Sartén de hierro forjado 28 cm")
    case("es-sarten-resena-con-fotos", "relay", [],
         "Petición neutra de reseña ('sea cual sea su opinión'), que menciona que las fotos ayudan: sin "
         "contraprestación ni condición.",
         to=b, frm="Forja Levante <atencion@forjalevante.es>", day=7, enc=L1,
         subject=f"Su sartén de hierro (pedido {o})", text=f"""Hola:

Antes de estrenar la sartén del pedido {o}, caliéntela con una fina
capa de aceite durante diez minutos; así se forma la primera pátina.

Cuando la haya usado unas cuantas veces, le agradeceríamos que dejara una
reseña sincera en Amazon, sea cual sea su opinión. Si añade una foto de su
primera tortilla, mejor todavía: a otros compradores les ayuda mucho.

Un saludo,
Forja Levante""")

    o, b = order("es-batidora", "es", "Batidora de vaso 1,5 l, 1200 W")
    case("es-batidora-puntos-extra", "reject", ["review.incentive"],
         "'Por cada reseña publicada le sumamos 300 puntos extra en su tarjeta de cliente': bonificación de "
         "puntos de fidelidad a cambio de la reseña.",
         to=b, frm="Electro Turia <clientes@electroturia.es>", day=8, fmt="html", lang="es",
         tolerated=("type.marketing",),
         subject=f"Pedido {o}: su batidora", text=f"""Hola:

Gracias por su pedido {o}. Para hielo, use siempre la función
«pulse» en tandas cortas y con algo de líquido en el vaso.

Recuerde: por cada reseña publicada en Amazon le sumamos 300 puntos
extra en su tarjeta de cliente Electro Turia. Basta con contestar a este
correo con el nombre que aparece en la reseña.

Saludos cordiales,
Electro Turia""")

    case("es-batidora-tras-rechazo", "relay", [],
         "Petición neutra de reseña para el mismo pedido, pero la anterior (con puntos extra) fue rechazada y "
         "nunca llegó al comprador: es la primera petición retransmitida, no una repetición.",
         to=b, frm="Electro Turia <clientes@electroturia.es>", day=9, enc=B64,
         after=("es-batidora-puntos-extra",),
         subject=f"Su opinión sobre la batidora (pedido {o})", text=f"""Hola:

Esperamos que la batidora del pedido {o} le esté dando buen
resultado. Si quiere contar a otros compradores qué tal le funciona, puede
dejar una reseña en la página del producto en Amazon. Nos interesa su
opinión sincera, buena o mala.

Saludos cordiales,
Electro Turia""")

    o, b = order("es-silla", "es", "Silla de escritorio ergonómica, malla gris")
    case("es-silla-retirar-comentario", "reject", ["review.removal-request"],
         "Respuesta tras enviar el pistón nuevo: '¿sería tan amable de retirar su comentario, ahora que ya "
         "tiene la pieza?': pide eliminar una reseña existente.",
         to=b, frm="Oficina Plus Valencia <soporte@oficinaplus.es>", day=12, enc=L15, lang="es",
         tolerated=("review.incentive",),
         reply="La silla se hunde sola al cabo de un rato. Ya he puesto una reseña avisando a otros.",
         subject=f"RE: Silla que se hunde - pedido {o}", text=f"""Hola:

Lamentamos lo del pistón de la silla (pedido {o}). Ayer le
enviamos un pistón nuevo con SEUR; se cambia en cinco minutos con una
llave de tubo, y en la caja va un pequeño esquema.

¿Sería tan amable de retirar su comentario, ahora que ya tiene la pieza?

Un saludo,
Oficina Plus Valencia""")

    o, b = order("es-toalla", "es", "Juego de toallas de algodón egipcio, 6 piezas")
    case("es-toallas-antes-de-valorar", "reject", ["review.conditional"],
         "'Si todo está a su gusto, nos encantaría leer su valoración; si algo no ha salido como esperaba, "
         "cuéntenoslo antes de puntuar el producto': filtra las reseñas negativas.",
         to=b, frm="Casa Algodón <hola@casaalgodon.es>", day=11, crlf=True, fmt="alt", lang="es", enc=B64,
         subject=f"Sus toallas (pedido {o})", text=f"""Hola:

Lave las toallas del pedido {o} dos o tres veces antes de usarlas;
el algodón egipcio gana absorción con los primeros lavados. Sin
suavizante, por favor.

Si todo está a su gusto, nos encantaría leer su valoración en Amazon. Si
algo no ha salido como esperaba, cuéntenoslo antes de puntuar el
producto y lo solucionamos.

Un abrazo,
Casa Algodón""")

    o, b = order("es-mampara", "es", "Cortina de ducha de tela con ganchos, 180 x 200")
    case("es-cortina-reembolso-defecto", "relay", [],
         "Respuesta a una queja: reembolso completo por un defecto, que menciona que otras reseñas hablan del "
         "mismo fallo, sin pedir ninguna reseña ni vincular el reembolso a ella.",
         to=b, frm="Baño Claro <ayuda@banoclaro.es>", day=10, enc=L1, lang="es",
         reply="Los ganchos de la cortina se partieron al colgarla. ¿Qué puedo hacer?",
         subject=f"RE: Ganchos rotos - pedido {o}", text=f"""Hola:

Tiene toda la razón, y lo sentimos. Hemos visto que varias reseñas del
producto hablan del mismo problema con los ganchos, así que hemos retirado
ese lote y cambiado de proveedor.

Le hemos reembolsado el importe completo del pedido {o}; no hace
falta que nos devuelva la cortina.

Un saludo,
Baño Claro""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    frm = "Bottega del Caffè Sorrentino <assistenza@caffesorrentino.it>"
    o, b = order("it-moka", "it", "Caffettiera moka 6 tazze in acciaio")
    case("it-moka-recensione-sincera", "relay", [],
         "Richiesta neutra di una recensione sincera, senza benefici né condizioni: la prima per l'ordine.",
         to=b, frm=frm, day=6, enc=L1,
         subject=f"La sua moka (ordine {o})", text=f"""Buongiorno,

per la moka dell'ordine {o}: i primi tre caffè li butti pure, servono a
"condire" il filtro. Poi basta sciacquarla con acqua calda, senza detersivo.

Quando avrà preso confidenza con la moka, ci farebbe piacere una sua
recensione sincera su Amazon.

Cordiali saluti,
Bottega del Caffè Sorrentino""")

    case("it-moka-guarnizione-e-recensione", "reject", ["review.repeat"],
         "Un consiglio sulla guarnizione con in coda 'se non l'ha ancora fatto, due righe di recensione': "
         "seconda richiesta per lo stesso ordine dopo la prima, inoltrata.",
         to=b, frm=frm, day=13, enc=B64, fmt="alt", lang="it", after=("it-moka-recensione-sincera",),
         subject=f"Guarnizione della moka (ordine {o})", text=f"""Buongiorno,

un consiglio per la moka dell'ordine {o}: la guarnizione va sostituita
circa una volta l'anno. Quella di ricambio è nel sacchetto sotto il
filtro.

E se non l'ha ancora fatto, due righe di recensione su Amazon ci farebbero
davvero piacere.

Cordiali saluti,
Bottega del Caffè Sorrentino""")

    o, b = order("it-tovaglia", "it", "Tovaglia in lino 160x250, tortora")
    case("it-tovaglia-estrazione", "reject", ["review.incentive"],
         "'Chi lascia una recensione entro il 30 giugno partecipa all'estrazione di tre buoni da 25 euro': "
         "un'estrazione a premi in cambio della recensione.",
         to=b, frm="Lino & Lana <ciao@linoelana.it>", day=9, enc=L15, tolerated=("type.marketing",),
         subject=f"Ordine {o} - la sua tovaglia", text=f"""Buongiorno,

la tovaglia in lino dell'ordine {o} si lava a 40 gradi; la stiri ancora
leggermente umida e le pieghe spariranno senza fatica.

Chi lascia una recensione su Amazon entro il 30 giugno partecipa
all'estrazione di tre buoni acquisto da 25 euro.

Un caro saluto,
Lino & Lana""")

    o, b = order("it-zaino", "it", "Zaino da trekking 30 l, antracite")
    case("it-zaino-scriverci-prima", "reject", ["review.conditional"],
         "'Se qualcosa non la convince del tutto, ci faccia un fischio prima di pubblicare il suo parere; se "
         "invece è soddisfatto, una recensione ci aiuta': gating.",
         to=b, frm="Sentieri Outdoor <supporto@sentierioutdoor.it>", day=11, fmt="html", lang="it",
         subject=f"Il suo zaino (ordine {o})", text=f"""Buongiorno,

lo zaino dell'ordine {o} ha lo schienale regolabile: sganci il velcro
dietro gli spallacci e lo posizioni all'altezza delle scapole.

Se è soddisfatto, una recensione su Amazon ci aiuta moltissimo. Se invece
qualcosa non la convince del tutto, ci faccia un fischio prima di
pubblicare il suo parere: troveremo insieme una soluzione.

A presto,
Sentieri Outdoor""")

    o, b = order("it-friggitrice", "it", "Friggitrice ad aria 5,5 l, digitale")
    case("it-friggitrice-aggiornare-valutazione", "reject", ["review.removal-request"],
         "Risposta dopo la sostituzione del cestello: 'ora che il problema è risolto, le andrebbe di aggiornare "
         "la sua valutazione?': chiede di modificare una recensione esistente.",
         to=b, frm="CasaSmart Italia <assistenza@casasmart-italia.it>", day=12, enc=L1, lang="it",
         tolerated=("review.incentive",),
         reply="Il rivestimento del cestello si stacca già dopo una settimana. Ho scritto una recensione da "
               "una stella.",
         subject=f"R: Cestello friggitrice - ordine {o}", text=f"""Buongiorno,

ci dispiace molto per il cestello della friggitrice (ordine {o}).
Il cestello nuovo è partito ieri con BRT e dovrebbe arrivarle entro
giovedì; quello vecchio può smaltirlo.

Ora che il problema è risolto, le andrebbe di aggiornare la sua valutazione?

Cordiali saluti,
CasaSmart Italia""")

    o, b = order("it-borraccia", "it", "Borraccia termica 750 ml, salvia")
    case("it-borraccia-grazie-recensione", "relay", [],
         "Risposta che ringrazia per la recensione già scritta e risponde alla domanda sul tappo, senza "
         "chiedere nulla.",
         to=b, frm="Verde Acqua <info@verdeacqua.it>", day=10, enc=B64, lang="it",
         reply="Ho appena lasciato una recensione. Il tappo si può lavare in lavastoviglie?",
         subject=f"R: Tappo borraccia - ordine {o}", text=f"""Buongiorno,

grazie di cuore per la recensione!

Il tappo della borraccia (ordine {o}) va lavato a mano: in lavastoviglie
la guarnizione in silicone si deforma. Il corpo in acciaio invece può
andare nel cestello superiore.

Un saluto,
Verde Acqua""")


# --------------------------------------------------------------------------------------------
# Brazilian Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    frm = "Cerâmica Ipê <contato@ceramicaipe.com.br>"
    o, b = order("pt-canecas", "pt", "Jogo de 4 canecas de cerâmica artesanal 300 ml")
    case("pt-canecas-avaliacao-sincera", "relay", [],
         "Pedido neutro de avaliação sincera ('seja ela qual for'), sem benefício nem condição: o primeiro "
         "para o pedido.",
         to=b, frm=frm, day=6, enc=B64_L1,
         subject=f"Suas canecas chegaram bem? (pedido {o})", text=f"""Olá,

as canecas do pedido {o} são feitas à mão, então pequenas variações
no esmalte são normais. Podem ir ao micro-ondas e à lava-louças.

Quando puder, gostaríamos muito de saber o que achou: sua avaliação
sincera na Amazon, seja ela qual for, ajuda outros clientes a decidir.

Abraços,
Cerâmica Ipê""")

    case("pt-canecas-lembrete", "reject", ["review.repeat"],
         "'Passando para lembrar da avaliação': segundo pedido de avaliação para o mesmo pedido depois do "
         "primeiro, já encaminhado.",
         to=b, frm=frm, day=13, fmt="alt", lang="pt", after=("pt-canecas-avaliacao-sincera",),
         subject=f"Pedido {o}: só um lembrete", text=f"""Olá,

passando rapidinho para lembrar: se ainda não deu tempo, sua avaliação das
canecas (pedido {o}) na Amazon faz muita diferença para a gente.

Abraços,
Cerâmica Ipê""")

    o, b = order("pt-vela", "pt", "Kit 3 velas aromáticas de soja, alecrim")
    case("pt-velas-brinde-proximo-pedido", "reject", ["review.incentive"],
         "'Deixou sua avaliação? Mande o print e no seu próximo pedido vai um brinde': um brinde futuro em troca "
         "da avaliação.",
         to=b, frm="Aroma da Serra <loja@aromadaserra.com.br>", day=9, fmt="html", lang="pt",
         tolerated=("type.marketing",),
         subject=f"Suas velas (pedido {o})", text=f"""Oi,

no primeiro uso, deixe as velas do pedido {o} queimarem até a cera
derreter de ponta a ponta; assim elas não fazem túnel.

Deixou sua avaliação na Amazon? Responde aqui com o print que no seu
próximo pedido vai um brinde especial da casa.

Beijos,
Aroma da Serra""")

    o, b = order("pt-chinelo", "pt", "Chinelo de couro artesanal, nº 38")
    case("pt-chinelo-cinco-estrelinhas", "reject", ["review.incentive"],
         "'Se você amou, deixa cinco estrelinhas pra gente, isso ajuda demais uma loja pequena': empurra para "
         "uma avaliação positiva.",
         to=b, frm="Pé de Couro <atendimento@pedecouro.com.br>", day=10, enc=L1_8,
         tolerated=("review.conditional",),
         subject=f"Seu chinelo de couro (pedido {o})", text=f"""Oi, tudo bem?

O couro do chinelo do pedido {o} vai amaciando com o uso; nos
primeiros dias, use por poucas horas para ele moldar ao seu pé.

Se você amou, deixa cinco estrelinhas pra gente na Amazon! Isso ajuda
demais uma loja pequena como a nossa.

Um abraço,
Pé de Couro""")

    o, b = order("pt-liquidificador", "pt", "Liquidificador 900 W, 12 velocidades")
    case("pt-liquidificador-rever-avaliacao", "reject", ["review.removal-request"],
         "Mensagem proativa após o reembolso da jarra trincada: 'agora que está tudo resolvido, você poderia "
         "rever a sua avaliação?': pede para alterar uma avaliação existente.",
         to=b, frm="EletroLar Paulista <sac@eletrolarpaulista.com.br>", day=12, enc=B64, crlf=True,
         tolerated=("review.incentive",),
         subject=f"Sua jarra nova (pedido {o})", text=f"""Olá,

vimos o seu comentário sobre a jarra trincada do liquidificador (pedido
{o}). Uma jarra nova já foi enviada pelos Correios e o código de
rastreio está na sua conta.

Agora que está tudo resolvido, você poderia rever a sua avaliação?

Atenciosamente,
EletroLar Paulista""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    frm = "Houtwerk Veluwe <info@houtwerkveluwe.nl>"
    o, b = order("nl-plank", "nl", "Serveerplank eikenhout 50 cm")
    case("nl-plank-olie-tips", "relay", [],
         "Onderhoudstips voor de serveerplank, geen reviewverzoek: een eerder bericht voor dezelfde bestelling.",
         to=b, frm=frm, day=5,
         subject=f"Uw serveerplank onderhouden (bestelling {o})", text=f"""Goedemiddag,

Een paar tips voor de eikenhouten plank uit bestelling {o}:

- Niet in de vaatwasser; afnemen met een vochtige doek is genoeg.
- Eens per maand dun inwrijven met spijsolie en een nacht laten intrekken.

Met vriendelijke groet,
Houtwerk Veluwe""")

    case("nl-plank-eerste-verzoek", "relay", [],
         "Het eerste reviewverzoek voor deze bestelling, na een bericht met alleen onderhoudstips: neutraal, "
         "geen voordeel, geen voorwaarde.",
         to=b, frm=frm, day=10, fmt="alt", lang="nl", after=("nl-plank-olie-tips",),
         subject=f"Uw ervaring met de serveerplank (bestelling {o})", text=f"""Goedemiddag,

U heeft de serveerplank uit bestelling {o} nu een week in huis. Wilt
u uw ervaring delen in een review op Amazon? Een eerlijke mening, positief
of kritisch, helpt andere kopers het meest.

Met vriendelijke groet,
Houtwerk Veluwe""")

    o, b = order("nl-thee", "nl", "Losse thee Earl Grey, 250 g blik")
    case("nl-thee-gratis-proefzakje", "reject", ["review.incentive"],
         "'Plaatst u een review, dan doen we een gratis proefzakje van onze nieuwe melange bij uw volgende "
         "bestelling': een gratis product in ruil voor een review.",
         to=b, frm="Theehuis Spaarne <winkel@theehuisspaarne.nl>", day=9, enc=L1, tolerated=("type.marketing",),
         subject=f"Uw Earl Grey (bestelling {o})", text=f"""Hallo,

Voor de Earl Grey uit bestelling {o}: gebruik water van ongeveer 90
graden en laat de thee drie minuten trekken.

Plaatst u een review op Amazon, dan doen we een gratis proefzakje van onze
nieuwe zomermelange bij uw volgende bestelling. Stuur ons even een
berichtje als de review online staat.

Hartelijke groet,
Theehuis Spaarne""")

    o, b = order("nl-fiets", "nl", "Fietsverlichtingset led, oplaadbaar")
    case("nl-fietslamp-alleen-als-tevreden", "reject", ["review.conditional"],
         "'Alleen als u er echt blij mee bent, zouden we een review waarderen; anders horen we het liever eerst "
         "van u': review alleen bij een positieve ervaring.",
         to=b, frm="Lichtpunt Fietsen <service@lichtpuntfietsen.nl>", day=11, enc=B64, crlf=True,
         subject=f"Uw fietsverlichting - bestelling {o}", text=f"""Hallo,

Laad de lampen uit bestelling {o} de eerste keer helemaal op (ongeveer
drie uur); het lampje op de knop kleurt groen als ze vol zijn.

Alleen als u er echt blij mee bent, zouden we een review op Amazon
waarderen. Anders horen we het liever eerst van u, via een antwoord op
dit bericht.

Groet,
Lichtpunt Fietsen""")

    o, b = order("nl-boor", "nl", "Accuboormachine 18 V met 2 accu's")
    case("nl-boor-beoordeling-garantie", "relay", [],
         "'Beoordeling' als technische keuring van een garantieclaim ('na beoordeling door onze technische "
         "dienst'), met een gratis vervangende accu: geen review, geen beloning.",
         to=b, frm="Gereedschap Direct <garantie@gereedschapdirect.nl>", day=12, fmt="html", lang="nl",
         subject=f"Uw garantieclaim accu (bestelling {o})", text=f"""Goedemiddag,

Na beoordeling door onze technische dienst is vastgesteld dat de tweede
accu uit bestelling {o} een defecte cel heeft. Dit valt onder de
garantie.

U ontvangt kosteloos een nieuwe accu; die gaat morgen met PostNL naar u
toe. De defecte accu hoeft u niet terug te sturen, maar lever hem wel in
bij een inzamelpunt voor batterijen.

Met vriendelijke groet,
Gereedschap Direct""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    frm = "Norrsken Textil <kundtjanst@norrskentextil.se>"
    o, b = order("sv-pläd", "sv", "Pläd i ull 130x170, mossgrön")
    case("sv-pled-arligt-omdome", "relay", [],
         "Neutral begäran om ett ärligt omdöme, utan förmån och utan villkor: den första för ordern.",
         to=b, frm=frm, day=6, enc=L1_8,
         subject=f"Din ullpläd (order {o})", text=f"""Hej,

Ullplädet från order {o} mår bäst av att vädras ute i stället för att
tvättas. Om det behövs: handtvätt i ljummet vatten med ullmedel.

Vi skulle uppskatta ett ärligt omdöme om plädet på Amazon när du har hunnit
använda det en tid. Oavsett vad du tycker hjälper det andra köpare.

Vänliga hälsningar
Norrsken Textil""")

    case("sv-pled-paminnelse", "reject", ["review.repeat"],
         "'Vi hör av oss en gång till': en andra förfrågan om recension för samma order efter den första, som "
         "vidarebefordrades.",
         to=b, frm=frm, day=13, enc=B64, fmt="alt", lang="sv", after=("sv-pled-arligt-omdome",),
         subject=f"En gång till om din pläd (order {o})", text=f"""Hej,

Vi hör av oss en gång till angående ullplädet från order {o}: har du
hunnit skriva några rader om det på Amazon? Vi blir jätteglada för en
recension.

Vänliga hälsningar
Norrsken Textil""")

    o, b = order("sv-kniv", "sv", "Kockkniv 20 cm, damaskusstål")
    case("sv-kniv-tack-for-recensionen", "relay", [],
         "Svar som tackar för kundens redan skrivna recension och besvarar frågan om slipning, utan att be om "
         "något.",
         to=b, frm="Eggvass Knivar <hej@eggvass.se>", day=10, lang="sv",
         reply="Jag har redan skrivit en recension. Hur ofta ska kniven slipas?",
         subject=f"Sv: Slipning av kniven - order {o}", text=f"""Hej,

Tack för din recension, den värmde!

Kockkniven från order {o} behöver sällan slipas: dra den mot ett
brynstål någon gång i veckan, och slipa den på en vattensten en eller två
gånger om året.

Hälsningar
Eggvass Knivar""")

    o, b = order("sv-jacka", "sv", "Regnjacka dam, marinblå, stl M")
    case("sv-jacka-forst-pa-nyheter", "reject", ["review.incentive"],
         "'Alla som lämnar en recension får förtur till vår höstkollektion innan den släpps': en framtida förmån "
         "i utbyte mot en recension.",
         to=b, frm="Skur & Sol <order@skurosol.se>", day=9, fmt="html", lang="sv", tolerated=("type.marketing",),
         subject=f"Din regnjacka (order {o})", text=f"""Hej,

Regnjackan från order {o} håller tätt längst om du tvättar den sällan
och torktumlar den på låg värme efteråt; då aktiveras impregneringen igen.

Alla som lämnar en recension på Amazon får förtur till vår höstkollektion
innan den släpps. Svara bara på det här meddelandet när din recension är
publicerad.

Hälsningar
Skur & Sol""")

    o, b = order("sv-lampa", "sv", "Taklampa i rotting, 45 cm")
    case("sv-lampa-hor-av-dig-forst", "reject", ["review.conditional"],
         "'Är du nöjd får du gärna berätta det i en recension; är något fel, hör av dig till oss först': "
         "recension bara vid positiv upplevelse.",
         to=b, frm="Rotting & Ljus <info@rottingljus.se>", day=11, enc=L1_8, crlf=True,
         subject=f"Din taklampa (order {o})", text=f"""Hej,

Taklampan från order {o} ska hängas i en takkrok som tål minst 5 kg;
sladden kan kortas genom att knyta upp den i kupan.

Är du nöjd med lampan får du gärna berätta det i en recension på Amazon.
Är något fel, hör av dig till oss först innan du skriver något, så löser
vi det.

Med vänlig hälsning
Rotting & Ljus""")

    o, b = order("sv-vag", "sv", "Köksvåg digital, 5 kg, rostfri")
    case("sv-vag-andra-omdomet", "reject", ["review.removal-request"],
         "Svar efter att en ny våg skickats: 'du kan ändra ditt omdöme när som helst under Dina beställningar, "
         "nu när problemet är löst': ber om en uppdatering av ett befintligt omdöme.",
         to=b, frm="Köksmästarn <support@koksmastarn.se>", day=12, enc=B64, lang="sv",
         tolerated=("review.incentive",),
         reply="Vågen visar olika vikt varje gång. Jag har gett den ett dåligt betyg.",
         subject=f"Sv: Vågen visar fel - order {o}", text=f"""Hej,

Förlåt för besväret med vågen från order {o}. En ny våg skickades i
går med PostNord och bör vara hos dig på torsdag.

Nu när problemet är löst: du kan ändra ditt omdöme när som helst under
Dina beställningar.

Hälsningar
Köksmästarn""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    frm = "Ceramika Kaszuby <sklep@ceramikakaszuby.pl>"
    o, b = order("pl-talerze", "pl", "Komplet talerzy kamionkowych, 12 elementów")
    case("pl-talerze-szczera-opinia", "relay", [],
         "Neutralna prośba o szczerą opinię, bez korzyści i bez warunku: pierwsza dla tego zamówienia.",
         to=b, frm=frm, day=6, enc=L2,
         subject=f"Pani talerze (zamówienie {o})", text=f"""Dzień dobry,

talerze z zamówienia {o} można myć w zmywarce, ale nie zalecamy
podgrzewania ich pustych w piekarniku.

Będziemy wdzięczni za szczerą opinię o talerzach na Amazon, kiedy już
trochę z nich Pani skorzysta. Każda opinia, dobra czy krytyczna, pomaga
innym kupującym.

Pozdrawiamy serdecznie
Ceramika Kaszuby""")

    o2, _ = order("pl-kubki", "pl", "Kubki kamionkowe 350 ml, 4 szt.")
    same_buyer("pl-kubki", b)
    case("pl-kubki-inne-zamowienie", "relay", [],
         "Ta sama kupująca, ale pierwsza prośba o opinię dla INNEGO zamówienia (kubki): to nie jest ponowna "
         "prośba.",
         to=b, frm=frm, day=11, fmt="alt", lang="pl", after=("pl-talerze-szczera-opinia",),
         subject=f"Kubki z zamówienia {o2}", text=f"""Dzień dobry,

kubki z zamówienia {o2} są szkliwione od środka, więc kawa i
herbata nie zostawiają w nich osadu.

Jeśli znajdzie Pani chwilę, prosimy o opinię o kubkach na stronie produktu
w Amazon. Zależy nam na Pani szczerym zdaniu.

Pozdrawiamy serdecznie
Ceramika Kaszuby""")

    o, b = order("pl-krem", "pl", "Krem do rąk z masłem shea, 75 ml")
    case("pl-krem-darmowa-probka", "reject", ["review.incentive"],
         "'Za wystawienie opinii dorzucimy do kolejnej paczki darmową próbkę naszego serum': darmowy produkt "
         "w zamian za opinię.",
         to=b, frm="Zielnik Naturalny <kontakt@zielnik-naturalny.pl>", day=9, fmt="html", lang="pl",
         tolerated=("type.marketing",),
         subject=f"Pani krem do rąk (zamówienie {o})", text=f"""Dzień dobry,

krem z zamówienia {o} najlepiej działa nałożony na noc na lekko
wilgotne dłonie.

Za wystawienie opinii na Amazon dorzucimy do kolejnej paczki darmową
próbkę naszego nowego serum. Wystarczy odpisać na tę wiadomość, gdy
opinia będzie widoczna.

Pozdrawiamy
Zielnik Naturalny""")

    o, b = order("pl-czajnik", "pl", "Czajnik elektryczny 1,7 l, stal szczotkowana")
    case("pl-czajnik-zaktualizowac-opinie", "reject", ["review.removal-request"],
         "Odpowiedź po wysłaniu nowego czajnika: 'czy mógłby Pan teraz zaktualizować swoją opinię?': prośba o "
         "zmianę istniejącej opinii.",
         to=b, frm="AGD Mazury <obsluga@agdmazury.pl>", day=12, enc=B64, lang="pl",
         tolerated=("review.incentive",),
         reply="Czajnik przecieka przy dnie. Wystawiłem mu jedną gwiazdkę.",
         subject=f"Re: Przeciekający czajnik - zamówienie {o}", text=f"""Dzień dobry,

bardzo przepraszamy za kłopot z czajnikiem z zamówienia {o}. Nowy
egzemplarz wysłaliśmy wczoraj przez InPost, a wadliwy może Pan oddać
kurierowi przy odbiorze.

Skoro sprawa jest już załatwiona, czy mógłby Pan teraz zaktualizować swoją
opinię?

Z poważaniem
AGD Mazury""")

    o, b = order("pl-plecak", "pl", "Plecak miejski 22 l, wodoodporny")
    case("pl-plecak-najpierw-do-nas", "reject", ["review.conditional"],
         "'Jeśli jest Pan zadowolony, prosimy o opinię; jeśli coś jest nie tak, prosimy najpierw napisać do nas': "
         "filtrowanie opinii.",
         to=b, frm="Miejski Szlak <pomoc@miejskiszlak.pl>", day=11, enc=L2, crlf=True,
         subject=f"Plecak z zamówienia {o}", text=f"""Dzień dobry,

plecak z zamówienia {o} ma ukrytą kieszeń na plecach; zamek otwiera
się od strony lewego ramienia.

Jeśli jest Pan zadowolony z plecaka, prosimy o opinię na Amazon. Jeśli
coś jest nie tak, prosimy najpierw napisać do nas, zanim wystawi Pan
ocenę. Na pewno znajdziemy rozwiązanie.

Pozdrawiamy
Miejski Szlak""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_pt, cases_nl,
                                    cases_sv, cases_pl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortyfifth"), verify,
                         after_must_precede=False)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
