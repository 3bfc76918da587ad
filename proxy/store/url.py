"""Which store a command uses when `--store` is not given."""

from __future__ import annotations

import os

ENV_VAR = "PERMITTED_STORE_URL"
FALLBACK_URL = "sqlite:///./permitted.db"


def default_store_url(config_url: str | None = None) -> str:
    """$PERMITTED_STORE_URL, else the config file's `[store] url` (when the caller passes it), else ./permitted.db."""
    return os.environ.get(ENV_VAR, "").strip() or (config_url or "").strip() or FALLBACK_URL


def resolve_store_url(option: str | None, config_url: str | None = None) -> str:
    """`--store URL` wins over everything else."""
    return option.strip() if option and option.strip() else default_store_url(config_url)
