"""Kaart › Versies: every version of the card open in the editor, and what changed between two.

The card is hers, so she sees its whole history in the editor, not only the ondersteuner in the
cliëntenlijst: number, date and time, status, who saved it and the note, newest first, with the
same words as the ondersteuner's timeline (``status_words.status_text``, ``effective_statuses``).
Above the list one sentence says which version is in force (what emergency services and others
should have) and one what is on her screen. Nothing here changes the card: signing, making active
and withdrawing are the ondersteuner's steps in her cliëntenlijst (docs/workspace.md).

The card file is the session's own ``CardFile``; its save thread may write while this dialog
reads. The history is thread-safe (``store/chain.py``), and every read here — the list, which
verifies the whole history, and the two plans compared — runs on a worker (``BackgroundCall``),
so a long history or a slow folder never stalls the window, and a read that fails (the file was
being rewritten by a save at that moment, say) is told in words. After each save the list is read
again. Nothing of the card is written to disk, and the dialog closes with the lock screen.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
)
from PySide6.QtGui import QFont, QFontMetrics
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTabWidget,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.app.errors import describe, sentence
from crisiskaart.model import format_date
from crisiskaart.store import Status
from crisiskaart.store.lifecycle import SEALED, current_active, effective_statuses, no_longer_counts
from crisiskaart.ui.access import words
from crisiskaart.ui.access.common import close_when_locked, fill, heading, plain_label
from crisiskaart.ui.background import BackgroundCall, raise_if_fault
from crisiskaart.ui.version_rows import choose_version, chosen_version
from crisiskaart.ui.workspace.diff_view import DiffView
from crisiskaart.ui.workspace.status_words import status_text
from crisiskaart.ui.wrapping_rows import wrap_rows
from crisiskaart.workspace.review import ReviewState, review_state
from crisiskaart.workspace.versions import load_plan

if TYPE_CHECKING:
    from crisiskaart.model import CrisisPlan
    from crisiskaart.model.language import Language
    from crisiskaart.store import CardFile, VersionInfo
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.session import CardSession

translate = QCoreApplication.translate  # lupdate reads translate(context, text) calls


@dataclass(frozen=True)
class _History:
    """What the worker read: every version (verified), and the dates of the one in force."""

    versions: tuple[VersionInfo, ...]
    signed_on: dt.date | None
    valid_until: dt.date | None


def _read_history(card: CardFile) -> _History:
    """On the worker: no Qt objects. Going through every version verifies the whole history."""
    versions = tuple(card.versions)
    active = current_active(versions)
    if active is None:
        return _History(versions, None, None)
    management = load_plan(card, active.number).management
    return _History(versions, management.signed_on, management.valid_until)


def _read_plans(card: CardFile, numbers: set[int]) -> dict[int, CrisisPlan]:
    """On the worker: the plans of the versions to compare."""
    return {number: load_plan(card, number) for number in numbers}


class CardVersionsDialog(QDialog):
    """The versions of the card open in ``window``, read-only, with a side-by-side comparison."""

    def __init__(self, window: MainWindow, today: Callable[[], dt.date] = dt.date.today) -> None:
        super().__init__(window)
        session = window.session
        assert session is not None and session.card is not None
        self.main_window = window
        self.session: CardSession = session
        self.card: CardFile = session.card
        self.language: Language = "en" if window.language == "en" else "nl"
        self._today = today
        self._review_days = window.settings.review_due_days
        self.versions: tuple[VersionInfo, ...] = ()
        self.loading = False  # the list is being read
        self.comparing = False  # the plans of the two chosen versions are being read
        self._read_again = False  # a save finished while the list was being read
        self._plans: dict[int, CrisisPlan] = {}
        self._wanted: tuple[int, int] | None = None  # the pair whose plans are being read
        self.setObjectName("cardVersionsDialog")
        self.setWindowTitle(self.tr("Versions of this card"))
        em = self.fontMetrics().horizontalAdvance("M")
        line = self.fontMetrics().height()
        self.resize(min(em * 100, max(window.width() - 40, em * 40)),
                    min(line * 34, max(window.height() - 40, line * 20)))

        self.in_force = plain_label(name="versionsInForce")
        bold = QFont(self.in_force.font())
        bold.setBold(True)
        self.in_force.setFont(bold)
        self.on_screen = plain_label(name="versionsOnScreen")
        self.timeline = QTreeWidget()
        self.timeline.setObjectName("versionsList")
        self.timeline.setColumnCount(5)
        self.timeline.setHeaderLabels([self.tr("Version"), self.tr("Date"), self.tr("Status"),
                                       self.tr("Saved by"), self.tr("Note")])
        self.timeline.setRootIsDecorated(False)
        wrap_rows(self.timeline)
        self.timeline.setAccessibleName(self.tr("Versions of this card"))
        header = self.timeline.header()
        header.setStretchLastSection(True)  # the note takes what is left; ``_fit_columns`` shares it
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        self.timeline.viewport().installEventFilter(self)
        self.compare_button = QPushButton(self.tr("Compare with the &previous version"))
        self.compare_button.setAccessibleDescription(self.tr(
            "Shows what changed between the chosen version and the one before it"))
        self.compare_button.setAutoDefault(False)  # Enter in the list compares; it never closes
        self.compare_button.clicked.connect(self.compare_with_previous)
        self.export_button = QPushButton(self.tr("E&xport this version…"))
        self.export_button.setAccessibleDescription(self.tr(
            "Save the chosen version as a file to print or share, for example the active card while "
            "you write a new concept"))
        self.export_button.setAutoDefault(False)
        self.export_button.clicked.connect(self.export_chosen)
        list_page = QWidget()
        list_layout = QVBoxLayout(list_page)
        list_layout.addWidget(self.timeline, 1)
        row = QHBoxLayout()
        row.addWidget(self.compare_button)
        row.addWidget(self.export_button)
        row.addStretch(1)
        list_layout.addLayout(row)

        self.diff = DiffView(self.language)
        self.diff.set_versions([], self._plan)  # the versions are offered once they are read
        # Choosing a version reads the two plans on the worker first (``_compare_chosen``) and then
        # shows them, instead of the view reading them itself on the GUI thread.
        for combo in (self.diff.version_a, self.diff.version_b):
            combo.currentIndexChanged.disconnect(self.diff.refresh)
            combo.currentIndexChanged.connect(self._compare_chosen)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("versionsTabs")
        self.tabs.setAccessibleName(self.tr("Versions and differences"))
        self.tabs.addTab(list_page, self.tr("&Versions"))
        self.tabs.addTab(self.diff, self.tr("&See differences"))

        self.read_only = plain_label(self._read_only_text(), name="versionsReadOnly")
        self.message = plain_label(name="versionsMessage")
        self.message.setAccessibleName(self.tr("Message"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        close = buttons.button(QDialogButtonBox.StandardButton.Close)
        close.setAutoDefault(False)  # Enter in the list compares; Escape closes
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Versions of this card")))
        layout.addWidget(self.in_force)
        layout.addWidget(self.on_screen)
        layout.addWidget(self.tabs, 1)
        layout.addWidget(self.read_only)
        layout.addWidget(self.message)
        layout.addWidget(buttons)

        self.timeline.currentItemChanged.connect(lambda *_: self._update_button())
        self.timeline.itemActivated.connect(lambda *_: self.compare_with_previous())
        close_when_locked(self, window)
        session.destroyed.connect(self.close)  # the card was closed
        session.save_finished.connect(self._saved)
        self._update_button()
        self.read()

    # --- reading -------------------------------------------------------------------------------
    def read(self) -> None:
        """Read the list of versions again, on the worker."""
        if self.loading:
            self._read_again = True
            return
        self.loading = True
        self._read_again = False
        if not self.versions:
            self.in_force.setText(self.tr("Reading the versions…"))
        card = self.card
        call = BackgroundCall(lambda: _read_history(card), self, name="crisiskaart-versions")
        call.finished.connect(self._history_read)
        call.failed.connect(self._history_failed)

    def _saved(self, ok: bool, _message: str) -> None:
        if ok:
            self.read()  # a concept amended or a new version: the list and the comparison follow

    def _history_read(self, history: _History) -> None:
        self.loading = False
        if self._read_again:
            self.read()
            return
        self.message.setText("")
        self._fill(history)

    def _history_failed(self, error: BaseException) -> None:
        self.loading = False
        raise_if_fault(error)
        self.in_force.setText("")
        self.message.setText(sentence(describe(error, self.language)))

    def _fill(self, history: _History) -> None:
        selected = self.selected_number()
        first = not self.versions
        newest_before = self.versions[-1].number if self.versions else None
        self.versions = versions = history.versions
        shown, _status = self.session.shown_version()
        active = current_active(versions)
        self.in_force.setText(self._in_force_text(versions, active, history))
        self.on_screen.setText(self._on_screen_text(versions, shown))
        self.timeline.clear()
        statuses = effective_statuses(versions)
        for info, status in reversed(list(zip(versions, statuses, strict=True))):
            marks = []
            if active is not None and info.number == active.number:
                marks.append(self.tr("in force"))
            if info.number == shown:
                marks.append(self.tr("on your screen"))
            state = status_text(status)
            if marks:
                state = f"{state} · {', '.join(marks)}"
            item = QTreeWidgetItem([str(info.number), words.moment(info.time, self.language), state,
                                    words.who_did(info.author), info.note or "—"])
            item.setData(0, Qt.ItemDataRole.UserRole, info.number)
            item.setTextAlignment(0, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            if info.number == shown:
                for column in range(5):
                    font = item.font(column)
                    font.setBold(True)
                    item.setFont(column, font)
            self.timeline.addTopLevelItem(item)
        self.timeline.setAccessibleDescription(
            self.tr("Newest version first. %1").replace("%1", self.in_force.text()))
        if selected is None or selected == newest_before:  # the newest stays chosen
            selected = versions[-1].number
        self.select_version(selected)
        self._fit_columns()
        self._update_button()
        self._offer_versions(newest_before)
        if first:
            self.timeline.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.timeline.viewport() and event.type() == QEvent.Type.Resize:
            self._fit_columns()
        return super().eventFilter(watched, event)

    def _fit_columns(self) -> None:
        """Every column as wide as its text when that fits; else narrower (never narrower than its
        longest word) and the text wraps, so nothing hides behind a scroll bar or "…"."""
        tree, header = self.timeline, self.timeline.header()
        em = tree.fontMetrics().horizontalAdvance("M")
        natural = [max(header.sectionSizeHint(c), self._widest(c, str.splitlines) + em) for c in range(5)]
        least = [self._widest(c, str.split) + em for c in range(5)]
        room = tree.viewport().width() - natural[0]
        note = max(least[4], min(natural[4], em * 14))
        middle = sum(natural[1:4])
        scale = 1.0 if middle + note <= room else max(0.0, room - note) / middle
        header.resizeSection(0, natural[0])
        for column in (1, 2, 3):
            width = max(least[column], int(natural[column] * scale))
            header.resizeSection(column, min(natural[column], width))

    def _widest(self, column: int, pieces: Callable[[str], list[str]]) -> int:
        """The widest piece (a line, or a word) of the texts in ``column``, in their own fonts."""
        tree = self.timeline
        widest = 0
        for row in range(tree.topLevelItemCount()):
            item = tree.topLevelItem(row)
            if item is None:
                continue
            metrics = QFontMetrics(item.font(column))
            widest = max([widest, *(metrics.horizontalAdvance(piece) for piece in pieces(item.text(column)))])
        return widest

    def _in_force_text(self, versions: Sequence[VersionInfo], active: VersionInfo | None,
                       history: _History) -> str:
        if active is not None:
            text = fill(self.tr("Active: version %1."), str(active.number))
            if history.signed_on is not None:
                text = fill(self.tr("Active: version %1, signed on %2."), str(active.number),
                            format_date(history.signed_on, self.language))
            if history.valid_until is not None:
                until = format_date(history.valid_until, self.language)
                text += " " + fill(self.tr("Valid until %1."), until)
            text += " " + self.tr("This is the card emergency services and others should have.")
            state, _days = review_state(Status.ACTIEF, history.signed_on, history.valid_until, self._today(),
                                        self._review_days)
            if state is ReviewState.EXPIRED:
                text += " " + self.tr("It is no longer valid: time to review the plan together.")
            elif state is ReviewState.DUE:
                text += " " + self.tr("Time to review the plan together soon.")
            return text
        sealed = [info for info in versions if info.status in SEALED]
        if not sealed:
            return self.tr("No version signed yet: everything is still a draft.")
        if sealed[-1].status is Status.ONDERTEKEND:
            return fill(self.tr("No version is active yet. Version %1 is signed, but not made active yet."),
                        str(sealed[-1].number))
        return self.tr("No version is in force now: the card was withdrawn.")

    def _on_screen_text(self, versions: Sequence[VersionInfo], shown: int | None) -> str:
        if shown is None:
            return ""
        if shown > versions[-1].number:  # changes after a signed version, not saved yet
            return fill(self.tr("On your screen: your changes. Once they are saved they are version %1 "
                                "(draft)."), str(shown))
        status = effective_statuses(versions)[shown - 1]
        return fill(self.tr("On your screen: version %1 (%2)."), str(shown), status_text(status).lower())

    def _read_only_text(self) -> str:
        if self.session.opened_by_ondersteuner:
            return self.tr("Here you can only look. Recording signatures, making a version active and "
                           "withdrawing are done under Ondersteuner › Caseload.")
        return self.tr("Here you can only look. Your ondersteuner records the signatures and makes a "
                       "version active, in her list of clients (Ondersteuner › Caseload).")

    # --- choosing ------------------------------------------------------------------------------
    def selected_number(self) -> int | None:
        return chosen_version(self.timeline)

    def select_version(self, number: int) -> None:
        choose_version(self.timeline, number)

    def _update_button(self) -> None:
        selected = self.selected_number()
        self.compare_button.setEnabled(selected is not None and selected > 1)
        exportable = selected is not None and self.exportable(selected)
        self.export_button.setEnabled(exportable)
        self.export_button.setToolTip("" if exportable or selected is None else self.tr(
            "A version that was replaced or withdrawn no longer counts: it is not exported, so no "
            "old card with old phone numbers or medicines goes round."))

    def exportable(self, number: int) -> bool:
        """The card in force, a concept (it carries the CONCEPT mark) or a signed version not yet
        active; never one that was replaced or withdrawn, which would print as a valid card."""
        return 1 <= number <= len(self.versions) and no_longer_counts(self.versions, number) is None

    def export_chosen(self) -> None:
        """Bestand › Exporteren for the chosen version, with its own number and status (a concept
        carries the CONCEPT mark, the active card does not); this dialog makes way for it."""
        from crisiskaart.ui.exporting import start_export

        number = self.selected_number()
        if number is None or not self.exportable(number):
            return
        self.accept()
        start_export(self.main_window, version=number)

    def compare_with_previous(self) -> None:
        """The chosen version beside the one before it, on the differences tab."""
        number = self.selected_number()
        if number is None or number < 2:
            return
        self.tabs.setCurrentWidget(self.diff)
        self.compare(number - 1, number)

    def compare(self, a: int, b: int) -> None:
        """Choose versions ``a`` and ``b`` and show what differs (read on the worker first)."""
        for combo, number in ((self.diff.version_a, a), (self.diff.version_b, b)):
            combo.blockSignals(True)
            combo.setCurrentIndex(combo.findData(number))
            combo.blockSignals(False)
        self._compare_chosen()

    # --- comparing -----------------------------------------------------------------------------
    def _offer_versions(self, newest_before: int | None) -> None:
        """Fill the choice of versions: the newest beside the one before it, unless another pair
        was chosen (a comparison with the newest follows a version saved meanwhile)."""
        versions = self.versions
        a, b = self.diff.version_a.currentData(), self.diff.version_b.currentData()
        if a is None or b is None or b == newest_before != versions[-1].number:
            b = versions[-1].number
            a = max(1, b - 1)
        self._plans = {}  # a concept may have changed under the same number
        for combo in (self.diff.version_a, self.diff.version_b):
            combo.blockSignals(True)
            combo.clear()
            for info in versions:
                label = translate("DiffView", "Version %1").replace("%1", str(info.number))
                combo.addItem(label, info.number)
            combo.blockSignals(False)
        self.compare(a, b)

    def _compare_chosen(self, *_: object) -> None:
        a, b = self.diff.version_a.currentData(), self.diff.version_b.currentData()
        if a is None or b is None:
            return
        pair = (int(a), int(b))
        if all(number in self._plans for number in pair):
            self._show_comparison()
            return
        self._wanted = pair
        if self.comparing:
            return  # the pair now chosen is read when the read under way is done
        self.comparing = True
        self.diff.tree.clear()
        self.diff.summary.setText(self.tr("Reading versions %1 and %2…").replace("%1", str(a))
                                  .replace("%2", str(b)))
        card, numbers = self.card, set(pair)
        call = BackgroundCall(lambda: _read_plans(card, numbers), self, name="crisiskaart-versions")
        call.finished.connect(self._plans_read)
        call.failed.connect(self._plans_failed)

    def _plans_read(self, plans: dict[int, CrisisPlan]) -> None:
        self.comparing = False
        wanted = self._wanted or ()
        self._plans = {**{n: p for n, p in self._plans.items() if n in wanted}, **plans}
        self._compare_chosen()

    def _plans_failed(self, error: BaseException) -> None:
        self.comparing = False
        raise_if_fault(error)
        self.diff.tree.clear()
        self.diff.changes = []
        self.diff.summary.setText(sentence(describe(error, self.language)))

    def _show_comparison(self) -> None:
        self.diff.refresh()

    def _plan(self, number: int) -> CrisisPlan:
        """The plan of version ``number`` for the comparison: read on the worker beforehand."""
        plan = self._plans.get(number)
        return plan if plan is not None else load_plan(self.card, number)


def show_versions(window: MainWindow) -> CardVersionsDialog | None:
    """Kaart › Versies for the card open in ``window`` (not the example card, not while locked)."""
    session = window.session
    if session is None or session.card is None or window.locked:
        return None
    dialog = CardVersionsDialog(window)
    dialog.finished.connect(lambda _result: dialog.deleteLater())
    dialog.open()
    return dialog
