"""Failed logins per client address: each one answers later, and too many lock the address out.

Per address (not per username), so one client cannot try many accounts. The failures are counted in
the store, so every worker of `permitted serve` and every proxy instance sharing the store sees the
same count: a client that spreads its guesses over workers or instances still gets `auth_max_failures`
tries per window in all, not that many per process. Each process also counts in memory; that count
applies when the store cannot be read or written (logged), so a store outage never lifts the limit.
"""

from __future__ import annotations

import asyncio
import time
from collections import deque
from datetime import UTC, datetime, timedelta

import structlog

from proxy.store.base import Store, StoreError

log = structlog.get_logger("permitted.auth")

_MAX_ADDRESSES = 100_000  # addresses remembered in memory: bounded under a distributed attack


class AuthThrottle:
    def __init__(self, max_failures: int, window: float, delay: float, max_delay: float,
                 store: Store | None = None) -> None:
        self.max_failures = max_failures
        self.window = window
        self.delay = delay
        self.max_delay = max_delay
        self.store = store
        self._local: dict[str, deque[float]] = {}  # monotonic times of this process's failures
        self._shared_seen: dict[str, int] = {}  # the store's count when the address last tried

    def _recent(self, address: str) -> deque[float]:
        times = self._local.get(address)
        if times is None:
            return deque()
        cutoff = time.monotonic() - self.window
        while times and times[0] < cutoff:
            times.popleft()
        if not times:
            del self._local[address]
        return times

    def _window(self) -> tuple[datetime, datetime]:
        """Now, and the start of the window that ends now."""
        now = datetime.now(UTC)
        return now, now - timedelta(seconds=self.window)

    async def retry_after(self, address: str) -> int:
        """0 if `address` may try to log in now; else the seconds until its oldest failure leaves the window."""
        if self.store is not None:
            _, since = self._window()
            try:
                count, oldest = await self.store.auth_failures(address, since)
            except StoreError as exc:
                log.warning("auth_throttle_store_failed", client=address, error=str(exc))
            else:
                self._remember(address, count)
                if count < self.max_failures or oldest is None:
                    return 0
                return int((oldest - since).total_seconds()) + 1
        local = self._recent(address)
        return int(local[0] + self.window - time.monotonic()) + 1 if len(local) >= self.max_failures else 0

    async def failed(self, address: str) -> None:
        """Record a failure and wait before answering: 1x, 2x, 4x ... the delay, capped."""
        local = self._local.setdefault(address, deque())
        local.append(time.monotonic())
        if len(self._local) > _MAX_ADDRESSES:
            self._local.pop(next(iter(self._local)))
        count = len(local)
        if self.store is not None:
            now, since = self._window()
            try:
                count = await self.store.record_auth_failure(address, now, since)
            except StoreError as exc:
                log.warning("auth_throttle_store_failed", client=address, error=str(exc))
            else:
                self._remember(address, count)
        wait = min(self.delay * 2 ** (count - 1), self.max_delay)
        if wait > 0:
            await asyncio.sleep(wait)

    async def succeeded(self, address: str) -> None:
        self._local.pop(address, None)
        # Only a write when the store had failures for it: a login is not a store write every time.
        if self.store is not None and self._shared_seen.pop(address, 0) > 0:
            try:
                await self.store.clear_auth_failures(address)
            except StoreError as exc:
                log.warning("auth_throttle_store_failed", client=address, error=str(exc))

    def _remember(self, address: str, count: int) -> None:
        if count:
            self._shared_seen[address] = count
            if len(self._shared_seen) > _MAX_ADDRESSES:
                self._shared_seen.pop(next(iter(self._shared_seen)))
        else:
            self._shared_seen.pop(address, None)
