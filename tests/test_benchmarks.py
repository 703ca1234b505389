"""``benchmarks/run.py --quick --json`` runs every benchmark and ends with one JSON object.

The ratios themselves are not checked here (a shared machine is noisy; docs/benchmarks.md
records measured values); that the run completes and reports every key is.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
REQUIRED = ("unlock", "unlock_500", "save", "start_welcome", "start_card", "preview_stall_ms",
            "wallet_card", "wallet_card_huge", "plan", "caseload_1000")
OURS = ("unlock", "unlock_500", "save", "wallet_card", "wallet_card_huge", "plan", "caseload_1000")


@pytest.mark.slow
def test_quick_run_prints_one_json_object_with_every_key(tmp_path: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "HOME": str(tmp_path)}
    done = subprocess.run(
        [sys.executable, str(ROOT / "benchmarks" / "run.py"), "--quick", "--json"],
        capture_output=True, text=True, env=env, timeout=900, check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    last = done.stdout.strip().splitlines()[-1]
    results = json.loads(last)
    assert isinstance(results, dict)
    for key in REQUIRED:
        assert key in results, key
        assert results[key] is None or isinstance(results[key], int | float), (key, results[key])
    for key in OURS:  # these benchmarks live beside run.py: they must measure, not be skipped
        assert isinstance(results[key], int | float) and results[key] > 0, (key, results["errors"])
    assert results["quick"] is True
