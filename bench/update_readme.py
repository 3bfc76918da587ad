"""Regenerate README.md's rule catalogue from the registry: `python bench/update_readme.py`."""

from __future__ import annotations

from pathlib import Path

from proxy.commands.rules import catalogue_markdown

README = Path(__file__).resolve().parents[1] / "README.md"

text = README.read_text(encoding="utf-8")
start = text.index("<!-- rules:begin -->") + len("<!-- rules:begin -->")
end = text.index("<!-- rules:end -->")
README.write_text(text[:start] + "\n" + catalogue_markdown().strip() + "\n" + text[end:], encoding="utf-8")
print("README.md rule catalogue updated")
