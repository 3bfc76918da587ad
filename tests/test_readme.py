"""The README's rule catalogue is generated from the registry and must not drift."""

from __future__ import annotations

from pathlib import Path

from proxy.commands.rules import catalogue_markdown

README = Path(__file__).resolve().parents[1] / "README.md"


def rules_section(text: str) -> str:
    start = text.index("<!-- rules:begin -->") + len("<!-- rules:begin -->")
    return text[start : text.index("<!-- rules:end -->")].strip()


def test_readme_rule_catalogue_matches_the_registry() -> None:
    assert rules_section(README.read_text(encoding="utf-8")) == catalogue_markdown().strip(), (
        "README's rule table is out of date: run `python bench/update_readme.py`"
    )
