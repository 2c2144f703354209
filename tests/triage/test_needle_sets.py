"""An expression runs only when one needle of each of its required sets is in the text; an
expression several phrases share runs once per text. Neither changes a hit (the corpus-wide
check is tests/triage/test_rules_round2.py::test_the_needle_filter_never_changes_a_match)."""

from __future__ import annotations

from caredesk.triage.rules import MORE_NEEDLE_SETS, Phrase, RuleSet, needles_of, pattern_expand

THANKS_THEN_ASK = r"\b(thanks|thank you)\b[^?\n]{0,40}\b(could you|can you)\b"


def _phrase(pattern: str, field: str = "urgency", value: str = "normal") -> Phrase:
    return Phrase(language="en", field=field, value=value, pattern=pattern)


def _within(needles: tuple[str, ...], words: tuple[str, ...]) -> bool:
    return all(any(needle in word for word in words) for needle in needles)


def test_needles_of_gives_the_set_looked_for_then_the_other_required_sets():
    sets = needles_of(pattern_expand(THANKS_THEN_ASK))
    assert 2 <= len(sets) <= 1 + MORE_NEEDLE_SETS
    thanks, ask = ("thanks", "thank you"), ("could you", "can you")
    assert all(_within(needles, thanks) or _within(needles, ask) for needles in sets)
    assert any(_within(needles, thanks) for needles in sets)
    assert any(_within(needles, ask) for needles in sets)


def test_a_set_implied_by_the_first_or_of_common_words_is_left_out():
    sets = needles_of(pattern_expand("hippopotamus (stuck|trapped) in the (pool|pond)"))
    # each whole match is one of four strings: every other set is part of each of them
    assert sets == (
        (
            "hippopotamus stuck in the pond",
            "hippopotamus stuck in the pool",
            "hippopotamus trapped in the pond",
            "hippopotamus trapped in the pool",
        ),
    )
    sets = needles_of(pattern_expand(r"\bno (heat|hot water)\b.{0,30}\bin (the|a) (unit|house)"))
    assert all(min(len(n.strip()) for n in needles) >= 2 for needles in sets[1:])
    assert not any({"in", "the", "a"} & set(needles) for needles in sets[1:])


def test_an_expression_runs_only_when_each_set_has_a_needle_in_the_text():
    rules = RuleSet.from_phrases([_phrase(THANKS_THEN_ASK)])
    (compiled,) = rules.every
    assert compiled.also  # a second set to check
    assert rules._wanted("thanks for fixing the gate") == []
    assert rules._wanted("could you fix the gate") == []
    assert rules._wanted("thanks, could you fix the gate") == [compiled]
    hits = rules.match(text="thanks, could you fix the gate", source="body")
    assert [hit.text for hit in hits] == ["thanks, could you"]


def test_phrases_sharing_an_expression_each_get_their_hit():
    pattern = r"\bgate (is )?stuck"
    rules = RuleSet.from_phrases(
        [
            _phrase(pattern, "urgency", "urgent"),
            _phrase(pattern, "category", "access"),
            _phrase(r"\bgate", "category", "access"),
        ]
    )
    assert [c.twin for c in rules.every] == [True, True, False]
    hits = rules.match(text="the gate is stuck and the gate is stuck", source="body")
    assert sorted((h.phrase.field, h.phrase.value, h.start) for h in hits) == [
        ("category", "access", 4),
        ("category", "access", 4),
        ("category", "access", 26),
        ("category", "access", 26),
        ("urgency", "urgent", 4),
        ("urgency", "urgent", 26),
    ]


def test_a_phrase_that_does_not_compile_is_left_out_with_a_warning(caplog):
    bad = Phrase(
        language="en",
        field="urgency",
        value="normal",
        pattern=r"(?<!has stopped|had )fan",  # the space makes the look-behind's width vary
        rule="phrase:99",
    )
    with caplog.at_level("WARNING", logger="caredesk.triage.rules"):
        rules = RuleSet.from_phrases([bad, _phrase(r"\bgate")])
    assert [c.phrase.pattern for c in rules.every] == [r"\bgate"]
    assert "phrase:99 is left out" in caplog.text
