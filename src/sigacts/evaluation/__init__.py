"""Measured accuracy: gold corpora loaders, metrics and reports (`sigacts evaluate KIND PATH`).

Each kind reads a third-party gold file as it is published and scores the pipeline's events on it:
`acled`, `case2021`, `plover`, `fakes`. Nothing here is ever trained on those files.
"""

from sigacts.evaluation.base import EvalReport, GoldItem
from sigacts.evaluation.runner import TASKS, code_items, evaluate, load_gold, write_errors

__all__ = ["TASKS", "EvalReport", "GoldItem", "code_items", "evaluate", "load_gold", "write_errors"]
