#!/usr/bin/env python3
"""Build the sixth labelled corpus: orders.csv, cases/*.eml and labels.json.

    . .venv/bin/activate && python tests/corpus_sixth/build.py

Deterministic: buyer addresses come from a seeded generator, MIME boundaries are derived from the case
slug, and every image, PDF and office file is drawn here (Pillow / by hand). Each message is read back
after writing (see verify()). The helpers are copied from tests/corpus_fourth/build.py; the messages,
sellers, products, mail-program templates (Outlook/Word, Gmail, Apple Mail) and orders are new.
"""

from __future__ import annotations

import html as htmlmod
import random
import sys
from functools import partial
from pathlib import Path

from PIL import Image

ROOT = Path(__file__).resolve().parent
CASES = ROOT / "cases"

sys.path.insert(0, str(ROOT.parent))  # tests/: the shared helpers live in tests/corpus_build.py
import corpus_build as cb  # noqa: E402
from corpus_build import (  # noqa: E402
    add_case,
    animated_gif,
    banner_png,
    buyer,
    collect_by_language,
    img_bytes,
    lang_counts,
    logo_png,
    make_docx,
    mk,
    page,
    quote,
    reply_headers,
    serum_jpeg,
    set_boundaries,
    verify,
    write_cases,
    write_orders,
)

# --------------------------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------------------------

_rnd = random.Random(6_2026_0615)
_buyer = partial(buyer, _rnd)


_ORDER_ROWS = [
    ("desklamp", "114-2093847-5561029", "com", "en", "2026-06-01T14:00:00Z", "2026-06-02T09:00:00Z", "2026-06-05T18:00:00Z", "LED Desk Lamp with Wireless Charger, Walnut", True),
    ("teapot", "205-7731902-4418830", "co.uk", "en", "2026-06-04T10:00:00Z", "2026-06-05T09:00:00Z", "2026-06-08T13:00:00Z", "Stoneware Teapot 1.2 L, Speckled Blue", True),
    ("tent", "113-5580231-9902714", "com", "en", "2026-05-09T16:00:00Z", "2026-05-11T10:00:00Z", "2026-05-15T11:00:00Z", "Ultralight 2-Person Backpacking Tent", True),
    ("headset", "112-4408172-3365019", "com", "en", "2026-06-07T20:00:00Z", "2026-06-08T12:00:00Z", "2026-06-10T16:30:00Z", "Wireless Gaming Headset with Boom Mic", True),
    ("blender", "702-8841096-2230571", "ca", "en", "2026-05-30T12:00:00Z", "2026-05-31T10:00:00Z", "2026-06-03T15:00:00Z", "Personal Blender 600 W with 2 Travel Cups", True),
    ("boots", "111-9902283-4476015", "com", "en", "2026-03-28T12:00:00Z", "2026-03-30T09:00:00Z", "2026-04-02T14:00:00Z", "Waterproof Hiking Boots, Men's 10.5", True),
    ("wasserkocher", "302-1187740-6620953", "de", "de", "2026-06-05T08:00:00Z", "2026-06-06T09:00:00Z", "2026-06-09T11:00:00Z", "Glas-Wasserkocher 1,7 l mit Temperaturwahl", True),
    ("gartenschere", "305-6620198-3347712", "at", "de", "2026-05-28T09:00:00Z", "2026-05-29T08:00:00Z", "2026-06-02T12:00:00Z", "Gartenschere Bypass mit Softgriff", True),
    ("matratze", "303-9940127-5518264", "de", "de", "2026-06-10T19:00:00Z", "2026-06-11T08:00:00Z", "2026-06-13T10:00:00Z", "Kaltschaummatratze 90 x 200 cm, H3", True),
    ("pfanne", "304-3318826-7710495", "de", "de", "2026-06-02T07:00:00Z", "2026-06-03T09:00:00Z", "2026-06-06T14:00:00Z", "Gusseisenpfanne 28 cm vorgeheizt eingebrannt", True),
    ("rucksack", "306-7752093-1184620", "de", "de", "2026-06-06T17:00:00Z", "2026-06-07T09:00:00Z", "2026-06-10T12:00:00Z", "Wanderrucksack 30 l mit Regenhülle", True),
    ("aspirateur", "402-6618830-2259104", "fr", "fr", "2026-06-03T10:00:00Z", "2026-06-04T08:00:00Z", "2026-06-07T12:00:00Z", "Aspirateur balai sans fil 25,2 V", True),
    ("coussin", "405-2210984-7736651", "fr", "fr", "2026-06-06T15:00:00Z", "2026-06-07T09:00:00Z", "2026-06-10T11:00:00Z", "Coussin de sol en lin lavé, 60 x 60 cm", True),
    ("valise", "403-8873301-5529046", "com.be", "fr", "2026-05-31T09:00:00Z", "2026-06-01T08:00:00Z", "2026-06-04T16:00:00Z", "Valise cabine rigide 55 cm, 4 roues", True),
    ("plaid", "406-4430218-9915527", "fr", "fr", "2026-06-08T13:00:00Z", "2026-06-09T08:00:00Z", "2026-06-12T10:00:00Z", "Plaid en laine mérinos 130 x 170 cm", True),
    ("grillepain", "407-1196653-4408827", "fr", "fr", "2026-04-01T10:00:00Z", "2026-04-02T08:00:00Z", "2026-04-05T12:00:00Z", "Grille-pain rétro 2 fentes, crème", True),
    ("zapatillas", "404-5528170-3349961", "es", "es", "2026-06-04T11:00:00Z", "2026-06-05T09:00:00Z", "2026-06-08T13:00:00Z", "Zapatillas de trail mujer, talla 39", True),
    ("licuadora", "701-3304829-6617752", "com.mx", "es", "2026-05-29T18:00:00Z", "2026-05-30T15:00:00Z", "2026-06-03T19:00:00Z", "Licuadora de vaso 1,5 L, 1000 W", True),
    ("lampara", "408-2276601-9983314", "es", "es", "2026-06-06T09:00:00Z", "2026-06-07T08:00:00Z", "2026-06-10T12:00:00Z", "Lámpara de techo de ratán, 45 cm", True),
    ("maleta", "406-8817245-1102398", "es", "es", "2026-06-01T10:00:00Z", "2026-06-02T09:00:00Z", "2026-06-05T15:00:00Z", "Maleta mediana 65 cm policarbonato", True),
    ("caffettiera", "403-4471920-5536018", "it", "it", "2026-06-03T08:00:00Z", "2026-06-04T09:00:00Z", "2026-06-07T13:00:00Z", "Caffettiera elettrica 3 tazze", True),
    ("zaino", "405-9930184-2274469", "it", "it", "2026-06-05T10:00:00Z", "2026-06-06T09:00:00Z", "2026-06-09T15:00:00Z", "Zaino da scuola ergonomico 25 litri, blu", True),
    ("orologio", "402-6629103-8840275", "it", "it", "2026-05-10T09:00:00Z", "2026-05-12T08:00:00Z", "2026-05-16T12:00:00Z", "Orologio da parete silenzioso 40 cm", True),
    ("frullatore", "404-1173308-6652917", "it", "it", "2026-06-08T12:00:00Z", "2026-06-09T08:00:00Z", "2026-06-11T14:00:00Z", "Frullatore a immersione 800 W con accessori", True),
    ("cuscino", "406-7706512-3391840", "it", "it", "2026-06-01T16:00:00Z", "2026-06-02T09:00:00Z", "2026-06-05T11:00:00Z", "Cuscino in memory foam cervicale", True),
    ("yakan", "250-6618204-7730915", "co.jp", "ja", "2026-06-03T01:00:00Z", "2026-06-04T02:00:00Z", "2026-06-06T06:00:00Z", "電気ケトル 1.0L 温度調節機能付き ホワイト", True),
    ("kaban", "249-3309127-5581640", "co.jp", "ja", "2026-06-06T03:00:00Z", "2026-06-07T01:00:00Z", "2026-06-09T05:00:00Z", "本革ビジネスバッグ A4対応 ブラウン", True),
    ("suihanki", "503-7720485-1196632", "co.jp", "ja", "2026-06-01T02:00:00Z", "2026-06-02T01:00:00Z", "2026-06-04T07:00:00Z", "マイコン炊飯器 3合 ステンレス", True),
    ("taoru", "250-1148830-6627759", "co.jp", "ja", "2026-06-09T04:00:00Z", "2026-06-10T02:00:00Z", "2026-06-12T08:00:00Z", "今治バスタオル 4枚セット グレー", True),
    ("fude", "249-8805516-2213370", "co.jp", "ja", "2026-04-02T03:00:00Z", "2026-04-03T02:00:00Z", "2026-04-06T06:00:00Z", "書道筆セット 初心者向け 5本", True),
]

ORDERS: dict[str, dict] = {}
BUYER: dict[str, str] = {}
for key, oid, tld, lang, pur, shp, dlv, title, known in _ORDER_ROWS:
    addr = _buyer(tld)
    BUYER[key] = addr
    ORDERS[key] = {
        "order_id": oid, "buyer_email": addr if known else "", "marketplace": "amazon." + tld,
        "buyer_language": lang, "purchased_at": pur, "shipped_at": shp, "delivered_at": dlv,
        "product_title": title,
    }
OID = {k: v["order_id"] for k, v in ORDERS.items()}
assert len(set(OID.values())) == len(OID)


# Binary assets (real files)
# --------------------------------------------------------------------------------------------

make_pdf = partial(cb.make_pdf, producer="corpus_sixth build.py")


# --------------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------------

CASE_LIST: list[dict] = []
case = partial(add_case, CASE_LIST)



# --------------------------------------------------------------------------------------------
# Mail-program templates
# --------------------------------------------------------------------------------------------

def word(body: str, *, lang: str = "EN-US", font: bool = False) -> str:
    """Outlook / Word 'filtered medium' HTML: MsoNormal classes, <o:p>, mso- properties."""
    ff = 'font-family:"Calibri",sans-serif;\n\t' if font else ""
    return f"""<html xmlns:v="urn:schemas-microsoft-com:vml" xmlns:o="urn:schemas-microsoft-com:office:office" xmlns:w="urn:schemas-microsoft-com:office:word" xmlns:m="http://schemas.microsoft.com/office/2004/12/omml" xmlns="http://www.w3.org/TR/REC-html40">
<head>
<meta http-equiv="Content-Type" content="text/html; charset=utf-8">
<meta name="Generator" content="Microsoft Word 15 (filtered medium)">
<style><!--
/* Style Definitions */
p.MsoNormal, li.MsoNormal, div.MsoNormal
\t{{margin:0cm;
\t{ff}mso-pagination:widow-orphan;
\tmso-fareast-language:{lang};}}
span.E-MailFormatvorlage17
\t{{mso-style-type:personal-compose;}}
.MsoChpDefault
\t{{mso-style-type:export-only;
\tmso-fareast-language:{lang};}}
@page WordSection1
\t{{size:612.0pt 792.0pt;
\tmargin:72.0pt 72.0pt 72.0pt 72.0pt;}}
div.WordSection1
\t{{page:WordSection1;}}
--></style><!--[if gte mso 9]><xml>
<o:shapedefaults v:ext="edit" spidmax="1026" />
</xml><![endif]-->
</head>
<body lang="{lang}" style="word-wrap:break-word">
<div class="WordSection1">
{body}
</div>
</body>
</html>
"""


def wp(text: str) -> str:
    """Paragraphs as Word writes them: one MsoNormal per line, <o:p>&nbsp;</o:p> between paragraphs."""
    out = []
    paras = [p for p in text.strip("\n").split("\n\n")]
    for i, p in enumerate(paras):
        for ln in p.split("\n"):
            out.append(f'<p class="MsoNormal">{ln}<o:p></o:p></p>')
        if i < len(paras) - 1:
            out.append('<p class="MsoNormal"><o:p>&nbsp;</o:p></p>')
    return "\n".join(out)


def gmail(body: str) -> str:
    return f'<div dir="ltr">{body}</div>\n'


def gdivs(text: str) -> str:
    """Gmail composer: one <div> per line, <div><br></div> for an empty line."""
    out = []
    for ln in text.strip("\n").split("\n"):
        out.append(f"<div>{ln}</div>" if ln else "<div><br></div>")
    return "\n".join(out)


def apple(body: str) -> str:
    return ('<html><head><meta http-equiv="content-type" content="text/html; charset=utf-8"></head>'
            '<body style="overflow-wrap: break-word; -webkit-nbsp-mode: space;">' + body + "</body></html>\n")


def helpdesk(body: str, lang: str) -> str:
    return page(f'<div class="hd-message" style="padding:12px 16px;border-left:3px solid #d0d7de">\n{body}\n</div>',
                lang=lang)



def pixel_gif() -> bytes:
    return img_bytes(Image.new("RGB", (1, 1), (255, 255, 255)), "GIF")


# --------------------------------------------------------------------------------------------
# English
# --------------------------------------------------------------------------------------------

def cases_en() -> None:
    o, b = OID, BUYER
    t = f"""Hello,

Your LED Desk Lamp (order {o['desklamp']}) ships with firmware 1.2, which dims the charging pad after 10:30 pm.
If the pad stops charging your phone in the evening, hold the touch button for five seconds until the light blinks twice; this switches the night mode off.

Could you tell us whether the blink appears? If it does not, we will send you a replacement base.

Best regards,
Priya Nair
Lumen &amp; Oak Lighting"""
    case("desklamp-outlook-plain-word", "relay", [],
         ["style.font-override", "style.line-breaks", "style.margin", "style.emoji", "content.phone-number"],
         "Outlook HTML with MsoNormal/mso- properties but no font family or colour, one <o:p>&nbsp;</o:p> per paragraph gap, '10:30 pm' is a time.",
         mk("Priya Nair <priya@lumenandoak.com>", b["desklamp"], f"Night mode on your desk lamp - order {o['desklamp']}",
            "Fri, 12 Jun 2026 15:04:11 -0400", "<BN8PR12MB33410A@BN8PR12MB3341.namprd12.prod.outlook.com>",
            headers=[("X-Mailer", "Microsoft Outlook 16.0")],
            text=htmlmod.unescape(t) + "\n", html=word(wp(t))))

    h = f"""<h1>Your teapot lid</h1>
<p>Hello,</p>
<p>We have learned that some Stoneware Teapots from the May kiln batch (your order {o['teapot']}) have a lid that sits slightly loose. If yours rattles when you pour, we will post a replacement lid free of charge.</p>
<p>Please reply with a yes or no so we know whether to send one. You can also write to us through <a href="https://www.amazon.co.uk/gp/css/order-history">your Amazon order history</a>.</p>
<p>Warm regards,<br>Hollins Pottery</p>"""
    case("teapot-h1-amazon-link", "relay", [],
         ["style.font-sizes", "style.link-text", "link.external", "link.insecure"],
         "An <h1> plus default body text is two sizes; the only link is https amazon.co.uk with descriptive text.",
         mk("Hollins Pottery <studio@hollinspottery.co.uk>", b["teapot"], f"Loose lid check - order {o['teapot']}",
            "Sat, 13 Jun 2026 10:20:00 +0100", "<hp-lid-7731902@hollinspottery.co.uk>",
            text=f"Hello,\n\nSome Stoneware Teapots from the May kiln batch (order {o['teapot']}) have a lid that sits slightly loose. If yours rattles, reply yes and we will post a replacement lid free of charge.\n\nWarm regards,\nHollins Pottery\n",
            html=page(h)))

    q = f"""On Sun, 14 Jun 2026 at 18:40, {b['boots']} wrote:
> The left boot has started leaking at the toe seam after two months.
> Is there anything you can do?"""
    case("boots-reply-old-order", "relay", [],
         ["window.expired", "order-id.missing", "content.email-address"],
         "A helpdesk reply to the buyer about an order delivered in April: replies are not proactive, so the 30-day window does not apply; the attribution carries only the recipient's alias.",
         mk("Trailforge Support <help@trailforge.com>", b["boots"], "Re: Leaking boot",
            "Mon, 15 Jun 2026 09:15:00 -0400", "<fd-20931.trailforge@freshdesk.com>",
            headers=reply_headers("0100019b.buyer.boots"),
            text=f"""Hi,

I'm sorry the left boot is leaking. The membrane is covered by our one-year warranty, so please return the pair through Your Orders on Amazon and choose "defective"; we will send a new pair as soon as the return is scanned.

Before you send them, could you tell us the size printed on the tongue label? A few 10.5 pairs were mislabelled.

Regards,
Marco
Trailforge Support

{quote(q)}
"""))

    case("headset-plain-symbols-ratio", "relay", [],
         ["style.emoji", "content.phone-number", "style.line-breaks"],
         "Plain text with ™ and ®, a 1:2 ratio, 10:30 and a numbered list: none is an emoji or phone number.",
         mk("Voxline Audio <support@voxlineaudio.com>", b["headset"], f"Mic setting for your headset - order {o['headset']}",
            "Sun, 14 Jun 2026 16:00:00 -0500", "<vx-mic-4408172@voxlineaudio.com>", cte="8bit" if False else "quoted-printable",
            text=f"""Hi,

A few buyers of the Wireless Gaming Headset (order {o['headset']}) told us the boom mic sounds quiet in Discord®. The fix:

1. Open VoxTune™ on your PC.
2. Set the mic gain to the 1:2 preset.
3. Restart the headset.

Our update server restarts daily at 10:30 UTC, so if VoxTune cannot connect, try again a few minutes later. Does the mic sound right after this?

Thanks,
Leo at Voxline Audio
"""))

    css_body = f"""<p class="MsoNormal">Hello,<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">The Personal Blender in your order {o['blender']} has a travel-cup seal that can be fitted upside down. If the cup leaks, turn the grey ring so that the flat side faces the blade.<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Could you let us know whether that fixes it?<o:p></o:p></p>
<p class="MsoNormal"><o:p>&nbsp;</o:p></p>
<p class="MsoNormal">Kind regards,<o:p></o:p></p>
<p class="MsoNormal">Aiden, Whirlbright Appliances<o:p></o:p></p>"""
    case("blender-outlook-class-font", "reject", ["style.font-override"],
         ["style.line-breaks", "style.font-sizes"],
         "Outlook HTML whose <style> sheet sets font-family Calibri on p.MsoNormal, the class every body paragraph uses.",
         mk("Aiden Shaw <aiden@whirlbright.ca>", b["blender"], f"Travel cup seal - order {o['blender']}",
            "Thu, 11 Jun 2026 13:40:00 -0400", "<YT3PR01MB6620B1@YT3PR01MB6620.CANPRD01.PROD.OUTLOOK.COM>",
            text=f"Hello,\n\nThe Personal Blender in your order {o['blender']} has a travel-cup seal that can be fitted upside down. If the cup leaks, turn the grey ring so that the flat side faces the blade.\n\nCould you let us know whether that fixes it?\n\nKind regards,\nAiden, Whirlbright Appliances\n",
            html=word(css_body, font=True)))

    h = f"""<p>Hi,</p>
<p>The wireless charging pad of your desk lamp (order {o['desklamp']}) needs a 2 A USB adapter. If you are using an older phone charger, the pad switches off after a few minutes.</p>
<p>If the pad still switches off with a 2 A adapter, <a href="mailto:care@lumenandoak.com">write to our care team</a> with a photo of the adapter label.</p>
<p>Priya, Lumen &amp; Oak</p>"""
    case("desklamp-mailto-link", "reject", ["content.email-address"],
         ["style.link-text", "link.external", "link.insecure"],
         "A mailto: link with descriptive text: the email address is in the body even though it is only in the href.",
         mk("Lumen & Oak <care@lumenandoak.com>", b["desklamp"], f"Charging pad adapter - order {o['desklamp']}",
            "Sat, 13 Jun 2026 11:00:00 -0400", "<lo-adapter-2093847@lumenandoak.com>",
            text=f"Hi,\n\nThe wireless charging pad of your desk lamp (order {o['desklamp']}) needs a 2 A USB adapter. With an older phone charger the pad switches off after a few minutes.\n\nPriya, Lumen & Oak\n",
            html=page(h)))

    h = f"""<p>Hello,</p>
<p>The headset in your order {o['headset']} is covered by a two-year warranty. To register it, note the serial number from the inside of the left ear cup and reply with it; we will confirm the warranty end date.</p>
<p>Leo at Voxline Audio</p>
<img src="https://mail-stat.voxlineaudio.com/o/8f3a91c2e07d4b6a/{o['headset']}.gif?r=c7e2f0a1b9" width="1" height="1" alt="Voxline Audio" style="display:block;border:0">"""
    case("headset-remote-pixel-token", "reject", ["image.tracking-pixel"],
         ["style.image-alt", "image.insecure", "link.external"],
         "A 1x1 remote image whose URL carries a per-recipient token; it has alt text and https, and an image src is not a link.",
         mk("Voxline Audio <support@voxlineaudio.com>", b["headset"], f"Warranty registration - order {o['headset']}",
            "Mon, 15 Jun 2026 08:00:00 -0500", "<vx-warranty-4408172@voxlineaudio.com>",
            text=f"Hello,\n\nThe headset in your order {o['headset']} is covered by a two-year warranty. Reply with the serial number from inside the left ear cup and we will confirm the warranty end date.\n\nLeo at Voxline Audio\n",
            html=page(h)))

    case("tent-31-days", "reject", ["window.expired"],
         ["order-id.unknown", "order-id.buyer-mismatch"],
         "Proactive seam-sealing advice for a tent delivered on 15 May 11:00 UTC: 31 days and 1 hour before now.",
         mk("Ridgeline Gear <team@ridgelinegear.com>", b["tent"], f"Seam sealing your tent - order {o['tent']}",
            "Mon, 15 Jun 2026 07:00:00 -0400", "<rg-seam-5580231@ridgelinegear.com>",
            text=f"""Hi,

Summer storms are starting, so a tip for the Ultralight 2-Person Backpacking Tent (order {o['tent']}): the fly seams are taped, but the corner stake loops are not. A thin line of silicone sealer on each loop keeps water out in heavy rain.

Did the repair kit with the spare pole section come with your tent? Some early boxes left without it, and we will post one if it is missing.

Cheers,
Sam, Ridgeline Gear
"""))
def P(frm, to, subj, date, mid, text, html=None, **kw):
    return mk(frm, to, subj, date, mid, text=text, html=html, **kw)


def cases_de() -> None:
    o, b = OID, BUYER
    t = f"""Guten Tag,

zu Ihrem Glas-Wasserkocher (Bestellung {o['wasserkocher']}) eine kurze Frage: Leuchtet nach dem Einschalten die blaue Ring-LED?
Bei einigen Geräten aus der Lieferung vom Juni ist der Temperaturwähler falsch kalibriert. Wenn die LED nicht leuchtet, schicken wir Ihnen kostenlos einen neuen Sockel.

Mit freundlichen Grüßen
Jana Weber
Kessler Haushaltswaren"""
    case("wasserkocher-outlook-mso", "relay", [], ["style.font-override", "style.line-breaks", "style.alignment"],
         "Outlook-HTML mit mso-Eigenschaften, aber ohne Schriftart oder Farbe; je eine <o:p>&nbsp;</o:p> zwischen Absätzen.",
         P("Jana Weber <j.weber@kessler-haushalt.de>", b["wasserkocher"], f"Frage zu Ihrem Wasserkocher - Bestellung {o['wasserkocher']}",
           "Fri, 12 Jun 2026 09:12:00 +0200", "<AM0PR07MB4410C2@AM0PR07MB4410.eurprd07.prod.outlook.com>",
           t + "\n", word(wp(t), lang="DE")))
    h = f"""<div style="padding:0 20%;text-align:left">
<p>Grüß Gott,</p>
<p>Ihre Gartenschere (Bestellung {o['gartenschere']}) wird mit einer Transportsicherung aus Draht geliefert. Bitte schneiden Sie diese vor dem ersten Gebrauch durch, sonst lässt sich der Griff nicht ganz öffnen.</p>
<p>Funktioniert die Schere danach wie erwartet?</p>
<p>Freundliche Grüße<br>Gartenwerk Tirol</p></div>"""
    case("gartenschere-margin-20-left", "relay", [], ["style.margin", "style.alignment"],
         "Seitenabstand genau 20 % und text-align:left: beides erlaubt.",
         P("Gartenwerk Tirol <service@gartenwerk-tirol.at>", b["gartenschere"], f"Transportsicherung Ihrer Gartenschere - Bestellung {o['gartenschere']}",
           "Thu, 11 Jun 2026 10:00:00 +0200", "<gw-schere-6620198@gartenwerk-tirol.at>",
           f"Grüß Gott,\n\nIhre Gartenschere (Bestellung {o['gartenschere']}) wird mit einer Transportsicherung aus Draht geliefert. Bitte schneiden Sie diese vor dem ersten Gebrauch durch.\n\nFunktioniert die Schere danach wie erwartet?\n\nFreundliche Grüße\nGartenwerk Tirol\n", page(h, "de")))
    case("matratze-hersteller-hotline", "relay", [], ["content.phone-number"],
         "Die Telefonnummer steht unter der Zeile mit dem Hersteller und der Garantie: erlaubt.",
         P("Schlafgut Shop <info@schlafgut-shop.de>", b["matratze"], f"Ihre Matratze - Bestellung {o['matratze']}",
           "Sat, 13 Jun 2026 14:00:00 +0200", "<sg-mat-9940127@schlafgut-shop.de>",
           f"""Hallo,

Ihre Kaltschaummatratze (Bestellung {o['matratze']}) wurde vakuumverpackt geliefert. Bitte lassen Sie sie nach dem Auspacken 48 Stunden liegen, bevor Sie darauf schlafen; erst dann hat sie ihre volle Höhe.

Falls die Matratze danach an einer Stelle flach bleibt, gilt die Herstellergarantie von zehn Jahren. Garantie-Hotline des Herstellers:
+49 30 5557 2210

Ist die Matratze bei Ihnen inzwischen vollständig aufgegangen?

Viele Grüße
Ihr Schlafgut-Team
"""))
    case("pfanne-id-in-subject-only", "relay", [], ["order-id.missing"],
         "Die Bestellnummer steht nur im Betreff; das genügt.",
         P("Eisenherd <kontakt@eisenherd.de>", b["pfanne"], f"Pflegehinweis zu Bestellung {o['pfanne']}",
           "Wed, 10 Jun 2026 08:30:00 +0200", "<eh-pflege-3318826@eisenherd.de>",
           """Guten Tag,

Ihre Gusseisenpfanne ist bereits eingebrannt. Spülen Sie sie bitte nur mit heißem Wasser und ohne Spülmittel, und reiben Sie sie danach mit etwas Öl ein. Graue Stellen nach dem ersten Braten sind normal.

Haben Sie die Pfanne schon auf einem Induktionsfeld benutzt? Uns interessiert, ob der Boden flach aufliegt.

Freundliche Grüße
Eisenherd Manufaktur
"""))
    h = f"""<p>Guten Tag,</p>
<p>für Ihren Wanderrucksack (Bestellung {o['rucksack']}) liefern wir die Regenhülle in diesem Monat separat nach, da sie in der ersten Charge fehlte. Sie erhalten sie ohne weitere Kosten bis zum 20. Juni.</p>
<p>Bitte prüfen Sie, ob im Deckelfach bereits eine Hülle steckt; dann brauchen wir keine zu schicken.</p>
<p align="right">Bergpfad Outdoor GmbH<br>Kundenservice</p>"""
    case("rucksack-p-align-right", "reject", ["style.alignment"], ["style.font-override"],
         "Die Signatur steht in <p align=\"right\">: eine Ausrichtungsänderung.",
         P("Bergpfad Outdoor <service@bergpfad-outdoor.de>", b["rucksack"], f"Regenhülle für Ihren Rucksack - Bestellung {o['rucksack']}",
           "Fri, 12 Jun 2026 11:00:00 +0200", "<bp-huelle-7752093@bergpfad-outdoor.de>",
           f"Guten Tag,\n\nfür Ihren Wanderrucksack (Bestellung {o['rucksack']}) liefern wir die Regenhülle separat nach. Bitte prüfen Sie, ob im Deckelfach bereits eine Hülle steckt.\n\nBergpfad Outdoor GmbH\n", page(h, "de")))
    case("wasserkocher-tel-signatur", "reject", ["content.phone-number"], ["content.email-address"],
         "Die eigene Service-Nummer des Verkäufers mit 'Tel.' in der Signatur: keine Garantie-, Versand- oder Herstellerangabe.",
         P("Kessler Haushaltswaren <service@kessler-haushalt.de>", b["wasserkocher"], f"Entkalken Ihres Wasserkochers - Bestellung {o['wasserkocher']}",
           "Sat, 13 Jun 2026 10:00:00 +0200", "<kh-kalk-1187740@kessler-haushalt.de>",
           f"""Guten Tag,

bei hartem Wasser bildet sich im Glas-Wasserkocher (Bestellung {o['wasserkocher']}) schnell ein weißer Belag. Kochen Sie einmal im Monat eine Mischung aus Wasser und Zitronensäure auf und spülen Sie danach zweimal nach.

Wie hart ist das Wasser bei Ihnen? Dann können wir Ihnen sagen, wie oft Sie entkalken sollten.

Mit freundlichen Grüßen
Jana Weber
Kessler Haushaltswaren
Tel. 0221 4478 9031
"""))
    case("pfanne-docx-anleitung", "reject", ["attachment.not-allowed"], ["order-id.missing"],
         "Die Pflegeanleitung hängt als Word-Dokument (.docx) an, nicht als PDF.",
         P("Eisenherd <kontakt@eisenherd.de>", b["pfanne"], f"Pflegeanleitung - Bestellung {o['pfanne']}",
           "Thu, 11 Jun 2026 09:00:00 +0200", "<eh-docx-3318826@eisenherd.de>",
           f"Guten Tag,\n\nanbei die Pflegeanleitung für Ihre Gusseisenpfanne (Bestellung {o['pfanne']}). Bitte lesen Sie vor allem den Abschnitt über das Einbrennen nach dem Spülen.\n\nFreundliche Grüße\nEisenherd Manufaktur\n",
           attach=[(make_docx(["Pflegeanleitung Gusseisenpfanne", "Nach dem Spülen dünn einölen."]),
                    "application", "vnd.openxmlformats-officedocument.wordprocessingml.document", "Pflegeanleitung.docx")]))
    case("matratze-fremde-bestellung", "reject", ["order-id.buyer-mismatch"], ["order-id.unknown"],
         "An den Käufer der Matratze, aber mit der Bestellnummer des Rucksack-Käufers (Copy-and-paste-Fehler).",
         P("Schlafgut Shop <info@schlafgut-shop.de>", b["matratze"], f"Ihre Bestellung {o['rucksack']}",
           "Sun, 14 Jun 2026 09:00:00 +0200", "<sg-mix-9940127@schlafgut-shop.de>",
           f"""Hallo,

zu Ihrer Bestellung {o['rucksack']}: Der Bezug lässt sich abnehmen und bei 60 Grad waschen. Bitte trocknen Sie ihn nicht im Trockner, sonst läuft er ein.

Ist am Bezug bei Ihnen ein Etikett mit der Pflegeangabe eingenäht? Bei einigen Bezügen fehlt es, dann schicken wir Ihnen die Angaben als PDF.

Viele Grüße
Ihr Schlafgut-Team
"""))


def cases_fr() -> None:
    o, b = OID, BUYER
    h = f"""<p>Bonjour,</p>
<p>Pour votre aspirateur balai (commande {o['aspirateur']}), voici comment retirer le filtre : tournez le bac vers la gauche, puis tirez la languette grise.</p>
<img src="cid:schema" alt="Schéma de démontage du filtre en trois étapes" width="480" height="166">
<p>Le filtre doit-il être remplacé chez vous, ou le nettoyage suffit-il ?</p>
<p>Cordialement,<br>Service client Aérolys</p>"""
    case("aspirateur-image-480", "relay", [], ["style.image-width", "style.image-alt", "image.product-photo"],
         "Schéma inline de 480 px exactement, avec alt descriptif qui ne nomme pas le produit.",
         P("Aérolys <service@aerolys.fr>", b["aspirateur"], f"Démontage du filtre - commande {o['aspirateur']}",
           "Wed, 10 Jun 2026 10:00:00 +0200", "<ae-filtre-6618830@aerolys.fr>",
           f"Bonjour,\n\nPour votre aspirateur balai (commande {o['aspirateur']}) : tournez le bac vers la gauche, puis tirez la languette grise.\n\nLe filtre doit-il être remplacé chez vous, ou le nettoyage suffit-il ?\n\nCordialement,\nService client Aérolys\n",
           page(h, "fr"), related=[(banner_png("1 -> 2 -> 3", 480, 166), "image", "png", "schema", "schema.png")]))
    h = f"""Bonjour,<br><br>Le coussin de sol de votre commande {o['coussin']} est en lin lavé : il peut rétrécir de 3 % au premier lavage. Lavez-le à 30 degrés et séchez-le à plat.<br><br>Pourriez-vous nous dire si la housse vous semble à la bonne taille ? Quelques housses de la série de mai ont été coupées trop courtes.<br><br>Bien à vous,<br>Camille<br>Atelier Linum"""
    case("coussin-apple-br-br", "relay", [], ["style.line-breaks"],
         "HTML d'Apple Mail avec <br><br> entre les paragraphes : deux sauts de ligne, pas trois.",
         P("Camille <camille@atelier-linum.fr>", b["coussin"], f"Lavage du coussin - commande {o['coussin']}",
           "Thu, 11 Jun 2026 17:22:00 +0200", "<B7C1E8F2-44A0-4D7B-9A61-2F0C3E5D8A11@atelier-linum.fr>",
           htmlmod.unescape(h.replace("<br>", "\n")) + "\n", apple(h), headers=[("X-Mailer", "Apple Mail (2.3774.600.62)")]))
    q = f"""Le 14 juin 2026 à 20:05, {b['grillepain']} a écrit :
> Le grille-pain ne chauffe plus que d'un côté. Que puis-je faire ?"""
    case("grillepain-reponse-ancienne", "relay", [], ["window.expired", "content.email-address"],
         "Réponse à une question de l'acheteur sur une commande livrée en avril : non proactive, la fenêtre de 30 jours ne s'applique pas.",
         P("Rétrocuisine <sav@retrocuisine.fr>", b["grillepain"], f"Re: Grille-pain commande {o['grillepain']}",
           "Mon, 15 Jun 2026 09:30:00 +0200", "<rc-sav-1196653@retrocuisine.fr>",
           f"""Bonjour,

Si une seule fente chauffe, c'est en général la résistance de ce côté qui est coupée. Votre grille-pain est encore sous garantie : renvoyez-le via Vos commandes sur Amazon en choisissant « défectueux » et nous vous en enverrons un neuf.

Pouvez-vous nous dire si le voyant s'allume quand vous abaissez le levier ?

Cordialement,
Hugo, SAV Rétrocuisine

{quote(q)}
""", headers=reply_headers("0102019c.buyer.grillepain")))
    h = f"""<p>Bonjour,</p>
<p>Votre plaid en laine mérinos (commande {o['plaid']}) a été plié serré pour le transport. Pour retirer les plis, suspendez-le une nuit dans une pièce humide, par exemple la salle de bain après une douche.</p>
<p>Vous pouvez consulter <a href="https://www.amazon.fr/gp/help/customer/display.html?nodeId=201910800">les conseils d'entretien de la laine sur Amazon</a>. Les plis ont-ils disparu ?</p>
<p>Cordialement,<br>Laines du Causse ©2026</p>"""
    case("plaid-lien-amazon-copyright", "relay", [], ["style.emoji", "style.link-text", "link.external"],
         "Lien https amazon.fr au texte descriptif et © dans la signature.",
         P("Laines du Causse <contact@lainesducausse.fr>", b["plaid"], f"Plis du plaid - commande {o['plaid']}",
           "Sat, 13 Jun 2026 10:00:00 +0200", "<ldc-plis-4430218@lainesducausse.fr>",
           f"Bonjour,\n\nVotre plaid (commande {o['plaid']}) a été plié serré pour le transport. Suspendez-le une nuit dans une pièce humide. Les plis ont-ils disparu ?\n\nCordialement,\nLaines du Causse ©2026\n", page(h, "fr")))
    h = f"""<p>Bonjour,</p>
<p>Avant votre prochain voyage avec la valise cabine (commande {o['valise']}), réglez le cadenas TSA : le code d'usine est 000.</p>
<img src="cid:bandeau" alt="Valises Ardenne" style="width:600px;height:auto">
<p>Avez-vous pu changer le code ? Sinon, indiquez-nous ce qui bloque.</p>
<p>Cordialement,<br>Valises Ardenne</p>"""
    case("valise-bandeau-600-css", "reject", ["style.image-width"], ["style.image-alt"],
         "Bandeau de marque mis à 600 px par CSS width (image réelle de 300 px).",
         P("Valises Ardenne <service@valises-ardenne.be>", b["valise"], f"Cadenas TSA - commande {o['valise']}",
           "Fri, 12 Jun 2026 11:00:00 +0200", "<va-tsa-8873301@valises-ardenne.be>",
           f"Bonjour,\n\nAvant votre prochain voyage avec la valise cabine (commande {o['valise']}), réglez le cadenas TSA : le code d'usine est 000. Avez-vous pu changer le code ?\n\nValises Ardenne\n",
           page(h, "fr"), related=[(banner_png("VALISES ARDENNE", 300, 60), "image", "png", "bandeau", "bandeau.png")]))
    h = f"""<p>Bonjour,</p>
<p>La notice de montage de la poignée de votre valise (commande {o['valise']}) est disponible sur la page du produit :
<a href="https://www.amazon.fr/dp/B0CX7Y2K41">https://www.amazon.fr/dp/B0CX7Y2K41</a></p>
<p>La poignée se bloque-t-elle toujours en position haute ?</p>
<p>Valises Ardenne</p>"""
    case("valise-url-comme-texte", "reject", ["style.link-text"], ["link.external", "link.insecure"],
         "Lien https vers amazon.fr dont le texte est l'URL nue.",
         P("Valises Ardenne <service@valises-ardenne.be>", b["valise"], f"Poignée de la valise - commande {o['valise']}",
           "Sat, 13 Jun 2026 09:00:00 +0200", "<va-poignee-8873301@valises-ardenne.be>",
           f"Bonjour,\n\nLa poignée de votre valise (commande {o['valise']}) se bloque-t-elle toujours en position haute ?\n\nValises Ardenne\n", page(h, "fr")))
    h = f"""<p><img src="http://img.aerolys.fr/mail/logo-aerolys.png" alt="Aérolys" width="140" height="40"></p>
<p>Bonjour,</p>
<p>La batterie de votre aspirateur (commande {o['aspirateur']}) doit être chargée complètement avant la première utilisation, soit environ quatre heures. Le voyant passe alors du orange au vert.</p>
<p>Le voyant est-il bien passé au vert chez vous ?</p>
<p>Service client Aérolys</p>"""
    case("aspirateur-logo-http", "reject", ["image.insecure"], ["link.insecure", "image.logo-link"],
         "Logo chargé par http:// : une image non sécurisée (un src n'est pas un lien).",
         P("Aérolys <service@aerolys.fr>", b["aspirateur"], f"Première charge - commande {o['aspirateur']}",
           "Mon, 08 Jun 2026 10:00:00 +0200", "<ae-charge-6618830@aerolys.fr>",
           f"Bonjour,\n\nLa batterie de votre aspirateur (commande {o['aspirateur']}) doit être chargée complètement avant la première utilisation. Le voyant est-il bien passé au vert ?\n\nService client Aérolys\n", page(h, "fr")))
    case("coussin-emoji-objet", "reject", ["style.emoji"], [],
         "Un emoji uniquement dans l'objet ; le corps est sobre.",
         P("Atelier Linum <bonjour@atelier-linum.fr>", b["coussin"], f"Votre housse de coussin 🧵 commande {o['coussin']}",
           "Fri, 12 Jun 2026 10:00:00 +0200", "<al-housse-2210984@atelier-linum.fr>",
           f"""Bonjour,

La fermeture éclair de la housse de votre coussin (commande {o['coussin']}) est cachée sous un rabat. Si elle accroche, passez un peu de savon sec sur les dents.

La fermeture glisse-t-elle mieux ensuite ?

Camille, Atelier Linum
"""))


def cases_es() -> None:
    o, b = OID, BUYER
    g = gdivs(f"""Hola:

Sobre sus zapatillas de trail (pedido {o['zapatillas']}): la plantilla viene con un refuerzo de cartón para el transporte. Por favor, retírelo antes de correr, porque si no la talla parece más pequeña.

Puede consultar <a href="https://www.amazon.es/gp/help/customer/display.html?nodeId=GKM69DUUYKQWKWX7">la guía de tallas y devoluciones de Amazon</a> si aun así le quedan pequeñas.

¿Le quedan bien después de quitar el cartón?

Un saludo,
Lucía
Senda Trail""")
    case("zapatillas-gmail-enlace-amazon", "relay", [], ["style.link-text", "link.external", "style.line-breaks"],
         "HTML de Gmail con <div><br></div> sueltos y un enlace https de amazon.es con texto descriptivo.",
         P("Lucía Ortega <lucia@sendatrail.es>", b["zapatillas"], f"Plantilla de sus zapatillas - pedido {o['zapatillas']}",
           "Wed, 10 Jun 2026 12:00:00 +0200", "<CAF7x9Qk2mP1r8Z@mail.gmail.com>",
           f"Hola:\n\nSobre sus zapatillas de trail (pedido {o['zapatillas']}): retire el refuerzo de cartón de la plantilla antes de correr.\n\n¿Le quedan bien después de quitar el cartón?\n\nUn saludo,\nLucía\nSenda Trail\n", gmail(g)))
    h = f"""<h2>Montaje de su lámpara</h2>
<p>Hola:</p>
<p>La lámpara de ratán de su pedido {o['lampara']} lleva el florón de techo en una bolsa aparte, dentro de la pantalla. Algunos clientes no la encuentran y creen que falta.</p>
<p>¿Ha podido localizar la bolsa? Si no está, le enviamos otro florón.</p>
<p><small>Fibras del Sur S.L. · Sevilla</small></p>"""
    case("lampara-tres-tamanos", "relay", [], ["style.font-sizes"],
         "h2 + texto por defecto + <small>: tres tamaños, no más de tres.",
         P("Fibras del Sur <hola@fibrasdelsur.es>", b["lampara"], f"Montaje de la lámpara - pedido {o['lampara']}",
           "Thu, 11 Jun 2026 10:00:00 +0200", "<fs-floron-2276601@fibrasdelsur.es>",
           f"Hola:\n\nLa lámpara de ratán de su pedido {o['lampara']} lleva el florón de techo en una bolsa aparte, dentro de la pantalla. ¿Ha podido localizarla?\n\nFibras del Sur\n", page(h, "es")))
    case("licuadora-transportista-telefono", "relay", [], ["content.phone-number"],
         "El teléfono es el de la empresa de transporte, nombrada en la misma línea.",
         P("Cocina Viva MX <ayuda@cocinaviva.mx>", b["licuadora"], f"Vaso de repuesto - pedido {o['licuadora']}",
           "Fri, 12 Jun 2026 10:00:00 -0600", "<cv-vaso-3304829@cocinaviva.mx>",
           f"""Hola:

Como nos indicó que el vaso de su licuadora (pedido {o['licuadora']}) llegó rajado, le enviamos hoy un vaso nuevo sin costo.

Si el repartidor no le encuentra, llame a la paquetería Estafeta al 800 378 2338 con el número de guía EST4471920MX.

¿Podría confirmarnos si el vaso original tiene grietas también en la base? Nos ayuda a reclamar al fabricante del vidrio.

Saludos,
Andrés, Cocina Viva
"""))
    case("maleta-ratio-hora", "relay", [], ["style.emoji", "content.phone-number"],
         "Texto plano con una proporción 1:2, una hora 10:30 y ® en la marca: ni emoji ni teléfono.",
         P("Equipajes Norte <atencion@equipajesnorte.es>", b["maleta"], f"Ruedas de su maleta - pedido {o['maleta']}",
           "Sat, 13 Jun 2026 10:00:00 +0200", "<en-ruedas-8817245@equipajesnorte.es>",
           f"""Hola:

Algunas maletas de su lote (pedido {o['maleta']}) salieron con las ruedas Hinomoto® algo duras. Una gota de aceite de silicona con proporción 1:2 de agua las suaviza.

Si prefiere que le enviemos ruedas nuevas, respóndanos antes del jueves a las 10:30 y las mandamos ese mismo día. ¿Nota que las ruedas frenan al arrastrarla?

Un saludo,
Equipajes Norte
"""))
    h = f"""<p>Hola:</p>
<p>Su licuadora (pedido {o['licuadora']}) salió ayer de nuestro almacén con un vaso de repuesto adicional, porque el primero venía rajado.</p>
<p>Puede seguir el envío en <a href="https://www.estafeta.com/Rastreo/EST4471920MX">la página de seguimiento de Estafeta</a>. ¿Le llegó ya el vaso roto de vuelta a casa o lo tiró?</p>
<p>Andrés, Cocina Viva</p>"""
    case("licuadora-enlace-transportista", "reject", ["link.external"], ["style.link-text", "link.insecure"],
         "Enlace https al seguimiento del transportista con texto descriptivo: fuera de la lista (solo Amazon).",
         P("Cocina Viva MX <ayuda@cocinaviva.mx>", b["licuadora"], f"Su vaso de repuesto - pedido {o['licuadora']}",
           "Sat, 13 Jun 2026 10:00:00 -0600", "<cv-rastreo-3304829@cocinaviva.mx>",
           f"Hola:\n\nSu vaso de repuesto (pedido {o['licuadora']}) va en camino. ¿Le llegó ya el vaso roto de vuelta?\n\nAndrés, Cocina Viva\n", page(h, "es")),
         tolerated=["type.order-confirmation"])
    case("zapatillas-pedido-desconocido", "reject", ["order-id.unknown"], ["order-id.buyer-mismatch"],
         "El número de pedido tiene un dígito cambiado y no existe en el almacén de pedidos.",
         P("Senda Trail <lucia@sendatrail.es>", b["zapatillas"], "Cordones de repuesto - pedido 404-5528170-3349916",
           "Fri, 12 Jun 2026 10:00:00 +0200", "<st-cordones-5528170@sendatrail.es>",
           """Hola:

Sus zapatillas de trail (pedido 404-5528170-3349916) traen cordones elásticos con un tope. Si prefiere cordones clásicos, tenemos un par en la caja de accesorios que podemos enviarle sin coste.

¿Quiere que se los enviemos?

Lucía, Senda Trail
"""))
    h = f"""<p>Hola:</p>
<p>Para instalar la lámpara de ratán (pedido {o['lampara']}) necesitará un gancho de techo de 6 mm. Hay un vídeo del montaje en <a href="http://www.amazon.es/dp/B0D4R7LMP2">la página del producto en Amazon</a>.</p>
<p>¿Tiene ya el gancho o le enviamos uno?</p>
<p>Fibras del Sur</p>"""
    case("lampara-amazon-http", "reject", ["link.insecure"], ["link.external", "style.link-text"],
         "Enlace a amazon.es con texto descriptivo, pero por http://.",
         P("Fibras del Sur <hola@fibrasdelsur.es>", b["lampara"], f"Gancho de techo - pedido {o['lampara']}",
           "Fri, 12 Jun 2026 10:00:00 +0200", "<fs-gancho-2276601@fibrasdelsur.es>",
           f"Hola:\n\nPara instalar la lámpara (pedido {o['lampara']}) necesitará un gancho de techo de 6 mm. ¿Tiene ya el gancho?\n\nFibras del Sur\n", page(h, "es")))
    case("maleta-texto-baja", "reject", ["link.opt-out"], ["link.external"],
         "Pie de mensaje con instrucciones para darse de baja, sin enlace.",
         P("Equipajes Norte <atencion@equipajesnorte.es>", b["maleta"], f"Candado de su maleta - pedido {o['maleta']}",
           "Sun, 14 Jun 2026 10:00:00 +0200", "<en-candado-8817245@equipajesnorte.es>",
           f"""Hola:

El candado TSA de su maleta (pedido {o['maleta']}) viene con la combinación 000. Para cambiarla, pulse el botón lateral con un bolígrafo mientras gira las ruedas.

¿Ha podido fijar su propia combinación?

Un saludo,
Equipajes Norte

Si no desea recibir más mensajes nuestros, responda con la palabra BAJA para darse de baja.
"""))


def cases_it() -> None:
    o, b = OID, BUYER
    t = f"""Gentile cliente,

la Caffettiera elettrica del Suo ordine {o['caffettiera']} ha un filtro riduttore per una sola tazza. Se il caffè esce acquoso, verifichi che il filtro sia inserito con la parte liscia verso l'alto.

Ci può dire se dopo questa prova il caffè esce corposo?

Cordiali saluti
Giulia Ferri
Moka &amp; Co. Servizio clienti"""
    case("caffettiera-outlook-word", "relay", [], ["style.font-override", "style.line-breaks"],
         "HTML di Outlook con MsoNormal e proprietà mso-, senza font né colore; un solo paragrafo vuoto tra i blocchi.",
         P("Giulia Ferri <g.ferri@mokaeco.it>", b["caffettiera"], f"Filtro della caffettiera - ordine {o['caffettiera']}",
           "Wed, 10 Jun 2026 10:00:00 +0200", "<VI1PR03MB5512D4@VI1PR03MB5512.eurprd03.prod.outlook.com>",
           htmlmod.unescape(t) + "\n", word(wp(t), lang="IT")))
    h = f"""<p><a href="https://www.amazon.it/sp?seller=A2ZAINOSTUDIO"><img src="cid:logo" alt="Il nostro negozio su Amazon" width="150" height="44"></a></p>
<p>Buongiorno,</p>
<p>lo zaino del Suo ordine {o['zaino']} ha gli spallacci regolabili in altezza. Per un bambino sotto i 130 cm li abbassi di due asole, così lo schienale appoggia bene.</p>
<p>Lo zaino sta bene al Suo bambino con questa regolazione?</p>
<p>Zaini Studio</p>"""
    case("zaino-logo-link-amazon", "relay", [], ["image.logo-link", "link.external", "style.link-text"],
         "Il logo è dentro un link https alla vetrina Amazon: non un sito del venditore; l'alt è il testo del link.",
         P("Zaini Studio <assistenza@zainistudio.it>", b["zaino"], f"Regolazione spallacci - ordine {o['zaino']}",
           "Thu, 11 Jun 2026 10:00:00 +0200", "<zs-spall-9930184@zainistudio.it>",
           f"Buongiorno,\n\nlo zaino del Suo ordine {o['zaino']} ha gli spallacci regolabili. Per un bambino sotto i 130 cm li abbassi di due asole.\n\nZaini Studio\n",
           page(h, "it"), related=[(logo_png("ZAINI STUDIO"), "image", "png", "logo", "logo.png")]))
    case("orologio-trenta-giorni-esatti", "relay", [], ["window.expired"],
         "Consegnato il 16 maggio alle 12:00 UTC: esattamente 30 giorni prima di adesso, quindi ancora nei termini.",
         P("Tempo Casa <info@tempocasa.it>", b["orologio"], f"Batteria dell'orologio - ordine {o['orologio']}",
           "Mon, 15 Jun 2026 13:00:00 +0200", "<tc-batt-6629103@tempocasa.it>",
           f"""Buongiorno,

l'Orologio da parete del Suo ordine {o['orologio']} è stato spedito con una pila di prova. Se dopo un mese le lancette rallentano, la sostituisca con una pila alcalina AA nuova.

Le lancette segnano ancora l'ora giusta?

Cordiali saluti
Tempo Casa
"""))
    case("cuscino-ore-rapporto", "relay", [], ["style.emoji", "content.phone-number"],
         "Testo semplice con 'ore 10:30', 'rapporto 1:2' e ™: nessun emoji né telefono.",
         P("Sonno Sano <servizio@sonnosano.it>", b["cuscino"], f"Federa del cuscino - ordine {o['cuscino']}",
           "Fri, 12 Jun 2026 10:00:00 +0200", "<ss-federa-7706512@sonnosano.it>",
           f"""Buongiorno,

la federa del Cuscino cervicale (ordine {o['cuscino']}) è in tessuto AeroCell™ e si lava con acqua e ammorbidente in rapporto 1:2.

Il nostro magazzino spedisce le federe di ricambio ogni giorno alle ore 10:30. La Sua federa presenta già pieghe o pelucchi dopo il primo lavaggio?

Cordiali saluti
Sonno Sano
"""))
    h = f"""<p><a href="https://www.tempocasa.it/"><img src="cid:logo" alt="Tempo Casa" width="150" height="44"></a></p>
<p>Buongiorno,</p>
<p>il Frullatore a immersione del Suo ordine {o['frullatore']} ha la lama smontabile. Prima del primo uso la sciacqui con acqua calda e la asciughi subito.</p>
<p>La lama si è inserita senza sforzo?</p>
<p>Tempo Casa</p>"""
    case("frullatore-logo-sito", "reject", ["image.logo-link", "link.external"], ["style.link-text"],
         "Il logo è dentro un link al sito del venditore: immagine-logo con link e link esterno.",
         P("Tempo Casa <info@tempocasa.it>", b["frullatore"], f"Lama del frullatore - ordine {o['frullatore']}",
           "Fri, 12 Jun 2026 10:00:00 +0200", "<tc-lama-1173308@tempocasa.it>",
           f"Buongiorno,\n\nil Frullatore a immersione del Suo ordine {o['frullatore']} ha la lama smontabile. La lama si è inserita senza sforzo?\n\nTempo Casa\n",
           page(h, "it"), related=[(logo_png("TEMPO CASA"), "image", "png", "logo", "logo.png")]))
    h = f"""<p>Buongiorno,</p>
<p>ecco come chiudere lo zaino del Suo ordine {o['zaino']} con la cerniera di sicurezza:</p>
<p><img src="cid:anim" alt="Chiusura della cerniera in due passaggi" width="220" height="56"></p>
<p>Riesce a chiudere la cerniera senza forzare?</p>
<p>Zaini Studio</p>"""
    case("zaino-gif-animata", "reject", ["style.animated-gif"], ["style.image-alt"],
         "Istruzioni con una GIF animata a due fotogrammi inline.",
         P("Zaini Studio <assistenza@zainistudio.it>", b["zaino"], f"Cerniera dello zaino - ordine {o['zaino']}",
           "Sat, 13 Jun 2026 10:00:00 +0200", "<zs-cern-9930184@zainistudio.it>",
           f"Buongiorno,\n\necco come chiudere lo zaino del Suo ordine {o['zaino']} con la cerniera di sicurezza. Riesce a chiuderla senza forzare?\n\nZaini Studio\n",
           page(h, "it"), related=[(animated_gif(("APRI", "CHIUDI")), "image", "gif", "anim", "cerniera.gif")]))
    h = f"""<p>Buongiorno,</p>
<p>il Cuscino in memory foam (ordine {o['cuscino']}) va lasciato aprire per 24 ore dopo il disimballo.</p>
<br>
<br>
<br>
<p>Il cuscino ha ripreso la sua forma?</p>
<p>Sonno Sano</p>"""
    case("cuscino-tre-br", "reject", ["style.line-breaks"], [],
         "Tre <br> di fila tra due paragrafi.",
         P("Sonno Sano <servizio@sonnosano.it>", b["cuscino"], f"Il Suo cuscino - ordine {o['cuscino']}",
           "Mon, 08 Jun 2026 10:00:00 +0200", "<ss-forma-7706512@sonnosano.it>",
           f"Buongiorno,\n\nil Cuscino in memory foam (ordine {o['cuscino']}) va lasciato aprire per 24 ore. Ha ripreso la sua forma?\n\nSonno Sano\n", page(h, "it")))
    case("caffettiera-senza-ordine", "reject", ["order-id.missing"], [],
         "Messaggio proattivo senza numero d'ordine (solo il nome del prodotto).",
         P("Moka & Co. <assistenza@mokaeco.it>", b["caffettiera"], "Guarnizione della Sua caffettiera",
           "Sat, 13 Jun 2026 10:00:00 +0200", "<mc-guarn-4471920@mokaeco.it>",
           """Gentile cliente,

abbiamo notato che nella Caffettiera elettrica 3 tazze la guarnizione può restare attaccata al coperchio dopo il primo uso. Se succede, la stacchi delicatamente e la rimetta nella sede del filtro.

La guarnizione della Sua caffettiera è al suo posto?

Cordiali saluti
Moka & Co.
"""))


def cases_ja() -> None:
    o, b = OID, BUYER
    case("yakan-jikan-copyright", "relay", [], ["style.emoji", "content.phone-number"],
         "プレーンテキストの「10:30」「1:2」と©は絵文字でも電話番号でもない。",
         P("白樺家電 <support@shirakaba-kaden.jp>", b["yakan"], f"電気ケトルの保温設定について（注文番号 {o['yakan']}）",
           "Thu, 11 Jun 2026 10:00:00 +0900", "<sk-hoon-6618204@shirakaba-kaden.jp>",
           f"""お客様

このたびはご購入いただいた電気ケトル（注文番号 {o['yakan']}）について、ご案内がございます。
保温モードは初期設定で10:30以降に自動でオフになります。夜間も保温したい場合は、温度ボタンを5秒長押ししてください。

なお、緑茶には水と湯を1:2で割った約80度がおすすめです。
設定を変更できたかどうか、ご返信いただけますでしょうか。

白樺家電 サポート窓口
© 2026 Shirakaba Kaden
""", cte="base64"))
    q = f"""2026年6月14日 21:10 {b['fude']}:
> 筆の毛が抜けてきました。どうすればよいですか？"""
    case("fude-henshin-furui-chumon", "relay", [], ["window.expired", "content.email-address"],
         "4月に届いた注文についての購入者への返信。プロアクティブではないので30日の期限は適用されない。",
         P("墨香堂 <info@bokkodo.jp>", b["fude"], f"Re: 筆セットについて（{o['fude']}）",
           "Mon, 15 Jun 2026 09:00:00 +0900", "<bk-fude-8805516@bokkodo.jp>",
           f"""お問い合わせありがとうございます。

新しい筆は、最初に糊を落とす際に数本の毛が抜けることがございます。ぬるま湯で穂先をやさしくほぐし、陰干ししてください。
それでも抜け続ける場合は、Amazonの注文履歴から返品の手続きをお願いいたします。

抜けているのは5本のうちどの筆か、お知らせいただけますか。

墨香堂

{quote(q)}
""", cte="base64", headers=reply_headers("0106019d.buyer.fude")))
    case("taoru-maker-hotline", "relay", [], ["content.phone-number"],
         "電話番号の前の行にメーカーの保証窓口と書かれているので許可される。",
         P("今治タオル工房 <shop@imabari-koubou.jp>", b["taoru"], f"バスタオルのお手入れ（注文番号 {o['taoru']}）",
           "Sat, 13 Jun 2026 10:00:00 +0900", "<it-teire-1148830@imabari-koubou.jp>",
           f"""お客様

ご注文のバスタオル（注文番号 {o['taoru']}）は、最初の2回ほどは柔軟剤を使わずに洗濯していただくと吸水性が高まります。

ほつれなどの不具合がございましたら、メーカー保証窓口へご連絡ください。
メーカー保証窓口：0898-55-2210

初回の洗濯のあと、毛羽落ちが気になるかどうか教えていただけますでしょうか。

今治タオル工房
""", cte="base64"))
    h = """<h1>ショルダーストラップの調整</h1>
<p>お客様</p>
<p>ご購入いただいたビジネスバッグのショルダーストラップは、金具の向きを変えると10cm長くできます。ストラップが短く感じられる場合はお試しください。</p>
<p>長さは合っておりますでしょうか。ご返信をお待ちしております。</p>
<p>革工房 栗原</p>"""
    case("kaban-h1-kenmei-nomi", "relay", [], ["order-id.missing", "style.font-sizes"],
         "注文番号は件名だけにある。h1と本文の2サイズ。",
         P("革工房 栗原 <kurihara@kawa-koubou.jp>", b["kaban"], f"ショルダーストラップについて 注文番号 {o['kaban']}",
           "Fri, 12 Jun 2026 10:00:00 +0900", "<kk-strap-3309127@kawa-koubou.jp>",
           "お客様\n\nご購入いただいたビジネスバッグのショルダーストラップは、金具の向きを変えると10cm長くできます。長さは合っておりますでしょうか。\n\n革工房 栗原\n",
           page(h, "ja"), cte="base64"))
    h = f"""<p>お客様</p>
<p>ご注文の炊飯器（注文番号 {o['suihanki']}）の内釜は、下の写真のように目盛りが内側にございます。水量は白米の目盛りに合わせてください。</p>
<p><img src="cid:photo" alt="マイコン炊飯器 3合 ステンレス" width="240" height="300"></p>
<p>炊き上がりが硬い場合は、目盛りより少し多めに水を入れてみてください。炊き上がりはいかがでしょうか。</p>
<p>米蔵キッチン</p>"""
    case("suihanki-shouhin-shashin", "quarantine", ["image.product-photo"], ["style.image-alt", "style.image-width"],
         "画像のaltが注文した商品名（マイコン炊飯器 3合 ステンレス）そのもの。",
         P("米蔵キッチン <support@komegura-kitchen.jp>", b["suihanki"], f"内釜の目盛りについて（注文番号 {o['suihanki']}）",
           "Wed, 10 Jun 2026 10:00:00 +0900", "<kg-memori-7720485@komegura-kitchen.jp>",
           f"お客様\n\nご注文の炊飯器（注文番号 {o['suihanki']}）の内釜の目盛りについてご案内します。炊き上がりはいかがでしょうか。\n\n米蔵キッチン\n",
           page(h, "ja"), cte="base64", related=[(serum_jpeg(), "image", "jpeg", "photo", "suihanki.jpg")]))
    h = f"""<div style="padding:0 25%">
<p>お客様</p>
<p>バスタオル（注文番号 {o['taoru']}）の洗濯表示タグは、縫い目の内側にございます。タンブラー乾燥は低温でお願いいたします。</p>
<p>タグが見つからない場合はお知らせください。</p>
<p>今治タオル工房</p></div>"""
    case("taoru-yohaku-25", "reject", ["style.margin"], ["style.alignment"],
         "左右の余白が25 %（上限20 %を超える）。",
         P("今治タオル工房 <shop@imabari-koubou.jp>", b["taoru"], f"洗濯表示について（注文番号 {o['taoru']}）",
           "Sun, 14 Jun 2026 10:00:00 +0900", "<it-tag-1148830@imabari-koubou.jp>",
           f"お客様\n\nバスタオル（注文番号 {o['taoru']}）の洗濯表示タグは縫い目の内側にございます。見つからない場合はお知らせください。\n\n今治タオル工房\n",
           page(h, "ja"), cte="base64"))
    h = f"""<h1>白樺家電</h1>
<h2>湯あかのお手入れ</h2>
<p>お客様</p>
<p>電気ケトル（注文番号 {o['yakan']}）の内側に白い湯あかが付いた場合は、クエン酸大さじ1杯を入れて沸騰させ、1時間置いてから洗い流してください。</p>
<p>湯あかはきれいに落ちましたでしょうか。</p>
<p><small>白樺家電株式会社 サポート窓口</small></p>"""
    case("yakan-yottsu-no-size", "reject", ["style.font-sizes"], ["style.font-override"],
         "h1・h2・本文の既定サイズ・<small>で4サイズ。",
         P("白樺家電 <support@shirakaba-kaden.jp>", b["yakan"], f"湯あかのお手入れ（注文番号 {o['yakan']}）",
           "Sat, 13 Jun 2026 10:00:00 +0900", "<sk-yuaka-6618204@shirakaba-kaden.jp>",
           f"お客様\n\n電気ケトル（注文番号 {o['yakan']}）の湯あかは、クエン酸で落とせます。きれいに落ちましたでしょうか。\n\n白樺家電\n",
           page(h, "ja"), cte="base64"))
    h = f"""<p>お客様</p>
<p>ビジネスバッグ（注文番号 {o['kaban']}）の革は、届いてから数日は金具の跡が残ることがございます。以下の図のように、乾いた布で円を描くように磨いてください。</p>
<p><img src="cid:zu" width="400" height="120"></p>
<p>跡は目立たなくなりましたでしょうか。</p>
<p>革工房 栗原</p>"""
    case("kaban-alt-nashi", "reject", ["style.image-alt"], ["style.image-width"],
         "インライン図にalt属性がない。",
         P("革工房 栗原 <kurihara@kawa-koubou.jp>", b["kaban"], f"革のお手入れ（注文番号 {o['kaban']}）",
           "Sun, 14 Jun 2026 10:00:00 +0900", "<kk-teire-3309127@kawa-koubou.jp>",
           f"お客様\n\nビジネスバッグ（注文番号 {o['kaban']}）の金具の跡は、乾いた布で磨くと目立たなくなります。跡は目立たなくなりましたでしょうか。\n\n革工房 栗原\n",
           page(h, "ja"), cte="base64", related=[(banner_png("o -> o -> o", 400, 120), "image", "png", "zu", "zu.png")]))
# --------------------------------------------------------------------------------------------
# Write and verify
# --------------------------------------------------------------------------------------------

_set_boundaries = partial(set_boundaries, prefix="sixth")


def main() -> None:
    write_orders(ROOT, ORDERS)
    collect_by_language(CASE_LIST, (cases_en, cases_de, cases_fr, cases_es, cases_it, cases_ja))
    labels = write_cases(ROOT, CASE_LIST, _set_boundaries, verify)
    print(f"{len(labels)} cases, {len(ORDERS)} orders written to {ROOT}; by language {lang_counts(CASE_LIST)}")


if __name__ == "__main__":
    main()
