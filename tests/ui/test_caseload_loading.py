"""The caseload window reads the folder on its loading thread and lists a thousand cards leanly.

The window is on screen before the cards are read; a reading overtaken by a newer one is dropped;
and the view asks the model little per row: the words are worked out once, the model sorts
itself, the columns are sized from those words and every row is one line high.
"""

from __future__ import annotations

import dataclasses
from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import QApplication
from test_workspace_ui import TODAY, _card, _profile

from crisiskaart.ui.workspace import CaseloadWindow
from crisiskaart.ui.workspace.caseload_model import CaseloadModel, Column
from crisiskaart.workspace import scan_caseload


class CountingModel(CaseloadModel):
    """The window's model, counting how often the view asks it something."""

    def __init__(self) -> None:
        super().__init__("nl")
        self.calls = 0

    def data(self, index: Any, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self.calls += 1
        return super().data(index, role)


def test_the_window_shows_before_the_folder_is_read(qtbot, tmp_path: Path) -> None:
    sam = _profile(tmp_path / "profielen", "Sam de Vries")
    folder = tmp_path / "caseload"
    folder.mkdir()
    for name in ("Noor Bakker", "Bram Smit", "Aylin Yilmaz"):
        _card(folder, name, sam)
    window = CaseloadWindow(sam, folder, language="nl", today=lambda: TODAY)
    qtbot.addWidget(window)
    window.show()
    assert window.loading and window.model.rowCount() == 0  # on screen, the cards still being read
    assert window.statusBar().currentMessage() == "De kaarten in de map worden gelezen…"
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        pass
    assert not window.loading and window.model.rowCount() == 3
    assert "3 kaarten" in window.statusBar().currentMessage()
    # A reading overtaken by a newer one is dropped: only the newest folder is listed.
    other = tmp_path / "leeg"
    other.mkdir()
    window.refresh()
    window.set_folder(other)
    with qtbot.waitSignal(window.loaded, timeout=60_000):
        pass
    QApplication.processEvents()  # the overtaken reading's answer, had it not been dropped
    assert window.model.rowCount() == 0 and window.folder == other


def test_a_thousand_cards_cost_the_view_a_few_questions_per_row(qtbot, tmp_path: Path) -> None:
    sam = _profile(tmp_path / "profielen", "Sam de Vries")
    folder = tmp_path / "caseload"
    folder.mkdir()
    _card(folder, "Noor Bakker", sam)
    _card(folder, "Iris de Boer", None)  # no access: sorts after the readable cards
    scanned = scan_caseload(folder, sam, today=TODAY)
    read = next(entry for entry in scanned if entry.index is not None)
    closed = next(entry for entry in scanned if entry.index is None)
    entries = [dataclasses.replace(read, path=folder / f"client-{n:04d}.crisiskaart",
                                   index=dataclasses.replace(read.index, display_name=f"Cliënt {n:04d}"))
               for n in range(999)] + [closed]
    window = CaseloadWindow(sam, None, language="nl", today=lambda: TODAY)
    qtbot.addWidget(window)
    model = CountingModel()
    window.model = model
    window.proxy.setSourceModel(model)
    window.resize(1200, 700)
    window.show()
    qtbot.waitExposed(window)
    window._show_rows(model.rows_for(entries))  # what a finished reading does
    header = window.table.horizontalHeader()
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,  # sort by name, then back again
                     pos=QPoint(header.sectionViewportPosition(Column.CLIENT) + 5, 5))
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(Column.CLIENT) + 5, 5))
    window.table.viewport().repaint()
    QApplication.processEvents()
    assert header.sortIndicatorOrder() == Qt.SortOrder.AscendingOrder  # down and up again
    names = [window.proxy.index(row, Column.CLIENT).data() for row in (0, 998, 999)]
    assert names[:2] == ["Cliënt 0000", "Cliënt 0998"]
    assert names[2].startswith("Geen toegang")  # unreadable cards after the readable ones
    assert model.calls < 10 * len(entries), model.calls  # was 67 per row: sized and sorted by data()
    longest = window.table.fontMetrics().horizontalAdvance("Cliënt 0000")
    assert header.sectionSize(Column.CLIENT) >= longest  # no name cut off
