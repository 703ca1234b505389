"""The new herstelcode, shown once, large and in groups, with what to do with the noodblad.

The code is on the saved sheet too; this is the one time it is on screen. It cannot be selected or
copied (a clipboard keeps it for other programs), and it leaves the dialog when it closes.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from crisiskaart.ui.access.common import fill, heading, large_code, plain_label


class RecoveryCodeDialog(QDialog):
    def __init__(self, groups: tuple[str, ...], sheet: Path, *, replaced: bool,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("recoveryCodeDialog")
        self.setWindowTitle(self.tr("Your new recovery code"))
        layout = QVBoxLayout(self)
        layout.addWidget(heading(self.tr("Your new recovery code")))
        layout.addWidget(plain_label(fill(self.tr("The recovery sheet is saved as %1."), str(sheet)),
                                     name="recoverySheetPath"))
        layout.addWidget(plain_label(self.tr(
            "This is your new recovery code. It is also on the recovery sheet. You see it here only "
            "this once.")))
        half = len(groups) // 2
        rows = "   ".join(groups[:half]) + "\n" + "   ".join(groups[half:])
        self.code = large_code(rows, name="recoveryCode", scale=2.0)
        self.code.setAccessibleName(self.tr("Recovery code"))
        # A screen reader reads the code out character by character.
        self.code.setAccessibleDescription(" ".join(" ".join(group) for group in groups))
        layout.addWidget(self.code)
        layout.addWidget(heading(self.tr("What to do now")))
        steps = (
            self.tr("1. Open the PDF file and print the recovery sheet."),
            self.tr("2. Keep the sheet in a safe place at home. Not with your card and not with your "
                    "laptop."),
            self.tr("3. Then delete the PDF file. Anyone who has the file or the sheet can open your card."),
        )
        for step in steps:
            layout.addWidget(plain_label(step))
        if replaced:
            self.replaced = plain_label(self.tr(
                "Your earlier recovery code no longer works. Destroy the old recovery sheet."),
                name="recoveryReplaced")
            layout.addWidget(self.replaced)
        buttons = QDialogButtonBox()
        self.done_button = buttons.addButton(self.tr("&Done"), QDialogButtonBox.ButtonRole.AcceptRole)
        self.done_button.setDefault(True)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)

    def done(self, result: int) -> None:
        self.code.clear()  # shown once: not kept in the widget after it closes
        self.code.setAccessibleDescription("")
        super().done(result)
