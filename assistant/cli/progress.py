"""A progress bar for `rodatraden ingest` and `start` (rich): one bar per file with its stage, pages done of
total and an estimate of the time left. Quiet (no bar) when stderr is not a terminal, unless forced."""

from __future__ import annotations

import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from ingest.progress import ProgressFn, fraction

STAGE_SV = {"parse": "tolkar", "ocr": "OCR", "embed": "indexerar", "store": "sparar"}


@contextmanager
def file_bars(force: bool = False) -> Iterator[object]:
    """Yields ``on_file(path, n, of) -> ProgressFn`` for :func:`index.pipeline.ingest_paths`."""
    if not (force or sys.stderr.isatty()):
        yield None
        return
    from rich.console import Console
    from rich.progress import BarColumn, Progress, TextColumn, TimeElapsedColumn, TimeRemainingColumn

    progress = Progress(
        TextColumn("[bold]{task.fields[name]}"), BarColumn(), TextColumn("{task.fields[stage]}"),
        TextColumn("s. {task.fields[pages]}"), TimeElapsedColumn(), TextColumn("kvar / left"), TimeRemainingColumn(),
        console=Console(stderr=True), transient=False, refresh_per_second=4,
    )
    last: list[int] = []

    def on_file(path: Path, n: int, of: int) -> ProgressFn:
        if last:  # the previous file has ended
            progress.update(last[-1], completed=1000, stage="klar / done")
        task = progress.add_task("", total=1000, name=f"[{n}/{of}] {path.name[:40]}", stage="", pages="–")
        last.append(task)

        def step(stage: str, done: int, total: int) -> None:
            fields = {"stage": STAGE_SV.get(stage, stage)}
            if stage != "store":
                fields["pages"] = f"{done}/{total}"
            progress.update(task, completed=int(1000 * fraction(stage, done, total)), **fields)

        return step

    with progress:
        try:
            yield on_file
        finally:
            if last:
                progress.update(last[-1], completed=1000, stage="klar / done")
