"""Metrics used by the evaluations: accuracy, macro F1, distances, error curves."""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence

from sigacts.resources.gazetteer import haversine_km

__all__ = ["accuracy", "error_curve_auc", "haversine_km", "macro_f1", "share", "within_percent"]


def accuracy(hits: Iterable[bool]) -> float | None:
    """Share of True values; None when there is nothing to score."""
    values = list(hits)
    return sum(values) / len(values) if values else None


def share(count: int, total: int) -> float | None:
    """count / total, or None when total is 0."""
    return count / total if total else None


def macro_f1(pairs: Sequence[tuple[Hashable, Hashable | None]], labels: Iterable[Hashable] | None = None) -> float | None:
    """Macro-averaged F1 over the gold labels (or `labels`); a prediction of None is a miss.

    Each pair is (gold, predicted). A predicted label outside the label set still counts as a false
    positive of nothing and a false negative of the gold label, as in scikit-learn with `labels=`.
    """
    if not pairs:
        return None
    classes = list(dict.fromkeys(labels if labels is not None else (g for g, _ in pairs)))
    scores = []
    for label in classes:
        tp = sum(1 for g, p in pairs if g == label and p == label)
        fp = sum(1 for g, p in pairs if g != label and p == label)
        fn = sum(1 for g, p in pairs if g == label and p != label)
        denominator = 2 * tp + fp + fn
        scores.append(2 * tp / denominator if denominator else 0.0)
    return sum(scores) / len(scores) if scores else None


def within_percent(ours: float | None, gold: float, percent: float) -> bool:
    """Whether `ours` is within `percent` % of `gold` (exact when gold is 0; None is 0)."""
    value = ours or 0
    if gold == 0:
        return value == 0
    return abs(value - gold) <= abs(gold) * percent / 100


def error_curve_auc(errors_km: Sequence[float], max_error_km: float = 20039.0) -> float | None:
    """Area under the curve of log errors (Gritta et al. 2019): 0 is perfect, 1 is as wrong as possible."""
    if not errors_km:
        return None
    scale = math.log(max_error_km + 1)
    return sum(math.log(min(e, max_error_km) + 1) / scale for e in errors_km) / len(errors_km)
