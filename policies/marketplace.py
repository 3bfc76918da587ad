"""Amazon marketplaces: buyer addresses and default languages (data in `data/marketplaces.toml`)."""

from __future__ import annotations

import re
import tomllib
from functools import lru_cache
from importlib.resources import files

# marketplace.amazon.<tld> and m.marketplace.amazon.<tld>; the local part may carry a +thread suffix.
# Amazon's buyer aliases are plain letters and digits: anything fancier (%-hack, bang paths, quotes,
# source routes) is a relay trick, and the marketplace must be one Amazon runs.
_BUYER = re.compile(
    r"^(?P<local>[A-Za-z0-9][A-Za-z0-9._-]{0,63})(?:\+[A-Za-z0-9._=-]{0,64})?"
    r"@(?:m\.)?marketplace\.(?P<market>amazon\.[a-z]{2,3}(?:\.[a-z]{2})?)$",
    re.I,
)


@lru_cache(maxsize=1)
def _data() -> dict[str, dict[str, str]]:
    text = files("policies").joinpath("data", "marketplaces.toml").read_text(encoding="utf-8")
    return tomllib.loads(text)


def _defaults() -> dict[str, str]:
    return _data()["default_language"]


def language_name(code: str) -> str:
    """'German (de)' for 'de'; the bare code when the name is not listed."""
    name = _data().get("language_names", {}).get(code.lower())
    return f"{name} ({code})" if name else code


def default_language(marketplace: str) -> str | None:
    market = marketplace.strip().lower().removeprefix("www.")
    return _defaults().get(market)


def marketplace_for(language: str) -> str | None:
    """The first marketplace whose default language is `language` (amazon.com for English)."""
    return next((m for m, lang in _defaults().items() if lang == language), None)


def buyer_marketplace(address: str) -> str | None:
    """`amazon.de` for a buyer address at marketplace.amazon.de, else None (not a buyer address)."""
    m = _BUYER.match(address.strip())
    if not m or m.group("market").lower() not in _defaults():
        return None
    return m.group("market").lower()


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
