"""Section A: the envelope. The SMTP session enforces these at MAIL/RCPT time with their own replies;
`permitted check` judges the recipients the same way so the linter agrees with the proxy."""

from __future__ import annotations

from collections.abc import Iterator

from policies.context import Context
from policies.findings import Action, Hit
from policies.marketplace import is_buyer_address
from policies.rule import rule

_SESSION_ONLY = "Enforced by the SMTP session (`permitted serve`); not judged on a message file."


@rule(
    "envelope.auth-required",
    guideline="Only the seller may send: AUTH is required before MAIL.",
    default=Action.REJECT,
    summary="AUTH before MAIL, per seller account (530 5.7.0), unless the client is in the account's networks",
    section="A",
)
def auth_required(ctx: Context) -> Iterator[Hit]:
    """## What it does
    The proxy answers MAIL FROM with `530 5.7.0` until the client has logged in with an account's
    credentials (or connects from one of the account's configured `networks`).

    ## Why is this bad?
    An open relay would send anyone's mail with the seller's name on it.

    ## Example
    A client that sends MAIL FROM right after EHLO.

    ## Fix
    Configure your mail program with the username and password from `permitted.toml`.
    """
    return iter(())


@rule(
    "envelope.sender-not-allowed",
    guideline="Only the seller may send: MAIL FROM must be one of the account's addresses.",
    default=Action.REJECT,
    summary="MAIL FROM must be one of the authenticated account's sender addresses (550 5.7.1)",
    section="A",
)
def sender_not_allowed(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Refuses MAIL FROM addresses that are not in the logged-in account's `senders` list.

    ## Why is this bad?
    One seller must not be able to send as another.

    ## Example
    Account `acme` (senders: support@acme.example) sending MAIL FROM:<sales@other.example>.

    ## Fix
    Send from one of the account's addresses, or add the address to `senders` in the config.
    """
    return iter(())


@rule(
    "envelope.recipient-not-buyer",
    guideline="You may only send Permitted Messages to customers who have contacted you or purchased from you.",
    default=Action.REJECT,
    summary="a recipient outside marketplace.amazon.<tld> / m.marketplace.amazon.<tld> (+suffix allowed)",
    section="A",
)
def recipient_not_buyer(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Checks that every recipient is an Amazon buyer address (`…@marketplace.amazon.<tld>` or
    `…@m.marketplace.amazon.<tld>`, the local part may carry a `+thread` suffix). With
    `passthrough_non_buyer = true` the proxy relays other mail unchecked instead.

    ## Why is this bad?
    Buyer-Seller Messaging goes through Amazon's anonymised buyer addresses; anything else is not a
    buyer message and would be sent unchecked under the seller's name.

    ## Example
    RCPT TO:<someone@gmail.com>.

    ## Fix
    Reply to the buyer's marketplace address as Amazon gave it.
    """
    for rcpt in ctx.message.envelope.rcpt_to:
        if not is_buyer_address(rcpt):
            yield Hit(
                f"{rcpt} is not an Amazon buyer address: send buyer messages to the buyer's "
                "@marketplace.amazon address only.",
                rcpt,
                "header:To",
            )


@rule(
    "envelope.multiple-buyers",
    guideline="One order, one buyer, one language: a message goes to one buyer.",
    default=Action.REJECT,
    summary="more than one buyer recipient in one message",
    section="A",
)
def multiple_buyers(ctx: Context) -> Iterator[Hit]:
    """## What it does
    Refuses a message addressed to more than one buyer.

    ## Why is this bad?
    Each buyer message is about one buyer's order; copying other buyers discloses their addresses
    and orders.

    ## Example
    To: a@marketplace.amazon.de, b@marketplace.amazon.de.

    ## Fix
    Send one message per buyer.
    """
    buyers = sorted({r.lower() for r in ctx.message.envelope.rcpt_to if is_buyer_address(r)})
    if len(buyers) > 1:
        yield Hit("Send one message per buyer; this one is addressed to several.", ", ".join(buyers), "header:To")


@rule(
    "envelope.too-large",
    guideline="The message must fit the size limit advertised in EHLO.",
    default=Action.REJECT,
    summary="over the SIZE limit advertised in EHLO (552 5.3.4), stopped while receiving",
    section="A",
)
def too_large(ctx: Context) -> Iterator[Hit]:
    """## What it does
    The proxy stops receiving a message as soon as it passes `max_message_size` and answers
    `552 5.3.4`.

    ## Why is this bad?
    Buyer messages do not need large files, and unbounded input would exhaust the proxy's memory.

    ## Example
    A 40 MB video attached to a message with a 25 MB limit.

    ## Fix
    Attach only the document the buyer needs (an invoice, a label, a photo), compressed or smaller.
    """
    return iter(())
