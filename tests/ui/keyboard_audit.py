"""Checks for keyboard users shared by the keyboard and large-text tests: the Alt+letter keys of a
window, its Tab chain, and a factory for every dialog that can be built without a running flow."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from itertools import pairwise
from pathlib import Path

from PySide6.QtCore import QPoint, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QComboBox,
    QDialog,
    QGroupBox,
    QLabel,
    QMenu,
    QMenuBar,
    QTabBar,
    QTabWidget,
    QWidget,
)

MNEMONIC = re.compile(r"&([^&\s])")


def mnemonic(text: str) -> str | None:
    """The Alt+letter a text gives (``&&`` is a shown ampersand, not a key)."""
    found = MNEMONIC.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisibleTo(root) and widget.window() is root


def _clashes(owners: list[tuple[str | None, str]]) -> dict[str, list[str]]:
    keys: dict[str, list[str]] = {}
    for key, text in owners:
        if key:
            keys.setdefault(key, []).append(text)
    return {key: texts for key, texts in keys.items() if len(texts) > 1}


def window_mnemonics(root: QWidget) -> list[tuple[str | None, str]]:
    """Every Alt+letter reachable at once in a window: its menu bar's titles, its buttons, tabs,
    group boxes and labels with a buddy (a menu's own items are checked per menu)."""
    owners: list[tuple[str | None, str]] = []
    bar = root.findChild(QMenuBar)
    if bar is not None and bar.window() is root:
        owners += [(mnemonic(a.text()), f"menu {a.text()}") for a in bar.actions() if a.isVisible()]
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton) and not isinstance(widget.parent(), QTabBar):
            owners.append((mnemonic(widget.text()), f"button {widget.text()}"))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            owners.append((mnemonic(widget.text()), f"label {widget.text()}"))
        elif isinstance(widget, QGroupBox):
            owners.append((mnemonic(widget.title()), f"group {widget.title()}"))
        elif isinstance(widget, QTabWidget):
            owners += [(mnemonic(widget.tabText(i)), f"tab {widget.tabText(i)}")
                       for i in range(widget.count()) if widget.isTabVisible(i)]
    return owners


def mnemonic_clashes(root: QWidget) -> dict[str, list[str]]:
    """Alt+letters used twice in the window, and in each of its menus (every level)."""
    problems = {f"window {root.objectName() or type(root).__name__}": _clashes(window_mnemonics(root))}
    bar = root.findChild(QMenuBar)
    menus = [a.menu() for a in bar.actions() if a.menu()] if bar is not None else []
    while menus:
        menu = menus.pop()
        menu.aboutToShow.emit()  # menus filled when they open
        actions = [a for a in menu.actions() if not a.isSeparator() and a.isVisible()]
        problems[f"menu {menu.title()}"] = _clashes([(mnemonic(a.text()), a.text()) for a in actions])
        menus += [a.menu() for a in actions if a.menu()]
    return {where: clash for where, clash in problems.items() if clash}


def literal_ampersands(root: QWidget) -> list[str]:
    """Texts that would show a stray "&": a visible "&&" typo in a label without buddy, or a lone
    "&" followed by a space (which Qt swallows)."""
    found = []
    for widget in root.findChildren(QWidget):
        if not _shown(widget, root):
            continue
        text = widget.text() if isinstance(widget, (QLabel, QAbstractButton)) else ""
        if isinstance(widget, QLabel) and widget.textFormat() == Qt.TextFormat.RichText:
            continue
        if "& " in text.replace("&&", "") or (isinstance(widget, QLabel) and widget.buddy() is None
                                                and mnemonic(text)):
            found.append(f"{type(widget).__name__} {text!r}")
    return found


def accepts_tab(widget: QWidget) -> bool:
    return bool(widget.focusPolicy() & Qt.FocusPolicy.TabFocus) and widget.isVisible() and widget.isEnabled()


def tab_chain(root: QWidget) -> list[QWidget]:
    """The widgets Tab visits in ``root``, in order, starting from the first one."""
    QApplication.processEvents()
    start = root.nextInFocusChain()
    chain: list[QWidget] = []
    widget = start
    for _ in range(2000):
        if accepts_tab(widget) and widget.window() is root and widget not in chain \
                and not isinstance(widget.parent(), QComboBox):
            chain.append(widget)
        widget = widget.nextInFocusChain()
        if widget is start:
            break
    return chain


def _label_for(widget: QWidget, root: QWidget) -> str:
    for label in root.findChildren(QLabel):
        if label.buddy() is widget and label.text():
            return label.text()
    return ""


def nameless(chain: list[QWidget], root: QWidget) -> list[str]:
    """Tab stops a screen reader would announce without a name."""
    missing = []
    for widget in chain:
        text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or _label_for(widget, root)
        if isinstance(widget, QTabBar):
            text = text or widget.tabText(widget.currentIndex())
        if not str(text).replace("&", "").strip():
            missing.append(f"{type(widget).__name__} {widget.objectName()!r}")
    return missing


def out_of_reading_order(chain: list[QWidget], root: QWidget, tolerance: int = 12) -> list[str]:
    """Steps where Tab jumps back up the screen, or back left on the same row.

    Lists and pages in a scroll area count at their place on screen; a row is the band of the
    widget's height. Going to a new column (right, back to the top) is allowed once per split
    side (a side by side layout is read column by column)."""
    problems = []
    for before, after in pairwise(chain):
        a = before.mapTo(root, QPoint(0, 0))
        b = after.mapTo(root, QPoint(0, 0))
        same_row = abs(a.y() - b.y()) <= max(tolerance, min(before.height(), after.height()) // 2)
        next_column = b.x() >= a.x() + before.width() - tolerance
        if same_row and b.x() + tolerance < a.x():
            problems.append(f"{_name(before)} → {_name(after)}: back to the left")
        elif not same_row and b.y() < a.y() and not next_column:
            problems.append(f"{_name(before)} → {_name(after)}: back up")
    return problems


def _name(widget: QWidget) -> str:
    text = widget.accessibleName() or getattr(widget, "text", lambda: "")() or widget.objectName()
    return f"{type(widget).__name__}({str(text)[:30]!r})"


def dialog_factories(tmp_path: Path) -> dict[str, Callable[[], QDialog]]:
    """Every dialog that can be built on its own, Dutch or English as the translators installed."""
    from crisiskaart.model import CrisisPlan
    from crisiskaart.store import TEST_KDF, new_recovery_code
    from crisiskaart.ui.access.give_access import GiveAccessDialog
    from crisiskaart.ui.access.new_passphrase import NewPassphraseDialog
    from crisiskaart.ui.access.recovery_code_dialog import RecoveryCodeDialog
    from crisiskaart.ui.crash.dialogs import ReportDialog
    from crisiskaart.ui.exporting.choices import CHOICES
    from crisiskaart.ui.exporting.dialog import ExportDialog
    from crisiskaart.ui.help.about import AboutDialog
    from crisiskaart.ui.printing.chooser import PrintChooser
    from crisiskaart.ui.printing.documents import Printable
    from crisiskaart.ui.settings import Settings
    from crisiskaart.ui.workspace.distribution_dialog import DistributionDialog
    from crisiskaart.ui.workspace.handover_dialog import HandoverDialog
    from crisiskaart.ui.workspace.profile_dialogs import CreateProfileDialog, UnlockProfileDialog
    from crisiskaart.ui.workspace.signing_dialog import SigningDialog

    today = dt.date(2025, 3, 1)
    return {
        "handover": lambda: HandoverDialog("Sam de Vries-van Oosterhout", today, version=3),
        "signing": lambda: SigningDialog(CrisisPlan(), lambda: today),
        "distribution": lambda: DistributionDialog(CrisisPlan(), [], today),
        "unlock profile": lambda: UnlockProfileDialog(tmp_path / "sam.profile"),
        "create profile": lambda: CreateProfileDialog(tmp_path / "nieuw.profile", kdf=TEST_KDF),
        "give access": lambda: GiveAccessDialog(),
        "new passphrase": lambda: NewPassphraseDialog("Kies een nieuw wachtwoord.", "Wijzigen"),
        "recovery code": lambda: RecoveryCodeDialog(new_recovery_code().groups, tmp_path / "noodblad.pdf",
                                                    replaced=False),
        "print": lambda: PrintChooser(list(Printable), [], "nl"),
        "export": lambda: ExportDialog(list(CHOICES), [], True, "nl"),
        "about": lambda: AboutDialog(Settings(tmp_path / "about.ini")),
        "crash report": lambda: ReportDialog("Traceback: voorbeeld"),
    }
