"""Rules of this family (being written)."""

from policies.context import Context


def requested_orders(ctx: Context) -> set[str]:
    """The orders this message asks a review or seller feedback for (placeholder)."""
    return set()
