"""A crash report that says where the program failed and nothing about the person using it.

Python's own traceback prints the exception's message and the source lines, and a debugger's shows
local variables: all three can hold what someone wrote on her card (a name in a ``KeyError``, a
phone number in a ``ValueError``). This report keeps only the exception's type and, per frame, the
module path inside its package, the line number and the function name. File paths lose the home
folder and everything else outside the package they belong to. Frames are read from the code
objects; their local variables are never looked at.
"""

from __future__ import annotations

import platform
import sys
import sysconfig
import traceback
from collections.abc import Iterator
from pathlib import Path
from types import TracebackType

import crisiskaart

MAX_FRAMES = 40  # a RecursionError has a thousand; the first and last ones tell where
MAX_CHAIN = 5  # "caused by" / "while handling" links followed per crash
MAX_GROUP = 5  # sub-exceptions of an ExceptionGroup shown
_PACKAGE_ROOT = Path(crisiskaart.__file__).resolve().parent.parent


def _code_roots() -> list[Path]:
    """Folders that hold code, longest first: a file under one is named relative to it."""
    roots = {_PACKAGE_ROOT}
    for name in ("stdlib", "platstdlib", "purelib", "platlib"):
        folder = sysconfig.get_paths().get(name)
        if folder:
            roots.add(Path(folder).resolve())
    for entry in sys.path:  # only package folders; never the working folder, which may be home
        if entry and Path(entry).name in ("site-packages", "dist-packages"):
            roots.add(Path(entry).resolve())
    return sorted(roots, key=lambda root: len(root.parts), reverse=True)


def module_path(filename: str, roots: list[Path] | None = None) -> str:
    """``crisiskaart/ui/main_window.py`` for a file of ours, ``threading.py`` for the stdlib.

    Anything else keeps only its last component: it is code, but its folders may name a person.
    """
    if filename.startswith("<"):
        return filename if filename.startswith(("<frozen ", "<string>")) else "<…>"
    path = Path(filename)
    try:
        path = path.resolve()
    except OSError:
        return path.name
    for root in roots if roots is not None else _code_roots():
        if path.is_relative_to(root):
            return path.relative_to(root).as_posix()
    return path.name


def type_name(kind: type[BaseException]) -> str:
    module = getattr(kind, "__module__", "") or ""
    qualname = getattr(kind, "__qualname__", kind.__name__)
    return qualname if module in ("builtins", "") else f"{module}.{qualname}"


def _frames(tb: TracebackType | None, roots: list[Path]) -> list[str]:
    lines: list[str] = []
    last, repeated = "", 0
    for frame, lineno in traceback.walk_tb(tb):
        code = frame.f_code  # only the code object: f_locals is never read
        line = f"  {module_path(code.co_filename, roots)}:{lineno} in {code.co_qualname}"
        if line == last:
            repeated += 1
            continue
        if repeated:
            lines.append(f"  [the line above {repeated} more time(s)]")
        last, repeated = line, 0
        lines.append(line)
    if repeated:
        lines.append(f"  [the line above {repeated} more time(s)]")
    if len(lines) > MAX_FRAMES:
        half = MAX_FRAMES // 2
        lines = [*lines[:half], f"  [… {len(lines) - MAX_FRAMES} frames left out …]", *lines[-half:]]
    return lines


def _chain(error: BaseException) -> Iterator[tuple[str, BaseException]]:
    """The exception, then what caused it or was being handled when it happened."""
    seen = {id(error)}
    link: BaseException | None = error
    for _ in range(MAX_CHAIN):
        assert link is not None
        if link.__cause__ is not None:
            label, link = "caused by", link.__cause__
        elif link.__context__ is not None and not link.__suppress_context__:
            label, link = "while handling", link.__context__
        else:
            return
        if id(link) in seen:
            return
        seen.add(id(link))
        yield label, link


def exception_lines(kind: type[BaseException], error: BaseException | None, tb: TracebackType | None,
                    roots: list[Path] | None = None, depth: int = 0) -> list[str]:
    """The type and frames of one exception with its chain; never its message or arguments."""
    roots = roots if roots is not None else _code_roots()
    lines = [type_name(kind), *_frames(tb, roots)]
    if error is None:
        return lines
    if isinstance(error, BaseExceptionGroup) and depth < 2:
        for number, sub in enumerate(error.exceptions[:MAX_GROUP], 1):
            sub_lines = exception_lines(type(sub), sub, sub.__traceback__, roots, depth + 1)
            lines.append(f"  sub-exception {number}: {sub_lines[0]}")
            lines.extend("  " + line for line in sub_lines[1:])
    for label, linked in _chain(error):
        lines.append(f"{label}: {type_name(type(linked))}")
        lines.extend(_frames(linked.__traceback__, roots))
    return lines


def header() -> list[str]:
    """What helps to reproduce a bug: versions and the kind of system (never the computer's name)."""
    try:
        from PySide6 import __version__ as pyside
    except ImportError:  # the report is also made for errors in threads before Qt is there
        pyside = "?"
    return [
        f"crisiskaart {crisiskaart.__version__} · Python {platform.python_version()} · PySide6 {pyside}"
        f" · {platform.system()} {platform.machine()}",
    ]


def crash_report(kind: type[BaseException], error: BaseException | None, tb: TracebackType | None,
                 when: str = "", where: str = "") -> str:
    """One crash as text: a title line, then the exception's type and its frames."""
    title = "Unexpected error" + (f" at {when}" if when else "") + (f" ({where})" if where else "")
    return "\n".join([title, *exception_lines(kind, error, tb)])
