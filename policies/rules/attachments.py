"""`attachment.not-allowed`: files the buyer does not need, judged by their bytes, not their label."""

from __future__ import annotations

import io
import zipfile
from collections.abc import Iterator

from policies.context import Context
from policies.findings import Action, Hit
from policies.message import Attachment
from policies.rule import rule

# Always refused, whatever the account's allow-list says: programs, scripts, archives, macros.
_EXECUTABLE_TYPES = frozenset(
    {
        "application/x-msdownload",
        "application/x-dosexec",
        "application/x-executable",
        "application/x-elf",
        "application/x-mach-binary",
        "application/x-sharedlib",
        "application/vnd.microsoft.portable-executable",
        "application/x-shockwave-flash",
        "application/java-archive",
        "application/x-java-applet",
        "text/x-script",
        "application/vnd.android.package-archive",
        "application/x-apple-diskimage",
        "application/x-ms-shortcut",
        "application/hta",
        "application/x-msi",
    }
)
_ARCHIVE_TYPES = frozenset(
    {
        "application/zip",
        "application/x-zip-compressed",
        "application/x-rar-compressed",
        "application/vnd.rar",
        "application/x-7z-compressed",
        "application/gzip",
        "application/x-gzip",
        "application/x-bzip2",
        "application/x-xz",
        "application/x-tar",
        "application/x-lzip",
        "application/x-compress",
        "application/vnd.ms-cab-compressed",
        "application/x-iso9660-image",
        "application/zstd",
        "application/x-lzh-compression",
        "application/x-ace-compressed",
        "application/x-arj",
        "application/x-cpio",
        "application/x-rpm",
        "application/x-deb",
        "application/x-unix-archive",
    }
)
# File-name endings that run code when opened, even when the bytes look like plain text.
_DANGEROUS_EXTENSIONS = frozenset(
    [
        "exe",
        "com",
        "scr",
        "pif",
        "bat",
        "cmd",
        "msi",
        "msp",
        "dll",
        "cpl",
        "jar",
        "js",
        "jse",
        "vbs",
        "vbe",
        "wsf",
        "wsh",
        "ps1",
        "psm1",
        "hta",
        "lnk",
        "reg",
        "sh",
        "app",
        "apk",
        "dmg",
        "iso",
        "img",
        "vhd",
        "docm",
        "dotm",
        "xlsm",
        "xltm",
        "xlam",
        "pptm",
        "potm",
        "ppam",
        "sldm",
        "html",
        "htm",
        "svg",
        "xhtml",
        "url",
        "website",
        "chm",
        "inf",
    ]
)
_MARKUP_EXTENSIONS = frozenset({"svg", "html", "htm", "xhtml"})
_ARCHIVE_EXTENSIONS = frozenset(
    ["zip", "rar", "7z", "gz", "tgz", "bz2", "xz", "tar", "cab", "lz", "lzh", "arj", "ace", "zst", "z"]
)
# Declared types a plain-text sniff may stand for (a CSV is text to read, an HTML file is not).
_TEXTUAL = frozenset({"text/plain", "text/csv", "text/tab-separated-values", "application/octet-stream", ""})


def _extension(name: str) -> str:
    base = name.strip().strip('"').lower()
    return base.rsplit(".", 1)[-1] if "." in base else ""


def _office_with_macros(data: bytes) -> bool:
    """An OOXML zip carrying a VBA project, or an OLE (legacy Office) file with VBA storage."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return b"V\x00B\x00A" in data or b"_VBA_PROJECT" in data or b"VBA" in data[:200_000]
    if data.startswith(b"PK"):
        try:
            with zipfile.ZipFile(io.BytesIO(data)) as zf:
                return any(n.lower().endswith("vbaproject.bin") for n in zf.namelist()[:2000])
        except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, NotImplementedError):
            return False
    return False


def _is_ooxml(data: bytes) -> bool:
    if not data.startswith(b"PK"):
        return False
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as zf:
            return "[Content_Types].xml" in zf.namelist()[:2000]
    except (zipfile.BadZipFile, ValueError, OSError, RuntimeError, NotImplementedError):
        return False


def judge(att: Attachment, allowed: tuple[str, ...]) -> str | None:
    """Why an attachment is refused (a short reason), or None when it is allowed."""
    sniffed = att.sniffed_type.lower()
    declared = att.declared_type.lower()
    ext = _extension(att.filename)
    if sniffed in _EXECUTABLE_TYPES or (ext in _DANGEROUS_EXTENSIONS and ext not in _MARKUP_EXTENSIONS):
        return "a program or script"
    if _office_with_macros(att.data):
        return "an Office file with macros"
    if (sniffed in _ARCHIVE_TYPES or ext in _ARCHIVE_EXTENSIONS) and not _is_ooxml(att.data):
        return "an archive"
    effective = sniffed
    if sniffed == "text/plain":
        # Text bytes are only as harmless as what they are declared to be: HTML, SVG and scripts are code.
        if declared not in _TEXTUAL or ext in _DANGEROUS_EXTENSIONS:
            return f"a {declared or ext or 'text'} file"
        effective = "text/plain"
    if not effective:
        return f"a file of unknown type ({declared or 'no declared type'})"
    if effective not in allowed:
        return f"a {effective} file"
    return None


@rule(
    "attachment.not-allowed",
    guideline="Attachments for those needed to resolve a buyer's issue (for example, shipping labels, "
    "invoices, and custom designs)",
    default=Action.REJECT,
    summary="attachment type (sniffed) outside the allow-list; executables, archives, macros always refused; >10 MB",
    section="D",
)
def not_allowed(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Judges every attached file by the type its bytes show (not only the declared type): files
    outside the allow-list (default: PDF, JPEG, PNG, plain text) fire, and programs, scripts,
    archives and Office files with macros always fire. Attachments over 10 MB in total fire.
    Inline images shown in the HTML (`cid:`) are judged by the image rules instead.

    ## Why is this bad?
    Only files the buyer needs to resolve the issue (invoices, shipping labels, custom designs)
    are allowed; programs and archives can carry malware and hide what they contain.

    ## Example
    A reply carrying `Montageanleitung.zip`, or an invoice sent as `invoice.pdf.exe`.

    ## Fix
    Attach the document itself as a PDF (or JPEG/PNG image, or plain text), not an archive or an
    Office file, and keep the attachments under 10 MB in total.
    """
    msg = ctx.message
    allowed = tuple(t.lower() for t in ctx.settings.attachment_types)
    total = 0
    for att in msg.attachments:
        if att.inline and att.content_id and att.sniffed_type.startswith("image/"):
            continue  # an inline image part (Content-ID, not an attachment): the image rules judge it
        total += att.size
        reason = judge(att, allowed)
        if reason is not None:
            yield Hit(
                f"Remove the attachment {att.filename or '(unnamed)'}: it is {reason}, which cannot be sent "
                "to buyers; attach a PDF, JPEG, PNG or plain-text file instead if the buyer needs it.",
                f"{att.filename or '(unnamed)'} ({att.sniffed_type or att.declared_type or 'unknown'}, {att.size} bytes)",
                att.location,
            )
    if total > ctx.settings.attachment_max_total:
        yield Hit(
            f"The attachments add up to {total / 1_048_576:.1f} MB; keep them under "
            f"{ctx.settings.attachment_max_total / 1_048_576:.0f} MB in total.",
            ", ".join(a.filename or "(unnamed)" for a in msg.attachments)[:120],
            "attachment:" + (msg.attachments[0].filename or "unnamed") if msg.attachments else "text",
        )
