"""The labelled corpus (../shared/corpus) through `permitted check`, as its README prescribes."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from proxy.cli import main

CORPUS = Path(os.environ.get("PERMITTED_CORPUS", Path(__file__).resolve().parents[2] / "shared" / "corpus"))
# The project's own corpora (tests/corpus_*/), written independently of the rules (each README.md says
# how), same format: every folder with a labels.json is one.
OWN = sorted(p for p in Path(__file__).resolve().parent.glob("corpus_*") if (p / "labels.json").exists())

# Cases the rules still get wrong, each with the reason: strict, so a fix makes the test say so.
KNOWN_MISSES: dict[str, str] = {
    "corpus_eightieth-29-de-wetter-freiburg": "type.thank-you-only: a temperature in the weather talk ('über 25 Grad') reads as a measure, a content cue; a weather exclusion would cost real measures ('nicht über 40 Grad')",
    "corpus_eightieth-40-nl-winkelkat": "type.thank-you-only: the shop cat slept on 'uw pakketje', and a parcel is a delivery detail, a content cue",
    "corpus_eightysecond-35-mx-familia": "type.thank-you-only: the family chatter 'mi esposo lleva los paquetes a la paquetería' holds the Spanish delivery cue 'paquete' (a parcel detail is content), so the small-talk reading sees content",
    "corpus_eightyfirst-29-fr-nappe-meteo": "type.thank-you-only: 'après un mois de mai pluvieux' reads as the time cue 'après' of an instruction ('après usage'); the two cannot be told apart by the word",
    "corpus_eightyfirst-30-fr-bougie-chat": "type.thank-you-only: 'Votre colis a été préparé sous l'oeil du chat' names the parcel, a delivery cue",
    "corpus_eightyfirst-33-fr-bols-fabrication": "type.thank-you-only: 'avant une première cuisson' (the making story) is the cue of 'avant la première utilisation', and 'Chaque pièce est un peu différente' is a product fact",
    "corpus_eightyfirst-36-fr-be-chargeur-aide": "type.thank-you-only: the offer of help names the product ('En cas de souci avec votre chargeur, n'hésitez pas'), so it is not read as filler",
    "corpus_eightyfirst-39-it-ciotola-cane": "type.thank-you-only: the shop dog's story names the parcel and the courier ('pacco', 'corriere'), delivery cues",
    "corpus_eightyfirst-43-it-bicchieri-storia": "type.thank-you-only: the workshop's story has 'quando' (past) and 'pacco', cues of an instruction and of a delivery",
}
NOW = "2026-06-15T12:00:00Z"

pytestmark = pytest.mark.skipif(not (CORPUS / "labels.json").exists(), reason=f"no corpus at {CORPUS}")


def _cases() -> list[tuple[Path, dict]]:
    out: list[tuple[Path, dict]] = []
    for root in (CORPUS, *OWN):
        if (root / "labels.json").exists():
            out += [(root, case) for case in json.loads((root / "labels.json").read_text(encoding="utf-8"))]
    return out


def _check(capsys: pytest.CaptureFixture[str], root: Path, files: list[str]) -> tuple[int, list[dict]]:
    capsys.readouterr()
    status = main([
        "check", "--orders", str(root / "orders.csv"), "--now", NOW, "--sequence", "--format", "json",
        *[str(root / f) for f in files],
    ])
    out = capsys.readouterr().out
    return status, [json.loads(line) for line in out.splitlines() if line.strip()]


def _params() -> list[object]:
    out: list[object] = []
    for root, case in _cases():
        case_id = f"{root.name}-{Path(case['file']).stem}"
        marks = [pytest.mark.xfail(strict=True, reason=KNOWN_MISSES[case_id])] if case_id in KNOWN_MISSES else []
        out.append(pytest.param(root, case, id=case_id, marks=marks))
    return out


@pytest.mark.parametrize(("root", "case"), _params())
def test_corpus_case(root: Path, case: dict, capsys: pytest.CaptureFixture[str]) -> None:
    status, results = _check(capsys, root, [*case.get("after", []), case["file"]])
    result = results[-1]
    fired = {f["rule"] for f in result["findings"]}
    verdict = "relay" if result["verdict"] in ("relay", "warn") else result["verdict"]
    summary = [(f["rule"], f["evidence"]) for f in result["findings"]]
    assert verdict == case["verdict"], summary
    assert set(case["rules"]) <= fired, summary
    assert not fired & set(case["absent"]), summary
    assert fired - set(case["rules"]) <= set(case.get("tolerated", [])), summary
    if not case.get("after"):
        assert status == (0 if verdict == "relay" else 1)


def test_check_console_script_json_and_exit_status(tmp_path: Path) -> None:
    """The installed `permitted` command, as a seller would run it."""
    files = [str(CORPUS / "cases" / "01-review-request-neutral.eml"), str(CORPUS / "cases" / "38-review-reminder-repeat.eml")]
    cmd = [sys.executable, "-m", "proxy", "check", "--orders", str(CORPUS / "orders.csv"), "--now", NOW,
           "--sequence", "--format", "json", *files]
    done = subprocess.run(cmd, capture_output=True, text=True, timeout=120)
    lines = [json.loads(line) for line in done.stdout.splitlines()]
    assert [line["verdict"] for line in lines] == ["relay", "reject"]
    assert lines[1]["findings"][0]["rule"] == "review.repeat"
    assert set(lines[1]["findings"][0]) == {"rule", "action", "message", "evidence", "location", "guideline"}
    assert done.returncode == 1
    # Without --sequence each file is judged alone: the reminder is then a first request.
    alone = subprocess.run(cmd[:-3] + ["--format", "json", files[1]], capture_output=True, text=True, timeout=120)
    assert "review.repeat" not in alone.stdout


def test_check_usage_errors_name_the_problem(tmp_path: Path) -> None:
    missing = tmp_path / "nope.eml"
    done = subprocess.run([sys.executable, "-m", "proxy", "check", str(missing)], capture_output=True, text=True, timeout=60)
    assert done.returncode == 2
    assert str(missing) in done.stderr and "cannot read" in done.stderr
    bad_now = subprocess.run(
        [sys.executable, "-m", "proxy", "check", "--now", "yesterday", str(CORPUS / "cases" / "01-review-request-neutral.eml")],
        capture_output=True, text=True, timeout=60,
    )
    assert bad_now.returncode == 2 and "ISO 8601" in bad_now.stderr


def test_check_text_report_quotes_the_excerpt(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", "--orders", str(CORPUS / "orders.csv"), "--now", NOW,
                   str(CORPUS / "cases" / "42-recensione-link-http.eml")])
    out = capsys.readouterr().out
    assert status == 1
    assert "REJECT" in out and "link.insecure" in out and "http://" in out
