#!/usr/bin/env python3
"""Build the sixty-fourth labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_sixtyfourth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md (with its Clarifications), before reading policies/ or tests/policies. Third round on
the review rules (review.incentive, review.conditional, review.removal-request, review.repeat) in eleven
languages: amount-only incentives, free shipping / extended warranty / free spare parts / prize draws / early
access for a review, gating split over two sentences, "3 stars to 5" and "update your review" requests, repeats
with `after` priors, and compliant near-misses (neutral requests, "we can't offer anything" disclaimers, a
refund that says reviews are independent, a reply explaining how to edit one's own review).
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

_rnd = random.Random(64_2026_0615)
_PREFIX = {"com": "11", "co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25",
           "nl": "40", "pl": "40", "se": "40", "com.tr": "40", "com.br": "70"}
_TLD = {"en": "com", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "nl": "nl", "pl": "pl",
        "sv": "se", "tr": "com.tr", "pt": "com.br"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-29T09:30:00Z", shipped="2026-05-30T16:10:00Z",
                 delivered="2026-06-02T11:20:00Z")
ORDERS = BOOK.rows
order = BOOK.add


def same_buyer(key: str, first_key: str, lang: str, title: str, **kw) -> str:
    """A second order of the buyer of `first_key` (same relay address)."""
    oid, _ = order(key, lang, title, **kw)
    ORDERS[key]["buyer_email"] = ORDERS[first_key]["buyer_email"]
    return oid


B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
L9 = {"charset": "iso-8859-9", "cte": "base64"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional", "review.repeat",
          "order-problem.cancellation-request", "order-problem.no-adjustment", "return.unnecessary",
          "content.sensitive", "content.phone-number", "content.email-address", "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure"]

case = partial(shaped_case, CASE_LIST, TARGET, OTHER, thread="0100019c.a64", tag="t64", time="10:12:44")
MKT = ("type.marketing",)
INC = ("review.incentive",)


# --------------------------------------------------------------------------------------------
# English (amazon.com, amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    frm = "Juniper Trail Outfitters <care@junipertrail-outfitters.com>"
    o, b = order("en-lantern", "en", "Rechargeable Camping Lantern, 1000 lm, USB-C")
    case("en-lantern-neutral-review", "relay", [],
         "Charging tip plus a plain, unconditional request for an honest review: permitted, and the first request "
         "for this order.",
         to=b, frm=frm, day=6, fmt="alt",
         subject=f"Getting the most out of your lantern (order {o})", text=f"""Hi there,

Your lantern from order {o} should have reached you earlier this week. One tip: the
battery ships at about 40 %, so give it a full charge before the first trip; the side LED
turns solid green when it is done.

When you have had a chance to use it outdoors, we would appreciate a review on Amazon.
Whatever your experience was, an honest account helps other campers choose.

Best,
Dana at Juniper Trail""")

    case("en-lantern-gentle-nudge", "reject", ["review.repeat"],
         "A reminder ('in case our last note got buried') asking again for a review of the same order after the "
         "first request was relayed.",
         to=b, frm=frm, day=13, after=("en-lantern-neutral-review",),
         subject=f"Quick follow-up on your lantern (order {o})", text=f"""Hi again,

In case our last note got buried: if you have a spare minute, we would still love to read
your thoughts on the lantern from order {o} in a review on Amazon.

Thanks,
Dana at Juniper Trail""")

    o, b = order("en-bottle", "en", "Insulated Water Bottle 32 oz, Matte Black")
    case("en-bottle-five-dollars-live", "reject", ["review.incentive"],
         "'Once your review is live, we'll send $5 back to you': money tied to posting a review, no coupon or "
         "product promotion.",
         to=b, frm="Ridgeway Hydration <hello@ridgewayhydration.com>", day=9, enc=B64,
         subject=f"Your water bottle - order {o}", text=f"""Hello,

Thanks for choosing our insulated bottle (order {o}). A quick note on care: the lid
gasket pops out for cleaning, just pull the tab and rinse it under warm water.

We're a small team and every review counts. Once your review is live, reply with the
name it is posted under and we'll send $5 back to you as a small thank-you.

Cheers,
Marco
Ridgeway Hydration""")

    o, b = order("en-blender", "en", "Personal Blender 600 W with 2 Travel Cups")
    case("en-blender-warranty-extension", "reject", ["review.incentive"],
         "The warranty is extended from 12 to 24 months for buyers who post a review: a future benefit in exchange "
         "for a review.",
         to=b, frm="Whirlwell Kitchen <support@whirlwell.com>", day=10, fmt="html",
         subject=f"Your blender warranty (order {o})", text=f"""Hello,

Your personal blender from order {o} comes with a 12-month warranty that starts on
the delivery date.

Here is something most customers don't know: post a review of the blender on Amazon and
we will extend that warranty to 24 months at no cost. Just reply to this message once your
review is up and we will register the extension on your order.

Kind regards,
Whirlwell Kitchen Support""")

    o, b = order("en-chair", "en", "Folding Camp Chair with Side Table")
    case("en-chair-split-gating", "reject", ["review.conditional"],
         "Gating split over two paragraphs: 'Unhappy with anything? Please contact us before posting anything' "
         "and then 'If you love it, a review would mean the world'.", tolerated=INC,
         to=b, frm=frm, day=8, crlf=True,
         subject=f"How is your camp chair? (order {o})", text=f"""Hi,

Your folding camp chair (order {o}) has been with you for a few days now. The side
table clips off for packing: press both grey tabs at once and slide it towards the back.

Unhappy with anything? Please contact us before posting anything, we can almost
always sort it out within a day.

If you love it, a review would mean the world to our small team.

Dana at Juniper Trail""")

    o, b = order("en-kettle", "en", "Gooseneck Electric Kettle 1 L, Temperature Control")
    case("en-kettle-how-to-edit-own-review", "relay", [],
         "Reply to a buyer who asked how to edit the review they wrote: the seller explains Amazon's steps and "
         "expressly leaves the content to the buyer; no request to change anything.",
         to=b, frm="Pourover Supply Co. <team@pouroversupply.com>", day=11,
         reply="Hi, I left a review last week but made a typo in the temperature I mentioned. How do I edit it?",
         subject=f"Re: Editing a review (order {o})", text=f"""Hi,

Happy to explain. Reviews are managed by Amazon, not by us, so we cannot touch them, but
you can do it yourself in a minute:

1. Go to Your Orders and open order {o}.
2. Choose "Write a product review" next to the kettle; your existing review opens.
3. Correct the text and press Submit. The edit goes through Amazon's usual check again.

What you write is of course entirely your call.

Best regards,
Lena
Pourover Supply Co.""")

    o, b = order("en-rack", "en", "Bamboo Shoe Rack, 3 Tier")
    case("en-rack-cannot-offer-anything", "relay", [],
         "Neutral review request with the disclaimer that Amazon does not allow anything to be offered in "
         "return: no incentive, no condition.",
         to=b, frm="Greenfold Home <hello@greenfoldhome.com>", day=9, enc=W1252,
         subject=f"Your shoe rack, order {o}", text=f"""Hello,

We hope the shoe rack from order {o} went together without trouble. If any shelf wobbles,
tighten the four side screws a quarter turn once the bamboo has settled for a few days.

If you'd like to share your experience, you can leave a review on the Amazon product page.
Amazon's rules don't allow us to offer anything in return for a review, and that's fine
by us: we only want to hear how it is really working for you, good or bad.

Warm regards,
Greenfold Home""")

    o, b = order("en-carafe", "en", "Glass Cold Brew Carafe 1.5 L")
    case("en-carafe-refund-reviews-independent", "relay", [],
         "Reply refunding a cracked carafe that states the refund has nothing to do with any review: no review is "
         "requested, and the refund is not tied to one.",
         to=b, frm="Pourover Supply Co. <team@pouroversupply.com>", day=12,
         reply="The carafe arrived with a crack along the bottom. I'd like my money back please.",
         subject=f"Re: Cracked carafe (order {o})", text=f"""Hi,

I'm sorry the carafe arrived cracked. I have refunded the full amount for order {o}
today; you'll see it on your statement within 3 to 5 business days. There is no need to
send the broken one back, please dispose of it carefully.

To be clear, the refund isn't connected to reviews in any way. Whether or not you review
the product, and what you say, is completely up to you.

Best regards,
Lena
Pourover Supply Co.""")

    # amazon.co.uk
    ukf = "Hollin & Pike <shop@hollinandpike.co.uk>"
    o, b = order("uk-throw", "en", "Chunky Knit Throw 130 x 170 cm, Oatmeal", tld="co.uk")
    case("uk-throw-free-delivery-next-order", "reject", ["review.incentive"],
         "Free delivery on the next order for buyers who leave a review: a future benefit tied to the review "
         "(the offer is also promotional, so type.marketing is arguable).", tolerated=MKT,
         to=b, frm=ukf, day=9, fmt="alt",
         subject=f"Your knit throw (order {o})", text=f"""Hello,

Thank you for your order {o}. To keep the chunky knit plump, wash it on a cool wool cycle
and dry it flat rather than hanging it.

Leave us a review on Amazon and your next order from Hollin & Pike ships free, no minimum
spend. Just mention your order number when you order again.

Best wishes,
Hollin & Pike""")

    o, b = order("uk-grinder", "en", "Manual Burr Coffee Grinder, Stainless Steel", tld="co.uk")
    case("uk-grinder-monthly-draw", "reject", ["review.incentive"],
         "Every buyer who posts a review is entered into a monthly draw for a GBP 100 prize: a chance of money for "
         "a review (a prize draw is also a promotion, so type.marketing is tolerated).", tolerated=MKT,
         to=b, frm="Brewbench <orders@brewbench.co.uk>", day=10, enc=B64,
         subject=f"Dialling in your grinder, order {o}", text=f"""Hi,

A tip for your new grinder (order {o}): start twelve clicks from fully closed for
pour-over and adjust two clicks at a time until the brew takes about three minutes.

Each month we pick one customer who has reviewed their grinder on Amazon and send them
GBP 100. Once your review is up you're automatically in the draw for June.

All the best,
Tom at Brewbench""")

    o, b = order("uk-planter", "en", "Self-Watering Planter Set of 3, Terracotta", tld="co.uk")
    case("uk-planter-early-access", "reject", ["review.incentive"],
         "'Leave a review and get early access to our autumn collection': a future benefit for a review (and a "
         "pointer to other products, so type.marketing is tolerated).", tolerated=MKT,
         to=b, frm="Potter & Fern <hello@potterandfern.co.uk>", day=11, crlf=True,
         subject=f"Your planters, order {o}", text=f"""Hello,

Your self-watering planters (order {o}) need their wicks soaked before the first fill,
otherwise the soil stays dry for the first week.

Leave a review of the set and you'll get early access to our autumn collection a week
before everyone else.

Kind regards,
Potter & Fern""")

    f2 = "Ashby Leather Goods <service@ashbyleather.co.uk>"
    o, b = order("uk-wallet", "en", "Slim Leather Card Wallet, Tan", tld="co.uk")
    case("uk-wallet-seller-feedback", "relay", [],
         "A plain seller-feedback request with a care tip: permitted, and the first request for the order.",
         to=b, frm=f2, day=7,
         subject=f"Your card wallet (order {o})", text=f"""Hello,

Your card wallet from order {o} is made of vegetable-tanned leather, so it will darken
and soften with use. A little leather balm every few months keeps the edges from drying.

If you have a moment, we'd be grateful for your seller feedback on how the order went.

Thanks,
Ashby Leather Goods""")

    case("uk-wallet-product-review-after-feedback", "reject", ["review.repeat"],
         "After a relayed seller-feedback request, a product-review request for the same order: per RULES.md both "
         "are review requests, so this is a second request.",
         to=b, frm=f2, day=13, after=("uk-wallet-seller-feedback",),
         subject=f"A quick word about your wallet (order {o})", text=f"""Hello,

Now that you've carried the wallet from order {o} for a couple of weeks, would you be
willing to write a short product review on Amazon? It helps other shoppers a great deal.

Thanks,
Ashby Leather Goods""")

    o2 = same_buyer("uk-wallet-2", "uk-wallet", "en", "Leather Key Fob, Tan", tld="co.uk")
    case("uk-wallet-buyer-second-order", "relay", [],
         "Same buyer, but a different order (a key fob): a first review request for that order is not a repeat.",
         to=b, frm=f2, day=14, after=("uk-wallet-seller-feedback",),
         subject=f"Your key fob (order {o2})", text=f"""Hello,

Your key fob from order {o2} matches the wallet you bought earlier; both will take on
the same colour over time.

If you'd like to, you can leave a review of the key fob on its Amazon product page.

Thanks,
Ashby Leather Goods""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    frm = "Tannwerk Haushaltswaren <service@tannwerk-haushalt.de>"
    o, b = order("de-pfanne", "de", "Schmiedeeiserne Pfanne 28 cm")
    case("de-pfanne-neutral", "relay", [],
         "Einbrennhinweis und eine neutrale Bitte um eine ehrliche Bewertung: erlaubt, erste Anfrage.",
         to=b, frm=frm, day=6, enc=W1252,
         subject=f"Ihre Pfanne – Hinweise zum Einbrennen (Bestellung {o})", text=f"""Guten Tag,

Ihre Pfanne aus der Bestellung {o} ist bei Ihnen angekommen. Vor dem ersten Braten
bitte einmal dünn mit Rapsöl einreiben und 20 Minuten bei starker Hitze einbrennen.

Wenn Sie die Pfanne eine Weile benutzt haben, würden wir uns über Ihre Bewertung auf
Amazon freuen, ganz gleich, wie sie ausfällt.

Mit freundlichen Grüßen
Jonas Berger
Tannwerk Haushaltswaren""")

    case("de-pfanne-erinnerung", "reject", ["review.repeat"],
         "Erinnerung an die Bewertung für dieselbe Bestellung, nachdem die erste Bitte weitergeleitet wurde.",
         to=b, frm=frm, day=13, enc=W1252, after=("de-pfanne-neutral",),
         subject=f"Kleine Erinnerung zu Ihrer Pfanne (Bestellung {o})", text=f"""Guten Tag,

wir möchten Sie nur freundlich daran erinnern: Falls Sie noch keine Zeit hatten, wäre
eine kurze Bewertung zu Ihrer Pfanne (Bestellung {o}) für uns weiterhin sehr hilfreich.

Mit freundlichen Grüßen
Jonas Berger""")

    o, b = order("de-lampe", "de", "LED-Schreibtischlampe dimmbar, schwarz")
    case("de-lampe-5-euro-zurueck", "reject", ["review.incentive"],
         "'5 € zurück nach Ihrer Bewertung': Geld für eine Bewertung, ohne Gutschein oder Werbung.",
         to=b, frm="Lichtkontor Meier <info@lichtkontor-meier.de>", day=9, fmt="alt", enc=L15,
         subject=f"Ihre Schreibtischlampe (Bestellung {o})", text=f"""Hallo,

danke für Ihre Bestellung {o}. Die Farbtemperatur wechseln Sie, indem Sie die
Touchfläche zwei Sekunden gedrückt halten.

Kleines Dankeschön von uns: 5 € zurück nach Ihrer Bewertung. Schicken Sie uns einfach
kurz eine Nachricht, sobald die Rezension sichtbar ist, dann überweisen wir den Betrag.

Viele Grüße
Lichtkontor Meier""")

    o, b = order("de-duscharmatur", "de", "Regendusche-Set mit Thermostat, Chrom")
    case("de-dusche-ersatzteile-gratis", "reject", ["review.incentive"],
         "Kostenlose Ersatzdichtungen und Kalkfilter als Dank für eine Bewertung: ein Gratisprodukt für die "
         "Rezension.",
         to=b, frm="Bad & Form GmbH <kundendienst@badundform.de>", day=10, enc=B64,
         subject=f"Ihr Duschset – Bestellung {o}", text=f"""Guten Tag,

wir hoffen, die Montage Ihres Regendusche-Sets aus der Bestellung {o} hat gut
geklappt. Den Thermostat bitte nach dem Einbau auf 38 °C kalibrieren, wie auf Seite 7
der Anleitung beschrieben.

Für Ihre Bewertung auf Amazon bedanken wir uns gern mit einem kostenlosen Satz
Ersatzdichtungen und zwei Kalkfiltern, die wir Ihnen nach Veröffentlichung zuschicken.

Freundliche Grüße
Bad & Form Kundendienst""")

    o, b = order("de-ventilator", "de", "Standventilator leise, 40 cm, mit Fernbedienung")
    case("de-ventilator-3-auf-5-sterne", "reject", ["review.removal-request", "review.incentive"],
         "Antwort nach dem Motortausch: 'vielleicht Ihre 3 Sterne auf 5 anheben': Änderung einer bestehenden "
         "Bewertung und Drängen auf die Bestnote.",
         to=b, frm="Windhaus Elektro <service@windhaus-elektro.de>", day=12,
         reply="Der Ventilator klappert seit dem zweiten Tag. Habe deshalb nur 3 Sterne gegeben.",
         subject=f"AW: Ventilator klappert (Bestellung {o})", text=f"""Hallo,

der Ersatzmotor für Ihren Ventilator (Bestellung {o}) ist heute mit DHL rausgegangen,
die Anleitung zum Tausch liegt bei. Das Klappern kam von einem verbogenen Lüfterflügel.

Wenn jetzt alles wieder rund läuft, würden Sie Ihre 3 Sterne vielleicht auf 5 anheben?
Das wäre uns eine große Hilfe.

Viele Grüße
Windhaus Elektro""")

    o, b = order("de-teppich", "de", "Kurzflorteppich 160 x 230 cm, anthrazit")
    case("de-teppich-keine-gegenleistung", "relay", [],
         "Bewertungsbitte mit dem Hinweis, dass für Bewertungen nichts angeboten werden darf: kein Anreiz, keine "
         "Bedingung.",
         to=b, frm="Wohnfaser <hallo@wohnfaser.de>", day=8, crlf=True, enc=L1,
         subject=f"Ihr neuer Teppich (Bestellung {o})", text=f"""Hallo,

Ihr Teppich aus der Bestellung {o} kann in den ersten Tagen etwas Flusen verlieren;
einfach ein paar Mal ohne Bürstwalze saugen, dann legt sich das.

Über eine Bewertung auf Amazon würden wir uns freuen. Eine Gegenleistung dürfen und
möchten wir dafür nicht anbieten, uns interessiert Ihre ehrliche Meinung.

Herzliche Grüße
Wohnfaser""")

    o, b = order("de-mixer", "de", "Handmixer 500 W mit Schneebesen und Knethaken")
    case("de-mixer-bewertung-aktualisieren", "reject", ["review.removal-request"],
         "Proaktiv nach der Erklärung eines Bedienfehlers: 'wir würden uns freuen, wenn Sie Ihre Bewertung aktualisieren': Bitte, eine "
         "bestehende Bewertung zu ändern.", tolerated=INC,
         to=b, frm=frm, day=11, enc=W1252,
         subject=f"Ihre Bewertung zum Handmixer (Bestellung {o})", text=f"""Guten Tag,

wir haben Ihre Rezension zum Handmixer aus der Bestellung {o} gelesen. Das Rattern
kommt fast immer daher, dass der Knethaken mit dem Ring in die linke Öffnung gesteckt
wird; richtig gehört er nach rechts. Wir haben das in der Anleitung jetzt deutlicher
beschrieben.

Da sich die Sache damit aufgeklärt hat, würden wir uns freuen, wenn Sie Ihre Bewertung
entsprechend aktualisieren.

Mit freundlichen Grüßen
Jonas Berger
Tannwerk Haushaltswaren""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    frm = "Maison Cérès <contact@maison-ceres.fr>"
    o, b = order("fr-cocotte", "fr", "Cocotte en fonte 24 cm, bleu nuit")
    case("fr-cocotte-neutre", "relay", [],
         "Conseil d'entretien et simple demande d'avis honnête : permis.",
         to=b, frm=frm, day=7, enc=L15,
         subject=f"Votre cocotte (commande {o})", text=f"""Bonjour,

Votre cocotte de la commande {o} est arrivée il y a quelques jours. Pour la première
utilisation, lavez-la à l'eau chaude sans détergent et séchez-la aussitôt.

Quand vous aurez eu l'occasion de cuisiner avec, nous serions heureux de lire votre avis
sur Amazon, quel qu'il soit.

Bien cordialement,
Claire, Maison Cérès""")

    o, b = order("fr-sac", "fr", "Sac à dos de randonnée 30 L, vert sauge")
    case("fr-sac-livraison-offerte", "reject", ["review.incentive"],
         "« Laissez un avis et la livraison de votre prochaine commande est offerte » : avantage futur contre un "
         "avis (promotion, type.marketing toléré).", tolerated=MKT,
         to=b, frm="Altitude Douce <bonjour@altitude-douce.fr>", day=9, fmt="alt",
         subject=f"Votre sac à dos, commande {o}", text=f"""Bonjour,

Merci pour votre commande {o}. Pensez à régler les sangles de poitrine avant votre
première sortie : elles doivent passer juste sous les clavicules.

Laissez-nous un avis sur Amazon et la livraison de votre prochaine commande chez nous
vous sera offerte.

À bientôt,
Altitude Douce""")

    o, b = order("fr-lampe", "fr", "Lampe de chevet en lin, abat-jour écru")
    case("fr-lampe-filtrage-deux-phrases", "reject", ["review.conditional"],
         "Filtrage réparti sur deux phrases : « Un souci, même minime ? Écrivez-nous avant de publier quoi que ce "
         "soit. » puis « Et si vous l'adorez, un petit avis… ».", tolerated=INC,
         to=b, frm=frm, day=10, enc=B64,
         subject=f"Votre lampe de chevet (commande {o})", text=f"""Bonjour,

Votre lampe (commande {o}) accepte les ampoules E14 jusqu'à 25 W ; une ampoule
blanc chaud rend le mieux à travers le lin.

Un souci, même minime ? Écrivez-nous avant de publier quoi que ce soit.

Et si vous l'adorez, un petit avis sur Amazon nous ferait chaud au cœur.

Claire, Maison Cérès""")

    o, b = order("fr-aspirateur", "fr", "Aspirateur balai sans fil 25,2 V")
    case("fr-aspirateur-mettre-a-jour-avis", "reject", ["review.removal-request"],
         "Réponse après l'envoi d'une batterie neuve : « pourriez-vous mettre votre avis à jour ? » : demande de "
         "modifier un avis existant.", tolerated=INC,
         to=b, frm="Nettoyage Pro <sav@nettoyage-pro.fr>", day=12,
         reply="La batterie ne tient que 5 minutes, j'ai mis 2 étoiles.",
         subject=f"RE: Batterie défectueuse (commande {o})", text=f"""Bonjour,

Une batterie neuve pour votre aspirateur (commande {o}) est partie ce matin par
Colissimo ; elle devrait arriver jeudi. Gardez l'ancienne, nous vous enverrons une
étiquette pour la recycler.

Une fois la nouvelle batterie installée, pourriez-vous mettre votre avis à jour ?

Cordialement,
Service client Nettoyage Pro""")

    f2 = "Linge de Provence <atelier@linge-provence.fr>"
    o, b = order("fr-nappe", "fr", "Nappe enduite 150 x 250 cm, motif olivier")
    case("fr-nappe-evaluation-vendeur", "relay", [],
         "Demande d'évaluation du vendeur, neutre : première demande pour cette commande.",
         to=b, frm=f2, day=6, enc=W1252, fmt="html", lang="fr",
         subject=f"Votre nappe (commande {o})", text=f"""Bonjour,

Votre nappe enduite de la commande {o} se nettoie d'un coup d'éponge humide ; évitez
simplement le sèche-linge.

Si vous avez un instant, votre évaluation de notre boutique sur Amazon nous aiderait.

Bien à vous,
L'atelier Linge de Provence""")

    case("fr-nappe-avis-produit-ensuite", "reject", ["review.repeat"],
         "Après une demande d'évaluation vendeur relayée, une demande d'avis produit pour la même commande : "
         "deuxième demande.",
         to=b, frm=f2, day=13, enc=W1252, fmt="html", lang="fr", after=("fr-nappe-evaluation-vendeur",),
         subject=f"Et votre nappe, qu'en pensez-vous ? (commande {o})", text=f"""Bonjour,

Maintenant que la nappe de la commande {o} a passé quelques repas sur votre table,
accepteriez-vous de laisser un commentaire sur la fiche du produit ?

Bien à vous,
L'atelier Linge de Provence""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    frm = "Cerámica Albar <hola@ceramica-albar.es>"
    o, b = order("es-vajilla", "es", "Vajilla de gres 18 piezas, arena")
    case("es-vajilla-neutra", "relay", [],
         "Consejo de uso y una petición de reseña sin condiciones: permitido, primera petición.",
         to=b, frm=frm, day=6, enc=L1,
         subject=f"Su vajilla (pedido {o})", text=f"""Hola:

Su vajilla del pedido {o} es apta para lavavajillas y microondas; solo le
recomendamos no pasarla directamente del congelador al horno.

Cuando lleve unos días usándola, le agradeceríamos que dejara su opinión en Amazon,
sea cual sea.

Un saludo,
Lucía, Cerámica Albar""")

    o2 = same_buyer("es-vajilla-2", "es-vajilla", "es", "Juego de 6 cuencos de gres, arena")
    case("es-cuencos-segundo-pedido", "relay", [],
         "Mismo comprador, otro pedido (los cuencos): primera petición de reseña para ese pedido, no es una "
         "repetición.",
         to=b, frm=frm, day=12, enc=L1, after=("es-vajilla-neutra",),
         subject=f"Sus cuencos (pedido {o2})", text=f"""Hola:

Los cuencos de su pedido {o2} son del mismo lote de esmalte que la vajilla, así que
el tono coincide.

Si le apetece, puede dejar una reseña de los cuencos en su página de Amazon.

Un saludo,
Lucía, Cerámica Albar""")

    o, b = order("es-bici", "es", "Bicicleta estática plegable con pulsómetro")
    case("es-bici-sorteo", "reject", ["review.incentive"],
         "Participación en un sorteo de 200 EUR por dejar una reseña: premio a cambio de la opinión (el sorteo es "
         "también promocional, type.marketing tolerado).", tolerated=MKT,
         to=b, frm="Fitcasa <atencion@fitcasa.es>", day=9, fmt="alt", enc=B64,
         subject=f"Su bicicleta estática, pedido {o}", text=f"""Hola:

Gracias por su pedido {o}. Antes de la primera sesión, compruebe que las dos
ruedecillas traseras están bloqueadas.

Todas las personas que publiquen su reseña en Amazon antes del 30 de junio entran en
el sorteo de 200 EUR que hacemos cada mes.

Saludos cordiales,
Fitcasa""")

    o, b = order("es-cafetera", "es", "Cafetera superautomática con espumador")
    case("es-cafetera-garantia-ampliada", "reject", ["review.incentive"],
         "'Tras publicar su valoración le ampliamos la garantía un año más': beneficio futuro a cambio de la "
         "reseña.",
         to=b, frm="Barista Hogar <soporte@baristahogar.es>", day=10,
         subject=f"Garantía de su cafetera (pedido {o})", text=f"""Estimado cliente:

Su cafetera del pedido {o} tiene dos años de garantía legal. Le recordamos
descalcificarla cada 300 cafés con el programa de limpieza.

Además, tras publicar su valoración en Amazon le ampliamos la garantía un año más sin
coste. Solo tiene que indicarnos el nombre con el que la ha publicado.

Atentamente,
Barista Hogar""")

    o, b = order("es-auriculares", "es", "Auriculares inalámbricos con cancelación de ruido")
    case("es-auriculares-como-editar", "relay", [],
         "Respuesta a un comprador que pregunta cómo modificar su propia reseña: se explican los pasos de Amazon "
         "sin pedir ningún cambio.",
         to=b, frm="Sonora Audio <clientes@sonora-audio.es>", day=11, enc=W1252,
         reply="Hola, quiero corregir la reseña que escribí, ¿cómo se hace?",
         subject=f"RE: Modificar reseña (pedido {o})", text=f"""Hola:

Nosotros no tenemos acceso a las reseñas, pero usted puede editarla así: entre en Mis
pedidos, busque el pedido {o}, pulse "Escribir una opinión del producto" y se
abrirá la que ya publicó; cambie lo que desee y pulse "Enviar".

Lo que escriba depende solo de usted.

Un saludo,
Sonora Audio""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    frm = "Bottega Ardesia <info@bottega-ardesia.it>"
    o, b = order("it-tagliere", "it", "Tagliere in legno d'ulivo 40 cm")
    case("it-tagliere-neutra", "relay", [],
         "Consiglio di manutenzione e una richiesta di recensione senza condizioni: consentito, prima richiesta.",
         to=b, frm=frm, day=6, enc=L15,
         subject=f"Il suo tagliere (ordine {o})", text=f"""Buongiorno,

il tagliere dell'ordine {o} va lavato a mano e ogni tanto nutrito con un velo di
olio di vaselina, così il legno non si secca.

Quando lo avrà usato un po', ci farebbe piacere leggere la sua recensione su Amazon,
qualunque essa sia.

Cordiali saluti,
Bottega Ardesia""")

    case("it-tagliere-promemoria", "reject", ["review.repeat"],
         "Promemoria per la recensione dello stesso ordine dopo la prima richiesta inoltrata.",
         to=b, frm=frm, day=14, enc=L15, after=("it-tagliere-neutra",),
         subject=f"Un piccolo promemoria (ordine {o})", text=f"""Buongiorno,

le scriviamo di nuovo solo per ricordarle che, se ne ha voglia, può ancora lasciare
una recensione del tagliere dell'ordine {o}.

Cordiali saluti,
Bottega Ardesia""")

    o, b = order("it-zaino", "it", "Zaino porta PC 15,6 pollici impermeabile")
    case("it-zaino-rimborso-spedizione", "reject", ["review.incentive"],
         "'Appena la recensione è online le rimborsiamo le spese di spedizione': rimborso in cambio della "
         "recensione.",
         to=b, frm="Viaggio Leggero <servizio@viaggioleggero.it>", day=9, fmt="alt",
         subject=f"Il suo zaino, ordine {o}", text=f"""Ciao,

grazie per l'ordine {o}. La tasca imbottita interna regge portatili fino a 15,6
pollici; la cinghia trolley sul retro si aggancia alla valigia.

Appena la tua recensione è online ti rimborsiamo le spese di spedizione: basta
rispondere a questo messaggio.

A presto,
Viaggio Leggero""")

    o, b = order("it-friggitrice", "it", "Friggitrice ad aria 5,5 l digitale")
    case("it-friggitrice-da-3-a-5", "reject", ["review.removal-request", "review.incentive"],
         "Risposta dopo la sostituzione: 'potrebbe portare le 3 stelle a 5?': modifica di una recensione "
         "esistente e spinta verso il massimo.",
         to=b, frm="Cucina Smart <assistenza@cucinasmart.it>", day=12, enc=B64,
         reply="Il cestello si è scrostato dopo una settimana, per questo ho dato 3 stelle.",
         subject=f"R: Cestello rovinato (ordine {o})", text=f"""Gentile cliente,

le abbiamo spedito oggi un cestello nuovo per la friggitrice dell'ordine {o}, con il
rivestimento ceramico della nuova serie.

Ora che il problema è risolto, potrebbe portare le 3 stelle della sua recensione a 5?
Per un piccolo negozio fa una grande differenza.

Cordiali saluti,
Cucina Smart""")

    o, b = order("it-lenzuola", "it", "Completo lenzuola in lino matrimoniale, salvia")
    case("it-lenzuola-nulla-in-cambio", "relay", [],
         "Richiesta di recensione con la precisazione che non si può offrire nulla in cambio: nessun incentivo.",
         to=b, frm="Casa Linaria <ciao@casalinaria.it>", day=10, crlf=True,
         subject=f"Le sue lenzuola (ordine {o})", text=f"""Buongiorno,

il lino dell'ordine {o} diventa più morbido lavaggio dopo lavaggio; lo lavi a 40 gradi
e lo stenda ancora umido per stirarlo meno.

Se vuole raccontare la sua esperienza, può lasciare una recensione su Amazon. Non
possiamo offrirle nulla in cambio, e va bene così: conta solo la sua opinione sincera.

Un caro saluto,
Casa Linaria""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    frm = "木工房こだま <shop@kodama-mokko.jp>"
    o, b = order("ja-bento", "ja", "曲げわっぱ弁当箱 一段 600ml")
    case("ja-bento-neutral", "relay", [],
         "お手入れの案内と、条件のない率直なレビュー依頼：許可される最初の依頼。",
         to=b, frm=frm, day=6, enc=JIS,
         subject=f"曲げわっぱのお手入れについて（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の曲げわっぱはお手元に届きましたでしょうか。
ご使用後はぬるま湯で洗い、よく乾かしてからしまってください。

しばらくお使いいただいた後、率直なご感想をAmazonのレビューに
お寄せいただけましたら幸いです。

木工房こだま""")

    case("ja-bento-saido", "reject", ["review.repeat"],
         "最初の依頼が送信された後、同じ注文について改めてレビューをお願いする再依頼。",
         to=b, frm=frm, day=13, enc=JIS, after=("ja-bento-neutral",),
         subject=f"再度のお願い（注文番号 {o}）", text=f"""お客様

先日もご連絡いたしましたが、ご注文番号 {o} の弁当箱について、
まだでしたらレビューをお寄せいただけますと大変うれしく存じます。

木工房こだま""")

    o, b = order("ja-kettle", "ja", "電気ケトル 0.8L 温度調節機能付き")
    case("ja-kettle-500en-cashback", "reject", ["review.incentive"],
         "「レビュー掲載後に500円をキャッシュバック」：金銭と引き換えのレビュー依頼。",
         to=b, frm="くらし家電ミナト <info@kurashi-minato.jp>", day=9, enc=SJIS,
         subject=f"電気ケトルのご案内（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の電気ケトルをお買い上げいただき、ありがとうございます。
初回は一度お湯を沸かして捨ててからお使いください。

レビューを投稿していただいた方には、掲載確認後に500円をキャッシュバック
いたします。投稿後にこのメッセージへご返信ください。

くらし家電ミナト""")

    o, b = order("ja-makura", "ja", "低反発まくら 高さ調整シート付き")
    case("ja-makura-bunkatsu", "reject", ["review.conditional"],
         "二文に分かれた選別：「ご不満な点があれば投稿の前にご連絡を」と「気に入っていただけましたらレビューを」。",
         tolerated=INC,
         to=b, frm="ねむり工房 <support@nemuri-koubou.jp>", day=10, fmt="alt",
         subject=f"まくらの高さ調整について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のまくらは、付属のシートを抜き差しして高さを調整できます。

何かご不満な点がございましたら、投稿の前にまずは当店へご連絡ください。

気に入っていただけましたら、レビューをいただけると大変励みになります。

ねむり工房""")

    o, b = order("ja-mouse", "ja", "ワイヤレスマウス 静音 ブラック")
    case("ja-mouse-review-koushin", "reject", ["review.removal-request"],
         "交換品発送の返信で「レビューを更新していただけないでしょうか」：既存レビューの変更依頼。", tolerated=INC,
         to=b, frm="PCサプライ青葉 <support@aoba-supply.jp>", day=12, enc=JIS,
         reply="ホイールが反応しません。レビューにも書きました。",
         subject=f"Re: ホイール不良（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のマウスにつきまして、本日交換品を発送いたしました。
ご迷惑をおかけし申し訳ございません。

交換品で問題が解消しましたら、先日のレビューを更新していただけないでしょうか。

PCサプライ青葉""")


# --------------------------------------------------------------------------------------------
# Dutch (amazon.nl)
# --------------------------------------------------------------------------------------------

def cases_nl() -> None:
    frm = "Polderhuis Wonen <klantenservice@polderhuis-wonen.nl>"
    o, b = order("nl-plaid", "nl", "Wollen plaid 140 x 200 cm, okergeel")
    case("nl-plaid-neutraal", "relay", [],
         "Wasadvies en een neutraal verzoek om een eerlijke review: toegestaan.",
         to=b, frm=frm, day=7, enc=L1,
         subject=f"Uw plaid (bestelling {o})", text=f"""Goedendag,

Uw plaid uit bestelling {o} kunt u het beste luchten in plaats van wassen; vlekjes
haalt u weg met een vochtige doek en een beetje wolzeep.

Als u er even voor heeft, stellen we een eerlijke review op Amazon erg op prijs.

Met vriendelijke groet,
Polderhuis Wonen""")

    o, b = order("nl-fiets", "nl", "Fietsdrager voor trekhaak, 2 fietsen")
    case("nl-fiets-gratis-onderdelen", "reject", ["review.incentive"],
         "Gratis reserveonderdelen (spanbanden en sleutels) voor wie een review plaatst: gratis product in ruil "
         "voor een review.",
         to=b, frm="Trekhaakwinkel <info@trekhaakwinkel.nl>", day=9, fmt="alt",
         subject=f"Uw fietsdrager, bestelling {o}", text=f"""Hallo,

Bedankt voor uw bestelling {o}. Controleer na de eerste rit van 50 km even of de
klemmen van de fietsdrager nog goed vastzitten.

Plaatst u een review op Amazon? Dan sturen we u gratis een set reserve-spanbanden en
twee extra sleutels voor het slot.

Groeten,
Trekhaakwinkel""")

    o, b = order("nl-waterkoker", "nl", "Waterkoker RVS 1,7 l")
    case("nl-waterkoker-review-aanpassen", "reject", ["review.removal-request"],
         "Antwoord na een terugbetaling: 'zou u uw review willen aanpassen?': verzoek om een bestaande review te "
         "wijzigen.", tolerated=INC,
         to=b, frm=frm, day=12, enc=B64,
         reply="De waterkoker lekt bij de naad. Ik heb een slechte review geschreven.",
         subject=f"Re: Lekkende waterkoker (bestelling {o})", text=f"""Goedendag,

Het spijt ons dat de waterkoker uit bestelling {o} lekt. We hebben het volledige
bedrag vandaag teruggestort; terugsturen is niet nodig.

Nu dit is opgelost, zou u uw review willen aanpassen?

Met vriendelijke groet,
Polderhuis Wonen""")

    o, b = order("nl-lamp", "nl", "Hanglamp rotan 45 cm")
    case("nl-lamp-verdeelde-selectie", "reject", ["review.conditional"],
         "Reviewselectie over twee zinnen: 'Iets niet naar wens? Laat het ons weten voordat u iets plaatst.' en "
         "'Bent u er blij mee, dan ... een review'.", tolerated=INC,
         to=b, frm="Rotanhuis <hallo@rotanhuis.nl>", day=10, crlf=True,
         subject=f"Uw hanglamp (bestelling {o})", text=f"""Hallo,

De hanglamp uit bestelling {o} werkt met een E27-lamp tot 40 watt; een warmwitte
led-lamp geeft het mooiste lichtpatroon.

Iets niet naar wens? Laat het ons weten voordat u iets online zet.

Bent u er blij mee, dan zouden we een review op Amazon heel fijn vinden.

Groetjes,
Rotanhuis""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    frm = "Sklep Dębowy Dom <kontakt@debowydom.pl>"
    o, b = order("pl-deska", "pl", "Deska do krojenia dębowa 45 x 30 cm")
    case("pl-deska-neutralna", "relay", [],
         "Porada pielęgnacyjna i neutralna prośba o szczerą opinię: dozwolone, pierwsza prośba.",
         to=b, frm=frm, day=6, enc=L2,
         subject=f"Pańska deska (zamówienie {o})", text=f"""Dzień dobry,

deskę z zamówienia {o} warto raz w miesiącu natłuścić olejem do drewna; prosimy
nie myć jej w zmywarce.

Gdy już trochę jej Pan poużywa, będziemy wdzięczni za szczerą opinię na Amazonie,
niezależnie od tego, jaka będzie.

Pozdrawiamy serdecznie,
Dębowy Dom""")

    case("pl-deska-przypomnienie", "reject", ["review.repeat"],
         "Przypomnienie o opinii dla tego samego zamówienia po przekazanej pierwszej prośbie.",
         to=b, frm=frm, day=13, enc=L2, after=("pl-deska-neutralna",),
         subject=f"Przypomnienie (zamówienie {o})", text=f"""Dzień dobry,

pozwalamy sobie przypomnieć o naszej prośbie: jeśli znajdzie Pan chwilę, opinia o
desce z zamówienia {o} bardzo by nam pomogła.

Pozdrawiamy,
Dębowy Dom""")

    o, b = order("pl-czajnik", "pl", "Czajnik elektryczny szklany 1,7 l z podświetleniem")
    case("pl-czajnik-darmowa-dostawa", "reject", ["review.incentive"],
         "'Za wystawienie opinii następna dostawa gratis': przyszła korzyść w zamian za opinię (to też promocja, "
         "type.marketing tolerowany).", tolerated=MKT,
         to=b, frm="AGD Wisła <sklep@agd-wisla.pl>", day=9, fmt="alt",
         subject=f"Twój czajnik, zamówienie {o}", text=f"""Cześć,

dzięki za zamówienie {o}. Przed pierwszym użyciem zagotuj wodę dwa razy i wylej ją.

Za wystawienie opinii na Amazonie następną dostawę od nas masz gratis: wystarczy, że
odpiszesz na tę wiadomość, gdy opinia się pojawi.

Pozdrawiamy,
AGD Wisła""")

    o, b = order("pl-krzeslo", "pl", "Krzesło biurowe ergonomiczne z zagłówkiem")
    case("pl-krzeslo-zmiana-gwiazdek", "reject", ["review.removal-request", "review.incentive"],
         "Odpowiedź po wysłaniu nowego siłownika: 'czy mógłby Pan zmienić 3 gwiazdki na 5?': zmiana istniejącej "
         "opinii i nacisk na najwyższą ocenę.",
         to=b, frm="Biuro Plus <serwis@biuroplus.pl>", day=12, enc=B64,
         reply="Krzesło samo się obniża. Dałem 3 gwiazdki.",
         subject=f"Re: Krzesło się obniża (zamówienie {o})", text=f"""Dzień dobry,

nowy siłownik do krzesła z zamówienia {o} wysłaliśmy dziś kurierem razem z
instrukcją wymiany.

Gdy krzesło będzie już działać jak należy, czy mógłby Pan zmienić 3 gwiazdki na 5?

Z poważaniem,
Biuro Plus""")


# --------------------------------------------------------------------------------------------
# Swedish (amazon.se)
# --------------------------------------------------------------------------------------------

def cases_sv() -> None:
    frm = "Skogsbo Design <hej@skogsbo-design.se>"
    o, b = order("sv-pall", "sv", "Pall i ek, 45 cm")
    case("sv-pall-neutral", "relay", [],
         "Skötselråd och en neutral begäran om en ärlig recension: tillåtet.",
         to=b, frm=frm, day=7, enc=L1,
         subject=f"Din pall (order {o})", text=f"""Hej,

Pallen från order {o} är behandlad med hårdvaxolja; torka av den med en lätt fuktig
trasa och olja in den igen om ett år.

När du har använt den ett tag blir vi glada för en ärlig recension på Amazon, oavsett
vad du tycker.

Vänliga hälsningar,
Skogsbo Design""")

    o, b = order("sv-jacka", "sv", "Regnjacka unisex, marinblå, stl M")
    case("sv-jacka-50-kronor", "reject", ["review.incentive"],
         "'Vi swishar 50 kr till dig när ditt omdöme är publicerat': pengar i utbyte mot en recension.",
         to=b, frm="Regnväder AB <kundtjanst@regnvader.se>", day=9, fmt="alt",
         subject=f"Din regnjacka, order {o}", text=f"""Hej!

Tack för din order {o}. Tvätta jackan i 30 grader utan sköljmedel så håller
membranet tätt längre.

Skriv ett omdöme om jackan på Amazon, så swishar vi 50 kr till dig när det är
publicerat.

Hälsningar,
Regnväder AB""")

    o, b = order("sv-kanna", "sv", "Kaffekanna i glas 1 l med presskolv")
    case("sv-kanna-uppdelad-styrning", "reject", ["review.conditional"],
         "Styrning över två meningar: 'Något som inte känns rätt? Kontakta oss innan du skriver något.' och 'Gillar "
         "du den, blir vi jätteglada för en recension'.", tolerated=INC,
         to=b, frm=frm, day=10, crlf=True, enc=B64,
         subject=f"Din kaffekanna (order {o})", text=f"""Hej,

Kaffekannan från order {o} tål diskmaskin, men presskolvens filter håller längre om
du sköljer det för hand.

Något som inte känns rätt? Kontakta oss innan du skriver något.

Gillar du den blir vi jätteglada för en recension på Amazon.

Skogsbo Design""")


# --------------------------------------------------------------------------------------------
# Turkish (amazon.com.tr)
# --------------------------------------------------------------------------------------------

def cases_tr() -> None:
    frm = "Ege Tekstil <destek@egetekstil.com.tr>"
    o, b = order("tr-havlu", "tr", "Pamuklu banyo havlusu seti, 4 parça")
    case("tr-havlu-notr", "relay", [],
         "Yıkama önerisi ve koşulsuz, tarafsız bir değerlendirme ricası: izin verilir.",
         to=b, frm=frm, day=7, enc=L9,
         subject=f"Havlularınız hakkında (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki havluları ilk kullanımdan önce yumuşatıcı
kullanmadan bir kez yıkamanızı öneririz; böylece emicilikleri artar.

Bir süre kullandıktan sonra Amazon'da dürüst bir değerlendirme yazarsanız çok
seviniriz, izleniminiz nasıl olursa olsun.

Saygılarımızla,
Ege Tekstil""")

    o, b = order("tr-termos", "tr", "Çelik termos 750 ml")
    case("tr-termos-50-tl-iade", "reject", ["review.incentive"],
         "'Yorumunuz yayınlandıktan sonra 50 TL iade ediyoruz': yorum karşılığında para.",
         to=b, frm="Kamp Dükkanı <bilgi@kampdukkani.com.tr>", day=9, fmt="alt",
         subject=f"Termosunuz, sipariş {o}", text=f"""Merhaba,

{o} numaralı siparişiniz için teşekkürler. Termosu ilk kullanımdan önce sıcak suyla
çalkalayın.

Amazon'da ürün hakkında yorum yaparsanız, yorumunuz yayınlandıktan sonra size 50 TL
iade ediyoruz.

Sevgiler,
Kamp Dükkanı""")

    o, b = order("tr-supurge", "tr", "Şarjlı dikey süpürge 22 V")
    case("tr-supurge-3-yildiz-5", "reject", ["review.removal-request", "review.incentive"],
         "Yeni batarya gönderildikten sonra yanıt: '3 yıldızınızı 5'e çıkarabilir misiniz?': mevcut yorumu "
         "değiştirme ve en yüksek puana yönlendirme.",
         to=b, frm="Temiz Ev Elektrik <servis@temizev.com.tr>", day=12, enc=L9,
         reply="Batarya 5 dakikada bitiyor, bu yüzden 3 yıldız verdim.",
         subject=f"Ynt: Batarya sorunu (sipariş {o})", text=f"""Merhaba,

{o} numaralı siparişinizdeki süpürge için yeni bataryayı bugün kargoya verdik.

Sorun çözüldükten sonra 3 yıldızınızı 5'e çıkarabilir misiniz? Bizim için çok önemli.

Saygılarımızla,
Temiz Ev Elektrik""")


# --------------------------------------------------------------------------------------------
# Portuguese (amazon.com.br)
# --------------------------------------------------------------------------------------------

def cases_pt() -> None:
    frm = "Casa Jacarandá <atendimento@casajacaranda.com.br>"
    o, b = order("pt-panela", "pt", "Panela de pressão 6 L, inox")
    case("pt-panela-neutra", "relay", [],
         "Dica de uso e pedido neutro de avaliação sincera: permitido, primeiro pedido.",
         to=b, frm=frm, day=6, enc=L1,
         subject=f"Sua panela de pressão (pedido {o})", text=f"""Olá,

A panela do pedido {o} tem uma válvula de segurança que deve ser limpa a cada uso;
basta retirar o pino e enxaguar.

Quando puder, ficaremos gratos por uma avaliação sincera na Amazon, seja ela qual for.

Abraços,
Casa Jacarandá""")

    o, b = order("pt-fone", "pt", "Fone de ouvido Bluetooth esportivo")
    case("pt-fone-acesso-antecipado", "reject", ["review.incentive"],
         "'Deixe sua avaliação e ganhe acesso antecipado aos lançamentos': benefício futuro por uma avaliação "
         "(também promocional, type.marketing tolerado).", tolerated=MKT,
         to=b, frm="Pulso Áudio <contato@pulsoaudio.com.br>", day=9, fmt="alt", enc=B64,
         subject=f"Seu fone, pedido {o}", text=f"""Oi!

Valeu pelo pedido {o}. Para parear de novo, segure o botão do meio por 6 segundos
até a luz piscar em azul e vermelho.

Deixe sua avaliação na Amazon e ganhe acesso antecipado aos nossos próximos
lançamentos, uma semana antes de todo mundo.

Abraço,
Pulso Áudio""")

    o, b = order("pt-liquidificador", "pt", "Liquidificador 1200 W com jarra de vidro")
    case("pt-liquidificador-reembolso-independente", "relay", [],
         "Resposta que reembolsa uma jarra trincada e diz que o reembolso não depende de avaliação: nenhum pedido "
         "de avaliação nem vínculo com ela.",
         to=b, frm=frm, day=12, enc=W1252,
         reply="A jarra chegou trincada, quero o reembolso.",
         subject=f"Re: Jarra trincada (pedido {o})", text=f"""Olá,

Sentimos muito pela jarra trincada. Fizemos hoje o reembolso integral do pedido {o};
não precisa devolver nada.

O reembolso não tem nenhuma relação com avaliações: avaliar ou não o produto, e o que
escrever, é decisão só sua.

Abraços,
Casa Jacarandá""")

    f2 = "Ateliê Mandacaru <loja@ateliemandacaru.com.br>"
    o, b = order("pt-cesto", "pt", "Cesto organizador de palha, kit com 3")
    case("pt-cesto-avaliacao-vendedor", "relay", [],
         "Pedido neutro de avaliação do vendedor: primeiro pedido para este pedido.",
         to=b, frm=f2, day=6,
         subject=f"Seus cestos (pedido {o})", text=f"""Olá,

Os cestos do pedido {o} são trançados à mão; se amassarem no transporte, borrife um
pouco de água e deixe secar na forma.

Se puder, avalie a nossa loja como vendedor na Amazon; isso nos ajuda bastante.

Um abraço,
Ateliê Mandacaru""")

    case("pt-cesto-avaliacao-produto-depois", "reject", ["review.repeat"],
         "Depois do pedido de avaliação do vendedor já enviado, um pedido de avaliação do produto para o mesmo "
         "pedido: segundo pedido.",
         to=b, frm=f2, day=14, after=("pt-cesto-avaliacao-vendedor",),
         subject=f"E os cestos, o que achou? (pedido {o})", text=f"""Olá,

Agora que os cestos do pedido {o} já estão em uso, você poderia deixar um comentário
na página do produto na Amazon?

Um abraço,
Ateliê Mandacaru""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_nl,
                                    cases_pl, cases_sv, cases_tr, cases_pt))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="sixtyfourth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
