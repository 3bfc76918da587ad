"""Amazon marketplaces: buyer addresses and default languages (data in `data/marketplaces.toml`)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

# marketplace.amazon.<tld> and m.marketplace.amazon.<tld>; the local part may carry a +thread suffix.
_BUYER = re.compile(r"^(?P<local>[^@+\s]+)(?:\+[^@\s]*)?@(?:m\.)?marketplace\.(?P<market>amazon\.[a-z.]+)$", re.I)


@lru_cache(maxsize=1)
def _defaults() -> dict[str, str]:
    text = files("policies").joinpath("data", "marketplaces.toml").read_text(encoding="utf-8")
    return dict(tomllib.loads(text)["default_language"])


def default_language(marketplace: str) -> str | None:
    market = marketplace.strip().lower().removeprefix("www.")
    return _defaults().get(market)


def buyer_marketplace(address: str) -> str | None:
    """`amazon.de` for a buyer address at marketplace.amazon.de, else None (not a buyer address)."""
    m = _BUYER.match(address.strip())
    return m.group("market").lower() if m else None


def is_buyer_address(address: str) -> bool:
    return buyer_marketplace(address) is not None


def same_buyer(a: str, b: str) -> bool:
    """Two buyer addresses name the same buyer: same local part (without +suffix) and marketplace."""
    ma, mb = _BUYER.match(a.strip()), _BUYER.match(b.strip())
    if ma and mb:
        return (ma.group("local").lower(), ma.group("market").lower()) == (
            mb.group("local").lower(),
            mb.group("market").lower(),
        )
    return a.strip().lower() == b.strip().lower()
