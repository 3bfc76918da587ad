"""Who is sending: password hashes, account lookup (by login or by client network)."""

from __future__ import annotations

import asyncio
import base64
import hashlib
import hmac
import ipaddress
import secrets

from proxy.config import AccountConfig, Config

# scrypt cost: ~50 ms and 16 MiB per check, so a stolen hash is slow to crack but a login is quick.
_N, _R, _P = 2**14, 8, 1
_SCHEME = "scrypt"


def hash_password(password: str) -> str:
    """`scrypt$N$r$p$salt$hash` (base64), the format `password_hash` in the config holds."""
    salt = secrets.token_bytes(16)
    digest = hashlib.scrypt(password.encode("utf-8"), salt=salt, n=_N, r=_R, p=_P, maxmem=64 * 1024**2, dklen=32)
    b64 = base64.b64encode
    return f"{_SCHEME}${_N}${_R}${_P}${b64(salt).decode()}${b64(digest).decode()}"


def is_password_hash(value: str) -> bool:
    parts = value.split("$")
    return len(parts) == 6 and parts[0] == _SCHEME and all(p.isdigit() for p in parts[1:4])


def verify_password(password: str | bytes, stored: str) -> bool:
    """Constant-time check of a password against a stored hash; False for any malformed hash."""
    if not is_password_hash(stored):
        return False
    _, n, r, p, salt, digest = stored.split("$")
    try:
        expected = base64.b64decode(digest, validate=True)
        raw = password.encode("utf-8") if isinstance(password, str) else password
        got = hashlib.scrypt(
            raw, salt=base64.b64decode(salt, validate=True), n=int(n), r=int(r), p=int(p),
            maxmem=64 * 1024**2, dklen=len(expected),
        )
    except (ValueError, TypeError):
        return False
    return hmac.compare_digest(got, expected)


def generate_password() -> str:
    return secrets.token_urlsafe(18)


# A hash nobody's password matches: unknown usernames cost as much as known ones (no user probing).
_DUMMY_HASH = hash_password(secrets.token_urlsafe(16))


def is_loopback(host: str | None) -> bool:
    try:
        return host is not None and ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


class Accounts:
    """The configured accounts, looked up the two ways a client can be one."""

    def __init__(self, config: Config) -> None:
        self.config = config
        self._networks = [(net, acc) for acc in config.accounts for net in acc.ip_networks()]

    def by_network(self, host: str | None) -> AccountConfig | None:
        """The account whose `networks` contain the client address (first match in config order)."""
        if not host:
            return None
        try:
            ip = ipaddress.ip_address(host)
        except ValueError:
            return None
        if isinstance(ip, ipaddress.IPv6Address) and ip.ipv4_mapped:
            ip = ip.ipv4_mapped
        for net, acc in self._networks:
            if ip.version == net.version and ip in net:
                return acc
        return None

    async def login(self, username: str, password: bytes) -> AccountConfig | None:
        """The account these credentials open, or None. Hashing runs off the event loop."""
        account = self.config.account_by_username(username)
        stored = account.password_hash if account and account.password_hash else _DUMMY_HASH
        ok = await asyncio.to_thread(verify_password, password, stored)
        return account if ok and account is not None and account.password_hash else None
