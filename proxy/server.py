"""The SMTP session on aiosmtpd: EHLO, STARTTLS, AUTH, MAIL, RCPT, DATA; graceful shutdown.

The session only carries SMTP state; every reply text comes from the pipeline. aiosmtpd runs on our
own event loop (not its Controller thread) so the store and the relay are shared by every session.
"""

from __future__ import annotations

import asyncio
import binascii
import socket
import ssl
from base64 import b64decode
from email._header_value_parser import get_addr_spec, get_angle_addr
from email.errors import HeaderParseError
from functools import cache
from typing import Any

import structlog
from aiosmtpd.smtp import MISSING, SMTP, AuthResult, Envelope, LoginPassword, Session

from proxy.auth import Accounts, is_loopback
from proxy.auth_throttle import AuthThrottle
from proxy.config import AccountConfig, Config
from proxy.data_reader import Budget, DataState, read_data
from proxy.pipeline import Pipeline, Transaction, new_queue_id

log = structlog.get_logger("permitted.server")

MAX_RECIPIENTS = 100
# aiosmtpd's own fixed replies, reworded by the pipeline (enhanced codes, no internals).
_TOO_MUCH = (b"552 Error: Too much mail data", b"552 Error: message size exceeds fixed maximum message size")
_TOO_LONG = b"500 Line too long (see RFC5321 4.5.3.1.6)"
# Held for a DATA without a declared SIZE before its first bytes arrive; the share grows as they do.
DATA_FLOOR = 64 * 1024
# Connection-flood refusals ([server] max_sessions, max_sessions_per_client): 421 closes the session
# (RFC 5321 3.8), and a well-behaved client queues the message and comes back later.
TOO_MANY_FROM_CLIENT = "421 4.7.0 Too many connections from your address, try again later"
TOO_MANY_SESSIONS = "421 4.7.0 Too many connections, try again later"


def _declared_size(mail_options: list[str]) -> int:
    """The SIZE= a client declared at MAIL FROM (RFC 1870), 0 if none or unreadable."""
    for option in mail_options:
        name, _, value = option.partition("=")
        if name.upper() == "SIZE" and value.isdigit():
            return int(value)
    return 0


def _host(peer: Any) -> str:
    if isinstance(peer, tuple) and peer:
        return str(peer[0])
    return str(peer or "")


@cache
def _hook_names(cls: type) -> list[str]:
    """The auth_*, smtp_* and handle_* attributes of a class: all aiosmtpd looks up by name."""
    return [name for name in dir(cls) if name.startswith(("auth_", "smtp_", "handle_"))]


class SmtpSession(SMTP):
    """aiosmtpd's SMTP protocol with our AUTH (async password checks, throttling) and replies."""

    def __dir__(self) -> list[str]:
        # aiosmtpd's constructor finds the session's auth_* and smtp_* methods with inspect.getmembers
        # and dir on every connection: a getattr of each of ~200 attributes (properties included),
        # ~0.1 ms per session, ~6% of a worker's CPU at one message per session. They are class
        # attributes, so listing just those, once per class, gives it the same tables.
        return _hook_names(type(self))

    def __init__(self, app: Server, *, tls_context: ssl.SSLContext | None, implicit_tls: bool) -> None:
        # The session's own limits come from the config in force when it connected; a reload changes
        # them for sessions that connect afterwards.
        self.config = app.config
        config = self.config.server
        super().__init__(
            app.handler,
            data_size_limit=config.max_message_size,
            enable_SMTPUTF8=True,
            decode_data=False,
            hostname=config.hostname,
            ident="Permitted",
            tls_context=tls_context,
            timeout=config.session_timeout,
            auth_required=False,  # the pipeline decides at MAIL (an account's networks need no AUTH)
            auth_require_tls=True,
            loop=asyncio.get_running_loop(),
        )
        self.app = app
        self.implicit_tls = implicit_tls
        self.client_host = ""
        self.refused = False  # turned away by a session limit: none of aiosmtpd's machinery was started

    def _getaddr(self, arg: str) -> tuple[str | None, str | None]:
        """aiosmtpd's reading of a MAIL/RCPT address, without the typing.Protocol class it defines on
        every call (a class created per MAIL and per RCPT: ~1.5% of a worker's CPU under load)."""
        if not arg:
            return "", ""
        try:
            address, rest = get_angle_addr(arg) if arg.lstrip().startswith("<") else get_addr_spec(arg)
        except HeaderParseError:
            return None, None
        addr = address.addr_spec
        if self.local_part_limit and len(addr.rpartition("@")[0]) > self.local_part_limit:
            return None, None
        return addr, rest

    def connection_made(self, transport: asyncio.BaseTransport) -> None:
        first = self._original_transport is None and self.transport is None
        if first:
            host = _host(transport.get_extra_info("peername"))
            refusal = self.app.admit(host)
            if refusal is not None:
                # Before any other work (no session, no timer, no greeting task): a flood costs one
                # write and a close per connection. The 421 is flushed by close().
                self.refused = True
                transport.write(refusal.encode("ascii") + b"\r\n")
                transport.close()
                return
            self.client_host = host
        super().connection_made(transport)
        if first:
            self.app.connections.add(self)
            self.app.pipeline.metrics.sessions.set(len(self.app.connections))
            allow_plain = self.config.server.allow_plaintext_auth_on_loopback and is_loopback(self.client_host)
            # Implicit TLS is already encrypted; loopback may be allowed to log in without STARTTLS.
            self._auth_require_tls = not (self.implicit_tls or allow_plain)

    def data_received(self, data: bytes) -> None:
        if not self.refused:  # whatever a refused client sent before the close is dropped
            super().data_received(data)

    def eof_received(self) -> bool | None:
        if self.refused:
            return False
        return super().eof_received()

    def connection_lost(self, error: Exception | None) -> None:
        if self.refused:
            return
        if self in self.app.connections:
            self.app.release(self.client_host)
        self.app.connections.discard(self)
        self.app.busy.discard(self)
        self.app.pipeline.metrics.sessions.set(len(self.app.connections))
        super().connection_lost(error)

    @property
    def encrypted(self) -> bool:
        return self.implicit_tls or self._tls_protocol is not None

    async def push(self, status: Any) -> None:
        raw = status.encode("utf-8") if isinstance(status, str) else bytes(status)
        if raw in _TOO_MUCH:
            self.app.busy.discard(self)
            status = self.app.pipeline.too_large(self.config.server.max_message_size)
        elif raw == _TOO_LONG:
            self.app.busy.discard(self)
            status = self.app.pipeline.line_too_long()
        await super().push(status)

    def _pause_timeout(self) -> None:
        if self._timeout_handle is not None:
            self._timeout_handle.cancel()

    async def smtp_DATA(self, arg: str) -> None:
        """aiosmtpd's DATA command with our bulk reader (proxy/data_reader: why, and the rules it keeps)."""
        if await self.check_helo_needed() or await self.check_auth_needed("DATA"):
            return
        assert self.envelope is not None
        if not self.envelope.rcpt_tos:
            await self.push("503 Error: need RCPT command")
            return
        if arg:
            await self.push("501 Syntax: DATA")
            return
        # The in-flight budget (proxy/data_reader): a declared SIZE is held before 354, so a client
        # that says how big its message is hears "try later" before sending a byte of it.
        hold = self.app.budget.hold()
        declared = _declared_size(self.envelope.mail_options)
        if not hold.ensure(min(max(declared, DATA_FLOOR), self.app.budget.limit)):
            self.app.budget_refused(self.client_host, declared, "data")
            await self.push(self.app.pipeline.insufficient_storage())
            return
        try:
            await self.push("354 End data with <CR><LF>.<CR><LF>")
            try:
                data = await read_data(self._reader, self.data_size_limit, hold)
            except asyncio.CancelledError:
                # The connection went away during DATA (aiosmtpd's eof_received cancels this task).
                self._writer.close()
                raise
            if data is None:  # closed before the end: nothing to answer
                self._writer.close()
                return
            if data.state is not DataState.NOMINAL:
                self._set_post_data_state()
                self.app.busy.discard(self)
                if data.state is DataState.TOO_LONG:
                    await super().push(self.app.pipeline.line_too_long())
                elif data.state is DataState.OVER_BUDGET:
                    self.app.budget_refused(self.client_host, data.size, "end of data")
                    await super().push(self.app.pipeline.insufficient_storage())
                else:
                    await super().push(self.app.pipeline.too_large(self.config.server.max_message_size))
                return
            content = data.message()
            del data
            hold.fit(len(content))
            self.envelope.content = content
            self.envelope.original_content = content
            del content  # the envelope's reference is the only one: freed with it after the reply
            # session_timeout is the client's idle time: aiosmtpd's timer, started at the DATA command,
            # would otherwise also count our checks and the upstream's reply and hang up on a client
            # that is only waiting for its answer. It starts again once the reply is sent.
            self._pause_timeout()
            try:
                status = await self._call_handler_hook("DATA")
                self._set_post_data_state()
                await self.push("250 OK" if status is MISSING else status)
            finally:
                if self.transport is not None and not self.transport.is_closing():
                    self._reset_timeout()
        finally:
            hold.release()

    # AUTH: the same parsing as aiosmtpd's, but the password check is async and throttled.
    async def auth_PLAIN(self, _: Any, args: list[str]) -> AuthResult:
        if len(args) == 1:
            blob = await self.challenge_auth("")
            if blob is MISSING:
                return AuthResult(success=False, handled=True)
        else:
            try:
                blob = b64decode(args[1].encode(), validate=True)
            except (binascii.Error, ValueError):
                await self.push(self.app.pipeline.auth_malformed())
                return AuthResult(success=False, handled=True)
        assert isinstance(blob, bytes)
        parts = blob.split(b"\x00")
        if len(parts) != 3:
            await self.push(self.app.pipeline.auth_malformed())
            return AuthResult(success=False, handled=True)
        return await self._login(parts[1], parts[2])

    async def auth_LOGIN(self, _: Any, args: list[str]) -> AuthResult:
        if len(args) == 1:
            login = await self.challenge_auth(self.AuthLoginUsernameChallenge)
            if login is MISSING:
                return AuthResult(success=False, handled=True)
        else:
            try:
                login = b64decode(args[1].encode(), validate=True)
            except (binascii.Error, ValueError):
                await self.push(self.app.pipeline.auth_malformed())
                return AuthResult(success=False, handled=True)
        password = await self.challenge_auth(self.AuthLoginPasswordChallenge)
        if password is MISSING:
            return AuthResult(success=False, handled=True)
        assert isinstance(login, bytes) and isinstance(password, bytes)
        return await self._login(login, password)

    async def _login(self, login: bytes, password: bytes) -> AuthResult:
        username = login.decode("utf-8", "replace")
        account = await self.app.accounts.login(username, password)
        pipeline = self.app.pipeline
        if account is None:
            log.warning("auth_failed", client=self.client_host, username=username[:64])
            await self.app.throttle.failed(self.client_host)
            return AuthResult(success=False, handled=False, message=pipeline.auth_failed())
        await self.app.throttle.succeeded(self.client_host)
        assert self.session is not None
        self.session.permitted_account = account  # type: ignore[attr-defined]
        log.info("auth_ok", client=self.client_host, account=account.name)
        return AuthResult(
            success=True, auth_data=LoginPassword(login, b""), message=pipeline.auth_succeeded(account)
        )


class Handler:
    """aiosmtpd hooks: they carry the dialogue's state and ask the pipeline what to answer."""

    def __dir__(self) -> list[str]:
        return _hook_names(type(self))  # as SmtpSession.__dir__: aiosmtpd scans the handler per session

    def __init__(self, app: Server) -> None:
        self.app = app

    @property
    def pipeline(self) -> Pipeline:
        return self.app.pipeline

    async def handle_EHLO(
        self, server: SmtpSession, session: Session, envelope: Envelope, hostname: str, responses: list[str]
    ) -> list[str]:
        session.host_name = hostname
        return [*responses[:-1], "250-ENHANCEDSTATUSCODES", responses[-1]]

    async def handle_AUTH(self, server: SmtpSession, session: Session, envelope: Envelope, args: list[str]) -> Any:
        throttle = self.app.throttle
        retry_after = await throttle.retry_after(server.client_host)
        if retry_after:
            return self.pipeline.auth_locked(retry_after)
        return MISSING

    async def handle_MAIL(
        self, server: SmtpSession, session: Session, envelope: Envelope, address: str, mail_options: list[str]
    ) -> str:
        config = self.app.config
        account: AccountConfig | None = None
        if session.authenticated:
            logged_in: AccountConfig | None = getattr(session, "permitted_account", None)
            account = _still_valid(logged_in, config)
            if account is None:
                # A reload removed the account or changed its login since this session logged in:
                # the old password no longer opens it, so log in again.
                session.authenticated = False
                log.info("auth_revoked_by_reload", client=server.client_host,
                         account=logged_in.name if logged_in else "")
        authenticated = account is not None
        if account is None:
            account = self.app.accounts.by_network(server.client_host)
        if account is None:
            return self.pipeline.auth_required(starttls_first=server._auth_require_tls and not server.encrypted)
        refusal = self.pipeline.check_sender(account, address)
        if refusal:
            return refusal
        envelope.mail_from = address
        envelope.mail_options.extend(mail_options)
        envelope.permitted_tx = Transaction(  # type: ignore[attr-defined]
            queue_id=new_queue_id(),
            account=account,
            peer=server.client_host,
            helo=session.host_name or "",
            tls=server.encrypted,
            authenticated=authenticated,
            config=config,
            mail_from=address,
        )
        self.app.busy.add(server)
        return self.pipeline.mail_ok()

    async def handle_RCPT(
        self, server: SmtpSession, session: Session, envelope: Envelope, address: str, rcpt_options: list[str]
    ) -> str:
        tx: Transaction = envelope.permitted_tx  # type: ignore[attr-defined]
        if len(tx.rcpt_to) >= MAX_RECIPIENTS:
            return f"452 4.5.3 Too many recipients: at most {MAX_RECIPIENTS} per message"
        refusal = self.pipeline.check_recipient(tx, address)
        if refusal:
            return refusal
        if all(r.lower() != address.lower() for r in tx.rcpt_to):
            tx.rcpt_to.append(address)
            envelope.rcpt_tos.append(address)
        return self.pipeline.rcpt_ok()

    async def handle_DATA(self, server: SmtpSession, session: Session, envelope: Envelope) -> str:
        try:
            tx: Transaction = envelope.permitted_tx  # type: ignore[attr-defined]
            raw = envelope.original_content or b""
            return await self.pipeline.end_of_data(tx, bytes(raw))
        finally:
            self.app.busy.discard(server)

    async def handle_RSET(self, server: SmtpSession, session: Session, envelope: Envelope) -> str:
        self.app.busy.discard(server)
        return self.pipeline.greeting_ok()

    async def handle_exception(self, error: Exception) -> str:
        return self.pipeline.internal_error("session")


def _still_valid(account: AccountConfig | None, config: Config) -> AccountConfig | None:
    """The current config's version of a logged-in account, if the same login still opens it."""
    if account is None:
        return None
    now = config.account(account.name)
    if now is None or now.username != account.username or now.password_hash != account.password_hash:
        return None
    return now


def server_tls_context(cert: str, key: str) -> ssl.SSLContext:
    ctx = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    ctx.minimum_version = ssl.TLSVersion.TLSv1_2
    ctx.load_cert_chain(cert, key)
    return ctx


class Server:
    """The listeners (plain + STARTTLS, and optionally implicit TLS) and the sessions they serve."""

    def __init__(self, config: Config, pipeline: Pipeline) -> None:
        self.config = config
        self.pipeline = pipeline
        self.accounts = Accounts(config)
        s = config.server
        self.throttle = AuthThrottle(s.auth_max_failures, s.auth_failure_window, s.auth_failure_delay, s.auth_max_delay,
                                     pipeline.store)
        self.handler = Handler(self)
        self.connections: set[SmtpSession] = set()
        self.per_client: dict[str, int] = {}  # open sessions by client address (for max_sessions_per_client)
        self.busy: set[SmtpSession] = set()  # sessions between MAIL and the reply to DATA
        self._servers: list[asyncio.base_events.Server] = []
        # In-flight message bytes of this process ([server] in_flight_limit, this worker's share).
        self.budget = Budget(s.in_flight_share)
        self.tls_context = server_tls_context(s.tls_cert, s.tls_key) if s.tls_cert else None
        self.addresses: list[tuple[str, int, str]] = []  # (host, port, "smtp" | "smtps") once started

    async def start(self, sockets: list[socket.socket] | None = None) -> None:
        """Listen; `sockets`: already bound listeners (plain, then implicit TLS) inherited from proxy/workers."""
        loop = asyncio.get_running_loop()
        host, port = self.config.server.address
        where: dict[str, Any] = {"sock": sockets[0]} if sockets else {"host": host, "port": port}
        plain = await loop.create_server(
            lambda: SmtpSession(self, tls_context=self.tls_context, implicit_tls=False), **where
        )
        self._servers.append(plain)
        self.addresses.append((host, plain.sockets[0].getsockname()[1], "smtp"))
        tls_address = self.config.server.tls_address
        if tls_address is not None and self.tls_context is not None:
            where = {"sock": sockets[1]} if sockets and len(sockets) > 1 else {"host": tls_address[0], "port": tls_address[1]}
            tls = await loop.create_server(
                lambda: SmtpSession(self, tls_context=None, implicit_tls=True),
                ssl=self.tls_context,
                **where,
            )
            self._servers.append(tls)
            self.addresses.append((tls_address[0], tls.sockets[0].getsockname()[1], "smtps"))

    def admit(self, host: str) -> str | None:
        """Count a new session from `host`, or the 421 to turn it away with (a limit is reached).

        Limits are per process: with `workers` = N the whole proxy takes up to N times as many (the
        kernel hands each connection to one worker, so a single flooding address is still bounded).
        """
        s = self.config.server
        if len(self.connections) >= s.max_sessions:
            reason, reply = "total", TOO_MANY_SESSIONS
        elif self.per_client.get(host, 0) >= s.max_sessions_per_client:
            reason, reply = "client", TOO_MANY_FROM_CLIENT
        else:
            self.per_client[host] = self.per_client.get(host, 0) + 1
            return None
        self.pipeline.metrics.sessions_refused.labels(reason).inc()
        log.warning("session_refused", client=host, limit=reason, open=len(self.connections),
                    from_client=self.per_client.get(host, 0))
        return reply

    def budget_refused(self, host: str, size: int, when: str) -> None:
        self.pipeline.metrics.in_flight_refused.labels("data" if when == "data" else "end").inc()
        log.warning("in_flight_limit_reached", client=host, size=size, at=when, held=self.budget.used,
                    limit=self.budget.limit, reply="452 4.3.1")

    def release(self, host: str) -> None:
        n = self.per_client.get(host, 0) - 1
        if n > 0:
            self.per_client[host] = n
        else:
            self.per_client.pop(host, None)  # no entry kept per address ever seen: the map stays small

    def reload(self, config: Config) -> None:
        """Use `config` for new sessions and transactions; those under way finish with the one they began with.

        Restart-only keys (listen addresses, TLS files) must already be kept at their old values
        (config.apply_reload): the listeners and the TLS context are not rebuilt.
        """
        self.config = config
        self.pipeline.config = config
        self.accounts = Accounts(config)
        s = config.server
        # Updated in place: recorded failures survive the reload (a reload must not reset a lockout).
        self.throttle.max_failures = s.auth_max_failures
        self.throttle.window = s.auth_failure_window
        self.throttle.delay = s.auth_failure_delay
        self.throttle.max_delay = s.auth_max_delay
        # Shares already held stay valid; the new limit applies to what is taken from now on.
        self.budget.limit = s.in_flight_share

    @property
    def port(self) -> int:
        return self.addresses[0][1]

    @property
    def tls_port(self) -> int | None:
        return next((p for _, p, kind in self.addresses if kind == "smtps"), None)

    async def stop(self, timeout: float | None = None) -> None:
        """Stop accepting, let transactions in flight finish (at most `timeout` s), then close the rest."""
        timeout = self.config.server.shutdown_timeout if timeout is None else timeout
        for srv in self._servers:
            srv.close()
        step = 0.05
        for _ in range(int(timeout / step) + 1):
            if not self.busy:
                break
            await asyncio.sleep(step)
        if self.busy:
            log.warning("shutdown_timeout", unfinished=len(self.busy))
        goodbye = self.pipeline.shutting_down().encode("ascii") + b"\r\n"
        for conn in list(self.connections):
            if conn.transport is not None:
                if conn not in self.busy:
                    conn.transport.write(goodbye)
                conn.transport.close()
        await self.pipeline.drain(timeout)
        for srv in self._servers:
            await srv.wait_closed()
        self._servers.clear()
