#!/usr/bin/env python3
"""Build the forty-second labelled corpus: orders.csv, cases/*.eml and labels.json.

    .venv/bin/python tests/corpus_fortysecond/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines ("Problem with order messages", "Return-related messages") and RULES.md, not from the rule data.
Seven languages (en, de, fr, es, it, ja, pl), about seven cases each, on the three purpose rules
order-problem.cancellation-request, order-problem.no-adjustment and return.unnecessary: compliant near-misses
(stock-out refunded in full with the reason, delay with a new date and the buyer's choice, return questions that
ask for needed information, partial-refund offers, a buyer's own cancellation confirmed) and violations in
native, indirect wordings.
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
    make_pdf,
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

_rnd = random.Random(42_2026_1127)
_PREFIX = {"co.uk": "20", "de": "30", "fr": "40", "es": "40", "it": "40", "co.jp": "25", "pl": "40"}
_TLD = {"en": "co.uk", "de": "de", "fr": "fr", "es": "es", "it": "it", "ja": "co.jp", "pl": "pl"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-05-28T07:30:00Z", shipped="2026-05-29T14:00:00Z",
                 delivered="2026-06-02T10:15:00Z")
ORDERS = BOOK.rows
order = BOOK.add
# out of stock / delayed: bought a few days ago, never shipped
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-10T18:20:00Z"}
JIS = {"charset": "iso-2022-jp", "cte": "7bit"}
SJIS = {"charset": "shift_jis", "cte": "base64"}
EUC = {"charset": "euc-jp", "cte": "base64"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}
L15 = {"charset": "iso-8859-15", "cte": "quoted-printable"}
L2 = {"charset": "iso-8859-2", "cte": "quoted-printable"}
CANCEL = "order-problem.cancellation-request"
NOADJ = "order-problem.no-adjustment"
RET = "return.unnecessary"
CONF = "type.order-confirmation"

TARGET = ["language.mismatch", "type.order-confirmation", "type.thank-you-only", "type.marketing",
          "review.incentive", "review.removal-request", "review.conditional",
          CANCEL, NOADJ, RET, "content.sensitive", "content.phone-number", "content.email-address",
          "link.opt-out", "link.external"]
OTHER = ["order-id.missing", "order-id.unknown", "order-id.buyer-mismatch", "window.expired", "style.emoji",
         "style.line-breaks", "link.insecure", "attachment.not-allowed"]


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 13, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
         fmt: str = "text", lang: str = "en", crlf: bool = False, attach: tuple = ()) -> None:
    """One case. fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every target rule
    not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the message answers
    a buyer (In-Reply-To/References)."""
    hdrs = reply_headers(f"0100019c.f42.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*TARGET, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") in ("iso-8859-15", "iso-8859-2"):
        body = body.replace("\u2013", "-")  # no en dash in Latin-9 / Latin-2
    if fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = page(text2html(body), lang)
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, "11:07:42", "+0100"), f"<f42.{slug}@{dom}>", headers=hdrs,
             attach=attach, **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, crlf=crlf)


# --------------------------------------------------------------------------------------------
# English (amazon.co.uk)
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = order("en-oos-ok", "en", "A5 dot-grid notebook, sage cloth bound, pack of 3", **OOS)
    case("en-notebooks-refunded", "relay", [],
         "Cannot ship: says why (the last carton failed inspection, supplier has none) and confirms the whole "
         "order amount was refunded under 'no inventory'; nothing is asked of the buyer.",
         to=b, frm="Fenwick & Rowe Stationers <orders@fenwickrowe.co.uk>", day=12,
         subject=f"Your notebooks, order {o}", text=f"""Dear customer,

I'm sorry to say we can't send the sage notebooks from order {o}. The
last carton we had failed our binding inspection, and the bindery has none
left this season.

We have refunded the whole order, GBP 24.50, this morning, with "no
inventory" as the reason on the adjustment. Depending on your bank it shows
within two to five working days. There is nothing you need to do.

Apologies for the disappointment.

Clare Fenwick
Fenwick & Rowe Stationers""")

    o, b = order("en-ret-serial", "en", "Bluetooth turntable BT-40, walnut finish")
    case("en-turntable-serial-needed", "relay", [],
         "Return follow-up that asks for the serial number and a short clip of the fault, needed to book the "
         "right collection: information required to complete the return. A PDF return form is attached.",
         to=b, frm="Brackenridge Audio <returns@brackenridge-audio.co.uk>", fmt="alt", crlf=True,
         subject=f"Return of your turntable (order {o})",
         attach=((make_pdf("Return form", ["Return form", f"Order {o}", "Brackenridge Audio",
                                           "Serial number: ____________", "Fault seen: ____________"],
                           producer="Brackenridge forms 2.1"), "application", "pdf", "return-form.pdf"),),
         text=f"""Hello,

You have opened a return for the turntable from order {o}, with the
note that the platter runs slow.

Before we can book the courier we need two things from you:

1. the serial number from the silver sticker under the plinth (it starts
   with BT40-), so we can tell which motor batch it is from;
2. a short video or a photo of the speed selector while a record plays.

You can reply to this message with both, or fill in the attached form.
As soon as we have them, the collection label follows.

Kind regards,
Owen Lacey
Brackenridge Audio""")

    o, b = order("en-buyer-cancel", "en", "Merino base layer top, men's M, charcoal", **OOS)
    case("en-cancelled-as-asked", "relay", [],
         "Answers the buyer's own cancellation request: it is done and the full amount refunded; the seller asks "
         "nothing, so it is no cancellation request.",
         to=b, frm="Hollin Fell Outdoor <help@hollinfell.co.uk>", day=11,
         reply="Hi, please can you cancel this? I picked the wrong size. Thanks, Dan",
         subject=f"Re: Cancel order {o}", text=f"""Hi Dan,

No problem at all. Order {o} is now cancelled and the full
GBP 38.00 has gone back to your card; it usually lands in three to five days.

Best wishes,
Hollin Fell Outdoor""")

    o, b = order("en-cancel-ask", "en", "Linen tea towels, set of 4, indigo", **OOS)
    case("en-tea-towels-cancel-yourself", "reject", [CANCEL, NOADJ],
         "Out of stock, and the buyer is asked to press 'Cancel items' themselves 'so the system processes it "
         "straight away'; no adjustment or refund is confirmed.",
         to=b, frm="Quill & Anchor Home <shop@quillanchorhome.co.uk>", fmt="html",
         subject=f"About your tea towels - order {o}", text=f"""Hello,

Unfortunately our warehouse has run dry of the indigo tea towels you
ordered (order {o}), and the weaver can't say when the next roll will
be ready.

The quickest route is for you to use "Cancel items" under Your Orders:
that way the system processes it straight away, rather than waiting in our
queue for a couple of days.

Thanks for understanding,
Quill & Anchor Home""")

    o, b = order("en-oos-asap", "en", "Cast brass door knocker, lion head", **OOS)
    case("en-knocker-refund-soon", "quarantine", [NOADJ],
         "Cannot ship (the foundry lost the mould) with an apology and a promise to 'get your money back to you "
         "as quickly as we can': no confirmation the order amount was adjusted.",
         to=b, frm="Ironmonger's Yard <sales@ironmongersyard.co.uk>", enc=B64,
         subject=f"Order {o} - lion head knocker", text=f"""Dear customer,

We're very sorry, but the lion head knocker from order {o}
won't be leaving us after all. The foundry that casts them for us has
lost the mould and is not taking new orders.

We'll sort out getting your money back to you as quickly as we can.
Once again, our apologies for the let-down.

Ironmonger's Yard""")

    o, b = order("en-ret-dissuade", "en", "Digital air fryer 5.5 L, dual zone")
    case("en-air-fryer-give-it-a-week", "quarantine", [RET],
         "Proactive message about a return the buyer opened that only argues for keeping the product ('give it "
         "another week'); it asks for nothing and offers no partial refund.",
         to=b, frm="Kitchen Lane Direct <care@kitchenlanedirect.co.uk>", fmt="alt",
         subject=f"Your return request - order {o}", text=f"""Hello,

We've seen the return request for the air fryer on order {o}.

Most people find the first few cooks a bit hit and miss while they get used
to the dual zones. In our experience it really clicks after a week or so,
and by then nobody wants to go back to the oven.

We'd honestly hate for you to send it back without giving it a fair run.

All the best,
Kitchen Lane Direct""")

    o, b = order("en-ret-received", "en", "Ceramic pour-over coffee set, matt black")
    case("en-pour-over-return-arrived", "quarantine", [RET],
         "'Your parcel has arrived back with us; refunds are made under our returns policy within 14 days': "
         "neither asks for information nor offers a partial refund.",
         to=b, frm="Brewhouse Supply Co <returns@brewhousesupply.co.uk>", crlf=True, tolerated=(CONF,),
         subject=f"Return update for order {o}", text=f"""Hello,

Just to let you know that your parcel for order {o} has arrived
back with us and is waiting to be checked by our goods-in team.

As set out in our returns policy, items are checked on arrival and refunds
are made within 14 days.

Brewhouse Supply Co""")


# --------------------------------------------------------------------------------------------
# German (amazon.de)
# --------------------------------------------------------------------------------------------

def cases_de() -> None:
    o, b = order("de-delay", "de", "Massivholz-Schneidebrett Nussbaum 45 x 30 cm", **OOS)
    case("de-schneidebrett-neuer-termin", "relay", [],
         "Verzögerung mit neuem Versandtag (23. Juni) und Wahl für den Käufer: warten oder kurz antworten, dann "
         "storniert und erstattet der Händler; keine Bitte, selbst zu stornieren.",
         to=b, frm="Tischlerei Auwald <werkstatt@tischlerei-auwald.de>", enc=W1252, lang="de",
         subject=f"Ihr Schneidebrett (Bestellung {o}) – neuer Versandtermin", text=f"""Guten Tag,

wegen einer verspäteten Holzlieferung können wir Ihr Schneidebrett aus der
Bestellung {o} leider nicht wie angegeben bis zum 16. Juni versenden.
Neuer Versandtag ist voraussichtlich der 23. Juni.

Wenn Sie so lange warten möchten, müssen Sie nichts weiter tun. Falls
nicht, schreiben Sie uns einfach eine kurze Antwort: Wir stornieren die
Bestellung dann selbst und erstatten Ihnen den vollen Betrag.

Freundliche Grüße
Jonas Auwald
Tischlerei Auwald""")

    o, b = order("de-partial", "de", "Kaffeeservice 18-teilig, Porzellan weiß")
    case("de-service-teilerstattung", "relay", [],
         "Zur angemeldeten Rücksendung (eine Tasse angeschlagen) bietet der Händler eine Teilerstattung von "
         "12 EUR an, das Service bleibt beim Käufer: erlaubter Anlass.",
         to=b, frm="Porzellanhaus Wendt <service@porzellanhaus-wendt.de>", enc=L15, fmt="alt", lang="de",
         subject=f"Ihre Rücksendung zu Bestellung {o}", text=f"""Guten Tag,

Sie haben für die Bestellung {o} eine Rücksendung angemeldet,
weil eine Tasse des Kaffeeservices angeschlagen angekommen ist. Das tut uns
leid.

Statt das ganze Service zurückzuschicken, können wir Ihnen eine
Teilerstattung von 12,00 EUR anbieten; das Service behalten Sie. Wenn Ihnen
das recht ist, genügt eine kurze Antwort. Möchten Sie lieber alles
zurückgeben, läuft die Rücksendung wie beantragt weiter.

Mit freundlichen Grüßen
Ute Wendt""")

    o, b = order("de-oos-ok", "de", "Safranfäden 2 g, Sorte Negin", **OOS)
    case("de-safran-erstattet", "relay", [],
         "Nicht lieferbar (Charge durch die Qualitätsprüfung gefallen, kein Ersatz vorrätig); Gesamtbetrag mit "
         "dem Grund 'Artikel nicht vorrätig' erstattet.",
         to=b, frm="Gewürzkontor Albers <kontor@gewuerzkontor-albers.de>", enc=B64, lang="de", crlf=True,
         subject=f"Bestellung {o}: Safran nicht lieferbar", text=f"""Hallo,

beim Abfüllen Ihrer Bestellung {o} hat die aktuelle Safran-Charge
unsere Qualitätsprüfung nicht bestanden, und Ersatz haben wir nicht am
Lager.

Wir haben die Bestellung deshalb von uns aus storniert und Ihnen den
Gesamtbetrag von 17,80 EUR erstattet, Grund: Artikel nicht vorrätig. Die
Gutschrift sehen Sie je nach Zahlungsart in wenigen Tagen.

Wir bitten um Entschuldigung.
Gewürzkontor Albers""")

    o, b = order("de-cancel-ask", "de", "Trekkingstöcke Carbon, faltbar, 1 Paar", **OOS)
    case("de-stoecke-bitte-im-konto-stornieren", "reject", [CANCEL, NOADJ],
         "Nicht vorrätig, und der Käufer soll die Bestellung im Kundenkonto 'selbst zurückziehen', weil das "
         "System den Storno dann schneller bearbeitet; keine Erstattung bestätigt.",
         to=b, frm="Bergfink Outdoor <bestellung@bergfink-outdoor.de>", enc=W1252, fmt="html", lang="de",
         subject=f"Ihre Trekkingstöcke – Bestellung {o}", text=f"""Guten Tag,

die faltbaren Carbonstöcke aus Ihrer Bestellung {o} sind uns
leider ausgegangen, und der Hersteller liefert erst nach der Sommerpause nach.

Wären Sie so nett, die Bestellung in Ihrem Kundenkonto selbst
zurückzuziehen? Kommt der Storno von Ihrer Seite, bearbeitet das System ihn
deutlich schneller, als wenn wir es von Hand anstoßen.

Besten Dank und viele Grüße
Bergfink Outdoor""")

    o, b = order("de-oos-sorry", "de", "Vogelhaus aus Lärchenholz mit Futtersilo", **OOS)
    case("de-vogelhaus-nur-entschuldigung", "quarantine", [NOADJ],
         "Nicht lieferbar, mit Entschuldigung und 'kümmern uns schnellstmöglich um die Rückzahlung': keine "
         "Bestätigung, dass der Betrag angepasst wurde.",
         to=b, frm="Gartenzauber Meißner <info@gartenzauber-meissner.de>", enc=L15, lang="de",
         subject=f"Bestellung {o} – Vogelhaus", text=f"""Sehr geehrte Kundin, sehr geehrter Kunde,

zu unserem Bedauern ist das Vogelhaus aus Lärchenholz (Bestellung
{o}) bei unserem Lieferanten restlos vergriffen, wir können es
Ihnen daher nicht zusenden.

Wir bitten vielmals um Entschuldigung und kümmern uns schnellstmöglich um
die Rückzahlung.

Mit freundlichen Grüßen
Gartenzauber Meißner""")

    o, b = order("de-ret-policy", "de", "Kinder-Fahrradhelm, Größe S, mint")
    case("de-helm-rueckgabebedingungen", "quarantine", [RET],
         "Zur angemeldeten Rücksendung nur die Rückgabebedingungen wiederholt (originalverpackt, 30 Tage, "
         "'Teilerstattungen bieten wir nicht an'): weder eine Frage noch ein Angebot.",
         to=b, frm="Radkind Shop <ruecksendung@radkind-shop.de>", enc=W1252, fmt="alt", lang="de",
         subject=f"Rücksendung Bestellung {o}", text=f"""Hallo,

Sie haben für Ihre Bestellung {o} eine Rücksendung angemeldet.

Wir möchten Sie vorab auf unsere Rückgabebedingungen hinweisen: Helme
nehmen wir nur ungetragen und in der Originalverpackung zurück, innerhalb
von 30 Tagen nach Erhalt. Teilerstattungen bieten wir grundsätzlich nicht
an. Nach Eingang und Prüfung der Ware erfolgt die Erstattung.

Viele Grüße
Radkind Shop""")

    o, b = order("de-reply-cancel", "de", "Espressotassen Steingut, 6er Set, petrol", **OOS)
    case("de-antwort-bitte-ihrerseits-stornieren", "reject", [CANCEL],
         "Antwort auf 'Wann kommt meine Bestellung?': nicht mehr vorrätig und 'wir wären Ihnen dankbar, wenn Sie "
         "die Bestellung Ihrerseits stornieren': Bitte um Stornierung (gilt auch für Antworten).",
         to=b, frm="Tassenwerk Lübeck <kontakt@tassenwerk-luebeck.de>", enc=L15, lang="de", day=14,
         reply="Hallo, wann kommen denn meine Espressotassen? Gruß, P. Hansen",
         subject=f"AW: Bestellung {o}", text=f"""Hallo Herr Hansen,

danke für Ihre Nachfrage. Die Espressotassen in Petrol sind leider nicht mehr
vorrätig; die Glasur wird vom Hersteller nicht mehr produziert.

Wir wären Ihnen dankbar, wenn Sie die Bestellung {o} Ihrerseits
stornieren würden, dann ist die Sache schnell erledigt.

Viele Grüße
Tassenwerk Lübeck""")


# --------------------------------------------------------------------------------------------
# French (amazon.fr)
# --------------------------------------------------------------------------------------------

def cases_fr() -> None:
    o, b = order("fr-ret-which", "fr", "Lot de 3 coussins en lin lavé 45 x 45 cm")
    case("fr-coussins-lequel", "relay", [],
         "Retour demandé sans préciser lequel des trois coussins : le vendeur demande lequel et une photo de la "
         "couture, informations nécessaires pour finaliser le retour.",
         to=b, frm="Maison Corbière <retours@maison-corbiere.fr>", enc=W1252, lang="fr",
         subject=f"Votre demande de retour – commande {o}", text=f"""Bonjour,

Vous avez demandé le retour d'un article de la commande {o},
mais la demande ne précise pas lequel des trois coussins est concerné.

Pourriez-vous nous indiquer sa couleur et, s'il s'agit d'un défaut, nous
joindre une photo de la couture abîmée ? Avec ces éléments, nous pourrons
finaliser votre retour et vous envoyer l'étiquette adaptée.

Bien cordialement,
Hélène Corbière""")

    o, b = order("fr-buyer-cancel", "fr", "Théière en fonte 0,8 l, motif bambou", **OOS)
    case("fr-annulation-faite", "relay", [],
         "Réponse à un acheteur qui a demandé l'annulation : c'est fait et 54,90 € remboursés ; le vendeur ne "
         "demande rien.",
         to=b, frm="Le Comptoir à Thé Noisel <contact@comptoir-noisel.fr>", fmt="html", lang="fr", day=11,
         reply="Bonjour, finalement je voudrais annuler ma commande. Merci. Sophie",
         subject=f"RE: annulation commande {o}", text=f"""Bonjour Sophie,

C'est fait : la commande {o} est annulée et nous vous avons
remboursé l'intégralité, soit 54,90 €. Le montant apparaîtra sur votre
compte sous quelques jours.

Belle journée,
Le Comptoir à Thé Noisel""")

    o, b = order("fr-delay", "fr", "Lampe à poser en céramique émaillée, bleu canard", **OOS)
    case("fr-lampe-nouvelle-date", "relay", [],
         "Retard (four en panne) avec nouvelle date d'expédition (24 juin) et choix laissé à l'acheteur : "
         "attendre, ou répondre et le vendeur annule et rembourse.",
         to=b, frm="Atelier Sabline <atelier@sabline-ceramique.fr>", enc=L15, fmt="alt", lang="fr",
         subject=f"Commande {o} : expédition décalée", text=f"""Bonjour,

Notre four de cuisson est tombé en panne la semaine dernière, et la lampe de
votre commande {o} ne pourra pas partir à la date annoncée.
Nous prévoyons maintenant une expédition le 24 juin.

Si cette date vous convient, vous n'avez rien à faire. Si vous préférez ne
pas attendre, dites-le-nous simplement en répondant à ce message : nous
annulerons la commande de notre côté et vous rembourserons intégralement.

Avec nos excuses,
Camille, Atelier Sabline""")

    o, b = order("fr-cancel-ask", "fr", "Sac à dos en toile cirée 22 l, kaki", **OOS)
    case("fr-sac-annulez-depuis-espace", "reject", [CANCEL, NOADJ],
         "Plus en stock ; l'acheteur est invité à faire lui-même l'annulation depuis son espace client « pour "
         "que le système la traite plus vite » ; aucun remboursement confirmé.",
         to=b, frm="Baroudeur & Cie <commandes@baroudeur-cie.fr>", enc=W1252, lang="fr", crlf=True,
         subject=f"Votre sac à dos – commande {o}", text=f"""Bonjour,

Nous n'avons malheureusement plus ce modèle kaki en stock, et notre atelier
n'en refera pas avant l'automne.

Pour que l'annulation soit prise en compte plus vite par le système, nous
vous invitons à l'effectuer vous-même depuis votre espace client, rubrique
« Vos commandes », commande {o}.

Merci de votre compréhension,
Baroudeur & Cie""")

    o, b = order("fr-oos-sorry", "fr", "Nappe en coton enduit 160 x 250 cm, citrons", **OOS)
    case("fr-nappe-excuses-seules", "quarantine", [NOADJ],
         "« Nous ne pourrons finalement pas donner suite à votre commande » et des excuses, sans confirmer "
         "que le montant a été remboursé.",
         to=b, frm="Provence Linge <service@provence-linge.fr>", enc=B64, lang="fr",
         subject=f"Commande {o}", text=f"""Madame, Monsieur,

Nous ne pourrons finalement pas donner suite à votre commande {o} :
la nappe « citrons » est épuisée chez notre fabricant, qui a cessé cette
impression.

Toutes nos excuses pour ce contretemps.

Cordialement,
Provence Linge""")

    o, b = order("fr-ret-dissuade", "fr", "Robot pâtissier 1000 W, bol 5 l")
    case("fr-robot-seconde-chance", "quarantine", [RET],
         "Demande de retour : le vendeur tente seulement de convaincre l'acheteur de garder le robot (« en lui accordant "
         "encore quelques jours, vous changerez d'avis »), sans demander d'information ni proposer de remboursement partiel.",
         to=b, frm="Cuisine Fournier <sav@cuisine-fournier.fr>", enc=W1252, fmt="html", lang="fr",
         subject=f"Votre demande de retour ({o})", text=f"""Bonjour,

Nous avons bien vu votre demande de retour pour le robot pâtissier de la
commande {o}.

Avant de nous le renvoyer, sachez que ce robot demande un petit temps
d'adaptation : la plupart de nos clients hésitent les premiers jours, puis ne
s'en séparent plus. Nous sommes convaincus qu'en lui accordant encore
quelques jours, vous changerez d'avis.

Bien à vous,
Cuisine Fournier""")

    o, b = order("fr-ret-received", "fr", "Chaussures de randonnée femme, pointure 39")
    case("fr-chaussures-colis-recu", "quarantine", [RET],
         "« Nous accusons bonne réception de votre colis retour », remboursement « conformément à nos "
         "conditions » : ni question ni remboursement partiel.",
         to=b, frm="Sentiers du Vercors <retours@sentiers-vercors.fr>", enc=L15, lang="fr", tolerated=(CONF,),
         subject=f"Retour commande {o}", text=f"""Bonjour,

Nous accusons bonne réception de votre colis retour pour la commande
{o}.

Le remboursement sera effectué conformément à nos conditions de retour.

Cordialement,
Sentiers du Vercors""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    o, b = order("es-oos-ok", "es", "Juego de 4 cuencos de gres esmaltado, verde oliva", **OOS)
    case("es-cuencos-reembolso-integro", "relay", [],
         "No se puede enviar (se rompieron en el horno) y confirma el reembolso íntegro, 32,40 €, con el motivo "
         "'sin existencias'; no pide nada al comprador.",
         to=b, frm="Cerámicas Albaida <pedidos@ceramicas-albaida.es>", enc=W1252, lang="es",
         subject=f"Su pedido {o}: cuencos no disponibles", text=f"""Buenos días:

Lamentamos comunicarle que no podremos enviarle los cuencos del pedido
{o}: la última hornada salió con grietas y no nos quedan
existencias de ese esmalte.

Ya le hemos reembolsado el importe íntegro del pedido, 32,40 €, indicando
como motivo "sin existencias". Según su banco, lo verá en unos días.

Disculpe las molestias.
Cerámicas Albaida""")

    o, b = order("es-partial", "es", "Mochila escolar ergonómica 20 l, azul marino")
    case("es-mochila-reembolso-parcial", "relay", [],
         "Sobre la devolución solicitada (una cremallera floja), ofrece un reembolso parcial del 20 % y quedarse "
         "la mochila: motivo permitido.",
         to=b, frm="Mochilas Brisa <atencion@mochilasbrisa.es>", fmt="alt", lang="es", enc=B64,
         subject=f"Su solicitud de devolución – pedido {o}", text=f"""Hola:

Hemos recibido su solicitud de devolución de la mochila del pedido
{o}, porque una de las cremalleras laterales se abre sola.

Si le parece bien, en lugar de la devolución le proponemos un reembolso
parcial de 9,00 € (el 20 % del precio) y que se quede con la mochila. Si
prefiere devolverla, no hay problema: la devolución sigue adelante tal como
la pidió.

Un saludo,
Mochilas Brisa""")

    o, b = order("es-ret-photos", "es", "Auriculares inalámbricos con cancelación de ruido NC-300")
    case("es-auriculares-fotos-y-serie", "relay", [],
         "Para completar la devolución pide el número de serie y fotos del estuche de carga, en imperativo y sin "
         "signo de interrogación: información necesaria.",
         to=b, frm="Sonido Norte <devoluciones@sonidonorte.es>", enc=L15, lang="es", crlf=True,
         subject=f"Devolución de sus auriculares, pedido {o}", text=f"""Hola:

Para poder completar la devolución de los auriculares del pedido
{o} necesitamos dos datos:

- el número de serie, impreso dentro de la tapa del estuche de carga;
- dos fotos del estuche, una abierta y otra cerrada, donde se vea el
  indicador de carga.

Envíenoslos respondiendo a este mensaje y le mandaremos la etiqueta de
devolución.

Gracias,
Sonido Norte""")

    o, b = order("es-cancel-ask", "es", "Plancha de asar de hierro fundido 38 cm", **OOS)
    case("es-plancha-cancele-usted", "reject", [CANCEL, NOADJ],
         "Agotada; '¿nos haría el favor de cancelarlo usted desde Mis pedidos? así el sistema lo tramita al "
         "momento': pide al comprador que cancele y no confirma reembolso.",
         to=b, frm="Fundiciones Orbe <tienda@fundiciones-orbe.es>", enc=W1252, fmt="html", lang="es",
         subject=f"Pedido {o} – plancha de asar", text=f"""Hola:

Se nos ha agotado la plancha de 38 cm que pidió (pedido {o}) y la
fundición no tiene fecha para la siguiente colada.

¿Nos haría el favor de cancelar usted el pedido desde "Mis pedidos"? Así el
sistema lo tramita al momento y no tiene que esperar a que lo hagamos
nosotros.

Gracias y perdone,
Fundiciones Orbe""")

    o, b = order("es-oos-later", "es", "Lámpara colgante de ratán 40 cm", **OOS)
    case("es-lampara-le-devolveremos", "quarantine", [NOADJ],
         "No hay existencias; 'le devolveremos su dinero en cuanto nos sea posible': promesa futura, sin "
         "confirmar que el importe se ajustó.",
         to=b, frm="Fibras del Sur <hola@fibrasdelsur.es>", enc=L15, lang="es",
         subject=f"Pedido {o}", text=f"""Estimado cliente:

Sentimos mucho informarle de que la lámpara de ratán del pedido
{o} no está disponible: el taller de Gandía que las trenza ha
cerrado por jubilación.

Le devolveremos su dinero en cuanto nos sea posible. Le pedimos disculpas
por las molestias.

Atentamente,
Fibras del Sur""")

    o, b = order("es-ret-dissuade", "es", "Aspiradora escoba sin cable 25,2 V")
    case("es-aspiradora-animamos-probar", "quarantine", [RET],
         "Devolución solicitada: el vendedor solo anima a seguir usándola ('le animamos a probarla unos días "
         "más'), sin pedir datos ni ofrecer reembolso parcial.",
         to=b, frm="Hogar Práctico Ruiz <clientes@hogarpracticoruiz.es>", fmt="alt", lang="es",
         subject=f"Sobre su devolución – pedido {o}", text=f"""Hola:

Hemos visto que ha solicitado devolver la aspiradora del pedido
{o}.

Es un modelo muy valorado, y muchos clientes notan la diferencia cuando
se acostumbran a vaciar el depósito con frecuencia. Le animamos a probarla
unos días más antes de tomar una decisión; estamos seguros de que acabará
encantado con ella.

Saludos cordiales,
Hogar Práctico Ruiz""")

    o, b = order("es-reply-cancel", "es", "Set de 3 sartenes antiadherentes de inducción", **OOS)
    case("es-respuesta-solicite-cancelacion", "reject", [CANCEL],
         "Respuesta a '¿cuándo llega mi pedido?': agotado, 'le agradeceríamos que tramitara usted mismo la anulación': "
         "pide al comprador que cancele (la regla vale también para respuestas).",
         to=b, frm="Menaje Castro <pedidos@menajecastro.es>", enc=W1252, lang="es", day=14,
         reply="Buenas, ¿sabéis cuándo me llegan las sartenes? Gracias.",
         subject=f"RE: Pedido {o}", text=f"""Hola:

Gracias por escribirnos. Las sartenes se han agotado y el proveedor no nos
repone hasta septiembre.

Le agradeceríamos que tramitara usted mismo la anulación del pedido
{o}; en cuanto lo haga, Amazon le devolverá el importe.

Un saludo,
Menaje Castro""")


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    o, b = order("it-delay", "it", "Moka in acciaio inox 6 tazze, induzione", **OOS)
    case("it-moka-nuova-data", "relay", [],
         "Ritardo con nuova data di spedizione (22 giugno) e scelta all'acquirente: aspettare o rispondere e il "
         "venditore annulla e rimborsa.",
         to=b, frm="Casalinghi Benassi <ordini@casalinghibenassi.it>", enc=W1252, lang="it",
         subject=f"Ordine {o}: spedizione posticipata", text=f"""Buongiorno,

la moka del suo ordine {o} non potrà partire entro la data
indicata: il fornitore ci ha consegnato le guarnizioni in ritardo. La nuova
data di spedizione prevista è il 22 giugno.

Se per lei va bene aspettare, non deve fare nulla. Se invece preferisce non
attendere, ci risponda pure: annulleremo noi l'ordine e le rimborseremo
l'intero importo.

Cordiali saluti,
Casalinghi Benassi""")

    o, b = order("it-ret-photo", "it", "Set valigie rigide 3 pezzi, grigio antracite")
    case("it-valigie-foto-danno", "relay", [],
         "Reso per danno: chiede foto del guscio rovinato e dell'imballo esterno, necessarie per completare il "
         "reso con il corriere.",
         to=b, frm="Viaggi Leggeri <resi@viaggileggeri.it>", enc=L15, fmt="alt", lang="it", crlf=True,
         subject=f"Reso ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto la sua richiesta di reso per il set di valigie dell'ordine
{o}, segnalato come danneggiato.

Per completare il reso e aprire la pratica con il corriere ci servono due
fotografie: una del guscio rovinato e una dell'imballo esterno così come è
arrivato. Può inviarcele rispondendo a questo messaggio?

Grazie,
Viaggi Leggeri""")

    o, b = order("it-buyer-cancel", "it", "Tappetino yoga in sughero 183 x 61 cm", **OOS)
    case("it-annullato-su-richiesta", "relay", [],
         "Risposta all'acquirente che ha chiesto di annullare: annullato e rimborsato per intero; nessuna "
         "richiesta all'acquirente.",
         to=b, frm="Sughero Vivo <info@sugherovivo.it>", enc=B64, lang="it", day=11,
         reply="Salve, vorrei annullare l'ordine, ho trovato il tappetino in negozio. Grazie",
         subject=f"R: annullare ordine {o}", text=f"""Salve,

nessun problema: l'ordine {o} è stato annullato e le abbiamo
rimborsato l'intero importo di 46,00 €. L'accredito arriva di solito in
pochi giorni lavorativi.

Buona pratica!
Sughero Vivo""")

    o, b = order("it-cancel-ask", "it", "Lampada da scrivania in ottone brunito", **OOS)
    case("it-lampada-annulli-lei", "reject", [CANCEL, NOADJ],
         "Esaurita; 'sarebbe così gentile da annullare l'ordine direttamente dal suo account? per il "
         "sistema è una procedura più rapida'; nessun rimborso confermato.",
         to=b, frm="Ottoni Ferraresi <negozio@ottoniferraresi.it>", enc=L15, fmt="html", lang="it",
         subject=f"Il suo ordine {o}", text=f"""Gentile cliente,

purtroppo la lampada in ottone brunito del suo ordine {o} è
esaurita e la fonderia non ne prevede altre a breve.

Sarebbe così gentile da annullare l'ordine direttamente dal suo account?
Per il sistema è una procedura molto più rapida rispetto alla nostra.

Cordialmente,
Ottoni Ferraresi""")

    o, b = order("it-oos-soon", "it", "Olio extravergine di oliva 3 l, latta", **OOS)
    case("it-olio-rimborso-quanto-prima", "quarantine", [NOADJ],
         "Non spedibile (latte finite) con scuse e 'provvederemo al rimborso quanto prima': nessuna conferma "
         "che l'importo è stato rettificato.",
         to=b, frm="Frantoio Collerosso <vendite@frantoiocollerosso.it>", enc=W1252, lang="it",
         subject=f"Ordine {o} – olio in latta", text=f"""Gentile cliente,

ci dispiace informarla che non riusciamo a spedire l'olio del suo ordine
{o}: le latte da 3 litri sono finite e il nuovo raccolto sarà
imbottigliato solo a novembre.

Provvederemo al rimborso quanto prima. Ci scusiamo per il disagio.

Frantoio Collerosso""")

    o, b = order("it-ret-received", "it", "Giacca impermeabile uomo, taglia L")
    case("it-giacca-reso-ricevuto", "quarantine", [RET],
         "'Le confermiamo che il reso è arrivato al nostro magazzino' e le condizioni di rimborso: né domande né "
         "offerta di rimborso parziale.",
         to=b, frm="Montagna Sport Valli <assistenza@montagnasportvalli.it>", enc=L15, lang="it",
         tolerated=(CONF,),
         subject=f"Aggiornamento reso ordine {o}", text=f"""Buongiorno,

le confermiamo che il reso della giacca relativo all'ordine {o}
è arrivato al nostro magazzino.

Come da nostre condizioni di vendita, il rimborso verrà effettuato dopo il
controllo della merce.

Saluti,
Montagna Sport Valli""")

    o, b = order("it-ret-dissuade", "it", "Macchina per la pasta elettrica 200 W")
    case("it-pasta-ci-ripensi", "quarantine", [RET],
         "Reso richiesto: il venditore cerca solo di far cambiare idea ('ci ripensi') senza chiedere "
         "informazioni né offrire un rimborso parziale.",
         to=b, frm="Pasta Fresca Bottega <bottega@pastafrescabottega.it>", fmt="alt", lang="it",
         subject=f"La sua richiesta di reso – {o}", text=f"""Buongiorno,

abbiamo visto la sua richiesta di reso per la macchina per la pasta
dell'ordine {o}.

Le prime sfoglie vengono spesso un po' troppo asciutte: è normale, basta
prenderci la mano. Ci ripensi: sarebbe un peccato rinunciarci proprio adesso,
dopo due o tre impasti vedrà che soddisfazione.

Un caro saluto,
Pasta Fresca Bottega""")


# --------------------------------------------------------------------------------------------
# Japanese (amazon.co.jp)
# --------------------------------------------------------------------------------------------

def cases_ja() -> None:
    o, b = order("ja-oos-ok", "ja", "南部鉄器 急須 0.6L 霰", **OOS)
    case("ja-kyusu-zengaku-henkin", "relay", [],
         "在庫切れで発送不可、理由（在庫切れ）を添えてご注文金額の全額を返金処理済みと確認。購入者への依頼はない。",
         to=b, frm="鉄瓶工房 ささき <info@tetsubin-sasaki.jp>", enc=JIS, lang="ja",
         subject=f"ご注文の急須について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の南部鉄器急須につきまして、検品の結果
お送りできる在庫がなくなってしまい、発送することができません。

つきましては、在庫切れを理由として、ご注文金額の全額 8,250円の
返金処理を本日完了いたしました。お客様のお手続きは不要です。

ご期待に沿えず誠に申し訳ございません。
鉄瓶工房 ささき""")

    o, b = order("ja-partial", "ja", "羽毛布団 シングル ダウン90%")
    case("ja-futon-ichibu-henkin", "relay", [],
         "返品のご依頼（カバーのほつれ）に対し、商品はそのままで一部返金 2,000円を提案：許される連絡。",
         to=b, frm="ねむりの森寝具店 <shop@nemurinomori.jp>", enc=SJIS, fmt="alt", lang="ja",
         subject=f"返品のご依頼について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の羽毛布団について、側生地のほつれを理由に
返品のご依頼をいただきました。ご不便をおかけし申し訳ございません。

もしよろしければ、返品の代わりに、商品はそのままお使いいただき
一部返金として 2,000円をご返金する形もご提案できます。
ご希望の場合は、このメッセージにご返信ください。返品をご希望の
場合は、ご依頼どおりに手続きを進めます。

ねむりの森寝具店""")

    o, b = order("ja-delay", "ja", "信楽焼 植木鉢 7号 白釉", **OOS)
    case("ja-uekibachi-hassou-enki", "relay", [],
         "発送遅延のお知らせ：新しい発送予定日（6月22日）を示し、待てない場合は返信で当店がキャンセル・全額返金すると"
         "選択を委ねる。",
         to=b, frm="信楽 陶房かまだ <order@toubou-kamada.jp>", enc=EUC, lang="ja", crlf=True,
         subject=f"発送予定日変更のお知らせ（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の植木鉢は、窯焚きの日程がずれたため、
当初の予定日に発送できなくなりました。新しい発送予定日は6月22日です。

このままお待ちいただける場合は、お手続きは必要ございません。
お待ちいただけない場合は、本メッセージにご返信ください。
当店にてキャンセルし、全額を返金いたします。

信楽 陶房かまだ""")

    o, b = order("ja-cancel-ask", "ja", "ワイヤレス充電スタンド 15W", **OOS)
    case("ja-juden-rireki-kara-cancel", "reject", [CANCEL, NOADJ],
         "在庫切れ。「お客様のアカウントにてご注文の取り消し手続きをしていただけますと、システム上より早く"
         "処理されますので助かります」：購入者にキャンセルを依頼し、返金の確認もない。",
         to=b, frm="ガジェット堂 <support@gadgetdou.jp>", enc=B64, fmt="html", lang="ja",
         subject=f"ご注文商品について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のワイヤレス充電スタンドですが、
メーカー欠品のため、現在お届けできる在庫がございません。

恐れ入りますが、お客様のアカウントにてご注文の取り消し手続きを
していただけますと、システム上より早く処理されますので助かります。

ガジェット堂""")

    o, b = order("ja-oos-later", "ja", "国産ひのき まな板 42cm", **OOS)
    case("ja-manaita-henkin-sokyuu", "quarantine", [NOADJ],
         "在庫切れのお詫びと「返金につきましては確認が取れ次第、早急に対応させていただきます」のみ：金額の調整が済んだ"
         "という確認がない。",
         to=b, frm="木工房 ひのきや <mail@hinokiya-mokkou.jp>", enc=JIS, lang="ja",
         subject=f"ご注文について（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のひのきまな板につきまして、仕入れ先の
都合により在庫を確保できず、お届けが難しい状況となりました。

大変申し訳ございません。返金につきましては、確認が取れ次第、
早急に対応させていただきます。

木工房 ひのきや""")

    o, b = order("ja-ret-dissuade", "ja", "電動コーヒーミル コニカル刃")
    case("ja-mill-henpin-saikou", "quarantine", [RET],
         "返品申請に対し「ご返品をご再考いただけますと幸いです」と引き留めるだけで、必要な情報の依頼も一部返金の提案も"
         "ない。",
         to=b, frm="珈琲道具 まめのき <info@mamenoki-coffee.jp>", enc=SJIS, lang="ja",
         subject=f"返品申請の件（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} のコーヒーミルにつきまして、返品申請を
承知いたしました。

挽き目の調整に少し慣れが必要な商品ですが、慣れていただくと
毎朝の一杯が格段に変わります。せっかくお選びいただいた
商品ですので、ご返品をご再考いただけますと幸いです。

珈琲道具 まめのき""")

    o, b = order("ja-ret-received", "ja", "レザー ビジネスバッグ A4 ブラウン")
    case("ja-bag-henpin-juryou", "quarantine", [RET],
         "「返品商品を受領いたしました。返金は当店規定に基づき…」のみ：情報の依頼も一部返金の提案もない。",
         to=b, frm="革鞄の店 くろかわ <shop@kurokawa-kaban.jp>", enc=B64, fmt="alt", lang="ja",
         tolerated=(CONF,),
         subject=f"返品商品受領のご連絡（注文番号 {o}）", text=f"""お客様

ご注文番号 {o} の返品商品を、本日当店にて受領いたしました。

返金につきましては、当店の返品規定に基づき、商品確認後に
行わせていただきます。

革鞄の店 くろかわ""")


# --------------------------------------------------------------------------------------------
# Polish (amazon.pl)
# --------------------------------------------------------------------------------------------

def cases_pl() -> None:
    o, b = order("pl-ret-serial", "pl", "Blender kielichowy 1500 W, szklany dzbanek 2 l")
    case("pl-blender-numer-seryjny", "relay", [],
         "Zwrot zgłoszony z powodu usterki: sprzedawca prosi o numer seryjny i zdjęcie uszkodzonego noża, "
         "potrzebne do zakończenia zwrotu.",
         to=b, frm="AGD Wiśniewski <zwroty@agd-wisniewski.pl>", enc=L2, lang="pl",
         subject=f"Zwrot blendera – zamówienie {o}", text=f"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu blendera z zamówienia {o}.

Aby dokończyć zwrot, potrzebujemy numeru seryjnego z tabliczki na spodzie
urządzenia oraz zdjęcia uszkodzonego noża. Prosimy o przesłanie ich w
odpowiedzi na tę wiadomość, a od razu wyślemy etykietę zwrotną.

Pozdrawiamy
AGD Wiśniewski""")

    o, b = order("pl-oos-ok", "pl", "Pościel z kory bawełnianej 160 x 200, szałwiowa", **OOS)
    case("pl-poscie-pelny-zwrot", "relay", [],
         "Brak towaru: potwierdza, że pełna kwota zamówienia (149,00 zł) została zwrócona z powodu braku towaru; "
         "niczego nie wymaga od kupującego.",
         to=b, frm="Lniany Dom <sklep@lnianydom.pl>", enc=L2, fmt="alt", lang="pl", crlf=True,
         subject=f"Zamówienie {o} – brak towaru", text=f"""Dzień dobry,

z przykrością informujemy, że pościeli z zamówienia {o} nie
możemy wysłać: szwalnia nie dostarczyła nam ostatniej partii w kolorze
szałwiowym.

Dzisiaj zwróciliśmy Państwu pełną kwotę zamówienia, 149,00 zł, jako powód
podając brak towaru. Środki pojawią się na koncie w ciągu kilku dni
roboczych. Nie muszą Państwo nic robić.

Przepraszamy za kłopot.
Lniany Dom""")

    o, b = order("pl-partial", "pl", "Krzesło biurowe ergonomiczne z zagłówkiem")
    case("pl-krzeslo-czesciowy-zwrot", "relay", [],
         "Do zgłoszonego zwrotu (rysa na podłokietniku) proponuje częściowy zwrot 60 zł i zatrzymanie krzesła: "
         "dozwolony powód kontaktu.",
         to=b, frm="Biuro Komfort <obsluga@biurokomfort.pl>", enc=B64, lang="pl",
         subject=f"Pani/Pana zgłoszenie zwrotu – {o}", text=f"""Dzień dobry,

otrzymaliśmy zgłoszenie zwrotu krzesła z zamówienia {o} z powodu
rysy na podłokietniku.

Zamiast odsyłać całe krzesło, możemy zaproponować częściowy zwrot w
wysokości 60 zł; krzesło zostaje u Państwa. Jeśli ta propozycja odpowiada,
wystarczy krótka odpowiedź. W przeciwnym razie zwrot przebiegnie tak, jak
został zgłoszony.

Z pozdrowieniami
Biuro Komfort""")

    o, b = order("pl-cancel-ask", "pl", "Termos stalowy 750 ml, oliwkowy", **OOS)
    case("pl-termos-prosimy-anulowac", "reject", [CANCEL, NOADJ],
         "Brak na stanie; 'będziemy wdzięczni, jeśli sami Państwo anulują zamówienie w zakładce Twoje zamówienia – system przetworzy to "
         "szybciej': prośba do kupującego o anulowanie, bez potwierdzenia zwrotu.",
         to=b, frm="Termosy i Spółka <kontakt@termosyispolka.pl>", enc=L2, fmt="html", lang="pl",
         subject=f"Zamówienie {o}", text=f"""Dzień dobry,

niestety termosu w kolorze oliwkowym z zamówienia {o} nie
mamy już na stanie, a producent nie podaje terminu dostawy.

Będziemy wdzięczni, jeśli sami Państwo anulują zamówienie w zakładce
"Twoje zamówienia" – system przetworzy to szybciej, niż gdybyśmy robili to
ręcznie.

Dziękujemy za wyrozumiałość
Termosy i Spółka""")

    o, b = order("pl-oos-later", "pl", "Ręcznie malowany kubek ceramiczny 350 ml", **OOS)
    case("pl-kubek-zwrot-najszybciej", "quarantine", [NOADJ],
         "Nie można wysłać (kubek pękł przy wypalaniu); 'pieniądze zwrócimy najszybciej, jak to będzie "
         "możliwe': brak potwierdzenia, że kwota została skorygowana.",
         to=b, frm="Pracownia Glina i Szkliwo <pracownia@glinaiszkliwo.pl>", enc=L2, lang="pl",
         subject=f"Pani/Pana zamówienie {o}", text=f"""Dzień dobry,

bardzo nam przykro, ale kubek z zamówienia {o} pękł podczas
wypalania i nie mamy już drugiego egzemplarza z tym wzorem.

Pieniądze zwrócimy najszybciej, jak to będzie możliwe. Jeszcze raz
przepraszamy.

Pracownia Glina i Szkliwo""")

    o, b = order("pl-ret-policy", "pl", "Buty do biegania damskie, rozmiar 38")
    case("pl-buty-regulamin-zwrotow", "quarantine", [RET],
         "Do zgłoszonego zwrotu tylko przypomnienie regulaminu (14 dni, oryginalne opakowanie, 'nie stosujemy "
         "zwrotów częściowych'): ani pytania, ani oferty.",
         to=b, frm="Biegowo Sklep <zwroty@biegowo-sklep.pl>", enc=B64, fmt="alt", lang="pl",
         subject=f"Zwrot – zamówienie {o}", text=f"""Dzień dobry,

w związku ze zgłoszonym zwrotem butów z zamówienia {o}
przypominamy zasady naszego regulaminu: obuwie przyjmujemy w ciągu 14 dni,
nienoszone i w oryginalnym pudełku. Nie stosujemy zwrotów częściowych.
Pieniądze zwracamy po sprawdzeniu przesyłki.

Pozdrawiamy
Biegowo Sklep""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja, cases_pl))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="fortysecond"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
