"""Progress of one ingest, reported by its stages: ``progress(stage, done, total)``.

Stages: "parse" (pages), "ocr" (pages), "embed" (pages whose chunks are embedded), "store" (0 of 1, then 1 of 1).
A callback must be cheap and must not raise; ingest never depends on it.
"""

from __future__ import annotations

from collections.abc import Callable

ProgressFn = Callable[[str, int, int], None]

STAGES = ("parse", "ocr", "embed", "store")
# Share of the wall time each stage takes (measured: parsing ~10 % of a text PDF's ingest, embedding ~85 %).
WEIGHTS = {"parse": 0.10, "ocr": 0.0, "embed": 0.85, "store": 0.05}


def report(progress: ProgressFn | None, stage: str, done: int, total: int) -> None:
    if progress is None:
        return
    try:
        progress(stage, done, total)
    except Exception:  # noqa: BLE001 - a display problem never stops an ingest
        pass


def fraction(stage: str, done: int, total: int, ocr_weight: float = 0.0) -> float:
    """Overall fraction 0..1 of an ingest that is at ``stage`` with ``done`` of ``total``."""
    weights = dict(WEIGHTS)
    if ocr_weight:
        weights["ocr"] = ocr_weight
    norm = sum(weights.values())
    before = sum(weights[s] for s in STAGES[: STAGES.index(stage)]) if stage in STAGES else 0.0
    part = weights.get(stage, 0.0) * (done / total if total else 0.0)
    return max(0.0, min(1.0, (before + part) / norm))
