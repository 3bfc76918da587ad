"""The single place that decides every reply the SMTP client hears, and what happens to the message.

The session (proxy/server) knows SMTP; this module knows policy: who may log in, which sender and
recipients an account may use (RULES.md section A), and at the end of DATA: judge -> act
(relay | reject | quarantine + bounce | warn), in enforce or shadow mode.

The promise: 250 only once the upstream took the message or the quarantine holds it durably.
"""

from __future__ import annotations

import asyncio
import secrets
import time
import unicodedata
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.utils import format_datetime

import structlog

from policies import Envelope, Finding, Verdict
from policies.marketplace import is_buyer_address
from proxy.bounce import Report, _header, build_report, one_line
from proxy.config import AccountConfig, Config
from proxy.judge import Judgement, hold_review, judge
from proxy.metrics import Metrics
from proxy.relay import Outcome, Relay
from proxy.store import QuarantineItem, Reservation, Store

log = structlog.get_logger("permitted.pipeline")

REJECT_FIRST_LINE = "Message not sent: it does not meet the Buyer-Seller Messaging communication guidelines"
MAX_REPLY_LINE = 512  # octets, CRLF included (RFC 5321 4.5.3.1.5)
MAX_REPLY_FINDINGS = 20


def new_queue_id() -> str:
    return secrets.token_hex(6).upper()


def ascii_only(text: str) -> str:
    """Accents dropped (é -> e), anything else not ASCII shown as '?': SMTP replies are ASCII."""
    decomposed = unicodedata.normalize("NFKD", text)
    out = "".join(c for c in decomposed if not unicodedata.combining(c))
    return one_line(out.encode("ascii", "replace").decode("ascii"), 10_000)


def multiline(code: int, enhanced: str, lines: list[str]) -> str:
    """An RFC 5321 multi-line reply: code and enhanced code on every line, each <= 512 octets."""
    room = MAX_REPLY_LINE - len(f"{code}-{enhanced} ") - 2
    cut = [ascii_only(line) for line in lines]
    cut = [line if len(line) <= room else line[: room - 3] + "..." for line in cut]
    last = len(cut) - 1
    return "\r\n".join(f"{code}{' ' if i == last else '-'}{enhanced} {line}" for i, line in enumerate(cut))


def size_text(size: int) -> str:
    if size >= 1024**2 and size % 1024**2 == 0:
        return f"{size // 1024**2} MB"
    if size >= 1024 and size % 1024 == 0:
        return f"{size // 1024} KB"
    return f"{size} bytes"


@dataclass
class Transaction:
    """One MAIL..DATA exchange, as the session hands it over."""

    queue_id: str
    account: AccountConfig
    peer: str
    helo: str
    tls: bool
    authenticated: bool  # False: admitted by the account's `networks`
    # The configuration in force at MAIL: a SIGHUP reload mid-transaction does not change how it ends.
    config: Config
    mail_from: str = ""
    rcpt_to: list[str] = field(default_factory=list)
    started: float = field(default_factory=time.monotonic)

    @property
    def buyers(self) -> list[str]:
        return [r for r in self.rcpt_to if is_buyer_address(r)]


class Pipeline:
    def __init__(self, config: Config, store: Store, relay: Relay, metrics: Metrics | None = None) -> None:
        self.config = config  # the current one, for new transactions; replaced on reload
        self.store = store
        self.relay = relay
        self.metrics = metrics or Metrics()
        self._background: set[asyncio.Task[None]] = set()

    # Replies during the dialogue ---------------------------------------------------------------

    @property
    def hostname(self) -> str:
        return self.config.server.hostname

    def greeting_ok(self) -> str:
        return "250 2.0.0 OK"

    def auth_required(self, starttls_first: bool = False) -> str:
        first = "STARTTLS, then " if starttls_first else ""
        return f"530 5.7.0 Authentication required: {first}log in (AUTH) with your account's username and password"

    def auth_needs_tls(self) -> str:
        return "538 5.7.11 Encryption required: send STARTTLS before AUTH, or connect to the TLS port"

    def auth_succeeded(self, account: AccountConfig) -> str:
        return "235 2.7.0 Authentication successful"

    def auth_failed(self) -> str:
        return "535 5.7.8 Authentication credentials invalid: check the username and password"

    def auth_locked(self, retry_after: int) -> str:
        return f"454 4.7.0 Too many failed logins from your address: try again in {retry_after} seconds"

    def auth_malformed(self) -> str:
        return "501 5.5.2 Cannot decode the AUTH response (expected base64)"

    def internal_error(self, where: str) -> str:
        # Never the exception's text: it may carry internals; the log has it under the same reference.
        ref = new_queue_id()
        log.error("internal_error", where=where, ref=ref, exc_info=True)
        return f"451 4.3.0 Temporary problem on our side, please try again later (reference {ref})"

    def shutting_down(self) -> str:
        return f"421 4.3.2 {self.hostname} is shutting down, please reconnect later"

    def too_large(self, limit: int | None = None) -> str:
        """`limit`: the session's own (it may predate a reload that changed max_message_size)."""
        limit = self.config.server.max_message_size if limit is None else limit
        return self.metrics.refused(
            f"552 5.3.4 Message too big: the limit is {size_text(limit)}; attach only what the buyer needs "
            "(envelope.too-large)"
        )

    def insufficient_storage(self) -> str:
        # RFC 1870 / 3463: temporary, the client keeps the message and retries; no rule ID (not a refusal).
        return ("452 4.3.1 Insufficient system storage: too many large messages in progress right now, "
                "try again in a few minutes (in_flight_limit)")

    def line_too_long(self) -> str:
        return "500 5.5.2 Line too long: lines in a message may have at most 998 characters (RFC 5321)"

    def check_sender(self, account: AccountConfig, address: str) -> str | None:
        """None when `account` may send as `address`; else the refusal."""
        if address and account.may_send_as(address):
            return None
        allowed = ", ".join(account.senders) or "none configured"
        return self.metrics.refused(
            f"550 5.7.1 Sender <{ascii_only(address)}> is not allowed for account {account.name}: "
            f"send from {allowed} (envelope.sender-not-allowed)"
        )

    def check_recipient(self, tx: Transaction, address: str) -> str | None:
        """None to accept `address` as one more recipient of `tx`; else the refusal."""
        shown = ascii_only(address)
        if is_buyer_address(address):
            if any(b.lower() == address.lower() for b in tx.buyers):
                return None
            if tx.buyers:
                return self.metrics.refused(
                    f"550 5.7.1 One message per buyer: this one already goes to <{ascii_only(tx.buyers[0])}>; "
                    f"send a separate message to <{shown}> (envelope.multiple-buyers)"
                )
            return None
        if tx.config.policy.passthrough_non_buyer:
            return None
        return self.metrics.refused(
            f"550 5.7.1 <{shown}> is not an Amazon buyer address: buyer messages go to "
            "...@marketplace.amazon.<tld> addresses only (envelope.recipient-not-buyer)"
        )

    def mail_ok(self) -> str:
        return "250 2.1.0 Sender OK"

    def rcpt_ok(self) -> str:
        return "250 2.1.5 Recipient OK"

    # End of DATA -------------------------------------------------------------------------------

    async def end_of_data(self, tx: Transaction, raw: bytes) -> str:
        """Judge the message and act on it; returns the reply to the client's final dot."""
        event: dict[str, object] = {
            "queue_id": tx.queue_id,
            "account": tx.account.name,
            "client": tx.peer,
            "mail_from": tx.mail_from,
            "rcpt_to": list(tx.rcpt_to),
            "size": len(raw),
            "mode": tx.config.policy.mode,
        }
        try:
            reply = await self._act(tx, raw, event)
        except Exception:
            reply = self.internal_error("end_of_data")
            event["error"] = "internal"
        event["reply"] = reply.split("\r\n")[-1][:80] if reply else ""
        total = time.monotonic() - tx.started
        event["total_ms"] = round(total * 1000, 1)
        verdict = "error" if "error" in event else str(event.get("verdict", "error"))
        self.metrics.message(verdict, tx.account.name, total)
        log.info("message", **event)
        return reply

    async def _act(self, tx: Transaction, raw: bytes, event: dict[str, object]) -> str:
        buyers = tx.buyers
        if not buyers:
            # Only non-buyer recipients, admitted by passthrough_non_buyer: relayed unchecked.
            event["verdict"] = "passthrough"
            return await self._relay_and_reply(tx, raw, [], None, event)

        account = tx.account
        config = tx.config
        actions = config.actions_for(account)
        t0 = time.monotonic()
        judgement = await judge(
            self.store,
            raw,
            Envelope(tx.mail_from, tuple(buyers)),
            datetime.now(UTC),
            account=account.policy(),
            actions=actions,
            settings=config.settings(),
        )
        check_seconds = time.monotonic() - t0
        event["check_ms"] = round(check_seconds * 1000, 1)
        event["message_id"] = one_line(judgement.message.message_id)

        if config.policy.mode == "shadow":
            self.metrics.judged(judgement.result.findings, check_seconds)
            return await self._shadow(tx, raw, judgement, event)

        reservation: Reservation | None = None
        if judgement.result.verdict.relays:
            judgement, reservation = await hold_review(self.store, judgement, actions)
        result = judgement.result
        # After hold_review: a repeat review request shows up as its review.repeat finding.
        self.metrics.judged(result.findings, check_seconds)
        event["verdict"] = result.verdict.value
        event["rules"] = result.rules

        if result.verdict.relays:
            warnings = [f for f in result.findings if f.action.value == "warn"]
            verdict = result.verdict
            # The parsed message (decoded parts, HTML facts: often larger than the raw bytes) is not
            # needed to relay: freed now rather than held while the upstream takes its time.
            del judgement, result
            return await self._relay_and_reply(tx, raw, warnings, reservation, event, verdict=verdict)
        if result.verdict is Verdict.QUARANTINE:
            return await self._quarantine(tx, raw, judgement, event)
        return await self._reject(tx, raw, judgement, event)

    async def _shadow(self, tx: Transaction, raw: bytes, judgement: Judgement, event: dict[str, object]) -> str:
        """Relay everything; record what enforce mode would have done."""
        result = judgement.result
        event["verdict"] = "relay"
        event["would"] = result.verdict.value
        event["rules"] = result.rules
        reservation = None
        if result.review_request_orders:
            # It really goes out, so the ledger must know, whatever the verdict would have been.
            reservation = await self.store.reserve_reviews(tx.account.name, sorted(result.review_request_orders))
        warnings = [f for f in result.findings if f.action.value == "warn"]
        return await self._relay_and_reply(tx, raw, warnings, reservation, event, verdict=result.verdict, shadow=True)

    def trace_headers(
        self, tx: Transaction, findings: list[Finding], verdict: Verdict | None, shadow: bool = False
    ) -> bytes:
        """`Received:` (RFC 5321 4.4) and the X-Permitted-* headers, prepended to the relayed message."""
        hostname = tx.config.server.hostname
        proto = "ESMTP" + ("S" if tx.tls else "") + ("A" if tx.authenticated else "")
        rcpt = f"\r\n\tfor <{tx.rcpt_to[0]}>" if len(tx.rcpt_to) == 1 else ""
        lines = [
            f"Received: from {one_line(tx.helo, 100) or 'unknown'} ([{tx.peer}])\r\n"
            f"\tby {one_line(hostname, 100)} (Permitted) with {proto} id {tx.queue_id}{rcpt};\r\n"
            f"\t{format_datetime(datetime.now(UTC))}"
        ]
        if tx.config.policy.add_headers:
            lines.append(f"X-Permitted-Id: {tx.queue_id}")
            if verdict is not None:
                lines.append(f"X-Permitted-Verdict: {verdict.value}{' (shadow)' if shadow else ''}")
        for f in findings:
            lines.append(_header("X-Permitted-Warning", f"{f.rule}; {f.message}"))
        return ("\r\n".join(lines) + "\r\n").encode("utf-8")

    async def _relay_and_reply(
        self,
        tx: Transaction,
        raw: bytes,
        warnings: list[Finding],
        reservation: Reservation | None,
        event: dict[str, object],
        *,
        verdict: Verdict | None = None,
        shadow: bool = False,
    ) -> str:
        head = self.trace_headers(tx, warnings, verdict, shadow)
        t0 = time.monotonic()
        try:
            outcome = await self.relay.send(tx.mail_from, tx.rcpt_to, raw, head=head)
        except BaseException:
            if reservation is not None:
                await self.store.release_reviews(reservation)
            raise
        relay_seconds = time.monotonic() - t0
        self.metrics.relayed(outcome, "message", relay_seconds)
        event["relay_ms"] = round(relay_seconds * 1000, 1)
        event["upstream"] = f"{outcome.code} {outcome.stage}".strip()
        if outcome.accepted:
            event["upstream_queue_id"] = outcome.queue_id
            if reservation is not None:
                try:
                    await self.store.commit_reviews(reservation, datetime.now(UTC))
                except Exception:
                    # The upstream already holds the message: a 4xx now would make the client send it
                    # again (a duplicate to the buyer). Say 250 and leave the failure to the log; the
                    # hold keeps the order reserved until it expires.
                    log.error("ledger_commit_failed", queue_id=tx.queue_id, account=tx.account.name,
                              orders=list(reservation.order_ids), exc_info=True)
                    event["ledger"] = "commit failed"
            upstream = f"upstream queue ID {ascii_only(outcome.queue_id)}" if outcome.queue_id else "upstream accepted it"
            note = f"; {len(warnings)} warning(s) in X-Permitted-Warning" if warnings else ""
            return f"250 2.0.0 Sent, {upstream} (id {tx.queue_id}){note}"
        if reservation is not None:
            await self.store.release_reviews(reservation)
        return self.upstream_failed(outcome, tx.queue_id)

    def upstream_failed(self, outcome: Outcome, queue_id: str) -> str:
        text = ascii_only(outcome.text)[:300]
        if outcome.permanent:
            return f"554 5.0.0 Upstream refused the message: {outcome.code} {text} (id {queue_id})"
        enhanced = "4.4.2" if "timed out" in text or outcome.stage in ("data", "mail", "rcpt") else "4.4.1"
        return f"451 {enhanced} Not sent yet, please retry: {text} (id {queue_id})"

    def reject_reply(self, findings: list[Finding], queue_id: str) -> str:
        lines = [REJECT_FIRST_LINE]
        for f in findings[:MAX_REPLY_FINDINGS]:
            excerpt = f' "{f.evidence}"' if f.evidence else ""
            lines.append(f"{f.rule}:{excerpt} - {f.message}")
        if len(findings) > MAX_REPLY_FINDINGS:
            lines.append(f"... and {len(findings) - MAX_REPLY_FINDINGS} more; `permitted check` shows them all")
        lines.append(f"Correct the message and send it again; `permitted rules explain ID` says more (id {queue_id})")
        return multiline(550, "5.7.1", lines)

    def report_address(self, tx: Transaction) -> str:
        return tx.account.report_to or tx.mail_from

    def _report(self, tx: Transaction, raw: bytes, judgement: Judgement, kind: str, quarantine_id: str = "") -> Report:
        shown = [f for f in judgement.result.findings if f.action.value in ("reject", "quarantine")]
        return Report(
            kind=kind,
            reporting_mta=tx.config.server.hostname,
            mail_from=tx.mail_from,
            rcpt_to=tuple(tx.buyers),
            report_to=self.report_address(tx),
            subject=judgement.message.subject,
            message_id=judgement.message.message_id,
            findings=shown or list(judgement.result.findings),
            original=raw,
            queue_id=tx.queue_id,
            quarantine_id=quarantine_id,
        )

    async def _reject(self, tx: Transaction, raw: bytes, judgement: Judgement, event: dict[str, object]) -> str:
        findings = [f for f in judgement.result.findings if f.action.value in ("reject", "quarantine")]
        reply = self.reject_reply(findings, tx.queue_id)
        if tx.config.policy.reject_mode != "bounce" or not self.report_address(tx):
            return reply
        # Bounce mode: the report goes out before the 250, so a refused message is never silently dropped.
        outcome = await self.send_report(self._report(tx, raw, judgement, "reject"))
        event["bounce"] = f"{outcome.code}"
        if outcome.accepted:
            return (
                f"250 2.0.0 Accepted but NOT sent to the buyer: it breaks {', '.join(dict.fromkeys(judgement.result.rules))}; "
                f"a report went to <{ascii_only(self.report_address(tx))}> (id {tx.queue_id})"
            )
        if outcome.permanent:
            return reply  # the report cannot be delivered: say it here instead
        return self.upstream_failed(outcome, tx.queue_id)

    async def _quarantine(self, tx: Transaction, raw: bytes, judgement: Judgement, event: dict[str, object]) -> str:
        result = judgement.result
        item = QuarantineItem(
            id="",
            account=tx.account.name,
            created_at=datetime.now(UTC),
            mail_from=tx.mail_from,
            rcpt_to=tuple(tx.rcpt_to),
            subject=judgement.message.subject,
            message_id=judgement.message.message_id,
            verdict=result.verdict.value,
            findings=[f.as_dict() for f in result.findings],
            raw=raw,
        )
        qid = await self.store.quarantine_put(item)
        event["quarantine_id"] = qid
        report = self._report(tx, raw, judgement, "quarantine", qid)
        self._spawn(self._bounce_later(report, qid))
        return (
            f"250 2.6.0 Held for review, NOT sent to the buyer yet: quarantine ID {qid}; "
            f"a report went to <{ascii_only(report.report_to)}> (id {tx.queue_id})"
        )

    async def _bounce_later(self, report: Report, quarantine_id: str) -> None:
        outcome = await self.send_report(report)
        level = log.info if outcome.accepted else log.error
        level("bounce", quarantine_id=quarantine_id, queue_id=report.queue_id, to=report.report_to,
              upstream=f"{outcome.code}", text=outcome.text[:200])

    async def send_report(self, report: Report) -> Outcome:
        outcome = await self.relay.send("", [report.report_to], build_report(report))
        self.metrics.relayed(outcome, "report")
        return outcome

    def _spawn(self, coro: object) -> None:
        task = asyncio.ensure_future(coro)  # type: ignore[arg-type]
        self._background.add(task)
        task.add_done_callback(self._background.discard)

    async def drain(self, timeout: float) -> None:
        """Wait (bounded) for reports still being sent, e.g. before shutting down."""
        if self._background:
            await asyncio.wait(set(self._background), timeout=timeout)
