"""Segment stage: run spaCy once over the cleaned text; sentences keep offsets into that text."""

from __future__ import annotations

from collections.abc import Mapping
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

    def __init__(self, nlp: Language) -> None:
        self.nlp = add_newline_boundaries(nlp)

    def __call__(self, doc: Document) -> Mapping[str, Any]:
        parsed = self.nlp(doc["text"])
        return {"spacy_doc": parsed, "sentences": sentences_of(parsed)}


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
