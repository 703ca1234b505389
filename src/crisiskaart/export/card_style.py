"""Colours and the optional logo of the card: neutral by default, an organisation's when it has a profile.

The protected Crisiskaart logo is never used by default (docs/domain.md §6): without a profile there is
no logo at all. A colour too light for text is kept for the cover band only; headings then print
in near-black so they stay readable.
"""

from __future__ import annotations

from dataclasses import dataclass

from reportlab.lib.colors import Color, HexColor
from reportlab.lib.utils import ImageReader

from crisiskaart.export.context import ExportContext, NotFitted
from crisiskaart.export.texts import export_text

NEUTRAL_ACCENT = "#1F4E79"  # dark blue: contrast 8.6:1 on white
TEXT = HexColor("#111111")
MUTED = HexColor("#555555")
WHITE = HexColor("#FFFFFF")


def _luminance(colour: Color) -> float:
    def channel(value: float) -> float:
        return value / 12.92 if value <= 0.03928 else ((value + 0.055) / 1.055) ** 2.4

    return 0.2126 * channel(colour.red) + 0.7152 * channel(colour.green) + 0.0722 * channel(colour.blue)


def contrast(first: Color, second: Color) -> float:
    """WCAG contrast ratio of two colours (1 to 21)."""
    a, b = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (a + 0.05) / (b + 0.05)


@dataclass(frozen=True)
class CardStyle:
    accent: Color  # cover band
    on_accent: Color  # text on the band
    heading: Color  # section headings on white
    logo: ImageReader | None


def card_style(context: ExportContext, notices: list[NotFitted]) -> CardStyle:
    """The style for ``context``; an unreadable logo becomes a notice, never a failed export."""
    organisation = context.organisation
    accent = HexColor(organisation.colour if organisation and organisation.colour else NEUTRAL_ACCENT)
    on_accent = WHITE if contrast(accent, WHITE) >= contrast(accent, TEXT) else TEXT
    heading = accent if contrast(accent, WHITE) >= 4.5 else TEXT
    logo = None
    if organisation is not None:
        path = organisation.logo_path(context.organisation_file)
        if path is not None:
            try:
                logo = ImageReader(str(path))
                logo.getSize()
            except Exception:  # any unreadable image: reportlab and PIL raise many kinds
                logo = None
                notices.append(NotFitted("cover", path.name, export_text("reason_logo", context.language)))
    return CardStyle(accent, on_accent, heading, logo)
