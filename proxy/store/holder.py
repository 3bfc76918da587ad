"""Who holds a review reservation, written into its token, so a dead holder's hold can be dropped at once.

A proxy killed between reserving a review request and committing it leaves its hold behind; the
client sends the message again (it never got a reply), and the hold would refuse it as a repeat
until it expires (`hold_ttl`, 10 minutes): a compliant message bounced. The token names the process
(boot, PID namespace, PID and its start time): another process on the same machine and namespace
sees from /proc whether that process still runs. A holder elsewhere (another host or container) cannot
be seen, and its hold expires as before.
"""

from __future__ import annotations

import os
import secrets
from functools import cache


@cache
def _machine() -> str | None:
    """This boot of this kernel and this PID namespace: where a PID names one process."""
    try:
        with open("/proc/sys/kernel/random/boot_id", encoding="ascii") as f:
            boot = f.read().strip().replace("-", "")
        namespace = os.stat("/proc/self/ns/pid").st_ino
    except OSError:
        return None  # no /proc: holds only expire
    return f"{boot}-{namespace}"


def _started(pid: int) -> str | None:
    """The start time of process `pid` (field 22 of /proc/PID/stat), None if there is no such process."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii", errors="replace") as f:
            stat = f.read()
    except OSError:
        return None
    # The command name (field 2) is in parentheses and may hold spaces: count fields after its end.
    fields = stat[stat.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else None


def holder_token() -> str:
    """A new reservation token naming this process (a plain random token where /proc is missing)."""
    token = secrets.token_urlsafe(18)
    machine = _machine()
    pid = os.getpid()  # per call, not cached: serving workers are forked after import
    started = _started(pid) if machine else None
    return f"{token}.{machine}.{pid}.{started}" if started else token


def holder_is_dead(token: str) -> bool:
    """The process that took this hold runs here and has ended (True); False when it runs or cannot be seen."""
    parts = token.split(".")
    if len(parts) != 4 or parts[1] != _machine() or not parts[2].isdigit():
        return False
    return _started(int(parts[2])) != parts[3]
