"""One store for orders, the review ledger and the quarantine, behind one async interface.

Backends: SQLite (embedded default, `sqlite:///path`) and PostgreSQL (`postgresql://…`), chosen by
`open_store(url)`. Nothing above this package writes SQL.
"""

from proxy.store.base import (
    ImportSummary,
    QuarantineItem,
    Reservation,
    Store,
    StoreError,
    open_store,
)

__all__ = ["ImportSummary", "QuarantineItem", "Reservation", "Store", "StoreError", "open_store"]
