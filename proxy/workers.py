"""`[server] workers = N`: N `permitted serve` processes accepting on listening sockets bound once, here.

Why processes sharing a pre-bound socket, not a process pool for the checks: measured with
bench/throughput.py and bench/check_speed.py, the check engine is the larger cost (4-10 ms of CPU for
the bench's 5 KB text and 30 KB HTML messages, against ~2 ms for the SMTP dialogue, DATA and relaying). A pool would still run the
SMTP side on one core and would have to ship every message to the pool and the parsed result (the
Message with its HTML elements, images and attachments, which the pipeline needs for quarantine and
reports) back, pickled each way: for a 1 MB message that is several ms of copying per message on top.
Whole serve processes need no IPC at all and use every core for both halves.

Why an inherited socket rather than SO_REUSEPORT: with SO_REUSEPORT the kernel hashes each connection to
a process whether or not it is busy judging a message; with one shared socket, whichever process is
free accepts next, so a burst spreads by load.

Shared state stays correct because it lives where every process sees it:
- orders, the review ledger and the quarantine are in the store: SQLite in WAL mode with `BEGIN
  IMMEDIATE` write transactions (proxy/store/sqlite.py), or PostgreSQL; `hold_review` reserves atomically
  across processes exactly as it does across separate proxy instances;
- failed logins too (proxy/auth_throttle.py): a client spreading its guesses over the workers, or over
  several instances on one store, gets auth_max_failures tries per window in all;
- the upstream connection pool and the session limits are per process: up to N x max_sessions sessions
  in all;
- metrics: with a [metrics] listener the parent makes a fresh private folder for prometheus_client's
  multiprocess mode (PROMETHEUS_MULTIPROC_DIR, set in the workers' environment before they import it),
  binds the HTTP socket once like the SMTP ones, and removes the folder when the workers have exited.
  Every worker accepts on that socket: /metrics from any of them sums all workers' files
  (proxy/metrics.py), so it is the same answer whichever one the kernel picks. /healthz and /readyz
  are answered by whichever worker accepts too: each one checks the same shared store and upstream,
  and a worker that died takes the others down with it (below), so a live answer speaks for all.

Signals: SIGTERM/SIGINT and SIGHUP to this parent are forwarded to every worker (each one drains its
transactions, or reloads the file); the parent exits when they all have, 0 if they all exited 0.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from types import FrameType

import structlog

from proxy.config import Config
from proxy.metrics import MULTIPROC_ENV, OWNED_ENV, mark_process_dead

log = structlog.get_logger("permitted.workers")

FDS_ENV = "PERMITTED_WORKER_FDS"  # "fd[,fd]": the plain listener, then the implicit-TLS one
INDEX_ENV = "PERMITTED_WORKER_INDEX"
METRICS_FD_ENV = "PERMITTED_WORKER_METRICS_FD"  # the [metrics] HTTP listener, when there is one
BACKLOG = 1024


def is_worker() -> bool:
    return bool(os.environ.get(FDS_ENV))


def inherited_sockets() -> tuple[list[socket.socket], int] | None:
    """In a worker: the listening sockets the parent bound, and this worker's index.

    Call once: the socket objects own the descriptors (closed when they are collected).
    """
    fds = os.environ.get(FDS_ENV)
    if not fds:
        return None
    socks = [socket.socket(fileno=int(fd)) for fd in fds.split(",")]
    return socks, int(os.environ.get(INDEX_ENV, "0"))


def inherited_metrics_socket() -> socket.socket | None:
    """In a worker: the [metrics] listener the parent bound (call once, like inherited_sockets)."""
    fd = os.environ.get(METRICS_FD_ENV)
    return socket.socket(fileno=int(fd)) if fd else None


def bind(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    sock.bind((host, port))
    sock.listen(BACKLOG)
    sock.setblocking(False)
    sock.set_inheritable(True)
    return sock


def run_workers(config: Config, path: Path, count: int, log_format: str) -> int:
    """Bind, start `count` workers, forward signals, and wait for them all."""
    addresses = [config.server.address]
    if config.server.tls_address is not None and config.server.tls_cert:
        addresses.append(config.server.tls_address)
    socks: list[socket.socket] = []
    try:
        for host, port in addresses:
            socks.append(bind(host, port))
    except OSError as exc:
        for s in socks:
            s.close()
        print(f"permitted serve: cannot listen on {config.server.listen}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    fds = [s.fileno() for s in socks]
    base_env = dict(os.environ)
    # An inherited PROMETHEUS_MULTIPROC_DIR is never used: the folder must be empty and ours alone.
    base_env.pop(MULTIPROC_ENV, None)
    base_env.pop("prometheus_multiproc_dir", None)
    base_env.pop(OWNED_ENV, None)
    metrics_sock: socket.socket | None = None
    metrics_dir: str | None = None
    if config.metrics.address is not None:
        try:
            metrics_sock = bind(*config.metrics.address)
        except OSError as exc:
            for s in socks:
                s.close()
            print(f"permitted serve: cannot listen on {config.metrics.listen} ([metrics] listen): "
                  f"{exc.strerror or exc}", file=sys.stderr)
            return 1
        metrics_dir = tempfile.mkdtemp(prefix="permitted-metrics-")  # mode 0700: private to this user
        base_env |= {MULTIPROC_ENV: metrics_dir, OWNED_ENV: metrics_dir, METRICS_FD_ENV: str(metrics_sock.fileno())}
    try:
        return _run(socks, fds, metrics_sock, base_env, path, count, log_format, metrics_dir)
    finally:
        if metrics_dir is not None:
            shutil.rmtree(metrics_dir, ignore_errors=True)


def _run(socks: list[socket.socket], fds: list[int], metrics_sock: socket.socket | None, base_env: dict[str, str],
         path: Path, count: int, log_format: str, metrics_dir: str | None) -> int:
    procs: list[subprocess.Popen[bytes]] = []
    pass_fds = fds + ([metrics_sock.fileno()] if metrics_sock is not None else [])
    # Workers start with SIGHUP ignored (the disposition survives exec) until their own handler is
    # installed: a reload forwarded while one is still starting must not kill it. A worker that
    # misses such a reload has just read the config file anyway.
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    for index in range(count):
        env = {**base_env, FDS_ENV: ",".join(map(str, fds)), INDEX_ENV: str(index)}
        procs.append(subprocess.Popen(
            [sys.executable, "-m", "proxy", "serve", "--config", str(path), "--log-format", log_format],
            pass_fds=pass_fds, env=env))
    # The workers hold their own copies; closed here so that once they stop, nothing accepts any more.
    for s in [*socks, *([metrics_sock] if metrics_sock is not None else [])]:
        s.close()
    stopping = False

    def forward(signum: int, frame: FrameType | None) -> None:
        nonlocal stopping
        if signum != signal.SIGHUP:
            stopping = True
        for p in procs:
            if p.poll() is None:
                p.send_signal(signum)

    for sig in (signal.SIGTERM, signal.SIGINT, signal.SIGHUP):
        signal.signal(sig, forward)
    log.info("workers_started", workers=count, pids=[p.pid for p in procs])
    failed = False
    gone: set[int] = set()
    while any(p.poll() is None for p in procs):
        if not stopping and any(p.returncode not in (None, 0) for p in procs):
            # A worker died on its own (store gone, crash): stop the rest rather than serve half-broken.
            log.error("worker_exited", codes=[p.returncode for p in procs])
            failed = True
            forward(signal.SIGTERM, None)
        if metrics_dir is not None:
            for p in procs:
                if p.returncode is not None and p.pid not in gone:
                    # Its open sessions no longer count in the live gauges the others still serve.
                    gone.add(p.pid)
                    with contextlib.suppress(OSError):
                        mark_process_dead(p.pid, metrics_dir)
        time.sleep(0.1)
    # A worker stopped by the forwarded signal itself (it was still starting, before its handler was
    # installed) had nothing in flight: that is a clean stop too.
    clean = (0, -signal.SIGTERM, -signal.SIGINT)
    return 0 if not failed and all(p.returncode in clean for p in procs) else 1
