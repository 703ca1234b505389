"""Bestand › Exporteren: the card, the plan, its QR code and the responder summary as files.

The person chooses what to save and reads what to look at first (``dialog``), chooses where it
goes (``destination``, starting in the remembered export folder, never overwriting without
asking), and then sees what did not fit and where the file is (``done``). Writing goes through
``crisiskaart.app.exporting.export_plan``, the same path as the command line, so a concept carries
the CONCEPT mark. An export is the one place a card's text leaves the encrypted file on purpose:
only what the person asked for, where she asked for it.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from pathlib import Path

    from crisiskaart.ui.exporting.flow import ExportFlow
    from crisiskaart.ui.main_window import MainWindow


def start_export(window: MainWindow, organisation_file: Path | None = None,
                 version: int | None = None) -> ExportFlow | None:
    """Begin exporting the card open in ``window``; None when there is nothing to export now.

    ``organisation_file`` is an organisation profile (title, colour, logo, viewer address); the
    editor has none of its own yet, so the website folder of the summary says what it needs.
    ``version``: a saved version of the card instead of what is on screen (Kaart › Versies).
    """
    from crisiskaart.ui.exporting.flow import ExportFlow

    if window.session is None or window.locked:
        return None
    current = current_export(window)
    if current is not None and current.active:
        return current  # one export at a time: its dialog is already on screen
    if current is not None:
        current.setObjectName("")  # found no more, although Qt deletes it only later
        current.deleteLater()
    flow = ExportFlow(window, organisation_file, version)
    flow.start()
    return flow


def current_export(window: MainWindow) -> ExportFlow | None:
    """The window's latest export (kept until the next one, so its outcome can be read)."""
    from crisiskaart.ui.exporting.flow import ExportFlow

    return window.findChild(ExportFlow, "exportFlow")
