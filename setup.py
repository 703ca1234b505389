"""Build step that carries the top-level ``resources/`` folder into the package.

Everything else about the package is declared in ``pyproject.toml``. A wheel must start in Dutch and
find its fonts and viewer page on a machine that never saw the source tree, so ``build_py`` copies
``resources/`` to ``crisiskaart/resources`` in the build and compiles the Qt Linguist ``.ts`` files
into the ``.qm`` files Qt loads (with PySide6's ``lrelease``, a build requirement). An editable
install reads ``resources/`` in place (``crisiskaart.resource_files``).
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from setuptools import setup
from setuptools.command.build_py import build_py

ROOT = Path(__file__).resolve().parent
RESOURCES = ROOT / "resources"


def _lrelease() -> str:
    import PySide6

    base = Path(PySide6.__file__).parent
    for candidate in (base / "lrelease", base / "lrelease.exe", base / "Qt" / "libexec" / "lrelease"):
        if candidate.exists():
            return str(candidate)
    raise RuntimeError(f"lrelease not found in {base}: the Dutch translation cannot be compiled")


class BuildWithResources(build_py):
    """``build_py`` plus the resources folder and the compiled translations."""

    def run(self) -> None:
        super().run()
        if self.editable_mode:
            return  # an editable install reads resources/ from the source tree
        target = Path(self.build_lib) / "crisiskaart" / "resources"
        shutil.rmtree(target, ignore_errors=True)
        shutil.copytree(RESOURCES, target, ignore=shutil.ignore_patterns("*.qm"))
        for source in sorted((target / "i18n").glob("*.ts")):
            subprocess.run([_lrelease(), "-silent", str(source), "-qm", str(source.with_suffix(".qm"))],
                           check=True)
            source.unlink()  # the wheel needs only what Qt loads


setup(cmdclass={"build_py": BuildWithResources})
