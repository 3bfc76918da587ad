"""Which store a command uses when `--store` is not given.

The same store `permitted serve` would use: the config file's `[store] url` (the file named with
--config, else ./permitted.toml when it exists; `PERMITTED_STORE__URL` overrides it like every
config key), else $PERMITTED_STORE_URL, else ./permitted.db.
"""

from __future__ import annotations

import os
from pathlib import Path

ENV_VAR = "PERMITTED_STORE_URL"
FALLBACK_URL = "sqlite:///./permitted.db"


def default_store_url(config_url: str | None = None) -> str:
    """The config's `[store] url` when the caller has one, else $PERMITTED_STORE_URL, else ./permitted.db."""
    return (config_url or "").strip() or os.environ.get(ENV_VAR, "").strip() or FALLBACK_URL


def configured_store_url(config_path: str | None) -> str | None:
    """`[store] url` of the config file (explicit, or ./permitted.toml when present); None without one."""
    from proxy.config import DEFAULT_CONFIG_FILE, ConfigError, load_config
    from proxy.store.base import StoreError

    if config_path is None:
        if not Path(DEFAULT_CONFIG_FILE).exists():
            env = os.environ.get("PERMITTED_STORE__URL", "").strip()
            return env or None
        config_path = DEFAULT_CONFIG_FILE
    try:
        return load_config(config_path).store.url
    except ConfigError as exc:
        raise StoreError(str(exc)) from None


def resolve_store_url(option: str | None, config_path: str | None = None) -> str:
    """`--store URL` wins over everything else; then the config; then the defaults."""
    if option and option.strip():
        return option.strip()
    return default_store_url(configured_store_url(config_path))
