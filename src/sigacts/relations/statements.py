"""Relations stated outright rather than reported as events: "X, an overt enemy of Y", "relations between
X and Y deteriorated", "they are united in the battle against X, Y and Z", "the army and its allied militia".

The stored article text is split into sentences; only sentences with a cue are read further, and in them
the knowledge base's names are found by trying word spans (longest first) with `ActorBase.resolve`. Cue
kinds:

- pair cues ("relations between X and Y", "alliance between X and Y"): the first two actors after the cue;
- side cues ("united against", "joined forces to fight"): every actor before the cue is friendly with the
  others before it and hostile to every actor after it (declared enmity);
- apposition cues ("X, an enemy of Y", "X, its allied Y", "X declared war on Y"): the last actor before the
  cue and the actors after it.

A statement is dated like an undated event (the month before publication); "months of" or "years of" in
the sentence stretch its start back.
"""

from __future__ import annotations

import re
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sigacts.records import Actor, Article
from sigacts.relations.evidence import FRIENDLY, HOSTILE, UNDATED_SPAN, RelationEvidence, actor_key
from sigacts.resources.actors import ActorBase

MAX_NAME_WORDS = 8
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u201d\u2019)]*\s+|\n\s*\n|\n(?=\S)")
_WORD = re.compile(r"[\w'\u2019-]+")
_BAD = r"(?:deteriorat\w*|worsen\w*|sour(?:ed|ing)?|strained|tense|hostile|bad|poor)"
_GOOD = r"(?:improv\w*|warm(?:ing|er)?|clos(?:e|er|ing)|good|friendly)"
_PAIR_CUES: tuple[tuple[re.Pattern[str], int, str], ...] = (
    (re.compile(rf"\b{_BAD}\s+(?:relations|relationship|ties)\s+between\b", re.IGNORECASE), HOSTILE, "hostility"),
    (re.compile(r"\b(?:tensions?|rivalry|feud|hostilit(?:y|ies)|enmity|infighting|animosity)\s+between\b", re.IGNORECASE),
     HOSTILE, "hostility"),
    (re.compile(rf"\b{_GOOD}\s+(?:relations|relationship|ties)\s+between\b", re.IGNORECASE), FRIENDLY, "cooperation"),
    (re.compile(r"\b(?:alliance|cooperation|coordination|rapprochement|reconciliation|partnership|pact)\s+"
                r"between\b", re.IGNORECASE), FRIENDLY, "alliance"),
)  # fmt: skip
_SIDE_CUES = re.compile(
    r"\b(?:united|allied|unite[sd]?|join(?:ed|ing|s)?\s+forces|band(?:ed)?\s+together|team(?:ed)?\s+up|"
    r"(?:fight|fighting|fought)\s+together|alongside\s+each\s+other)\b.{0,60}?\b(?:against|to\s+fight|to\s+battle|"
    r"to\s+combat|to\s+confront)\b",
    re.IGNORECASE,
)
_APPOSITION_CUES: tuple[tuple[re.Pattern[str], int, str], ...] = (
    (re.compile(r"\b(?:an?|the|its|their)\s+(?:\w+\s+){0,2}?(?:enemy|enemies|foe|foes|rival|rivals|adversary|"
                r"adversaries|nemesis|archenemy|arch-enemy)\s+of\b", re.IGNORECASE), HOSTILE, "enmity"),
    (re.compile(r"\bdeclared?\s+(?:war|jihad)\s+(?:on|against)\b", re.IGNORECASE), HOSTILE, "enmity"),
    (re.compile(r"\b(?:an?|the|its|their)\s+(?:\w+\s+){0,2}?(?:ally|allies|partner|partners|proxy|proxies)\s+of\b",
                re.IGNORECASE), FRIENDLY, "alliance"),
    (re.compile(r"\b(?:its|their)\s+(?:\w+\s+)?(?:allied|ally|allies|partner)\b", re.IGNORECASE), FRIENDLY, "alliance"),
    (re.compile(r"\b(?:allied|aligned)\s+(?:with|to)\b", re.IGNORECASE), FRIENDLY, "alliance"),
)  # fmt: skip
_ANY_CUE = re.compile(
    r"between|against|to fight|to battle|to combat|to confront|enem|foe|rival|adversar|nemesis|war on|war against|"
    r"jihad|all(?:y|ies|ied)|partner|proxy|proxies|aligned",
    re.IGNORECASE,
)
_LONG_AGO = ((re.compile(r"\byears\s+of\b|\bfor\s+years\b", re.IGNORECASE), 365), (re.compile(r"\bmonths\s+of\b|\bfor\s+months\b|"
             r"\bin\s+recent\s+months\b|\bpast\s+(?:few\s+|several\s+)?months\b", re.IGNORECASE), 180))  # fmt: skip


@dataclass(frozen=True)
class NamedActor:
    """A knowledge-base actor named in a sentence, with the character span of its name."""

    start: int
    end: int
    actor: Actor


def sentences(text: str) -> Iterator[str]:
    """The sentences of a stored article's text (a light split: statements need no parse)."""
    for part in _SENTENCE_END.split(text):
        part = " ".join(part.split())
        if part:
            yield part


def named_actors(sentence: str, base: ActorBase, when: date | None = None) -> list[NamedActor]:
    """Knowledge-base actors named in a sentence, longest name first, left to right, without overlaps."""
    words = [(m.start(), m.end()) for m in _WORD.finditer(sentence)]
    found: list[NamedActor] = []
    i = 0
    while i < len(words):
        for n in range(min(MAX_NAME_WORDS, len(words) - i), 0, -1):
            span = sentence[words[i][0] : words[i + n - 1][1]]
            if n == 1 and not span[:1].isupper():
                continue  # a lone lower-case word names no group ("rebels" needs a country)
            entry = base.resolve(span, when=when)
            if entry is not None:
                found.append(NamedActor(words[i][0], words[i + n - 1][1], entry.to_actor(span)))
                i += n
                break
        else:
            i += 1
    return found


def statements_in_article(article: Article, base: ActorBase) -> list[RelationEvidence]:
    """Every stated relation in an article's text."""
    found: list[RelationEvidence] = []
    for sentence in sentences(article.text):
        if _ANY_CUE.search(sentence):
            found += statements_in_sentence(sentence, base, article)
    return found


def statements_in_sentence(sentence: str, base: ActorBase, article: Article) -> list[RelationEvidence]:
    """The relations one sentence states, dated from the article's publication."""
    actors = named_actors(sentence, base, article.published)
    if len(actors) < 2:
        return []
    start, end = _statement_dates(sentence, article.published)
    triples = [*_pair_relations(sentence, actors), *_side_relations(sentence, actors),
               *_apposition_relations(sentence, actors)]  # fmt: skip
    out: list[RelationEvidence] = []
    seen: set[tuple[str, str, int]] = set()
    for a, b, sign, kind, rule in triples:
        key = (*sorted((actor_key(a), actor_key(b))), sign)
        if actor_key(a) == actor_key(b) or key in seen:
            continue
        seen.add(key)  # type: ignore[arg-type]
        out.append(RelationEvidence(a, b, sign, kind, 1.0, start, end, article.doc_id, sentence, None, rule))
    return out


Triple = tuple[Actor, Actor, int, str, str]


def _pair_relations(sentence: str, actors: Sequence[NamedActor]) -> Iterator[Triple]:
    for cue, sign, kind in _PAIR_CUES:
        for match in cue.finditer(sentence):
            after = [n for n in actors if n.start >= match.end()][:2]
            if len(after) == 2:
                yield after[0].actor, after[1].actor, sign, kind, "statement:pair"


def _side_relations(sentence: str, actors: Sequence[NamedActor]) -> Iterator[Triple]:
    match = _SIDE_CUES.search(sentence)
    if match is None:
        return
    before = [n.actor for n in actors if n.end <= match.start()]
    after = [n.actor for n in actors if n.start >= match.end()]
    for i, a in enumerate(before):
        for b in before[i + 1 :]:
            yield a, b, FRIENDLY, "alliance", "statement:side"
        for b in after:
            yield a, b, HOSTILE, "enmity", "statement:side"


def _apposition_relations(sentence: str, actors: Sequence[NamedActor]) -> Iterator[Triple]:
    for cue, sign, kind in _APPOSITION_CUES:
        for match in cue.finditer(sentence):
            before = [n for n in actors if n.end <= match.start()]
            after = [n for n in actors if n.start >= match.end()]
            if before and after:
                yield before[-1].actor, after[0].actor, sign, kind, "statement:apposition"


def _statement_dates(sentence: str, published: date | None) -> tuple[date | None, date | None]:
    if published is None:
        return None, None
    back = max((days for cue, days in _LONG_AGO if cue.search(sentence)), default=0)
    return published - max(UNDATED_SPAN, timedelta(days=back)), published
