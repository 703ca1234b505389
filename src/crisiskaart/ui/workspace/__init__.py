"""The ondersteuner workspace in Qt: caseload, version timeline, diff, signing and handover.

The public face is ``CaseloadWindow`` (signal ``open_card_requested(Path, OndersteunerProfile)``)
plus the profile dialogs; the logic lives in ``crisiskaart.workspace`` (no Qt). docs/workspace.md.
"""

from crisiskaart.ui.workspace.caseload_window import CaseloadWindow
from crisiskaart.ui.workspace.diff_view import DiffView
from crisiskaart.ui.workspace.handover_dialog import HandoverDialog
from crisiskaart.ui.workspace.profile_dialogs import CreateProfileDialog, UnlockProfileDialog
from crisiskaart.ui.workspace.signature_pad import SignaturePad
from crisiskaart.ui.workspace.signing_dialog import SigningDialog

__all__ = [
    "CaseloadWindow",
    "CreateProfileDialog",
    "DiffView",
    "HandoverDialog",
    "SignaturePad",
    "SigningDialog",
    "UnlockProfileDialog",
]
