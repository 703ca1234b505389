"""The A4 page the documents of the plan are laid out on: margins, embedded font and PDF metadata.

The crisisplan, the plan of action and its letter, the plan for the hearing, the zorgkaart and the
zelfbinding worksheet all print on this page, so they look alike and say the same about themselves
(title, author, language) to a screen reader or a PDF viewer.
"""

from __future__ import annotations

import io

from reportlab.lib.pagesizes import A4
from reportlab.lib.units import mm
from reportlab.platypus import SimpleDocTemplate

from crisiskaart.export.fonts import REGULAR, printable
from crisiskaart.export.output import pdf_language

MARGIN = 20 * mm


def a4_template(buffer: io.BytesIO, title: str, author: str, language: str) -> SimpleDocTemplate:
    """A document template writing into ``buffer``; ``invariant`` keeps the date and a random id out,
    so the same plan gives the same bytes."""
    return SimpleDocTemplate(
        buffer, pagesize=A4, leftMargin=MARGIN, rightMargin=MARGIN, topMargin=MARGIN, bottomMargin=MARGIN,
        title=printable(title)[0], author=printable(author)[0], subject=title, creator="crisiskaart",
        lang=pdf_language(language), invariant=1,
        initialFontName=REGULAR,  # not reportlab's Helvetica: listed but never embedded or used
    )
