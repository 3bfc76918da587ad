"""The rule families. Importing this package registers every rule, in catalogue order."""
# ruff: noqa: I001  (import order is catalogue order)

from policies.rules import (  # noqa: F401
    envelope,
    malformed,
    order,
    types,
    review,
    order_problem,
    links,
    attachments,
    images,
    content,
    spelling,
    emoji,
    style,
)
