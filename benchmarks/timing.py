"""What every benchmark here shares: ours and the baseline timed in turns, medians, cold caches.

Ours and its baseline always run in the same process and alternate, so a noisy moment on a shared
machine hits both alike; a ratio is the median of ours over the median of the baseline.
"""

from __future__ import annotations

import gc
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"
if str(SRC) not in sys.path:
    sys.path.insert(0, str(SRC))


def seconds(function: Callable[[], object]) -> float:
    start = time.perf_counter()
    function()
    return time.perf_counter() - start


def in_turns(
    ours: Callable[[], object], baseline: Callable[[], object], repeat: int,
    before: Callable[[], object] | None = None,
) -> tuple[float, float]:
    """(median seconds of ours, median seconds of the baseline), alternating; ``before`` runs
    untimed before each of ours (to clear caches)."""
    mine: list[float] = []
    base: list[float] = []
    for _ in range(repeat):
        base.append(seconds(baseline))
        if before is not None:
            before()
        gc.collect()
        mine.append(seconds(ours))
    return statistics.median(mine), statistics.median(base)


def clear_caches(prefix: str = "crisiskaart") -> int:
    """Empty every functools cache in our own modules: the first export of a session is measured,
    not the hundredth. Returns how many caches were cleared."""
    cleared = 0
    for name, module in list(sys.modules.items()):
        if module is None or not (name == prefix or name.startswith(prefix + ".")):
            continue
        for value in list(vars(module).values()):
            for candidate in _cached(value):
                candidate.cache_clear()
                cleared += 1
    return cleared


def _cached(value: object) -> list:
    found = []
    if callable(getattr(value, "cache_clear", None)) and hasattr(value, "cache_info"):
        found.append(value)
    if isinstance(value, type):
        for member in vars(value).values():
            inner = getattr(member, "__func__", member)
            if callable(getattr(inner, "cache_clear", None)) and hasattr(inner, "cache_info"):
                found.append(inner)
    return found


def ratio(ours: float, baseline: float) -> float:
    return round(ours / baseline, 3) if baseline > 0 else float("nan")


__all__ = ["SRC", "clear_caches", "in_turns", "ratio", "seconds"]
