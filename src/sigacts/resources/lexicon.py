"""The event trigger lexicon: which words state which PLOVER event, read from a YAML file we ship."""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property, lru_cache
from importlib import resources as importlib_resources
from typing import Any

import yaml

from sigacts.errors import ConfigError
from sigacts.taxonomy import PLOVER_TYPES

TRIGGERS_FILE = "event_triggers.yaml"


@dataclass(frozen=True)
class TriggerSense:
    """What a trigger word means: PLOVER type and mode plus how to read its participants."""

    plover_type: str
    mode: str | None = None
    inverse: bool = False
    mutual: bool = False
    targets: tuple[str, ...] = ()
    needs_object: tuple[str, ...] = ()
    exclude_objects: tuple[str, ...] = ()
    cue: str | None = None
    intransitive: bool = False  # a trigger only without a direct object ("crowds gathered", not "gathered evidence")


@dataclass(frozen=True)
class TriggerLexicon:
    """Verb, noun and phrase triggers, plus the light verbs that carry a noun trigger."""

    verbs: dict[str, TriggerSense]
    nouns: dict[str, TriggerSense]
    phrases: dict[tuple[str, str], TriggerSense]
    light_verbs: frozenset[str]

    @cached_property
    def known_verbs(self) -> frozenset[str]:
        """Every verb the lexicon knows: triggers, light verbs and the verbs of phrases."""
        return frozenset(self.verbs) | self.light_verbs | frozenset(v for v, _ in self.phrases)


def _words(word: str, spec: dict[str, Any], key: str) -> tuple[str, ...]:
    values = tuple(spec.get(key, ()))
    if not all(isinstance(v, str) for v in values):
        # YAML reads a bare `on` or `no` as a boolean; the file must quote them
        raise ConfigError(f"trigger {word!r} in {TRIGGERS_FILE}: {key} must be words; quote 'on', 'no', 'off'")
    return values


def _sense(word: str, spec: dict[str, Any]) -> TriggerSense:
    plover = spec.get("type")
    if plover not in PLOVER_TYPES:
        raise ConfigError(f"trigger {word!r} in {TRIGGERS_FILE}: unknown PLOVER type {plover!r}")
    return TriggerSense(
        plover_type=plover,
        mode=spec.get("mode"),
        inverse=bool(spec.get("inverse", False)),
        mutual=bool(spec.get("mutual", False)),
        targets=_words(word, spec, "targets"),
        needs_object=_words(word, spec, "needs_object"),
        exclude_objects=_words(word, spec, "exclude_objects"),
        cue=spec.get("cue"),
        intransitive=bool(spec.get("intransitive", False)),
    )


def parse_lexicon(raw: dict[str, Any]) -> TriggerLexicon:
    """Build a TriggerLexicon from the parsed YAML mapping; ConfigError names a bad entry."""
    phrases: dict[tuple[str, str], TriggerSense] = {}
    for phrase, spec in (raw.get("phrases") or {}).items():
        words = phrase.split()
        if len(words) != 2:
            raise ConfigError(f"phrase {phrase!r} in {TRIGGERS_FILE} must be two words: verb and object/particle")
        phrases[(words[0], words[1])] = _sense(phrase, spec)
    return TriggerLexicon(
        verbs={w: _sense(w, s) for w, s in (raw.get("verbs") or {}).items()},
        nouns={w: _sense(w, s) for w, s in (raw.get("nouns") or {}).items()},
        phrases=phrases,
        light_verbs=frozenset(raw.get("light_verbs") or ()),
    )


@lru_cache(maxsize=1)
def default_lexicon() -> TriggerLexicon:
    """The lexicon shipped in sigacts/resources/data, loaded once."""
    text = importlib_resources.files("sigacts.resources").joinpath("data", TRIGGERS_FILE).read_text("utf-8")
    return parse_lexicon(yaml.safe_load(text))
