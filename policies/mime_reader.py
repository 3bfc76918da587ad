"""The stdlib's MIME reading of a message, without feeding its large bodies through the line parser.

`email`'s feed parser reads a message line by line in Python: ~30 ms for a 1 MB attachment (13 000
base64 lines), and several times the message's size in line objects at 25 MB. The bodies of leaf
parts are the bulk of a big message and the parser does nothing with their lines but join them
again. So a large leaf body is set aside: replaced by a one-line token before the parse, and put
back as the part's payload after it. The result is the same `Message` the stdlib gives for the
original bytes (tests/policies/test_mime_reader.py compares them on every corpus message and on
malformed MIME):

- a body is set aside only if no line in it can be a boundary (no "--" at a line start, after a
  LF or a lone CR, which the parser also splits on), so the parser would only have collected it;
- the token must come back as the whole payload of a leaf part, else the message is parsed again
  as it is (the split guessed wrong: a "--" line that was no boundary, a part read as a message).
"""

from __future__ import annotations

import email.parser
import secrets
from email.message import Message
from email.policy import Policy

# Smaller bodies cost the parser little; setting them aside would not pay for the scan.
MIN_SET_ASIDE = 16 * 1024
# A part's header block longer than this is not looked for (the body is then left to the parser).
_MAX_HEADER_BLOCK = 64 * 1024
# More lines that could be boundaries than this: the split is not tried (its Python loop would grow
# with a hostile message's "--" lines; the parser reads such a message line by line anyway).
_MAX_DELIMITER_LINES = 4096


def parse_bytes(raw: bytes, policy: Policy) -> Message:
    """`email.parser.BytesParser(policy=policy).parsebytes(raw)`, cheaper for large bodies."""
    parser = email.parser.BytesParser(policy=policy)
    if len(raw) < MIN_SET_ASIDE:
        return parser.parsebytes(raw)
    reduced, aside = _set_aside(raw)
    if not aside:
        return parser.parsebytes(raw)
    msg = parser.parsebytes(reduced)
    if not _put_back(msg, aside):
        return parser.parsebytes(raw)
    return msg


def _delimiter_lines(raw: bytes) -> list[int] | None:
    """Offsets of every line that starts with "--" (after LF or CR): the only lines the parser may
    read as a boundary; None if there are more than _MAX_DELIMITER_LINES."""
    out: list[int] = []
    for needle in (b"\n--", b"\r--"):
        at = raw.find(needle)
        while at != -1:
            if len(out) >= _MAX_DELIMITER_LINES:
                return None
            out.append(at + 1)
            at = raw.find(needle, at + 3)
    if raw.startswith(b"--"):
        out.append(0)
    out.sort()
    return out


def _line_end(raw: bytes, start: int) -> int:
    """The offset just past the line that starts at `start` (its LF, CRLF or CR included)."""
    lf = raw.find(b"\n", start)
    cr = raw.find(b"\r", start, len(raw) if lf == -1 else lf)  # bounded: an LF-only message has no CR at all
    if cr != -1 and (lf == -1 or cr < lf):
        return cr + 2 if raw[cr + 1 : cr + 2] == b"\n" else cr + 1
    return len(raw) if lf == -1 else lf + 1


def _body_start(raw: bytes, start: int, end: int) -> int | None:
    """Where the body of the header block at `start` begins (after its empty line), if before `end`."""
    limit = min(end, start + _MAX_HEADER_BLOCK)
    found = [at + len(sep) for sep in (b"\r\n\r\n", b"\n\n") if (at := raw.find(sep, start, limit)) != -1]
    if raw.startswith(b"\r\n", start) or raw.startswith(b"\n", start):
        return start + (2 if raw.startswith(b"\r\n", start) else 1)  # no headers at all
    return min(found) if found else None


def _settable(head: bytes) -> bool:
    """The part's body is a plain leaf body: not a multipart or a message the parser reads inside."""
    lowered = head.lower()
    return b"multipart/" not in lowered and b"message/" not in lowered


def _set_aside(raw: bytes) -> tuple[bytes, dict[str, memoryview]]:
    """The message with each large leaf body replaced by a token line, and the bodies by token."""
    lines = _delimiter_lines(raw)
    if lines is None:
        return raw, {}
    # Header blocks start at the top and after each opening delimiter; a closing one ("--b--")
    # is followed by an epilogue, which is not a part.
    starts: list[tuple[int, int]] = [(0, lines[0] if lines else len(raw))]
    for i, at in enumerate(lines):
        after = _line_end(raw, at)
        if raw[at:after].rstrip().endswith(b"--") and len(raw[at:after].rstrip()) > 2:
            continue
        starts.append((after, lines[i + 1] if i + 1 < len(lines) else len(raw)))
    tag = secrets.token_hex(8)
    pieces: list[bytes] = []
    aside: dict[str, memoryview] = {}
    view = memoryview(raw)  # the bodies are read from the message, not copied out of it
    kept = 0
    for start, end in starts:
        body = _body_start(raw, start, end)
        if body is None:
            continue
        # The line ending before a boundary belongs to the boundary, not to the body.
        stop = end
        if end < len(raw):
            stop = end - 1 if raw[end - 1 : end] in (b"\n", b"\r") else end
            if raw[stop - 1 : stop] == b"\r" and raw[stop : stop + 1] == b"\n":
                stop -= 1
        elif start != 0:
            continue  # a part cut off by the end of the message: the parser's reading differs
        if stop - body < MIN_SET_ASIDE or not _settable(raw[start:body]):
            continue
        token = f"PERMITTED-SET-ASIDE-{tag}-{len(aside)}"
        pieces += [raw[kept:body], token.encode("ascii")]
        aside[token] = view[body:stop]
        kept = stop
    if not aside:
        return raw, {}
    pieces.append(raw[kept:])
    return b"".join(pieces), aside


def _put_back(msg: Message, aside: dict[str, memoryview]) -> bool:
    """Put each set-aside body back as its part's payload; False if a token is not exactly one leaf's
    whole payload."""
    found = 0
    for part in msg.walk():
        payload = part._payload  # the raw payload: get_payload() would decode it
        if isinstance(payload, str) and payload in aside:
            part.set_payload(str(aside[payload], "ascii", "surrogateescape"))
            found += 1
    return found == len(aside)
