"""Shared helpers for the labelled corpus generators (tests/corpus_*/build.py).

Not a test module: the build scripts import it (they put tests/ on sys.path). Everything here is
deterministic; anything that differed between the corpora (seeds, PDF producer, boundary prefix, zip
timestamps) is a parameter, so each corpus regenerates byte for byte.
"""

from __future__ import annotations

import csv
import hashlib
import html as htmlmod
import io
import json
import random
import zipfile
from collections.abc import Callable, Iterable
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from pathlib import Path

from PIL import Image, ImageDraw

# --------------------------------------------------------------------------------------------
# Orders
# --------------------------------------------------------------------------------------------

ORDER_FIELDS = ["order_id", "buyer_email", "marketplace", "buyer_language", "purchased_at", "shipped_at",
                "delivered_at", "product_title"]


def buyer(rnd: random.Random, tld: str) -> str:
    """A random-looking Amazon relay address drawn from the corpus' seeded generator."""
    alphabet = "abcdefghijklmnopqrstuvwxyz0123456789"
    return "".join(rnd.choice(alphabet) for _ in range(15)) + "@marketplace.amazon." + tld


def write_orders(root: Path, orders: dict[str, dict]) -> None:
    with (root / "orders.csv").open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=ORDER_FIELDS, lineterminator="\n")
        w.writeheader()
        for o in orders.values():
            w.writerow(o)


# --------------------------------------------------------------------------------------------
# Binary assets (real files)
# --------------------------------------------------------------------------------------------

class OrderBook:
    """One corpus's orders.csv rows, keyed by case: seeded order IDs (a marketplace's prefix, then random
    digits) and buyer relay addresses, drawn from the corpus' generator in a fixed order (address, then ID)."""

    def __init__(self, rnd: random.Random, prefix: dict[str, str], tld_of_lang: dict[str, str], *,
                 purchased: str = "2026-06-02T10:00:00Z", shipped: str = "2026-06-03T08:00:00Z",
                 delivered: str = "2026-06-06T12:00:00Z") -> None:
        self.rnd, self.prefix, self.tld_of_lang = rnd, prefix, tld_of_lang
        self.dates = {"purchased": purchased, "shipped": shipped, "delivered": delivered}
        self.rows: dict[str, dict] = {}

    def order_id(self, tld: str) -> str:
        p = self.prefix[tld] + str(self.rnd.randint(1, 6))
        return f"{p}-{self.rnd.randint(1000000, 9999999)}-{self.rnd.randint(1000000, 9999999)}"

    def add(self, key: str, lang: str, title: str, *, tld: str = "", purchased: str | None = None,
            shipped: str | None = None, delivered: str | None = None) -> tuple[str, str]:
        """One order row: (order ID, buyer address)."""
        tld = tld or self.tld_of_lang[lang]
        addr = buyer(self.rnd, tld)
        oid = self.order_id(tld)
        d = self.dates
        self.rows[key] = {"order_id": oid, "buyer_email": addr, "marketplace": "amazon." + tld,
                          "buyer_language": lang,
                          "purchased_at": d["purchased"] if purchased is None else purchased,
                          "shipped_at": d["shipped"] if shipped is None else shipped,
                          "delivered_at": d["delivered"] if delivered is None else delivered,
                          "product_title": title}
        return oid, addr


def mail_date(day: int, hm: str = "10:00:00", tz: str = "+0000") -> str:
    """A Date: header value on `day` of June 2026."""
    import datetime as _dt
    return f"{_dt.date(2026, 6, day).strftime('%a')}, {day:02d} Jun 2026 {hm} {tz}"


def img_bytes(img: Image.Image, fmt: str, **kw) -> bytes:
    buf = io.BytesIO()
    img.save(buf, fmt, **kw)
    return buf.getvalue()


def logo_png(text: str, size=(150, 44), bg=(52, 40, 92), fg=(250, 246, 236)) -> bytes:
    img = Image.new("RGB", size, bg)
    d = ImageDraw.Draw(img)
    d.ellipse([6, 8, 34, 36], outline=fg, width=2)
    d.text((42, size[1] // 2 - 6), text, fill=fg)
    return img_bytes(img, "PNG", optimize=True)


def logo_jpeg(text: str, size=(180, 50)) -> bytes:
    img = Image.new("RGB", size, (120, 22, 30))
    d = ImageDraw.Draw(img)
    d.rectangle([4, 4, size[0] - 5, size[1] - 5], outline=(240, 210, 160), width=2)
    d.text((14, size[1] // 2 - 6), text, fill=(240, 210, 160))
    return img_bytes(img, "JPEG", quality=86)


def diagram_png() -> bytes:
    """A 520 px wide cleaning diagram (basket, arrows, numbered steps)."""
    img = Image.new("RGB", (520, 180), (248, 248, 246))
    d = ImageDraw.Draw(img)
    for i, x in enumerate((20, 190, 360)):
        d.rounded_rectangle([x, 30, x + 140, 140], radius=14, outline=(60, 60, 60), width=3)
        d.text((x + 60, 150), f"{i + 1}", fill=(20, 20, 20))
    d.line([(165, 85), (185, 85)], fill=(200, 40, 40), width=4)
    d.line([(335, 85), (355, 85)], fill=(200, 40, 40), width=4)
    return img_bytes(img, "PNG", optimize=True)


def serum_jpeg() -> bytes:
    img = Image.new("RGB", (240, 300), (252, 240, 226))
    d = ImageDraw.Draw(img)
    d.rounded_rectangle([85, 110, 155, 270], radius=12, fill=(214, 140, 50))
    d.rectangle([105, 60, 135, 110], fill=(40, 40, 40))
    d.ellipse([100, 30, 140, 70], fill=(30, 30, 30))
    d.text((95, 180), "VIT C", fill=(255, 255, 255))
    return img_bytes(img, "JPEG", quality=87)


def animated_gif(texts=("LICUAMAX", "envio 19/06")) -> bytes:
    frames = []
    for i, t in enumerate(texts):
        bg, fg = ((20, 90, 60), (250, 250, 240)) if i % 2 == 0 else ((250, 250, 240), (20, 90, 60))
        f = Image.new("RGB", (220, 56), bg)
        ImageDraw.Draw(f).text((18, 22), t, fill=fg)
        frames.append(f.convert("P", palette=Image.ADAPTIVE, colors=8))
    buf = io.BytesIO()
    frames[0].save(buf, "GIF", save_all=True, append_images=frames[1:], duration=700, loop=0)
    return buf.getvalue()


def banner_png(text: str, width: int, height: int = 90, bg=(236, 228, 210), fg=(60, 50, 40)) -> bytes:
    img = Image.new("RGB", (width, height), bg)
    d = ImageDraw.Draw(img)
    d.rectangle([3, 3, width - 4, height - 4], outline=fg, width=2)
    d.text((16, height // 2 - 6), text, fill=fg)
    return img_bytes(img, "PNG", optimize=True)


def make_pdf(title: str, lines: list[str], *, producer: str) -> bytes:
    """A tiny valid single-page PDF (Helvetica, WinAnsi text) with a correct xref table."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    ops = [f"BT /F1 15 Tf 50 790 Td ({esc(lines[0])}) Tj ET"]
    y = 760
    for ln in lines[1:]:
        ops.append(f"BT /F1 10 Tf 50 {y} Td ({esc(ln)}) Tj ET")
        y -= 15
    ops.append("0.6 w 50 780 m 545 780 l S")
    return pdf_document(title, ops, producer=producer)


def pdf_document(title: str, ops: list[str], *, producer: str) -> bytes:
    """Wrap content-stream operators in a one-page PDF with Catalog/Pages/Page/Font/Info and xref."""
    def esc(s: str) -> str:
        return s.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    stream = "\n".join(ops).encode("cp1252")
    objs = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R "
        b"/Resources << /Font << /F1 5 0 R >> >> >>",
        b"<< /Length " + str(len(stream)).encode() + b" >>\nstream\n" + stream + b"\nendstream",
        b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>",
        b"<< /Title (" + esc(title).encode("cp1252") + b") /Producer (" + producer.encode("cp1252") + b") >>",
    ]
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for i, body in enumerate(objs, 1):
        offsets.append(len(out))
        out += f"{i} 0 obj\n".encode() + body + b"\nendobj\n"
    xref = len(out)
    out += f"xref\n0 {len(objs) + 1}\n0000000000 65535 f \n".encode()
    for off in offsets:
        out += f"{off:010d} 00000 n \n".encode()
    out += f"trailer\n<< /Size {len(objs) + 1} /Root 1 0 R /Info 6 0 R >>\nstartxref\n{xref}\n%%EOF\n".encode()
    return bytes(out)


def zip_bytes(files: dict[str, bytes], *, date_time: tuple[int, int, int, int, int, int]) -> bytes:
    """A deflated zip whose members all carry the given timestamp (so the bytes are reproducible)."""
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED) as z:
        for name, data in files.items():
            info = zipfile.ZipInfo(name, date_time=date_time)
            info.compress_type = zipfile.ZIP_DEFLATED
            z.writestr(info, data)
    return buf.getvalue()


def make_docx(paragraphs: list[str]) -> bytes:
    """A minimal but valid WordprocessingML document (a zip container)."""
    body = "".join(f"<w:p><w:r><w:t xml:space=\"preserve\">{htmlmod.escape(p)}</w:t></w:r></w:p>" for p in paragraphs)
    files = {
        "[Content_Types].xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/word/document.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/>'
            '</Types>'),
        "_rels/.rels": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
            '<Relationship Id="rId1" '
            'Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" '
            'Target="word/document.xml"/></Relationships>'),
        "word/document.xml": (
            '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
            '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
            f'<w:body>{body}</w:body></w:document>'),
    }
    return zip_bytes({name: data.encode("utf-8") for name, data in files.items()},
                     date_time=(2026, 6, 11, 10, 0, 0))


# --------------------------------------------------------------------------------------------
# Message helpers
# --------------------------------------------------------------------------------------------

def text2html(text: str) -> str:
    """Paragraphs (blank-line separated) -> <p> with <br> for inner line breaks, escaped."""
    paras = [p for p in text.strip("\n").split("\n\n") if p.strip()]
    return "\n".join("<p>" + "<br>\n".join(htmlmod.escape(ln, quote=False) for ln in p.split("\n")) + "</p>"
                     for p in paras)


def page(body: str, lang: str = "en", head: str = "") -> str:
    return (f'<!DOCTYPE html>\n<html lang="{lang}">\n<head>\n<meta charset="utf-8">\n{head}</head>\n'
            f"<body>\n{body}\n</body>\n</html>\n")


def quote(text: str) -> str:
    return "\n".join(("> " + ln) if ln else ">" for ln in text.strip("\n").split("\n"))


def reply_headers(token: str) -> list[tuple[str, str]]:
    mid = f"<{token}@amazonses.com>"
    return [("In-Reply-To", mid), ("References", mid)]


def mk(frm, to, subject, date, mid, *, text=None, html=None, charset="utf-8", cte="quoted-printable",
       html_cte=None, related=(), attach=(), headers=()) -> EmailMessage:
    m = EmailMessage()
    m["From"] = frm
    m["To"] = to
    m["Subject"] = subject
    m["Date"] = date
    m["Message-ID"] = mid
    for k, v in headers:
        m[k] = v
    if text is not None:
        m.set_content(text, charset=charset, cte=cte)
        if html is not None:
            m.add_alternative(html, subtype="html", charset=charset, cte=html_cte or cte)
    else:
        m.set_content(html, subtype="html", charset=charset, cte=html_cte or cte)
    if related:
        # a text+html message is multipart/alternative: the html leg is the second part
        hp = m.get_payload()[1] if (m.is_multipart() and text is not None) else m
        for data, maintype, subtype, cid, fname in related:
            hp.add_related(data, maintype, subtype, cid=cid, filename=fname, disposition="inline")
    for data, maintype, subtype, fname in attach:
        m.add_attachment(data, maintype, subtype, filename=fname)
    return m


def add_case(case_list: list[dict], slug, verdict, rules, absent, note, msg, *, after=(), tolerated=(),
             crlf=False, lang=""):
    case_list.append({"slug": slug, "verdict": verdict, "rules": list(rules), "absent": list(absent),
                      "note": note, "msg": msg, "after": list(after), "tolerated": list(tolerated),
                      "crlf": crlf, "lang": lang})


# --------------------------------------------------------------------------------------------
# Writing and reading back
# --------------------------------------------------------------------------------------------

def set_boundaries(m: EmailMessage, slug: str, *, prefix: str) -> None:
    """Deterministic boundaries derived from "<prefix>:<slug>:<n>"; drop MIME-Version from sub-parts."""
    n = 0
    for part in m.walk():
        if part is not m and "MIME-Version" in part:
            del part["MIME-Version"]  # EmailMessage adds it to sub-parts; real clients do not
        if part.is_multipart():
            h = hashlib.sha1(f"{prefix}:{slug}:{n}".encode()).hexdigest()
            part.set_boundary(f"----=_Part_{h[:10]}_{h[10:22]}")
            n += 1


def verify(path: Path, entry: dict) -> None:
    raw = path.read_bytes()
    crlf = b"\r\n" in raw
    assert crlf == entry["crlf"], path
    if crlf:
        assert raw.count(b"\n") == raw.count(b"\r\n"), f"{path}: mixed line endings"
    for ln in raw.splitlines():
        assert len(ln) <= 998, f"{path}: line too long"
        ln.decode("ascii")  # all 7-bit on the wire
    m = BytesParser(policy=policy.default).parsebytes(raw)
    for h in ("From", "To", "Subject", "Date", "Message-ID", "MIME-Version"):
        assert m[h], f"{path}: missing {h}"
    assert len(m.get_all("To")) == 1 and "@marketplace.amazon." in str(m["To"]), path
    for h in ("In-Reply-To", "References"):
        if m[h] is not None:
            assert str(m[h]).startswith("<"), f"{path}: {h} mangled"
    texts = []
    for part in m.walk():
        if part.is_multipart():
            continue
        if part.get_content_maintype() == "text" and part.get_content_disposition() != "attachment":
            t = part.get_content()
            assert "\ufffd" not in t, f"{path}: undecodable text"
            texts.append(t)
        else:
            data = part.get_content()
            # a text/plain attachment decodes to str; every other part to bytes
            assert isinstance(data, str if part.get_content_maintype() == "text" else bytes) and data, path
            if part.get_content_subtype() in ("png", "jpeg", "gif"):
                Image.open(io.BytesIO(data)).verify()
            if part.get_content_subtype() == "pdf":
                assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF"), path
            if "officedocument" in part.get_content_subtype():
                assert zipfile.ZipFile(io.BytesIO(data)).testzip() is None, path
    assert texts, path


def collect_by_language(case_list: list[dict], fns: Iterable[Callable[[], None]]) -> None:
    """Run each case function (named *_<lang>), tag its cases with that language, then put the
    compliant cases first and the violations after; numbering follows that order."""
    for fn in fns:
        lang = fn.__name__.rsplit("_", 1)[1]
        start = len(case_list)
        fn()
        for c in case_list[start:]:
            c["lang"] = c["lang"] or lang
    case_list.sort(key=lambda c: c["verdict"] != "relay" or bool(c["rules"]))


def lang_counts(case_list: list[dict]) -> dict[str, int]:
    by_lang: dict[str, int] = {}
    for c in case_list:
        by_lang[c["lang"]] = by_lang.get(c["lang"], 0) + 1
    return by_lang


def write_cases(root: Path, case_list: list[dict], set_boundaries: Callable[[EmailMessage, str], None],
                verify: Callable[[Path, dict], None], *, after_must_precede: bool = True) -> list[dict]:
    """Write cases/NN-<slug>.eml (replacing old ones) and labels.json; read each file back."""
    cases = root / "cases"
    cases.mkdir(exist_ok=True)
    for old in cases.glob("*.eml"):
        old.unlink()
    names: dict[str, str] = {}
    for i, c in enumerate(case_list, 1):
        names[c["slug"]] = f"cases/{i:02d}-{c['slug']}.eml"
    assert len(names) == len(case_list), "duplicate slug"
    labels = []
    for c in case_list:
        m = c["msg"]
        set_boundaries(m, c["slug"])
        pol = m.policy.clone(linesep="\r\n" if c["crlf"] else "\n")
        path = root / names[c["slug"]]
        path.write_bytes(m.as_bytes(policy=pol))
        verify(path, c)
        entry = {"file": names[c["slug"]], "verdict": c["verdict"], "rules": c["rules"], "absent": c["absent"]}
        if c["tolerated"]:
            entry["tolerated"] = c["tolerated"]
        if c["after"]:
            entry["after"] = [names[s] for s in c["after"]]
            if after_must_precede:
                assert all(names[s] < entry["file"] for s in c["after"])
        entry["note"] = c["note"]
        assert not set(entry["rules"]) & set(entry["absent"]), c["slug"]
        assert not set(entry.get("tolerated", [])) & (set(entry["rules"]) | set(entry["absent"])), c["slug"]
        labels.append(entry)
    (root / "labels.json").write_text(json.dumps(labels, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    return labels


def shaped_case(case_list: list[dict], target: list[str], other: list[str], slug: str, verdict: str,
                rules: list[str], note: str, *, thread: str, tag: str, time: str, to: str, frm: str, subject: str,
                text: str, day: int = 12, reply: str = "", tolerated: tuple[str, ...] = (), enc: dict | None = None,
                fmt: str = "text", lang: str = "", after: tuple[str, ...] = (), crlf: bool = False) -> None:
    """One case in the shared corpus's shape (a builder binds the first three and thread/tag/time with
    functools.partial). fmt: text (plain), html (HTML only) or alt (text + HTML alternative). Every rule of
    `target` and `other` not named in `rules` (or tolerated) must stay silent. `reply` quotes the buyer: the
    message answers a buyer (In-Reply-To/References, thread ID `thread`.slug)."""
    hdrs = reply_headers(f"{thread}.{slug[:24]}") if reply else []
    dom = frm.rsplit("@", 1)[1].rstrip(">")
    body = text.strip("\n") + "\n"
    if reply:
        body += "\n" + quote(reply) + "\n"
    tol = (*tolerated, "content.spelling")
    absent = [r for r in (*target, *other) if r not in rules and r not in tol]
    kw = dict(enc or {})
    if kw.get("charset") == "iso-8859-15":
        body = body.replace("\u2013", "-")  # no en dash in Latin-9
    if fmt == "text":
        kw["text"] = body
    else:
        kw["html"] = page(text2html(body), lang or "en")
        if fmt == "alt":
            kw["text"] = body
    msg = mk(frm, to, subject, mail_date(day, time, "+0200"), f"<{tag}.{slug}@{dom}>", headers=hdrs, **kw)
    add_case(case_list, slug, verdict, rules, absent, note, msg, tolerated=tol, after=after, crlf=crlf)
