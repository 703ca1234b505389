"""Cold start to a usable window, against a bare PySide6 window started the same way, in one run.

Every start is a fresh process: interpreter, imports, QApplication, window shown, painted. The
clock runs from just before the process is started until the child reports the paint that makes
the window usable, in the next turn of its event loop (so the loop is free to answer again); the
process then ends at once, so its shutdown is not counted:

    baseline      a QMainWindow with one QLabel: the label painted
    welcome       ``crisiskaart gui``: the welcome page painted
    card (demo)   ``crisiskaart gui --demo``: a field of the card's first page painted, the page
                  drawn from the example's JSON before the model loads (ui/editor/early_page.py);
                  also until a field of the editor bound to the model is painted ("bound"), which
                  then takes the page's place (ui/opening.py)
    card (file)   ``crisiskaart gui FILE``: the unlock dialog painted, then the passphrase given as
                  a person gives it, once the model and store loaded behind the dialog (a
                  passphrase of four words takes longer to type than that); measured from the
                  passphrase given until a field of the first section page is painted, the
                  window's own start not counted. Also from the process start with the passphrase
                  given at once ("filled"). The card is made with the smallest Argon2id cost
                  (``TEST_KDF``): the deliberate cost of the passphrase is the store's benchmark
                  (bench_store.py), not the editor's.

While the demo card loads, a 5 ms heartbeat timer runs: ``open_stall_ms`` is the longest the event
loop did not answer between the first paint and the bound editor's first field painted.

Starts of each kind take turns, so machine noise hits all alike; the numbers are medians. The
children run with byte-compiled modules (in a cache of their own under the temporary folder,
``PYTHONPYCACHEPREFIX``, kept between runs), as an installed program has them, whatever
``PYTHONDONTWRITEBYTECODE`` says; each kind is started once untimed first. The child sees the paint
with an event filter on each widget it waits for, the baseline's label as well (see ``PROBE``).

Goal: the card's text ≤ 1.5 × baseline, both ways of opening (``start_card``): ``--demo`` from
the start, ``FILE`` after the passphrase.

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
# first paint of a watched widget and of one that ``wanted(widget)`` accepts, then ends the
# process; with a heartbeat that notes the longest gap in the event loop after the first paint.
# It watches only the widgets it waits for (an event filter on each), never the whole
# application: an application-wide filter in Python is called for every event of every object,
# which costs a window of many widgets far more than the bare window's one label, so the probe
# itself would slow down what it measures (ui/app_events.py).
PROBE = r"""
import os, sys, time
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication

class Probe(QObject):
    def __init__(self, wanted):
        super().__init__()
        self.wanted, self.first, self.beat, self.stall = wanted, None, None, 0.0
        self.marks = {}
        self.heart = QTimer(self)
        self.heart.setInterval(5)
        self.heart.timeout.connect(self.heartbeat)
        self.heart.start()
    def watch(self, widget):
        widget.installEventFilter(self)
        return widget
    def heartbeat(self):
        now = time.perf_counter()
        if self.first is not None and self.beat is not None:
            self.stall = max(self.stall, now - max(self.beat, self.first))
        self.beat = now
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint:
            if self.first is None:
                self.first = time.perf_counter()
            if self.wanted(watched):
                self.wanted = lambda _w: False
                self.marks["painted"] = time.perf_counter()
                QTimer.singleShot(0, self.report)
        return False
    def report(self):
        self.heartbeat()
        lines = [f"first {self.first!r}", f"ready {time.perf_counter()!r}", f"stall {self.stall!r}"]
        lines += [f"{key} {value!r}" for key, value in self.marks.items()]
        print("\n".join(lines), flush=True)
        os._exit(0)

app = QApplication(sys.argv[:1])
"""

BASELINE = PROBE + r"""
from PySide6.QtWidgets import QLabel, QMainWindow
label = QLabel("hello")
probe = Probe(lambda widget: widget is label)
probe.watch(label)
window = QMainWindow()
window.setCentralWidget(label)
window.resize(1200, 800)
window.show()
app.exec()
"""

# argv: mode [card passphrase]; modes: welcome, demo (usable window), demo-filled,
# file (passphrase once the card's modules loaded behind the dialog), file-at-once.
# Watched: the welcome page, the opening page and the first section page's fields, each as soon
# as it is made (the editor's own classes, wrapped before the start).
EDITOR = PROBE + r"""
import threading
from pathlib import Path
from PySide6.QtCore import QRegularExpression
from PySide6.QtWidgets import QWidget
import crisiskaart.ui.app as app_module
from crisiskaart.ui.main_window import MainWindow
mode = sys.argv[1]
early = {}  # the fields of the card's first page (drawn from its JSON before the model loads), by id;
           # kept, so that no field of the bound editor can get the id of one of them

def wanted(widget):
    if mode == "welcome":
        return widget.objectName() == "welcomePage"
    if mode == "demo":
        return id(widget) in early
    return widget.objectName().startswith("field:") and id(widget) not in early  # the bound editor

probe = Probe(wanted)
if mode == "welcome":  # only here: the demo start does not make a welcome page at all
    from crisiskaart.ui.welcome import WelcomePage
    made_welcome = WelcomePage.__init__
    def welcome_made(page, *args, **kwargs):
        made_welcome(page, *args, **kwargs)
        probe.watch(page)
    WelcomePage.__init__ = welcome_made
def fields(parent):
    # by name in Qt: asking for every QObject would make Python types for all of them, which
    # costs a window of many widgets some 40 ms the person never waits for
    return parent.findChildren(QWidget, QRegularExpression("^field:"))
made_opening = MainWindow.show_opening
def opening_made(window, *args):
    page = made_opening(window, *args)
    for widget in fields(page):  # its paint is the first one, in every demo mode
        early[id(widget)] = widget
        probe.watch(widget)
    return page
MainWindow.show_opening = opening_made
made_editor = MainWindow._start
def editor_made(window, session):
    made_editor(window, session)
    if mode != "demo":
        for widget in fields(window.editor):
            probe.watch(widget)
MainWindow._start = editor_made
if mode.startswith("file"):
    def loading():
        return any(thread.name == "crisiskaart-preload" for thread in threading.enumerate())
    def give_passphrase():
        dialog = started.window.unlock_dialog
        if dialog is None or not dialog.isVisible() or (mode == "file" and loading()):
            QTimer.singleShot(1, give_passphrase)
            return
        dialog.passphrase.edit.setText(sys.argv[3])
        probe.marks["given"] = time.perf_counter()
        dialog.accept()
    QTimer.singleShot(0, give_passphrase)
started = app_module.start_editor(file=Path(sys.argv[2]) if mode.startswith("file") else None,
                                  demo=mode.startswith("demo"), language="nl")
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


def _start(code: str, args: list[str], env: dict[str, str]) -> dict[str, float]:
    """Seconds after the process was started: ``first`` paint, ``ready`` (usable), and the probe's
    other marks (``given``: the passphrase); ``stall``: the longest event-loop gap, in seconds."""
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-c", code, *args], env=env, capture_output=True, text=True,
                          timeout=120)
    marks = {key: float(value) for key, value in
             (line.split() for line in done.stdout.splitlines() if line.count(" ") == 1)}
    if done.returncode != 0 or "ready" not in marks:
        raise RuntimeError(f"start failed ({done.returncode}): {done.stderr[-2000:]}")
    return {key: value if key == "stall" else value - start for key, value in marks.items()}


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


KINDS = ("baseline", "welcome", "card_demo", "card_demo_filled", "card_file", "card_file_at_once")


def measure_starts(runs: int, warm_all: bool = True) -> dict[str, dict[str, float]]:
    """Medians in ms per kind of start: ``first`` paint, ``ready`` (usable), ``after_unlock``
    (passphrase given to field painted), ``stall`` (the longest event-loop gap)."""
    with tempfile.TemporaryDirectory(ignore_cleanup_errors=True) as folder:
        root = Path(folder)
        env = _environment(root)
        card = _make_card(root)

        def command(kind: str, copy: Path) -> tuple[str, list[str]]:
            if kind == "baseline":
                return BASELINE, []
            mode = {"welcome": "welcome", "card_demo": "demo", "card_demo_filled": "demo-filled",
                    "card_file": "file", "card_file_at_once": "file-at-once"}[kind]
            return EDITOR, [mode, str(copy), PASSPHRASE] if mode.startswith("file") else [mode]

        for kind in KINDS:  # byte-compile everything and warm the disk cache
            if not warm_all and kind not in ("baseline", "card_demo_filled", "card_file"):
                continue
            shutil.copyfile(card, root / "warm.crisiskaart")
            _start(*command(kind, root / "warm.crisiskaart"), env)
        samples: dict[str, list[dict[str, float]]] = {kind: [] for kind in KINDS}
        for run in range(runs):
            # a fresh copy each time: a start that ends abruptly leaves the card's edit lock behind
            copy = root / f"kaart-{run}.crisiskaart"
            for kind in KINDS:
                shutil.copyfile(card, copy)
                samples[kind].append(_start(*command(kind, copy), env))
    result: dict[str, dict[str, float]] = {}
    for kind, values in samples.items():
        result[kind] = {key: statistics.median(v[key] for v in values) * 1000
                        for key in ("first", "ready", "stall")}
        if "given" in values[0]:
            result[kind]["after_unlock"] = statistics.median(v["ready"] - v["given"] for v in values) * 1000
    return result


def measure(quick: bool) -> dict[str, float]:
    """Ratios to the bare window. ``start_card``: the person's wait for her card's text, the slower
    of ``start_card_demo`` (``--demo``, from the process start until a field of its first page,
    drawn from the JSON, is painted) and ``start_card_after_unlock`` (``FILE``, from the passphrase
    given until the card's first field is painted; a stretch of a start against a whole bare
    start). Beside them: ``start_card_file``, ``FILE`` from the process start with the passphrase
    given at once (the store and the model cannot load behind the dialog then);
    ``start_card_demo_bound``, ``--demo`` until the editor bound to the model is painted;
    ``start_card_window``, the ``--demo`` window painted (its first page); ``open_stall_ms``, the
    demo's longest event-loop gap while it loads; ``start_welcome``."""
    starts = measure_starts(3 if quick else 9, warm_all=not quick)
    base = starts["baseline"]["ready"]
    demo = starts["card_demo"]["ready"] / base
    after_unlock = starts["card_file"]["after_unlock"] / base
    return {"start_welcome": starts["welcome"]["ready"] / base, "start_card": max(demo, after_unlock),
            "start_card_demo": demo, "start_card_after_unlock": after_unlock,
            "start_card_file": starts["card_file_at_once"]["ready"] / base,
            "start_card_demo_bound": starts["card_demo_filled"]["ready"] / base,
            "start_card_window": starts["card_demo"]["first"] / base,
            "open_stall_ms": starts["card_demo_filled"]["stall"],
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
    print(f"medians of {runs} cold starts each, in ms (first paint / usable), ratio to the bare window")
    for kind, label in (("baseline", "bare PySide6 window"), ("welcome", "crisiskaart gui"),
                        ("card_demo", "gui --demo, card's text"), ("card_demo_filled", "gui --demo, bound"),
                        ("card_file_at_once", "gui FILE, card's text")):
        first, ready = starts[kind]["first"], starts[kind]["ready"]
        print(f"  {label:26} {first:6.0f} / {ready:6.0f}   ratio {ready / base:4.2f}")
    after = starts["card_file"]["after_unlock"]
    print(f"  {'gui FILE, after unlock':26} {'':6} / {after:6.0f}   ratio {after / base:4.2f}"
          "   (passphrase given to the card's text)")
    print(f"  longest event-loop gap while the demo card loads: {starts['card_demo_filled']['stall']:.0f} ms")
    print("goal: the card's text ≤ 1.5 × the bare window")
    return 0


if __name__ == "__main__":
    sys.exit(main())
