"""Every benchmark in one run: each ratio against a baseline measured in the same run.

    .venv/bin/python benchmarks/run.py [--quick] [--json]

``--quick`` takes fewer repetitions (under a minute on the 2-core development machine when it is
otherwise idle); without it the medians are steadier. ``--json`` prints the results as one JSON
object on the last line of standard output (the readable lines go to standard error). Keys (ratios
unless said otherwise; docs/benchmarks.md says what each compares and its goal):

    unlock, unlock_500, save            bench_store.py
    start_welcome, start_card           bench_startup.py
    preview_stall_ms                    bench_preview_stall.py (the longest stall, in ms)
    wallet_card, wallet_card_huge, plan bench_export.py
    caseload_1000                       bench_caseload.py

A benchmark that is missing or fails gives null for its keys and its error under ``errors``; the
others still run. More keys (times in ms, bytes, the machine's load) come along for the record.
"""

from __future__ import annotations

import importlib.util
import json
import math
import os
import sys
import time
import traceback
from pathlib import Path
from types import ModuleType

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))
sys.path.insert(0, str(HERE.parent / "src"))

# (file, the keys it must give), in the order they run: the store first, on a machine still cool.
BENCHMARKS: tuple[tuple[str, tuple[str, ...]], ...] = (
    ("bench_store.py", ("unlock", "unlock_500", "save")),
    ("bench_caseload.py", ("caseload_1000",)),
    ("bench_export.py", ("wallet_card", "wallet_card_huge", "plan")),
    ("bench_startup.py", ("start_welcome", "start_card")),
    ("bench_preview_stall.py", ("preview_stall_ms",)),
)
REQUIRED = tuple(key for _, keys in BENCHMARKS for key in keys)


def _load(path: Path) -> ModuleType:
    spec = importlib.util.spec_from_file_location(f"crisiskaart_benchmark_{path.stem}", path)
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def run(quick: bool, say=print) -> dict[str, object]:
    results: dict[str, object] = dict.fromkeys(REQUIRED)
    errors: dict[str, str] = {}
    seconds: dict[str, float] = {}
    for name, keys in BENCHMARKS:
        path = HERE / name
        start = time.perf_counter()
        try:
            if not path.exists():
                raise FileNotFoundError(f"{name} is not there")
            module = _load(path)
            measure = getattr(module, "measure", None)
            if measure is None:
                raise AttributeError(f"{name} has no measure(quick) yet")
            found = measure(quick)
        except Exception as error:  # one broken benchmark must not hide the others
            errors[name] = f"{type(error).__name__}: {error}"
            say(f"{name}: not measured ({errors[name]})")
            if not isinstance(error, FileNotFoundError | AttributeError):
                say(traceback.format_exc())
            continue
        finally:
            seconds[name] = round(time.perf_counter() - start, 1)
        for key, value in found.items():
            if isinstance(value, int | float):
                value = round(float(value), 3) if math.isfinite(value) else None
            results[key] = value
        missing = [key for key in keys if results.get(key) is None]
        if missing:
            errors[name] = f"did not give {', '.join(missing)}"
        say(f"{name} ({seconds[name]} s): "
            + ", ".join(f"{key} {results.get(key)}" for key in keys))
    results["errors"] = errors
    results["seconds"] = seconds
    results["quick"] = quick
    results["load_average"] = list(os.getloadavg()) if hasattr(os, "getloadavg") else None
    return results


def main(argv: list[str]) -> int:
    quick, as_json = "--quick" in argv, "--json" in argv

    def say(text: str) -> None:
        print(text, file=sys.stderr if as_json else sys.stdout, flush=True)

    results = run(quick, say)
    if as_json:
        print(json.dumps(results, sort_keys=True, allow_nan=False, default=str))
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
