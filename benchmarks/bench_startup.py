"""Cold start to a usable window, against a bare PySide6 window started the same way, in one run.

Every start is a fresh process: interpreter, imports, QApplication, window shown, painted. The
clock runs from just before the process is started until the child reports the paint that makes
the window usable (the process then ends at once, so its shutdown is not counted):

    baseline      a QMainWindow with one QLabel: the label painted
    welcome       ``crisiskaart gui``: the welcome page painted
    card (demo)   ``crisiskaart gui --demo``: a field of the first section page painted
    card (file)   ``crisiskaart gui FILE``: the unlock dialog painted, the passphrase given at
                  once, then a field of the first section page painted. The card is made with the
                  smallest Argon2id cost (``TEST_KDF``): the deliberate cost of the passphrase is
                  the store's benchmark (bench_store.py), not the editor's.

Starts of each kind take turns, so machine noise hits all alike; the numbers are medians. The
children run with byte-compiled modules (in a cache of their own under the temporary folder,
``PYTHONPYCACHEPREFIX``, kept between runs), as an installed program has them, whatever
``PYTHONDONTWRITEBYTECODE`` says; each kind is started once untimed first. The child installs one
application-wide event filter to see the paint; the baseline carries the same filter.

Goal: card ≤ 1.5 × baseline, both ways of opening.

    python benchmarks/bench_startup.py [--runs 9] [--quick]
"""

from __future__ import annotations

import argparse
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SRC = Path(__file__).resolve().parents[1] / "src"

# The paint probe: reports the perf_counter (one clock for all processes on this machine) of the
# first paint of a widget that ``wanted(widget)`` accepts, then ends the process.
PROBE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Probe(QObject):
    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.first = wanted, None
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if self.first is None:
                self.first = time.perf_counter()
            if self.wanted(watched):
                self.wanted = lambda _w: False
                QTimer.singleShot(0, self.report)
        return False
    def report(self):
        print(f"first {self.first!r}\nready {time.perf_counter()!r}", flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
"""

BASELINE = PROBE + r"""
from PySide6.QtWidgets import QLabel, QMainWindow
label = QLabel("hello")
probe = Probe(lambda widget: widget is label)
app.installEventFilter(probe)
window = QMainWindow()
window.setCentralWidget(label)
window.resize(1200, 800)
window.show()
app.exec()
"""

EDITOR = PROBE + r"""
from pathlib import Path
import crisiskaart.ui.app as app_module
mode = sys.argv[1]

def wanted(widget):
    if mode == "welcome":
        return type(widget).__name__ == "WelcomePage"
    return widget.objectName().startswith("field:")

probe = Probe(wanted)
app.installEventFilter(probe)
if mode == "file":
    from PySide6.QtCore import QTimer
    def give_passphrase():
        dialog = started.window.unlock_dialog
        if dialog is None or not dialog.isVisible():
            QTimer.singleShot(1, give_passphrase)
            return
        dialog.passphrase.edit.setText(sys.argv[3])
        dialog.accept()
    QTimer.singleShot(0, give_passphrase)
started = app_module.start_editor(file=Path(sys.argv[2]) if mode == "file" else None,
                                  demo=mode == "demo", language="nl")
app.exec()
"""

PASSPHRASE = "paard batterij nietje correct"


def _environment(folder: Path) -> dict[str, str]:
    env = {key: value for key, value in os.environ.items() if key != "PYTHONDONTWRITEBYTECODE"}
    env["QT_QPA_PLATFORM"] = os.environ.get("QT_QPA_PLATFORM", "offscreen")
    # kept between runs (byte code only, never card data), so a quick run need not compile again
    env["PYTHONPYCACHEPREFIX"] = str(Path(tempfile.gettempdir()) / f"crisiskaart-bench-pycache-{os.getuid()}")
    env["XDG_CONFIG_HOME"] = str(folder / "config")  # fresh settings: no recent files, no window size
    env["PYTHONPATH"] = os.pathsep.join(filter(None, [str(SRC), os.environ.get("PYTHONPATH", "")]))
    return env


def _start(code: str, args: list[str], env: dict[str, str]) -> tuple[float, float]:
    """(first paint, usable) in seconds after the process was started."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=120)
    times = dict(line.split() for line in done.stdout.splitlines() if line.startswith(("first", "ready")))
    if done.returncode != 0 or "ready" not in times:
        raise RuntimeError(f"start failed ({done.returncode}): {done.stderr[-2000:]}")
    return float(times["first"]) - start, float(times["ready"]) - start


def _make_card(folder: Path) -> Path:
    sys.path.insert(0, str(SRC))
    from crisiskaart.cards import encode_plan, plan_summary
    from crisiskaart.model import example_plan
    from crisiskaart.store import create_card
    from crisiskaart.store.kdf import TEST_KDF

    plan = example_plan()
    path = folder / "kaart.crisiskaart"
    card = create_card(path, PASSPHRASE, encode_plan(plan), summary=plan_summary(plan), kdf=TEST_KDF)
    card.close()
    return path


def measure_starts(runs: int, warm_all: bool = True) -> dict[str, dict[str, float]]:
    """Median (first paint, usable) in ms per kind of start."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        root = Path(folder)
        env = _environment(root)
        card = _make_card(root)
        kinds = {
            "baseline": (BASELINE, []),
            "welcome": (EDITOR, ["welcome"]),
            "card_demo": (EDITOR, ["demo"]),
            "card_file": (EDITOR, ["file", str(card), PASSPHRASE]),
        }
        for kind, (code, args) in kinds.items():  # byte-compile everything and warm the disk cache
            if not warm_all and kind not in ("baseline", "card_demo"):
                continue
            if kind == "card_file":
                shutil.copyfile(card, root / "warm.crisiskaart")
                args = ["file", str(root / "warm.crisiskaart"), PASSPHRASE]
            _start(code, args, env)
        samples: dict[str, list[tuple[float, float]]] = {kind: [] for kind in kinds}
        for run in range(runs):
            # a fresh copy each time: a start that ends abruptly leaves the card's edit lock behind
            copy = root / f"kaart-{run}.crisiskaart"
            shutil.copyfile(card, copy)
            kinds["card_file"] = (EDITOR, ["file", str(copy), PASSPHRASE])
            for kind, (code, args) in kinds.items():
                samples[kind].append(_start(code, args, env))
    return {kind: {"first": statistics.median(s[0] for s in values) * 1000,
                   "ready": statistics.median(s[1] for s in values) * 1000}
            for kind, values in samples.items()}


def measure(quick: bool) -> dict[str, float]:
    """Ratios to the bare window: ``start_welcome``, ``start_card`` (the slower of demo and file,
    until a field of the card is painted), ``start_card_window`` (until the window is painted)."""
    starts = measure_starts(3 if quick else 9, warm_all=not quick)
    base = starts["baseline"]["ready"]
    demo, file = starts["card_demo"]["ready"] / base, starts["card_file"]["ready"] / base
    painted = max(starts["card_demo"]["first"], starts["card_file"]["first"]) / base
    return {"start_welcome": starts["welcome"]["ready"] / base, "start_card": max(demo, file),
            "start_card_demo": demo, "start_card_file": file,
            "start_card_window": painted,  # the window on screen, the card still loading
            "start_baseline_ms": base}


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--runs", type=int, default=9)
    parser.add_argument("--quick", action="store_true", help="three runs of each")
    args = parser.parse_args()
    runs = 3 if args.quick else args.runs
    starts = measure_starts(runs)
    base = starts["baseline"]["ready"]
    print(f"medians of {runs} cold starts each, in ms (first paint / usable)")
    for kind, label in (("baseline", "bare PySide6 window"), ("welcome", "crisiskaart gui"),
                        ("card_demo", "crisiskaart gui --demo"), ("card_file", "crisiskaart gui FILE")):
        first, ready = starts[kind]["first"], starts[kind]["ready"]
        print(f"  {label:24} {first:6.0f} / {ready:6.0f}   ratio {ready / base:4.2f}")
    print("goal: card ≤ 1.5 × the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
