"""`message.malformed`: a message that cannot be read as a buyer would read it."""

from __future__ import annotations

from collections.abc import Iterator

from policies.context import Context
from policies.findings import Action, Hit
from policies.rule import rule

# Defects the stdlib records that still leave a message readable as the buyer would see it.
_HARMLESS = {
    "MissingHeaderBodySeparatorDefect",
    "MisplacedEnvelopeHeaderDefect",
    "InvalidHeaderDefect",
    "HeaderMissingRequiredValue",
    "NonPrintableDefect",
    "ObsoleteHeaderDefect",
    "InvalidBase64PaddingDefect",
    "InvalidBase64CharactersDefect",
    "UndecodableBytesDefect",
    "CloseBoundaryNotFoundDefect",
}
# A multipart whose parts cannot be found: its boundary is missing, or never appears in the body.
_NO_BOUNDARY = {"NoBoundaryInMultipartDefect", "StartBoundaryNotFoundDefect"}


@rule(
    "message.malformed",
    guideline="The message must be readable as the buyer would read it.",
    default=Action.REJECT,
    summary="unreadable MIME, or past the structure limits (nesting depth, part count, decoded size)",
    section="A",
)
def malformed(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Refuses a message whose MIME structure passes the limits (nesting depth, number of parts,
    decoded size), or that has no readable body at all: a multipart whose boundary is missing or never
    appears is one (no mail program can split it into its parts).

    ## Why is this bad?
    A MIME bomb or a broken message is not what the buyer will see; it cannot be checked, and
    expanding it would cost the proxy memory.

    ## Example
    A multipart message nested 100 levels deep, or with 10 000 parts.

    ## Fix
    Send the message as your mail program or helpdesk builds it normally: one text and/or HTML
    body and a few attachments.
    """
    msg = ctx.message
    if msg.limit_exceeded:
        yield Hit(
            f"The message's structure is past a safety limit ({msg.limit_exceeded}); send a plain message "
            "with one body and only the attachments the buyer needs.",
            msg.limit_exceeded,
            "text",
        )
        return
    if not msg.parts and not msg.attachments and not msg.images:
        serious = [d for d in msg.defects if d not in _HARMLESS]
        if serious:
            unsplittable = _NO_BOUNDARY & set(serious)
            yield Hit(
                "The message says it has several parts but gives no boundary between them, so no mail program "
                "can show it; send it again from your mail program or helpdesk unchanged."
                if unsplittable else
                "The message has no readable body; check that your mail program sends a text or HTML part.",
                ", ".join(serious)[:120],
                "text",
            )
