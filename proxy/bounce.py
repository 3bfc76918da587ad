"""Bounce reports (RFC 3464): what was not sent, why, and what to change, to the seller.

`multipart/report; report-type=delivery-status` with a readable part (text and HTML), the
`message/delivery-status` part and the original message (its headers only when large). Everything
copied from the seller's message into a header is flattened to one line first: no CR/LF injection.
"""

from __future__ import annotations

import html
import re
import uuid
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.header import Header
from email.quoprimime import body_encode
from email.utils import format_datetime

from policies import Finding

# Above this the report carries the original's headers only (text/rfc822-headers).
FULL_ORIGINAL_MAX = 256 * 1024
_CTRL = re.compile(r"[\x00-\x08\x0a-\x1f\x7f]")
_HEADER_END = re.compile(rb"\r?\n\r?\n")


def one_line(value: str, limit: int = 200) -> str:
    """A value safe to put in a header or an SMTP reply: no CR/LF or control characters, bounded."""
    flat = " ".join(_CTRL.sub(" ", value).split())
    return flat if len(flat) <= limit else flat[: limit - 3] + "..."


def _header(name: str, value: str) -> str:
    """`Name: value` folded and RFC 2047-encoded when not ASCII."""
    value = one_line(value, 900)
    if value.isascii():
        return f"{name}: {value}"
    return f"{name}: {Header(value, 'utf-8', header_name=name).encode(linesep=chr(13) + chr(10))}"


def _qp(text: str) -> str:
    """Quoted-printable of the UTF-8 bytes (the parts say charset=utf-8). body_encode maps characters
    to octets one to one, so it is given the UTF-8 bytes as latin-1 text: é becomes =C3=A9, not =E9,
    and a character past U+00FF no longer passes through raw (which made the report unencodable)."""
    octets = text.replace("\r\n", "\n").encode("utf-8", "replace").decode("latin-1")
    return body_encode(octets, maxlinelen=76, eol="\r\n")


@dataclass
class Report:
    """What one bounce says. `kind` is "reject" (not sent) or "quarantine" (held for review)."""

    kind: str
    reporting_mta: str
    mail_from: str
    rcpt_to: tuple[str, ...]
    report_to: str
    subject: str
    message_id: str
    findings: list[Finding]
    original: bytes
    queue_id: str
    quarantine_id: str = ""
    arrival: datetime = field(default_factory=lambda: datetime.now(UTC))


def _readable_text(r: Report) -> str:
    out: list[str] = []
    subject = one_line(r.subject) or "(no subject)"
    to = ", ".join(r.rcpt_to)
    if r.kind == "quarantine":
        out += [
            "Your message was NOT sent to the buyer. It is held for review in the quarantine.",
            "",
            f"Quarantine ID: {r.quarantine_id}",
        ]
    else:
        out += [
            "Your message was NOT sent to the buyer: it does not meet Amazon's Buyer-Seller Messaging",
            "communication guidelines.",
        ]
    out += ["", f"  To:         {to}", f"  Subject:    {subject}", f"  Message-ID: {one_line(r.message_id)}", ""]
    out += ["What to change:", ""]
    for i, f in enumerate(r.findings, 1):
        out.append(f"{i}. [{f.rule}] {f.message}")
        if f.evidence:
            out.append(f'   Found ({f.location}): "{f.evidence}"')
        out.append(f"   Guideline: {f.guideline}")
        out.append(f"   Details: permitted rules explain {f.rule}")
        out.append("")
    if r.kind == "quarantine":
        out += [
            "What a reviewer can do (on the Permitted server):",
            "",
            "  If the message is fine as it is, send it unchanged to the buyer:",
            f"    permitted quarantine release {r.quarantine_id}",
            "  If it should not be sent, discard it:",
            f"    permitted quarantine delete {r.quarantine_id}",
            "  Or correct the message and send it again.",
            "",
            f"  See it first: permitted quarantine show {r.quarantine_id}",
        ]
    else:
        out += ["Correct the message and send it again. The original is attached below."]
    out += ["", f"Permitted at {r.reporting_mta}, transaction {r.queue_id}"]
    return "\n".join(out) + "\n"


def _readable_html(r: Report) -> str:
    e = html.escape
    subject = one_line(r.subject) or "(no subject)"
    parts = ["<html><body>"]
    if r.kind == "quarantine":
        parts.append(
            "<p><strong>Your message was NOT sent to the buyer.</strong> It is held for review in the "
            f"quarantine as <code>{e(r.quarantine_id)}</code>.</p>"
        )
    else:
        parts.append(
            "<p><strong>Your message was NOT sent to the buyer:</strong> it does not meet Amazon's "
            "Buyer-Seller Messaging communication guidelines.</p>"
        )
    parts.append(
        f"<p>To: {e(', '.join(r.rcpt_to))}<br>Subject: {e(subject)}<br>Message-ID: {e(one_line(r.message_id))}</p>"
    )
    parts.append("<p>What to change:</p><ol>")
    for f in r.findings:
        parts.append(f"<li><p><code>{e(f.rule)}</code>: {e(f.message)}</p>")
        if f.evidence:
            parts.append(f"<p>Found ({e(f.location)}): <q>{e(f.evidence)}</q></p>")
        parts.append(f"<p>Guideline: {e(f.guideline)}</p></li>")
    parts.append("</ol>")
    if r.kind == "quarantine":
        qid = e(r.quarantine_id)
        parts.append(
            "<p>What a reviewer can do (on the Permitted server):</p><ul>"
            f"<li>Send it unchanged to the buyer: <code>permitted quarantine release {qid}</code></li>"
            f"<li>Discard it: <code>permitted quarantine delete {qid}</code></li>"
            f"<li>See it first: <code>permitted quarantine show {qid}</code></li></ul>"
        )
    else:
        parts.append("<p>Correct the message and send it again. The original is attached.</p>")
    parts.append("</body></html>")
    return "\n".join(parts) + "\n"


def _delivery_status(r: Report) -> str:
    # A held message is "delayed" (4.x: it may still go out after review); a refused one "failed".
    action, status = ("delayed", "4.7.1") if r.kind == "quarantine" else ("failed", "5.7.1")
    rules = ", ".join(dict.fromkeys(f.rule for f in r.findings)) or "policy"
    what = "held for review" if r.kind == "quarantine" else "refused"
    lines = [
        f"Reporting-MTA: dns; {one_line(r.reporting_mta)}",
        f"X-Permitted-Queue-ID: {r.queue_id}",
    ]
    if r.quarantine_id:
        lines.append(f"X-Permitted-Quarantine-ID: {r.quarantine_id}")
    lines.append(f"Arrival-Date: {format_datetime(r.arrival)}")
    for rcpt in r.rcpt_to:
        lines += [
            "",
            f"Final-Recipient: rfc822; {one_line(rcpt)}",
            f"Action: {action}",
            f"Status: {status}",
            f"Diagnostic-Code: smtp; {status[0]}50 {status} Message {what} by Buyer-Seller Messaging rules: {rules}",
        ]
    return "\r\n".join(lines) + "\r\n"


def build_report(r: Report, *, now: datetime | None = None) -> bytes:
    """The complete report message, CRLF line endings, ready to relay with envelope sender <>."""
    now = now or datetime.now(UTC)
    boundary = f"=_permitted_report_{uuid.uuid4().hex}"
    alt = f"=_permitted_alt_{uuid.uuid4().hex}"
    if r.kind == "quarantine":
        subject = f"Held for review ({r.quarantine_id}): {one_line(r.subject, 120)}"
    else:
        subject = f"Not sent: {one_line(r.subject, 120)}"
    headers = [
        f"From: Permitted <MAILER-DAEMON@{one_line(r.reporting_mta)}>",
        f"To: <{one_line(r.report_to)}>",
        _header("Subject", subject),
        f"Date: {format_datetime(now)}",
        f"Message-ID: <{uuid.uuid4().hex}@{one_line(r.reporting_mta)}>",
        "Auto-Submitted: auto-replied",
        "MIME-Version: 1.0",
        f'Content-Type: multipart/report; report-type=delivery-status; boundary="{boundary}"',
    ]
    if r.message_id:
        headers.append(_header("In-Reply-To", one_line(r.message_id)))
        headers.append(_header("References", one_line(r.message_id)))
    if len(r.original) > FULL_ORIGINAL_MAX:
        m = _HEADER_END.search(r.original)
        original = r.original[: m.start()] if m else r.original[:FULL_ORIGINAL_MAX]
        original_type = "text/rfc822-headers"
    else:
        original, original_type = r.original, "message/rfc822"
    original = original.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
    if not original.endswith(b"\r\n"):
        original += b"\r\n"
    cte = "7bit" if original.isascii() else "8bit"
    text = "\r\n".join(headers) + "\r\n\r\n"
    text += "This is a delivery status report (RFC 3464).\r\n\r\n"
    text += f"--{boundary}\r\n"
    text += f'Content-Type: multipart/alternative; boundary="{alt}"\r\n\r\n'
    text += f"--{alt}\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    text += _qp(_readable_text(r)) + "\r\n"
    text += f"--{alt}\r\nContent-Type: text/html; charset=utf-8\r\nContent-Transfer-Encoding: quoted-printable\r\n\r\n"
    text += _qp(_readable_html(r)) + "\r\n"
    text += f"--{alt}--\r\n\r\n"
    text += f"--{boundary}\r\nContent-Type: message/delivery-status\r\n\r\n"
    text += _delivery_status(r) + "\r\n"
    text += f"--{boundary}\r\nContent-Type: {original_type}\r\nContent-Transfer-Encoding: {cte}\r\n"
    text += "Content-Disposition: attachment\r\n\r\n"
    return text.encode("ascii") + original + f"\r\n--{boundary}--\r\n".encode("ascii")
