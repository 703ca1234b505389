"""PySide6's question "does this module use PySide6?" answered from the source's bytes gives
PySide6's own answer, for every module there is (ui/pyside_module_scan.py)."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import crisiskaart.ui.app  # noqa: F401  (the editor's modules, loaded as the program loads them)
from crisiskaart.ui import pyside_module_scan


def _features():
    return sys.modules["shibokensupport.feature"]


def test_the_quicker_answer_is_installed_once() -> None:
    answer = _features()._mod_uses_pyside
    assert isinstance(answer, pyside_module_scan.SourceBytesAnswer)
    pyside_module_scan.install()
    assert _features()._mod_uses_pyside is answer  # not wrapped a second time


def test_it_gives_pysides_own_answer_for_every_module_loaded() -> None:
    answer = _features()._mod_uses_pyside
    modules = [module for module in list(sys.modules.values()) if module is not None]
    assert len(modules) > 300
    answers = {module.__name__: answer(module) for module in modules}
    assert answers == {module.__name__: answer.pyside_answer(module) for module in modules}
    assert answers["crisiskaart.ui.main_window"] and not answers["json"] and not answers["sys"]


def test_it_gives_pysides_own_answer_for_a_source_in_another_encoding(tmp_path: Path) -> None:
    answer = _features()._mod_uses_pyside
    cookie = "# -*- coding: latin-1 -*-\n"
    for name, text in (("oud_latin", cookie + "# Jos\xe9 gebruikt PySide6 niet echt\nX = 1\n"),
                       ("zonder", cookie + "NAAM = 'Jos\xe9'\n")):
        path = tmp_path / f"{name}.py"
        path.write_bytes(text.encode("latin-1"))
        spec = importlib.util.spec_from_file_location(name, path)
        assert spec is not None and spec.loader is not None
        module = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(module)
        assert answer(module) == answer.pyside_answer(module) == (name == "oud_latin")
