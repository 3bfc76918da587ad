"""The units' shortcuts (a repeated text scanned once, a topic looked up once per distinct topic set)
and the phrase alternations kept over `forget_texts` (the oldest dropped past the bound) give what the
plain readings, kept here, give: every unit scanned, every unit's set asked, the whole alternation."""

from __future__ import annotations

import random
from datetime import UTC, datetime

import pytest

from policies import Context, parse_message, phrases
from policies.rules._units import Unit, Units, all_units
from tests.policies.corpus_sample import corpus_paths, spread

NOW = datetime(2026, 6, 15, 12, 0, tzinfo=UTC)


def reference_topic_sets(units: list[Unit]) -> list[frozenset[str]]:
    return [phrases.topics_in(u.text) for u in units]


def reference_candidates(topic: str, units: Units) -> list[Unit]:
    """Every unit whose own topic set has the topic, in order."""
    return [u for u in units if topic in phrases.topics_in(u.text)]


def _topics() -> list[str]:
    found = {t for node in phrases._data().values() for t in phrases._topics(node)}
    return sorted(found)


def _corpus_units(count: int | None = None) -> list[Units]:
    """Every sampled message's units, or those of `count` messages spread over the sample."""
    paths = corpus_paths()
    if not paths:
        pytest.skip("no corpus")
    return [all_units(Context(parse_message(p.read_bytes()), NOW)) for p in (spread(paths, count) if count else paths)]


SENTENCES = [
    "Thanks for ordering the Personalized Bamboo Cutting Board (order 113-4829175-6630214).",
    "Could you leave us a review if you are happy with it?",
    "If you have any problem, please contact us first before leaving feedback.",
    "We do not offer discounts or gift cards for reviews.",
    "Your order has been shipped, tracking number RRL4471206128DE.",
    "Unsubscribe from our newsletter here.",
    "Vielen Dank für Ihre Bestellung, bitte bewerten Sie uns.",
    "Merci pour votre commande !",
    "ご注文ありがとうございます。",
    "Line 1",
    "Hi,",
    "Best regards, Owen",
]


def _generated(rng: random.Random, count: int) -> Units:
    """Units drawn with repeats (table rows, templates), as a message has them."""
    texts = [rng.choice(SENTENCES) for _ in range(count)]
    return Units(Unit(t, "text", i) for i, t in enumerate(texts))


def test_corpus_candidates_and_topic_sets_are_the_plain_readings() -> None:
    topics = _topics()
    for units in _corpus_units():
        assert units.topic_sets() == reference_topic_sets(units)
        for topic in topics:
            assert units.candidates(topic) == reference_candidates(topic, units), topic


@pytest.mark.parametrize("seed", range(20))
def test_generated_candidates_are_the_plain_readings(seed: int) -> None:
    rng = random.Random(seed)
    units = _generated(rng, rng.randint(0, 300))
    topics = _topics()
    rng.shuffle(topics)  # the order topics are asked in changes nothing
    assert units.topic_sets() == reference_topic_sets(units)
    for topic in topics:
        assert units.candidates(topic) == reference_candidates(topic, units), topic
        assert units.candidates(topic) == reference_candidates(topic, units), topic  # the memo too


def test_some_topic_comes_from_several_topic_sets_in_order() -> None:
    """The merge of several groups is exercised: a topic found in units of different topic sets."""
    units = Units(Unit(t, "text", i) for i, t in enumerate([*SENTENCES, *SENTENCES]))
    merged = [
        t for t in _topics() if len({units.topic_sets()[i] for i, u in enumerate(units) if u in units.candidates(t)}) > 1
    ]
    assert merged
    for topic in merged:
        assert [u.index for u in units.candidates(topic)] == sorted(u.index for u in units.candidates(topic))


def _full_matches(topic: str, text: str) -> list[tuple[int, int]]:
    compiled = phrases.pattern(topic)
    return [m.span() for m in compiled.finditer(text)] if compiled is not None else []


def test_kept_alternations_match_as_the_whole_alternation_across_forget_texts(monkeypatch: pytest.MonkeyPatch) -> None:
    """With room for two alternations per topic (the oldest dropped for each new one), and every text
    memo forgotten between rounds, each topic's matches are the whole alternation's."""
    monkeypatch.setattr(phrases, "_COMPILED_MAX", 2)
    phrases.forget_texts()
    for pre in phrases._PREFILTERED.values():
        if pre is not None:
            pre.compiled.clear()  # what earlier tests compiled (the bound drops one a compile)
    texts = [u.text for units in _corpus_units(12) for u in units]
    topics = [t for t in _topics() if t.startswith(("review.", "types.", "negation.", "links."))]
    # The whole alternation is slow to run; its matches do not change between the rounds.
    expected = {(topic, text): _full_matches(topic, text) for text in texts for topic in topics}
    for _ in range(2):
        for text in texts:
            for topic in topics:
                assert [m.span() for m in phrases.finditer(topic, text)] == expected[topic, text], (topic, text)
        for pre in phrases._PREFILTERED.values():
            assert pre is None or len(pre.compiled) <= 2
        phrases.forget_texts()


def test_marketing_case_sensitive_group_only_where_its_literals_are() -> None:
    """A unit with a case-sensitive alternative's words and without them: the whole alternation's matches."""
    texts = [
        "Reply STOP to stop these messages.",
        "reply stop to stop these messages.",
        "Text QUIT or STOP, or unsubscribe below.",
        "Thanks for your order!",
        "SALE: 20% off everything this weekend only, STOP by our shop.",
    ]
    phrases.forget_texts()
    for text in texts:
        for topic in ("links.opt_out", "types.marketing"):
            assert [m.span() for m in phrases.finditer(topic, text)] == _full_matches(topic, text), (topic, text)


def reference_may_quote(text: str) -> bool:
    from policies.message import _ATTRIBUTION_HINTS, _DOTTED_I

    folded = (text.translate(_DOTTED_I) if "ı" in text or "İ" in text else text).casefold()
    return any(hint in folded for hint in _ATTRIBUTION_HINTS)


def test_may_quote_is_the_every_hint_reading() -> None:
    from policies.message import may_quote

    paths = corpus_paths()
    texts = [parse_message(p.read_bytes()).body for p in paths]
    rng = random.Random(3)
    pieces = ["On Mon, Owen wrote:", "Am 3. Juni schrieb Owen:", "a écrit :", "escribió:", "ha scritto:", "--", "-",
              "のメッセージ", "書きました", "WROTE", "Wrote", "plain text ", "\n", "İ", "ı"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(500)]
    assert any(may_quote(t) for t in texts) and not all(may_quote(t) for t in texts)
    for text in texts:
        assert may_quote(text) == reference_may_quote(text), text


def test_body_units_are_the_named_tuples_unit_makes() -> None:
    from policies.rules._units import split_units, subject_unit

    paths = corpus_paths()
    if not paths:
        pytest.skip("no corpus")
    segmented = unseen = 0
    for p in paths:
        ctx = Context(parse_message(p.read_bytes()), NOW)
        msg = ctx.message
        pieces = [(s, kind) for kind, text in msg.own_segments for s in split_units(text)]
        pieces += [(s, "html") for text in msg.unseen_texts for s in split_units(text)]
        segmented += len(msg.own_segments) > 1
        unseen += bool(msg.unseen_texts)
        expected = [subject_unit(ctx), *(Unit(s, loc, i) for i, (s, loc) in enumerate(pieces))]
        units = all_units(ctx)
        assert units == expected
        assert all(type(u) is Unit for u in units)
        assert [(u.text, u.location, u.index) for u in units] == [tuple(u) for u in expected]
    assert segmented and unseen  # the corpus has both: HTML-only lines of an alternative, alt texts


def test_matches_is_finditer_as_a_tuple() -> None:
    phrases.forget_texts()
    for text in SENTENCES:
        for topic in ("review.direct", "negation.before", "negation.boundary", "review.benefit", "types.confirm"):
            assert [m.span() for m in phrases.matches(topic, text, None)] == _full_matches(topic, text)
            assert list(phrases.matches(topic, text, None)) == phrases.finditer(topic, text)


def test_scan_topics_are_the_literal_by_literal_union() -> None:
    """_scan's topics: those some alternative of which has no literal, and those of each literal found;
    every topic whose whole alternation matches the text is among them."""
    _automaton, _short, literals, needing, always, _number = phrases._index()
    phrases.forget_texts()
    texts = [u.text for units in _corpus_units(12) for u in units] + SENTENCES + [""]
    topics = _topics()
    for text in texts:
        found, got = phrases._scan(text)
        expected = set(always)
        for i in found:
            expected |= needing[i]
        assert got == frozenset(expected)
        assert found == frozenset(i for i, lit in enumerate(literals) if lit in phrases.fold(text))
        for topic in topics:
            if _full_matches(topic, text):
                assert topic in got, (topic, text)


def test_topic_in_every_topic_set_gives_every_unit() -> None:
    texts = ["Please leave a review.", "Hi,", "Leave us a review now!", "Please leave a review.", "Thanks, Owen"]
    units = Units(Unit(t, "text", i) for i, t in enumerate(texts))
    groups = units._positions_by_topics()
    every = [t for t in _topics() if all(t in topics for topics, _ in groups)]
    assert len(groups) > 1 and every
    for topic in _topics():
        assert units.candidates(topic) == reference_candidates(topic, units), topic
