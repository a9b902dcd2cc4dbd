"""The default sigacts pipeline and the heavy resources it is built from (loaded once)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from spacy.language import Language

from sigacts.pipeline.base import Pipeline
from sigacts.resources.actors import ActorBase
from sigacts.resources.gazetteer import Gazetteer, default_gazetteer
from sigacts.resources.lexicon import TriggerLexicon, default_lexicon
from sigacts.resources.nlp import load_nlp
from sigacts.resources.outlets import load_outlets
from sigacts.resources.spelling import TriggerSpelling, default_spelling
from sigacts.stages.assemble import Assemble
from sigacts.stages.attribution import Attribute
from sigacts.stages.clean import Clean
from sigacts.stages.dates import ResolveDates
from sigacts.stages.events import Events
from sigacts.stages.factuality import Factuality
from sigacts.stages.geocode import Geocode, actor_country_lookup, actor_vote_lookup
from sigacts.stages.mentions import Mentions
from sigacts.stages.resolve import ResolveActors
from sigacts.stages.segment import Segment, protected_words


@dataclass(frozen=True)
class Resources:
    """Everything the stages read but never change: model, actor base, gazetteer, trigger lexicon."""

    nlp: Language
    actors: ActorBase
    gazetteer: Gazetteer
    lexicon: TriggerLexicon
    spelling: TriggerSpelling | None = None  # misspelt trigger words; none: only words as the lexicon has them

    @classmethod
    def load(cls, extra_actor_files: Sequence[Path] = ()) -> Resources:
        """Load every resource once (the spaCy model, the actor base, the gazetteer index)."""
        return cls(
            nlp=load_nlp(),
            actors=ActorBase.load(tuple(extra_actor_files)),
            gazetteer=default_gazetteer(),
            lexicon=default_lexicon(),
            spelling=default_spelling(),
        )


def build_pipeline(resources: Resources) -> Pipeline:
    """clean → segment → mentions → events → factuality, attribution → geocode, actors, dates → records."""
    geocoder = Geocode(
        resources.gazetteer, actor_country_lookup(resources.actors), load_outlets().covered_country,
        actor_vote_lookup(resources.actors),
    )
    return Pipeline(
        [
            Clean(),
            Segment(resources.nlp, protected_words((a for a, _ in resources.actors.patterns()), resources.nlp.Defaults.stop_words)),
            Mentions(resources.nlp, resources.actors, resources.gazetteer),
            Events(resources.lexicon, resources.spelling),
            Factuality(),
            Attribute(),
            geocoder,
            ResolveActors(resources.actors),
            ResolveDates(),
            Assemble(geocoder, resources.actors),
        ]
    )
