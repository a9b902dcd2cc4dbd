"""The exception tree of sigacts. Every error a user can see is one of these.

    SigactsError
     ├── InputError         a file or record we cannot read (binary, empty, wrong encoding, malformed)
     │    └── SkippedInput  readable, but not for us (non-English, no article text)
     ├── ConfigError        a setting, resource or model that is missing or wrong
     ├── PipelineError      stages declared in an order whose requirements are not met
     ├── StageError         a stage failed on one document (the batch goes on)
     └── StorageError       the store could not be opened, migrated or written

Each message says what went wrong and what to do next.
"""

from __future__ import annotations


class SigactsError(Exception):
    """Base of every error sigacts raises on purpose."""


class InputError(SigactsError):
    """An input that cannot be read: binary, empty, undecodable or malformed."""


class SkippedInput(InputError):
    """An input that is readable but not processed (e.g. not English)."""


class ConfigError(SigactsError):
    """A missing or invalid setting, resource or model."""


class PipelineError(SigactsError):
    """A pipeline whose stages do not fit together."""


class StageError(SigactsError):
    """A stage failed on one document."""

    def __init__(self, stage: str, doc_id: str, cause: BaseException) -> None:
        super().__init__(f"stage {stage!r} failed on article {doc_id}: {cause!r}")
        self.stage = stage
        self.doc_id = doc_id
        self.cause = cause


class StorageError(SigactsError):
    """The store could not be opened, migrated or written."""
