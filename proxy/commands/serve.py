"""`permitted serve`: run the SMTP proxy until SIGTERM / Ctrl-C; SIGHUP reloads the config file.

On SIGHUP the file is read and validated again. A valid one takes effect for new sessions and
transactions (accounts, rule actions, allow-lists, policy, most of [server]); a transaction under way
finishes with the config it began with. Listen addresses, TLS files, [store], [upstream] and [metrics]
need a restart: changes to them are logged as ignored. An invalid file is refused with the reason logged,
and the running config stays in force.
"""

from __future__ import annotations

import argparse
import asyncio
import gc
import signal
import sys
from pathlib import Path

import structlog

from policies import warm_up
from proxy.commands.init import announce, write_starter
from proxy.config import DEFAULT_CONFIG_FILE, Config, ConfigError, apply_reload, load_config
from proxy.health import Monitor
from proxy.logs import configure_logging
from proxy.metrics import Metrics
from proxy.pipeline import Pipeline
from proxy.relay import open_relay
from proxy.server import Server
from proxy.store import StoreError
from proxy.workers import inherited_metrics_socket, inherited_sockets, is_worker, run_workers

log = structlog.get_logger("permitted.serve")


class ListenError(Exception):
    """The listening socket could not be opened (port taken, no permission)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the SMTP proxy", description=__doc__)
    p.add_argument("--config", help=f"config file (default: ./{DEFAULT_CONFIG_FILE}, created on first start)")
    p.add_argument("--log-format", choices=["auto", "json", "console"], default="auto")
    p.set_defaults(handler=run)


def banner(config: Config, server: Server, monitor: Monitor | None = None) -> str:
    lines = []
    for host, port, kind in server.addresses:
        tls = " (implicit TLS)" if kind == "smtps" else (" (STARTTLS offered)" if server.tls_context else "")
        lines.append(f"Permitted listening on {host}:{port}{tls}")
    lines.append(f"Relaying to {server.pipeline.relay.describe}; store {config.store.url.split('@')[-1]}")
    if monitor is not None and monitor.address is not None:
        host, port = monitor.address
        lines.append(f"Metrics on http://{host}:{port}/metrics (health: /healthz, /readyz)")
    users = ", ".join(a.username for a in config.accounts) or "none: add an [[accounts]] entry"
    plain = " (plain-text AUTH allowed on loopback)" if config.server.allow_plaintext_auth_on_loopback else ""
    lines.append(f"Log in with SMTP AUTH as: {users}{plain}; mode {config.policy.mode}")
    return "\n".join(lines)


def reload(path: Path, server: Server, metrics: Metrics) -> bool:
    """Read `path` again and apply it (see the module doc); False when it was refused."""
    old = server.config
    try:
        new = load_config(path)
    except ConfigError as exc:
        metrics.reloads.labels("refused").inc()
        log.error("config_reload_refused", file=str(path), reason=str(exc),
                  result="the configuration loaded before stays in force; fix the file and send SIGHUP again")
        return False
    effective, ignored = apply_reload(old, new)
    if ignored:
        log.warning("config_reload_ignored", file=str(path), keys=ignored,
                    reason="these keys need a restart of permitted serve; their running values stay")
    server.reload(effective)
    metrics.reloads.labels("applied").inc()
    log.info("config_reloaded", file=str(path), accounts=[a.name for a in effective.accounts],
             mode=effective.policy.mode)
    return True


async def serve(config: Config) -> int:
    store = config.open_store()
    await store.open()
    relay = open_relay(config.upstream, config.server.hostname)
    metrics = Metrics()
    pipeline = Pipeline(config, store, relay, metrics)
    server = Server(config, pipeline)
    monitor: Monitor | None = None
    inherited = inherited_sockets()  # set when this process is one of several workers (proxy/workers)
    if config.server.warm_up:
        # Before accepting: the first buyer messages must not wait ~2 s for models and dictionaries.
        log.info("warmed_up", seconds=round(warm_up(), 2))
    # What start-up loaded (models, dictionaries, compiled patterns) lives as long as the process: out of
    # the collector's sight, a full collection no longer walks it in the middle of a message.
    gc.freeze()
    try:
        try:
            await server.start(inherited[0] if inherited else None)
        except OSError as exc:
            raise ListenError(f"cannot listen on {config.server.listen}: {exc.strerror or exc}") from None
        metrics_address = config.metrics.address
        if metrics_address is not None:
            monitor = Monitor(metrics, store, relay, config.metrics.check_timeout)
            try:
                await monitor.start(*metrics_address, sock=inherited_metrics_socket())
            except OSError as exc:
                await server.stop(timeout=0)
                raise ListenError(f"cannot listen on {config.metrics.listen} ([metrics] listen): "
                                  f"{exc.strerror or exc}") from None
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        source = config.source
        if source is not None:
            # Synchronous on purpose: reading and validating a config file takes milliseconds, and doing
            # it inside the signal callback means two quick SIGHUPs apply in order.
            loop.add_signal_handler(signal.SIGHUP, reload, Path(source), server, metrics)
        # The banner only once the handlers are in: whoever waits for it (a supervisor, a test) may
        # send SIGTERM at once, and before the handler the default action kills the process mid-way.
        if inherited is None or inherited[1] == 0:
            print(banner(config, server, monitor), flush=True)
        await stop.wait()
        log.info("shutting_down", in_flight=len(server.busy))
        if monitor is not None:
            monitor.draining = True  # /readyz says 503 while transactions finish; /metrics still answers
        await server.stop()
    finally:
        if monitor is not None:
            await monitor.stop()
        await relay.close()
        await store.close()
    log.info("stopped")
    return 0


def run(args: argparse.Namespace) -> int:
    path = Path(args.config or DEFAULT_CONFIG_FILE)
    if not path.exists():
        starter = write_starter(path)
        print("No config found: created one for you (like `permitted init`).", flush=True)
        print(announce(starter), flush=True)
    try:
        config = load_config(path)
    except ConfigError as exc:
        print(f"permitted serve: {exc}", file=sys.stderr)
        return 2
    configure_logging(args.log_format)
    workers = config.server.worker_count
    # With [metrics] the workers share one /metrics through prometheus_client's multiprocess mode
    # (proxy/workers.py sets it up, proxy/metrics.py aggregates).
    if workers > 1 and not is_worker():
        return run_workers(config, path, workers, args.log_format)
    try:
        return asyncio.run(serve(config))
    except (ListenError, StoreError) as exc:
        print(f"permitted serve: {exc}", file=sys.stderr)
        return 1
