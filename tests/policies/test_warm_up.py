"""`warm_up()` loads before the first message what that message would otherwise wait for, and each
language's typical message it judges is one a seller may send (a rule firing on it is a false positive)."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from policies import Context, evaluate, parse_message, phrases, warm_up
from policies.language import _model
from policies.marketplace import marketplace_for
from policies.rules.spelling import _SPELL_LANGS, _dictionary


@pytest.mark.parametrize("lang", phrases.languages())
def test_each_language_has_a_compliant_typical_message(lang: str) -> None:
    body = phrases.warm_up_message(lang)
    assert len(body) > 100
    raw = (
        f"From: seller@example.com\r\nTo: buyer@marketplace.{marketplace_for(lang)}\r\n"
        "Subject: Order 113-0000000-0000000\r\n"
        "MIME-Version: 1.0\r\nContent-Type: text/plain; charset=utf-8\r\nContent-Transfer-Encoding: 8bit\r\n\r\n"
        + body.replace("\n", "\r\n")
    ).encode()
    msg = parse_message(raw)
    assert msg.languages[0][0] == lang
    result = evaluate(Context(msg, datetime(2026, 6, 15, tzinfo=UTC)))
    # Unknown order (no store here): only the order rules may speak.
    assert {f.rule for f in result.findings} <= {"order-id.unknown"}


def test_warm_up_loads_the_model_and_every_dictionary() -> None:
    warm_up()
    assert _model.cache_info().currsize == 1
    loaded = {lang for lang in _SPELL_LANGS if _dictionary.cache_info().currsize and _dictionary(lang)}
    assert loaded == set(_SPELL_LANGS)
    assert _dictionary.cache_info().currsize >= len(_SPELL_LANGS)
