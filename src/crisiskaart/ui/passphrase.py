"""Passphrase inputs: strength in words, show/hide, a caps-lock warning, and the two dialogs
that use them (a new card, and unlocking a card with a passphrase or an ondersteuner profile).

A new passphrase is judged by zxcvbn (``crisiskaart.store.strength``), the same rule as the CLI:
a copied card file can be attacked offline, so below score 3 the card is not created.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFontDatabase, QKeyEvent, QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from crisiskaart.ui.busy_notice import show_busy_notice
from crisiskaart.ui.places import places_of

if TYPE_CHECKING:
    # Imported where a passphrase is judged: the lock screen uses this module too and needs no
    # zxcvbn word lists.
    from crisiskaart.store.strength import PassphraseJudgement


def interface_language() -> str:
    """'en' or 'nl': the language ``install_translators`` chose, for texts that come from outside Qt."""
    return "en" if QLocale().language() == QLocale.Language.English else "nl"


def strength_words(judgement: PassphraseJudgement, language: str, empty: bool = False) -> str:
    """zxcvbn's score in words and, when it is too low, why the passphrase is easy to guess."""
    if empty:
        return QCoreApplication.translate("Passphrase",
                                          "Choose a passphrase, for example four unrelated words.")
    if judgement.acceptable:
        return (QCoreApplication.translate("Passphrase", "Very strong.") if judgement.score >= 4
                else QCoreApplication.translate("Passphrase", "Strong."))
    words = (
        QCoreApplication.translate("Passphrase", "Very weak: %1."),
        QCoreApplication.translate("Passphrase", "Weak: %1."),
        QCoreApplication.translate("Passphrase", "Not strong enough yet: %1."),
    )
    return words[max(0, min(judgement.score, len(words) - 1))].replace("%1", judgement.reason(language))


def caps_lock_likely(event: QKeyEvent) -> bool | None:
    """True/False when a letter key tells whether Caps Lock is on; None for other keys.

    Qt cannot ask the keyboard, but a capital letter without Shift (or a small one with Shift)
    gives it away.
    """
    text = event.text()
    if len(text) != 1 or not text.isalpha() or text.lower() == text.upper():
        return None
    shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
    return text.isupper() != shift


class PassphraseField(QWidget):
    """A hidden-text field with "Toon" and a caps-lock warning under it."""

    changed = Signal(str)

    def __init__(self, accessible_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        line = QHBoxLayout()
        self.edit = QLineEdit()
        self.edit.setEchoMode(QLineEdit.EchoMode.Password)
        self.edit.setAccessibleName(accessible_name)
        self.edit.setMaxLength(1024)
        self.edit.textChanged.connect(self.changed)
        self.edit.installEventFilter(self)
        line.addWidget(self.edit, 1)
        self.show_box = QCheckBox(self.tr("Show"))
        self.show_box.setAccessibleName(self.tr("Show passphrase"))
        self.show_box.toggled.connect(self._show)
        line.addWidget(self.show_box)
        layout.addLayout(line)
        self.caps = QLabel(self.tr("⚠ Caps Lock seems to be on."))
        self.caps.setObjectName("capsLockWarning")
        self.caps.setVisible(False)
        layout.addWidget(self.caps)

    def text(self) -> str:
        return self.edit.text()

    def _show(self, visible: bool) -> None:
        mode = QLineEdit.EchoMode.Normal if visible else QLineEdit.EchoMode.Password
        self.edit.setEchoMode(mode)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            caps = caps_lock_likely(event)
            if caps is not None:
                self.caps.setVisible(caps)
        return super().eventFilter(watched, event)


class NewPassphraseRows:
    """A new passphrase in ``form``: the field, its strength in words, the repeat, and whether the two
    are the same.

    Every place that sets a passphrase for a card (a new card, a changed or forgotten passphrase)
    asks and judges it alike, by the same rule as the CLI. The labels are the dialog's own words;
    ``judge`` says whether the passphrase may be used.
    """

    def __init__(self, form: QFormLayout, language: str, *, name: str, label: str, repeat_name: str,
                 repeat_label: str) -> None:
        from crisiskaart.store.strength import judge_passphrase

        self.language = language
        self.judgement = judge_passphrase("")
        self.passphrase = PassphraseField(name)
        self._add_row(form, label, self.passphrase)
        self.strength = self._words_label("passphraseStrength",
                                          strength_words(self.judgement, language, empty=True))
        form.addRow("", self.strength)
        self.repeat = PassphraseField(repeat_name)
        self._add_row(form, repeat_label, self.repeat)
        self.match = self._words_label("passphraseMatch")
        form.addRow("", self.match)
        self.passphrase.edit.returnPressed.connect(self.repeat.edit.setFocus)  # Enter moves on

    @staticmethod
    def _add_row(form: QFormLayout, text: str, field: PassphraseField) -> None:
        label = QLabel(text)
        label.setBuddy(field.edit)
        form.addRow(label, field)

    @staticmethod
    def _words_label(name: str, text: str = "") -> QLabel:
        label = QLabel(text)
        label.setObjectName(name)
        label.setTextFormat(Qt.TextFormat.PlainText)
        label.setWordWrap(True)
        return label

    def judge(self, user_inputs: Sequence[str]) -> bool:
        """Judge the passphrase again and say so under both fields; True when it is strong enough and
        typed the same twice. ``user_inputs`` are words an attacker of this card would try first."""
        from crisiskaart.store.strength import judge_passphrase

        passphrase = self.passphrase.text()
        self.judgement = judge_passphrase(passphrase, user_inputs)
        self.strength.setText(strength_words(self.judgement, self.language, empty=not passphrase))
        self.passphrase.edit.setAccessibleDescription(self.strength.text())
        same = passphrase == self.repeat.text()
        if not self.repeat.text():
            self.match.setText("")
        elif same:
            self.match.setText(QCoreApplication.translate("Passphrase", "✓ The passphrases are the same."))
        else:
            self.match.setText(QCoreApplication.translate(
                "Passphrase", "✗ The passphrases are not the same yet."))
        return self.judgement.acceptable and same


class NewCardDialog(QDialog):
    """Where the new card goes and the passphrase that protects it (typed twice).

    Like the unlock dialog it stays open (``submitted``) until the card was really created; while
    it is being made (``set_busy``) the dialog says so and takes no second attempt.
    """

    submitted = Signal()

    def __init__(self, suggested: Path, parent: QWidget | None = None, language: str | None = None) -> None:
        super().__init__(parent)
        self.language = language or getattr(parent, "language", None) or interface_language()
        self.setWindowTitle(self.tr("New card"))
        self.setObjectName("newCardDialog")
        self.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 36)  # room for the file path
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "Your card is stored encrypted. Choose a passphrase that you will remember: without it "
            "nobody can open the card, not even your ondersteuner, unless you give them access."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        location_row = QHBoxLayout()
        self.location = QLineEdit(str(suggested))
        self.location.setAccessibleName(self.tr("File of the new card"))
        self.browse = QPushButton(self.tr("&Browse…"))
        self.browse.setAccessibleName(self.tr("Choose where to store the card"))
        self.browse.setAutoDefault(False)  # Enter in a field must create/open, never open a file chooser
        self.browse.clicked.connect(self._browse)
        location_row.addWidget(self.location, 1)
        location_row.addWidget(self.browse)
        location_label = QLabel(self.tr("&File:"))
        location_label.setBuddy(self.location)
        form.addRow(location_label, location_row)
        self.rows = NewPassphraseRows(
            form, self.language, name=self.tr("Passphrase"), label=self.tr("&Passphrase:"),
            repeat_name=self.tr("Repeat the passphrase"), repeat_label=self.tr("&Repeat:"))
        self.passphrase, self.strength, self.repeat, self.match = (
            self.rows.passphrase, self.rows.strength, self.rows.repeat, self.rows.match)
        layout.addLayout(form)
        self.error = QLabel()
        self.error.setObjectName("dialogError")
        self.error.setTextFormat(Qt.TextFormat.PlainText)
        self.error.setWordWrap(True)
        self.error.setVisible(False)
        layout.addWidget(self.error)
        self.busy = False
        self._focus_before: QWidget | None = None  # where the focus was when the card was asked for
        self.making = QLabel(self.tr(
            "The card is being made and encrypted. This takes a moment: the passphrase is protected "
            "slowly on purpose, so that nobody can guess it quickly."))
        self.making.setObjectName("newCardBusy")
        self.making.setWordWrap(True)
        self.making.setVisible(False)
        layout.addWidget(self.making)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Made here, not by the box, as in the unlock dialog: it is disabled and enabled again while
        # the card is made, and a button the box made can lose its Python wrapper meanwhile.
        self.create_button = QPushButton(self.tr("&Create card"))
        self.buttons.addButton(self.create_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.create_button.setDefault(True)  # Enter in a field creates the card
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self.passphrase.changed.connect(self._update)
        self.repeat.changed.connect(self._update)
        self.location.textChanged.connect(self._update)
        # Enter moves on and finally creates; explicit, because a button box picks its own default.
        self.location.returnPressed.connect(self.passphrase.edit.setFocus)
        self.repeat.edit.returnPressed.connect(self.accept)
        self._update()

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        # After Qt's own focus handling of a newly shown dialog: the suggested place is fine for
        # most people, so the passphrase is the first thing to type.
        QTimer.singleShot(0, self.passphrase.edit.setFocus)

    def _browse(self) -> None:
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Store the card as"), self.location.text(),
                                              self.tr("Crisis card (*.crisiskaart)"))
        if path:
            self.location.setText(path if path.endswith(".crisiskaart") else path + ".crisiskaart")

    def _update(self) -> None:
        # The file name is a word an attacker of this file would try first.
        usable = self.rows.judge([Path(self.location.text().strip()).stem])
        if self.isVisible() and self.strength.heightForWidth(self.strength.width()) > self.strength.height():
            self.adjustSize()  # a reason can take two lines: grow rather than cut it off
        self.create_button.setEnabled(usable and bool(self.location.text().strip()))

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # handled by the fields (returnPressed); never a random default button
        super().keyPressEvent(event)

    def accept(self) -> None:
        if self.busy:
            return  # the card is being made: no second attempt
        if self.create_button.isEnabled():
            self.submitted.emit()
        elif not self.rows.judgement.acceptable:
            # Enter in the repeat field: the reason is already under the passphrase; go back there.
            self.passphrase.edit.setFocus()

    def show_error(self, message: str) -> None:
        self.error.setText("⚠ " + message)
        self.error.setVisible(True)
        self.adjustSize()

    def set_busy(self, busy: bool) -> None:
        """While the card is being made: say so, and take no second attempt (Cancel still works)."""
        if busy:
            self._focus_before = self.focusWidget()
        self.busy = busy
        for widget in (self.location, self.browse, self.passphrase, self.repeat):
            widget.setEnabled(not busy)
        if busy:
            self.error.setVisible(False)
            self.create_button.setEnabled(False)
            self.setCursor(Qt.CursorShape.BusyCursor)  # working, and Cancel still answers
        else:
            self._update()  # the button as the fields allow
            self.unsetCursor()
            if self._focus_before is not None and self._focus_before.isEnabled():
                self._focus_before.setFocus()  # back where she was, to try again with Enter
        show_busy_notice(self.making, busy)
        if self.isVisible():
            self.adjustSize()

    def card_path(self) -> Path:
        return Path(self.location.text().strip()).expanduser()


class UnlockDialog(QDialog):
    """Open a card with the client's passphrase or an ondersteuner profile; stays open to retry.

    ``accept`` only asks (``submitted``); whoever opens the card closes the dialog on success. The
    profile field starts with the profile last used in this window (``ui/places.py``). With
    ``recovery``, "Wachtwoord vergeten?" switches to typing the herstelcode from the noodblad
    (``recovery_code()``), which opens the card as the client.
    """

    submitted = Signal()

    def __init__(self, card_path: Path, profile: Path | None = None, parent: QWidget | None = None,
                 *, recovery: bool = False) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Open card"))
        self.setObjectName("unlockDialog")
        self.card_path = card_path
        layout = QVBoxLayout(self)
        title = QLabel(self.tr("Open %1").replace("%1", card_path.name))
        title.setTextFormat(Qt.TextFormat.PlainText)  # a file name is never markup
        title.setWordWrap(True)
        layout.addWidget(title)
        self.as_client = QRadioButton(self.tr("With the passphrase of the &card"))
        self.as_ondersteuner = QRadioButton(self.tr("&As ondersteuner, with my profile"))
        self.as_client.setChecked(profile is None)
        self.as_ondersteuner.setChecked(profile is not None)
        layout.addWidget(self.as_client)
        layout.addWidget(self.as_ondersteuner)
        profile_row = QHBoxLayout()
        self.places = places_of(parent)
        remembered = self.places.profile if self.places is not None else None
        self.profile = QLineEdit(str(profile or remembered or ""))
        self.profile.setAccessibleName(self.tr("Ondersteuner profile file"))
        self.profile.setPlaceholderText(self.tr("profile file"))
        browse = QPushButton(self.tr("&Browse…"))
        browse.setAccessibleName(self.tr("Choose the profile file"))
        browse.setAutoDefault(False)  # Enter in a field must create/open, never open a file chooser
        browse.clicked.connect(self._browse)
        profile_row.addWidget(self.profile, 1)
        profile_row.addWidget(browse)
        self.profile_row = QWidget()
        self.profile_row.setLayout(profile_row)
        layout.addWidget(self.profile_row)
        self.passphrase_label = QLabel(self.tr("Pass&phrase:"))
        self.passphrase = PassphraseField(self.tr("Passphrase"))
        self.passphrase_label.setBuddy(self.passphrase.edit)
        layout.addWidget(self.passphrase_label)
        layout.addWidget(self.passphrase)
        self.forgot_row = QWidget()  # hidden as a whole, so it leaves no gap in the code view
        forgot_row = QHBoxLayout(self.forgot_row)
        forgot_row.setContentsMargins(0, 0, 0, 0)
        self.forgot = QPushButton(self.tr("&Forgot passphrase?"))
        self.forgot.setObjectName("forgotPassphrase")
        self.forgot.setFlat(True)
        self.forgot.setAutoDefault(False)
        self.forgot.setStyleSheet("QPushButton { color: palette(link); text-decoration: underline; } "
                                  "QPushButton:disabled { color: palette(mid); }")  # greyed while busy
        self.forgot.setAccessibleDescription(self.tr("Open the card with the recovery code from your "
                                                     "recovery sheet"))
        self.forgot.clicked.connect(lambda: self.use_recovery_code(True))
        forgot_row.addWidget(self.forgot)
        forgot_row.addStretch(1)
        layout.addWidget(self.forgot_row)
        self.recovery_part = self._recovery_part()
        layout.addWidget(self.recovery_part)
        self.message = QLabel()
        self.message.setObjectName("dialogError")
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setWordWrap(True)
        self.message.setVisible(False)
        layout.addWidget(self.message)
        self.busy = False
        self.opening = QLabel(self.tr(
            "The card is being opened. This takes a moment: the passphrase is checked slowly on purpose, "
            "so that nobody can guess it quickly."))
        self.opening.setObjectName("unlockBusy")
        self.opening.setWordWrap(True)
        self.opening.setVisible(False)
        layout.addWidget(self.opening)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        # Made here, not by the box: the button is disabled and enabled again while the card opens,
        # and a button the box made lost its Python wrapper meanwhile (PySide 6.11, after another
        # card had been closed in the same window); one made here stays valid with the dialog.
        self.open_button = QPushButton(self.tr("&Open"))
        buttons.addButton(self.open_button, QDialogButtonBox.ButtonRole.AcceptRole)
        self.open_button.setDefault(True)
        self.backup_button = QPushButton(self.tr("Open the &backup"))  # only for a damaged card
        self.backup_button.setObjectName("openBackup")
        self.backup_button.setAutoDefault(False)
        buttons.addButton(self.backup_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.setVisible(False)  # after addButton, which shows it
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.as_ondersteuner.toggled.connect(self.profile_row.setVisible)
        self.profile_row.setVisible(profile is not None)
        self.passphrase.edit.returnPressed.connect(self.accept)
        self.recovery = recovery
        self.as_client.toggled.connect(lambda _checked: self._show_forgot())
        self.use_recovery_code(False)

    def offer_backup(self, open_backup: Callable[[], object]) -> None:
        """Show *Reservekopie openen*: the card is damaged, and a backup lies beside it."""
        with contextlib.suppress(RuntimeError, TypeError):  # nothing connected yet
            self.backup_button.clicked.disconnect()
        self.backup_button.clicked.connect(open_backup)
        self.backup_button.setVisible(True)

    def _recovery_part(self) -> QWidget:
        part = QWidget()
        part.setObjectName("recoveryPart")
        layout = QVBoxLayout(part)
        layout.setContentsMargins(0, 0, 0, 0)
        explanation = QLabel(self.tr(
            "Type the recovery code from your recovery sheet. Small letters, spaces and dashes are fine. "
            "Then you choose a new passphrase."))
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        label = QLabel(self.tr("Recovery &code:"))
        self.code = QLineEdit()
        self.code.setObjectName("recoveryCodeEdit")
        self.code.setAccessibleName(self.tr("Recovery code"))
        self.code.setPlaceholderText("XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX-XXXX")
        self.code.setMaxLength(200)
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF())
        self.code.setFont(font)
        self.code.setMinimumWidth(self.code.fontMetrics().horizontalAdvance("X" * 44))
        self.code.returnPressed.connect(self.accept)
        label.setBuddy(self.code)
        layout.addWidget(label)
        layout.addWidget(self.code)
        back_row = QHBoxLayout()
        self.back = QPushButton(self.tr("&Back to the passphrase"))
        self.back.setFlat(True)
        self.back.setAutoDefault(False)
        self.back.setStyleSheet(self.forgot.styleSheet())
        self.back.clicked.connect(lambda: self.use_recovery_code(False))
        back_row.addWidget(self.back)
        back_row.addStretch(1)
        layout.addLayout(back_row)
        return part

    def use_recovery_code(self, on: bool) -> None:
        """Switch between the passphrase (and profile) and the herstelcode from the noodblad."""
        self.recovery_mode = on
        for widget in (self.as_client, self.as_ondersteuner, self.passphrase_label, self.passphrase):
            widget.setVisible(not on)
        self.profile_row.setVisible(not on and self.as_ondersteuner.isChecked())
        self.recovery_part.setVisible(on)
        self._show_forgot()
        self.message.setVisible(False)
        if not on:
            self.code.clear()  # the code is not kept once she goes back
        if self.isVisible():
            self.adjustSize()
            (self.code if on else self.passphrase.edit).setFocus()

    def _show_forgot(self) -> None:
        """Only the client's passphrase has a way back; an ondersteuner's profile has none."""
        shown = self.recovery and not self.recovery_mode and self.as_client.isChecked()
        self.forgot.setVisible(shown)
        self.forgot_row.setVisible(shown)

    def recovery_code(self) -> str | None:
        """What was typed as herstelcode, or None when the card is opened another way."""
        return self.code.text() if self.recovery_mode else None

    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        QTimer.singleShot(0, (self.code if self.recovery_mode else self.passphrase.edit).setFocus)

    def _browse(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Ondersteuner profile"), self.profile.text(),
                                              self.tr("Profile (*)"))
        if path:
            self.profile.setText(path)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            return  # handled by the passphrase field (returnPressed)
        super().keyPressEvent(event)

    def accept(self) -> None:
        self.submitted.emit()

    def done(self, result: int) -> None:
        """Closed by whoever opened the card: on success a profile that worked is remembered."""
        path = self.profile_path()
        if result == QDialog.DialogCode.Accepted and path is not None and self.places is not None:
            self.places.remember_profile(path)
        super().done(result)

    def profile_path(self) -> Path | None:
        if self.recovery_mode or not self.as_ondersteuner.isChecked() or not self.profile.text().strip():
            return None
        return Path(self.profile.text().strip()).expanduser()

    def set_busy(self, busy: bool) -> None:
        """While the card is being opened: say so, and take no second attempt (Cancel still works)."""
        self.busy = busy
        for widget in (self.as_client, self.as_ondersteuner, self.profile_row, self.passphrase,
                       self.forgot_row, self.recovery_part, self.open_button):
            widget.setEnabled(not busy)
        if busy:
            self.message.setVisible(False)
        show_busy_notice(self.opening, busy)
        if busy:
            self.setCursor(Qt.CursorShape.BusyCursor)  # working, and Cancel still answers
        else:
            self.unsetCursor()
        if self.isVisible():
            self.adjustSize()

    def show_message(self, message: str) -> None:
        """Say calmly what went wrong and let the person try again."""
        self.message.setText(message)
        self.message.setVisible(True)
        self.adjustSize()  # make room for the message instead of cutting it off
        edit = self.code if self.recovery_mode else self.passphrase.edit
        edit.selectAll()
        edit.setFocus()
