"""`permitted serve`: run the SMTP proxy until SIGTERM / Ctrl-C."""

from __future__ import annotations

import argparse
import asyncio
import signal
import sys
from pathlib import Path

import structlog

from proxy.commands.init import announce, write_starter
from proxy.config import DEFAULT_CONFIG_FILE, Config, ConfigError, load_config
from proxy.logs import configure_logging
from proxy.pipeline import Pipeline
from proxy.relay import open_relay
from proxy.server import Server
from proxy.store import StoreError, open_store

log = structlog.get_logger("permitted.serve")


class ListenError(Exception):
    """The listening socket could not be opened (port taken, no permission)."""


def register(sub: argparse._SubParsersAction) -> None:
    p = sub.add_parser("serve", help="run the SMTP proxy", description=__doc__)
    p.add_argument("--config", help=f"config file (default: ./{DEFAULT_CONFIG_FILE}, created on first start)")
    p.add_argument("--log-format", choices=["auto", "json", "console"], default="auto")
    p.set_defaults(handler=run)


def banner(config: Config, server: Server) -> str:
    lines = []
    for host, port, kind in server.addresses:
        tls = " (implicit TLS)" if kind == "smtps" else (" (STARTTLS offered)" if server.tls_context else "")
        lines.append(f"Permitted listening on {host}:{port}{tls}")
    lines.append(f"Relaying to {server.pipeline.relay.describe}; store {config.store.url.split('@')[-1]}")
    users = ", ".join(a.username for a in config.accounts) or "none: add an [[accounts]] entry"
    plain = " (plain-text AUTH allowed on loopback)" if config.server.allow_plaintext_auth_on_loopback else ""
    lines.append(f"Log in with SMTP AUTH as: {users}{plain}; mode {config.policy.mode}")
    return "\n".join(lines)


async def serve(config: Config) -> int:
    store = open_store(config.store.url)
    await store.open()
    relay = open_relay(config.upstream, config.server.hostname)
    pipeline = Pipeline(config, store, relay)
    server = Server(config, pipeline)
    try:
        try:
            await server.start()
        except OSError as exc:
            raise ListenError(f"cannot listen on {config.server.listen}: {exc.strerror or exc}") from None
        print(banner(config, server), flush=True)
        stop = asyncio.Event()
        loop = asyncio.get_running_loop()
        for sig in (signal.SIGTERM, signal.SIGINT):
            loop.add_signal_handler(sig, stop.set)
        await stop.wait()
        log.info("shutting_down", in_flight=len(server.busy))
        await server.stop()
    finally:
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
    try:
        return asyncio.run(serve(config))
    except (ListenError, StoreError) as exc:
        print(f"permitted serve: {exc}", file=sys.stderr)
        return 1
