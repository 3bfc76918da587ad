#!/usr/bin/env python3
"""Build the thirtieth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_thirtieth/build.py

Deterministic (seeded buyer addresses and order IDs, boundaries derived from the slug). Written blind from the
guidelines and RULES.md, not from the rule data. Italian (amazon.it) and Spanish (amazon.es, amazon.com.mx) as
Italian, Spanish and Mexican sellers write them: tu/Lei, tú/usted/ustedes, missing accents, helpdesk
signatures. Angle: every heuristic rule of RULES.md section C plus content.sensitive, link.opt-out,
content.phone-number and style.emoji, with compliant near-misses in the same vocabulary.
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

_rnd = random.Random(30_2026_0615)
_PREFIX = {"it": "40", "es": "40", "com.mx": "70"}
_TLD = {"it": "it", "es": "es"}
CASE_LIST: list[dict] = []
BOOK = OrderBook(_rnd, _PREFIX, _TLD, purchased="2026-06-01T09:00:00Z", shipped="2026-06-02T15:00:00Z",
                 delivered="2026-06-05T11:00:00Z")
ORDERS = BOOK.rows
order = BOOK.add
OOS = {"shipped": "", "delivered": "", "purchased": "2026-06-12T18:00:00Z"}
PENDING = {"shipped": "", "delivered": "", "purchased": "2026-06-13T08:00:00Z"}

HEURISTIC = ["type.order-confirmation", "type.thank-you-only", "type.marketing", "review.incentive",
             "review.removal-request", "review.conditional", "order-problem.cancellation-request",
             "order-problem.no-adjustment", "return.unnecessary", "content.sensitive", "link.opt-out",
             "content.phone-number", "style.emoji"]
OTHER = ["review.repeat", "order-id.missing", "order-id.unknown", "window.expired", "language.mismatch",
         "content.email-address", "link.external", "style.line-breaks", "style.font-override", "style.alignment"]

L1 = {"charset": "iso-8859-1", "cte": "quoted-printable"}
B64 = {"cte": "base64"}
W1252 = {"charset": "windows-1252", "cte": "quoted-printable"}


def case(slug: str, verdict: str, rules: list[str], note: str, *, to: str, frm: str, subject: str, text: str,
         day: int = 13, reply: str = "", reply_intro: str = "", tolerated: tuple[str, ...] = (),
         fmt: str = "plain", enc: dict | None = None, after: tuple[str, ...] = (), crlf: bool = False,
         attach=()) -> None:
    """One case. fmt: plain | alt (text + html alternative) | html (html only). Every heuristic rule not
    named in `rules` (or tolerated) must stay silent. `reply` quotes a buyer message and sets In-Reply-To."""
    hdrs = reply_headers(f"0100019c.t30.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + (reply_intro or DEFAULT_INTRO[LANG[0]]) + "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*HEURISTIC, *OTHER) if r not in rules and r not in tol]
    kw = dict(enc or {})
    mid = f"<t30.{slug}@{dom}>"
    date = mail_date(day, "11:07:00", "+0200")
    if fmt == "plain":
        msg = mk(frm, to, subject, date, mid, headers=hdrs, text=body, attach=attach, **kw)
    elif fmt == "alt":
        msg = mk(frm, to, subject, date, mid, headers=hdrs, text=body, html=page(text2html(body), LANG[0]),
                 attach=attach, **kw)
    else:
        msg = mk(frm, to, subject, date, mid, headers=hdrs, html=page(text2html(body), LANG[0]), attach=attach,
                 **kw)
    add_case(CASE_LIST, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)


LANG = ["it"]
ES_INTRO = "El 12/06/2026, cliente de Amazon escribió:"
DEFAULT_INTRO = {"it": "Il 12/06/2026, cliente Amazon ha scritto:",
                 "es": "El 12/06/2026, cliente de Amazon escribió:"}
MX_INTRO = "El vie, 12 jun 2026 a las 18:20, comprador de Amazon escribió:"


# --------------------------------------------------------------------------------------------
# Italian (amazon.it)
# --------------------------------------------------------------------------------------------

def cases_it() -> None:
    LANG[0] = "it"
    # ---- compliant near-misses ----
    o, b = order("it-brt-reply", "it", "Friggitrice ad aria 5,5 L nera")
    case("it-risposta-tracking-brt", "relay", [],
         "Answers the buyer's 'dov'è il mio pacco?' with the BRT tracking number: a reply, so "
         "type.order-confirmation does not apply.",
         to=b, frm="Casa Bianchi Elettrodomestici <assistenza@casabianchi.it>",
         reply="Buongiorno, ho ordinato la friggitrice una settimana fa ma non so dove sia finita. Mi aiutate?",
         subject=f"Re: Dove si trova il mio pacco? Ordine {o}", text=f"""Gentile cliente,

ci scusiamo per l'attesa. Abbiamo verificato l'ordine {o}: il pacco è
stato affidato al corriere BRT e risulta in giacenza presso la filiale di
Bologna per un indirizzo incompleto (manca il numero civico).

Numero di spedizione BRT: 0512 7740 3391 82

Può comunicare il numero civico direttamente a BRT dalla pagina di
tracciamento, oppure rispondere a questo messaggio e ci pensiamo noi.

Cordiali saluti,
Marta - Servizio clienti Casa Bianchi""")

    o, b = order("it-neutral", "it", "Set 3 padelle antiaderenti induzione")
    case("it-cura-padelle-recensione-neutra", "relay", [],
         "Care instructions, then a neutral review request with no benefit, no steering and no condition.",
         to=b, frm="Cucina Ferraro <ordini@cucinaferraro.it>", fmt="alt",
         subject=f"Come curare le sue padelle - ordine {o}", text=f"""Gentile cliente,

grazie per l'ordine {o}. Qualche consiglio per far durare il rivestimento:

- prima del primo uso lavi le padelle con acqua calda e poco detersivo;
- usi fuoco medio: il fondo a induzione scalda molto in fretta;
- eviti utensili in metallo e la lavastoviglie.

Se ha un momento, ci farebbe piacere leggere la sua opinione sul prodotto
nella pagina dell'ordine su Amazon: ogni recensione, qualunque essa sia,
aiuta altri clienti a scegliere.

Cordiali saluti
Cucina Ferraro""")

    o, b = order("it-oos-ok", "it", "Lampada da scrivania LED ottone", **OOS)
    case("it-esaurito-rimborso-confermato", "relay", [],
         "Out of stock with the refund of the full amount confirmed and the reason stated: the permitted "
         "problem-with-order message.",
         to=b, frm="Luce e Forma <negozio@luceeforma.it>",
         subject=f"Problema con l'ordine {o}", text=f"""Gentile cliente,

purtroppo la lampada da scrivania in ottone dell'ordine {o} è esaurita:
l'ultimo pezzo in magazzino è risultato danneggiato al controllo qualità.

Abbiamo già rimborsato l'intero importo dell'ordine (64,90 EUR) tramite
Amazon, con motivo "articolo non disponibile". L'accredito comparirà sul
suo metodo di pagamento entro 3-5 giorni lavorativi.

Ci scusiamo per il disagio.

Luce e Forma""")

    o, b = order("it-reso-info", "it", "Robot aspirapolvere R7 Wi-Fi")
    case("it-reso-chiede-numero-serie", "relay", [],
         "Return-related message that asks for the information needed to complete the return (serial number, "
         "photo of the fault).",
         to=b, frm="TecnoCasa Store <resi@tecnocasastore.it>",
         subject=f"Richiesta di reso ordine {o}", text=f"""Buongiorno,

abbiamo ricevuto la richiesta di reso per il robot aspirapolvere
dell'ordine {o}, con motivo "non si ricarica".

Per completare il reso ci servono due informazioni:
1) il numero di serie, che trova sull'etichetta sotto il robot (inizia con R7-);
2) una foto della base di ricarica con la spia accesa, se possibile.

Appena le riceviamo le inviamo l'etichetta di reso prepagata.

Grazie, a presto
Ufficio resi TecnoCasa""")

    o, b = order("it-reso-parziale", "it", "Divano letto 2 posti grigio antracite")
    case("it-reso-rimborso-parziale", "relay", [],
         "Return-related message offering a partial refund as an alternative to returning a bulky item.",
         to=b, frm="Arredo Rizzo <servizioclienti@arredorizzo.it>", enc=L1,
         subject=f"Sua richiesta di reso - ordine {o}", text=f"""Gentile cliente,

abbiamo visto la sua richiesta di reso per il divano letto dell'ordine {o}
(motivo: piccolo graffio sul bracciolo sinistro).

Il reso di un divano richiede il ritiro su appuntamento e il reimballo.
In alternativa possiamo proporle un rimborso parziale del 25% (74,75 EUR)
e lei tiene il divano. Se preferisce comunque il reso, nessun problema:
ci dica solo quale delle due soluzioni sceglie rispondendo a questo messaggio.

Cordiali saluti
Arredo Rizzo""")

    o, b = order("it-orari", "it", "Bilancia da cucina digitale 5 kg")
    case("it-orari-rapporti-elenco", "relay", [],
         "Times (ore 10:30), a ratio (1:1) and list markers 'punto 3)' are not emoticons.",
         to=b, frm="Pesa&Cucina <info@pesaecucina.it>",
         reply="La bilancia segna sempre 0 anche con il peso sopra. Come si tara?",
         subject=f"Re: Taratura bilancia ordine {o}", text=f"""Ciao,

per l'ordine {o} ecco come tarare la bilancia:

1) togli la batteria per 10 secondi;
2) appoggia la bilancia su un piano rigido (non sulla tovaglia);
3) accendi e attendi la scritta 0:0 prima di appoggiare il peso.

Per le ricette in rapporto 1:1 (farina:acqua) usa il tasto TARE tra un
ingrediente e l'altro, punto 3) compreso.

Se dopo le prove non funziona ancora, il nostro tecnico è in ufficio domani
dalle ore 10:30 alle 13:00 e ti risponde qui nella chat Amazon.

Luca - Pesa&Cucina""")

    o, b = order("it-brt-tel", "it", "Armadio guardaroba 3 ante bianco, 120 kg")
    case("it-consegna-ingombrante-telefono-brt", "relay", [],
         "Scheduling the delivery of a bulky item: the phone number belongs to the carrier (BRT) named on "
         "the same line.",
         to=b, frm="Mobili Gatti <logistica@mobiligatti.it>",
         subject=f"Consegna al piano dell'armadio - ordine {o}", text=f"""Gentile cliente,

l'armadio dell'ordine {o} pesa 120 kg ed è diviso in 4 colli, per questo
la consegna al piano va concordata.

Il corriere BRT la chiamerà il giorno prima per fissare la fascia oraria.
Se non riceve la chiamata, può contattare la filiale BRT di zona al 0371 440 215.

Ci indichi per favore se nello stabile c'è un ascensore e a che piano abita.

Grazie
Mobili Gatti - Ufficio logistica""")

    o, b = order("it-cazzuola", "it", "Kit cazzuola e spatola per piastrelle")
    case("it-cazzuola-scopa-non-offensivo", "relay", [],
         "'cazzuola' (trowel) and 'scopa' (broom) are ordinary tool words, not offensive language.",
         to=b, frm="Fai da Te Moretti <aiuto@faidatemoretti.it>",
         reply="La malta si stacca dalla cazzuola e cola sul pavimento, sbaglio qualcosa?",
         subject=f"Re: Uso della cazzuola - ordine {o}", text=f"""Ciao,

grazie per la domanda sull'ordine {o}. La malta cola quando è troppo
liquida: aggiungi acqua poco alla volta finché, girando la cazzuola,
l'impasto resta attaccato senza scivolare.

Stendila con la parte dentata della spatola a 45 gradi e, prima che
indurisca, passa una scopa morbida per togliere i residui dalle fughe.

Buon lavoro!
Fai da Te Moretti""")

    o, b = order("it-fattura", "it", "Stampante laser monocromatica L200")
    case("it-grazie-fattura-garanzia", "relay", [],
         "Thanks plus real content: the invoice the buyer needs (PDF) and how to register the manufacturer's "
         "warranty.",
         to=b, frm="Ufficio Stampa Srl <fatture@ufficiostampa-srl.it>",
         attach=[(make_pdf("Fattura 2026/1187", [f"Fattura n. 2026/1187 - ordine {o}",
                                                  "Stampante laser L200 - 1 pz - 129,00 EUR IVA incl."],
                           producer="Fatture Facili 4.2"), "application", "pdf", "fattura-2026-1187.pdf")],
         subject=f"Fattura per l'ordine {o}", text=f"""Gentile cliente,

grazie per l'acquisto. In allegato trova la fattura n. 2026/1187 relativa
all'ordine {o}, intestata come indicato in fase d'ordine.

La stampante ha 2 anni di garanzia del produttore: per attivarla conservi la
fattura e il numero di serie che trova sul retro, vicino alla presa.

Cordiali saluti
Amministrazione Ufficio Stampa Srl""")

    o, b = order("it-feedback-produttore", "it", "Zaino da trekking 40 L verde")
    case("it-feedback-girato-produttore", "relay", [],
         "'Abbiamo girato il suo feedback al produttore' and 'recensione' as the buyer's own word: no request, "
         "no change asked.",
         to=b, frm="Montagna Viva <clienti@montagnaviva.it>", reply_intro="Il 12/06/2026 alle 21:14, cliente Amazon ha scritto:",
         reply="Lo zaino va bene ma la cerniera laterale è durissima, l'ho scritto anche nella recensione.",
         subject=f"Re: cerniera laterale zaino - ordine {o}", text=f"""Buongiorno,

grazie per averci segnalato la cerniera laterale dello zaino (ordine {o}).
Abbiamo girato il suo feedback al produttore, che sta già modificando il
cursore sulle prossime produzioni.

Nel frattempo basta passare un po' di cera d'api o di sapone secco sui
dentini: la cerniera diventa molto più scorrevole. Se non migliora, le
spediamo una cerniera di ricambio senza alcun costo.

Cordiali saluti
Montagna Viva""")

    o, b = order("it-ritardo", "it", "Poltrona relax elettrica tessuto beige", **PENDING)
    case("it-ritardo-spedizione", "relay", [],
         "A delay notice with a new date; the item is not out of stock and no cancellation is asked: neither "
         "order-problem rule applies.",
         to=b, frm="Relax Design <ordini@relaxdesign.it>", fmt="html",
         subject=f"Ritardo nella spedizione dell'ordine {o}", text=f"""Gentile cliente,

la poltrona relax dell'ordine {o} viene assemblata su ordinazione e il
fornitore del motore ci ha comunicato un ritardo di una settimana.

La nuova data di spedizione prevista è il 24 giugno; la consegna arriverà
quindi entro il 29 giugno. La avviseremo se dovesse cambiare qualcosa.

Ci scusiamo per l'attesa.

Relax Design""")

    o, b = order("it-sostituzione", "it", "Caraffa filtrante 2,4 L")
    case("it-sostituzione-gratuita-filtro", "relay", [],
         "A free replacement filter for a defective one ('senza costi') is resolving the order, not a "
         "promotion.",
         to=b, frm="AcquaPura <assistenza@acquapura.it>", crlf=True,
         reply="Il filtro perde carbone nell'acqua, è normale???",
         subject=f"Re: Filtro difettoso - ordine {o}", text=f"""Ciao,

no, non è normale: quel lotto di filtri ha un difetto di sigillatura.
Ti spediamo subito un filtro nuovo senza costi per l'ordine {o}, arriva
in 2-3 giorni lavorativi. Quello difettoso puoi buttarlo nel secco.

Prima di usarlo lascialo in ammollo 15 minuti e scarta le prime due caraffe.

Ciao e scusa per l'inconveniente,
Giulia - AcquaPura""")

    # ---- violations ----
    o, b = order("it-buono", "it", "Spazzolino elettrico sonico bianco")
    case("it-buono-sconto-per-recensione", "reject", ["review.incentive"],
         "A discount voucher for everyone who leaves a review: incentive (the voucher is also marketing).",
         to=b, frm="Sorriso Smart <info@sorrisosmart.it>", tolerated=("type.marketing",),
         subject=f"Il tuo spazzolino - ordine {o}", text=f"""Ciao!

Speriamo che il tuo spazzolino sonico (ordine {o}) ti stia piacendo.
Ricordati di caricarlo completamente per 16 ore prima del primo uso.

Per chi lascia una recensione su Amazon c'è un buono sconto del 15%
sul prossimo acquisto: basta risponderci con il nome che usi nella recensione.

A presto,
il team Sorriso Smart""")

    o, b = order("it-spedizione", "it", "Tappetino yoga in sughero 6 mm")
    case("it-ti-regaliamo-spedizione", "reject", ["review.incentive"],
         "'Se ci lasci la tua opinione ti regaliamo la spedizione' on the next order: a future benefit for a "
         "review.",
         to=b, frm="Yoga Natura <ciao@yoganatura.it>", tolerated=("type.marketing",), fmt="alt",
         subject=f"Come va con il tappetino? Ordine {o}", text=f"""Ciao,

il tappetino in sughero dell'ordine {o} diventa ancora più aderente dopo
qualche lavaggio con acqua tiepida e un panno morbido.

Se ci lasci la tua opinione su Amazon, ti regaliamo la spedizione sul
prossimo ordine. Grazie mille!

Namasté,
Yoga Natura""")

    o, b = order("it-pensierino", "it", "Tisaniera in vetro con infusore")
    case("it-pensierino-dopo-recensione", "reject", ["review.incentive"],
         "'Appena la recensione è online ti mandiamo un pensierino': a gift tied to the review.",
         to=b, frm="Tè e Tisane Conti <bottega@teetisaneconti.it>", enc=B64,
         subject=f"Un consiglio per la tua tisaniera ({o})", text=f"""Ciao Francesca,

per la tisaniera dell'ordine {o}: l'acqua per le tisane non deve bollire,
fermati a circa 90 gradi e lascia in infusione 5-7 minuti.

Ci faresti un grande favore scrivendo due righe su Amazon: appena la tua
recensione e online ti mandiamo un pensierino della nostra bottega.

Un abbraccio,
Sara e Paolo - Tè e Tisane Conti""")

    o, b = order("it-stelline", "it", "Cuscino memory cervicale")
    case("it-cinque-stelline", "reject", ["review.incentive"],
         "Asks for '5 stelline': persuading towards a positive rating.",
         to=b, frm="Dormi Bene <servizio@dormibene.it>", tolerated=("review.conditional",),
         subject=f"Il tuo cuscino memory - ordine {o}", text=f"""Ciao,

il cuscino dell'ordine {o} ha bisogno di 24-48 ore fuori dalla confezione
per tornare alla sua forma: non preoccuparti se all'inizio sembra basso.

Se ti trovi bene, ci lasceresti 5 stelline su Amazon? Per un piccolo
negozio come il nostro fanno davvero la differenza.

Buon riposo,
Dormi Bene""")

    o, b = order("it-felici", "it", "Macchina per pasta fresca manuale")
    case("it-valutazione-positiva-felici", "reject", ["review.incentive"],
         "'Una valutazione positiva ci farebbe felici': steering towards positive feedback.",
         to=b, frm="Pastificio Artigiano Ruggeri <negozio@pastificioruggeri.it>", enc=W1252,
         subject=f"Ordine {o} - qualche consiglio per la sua macchina per pasta", text=f"""Gentile cliente,

per la macchina per pasta dell'ordine {o}: non la lavi mai in acqua. Dopo
l'uso lasci asciugare i residui e li tolga con un pennello asciutto.

Una sua valutazione positiva come venditore ci farebbe davvero felici:
la può lasciare dalla sezione I miei ordini.

Cordiali saluti
Pastificio Artigiano Ruggeri""")

    o, b = order("it-gating", "it", "Set coltelli da cucina 6 pezzi")
    case("it-se-soddisfatto-altrimenti-scrivici", "reject", ["review.conditional"],
         "'Se sei soddisfatto lascia una recensione, altrimenti scrivici prima': review gating.",
         to=b, frm="Lame d'Autore <info@lamedautore.it>", tolerated=("review.incentive",),
         subject=f"I tuoi coltelli - ordine {o}", text=f"""Ciao,

i coltelli dell'ordine {o} vanno lavati a mano e asciugati subito: la
lavastoviglie rovina il filo e il manico in legno.

Se sei soddisfatto dell'acquisto lasciaci una recensione su Amazon,
altrimenti scrivici prima qui: risolviamo tutto noi, promesso.

Lame d'Autore""")

    o, b = order("it-rivedere", "it", "Smartwatch sportivo GPS nero")
    case("it-potresti-rivedere-giudizio", "reject", ["review.removal-request"],
         "After solving the buyer's problem, 'potresti rivedere il tuo giudizio?': asks to change an existing "
         "review.",
         to=b, frm="Polso Tech <supporto@polsotech.it>",
         reply="Lo smartwatch non si collega al telefono, ho messo una stella.",
         subject=f"Re: Smartwatch non si collega - ordine {o}", text=f"""Ciao,

il problema dell'ordine {o} dipende dall'app vecchia: disinstallala,
scarica la versione 3.2 e associa l'orologio tenendo premuto il tasto
laterale per 5 secondi. Così la connessione resta stabile.

Ora che funziona, potresti rivedere il tuo giudizio su Amazon? Per noi
sarebbe molto importante.

Grazie,
Polso Tech""")

    o_neu = ORDERS["it-neutral"]["order_id"]
    b_neu = ORDERS["it-neutral"]["buyer_email"]
    case("it-ti-ricordiamo-recensione", "reject", ["review.repeat"],
         "A second review request for the same order after the neutral one was relayed ('ti ricordiamo').",
         to=b_neu, frm="Cucina Ferraro <ordini@cucinaferraro.it>", day=14,
         after=("it-cura-padelle-recensione-neutra",),
         subject=f"Promemoria - ordine {o_neu}", text=f"""Gentile cliente,

ti ricordiamo che puoi ancora lasciare una recensione sulle padelle
dell'ordine {o_neu}: bastano due minuti dalla pagina I miei ordini.

Grazie e buona cucina!
Cucina Ferraro""")

    o, b = order("it-novita", "it", "Candela profumata vaniglia 200 g")
    case("it-scopri-novita-newsletter", "quarantine", ["type.marketing"],
         "'Scopri le novità della collezione' and 'iscriviti alla newsletter': promotional messaging.",
         to=b, frm="Atelier Lumi <ciao@atelierlumi.it>", fmt="alt",
         subject=f"Grazie per l'ordine {o}: scopri le novità!", text=f"""Ciao,

la candela dell'ordine {o} rende al meglio se la prima volta la lasci
accesa finché tutta la superficie è sciolta (circa 2 ore).

Scopri le novità della collezione autunno: arrivano cannella, fico e
legno di sandalo. Iscriviti alla newsletter dal nostro negozio Amazon per
riceverle in anteprima!

Atelier Lumi""")

    o, b = order("it-spedito-brt", "it", "Aspirapolvere senza filo 25 V")
    case("it-ordine-spedito-brt-tracciamento", "quarantine", ["type.order-confirmation"],
         "Proactive: 'il tuo ordine è stato spedito con BRT, numero di tracciamento ...' only duplicates "
         "Amazon's dispatch confirmation.",
         to=b, frm="ElettroPiù <spedizioni@elettropiu.it>",
         subject=f"Ordine {o} spedito", text=f"""Ciao,

il tuo ordine {o} è stato spedito con BRT.
Numero di tracciamento: 0771 2290 4418 05
Consegna prevista: 2-3 giorni lavorativi.

Grazie per aver acquistato da ElettroPiù!

ElettroPiù - Ufficio spedizioni""")

    o, b = order("it-grazie", "it", "Portafoglio in pelle uomo marrone")
    case("it-grazie-di-cuore-solo", "quarantine", ["type.thank-you-only"],
         "Only thanks and 'siamo a disposizione': nothing else remains.",
         to=b, frm="Pelletteria Fontana <bottega@pelletteriafontana.it>", fmt="html",
         subject=f"Grazie! Ordine {o}", text=f"""Gentile cliente,

grazie di cuore per averci scelto per il suo ordine {o}.
Siamo una piccola pelletteria di famiglia e ogni ordine per noi è una festa.

Per qualsiasi dubbio o necessità siamo sempre a sua disposizione.

Un caro saluto,
Antonio e famiglia - Pelletteria Fontana""")

    o, b = order("it-esaurito-no", "it", "Giacca antipioggia donna taglia M", **OOS)
    case("it-esaurito-senza-rimborso", "quarantine", ["order-problem.no-adjustment"],
         "Out of stock, cannot ship, and no word on the adjustment or refund.",
         to=b, frm="Moda Outdoor <ordini@modaoutdoor.it>",
         subject=f"Ordine {o} - articolo esaurito", text=f"""Gentile cliente,

ci dispiace informarla che la giacca antipioggia taglia M dell'ordine {o}
è esaurita e il fornitore non la produrrà più in questo colore.

Non siamo quindi in grado di spedire l'articolo. Ci scusiamo sinceramente
per l'inconveniente.

Moda Outdoor""")

    o, b = order("it-annulla", "it", "Scarpe running uomo 43 blu", **OOS)
    case("it-esaurito-chiediamo-annullare", "reject", ["order-problem.cancellation-request"],
         "Out of stock and 'ti chiediamo di annullare l'ordine': asks the buyer to request the cancellation.",
         to=b, frm="Corri Store <info@corristore.it>", tolerated=("order-problem.no-adjustment",),
         subject=f"Ordine {o}: taglia non disponibile", text=f"""Ciao,

purtroppo le scarpe running taglia 43 dell'ordine {o} sono esaurite nel
nostro magazzino.

Ti chiediamo di annullare l'ordine dalla sezione I miei ordini di Amazon
(motivo: altro), così il sistema chiude la pratica. Scusa per il disagio!

Corri Store""")

    o, b = order("it-reso-inutile", "it", "Frullatore ad immersione 1000 W")
    case("it-reso-ricevuto-nessuna-domanda", "quarantine", ["return.unnecessary"],
         "'Abbiamo ricevuto la richiesta di reso' with regrets and the refund timing, no question and no "
         "partial refund.",
         to=b, frm="Cucina Express <resi@cucinaexpress.it>",
         subject=f"Reso ordine {o}", text=f"""Gentile cliente,

abbiamo ricevuto la richiesta di reso per il frullatore ad immersione
dell'ordine {o}. Ci dispiace che il prodotto non l'abbia soddisfatta.

Appena il pacco arriverà al nostro magazzino procederemo con il rimborso,
di solito entro 48 ore dalla ricezione.

Cordiali saluti
Cucina Express""")

    o, b = order("it-parolacce", "it", "Lampadario a sospensione in vetro")
    case("it-stronzi-magazzino", "quarantine", ["content.sensitive"],
         "Offensive language about the warehouse staff in a message to the buyer.",
         to=b, frm="Luci Vetro Murano Shop <info@lucivetroshop.it>",
         reply="Il lampadario è arrivato con il vetro rotto!",
         subject=f"Re: Vetro rotto - ordine {o}", text=f"""Ciao,

mi scuso tantissimo per l'ordine {o}. Quegli stronzi del magazzino hanno
imballato il vetro senza la protezione in polistirolo, gliel'ho detto mille volte.

Ti spedisco oggi stesso un vetro nuovo, imballato da me personalmente.
Il vetro rotto puoi buttarlo.

Davide""")

    o, b = order("it-emoji", "it", "Borraccia termica acciaio 750 ml")
    case("it-emoji-sorriso", "reject", ["style.emoji"],
         "A pictographic emoji and an ASCII emoticon in a useful message.",
         to=b, frm="Borracce Verdi <ciao@borracceverdi.it>",
         reply="La borraccia sa un po' di metallo, come faccio?",
         subject=f"Re: sapore borraccia - ordine {o}", text=f"""Ciao!

Per la borraccia dell'ordine {o}: riempila con acqua calda e un cucchiaino
di bicarbonato, lasciala riposare una notte e risciacqua bene. Il sapore
di metallo sparisce dopo un paio di lavaggi 😊

Fammi sapere se funziona :-)
Chiara - Borracce Verdi""")

    o, b = order("it-optout", "it", "Tenda oscurante 140x260 grigia")
    case("it-non-desidera-ricevere-cancella", "reject", ["link.opt-out"],
         "'Se non desidera ricevere altre comunicazioni risponda CANCELLA': opt-out text.",
         to=b, frm="Tende&Tessuti <ordini@tendeetessuti.it>",
         subject=f"Istruzioni di montaggio - ordine {o}", text=f"""Gentile cliente,

per la tenda dell'ordine {o} le consigliamo di stirarla a bassa
temperatura dal rovescio prima di appenderla; gli occhielli si adattano
a bastoni fino a 28 mm di diametro.

Cordiali saluti
Tende&Tessuti

--
Se non desidera ricevere altre comunicazioni da noi, risponda a questo
messaggio con la parola CANCELLA.""")

    o, b = order("it-telefono", "it", "Caldaia murale a condensazione 24 kW")
    case("it-numero-servizio-clienti", "reject", ["content.phone-number"],
         "The seller's own customer-service mobile number, with no warranty, carrier or manufacturer "
         "context.",
         to=b, frm="Termoidraulica Greco <vendite@termogreco.it>",
         subject=f"Installazione caldaia - ordine {o}", text=f"""Gentile cliente,

per l'ordine {o} le ricordiamo che la prima accensione della caldaia deve
essere fatta da un tecnico abilitato, che compila anche il libretto di impianto.

Per qualsiasi dubbio sull'installazione può chiamare il nostro ufficio
al 347 218 9043, dal lunedì al venerdì.

Cordiali saluti
Termoidraulica Greco""")


# --------------------------------------------------------------------------------------------
# Spanish (amazon.es, amazon.com.mx)
# --------------------------------------------------------------------------------------------

def cases_es() -> None:
    LANG[0] = "es"
    # ---- compliant near-misses ----
    o, b = order("es-seur-reply", "es", "Cafetera italiana 6 tazas inducción")
    case("es-respuesta-seguimiento-seur", "relay", [],
         "Answers the buyer's '¿dónde está mi pedido?' with the SEUR tracking number: a reply.",
         to=b, frm="Cafés del Sur <atencion@cafesdelsur.es>", reply_intro=ES_INTRO,
         reply="Hola, mi pedido no ha llegado todavía y el seguimiento de Amazon no se actualiza.",
         subject=f"RE: Pedido no recibido {o}", text=f"""Hola,

hemos revisado tu pedido {o}: salió de nuestro almacén el martes con SEUR
y está en la delegación de Getafe, pendiente de reparto.

Número de envío SEUR: 2093 4471 0562

Si mañana no lo recibes, escríbenos por aquí y abrimos una incidencia con SEUR.

Un saludo,
Laura - Cafés del Sur""")

    o, b = order("es-neutral", "es", "Sartén de hierro fundido 28 cm")
    case("es-cuidado-sarten-resena-neutra", "relay", [],
         "Seasoning instructions, then a neutral request for an opinion (usted) with no benefit or condition.",
         to=b, frm="Forja Castellana <pedidos@forjacastellana.es>", fmt="alt",
         subject=f"Cómo curar su sartén de hierro - pedido {o}", text=f"""Estimado cliente:

Gracias por su pedido {o}. Antes del primer uso, la sartén de hierro
necesita un curado:

1. Lávela con agua caliente y séquela al fuego.
2. Extienda una capa muy fina de aceite de girasol por dentro y por fuera.
3. Hornéela boca abajo a 220 grados durante una hora.

Si tiene un momento, nos ayudaría conocer su opinión sobre la sartén en la
página del pedido de Amazon, sea cual sea.

Atentamente,
Forja Castellana""")

    o, b = order("mx-agotado-ok", "es", "Licuadora de vaso de vidrio 1.5 L", tld="com.mx", **OOS)
    case("mx-agotado-reembolso-confirmado", "relay", [],
         "Mexican seller: out of stock, the full refund already issued and the reason stated.",
         to=b, frm="Hogar Práctico MX <ventas@hogarpracticomx.com>",
         subject=f"Problema con su pedido {o}", text=f"""Estimado cliente:

Le informamos que la licuadora de su pedido {o} se encuentra agotada;
nuestro proveedor no nos surtió el lote de junio.

Ya realizamos el reembolso total de su pedido ($1,249.00 MXN) por falta de
inventario a través de Amazon. Verá el cargo revertido en su tarjeta en un
plazo de 3 a 5 días hábiles.

Una disculpa por las molestias.
Hogar Práctico MX""")

    o, b = order("es-devol-info", "es", "Auriculares inalámbricos cancelación de ruido")
    case("es-devolucion-pide-lote", "relay", [],
         "Return-related message asking for the information needed (photos, which earbud fails).",
         to=b, frm="SonidoPlus <devoluciones@sonidoplus.es>",
         subject=f"Su solicitud de devolución - pedido {o}", text=f"""Hola:

Hemos visto que ha solicitado una devolución de los auriculares del pedido
{o} porque "un auricular no suena".

Para tramitarla necesitamos saber:
- qué auricular falla (izquierdo o derecho);
- una foto de la caja de carga con el número de lote (pegatina de la base).

Con esos datos le mandamos la etiqueta de devolución.

Gracias,
Departamento de devoluciones SonidoPlus""")

    o, b = order("mx-parcial", "es", "Comedor 4 sillas madera de pino", tld="com.mx")
    case("mx-devolucion-reembolso-parcial", "relay", [],
         "Mexican seller offers a partial refund instead of the return of a bulky item ('platicar').",
         to=b, frm="Muebles Sierra Madre <clientes@mueblessierramadre.mx>", reply_intro=MX_INTRO,
         reply="Una de las sillas vino rayada, quiero devolver el comedor.",
         subject=f"RE: Silla rayada pedido {o}", text=f"""Hola, buen día:

Lamentamos lo de la silla rayada de su pedido {o}. Devolver el comedor
completo implica que la paquetería recoja 5 bultos, y puede tardar.

Le proponemos dos opciones, como usted prefiera:
a) un reembolso parcial de $900.00 MXN y se queda con el comedor, o
b) seguir con la devolución completa.

Con gusto lo platicamos por este medio; solo díganos qué opción elige.

Saludos,
Muebles Sierra Madre""")

    o, b = order("es-horas", "es", "Programador de riego 4 zonas")
    case("es-horas-escala-pasos", "relay", [],
         "Times (9:00, 21:30), a ratio 1:1 and list markers 'paso 2)' are not emoticons.",
         to=b, frm="RiegoFácil <soporte@riegofacil.es>",
         reply="No consigo que el programador riegue por la noche.",
         subject=f"RE: Programar riego nocturno - pedido {o}", text=f"""Hola:

Para el programador de su pedido {o}:

paso 1) pulse MODE hasta que parpadee P1;
paso 2) fije la hora de inicio, por ejemplo 21:30, con las flechas;
paso 3) elija la duracion (en minutos) y confirme con OK.

Si quiere regar igual las zonas 1 y 2, use la proporcion 1:1 en el menu
REPARTO. El reloj interno se pone en hora solo a las 9:00 si tiene wifi.

Un saludo,
Soporte RiegoFácil""")

    o, b = order("mx-estafeta", "es", "Refrigerador dúplex 22 pies inoxidable", tld="com.mx")
    case("mx-entrega-estafeta-telefono", "relay", [],
         "Scheduling a heavy delivery; the phone number is the carrier's (Estafeta), named on the line before.",
         to=b, frm="Línea Blanca del Norte <logistica@lineablancanorte.mx>",
         subject=f"Programar entrega de su refrigerador - pedido {o}", text=f"""Hola, buen día:

Su refrigerador del pedido {o} pesa 95 kg y la paquetería Estafeta
necesita agendar la entrega. Para elegir fecha y horario marque a Estafeta:
800 378 2338

Por favor cheque también que la puerta de entrada mida al menos 80 cm de ancho
y díganos si el refrigerador tiene que subir escaleras.

Gracias,
Línea Blanca del Norte""")

    o, b = order("es-coger", "es", "Juego de 3 cestas de mimbre")
    case("es-coger-concha-no-ofensivo", "relay", [],
         "Spain Spanish 'coger' (to take) and 'concha' (shell) are ordinary words on amazon.es.",
         to=b, frm="Mimbre y Esparto <tienda@mimbreyesparto.es>",
         reply="Las cestas huelen un poco a humedad, ¿es normal?",
         reply_intro=ES_INTRO,
         subject=f"RE: Olor de las cestas - pedido {o}", text=f"""Hola:

Es normal en el mimbre natural recién tejido. Para las cestas de su pedido
{o}, cójalas de una en una, páselas un paño con agua y un chorrito de
vinagre y déjelas secar al sol. El olor desaparece en un par de días.

La cesta grande lleva un cierre con forma de concha que se puede quitar
si prefiere usarla abierta.

Un saludo,
Mimbre y Esparto""")

    o, b = order("es-valoracion", "es", "Reloj de pared vintage 40 cm")
    case("es-valoracion-del-tecnico", "relay", [],
         "'valoración del técnico' and 'hemos revisado' are about the repair, not a review: no review rule.",
         to=b, frm="Relojería Ortega <taller@relojeriaortega.es>", enc=L1,
         reply="El reloj se para cada dos días aunque le cambio la pila.", reply_intro=ES_INTRO,
         subject=f"RE: Reloj que se para - pedido {o}", text=f"""Hola, buenas tardes:

Hemos revisado las fotos del mecanismo de su reloj (pedido {o}). Segun la
valoracion de nuestro tecnico, la aguja del minutero roza con el cristal y
frena la maquinaria.

Le enviamos un cristal con la cúpula más alta, sin coste; solo tiene que
girar el aro y cambiarlo. Si sigue parandose, nos lo dice y lo cambiamos entero.

Relojería Ortega""")

    o, b = order("mx-retraso", "es", "Bicicleta de montaña rodada 29", tld="com.mx", **PENDING)
    case("mx-retraso-checar-estatus", "relay", [],
         "A Mexican delay notice ('checar el estatus'); the item will ship, no refund or cancellation needed.",
         to=b, frm="Bicis Bajío <pedidos@bicisbajio.mx>", fmt="alt",
         subject=f"Su pedido {o} saldrá unos días después", text=f"""Hola, ¿qué tal?

Le escribimos porque la bicicleta de su pedido {o} se arma y se revisa en
nuestro taller antes del envío, y esta semana tenemos retraso.

La enviaremos a más tardar el 19 de junio por DHL México; puede checar el
estatus en su cuenta de Amazon en cuanto salga.

Disculpe la espera.
Bicis Bajío""")

    o, b = order("es-diseno", "es", "Taza personalizada con foto y texto")
    case("es-verificar-diseno-regalo", "relay", [],
         "Verifying a custom design; 'regalo' is the occasion of the product, not an incentive.",
         to=b, frm="Tazas con Alma <disenos@tazasconalma.es>",
         subject=f"Revise el diseño de su taza - pedido {o}", text=f"""Hola:

Antes de imprimir la taza de su pedido {o} necesitamos que confirme el texto
y la posición de la foto. Hemos entendido esto:

Texto: "Feliz cumpleaños, mamá - 60 años"
Foto: centrada, con el texto debajo en letra cursiva.

Como es para un regalo, ¿quiere que la enviemos sin factura dentro del
paquete? Responda a este mensaje con "OK" o con los cambios.

Gracias,
Tazas con Alma""")

    o, b = order("mx-bateria", "es", "Taladro inalámbrico 20 V con 2 baterías", tld="com.mx")
    case("mx-gracias-con-instrucciones-bateria", "relay", [],
         "Thanks plus real information (first charge of the batteries, warranty card), so not thank-you-only.",
         to=b, frm="Herramientas Monterrey <ventas@herramientasmty.mx>", crlf=True,
         subject=f"Antes de usar su taladro - pedido {o}", text=f"""Hola:

Muchas gracias por su compra (pedido {o}).

Antes del primer uso carguen las dos baterías por completo, unas 3 horas,
aunque el cargador se ponga en verde antes. No las dejen en el cargador
más de un día.

La tarjeta de garantía viene dentro del estuche: llénenla y guárdenla con
su comprobante.

Saludos,
Herramientas Monterrey""")

    o, b = order("es-factura", "es", "Silla de oficina ergonómica")
    case("es-envio-factura-adjunta", "relay", [],
         "Sending the invoice the buyer asked for (PDF attachment) in answer to the buyer.",
         to=b, frm="Oficina Total <facturacion@oficinatotal.es>", reply_intro=ES_INTRO,
         reply="Necesito la factura a nombre de mi empresa, CIF B12345678.",
         attach=[(make_pdf("Factura F-2026-0733", [f"Factura F-2026-0733 - pedido {o}",
                                                    "Silla ergonomica - 1 ud - 189,00 EUR IVA incl."],
                           producer="Facturador 7"), "application", "pdf", "factura-F-2026-0733.pdf")],
         subject=f"RE: Factura pedido {o}", text=f"""Hola:

Le adjuntamos la factura F-2026-0733 del pedido {o} a nombre de su empresa,
con el CIF que nos indicó.

Un saludo,
Administración - Oficina Total""")

    # ---- violations ----
    o, b = order("es-reembolso", "es", "Funda de móvil de silicona")
    case("es-te-lo-reembolsamos-si-opinas", "reject", ["review.incentive"],
         "'Te lo reembolsamos si nos dejas tu opinión': a refund tied to a review.",
         to=b, frm="Fundas Kiko <hola@fundaskiko.es>",
         subject=f"¿Qué tal tu funda? Pedido {o}", text=f"""¡Hola!

Esperamos que la funda de tu pedido {o} te quede perfecta. Si la silicona
coge polvo, lávala con agua y jabón neutro.

Y una cosa: si nos dejas tu opinión en Amazon, te lo reembolsamos entero.
Solo mándanos una captura cuando esté publicada.

Un abrazo,
Fundas Kiko""")

    o, b = order("es-sorteo", "es", "Mochila escolar ergonómica azul")
    case("es-participa-sorteo-resena", "reject", ["review.incentive"],
         "'Participa en el sorteo' of a scooter by leaving a review: an incentive (and promotion).",
         to=b, frm="Mochilas Bravo <info@mochilasbravo.es>", tolerated=("type.marketing",), fmt="alt",
         subject=f"Tu mochila - pedido {o}", text=f"""¡Hola!

Un consejo para la mochila de tu pedido {o}: ajusta las correas para que
la parte baja quede a la altura de la cintura, nunca más abajo.

Este mes, todos los clientes que escriban una reseña en Amazon participan
en el sorteo de un patinete eléctrico. ¡Mucha suerte!

Mochilas Bravo""")

    o, b = order("es-estrellitas", "es", "Lámpara de sal del Himalaya")
    case("es-cinco-estrellitas", "reject", ["review.incentive"],
         "'¿Nos regalas cinco estrellitas?': steering towards a top rating.",
         to=b, frm="Sal y Luz <tienda@salyluz.es>", tolerated=("review.conditional",),
         subject=f"Tu lámpara de sal - pedido {o}", text=f"""Hola:

La lámpara de tu pedido {o} puede "sudar" un poco en sitios húmedos; es
normal, sécala con un paño y déjala encendida unas horas al día.

Si te gusta, ¿nos regalas cinco estrellitas en Amazon? Somos una tienda
pequeñita y nos ayudan muchísimo.

Gracias,
Sal y Luz""")

    o, b = order("mx-gating", "es", "Plancha para cabello de cerámica", tld="com.mx")
    case("mx-si-todo-bien-resena-si-no-contactenos", "reject", ["review.conditional"],
         "'Si todo ha ido bien, déjenos su reseña; si no, contáctenos antes': review gating.",
         to=b, frm="Belleza Jalisco <contacto@bellezajalisco.mx>", tolerated=("review.incentive",),
         subject=f"Su plancha para cabello - pedido {o}", text=f"""Hola, buen día:

Para su plancha del pedido {o} le recomendamos usar protector térmico y no
pasar de 200 grados en cabello teñido.

Si todo ha ido bien con su compra, déjenos su reseña en Amazon; si no,
contáctenos antes por este medio y lo arreglamos.

Saludos,
Belleza Jalisco""")

    o, b = order("es-cambiar", "es", "Colchón viscoelástico 150x190")
    case("es-podrias-cambiar-valoracion", "reject", ["review.removal-request"],
         "'¿Podrías cambiar tu valoración?' after solving the buyer's issue.",
         to=b, frm="Descanso Ibérico <clientes@descansoiberico.es>", reply_intro=ES_INTRO,
         reply="El colchón huele fatal, os he puesto dos estrellas.",
         subject=f"RE: Olor del colchón - pedido {o}", text=f"""Hola:

Sentimos lo del olor del colchón de tu pedido {o}. Es el olor de fábrica de
la espuma al salir del envasado al vacío: ventila la habitación 48 horas y
desaparece del todo.

Ahora que sabes que no es un defecto, ¿podrías cambiar tu valoración en
Amazon? Te lo agradeceríamos mucho.

Descanso Ibérico""")

    o_neu = ORDERS["es-neutral"]["order_id"]
    b_neu = ORDERS["es-neutral"]["buyer_email"]
    case("es-te-recordamos-opinion", "reject", ["review.repeat"],
         "A second review request for the same order ('te recordamos') after the first one was relayed.",
         to=b_neu, frm="Forja Castellana <pedidos@forjacastellana.es>", day=14,
         after=("es-cuidado-sarten-resena-neutra",),
         subject=f"Recordatorio - pedido {o_neu}", text=f"""Hola:

Te recordamos que todavía puedes dejar tu opinión sobre la sartén del
pedido {o_neu} en Amazon. ¡Solo te llevará un minuto!

Forja Castellana""")

    o, b = order("es-instagram", "es", "Set de pinceles de acuarela")
    case("es-siguenos-instagram", "quarantine", ["type.marketing"],
         "'Síguenos en Instagram' for new products: a social-media follow request.",
         to=b, frm="Acuarelas Marina <hola@acuarelasmarina.es>", enc=B64,
         subject=f"Tus pinceles - pedido {o}", text=f"""¡Hola!

Los pinceles de tu pedido {o} llevan una goma protectora en la punta:
quítala antes de mojarlos y no los dejes nunca apoyados sobre el pelo.

Síguenos en Instagram (@acuarelasmarina) para ver tutoriales, sorteos y
las nuevas colecciones de papel antes que nadie.

Marina""")

    o, b = order("mx-descuento", "es", "Termo de acero 1 L", tld="com.mx")
    case("mx-aprovecha-descuento-codigo", "quarantine", ["type.marketing"],
         "'Aprovecha el 20% de descuento en tu próxima compra' with a code: a promotion.",
         to=b, frm="Termos Sonora <ventas@termossonora.mx>",
         subject=f"Tu termo - pedido {o}", text=f"""¡Qué tal!

Tu termo del pedido {o} mantiene el café caliente 12 horas si lo
precalientas con agua hirviendo 2 minutos antes de llenarlo.

Aprovecha el 20% de descuento en tu próxima compra de nuestra tienda en
Amazon con el código TERMO20, válido hasta el 30 de junio.

Saludos,
Termos Sonora""")

    o, b = order("es-seur", "es", "Zapatillas de casa mujer talla 38")
    case("es-pedido-enviado-seur", "quarantine", ["type.order-confirmation"],
         "Proactive dispatch confirmation: 'tu pedido ha sido enviado con SEUR' with the tracking number.",
         to=b, frm="Calzados Nerea <pedidos@calzadosnerea.es>", fmt="html",
         subject=f"Pedido {o} enviado", text=f"""Hola:

Tu pedido {o} ha sido enviado con SEUR.
Numero de seguimiento: 2093 5580 1137
Entrega estimada: 24-48 horas.

Gracias por tu compra,
Calzados Nerea""")

    o, b = order("mx-dhl", "es", "Audífonos de diadema inalámbricos", tld="com.mx")
    case("mx-pedido-enviado-estafeta-guia", "quarantine", ["type.order-confirmation"],
         "Mexican dispatch confirmation: 'su pedido ya fue enviado por Estafeta, número de guía ...'.",
         to=b, frm="Audio Centro MX <envios@audiocentro.mx>",
         subject=f"Su pedido {o} ya va en camino", text=f"""Hola, buen día:

Le confirmamos que su pedido {o} ya fue enviado por paquetería Estafeta.

Número de guía: 7015 3381 2294 0610 4
Tiempo estimado de entrega: 3 a 5 días hábiles.

Saludos cordiales,
Audio Centro MX""")

    o, b = order("es-gracias", "es", "Juego de sábanas de algodón 150")
    case("es-mil-gracias-solo", "quarantine", ["type.thank-you-only"],
         "Only thanks and 'aquí estamos para lo que necesites': nothing else.",
         to=b, frm="Textil Hogar Ana <tienda@textilhogarana.es>",
         subject=f"¡Gracias! Pedido {o}", text=f"""¡Hola!

Mil gracias por confiar en nosotros para tu pedido {o}. Somos una tienda
familiar de Ontinyent y cada pedido nos hace muchísima ilusión.

Aquí estamos para lo que necesites, cuando quieras.

Un abrazo,
Ana y familia""")

    o, b = order("es-cancele", "es", "Cortacésped eléctrico 1600 W", **OOS)
    case("es-agotado-rogamos-cancele", "reject", ["order-problem.cancellation-request"],
         "Out of stock and 'le rogamos que cancele el pedido': asks the buyer to request the cancellation.",
         to=b, frm="Jardín Levante <pedidos@jardinlevante.es>", tolerated=("order-problem.no-adjustment",),
         subject=f"Incidencia con su pedido {o}", text=f"""Estimado cliente:

Lamentamos comunicarle que el cortacésped de su pedido {o} está agotado y
el fabricante no tiene fecha de reposición.

Le rogamos que cancele el pedido desde su cuenta de Amazon para que
podamos cerrar la incidencia. Disculpe las molestias.

Atentamente,
Jardín Levante""")

    o, b = order("mx-agotado-no", "es", "Silla gamer reclinable roja", tld="com.mx", **OOS)
    case("mx-agotado-sin-reembolso", "quarantine", ["order-problem.no-adjustment"],
         "Out of stock, cannot ship, and no confirmation of the refund or adjustment.",
         to=b, frm="Gamer Zone GDL <ventas@gamerzonegdl.mx>",
         subject=f"Pedido {o} - producto agotado", text=f"""Hola:

Les escribimos para avisarles que la silla gamer roja de su pedido {o} esta
agotada y no vamos a poder enviarla.

Una disculpa por los inconvenientes que esto les cause.

Gamer Zone GDL""")

    o, b = order("es-devol-inutil", "es", "Vestido de fiesta largo verde")
    case("es-devolucion-sin-pregunta", "quarantine", ["return.unnecessary"],
         "'Hemos visto que ha solicitado una devolución' with regrets and refund timing only: neither a "
         "question nor a partial refund.",
         to=b, frm="Moda Alba <atencion@modaalba.es>", enc=W1252,
         subject=f"Devolución pedido {o}", text=f"""Hola:

Hemos visto que ha solicitado una devolución del vestido de su pedido {o}.
Sentimos mucho que no le haya convencido.

En cuanto el paquete llegue a nuestro almacén tramitaremos el reembolso,
normalmente en 2 o 3 días laborables.

Un saludo,
Moda Alba""")

    o, b = order("es-taco", "es", "Estantería metálica 5 baldas")
    case("es-puto-repartidor", "quarantine", ["content.sensitive"],
         "Swearing about the courier ('el puto repartidor', 'de mierda') in a message to the buyer.",
         to=b, frm="Almacenaje Total <soporte@almacenajetotal.es>", reply_intro=ES_INTRO,
         reply="La estantería llegó con dos baldas dobladas.",
         subject=f"RE: Baldas dobladas - pedido {o}", text=f"""Hola:

Perdona de verdad. El puto repartidor ha vuelto a tirar las cajas desde la
furgoneta, ya es la tercera vez este mes con la agencia de mierda de siempre.

Te mandamos hoy dos baldas nuevas para el pedido {o}, no hace falta que
devuelvas las dobladas.

Javi - Almacenaje Total""")

    o, b = order("mx-emoji", "es", "Cafetera de goteo 12 tazas", tld="com.mx")
    case("mx-emoji-pulgar", "reject", ["style.emoji"],
         "A thumbs-up emoji and ':D' in an otherwise useful answer.",
         to=b, frm="Café Chiapas Directo <ventas@cafechiapasdirecto.mx>", reply_intro=MX_INTRO,
         reply="La cafetera gotea por abajo, ¿qué hago?",
         subject=f"RE: Cafetera gotea - pedido {o}", text=f"""¡Hola!

Checa que la jarra esté bien centrada sobre la placa: si queda chueca, el
sistema antigoteo no abre y el agua se sale por abajo. 👍

Con eso debe quedar. Cualquier cosa nos dices :D
Café Chiapas Directo - pedido {o}""")

    o, b = order("es-baja", "es", "Difusor de aromas ultrasónico")
    case("es-responda-baja", "reject", ["link.opt-out"],
         "'Si no desea recibir más mensajes, responda BAJA': opt-out text.",
         to=b, frm="Aromas del Mediterráneo <info@aromasmediterraneo.es>",
         subject=f"Uso del difusor - pedido {o}", text=f"""Hola:

Para el difusor de su pedido {o}, use agua del grifo a temperatura ambiente
y 3-5 gotas de aceite esencial; nunca llene por encima de la línea MAX.

Un saludo,
Aromas del Mediterráneo

Si no desea recibir más mensajes nuestros, responda con la palabra BAJA.""")

    o, b = order("mx-telefono", "es", "Minisplit inverter 1 tonelada", tld="com.mx")
    case("mx-marquenos-para-platicar", "reject", ["content.phone-number"],
         "The seller's own WhatsApp / office number 'para platicar', not a carrier, warranty or manufacturer "
         "line.",
         to=b, frm="Clima Fresco Monterrey <ventas@climafrescomty.mx>",
         subject=f"Instalación de su minisplit - pedido {o}", text=f"""Hola, buen día:

Para su minisplit del pedido {o} recomendamos que la instalación la haga
un técnico certificado y que la unidad exterior quede a la sombra.

Si quiere platicar sobre la instalación, márquenos o mándenos WhatsApp al
81 1234 5678, de lunes a sábado de 9 a 18 h.

Saludos,
Clima Fresco Monterrey""")


def main() -> None:
    collect_by_language(CASE_LIST, (cases_it, cases_es))
    write_orders(ROOT, ORDERS)
    labels = write_cases(ROOT, CASE_LIST, partial(set_boundaries, prefix="thirtieth"), verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
