"""The configuration: a TOML file validated by pydantic, with embedded defaults and env overrides.

Every key has a default, so no file at all is a working setup (SQLite in the working folder,
relayed mail written to `./outbox`). Unknown keys are errors: a typo must not silently fall back to
a default. Secrets may come from the environment instead of the file (`PERMITTED_UPSTREAM__PASSWORD`).
"""

from __future__ import annotations

import difflib
import ipaddress
import os
import re
import tomllib
from collections.abc import Mapping
from pathlib import Path
from typing import TYPE_CHECKING, Any, Literal

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    PrivateAttr,
    ValidationError,
    field_validator,
    model_validator,
)

from policies import AccountPolicy, Action, PolicySettings, registered

if TYPE_CHECKING:
    from proxy.store import Store

DEFAULT_CONFIG_FILE = "permitted.toml"
ENV_PREFIX = "PERMITTED_"
_SIZE = re.compile(r"^\s*(\d+(?:\.\d+)?)\s*([kmg]i?b?|b)?\s*$", re.IGNORECASE)
_UNITS = {"": 1, "b": 1, "k": 1024, "m": 1024**2, "g": 1024**3}


class ConfigError(Exception):
    """The configuration cannot be used; the message names the key, the bad value and the fix."""


def parse_size(value: object) -> int:
    """`25MB`, `512 KiB`, `1g` or a plain number of bytes -> bytes (K/M/G are powers of 1024)."""
    if isinstance(value, bool):
        raise ValueError("expected a size like \"25MB\" or a number of bytes")
    if isinstance(value, int):
        number, unit = float(value), ""
    else:
        m = _SIZE.match(str(value))
        if not m:
            raise ValueError('expected a size like "25MB", "512KB" or a number of bytes')
        number, unit = float(m.group(1)), (m.group(2) or "")[:1].lower()
    size = int(number * _UNITS[unit])
    if size <= 0:
        raise ValueError('a size must be more than zero, e.g. "25MB"')
    return size


def parse_hostport(value: str, default_port: int) -> tuple[str, int]:
    """`127.0.0.1:2525`, `[::1]:2525`, `:2525` or `host` -> (host, port)."""
    text = value.strip()
    if text.startswith("["):
        host, _, rest = text[1:].partition("]")
        port_text = rest.removeprefix(":")
    elif text.count(":") == 1:
        host, port_text = text.split(":")
    else:
        host, port_text = text, ""
    if not port_text:
        port = default_port
    elif port_text.isdigit() and 0 <= int(port_text) <= 65535:
        port = int(port_text)
    else:
        raise ValueError(f'expected host:port, e.g. "127.0.0.1:{default_port}"')
    return host or "127.0.0.1", port


class Section(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_default=True)


class ServerConfig(Section):
    listen: str = "127.0.0.1:2525"
    # Implicit TLS (port 465 style); empty = off. Needs tls_cert and tls_key.
    tls_listen: str = ""
    hostname: str = "permitted.localhost"
    tls_cert: str = ""
    tls_key: str = ""
    max_message_size: int = 25 * 1024**2
    # Message bytes held in memory at once (being received, judged or relayed), over all workers; each
    # worker gets an equal share, never less than max_message_size. Past it: 452 4.3.1, try again later.
    in_flight_limit: int = 256 * 1024**2
    allow_plaintext_auth_on_loopback: bool = True
    # Failed AUTH: each failure from one client address waits a little longer (up to auth_max_delay
    # seconds); past auth_max_failures within auth_failure_window seconds the address is refused.
    auth_max_failures: int = Field(default=5, ge=1)
    auth_failure_window: float = Field(default=900.0, gt=0)
    auth_failure_delay: float = Field(default=1.0, ge=0)
    auth_max_delay: float = Field(default=5.0, ge=0)
    # Connection floods: open SMTP sessions per process, in all and from one client address; past
    # either, a new connection gets 421 and is closed before anything else is done for it.
    max_sessions: int = Field(default=200, ge=1)
    max_sessions_per_client: int = Field(default=100, ge=1)
    # Idle SMTP session timeout (the client's silence: our checks and relay do not count, proxy/server.py),
    # and how long SIGTERM waits for transactions in flight.
    session_timeout: float = Field(default=300.0, gt=0)
    shutdown_timeout: float = Field(default=30.0, ge=0)
    # Processes serving the listening socket(s); 0 = one per CPU core (proxy/workers.py says why).
    workers: int = Field(default=0, ge=0, le=256)
    # Before accepting mail, each process judges one typical message per language (policies.warm_up):
    # about 2 s of start-up, so that the first buyer messages do not wait for the language model,
    # the dictionaries and the phrase patterns to load.
    warm_up: bool = True

    @field_validator("max_message_size", "in_flight_limit", mode="before")
    @classmethod
    def _size(cls, value: object) -> int:
        return parse_size(value)

    @field_validator("listen", "tls_listen")
    @classmethod
    def _listen(cls, value: str, info: Any) -> str:
        if value or info.field_name == "listen":
            parse_hostport(value, 2525 if info.field_name == "listen" else 465)
        return value

    @model_validator(mode="after")
    def _tls_pair(self) -> ServerConfig:
        if bool(self.tls_cert) != bool(self.tls_key):
            raise ValueError("set both tls_cert and tls_key (PEM file paths), or neither")
        if self.tls_listen and not self.tls_cert:
            raise ValueError("tls_listen needs tls_cert and tls_key")
        return self

    @property
    def address(self) -> tuple[str, int]:
        return parse_hostport(self.listen, 2525)

    @property
    def tls_address(self) -> tuple[str, int] | None:
        return parse_hostport(self.tls_listen, 465) if self.tls_listen else None

    @property
    def worker_count(self) -> int:
        return self.workers or os.cpu_count() or 1

    @property
    def in_flight_share(self) -> int:
        """One worker's part of in_flight_limit: at least one message of the largest size fits."""
        return max(self.in_flight_limit // self.worker_count, self.max_message_size)


class StoreConfig(Section):
    url: str = "sqlite:///./permitted.db"

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgres:")):
            raise ValueError("expected sqlite:///path/to/permitted.db or postgresql://user@host/db")
        return value


class UpstreamConfig(Section):
    url: str = "maildir:./outbox"
    username: str = ""
    password: str = Field(default="", repr=False)
    # TLS certificate verification of the upstream; turn off only for a test server.
    tls_verify: bool = True
    ca_file: str = ""  # extra CA bundle (PEM) to trust, e.g. a private upstream's
    timeout: float = Field(default=60.0, gt=0)
    pool_size: int = Field(default=4, ge=0)  # idle upstream connections kept for reuse

    @field_validator("url")
    @classmethod
    def _url(cls, value: str) -> str:
        if value.startswith("maildir:"):
            if not value.removeprefix("maildir:"):
                raise ValueError("maildir: needs a folder, e.g. maildir:./outbox")
            return value
        if value.startswith(("smtp://", "smtps://")):
            rest = value.split("://", 1)[1].rstrip("/")
            if not rest or "@" in rest or "/" in rest:
                raise ValueError("expected smtp://host:587 or smtps://host:465 (credentials go in username/password)")
            parse_hostport(rest, 25)
            return value
        raise ValueError("expected smtp://host:587, smtps://host:465 or maildir:PATH")


class OrdersSqlConfig(Section):
    # The seller's own database, read-only: sqlite:///path or postgresql://reader@host/db.
    dsn: str
    # One parameter, the order ID ($1 for PostgreSQL, ? for SQLite); columns named like the orders CSV.
    query: str

    @field_validator("dsn")
    @classmethod
    def _dsn(cls, value: str) -> str:
        if not value.startswith(("sqlite:", "postgresql:", "postgres:")):
            raise ValueError("expected sqlite:///path/to/shop.db or postgresql://reader@host/db")
        return value

    @field_validator("query")
    @classmethod
    def _query(cls, value: str) -> str:
        if "$1" not in value and "?" not in value:
            raise ValueError("the query takes the order ID as its one parameter: $1 (PostgreSQL) or ? (SQLite)")
        return value


class OrdersConfig(Section):
    # Look orders up in the seller's own database as well as in the imported ones (proxy/store/sql_source).
    sql: OrdersSqlConfig | None = None


class MetricsConfig(Section):
    # Prometheus /metrics, /healthz and /readyz on their own HTTP port, e.g. "127.0.0.1:9325". "" = off.
    listen: str = ""
    # Seconds /readyz waits for the store and the upstream before calling them unreachable.
    check_timeout: float = Field(default=2.0, gt=0)

    @field_validator("listen")
    @classmethod
    def _listen(cls, value: str) -> str:
        if value:
            parse_hostport(value, 9325)
        return value

    @property
    def address(self) -> tuple[str, int] | None:
        return parse_hostport(self.listen, 9325) if self.listen else None


def _check_actions(value: dict[str, Any]) -> dict[str, Action]:
    if not value:
        return {}
    rules = registered()
    out: dict[str, Action] = {}
    for rule_id, action in value.items():
        if rule_id not in rules:
            near = difflib.get_close_matches(rule_id, list(rules), n=1)
            hint = f"did you mean {near[0]!r}? " if near else ""
            raise ValueError(f"unknown rule ID {rule_id!r}: {hint}`permitted rules` lists them all")
        try:
            out[rule_id] = Action(str(action).lower())
        except ValueError:
            raise ValueError(
                f"rule {rule_id!r}: action {action!r} is not one of reject, quarantine, warn, off"
            ) from None
    return out


class PolicyConfig(Section):
    mode: Literal["enforce", "shadow"] = "enforce"
    reject_mode: Literal["smtp", "bounce"] = "smtp"
    # Mail to addresses that are not Amazon buyer addresses: refuse (false) or relay unchecked (true).
    passthrough_non_buyer: bool = False
    # Add X-Permitted-Id and X-Permitted-Verdict to relayed mail (X-Permitted-Warning is always added).
    add_headers: bool = False
    window_days: int = Field(default=30, ge=1)
    actions: dict[str, Action] = Field(default_factory=dict)

    @field_validator("actions", mode="before")
    @classmethod
    def _actions(cls, value: Any) -> dict[str, Action]:
        if not isinstance(value, Mapping):
            raise ValueError('expected a table of "rule.id" = "reject|quarantine|warn|off"')
        return _check_actions(dict(value))


_ADDRESS = re.compile(r"^[^@\s<>]+@[^@\s<>]+\.[^@\s<>]+$")


class AccountConfig(Section):
    name: str
    username: str
    password_hash: str = ""
    senders: list[str] = Field(default_factory=list)
    report_to: str = ""
    link_allowlist: list[str] = Field(default_factory=list)
    networks: list[str] = Field(default_factory=list)
    actions: dict[str, Action] = Field(default_factory=dict)

    @field_validator("name", "username")
    @classmethod
    def _name(cls, value: str) -> str:
        if not re.fullmatch(r"[A-Za-z0-9._@+-]{1,64}", value):
            raise ValueError("use 1-64 letters, digits or . _ @ + -")
        return value

    @field_validator("password_hash")
    @classmethod
    def _hash(cls, value: str) -> str:
        from proxy.auth import is_password_hash

        if value and not is_password_hash(value):
            raise ValueError("not a password hash: make one with `permitted hash-password`")
        return value

    @field_validator("senders")
    @classmethod
    def _senders(cls, value: list[str]) -> list[str]:
        for address in value:
            if not _ADDRESS.match(address) and not address.startswith("@"):
                raise ValueError(f"{address!r} is not an address (user@example.com, or @example.com for a domain)")
        return [a.strip().lower() for a in value]

    @field_validator("report_to")
    @classmethod
    def _report_to(cls, value: str) -> str:
        if value and not _ADDRESS.match(value):
            raise ValueError(f"{value!r} is not an address like compliance@example.com")
        return value

    @field_validator("networks")
    @classmethod
    def _networks(cls, value: list[str]) -> list[str]:
        for net in value:
            try:
                ipaddress.ip_network(net, strict=False)
            except ValueError:
                raise ValueError(f"{net!r} is not a network: use CIDR like 192.0.2.0/24 or one address") from None
        return value

    @field_validator("actions", mode="before")
    @classmethod
    def _actions(cls, value: Any) -> dict[str, Action]:
        if not isinstance(value, Mapping):
            raise ValueError('expected a table of "rule.id" = "reject|quarantine|warn|off"')
        return _check_actions(dict(value))

    def may_send_as(self, address: str) -> bool:
        addr = address.strip().lower()
        domain = "@" + addr.rpartition("@")[2]
        return addr in self.senders or domain in self.senders

    def policy(self) -> AccountPolicy:
        return AccountPolicy(name=self.name, link_allowlist=tuple(self.link_allowlist))

    def ip_networks(self) -> list[ipaddress.IPv4Network | ipaddress.IPv6Network]:
        return [ipaddress.ip_network(n, strict=False) for n in self.networks]


class Config(Section):
    server: ServerConfig = Field(default_factory=ServerConfig)
    store: StoreConfig = Field(default_factory=StoreConfig)
    upstream: UpstreamConfig = Field(default_factory=UpstreamConfig)
    policy: PolicyConfig = Field(default_factory=PolicyConfig)
    metrics: MetricsConfig = Field(default_factory=MetricsConfig)
    orders: OrdersConfig = Field(default_factory=OrdersConfig)
    accounts: list[AccountConfig] = Field(default_factory=list)
    # Where it was read from (None: embedded defaults); private, so no TOML key can set it.
    _source: str | None = PrivateAttr(default=None)

    @property
    def source(self) -> str | None:
        return self._source

    @model_validator(mode="after")
    def _unique_accounts(self) -> Config:
        for attr in ("name", "username"):
            seen: set[str] = set()
            for acc in self.accounts:
                value = getattr(acc, attr)
                if value in seen:
                    raise ValueError(f"two accounts have {attr} = {value!r}; each needs its own")
                seen.add(value)
        return self

    def open_store(self) -> Store:
        """The configured store (not yet opened), asking `[orders.sql]` too when it is set."""
        from proxy.store import open_store
        from proxy.store.sql_source import with_order_source

        store = open_store(self.store.url)
        if self.orders.sql is not None:
            store = with_order_source(store, self.orders.sql.dsn, self.orders.sql.query)
        return store

    def account(self, name: str) -> AccountConfig | None:
        return next((a for a in self.accounts if a.name == name), None)

    def account_by_username(self, username: str) -> AccountConfig | None:
        return next((a for a in self.accounts if a.username == username), None)

    def actions_for(self, account: AccountConfig | None) -> dict[str, Action]:
        """The per-rule actions in force: RULES.md defaults < [policy.actions] < the account's own."""
        merged = dict(self.policy.actions)
        if account is not None:
            merged.update(account.actions)
        return merged

    def settings(self) -> PolicySettings:
        return PolicySettings(window_days=self.policy.window_days)


# Keys a running `permitted serve` cannot change on SIGHUP (sockets, the store's connection, the upstream
# connection pool and the metrics listener are opened once); None = the whole section.
RESTART_ONLY: dict[str, tuple[str, ...] | None] = {
    "server": ("listen", "tls_listen", "tls_cert", "tls_key", "workers"),
    "store": None,
    "upstream": None,
    "metrics": None,
    "orders": None,
}


def apply_reload(old: Config, new: Config) -> tuple[Config, list[str]]:
    """`new` with every restart-only key kept at its `old` value, and the dotted names of those that differed.

    Accounts, policy (rule actions, allow-lists, mode) and the rest of [server] take effect at once.
    """
    ignored: list[str] = []
    updates: dict[str, BaseModel] = {}
    for section, keys in RESTART_ONLY.items():
        before, after = getattr(old, section), getattr(new, section)
        names = list(type(before).model_fields) if keys is None else list(keys)
        changed = [k for k in names if getattr(before, k) != getattr(after, k)]
        if not changed:
            continue
        ignored += [f"{section}.{k}" for k in changed]
        updates[section] = before if keys is None else after.model_copy(update={k: getattr(before, k) for k in changed})
    effective = new.model_copy(update=updates) if updates else new
    effective._source = new.source
    return effective, ignored


def _env_overrides(environ: Mapping[str, str]) -> dict[str, dict[str, str]]:
    """`PERMITTED_UPSTREAM__PASSWORD=...` -> {"upstream": {"password": ...}} (sections only, not accounts)."""
    out: dict[str, dict[str, str]] = {}
    sections = {"server", "store", "upstream", "policy", "metrics"}
    for key, value in environ.items():
        if not key.startswith(ENV_PREFIX) or "__" not in key:
            continue
        section, _, name = key[len(ENV_PREFIX) :].lower().partition("__")
        if section in sections and name:
            out.setdefault(section, {})[name] = value
    return out


def _describe(error: Mapping[str, Any], source: str) -> str:
    loc = error.get("loc", ())
    parts: list[str] = []
    for item in loc:
        if isinstance(item, int):
            parts[-1:] = [f"{parts[-1] if parts else ''}[{item}]"]
        else:
            parts.append(str(item))
    key = ".".join(parts) or "(top level)"
    kind = error.get("type", "")
    msg = str(error.get("msg", "")).removeprefix("Value error, ")
    value = error.get("input")
    if kind == "extra_forbidden":
        return f"{source}: unknown key `{key}`: remove it, or check its spelling against config.example.toml"
    if kind == "missing":
        return f"{source}: `{key}` is required: add it (see config.example.toml)"
    if isinstance(value, Mapping):
        return f"{source}: `{key}`: {msg}"
    shown = repr(value) if value is not None else "nothing"
    return f"{source}: `{key}` = {shown}: {msg}"


def build_config(data: Mapping[str, Any], source: str = "config", environ: Mapping[str, str] | None = None) -> Config:
    """Validate a parsed TOML document (plus env overrides) into a Config, or raise ConfigError."""
    merged: dict[str, Any] = {k: (dict(v) if isinstance(v, Mapping) else v) for k, v in data.items()}
    for section, values in _env_overrides(os.environ if environ is None else environ).items():
        target = merged.setdefault(section, {})
        if isinstance(target, dict):
            target.update(values)
    try:
        config = Config.model_validate(merged)
    except ValidationError as exc:
        lines = [_describe(err, source) for err in exc.errors()]
        raise ConfigError("\n".join(lines)) from None
    return config


def load_config(path: str | os.PathLike[str] | None = None, environ: Mapping[str, str] | None = None) -> Config:
    """Read and validate `path`; with None, the embedded defaults (plus env overrides)."""
    if path is None:
        config = build_config({}, "defaults", environ)
        return config
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        raise ConfigError(f"{file}: no such file; `permitted init --config {file}` writes a starter one") from None
    except OSError as exc:
        raise ConfigError(f"{file}: cannot read it ({exc.strerror})") from None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{file}: not valid TOML: {exc}") from None
    config = build_config(data, str(file), environ)
    config._source = str(file)
    return config
