"""Cold start to a usable editor window, against a minimal PySide6 window started the same way.

Both are fresh processes (interpreter, imports, QApplication, window shown, first paint), run
alternately so machine noise hits both alike. Goal (issue 4): ratio ≤ 1.5.

    python benchmarks/bench_startup.py [--runs 7]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

BASELINE = """
from PySide6.QtWidgets import QApplication, QMainWindow, QLabel
app = QApplication([])
window = QMainWindow()
window.setCentralWidget(QLabel("hello"))
window.resize(1200, 800)
window.show()
app.processEvents()
"""

EDITOR = """
import sys
from pathlib import Path
from PySide6.QtWidgets import QApplication
from crisiskaart.ui.app import create_main_window
from crisiskaart.ui.settings import Settings
from crisiskaart.ui.translations import install_translators
app = QApplication([])
translators = install_translators(app, "nl")
window = create_main_window("nl", settings=Settings(Path(sys.argv[1])))
window.show()
app.processEvents()
"""


def run(code: str, settings: str) -> float:
    env = {**os.environ, "QT_QPA_PLATFORM": os.environ.get("QT_QPA_PLATFORM", "offscreen")}
    start = time.perf_counter()
    subprocess.run([sys.executable, "-c", code, settings], check=True, env=env, capture_output=True)
    return time.perf_counter() - start


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as folder:
        settings = os.path.join(folder, "s.ini")
        run(EDITOR, settings)  # warm the disk cache for both (byte-compiled files, fonts)
        run(BASELINE, settings)
        editor, baseline = [], []
        for _ in range(args.runs):
            baseline.append(run(BASELINE, settings))
            editor.append(run(EDITOR, settings))
    b, e = statistics.median(baseline), statistics.median(editor)
    print(f"minimal PySide6 window: {b * 1000:7.0f} ms (median of {args.runs})")
    print(f"crisiskaart editor:     {e * 1000:7.0f} ms")
    print(f"ratio: {e / b:.2f} (goal ≤ 1.5)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
