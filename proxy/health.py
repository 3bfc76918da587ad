"""`/metrics`, `/healthz` and `/readyz` over HTTP, on the proxy's own event loop.

Why a tiny asyncio handler and not prometheus_client.start_http_server (a thread): /readyz and the
quarantine gauge must ask the store, whose connections (asyncpg pool, the SQLite worker) belong to the
proxy's event loop; a thread would have to hop back onto the loop for every scrape anyway. The handler
answers one GET per connection (Connection: close) with bounded reads and timeouts, which is all a
Prometheus scraper or a load balancer's health check needs, and it stops with the proxy.

    /healthz  200 "ok" while the process runs (liveness)
    /readyz   200 when the store answers and the upstream is reachable (maildir folder writable, or
              a TCP connection to the SMTP upstream); 503 with a JSON reason otherwise, and while
              shutting down so a load balancer stops sending new sessions
    /metrics  Prometheus text format

With several workers every one of them serves this on one shared socket (proxy/workers.py says why
that is sound): /metrics sums all workers (proxy/metrics.py), /readyz checks the shared store and
upstream from whichever worker answers.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import os
import socket
from http import HTTPStatus
from pathlib import Path
from typing import Any

import structlog
from prometheus_client import CONTENT_TYPE_LATEST

from proxy.metrics import Metrics
from proxy.relay import MaildirRelay, Relay, SmtpRelay
from proxy.store import Store

log = structlog.get_logger("permitted.health")

_REQUEST_TIMEOUT = 5.0  # seconds a client has to send its request head
_MAX_HEAD = 16 * 1024


class Monitor:
    def __init__(self, metrics: Metrics, store: Store, relay: Relay, check_timeout: float = 2.0) -> None:
        self.metrics = metrics
        self.store = store
        self.relay = relay
        self.check_timeout = check_timeout
        self.draining = False
        self._server: asyncio.base_events.Server | None = None
        self.address: tuple[str, int] | None = None

    async def start(self, host: str, port: int, sock: socket.socket | None = None) -> None:
        """Listen on host:port, or on `sock` (the listener a parent bound for all workers, proxy/workers)."""
        where: dict[str, Any] = {"sock": sock} if sock is not None else {"host": host, "port": port}
        self._server = await asyncio.start_server(self._handle, limit=_MAX_HEAD, **where)
        self.address = (host, self._server.sockets[0].getsockname()[1])

    async def stop(self) -> None:
        if self._server is not None:
            self._server.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(self._server.wait_closed(), timeout=5)
            self._server = None

    # Checks ------------------------------------------------------------------------------------------------

    async def check_store(self) -> str | None:
        try:
            await asyncio.wait_for(self.store.schema_version(), self.check_timeout)
        except TimeoutError:
            return f"store did not answer within {self.check_timeout:g} s"
        except Exception as exc:  # any failure means not ready; the reason goes to the caller
            return f"store unreachable: {exc or type(exc).__name__}"
        return None

    async def check_upstream(self) -> str | None:
        relay = self.relay
        if isinstance(relay, MaildirRelay):
            try:
                await asyncio.wait_for(asyncio.to_thread(_probe_maildir, relay.path), self.check_timeout)
            except TimeoutError:
                return f"maildir {relay.path} not writable within {self.check_timeout:g} s"
            except OSError as exc:
                return f"maildir {relay.path} not writable: {exc.strerror or exc}"
            return None
        if isinstance(relay, SmtpRelay):
            # A TCP connection only: a full SMTP dialogue every few seconds would fill the upstream's logs.
            try:
                _, writer = await asyncio.wait_for(
                    asyncio.open_connection(relay.host, relay.port), self.check_timeout
                )
            except TimeoutError:
                return f"upstream {relay.describe} did not accept a connection within {self.check_timeout:g} s"
            except OSError as exc:
                return f"upstream {relay.describe} unreachable: {exc.strerror or exc}"
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1)
            return None
        return None

    async def readiness(self) -> tuple[bool, dict[str, object]]:
        if self.draining:
            return False, {"ready": False, "reason": "shutting down"}
        store, upstream = await asyncio.gather(self.check_store(), self.check_upstream())
        problems = [p for p in (store, upstream) if p]
        body: dict[str, object] = {
            "ready": not problems,
            "store": store or "ok",
            "upstream": upstream or "ok",
        }
        if problems:
            body["reason"] = "; ".join(problems)
        return not problems, body

    # HTTP -----------------------------------------------------------------------------------------------

    async def _handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        try:
            try:
                head = await asyncio.wait_for(reader.readuntil(b"\r\n\r\n"), _REQUEST_TIMEOUT)
            except (asyncio.IncompleteReadError, asyncio.LimitOverrunError, TimeoutError, ConnectionError):
                return
            parts = head.split(b"\r\n", 1)[0].decode("latin-1").split()
            if len(parts) != 3:
                await self._respond(writer, HTTPStatus.BAD_REQUEST, b"bad request\n")
                return
            method, target = parts[0], parts[1]
            path = target.split("?", 1)[0]
            if method not in ("GET", "HEAD"):
                await self._respond(writer, HTTPStatus.METHOD_NOT_ALLOWED, b"GET only\n", head_only=False)
                return
            status, body, ctype = await self._route(path)
            await self._respond(writer, status, body, ctype, head_only=method == "HEAD")
        except Exception:
            log.error("monitor_request_failed", exc_info=True)
        finally:
            writer.close()
            with contextlib.suppress(Exception):
                await asyncio.wait_for(writer.wait_closed(), 1)

    async def _route(self, path: str) -> tuple[HTTPStatus, bytes, str]:
        text = "text/plain; charset=utf-8"
        if path == "/healthz":
            return HTTPStatus.OK, b"ok\n", text
        if path == "/readyz":
            ready, body = await self.readiness()
            status = HTTPStatus.OK if ready else HTTPStatus.SERVICE_UNAVAILABLE
            return status, (json.dumps(body) + "\n").encode(), "application/json"
        if path == "/metrics":
            try:
                await asyncio.wait_for(self.metrics.refresh(self.store), self.check_timeout)
            except Exception as exc:  # the rest of the metrics are still worth serving
                log.warning("quarantine_gauge_stale", reason=str(exc) or type(exc).__name__)
            return HTTPStatus.OK, self.metrics.exposition(), CONTENT_TYPE_LATEST
        return HTTPStatus.NOT_FOUND, b"not found: try /metrics, /healthz or /readyz\n", text

    @staticmethod
    async def _respond(
        writer: asyncio.StreamWriter, status: HTTPStatus, body: bytes,
        ctype: str = "text/plain; charset=utf-8", head_only: bool = False,
    ) -> None:
        head = (
            f"HTTP/1.1 {status.value} {status.phrase}\r\nContent-Type: {ctype}\r\n"
            f"Content-Length: {len(body)}\r\nCache-Control: no-store\r\nConnection: close\r\n\r\n"
        ).encode("ascii")
        writer.write(head if head_only else head + body)
        with contextlib.suppress(ConnectionError):
            await asyncio.wait_for(writer.drain(), _REQUEST_TIMEOUT)


def _probe_maildir(path: Path) -> None:
    """Write and remove a file in PATH/tmp (created if missing): what delivery itself will need.

    A real write, not os.access(): access() says yes to root on a read-only or full file system.
    """
    tmp = Path(path) / "tmp"
    tmp.mkdir(parents=True, exist_ok=True)
    probe = tmp / f".readyz.{os.getpid()}"
    with open(probe, "wb") as fh:
        fh.write(b"ok")
    probe.unlink()
