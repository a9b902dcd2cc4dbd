"""The spelling index of trigger words: one edit from a trigger, and no English word itself."""

from __future__ import annotations

import pytest

from sigacts.resources.spelling import TriggerSpelling, default_spelling

ENGLISH = frozenset({"protect", "protected", "raised", "retain"})


@pytest.fixture
def spelling() -> TriggerSpelling:
    return TriggerSpelling(["protest", "raid", "demonstrate"], ["protest", "demonstration"], ENGLISH.__contains__)


@pytest.mark.parametrize(
    ("word", "kind", "lemma", "meant"),
    [
        ("protestd", None, "protest", "verb"),  # a letter dropped
        ("protestedt", None, "protest", "verb"),  # a letter added
        ("demosntrated", None, "demonstrate", "verb"),  # neighbours swapped
        ("demonstartion", None, "demonstration", "noun"),
        ("portest", "noun", "protest", "noun"),  # the parse says which of verb and noun
        ("portest", "verb", "protest", "verb"),
    ],
)
def test_a_misspelling_is_read_as_the_trigger(
    spelling: TriggerSpelling, word: str, kind: str | None, lemma: str, meant: str
) -> None:
    found = spelling.correct(word, kind)
    assert found is not None and (found.lemma, found.kind) == (lemma, meant)


@pytest.mark.parametrize(
    "word", ["protected", "raised", "protest", "raids", "prots", "prtstssd", "Protest2", "raiders", "demonstrators"]
)
def test_known_short_or_distant_words_are_left_alone(spelling: TriggerSpelling, word: str) -> None:
    assert spelling.correct(word) is None


def test_the_model_dictionary_knows_real_neighbours_of_triggers() -> None:
    spelling = default_spelling()
    assert [w for w in ("protect", "protects", "raised", "sounded", "founded", "bottles") if spelling.correct(w)] == []
    assert spelling.correct("demosntrated") is not None
