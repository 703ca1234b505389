"""Bestand › Afdrukken: the wallet sheet, the A4 plan, the plan van aanpak and its letter on paper.

The person chooses what to print and reads what to look at first (``chooser``), may look at the
pages (``preview``), and picks a printer in Qt's print dialog (``flow``). Where the printer is a
CUPS queue our own PDF goes to ``lp`` on its standard input (``cups``), so the card prints as
vectors at exactly 100 %; elsewhere the pages are painted onto the printer as images (``raster``).
Nothing of the card is written to disk by this program on the way.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from crisiskaart.ui.main_window import MainWindow
    from crisiskaart.ui.printing.flow import PrintFlow


def start_printing(window: MainWindow) -> PrintFlow | None:
    """Begin printing the card open in ``window``; None when there is nothing to print now."""
    from crisiskaart.ui.printing.flow import PrintFlow

    if window.session is None or window.locked:
        return None
    current = current_flow(window)
    if current is not None and current.active:
        return current  # one print job at a time: its dialog is already on screen
    if current is not None:
        current.deleteLater()
    flow = PrintFlow(window)
    flow.start()
    return flow


def current_flow(window: MainWindow) -> PrintFlow | None:
    """The window's latest round of printing (kept until the next one, so its outcome can be read)."""
    from crisiskaart.ui.printing.flow import PrintFlow

    return window.findChild(PrintFlow, "printFlow")
