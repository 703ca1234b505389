"""Write-only exporters over the model (wallet card, A4 plan, HTML, QR); no QtWidgets here.

The editor's live preview calls ``render_wallet_card(plan, context)``: it returns the print-shop
card PDF in memory (``WalletCardResult.pdf``), the panel count and what did not fit. reportlab is
imported only when one of the renderers is first used, so ``crisiskaart.export.formats`` stays
cheap to import.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from crisiskaart.export.context import ExportContext, ExportReport, NotFitted

if TYPE_CHECKING:
    from crisiskaart.export.wallet_pdf import WalletCardResult, render_wallet_card

__all__ = ["ExportContext", "ExportReport", "NotFitted", "WalletCardResult", "render_wallet_card"]


def __getattr__(name: str) -> Any:
    if name in ("render_wallet_card", "WalletCardResult"):
        from crisiskaart.export import wallet_pdf

        return getattr(wallet_pdf, name)
    raise AttributeError(f"module 'crisiskaart.export' has no attribute {name!r}")
