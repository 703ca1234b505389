"""A quicker answer to the question PySide6 asks of every module imported after it.

PySide6 wants to know which modules use it, so that only those can switch on its optional Python
features (``from __feature__ import snake_case``). It finds out by searching each module's source
for "PySide6", read through ``inspect.getsource``: the tokenizer, the line cache and all, for
every module of the standard library and of ours that is imported after PySide6. That is about
0.3 ms a module, 10–20 ms of the editor's start before its first paint.

The same search in the file's bytes gives the same answer for every source file Python can run
(their encodings agree with ASCII on "PySide6"); a module without a source file of its own goes
to PySide6's own answer. If a PySide6 version no longer asks this way, nothing is replaced.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from types import ModuleType

_FEATURE_MODULE = "shibokensupport.feature"  # PySide6's feature switching (PYSIDE-2029)


class SourceBytesAnswer:
    """PySide6's question answered from the file's bytes; ``pyside_answer`` is its own answer."""

    def __init__(self, pyside_answer: Callable[[ModuleType], bool]) -> None:
        self.pyside_answer = pyside_answer

    def __call__(self, module: ModuleType) -> bool:
        path = getattr(module, "__file__", None)
        if not isinstance(path, str) or not path.endswith(".py"):
            return self.pyside_answer(module)
        try:
            with open(path, "rb") as source:
                return b"PySide6" in source.read()
        except OSError:
            return self.pyside_answer(module)


def install() -> None:
    """Answer PySide6's question from the source's bytes from now on (once PySide6 is loaded)."""
    import PySide6.QtCore  # noqa: F401  (loads the feature module)

    features = sys.modules.get(_FEATURE_MODULE)
    if features is None:
        return
    pyside_answer = getattr(features, "_mod_uses_pyside", None)
    if callable(pyside_answer) and not isinstance(pyside_answer, SourceBytesAnswer):
        vars(features)["_mod_uses_pyside"] = SourceBytesAnswer(pyside_answer)  # what PySide6 then calls
