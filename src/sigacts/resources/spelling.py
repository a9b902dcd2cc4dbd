"""Misspelt trigger words read as the word meant: "demosntrated", "protestedt", "portest".

Field notes are typed in haste; a protest whose one verb is misspelt would be lost. A word is read as a
trigger when it is one edit (a letter added, dropped, changed, or two neighbours swapped) from a form of
a trigger word of six letters or more, and is itself no English word: "protect" stays "protect",
"raised" stays "raised". The English words are those the spaCy lemmatiser knows (WordNet lemmas and
their regular and irregular forms), so no word list of our own is needed.

The index is built once: every trigger form and every form with one letter dropped points to the trigger
forms it came from (the "symmetric delete" trick), so looking a word up costs one dictionary probe per
letter and is only done for words the lexicon does not already know.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass
from functools import lru_cache

from spacy.language import Language

from sigacts.resources.lexicon import default_lexicon
from sigacts.resources.nlp import load_nlp

MIN_LENGTH = 6  # shorter words have too many real neighbours one edit away
POS_TABLES = ("noun", "verb", "adj", "adv")
VOWELS = frozenset("aeiou")


@dataclass(frozen=True)
class Correction:
    """The trigger word a misspelling stands for: its lemma and whether it is the verb or the noun."""

    lemma: str
    kind: str  # "verb" or "noun"
    form: str  # the intended word form ("demonstrated")


class TriggerSpelling:
    """Finds the trigger word one edit away from a word no dictionary knows."""

    def __init__(self, verbs: Iterable[str], nouns: Iterable[str], is_word: Callable[[str], bool]) -> None:
        self.is_word = is_word
        # a form may be a verb's and a noun's ("protests"): each kind keeps its own reading
        self.forms: dict[str, dict[str, Correction]] = defaultdict(dict)
        for kind, lemmas, inflect in (("verb", verbs, verb_forms), ("noun", nouns, noun_forms)):
            for lemma in lemmas:
                for form in inflect(lemma):
                    if len(form) >= MIN_LENGTH and form.isalpha():
                        self.forms[form].setdefault(kind, Correction(lemma, kind, form))
        # "blockaders", "picketers": the doers of a trigger are words of their own, whatever the dictionary says
        self.doers = {doer for lemma in (*self.forms, *(c.lemma for r in self.forms.values() for c in r.values()))
                      for doer in doer_nouns(lemma)}  # fmt: skip
        self._index: dict[str, set[str]] = defaultdict(set)
        for form in self.forms:
            for key in _deletes(form):
                self._index[key].add(form)

    def correct(self, word: str, kind: str | None = None) -> Correction | None:
        """The trigger `word` misspells, or None (a known word, too short, or no single close trigger).

        `kind` ("verb" or "noun", from the parse) picks between a verb and a noun both one edit away
        ("portest": the verb or the noun "protest").
        """
        low = word.lower()
        if len(low) < MIN_LENGTH or not low.isalpha() or low in self.forms or low in self.doers:
            return None
        found = [c for key in _deletes(low) for form in self._index.get(key, ()) if _one_edit(low, form)
                 for c in self.forms[form].values()]  # fmt: skip
        if kind is not None and len({c.kind for c in found}) > 1:
            found = [c for c in found if c.kind == kind]
        if len({c.lemma for c in found}) != 1 or self.is_word(low):
            return None
        return min(found, key=lambda c: (c.kind != kind, c.form))


def verb_forms(lemma: str) -> set[str]:
    """Regular forms of a verb: "protest" -> protests, protested, protesting; "rally" -> rallied."""
    if lemma.endswith("e"):
        return {lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"}
    if lemma.endswith("y") and lemma[-2:-1] not in VOWELS:
        return {lemma, lemma[:-1] + "ies", lemma[:-1] + "ied", lemma + "ing"}
    return {lemma, _plural(lemma), lemma + "ed", lemma + "ing"}


def noun_forms(lemma: str) -> set[str]:
    """A noun and its plural."""
    return {lemma, _plural(lemma)}


def doer_nouns(lemma: str) -> set[str]:
    """Who does what a word names: "blockade" -> blockader(s), "protest" -> protester(s), protestor(s)."""
    stem = lemma.removesuffix("e")
    return {stem + ending for ending in ("er", "ers", "or", "ors")}


def _plural(word: str) -> str:
    if word.endswith(("s", "x", "z", "ch", "sh")):
        return word + "es"
    if word.endswith("y") and word[-2:-1] not in VOWELS:
        return word[:-1] + "ies"
    return word + "s"


def english_words(nlp: Language) -> Callable[[str], bool]:
    """Whether a lower-case word is English by the model's lemmatiser tables (any part of speech)."""
    lookups = nlp.get_pipe("lemmatizer").lookups  # type: ignore[attr-defined]
    index_table, exc_table, rule_table = (lookups.get_table(n) for n in ("lemma_index", "lemma_exc", "lemma_rules"))
    lemmas = {pos: set(index_table.get(pos, ())) for pos in POS_TABLES}
    exceptions = {w for pos in POS_TABLES for w in exc_table.get(pos, {})}
    # plural and verb endings, each on its own part of speech; not comparatives: "portest" would be the
    # superlative of the adjective "port" and no protest would be found
    rules = [(pos, old, new) for pos in ("noun", "verb") for old, new in rule_table.get(pos, ())]

    def is_word(word: str) -> bool:
        if word in exceptions or any(word in known for known in lemmas.values()):
            return True
        return any(word.endswith(old) and word[: len(word) - len(old)] + new in lemmas[pos] for pos, old, new in rules)

    return is_word


def trigger_spelling(verbs: Mapping[str, object], nouns: Mapping[str, object], nlp: Language) -> TriggerSpelling:
    """The spelling index of a lexicon's verb and noun triggers, with the model's English words."""
    return TriggerSpelling(verbs, nouns, english_words(nlp))


@lru_cache(maxsize=1)
def default_spelling() -> TriggerSpelling:
    """The spelling index of the shipped lexicon and the default model, built once."""
    lexicon = default_lexicon()
    return trigger_spelling(lexicon.verbs, lexicon.nouns, load_nlp())


def _deletes(word: str) -> set[str]:
    return {word} | {word[:i] + word[i + 1 :] for i in range(len(word))}


def _one_edit(a: str, b: str) -> bool:
    """True when `a` and `b` differ by one insertion, deletion, substitution or swap of neighbours."""
    if a == b or abs(len(a) - len(b)) > 1:
        return False
    if len(a) > len(b):
        a, b = b, a
    i = 0
    while i < len(a) and a[i] == b[i]:
        i += 1
    if len(a) < len(b):
        return a[i:] == b[i + 1 :]
    return a[i + 1 :] == b[i + 1 :] or (i + 1 < len(a) and a[i] == b[i + 1] and a[i + 1] == b[i] and a[i + 2 :] == b[i + 2 :])
