"""Which page of the guide fits what the person is looking at, for F1.

Widgets are recognised by class name or object name, so this module needs none of the editor's
modules (they load the model and the store, which the welcome screen does without). A widget sits
inside others (a field inside a section inside the editor): every match on the way up counts and
the most specific one wins, e.g. the eigen plan van aanpak page over the guided questions it
contains, or the "who may see it" choice over the section it is in.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtWidgets import QStackedWidget, QWidget


@dataclass(frozen=True)
class Topic:
    page: str
    anchor: str = ""


# How specific a match is: a higher rank wins over the widgets around it.
SCREEN, PART, DETAIL, DOCUMENT, DOCUMENT_DETAIL, DIALOG = 1, 2, 3, 4, 5, 6

_PRIVACY = "privacy"
_WRITING = "schrijven"

# Class names or object names → (rank, topic).
CONTEXT_HELP: dict[str, tuple[int, Topic]] = {
    # (a) the first screen: what a crisis card is
    "WelcomePage": (SCREEN, Topic("crisiskaart")),
    # (b) writing the card
    "EditorPage": (SCREEN, Topic(_WRITING)),
    "EarlyEditorPage": (SCREEN, Topic(_WRITING)),  # the card's first page, before the editor is there
    "EarlySectionPage": (PART, Topic(_WRITING, "overzicht")),
    "GuidedView": (PART, Topic(_WRITING, "stap-voor-stap")),
    "SectionPage": (PART, Topic(_WRITING, "overzicht")),
    "page:sign_offs": (DETAIL, Topic(_WRITING, "versies")),
    "page:management": (DETAIL, Topic(_WRITING, "versies")),
    "NoticeBar": (PART, Topic(_PRIVACY, "kopieen")),
    "MergeConflictsDialog": (DIALOG, Topic(_PRIVACY, "kopieen")),
    "CaseloadWindow": (SCREEN, Topic(_WRITING, "versies")),
    "VersionPanel": (PART, Topic(_WRITING, "versies")),
    "SigningDialog": (DIALOG, Topic(_WRITING, "versies")),
    "DistributionDialog": (DIALOG, Topic(_WRITING, "versies")),
    "CardVersionsDialog": (DIALOG, Topic(_WRITING, "versies")),  # Kaart › Versies
    # (c) and (d) the card as it will be printed, and who sees what on it
    "CardPreview": (PART, Topic("printen")),
    "PreviewFrame": (PART, Topic("printen")),
    "PrintChooser": (DIALOG, Topic("printen")),
    "ExportDialog": (DIALOG, Topic("printen", "exporteren")),
    "ExportDone": (DIALOG, Topic("printen", "exporteren")),
    "VisibilityBox": (DETAIL, Topic("qr-code", "zichtbaarheid")),
    "page:diagnosis": (DETAIL, Topic("qr-code", "zichtbaarheid")),
    # (e) the Wvggz plan of action
    "PlanVanAanpakPage": (DOCUMENT, Topic("plan-van-aanpak")),
    "DeadlineTracker": (DOCUMENT_DETAIL, Topic("plan-van-aanpak", "termijnen")),
    "pvaAgreements": (DOCUMENT_DETAIL, Topic("plan-van-aanpak", "afspraken")),
    "pvaHearing": (DOCUMENT_DETAIL, Topic("plan-van-aanpak", "zitting")),
    "pvaZorgkaart": (DOCUMENT_DETAIL, Topic("plan-van-aanpak", "zorgkaart")),
    "ZelfbindingPage": (DOCUMENT, Topic("plan-van-aanpak", "zelfbinding")),
    # (f) every way into the card
    "UnlockDialog": (DIALOG, Topic(_PRIVACY, "wachtwoord")),
    "NewCardDialog": (DIALOG, Topic(_PRIVACY, "wachtwoord")),
    "LockPage": (DOCUMENT, Topic(_PRIVACY, "op-slot")),
    "UnlockProfileDialog": (DIALOG, Topic(_PRIVACY, "ondersteuner")),
    "CreateProfileDialog": (DIALOG, Topic(_PRIVACY, "ondersteuner")),
    "HandoverDialog": (DIALOG, Topic(_PRIVACY, "ondersteuner")),
    # Kaart › Toegang and Ondersteuner › Profiel (ui/access/)
    "AccessDialog": (DIALOG, Topic(_PRIVACY, "toegang")),
    "GiveAccessDialog": (DIALOG, Topic(_PRIVACY, "ondersteuner")),
    "ProfileDialog": (DIALOG, Topic(_PRIVACY, "ondersteuner")),
    "NewPassphraseDialog": (DIALOG, Topic(_PRIVACY, "wachtwoord")),
    "RecoveryCodeDialog": (DIALOG, Topic(_PRIVACY, "herstelcode")),
    "recoveryPart": (DIALOG + 1, Topic(_PRIVACY, "herstelcode")),  # inside the unlock dialog
    "AboutDialog": (DIALOG, Topic(_PRIVACY, "bestanden")),
}

# Matches that describe a whole screen, used when nothing has the keyboard focus.
_SCREENS = ("WelcomePage", "EditorPage", "GuidedView", "SectionPage", "PlanVanAanpakPage", "ZelfbindingPage",
            "LockPage", "CaseloadWindow", "EarlyEditorPage", "EarlySectionPage")


def _match(widget: QWidget) -> tuple[int, Topic] | None:
    keys = [widget.objectName(), *(kind.__name__ for kind in type(widget).__mro__)]
    return next((CONTEXT_HELP[key] for key in keys if key in CONTEXT_HELP), None)


def _best(widgets: list[QWidget]) -> Topic | None:
    best: tuple[int, Topic] | None = None
    for widget in widgets:
        found = _match(widget)
        if found is not None and (best is None or found[0] > best[0]):
            best = found
    return None if best is None else best[1]


def _ancestors(widget: QWidget) -> list[QWidget]:
    chain: list[QWidget] = []
    node: QWidget | None = widget
    while node is not None:
        chain.append(node)
        node = node.parentWidget()
    return chain


def _screens_shown(window: QWidget) -> list[QWidget]:
    """The pages shown in the window's stacked widgets, i.e. the screen the person sees."""
    shown = [stack.currentWidget() for stack in window.findChildren(QStackedWidget) if stack.isVisible()]
    return [page for page in shown
            if page is not None and any(k.__name__ in _SCREENS for k in type(page).__mro__)]


def topic_for(widget: QWidget | None) -> Topic | None:
    """The guide's page for ``widget`` (usually the one with the focus); None when none fits.

    Without a match on the way up from the widget, the screens shown in its window decide: a
    window that just opened may not have given the focus to anything yet.
    """
    if widget is None:
        return None
    topic = _best(_ancestors(widget))
    if topic is None:
        window = widget.window()
        shown = _screens_shown(window)
        topic = _best([ancestor for page in shown for ancestor in _ancestors(page)])
    return topic
