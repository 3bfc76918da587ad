"""README's quick start, followed literally on a fresh copy of the project.

The first command block of README.md is run as written, with bash, in a temporary copy of the source
tree: a real `python3 -m venv` (no system site-packages), `pip install .` (pip may use its cache and the
configured index), then `permitted serve`. The first start writes permitted.toml and prints the login;
with those credentials smtplib sends what a newcomer would: the README's violating message (refused
with a 550 naming its rules) and a compliant one (relayed into ./outbox/new).

One deviation, through the documented environment override rather than an edit of the command:
PERMITTED_SERVER__LISTEN=127.0.0.1:0, because the default 127.0.0.1:2525 may be taken on a shared
test machine. The printed banner says where it really listens.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import smtplib
import subprocess
import threading
from email.message import EmailMessage
from email.utils import formatdate, make_msgid
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
INSTALL_TIMEOUT = 1500  # seconds for venv + pip install + first start: a cold pip cache downloads wheels
BUYER = "k3x9m2p7q1w8z5v@marketplace.amazon.de"  # README's swaks example


def first_command_block(readme: str) -> str:
    m = re.search(r"```(?:sh|bash|console)\n(.*?)```", readme, flags=re.DOTALL)
    assert m, "README.md has no command block"
    return m.group(1).strip()


def fresh_copy(dest: Path) -> Path:
    """The source tree as a newcomer's checkout has it: no venv, no build leftovers, no local state."""
    ignore = shutil.ignore_patterns(
        ".venv", ".git", "*.egg-info", "build", "dist", "__pycache__", ".pytest_cache", ".ruff_cache",
        ".hypothesis", "permitted.toml", "*.db", "*.db-wal", "*.db-shm", "outbox",
    )
    return Path(shutil.copytree(ROOT, dest / "permitted", ignore=ignore))


def violating_message(sender: str) -> bytes:
    """What README's swaks command sends."""
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, BUYER, "Your order"
    msg["Date"], msg["Message-ID"] = formatdate(localtime=True), make_msgid(domain="example.com")
    msg.set_content("Visit http://example.com for 20% off! :)")
    return msg.as_bytes()


def compliant_message(sender: str) -> bytes:
    """A reply to a buyer's question, in the buyer's language (amazon.de), about the product only.

    A reply: a fresh install has no orders imported, and a proactive message must cite a known order.
    """
    msg = EmailMessage()
    msg["From"], msg["To"], msg["Subject"] = sender, BUYER, "Re: Frage zu Ihrer Bestellung"
    msg["Date"], msg["Message-ID"] = formatdate(localtime=True), make_msgid(domain="example.com")
    msg["In-Reply-To"] = msg["References"] = "<buyer-question-1@marketplace.amazon.de>"
    msg.set_content(
        "Hallo,\n\nvielen Dank für Ihre Nachricht. Das Schneidebrett ist aus Bambus und kann mit warmem Wasser\n"
        "von Hand gereinigt werden. Bitte nicht in die Spülmaschine geben.\n\nViele Grüße\nOwen\n"
    )
    return msg.as_bytes()


@pytest.mark.slow
def test_readme_quick_start_literally(tmp_path: Path) -> None:
    command = first_command_block((ROOT / "README.md").read_text(encoding="utf-8"))
    assert command.endswith("permitted serve"), f"the quick start should end by serving: {command!r}"
    folder = fresh_copy(tmp_path)
    env = {k: v for k, v in os.environ.items() if not k.startswith(("PERMITTED_", "VIRTUAL_ENV", "PYTHONPATH"))}
    # The project venv's bin must not shadow python3: a newcomer's python3 is the system's.
    env["PATH"] = os.pathsep.join(p for p in env.get("PATH", "").split(os.pathsep)
                                  if not p.startswith(str(ROOT / ".venv")))
    env["PERMITTED_SERVER__LISTEN"] = "127.0.0.1:0"
    proc = subprocess.Popen(
        ["bash", "-c", command], cwd=folder, env=env, text=True,
        stdout=subprocess.PIPE, stderr=subprocess.STDOUT, start_new_session=True,
    )
    # A watchdog: if pip or the first start hangs, the group is ended and readline() sees EOF.
    watchdog = threading.Timer(INSTALL_TIMEOUT, lambda: os.killpg(proc.pid, signal.SIGKILL))
    watchdog.start()
    seen: list[str] = []
    try:
        assert proc.stdout is not None
        for _ in range(20_000):  # bounded: pip prints a line or so per package
            line = proc.stdout.readline()
            if not line:
                break
            seen.append(line)
            if line.startswith("Log in with"):
                break
        banner = "".join(seen[-40:])
        assert seen and seen[-1].startswith("Log in with"), f"no banner; output ends:\n{banner}"
        watchdog.cancel()

        assert "created one for you" in banner and (folder / "permitted.toml").exists()
        listening = re.search(r"Permitted listening on 127\.0\.0\.1:(\d+)", banner)
        user = re.search(r"SMTP username: (\S+)", banner)
        password = re.search(r"SMTP password: (\S+)", banner)
        sender = re.search(r"Allowed sender: (\S+)", banner)
        assert listening and user and password and sender, banner
        assert "maildir:outbox" in banner or "maildir:./outbox" in banner, banner
        port = int(listening.group(1))

        with smtplib.SMTP("127.0.0.1", port, timeout=60) as s:
            s.login(user.group(1), password.group(1))
            with pytest.raises(smtplib.SMTPDataError) as refused:
                s.sendmail(sender.group(1), [BUYER], violating_message(sender.group(1)))
            assert refused.value.smtp_code == 550
            reply = refused.value.smtp_error.decode()
            assert reply.startswith("5.7.1 Message not sent")
            for rule in ("order-id.missing", "link.insecure", "style.emoji"):
                assert f"{rule}:" in reply, reply
            assert not (folder / "outbox" / "new").exists() or not list((folder / "outbox" / "new").iterdir())

            assert s.sendmail(sender.group(1), [BUYER], compliant_message(sender.group(1))) == {}
        [delivered] = list((folder / "outbox" / "new").iterdir())
        content = delivered.read_bytes()
        assert b"Subject: Re: Frage zu Ihrer Bestellung" in content and b"\r\nReceived: from " in content
    finally:
        watchdog.cancel()
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGTERM)  # bash and `permitted serve`: the group this test started
        try:
            code = proc.wait(timeout=120)
        except subprocess.TimeoutExpired:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(timeout=30)
            raise
    assert code in (0, -signal.SIGTERM, 128 + signal.SIGTERM), "".join(seen[-20:])
