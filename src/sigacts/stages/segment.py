"""Segment stage: run spaCy once over the cleaned text; sentences keep offsets into that text."""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from typing import Any, ClassVar

from spacy.language import Language
from spacy.tokens import Doc

from sigacts.pipeline.base import Document
from sigacts.records import Sentence

NEWLINE_COMPONENT = "sigacts_newline_boundaries"


@Language.component(NEWLINE_COMPONENT)
def newline_boundaries(doc: Doc) -> Doc:
    """Start a sentence after every line break: headlines, datelines and paragraphs never merge."""
    for token in doc[1:]:
        if "\n" in doc[token.i - 1].text or "\n" in doc[token.i - 1].whitespace_:
            token.is_sent_start = True
    return doc


def add_newline_boundaries(nlp: Language) -> Language:
    """Insert the line-break sentence splitter before the parser (once)."""
    if NEWLINE_COMPONENT not in nlp.pipe_names:
        nlp.add_pipe(NEWLINE_COMPONENT, before="parser" if "parser" in nlp.pipe_names else None)
    return nlp


class Segment:
    """Parse the text with spaCy (tokens, tags, dependencies, NER) and list its sentences."""

    name: ClassVar[str] = "segment"
    version: ClassVar[str] = "1"
    requires: ClassVar[tuple[str, ...]] = ("text",)
    provides: ClassVar[tuple[str, ...]] = ("spacy_doc", "sentences")

    def __init__(self, nlp: Language, protected: Iterable[str] = ()) -> None:
        self.nlp = add_newline_boundaries(nlp)
        # Capitalised actor names that are also English words ("IS"): the tagger and parser read them as
        # verbs unless their norm says otherwise; the text itself is never changed.
        self.protected = {word: word.lower() * 2 for word in protected}

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed = self.parse(doc["text"])
        return {"spacy_doc": parsed, "sentences": sentences_of(parsed)}

    def process_batch(self, docs: Sequence[Document]) -> list[Mapping[str, Any]]:
        """Parse a batch with nlp.pipe (several times faster than one text at a time)."""
        prepared = [self.tokenize(doc["text"]) for doc in docs]
        parsed = list(self.nlp.pipe(prepared, batch_size=len(prepared)))
        return [{"spacy_doc": p, "sentences": sentences_of(p)} for p in parsed]

    def parse(self, text: str) -> Doc:
        """Tokenise, protect actor names, then run every spaCy component."""
        parsed = self.tokenize(text)
        for _, component in self.nlp.pipeline:
            parsed = component(parsed)
        return parsed

    def tokenize(self, text: str) -> Doc:
        """Tokens with protected actor names given a neutral norm (the text is unchanged)."""
        parsed = self.nlp.make_doc(text)
        if self.protected:
            for token in parsed:
                norm = self.protected.get(token.text)
                if norm is not None:
                    token.norm_ = norm
        return parsed


def protected_words(aliases: Iterable[str], stop_words: Iterable[str]) -> set[str]:
    """All-capital one-word aliases whose lower case is an English stop word ("IS", "US", "AM")."""
    stops = {w.lower() for w in stop_words}
    return {a for a in aliases if a.isupper() and " " not in a and a.lower() in stops}


def sentences_of(parsed: Doc) -> list[Sentence]:
    """Non-blank sentences of a parsed Doc, stripped, with offsets into the Doc's text."""
    out: list[Sentence] = []
    for span in parsed.sents:
        stripped = span.text.strip()
        if not stripped:
            continue
        start = span.start_char + (len(span.text) - len(span.text.lstrip()))
        out.append(Sentence(len(out), start, start + len(stripped), stripped))
    return out
