"""The export formats by name: the CLI and the editor look writers up here.

Writers are referenced by import path so that importing this table is cheap (reportlab and qrcode
load only when a format is used). Every writer has the signature
``write(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport``, builds its
output in memory and writes it atomically (never a half-written file).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from crisiskaart.export.context import ExportContext, ExportReport
from crisiskaart.model.plan import CrisisPlan

Writer = Callable[[CrisisPlan, Path, ExportContext], ExportReport]


@dataclass(frozen=True)
class ExportFormat:
    name: str
    target: str  # "package.module:function"
    suffix: str  # default file suffix; "" for a folder
    writes_folder: bool = False

    def writer(self) -> Writer:
        module_name, _, function_name = self.target.partition(":")
        return getattr(importlib.import_module(module_name), function_name)


FORMATS: dict[str, ExportFormat] = {
    f.name: f
    for f in (
        ExportFormat("wallet-sheet", "crisiskaart.export.wallet_pdf:write_wallet_sheet", ".pdf"),
        ExportFormat("wallet-card", "crisiskaart.export.wallet_pdf:write_wallet_card", ".pdf"),
        ExportFormat("plan", "crisiskaart.export.plan_pdf:write_plan_pdf", ".pdf"),
        ExportFormat("html", "crisiskaart.export.plan_html:write_plan_html", ".html"),
        ExportFormat("qr-png", "crisiskaart.summary.exports:write_qr_png", ".png"),
        ExportFormat("qr-svg", "crisiskaart.summary.exports:write_qr_svg", ".svg"),
        ExportFormat("summary-text", "crisiskaart.summary.exports:write_summary_text", ".txt"),
        ExportFormat("summary-site", "crisiskaart.summary.exports:write_summary_site", "", True),
        ExportFormat("plan-van-aanpak", "crisiskaart.export.pva_pdf:write_plan_van_aanpak", ".pdf"),
        ExportFormat("letter", "crisiskaart.export.pva_pdf:write_letter", ".pdf"),
        ExportFormat("plan-van-aanpak-concept", "crisiskaart.export.pva_share:write_plan_van_aanpak_concept",
                     ".pdf"),
        ExportFormat("hearing-plan", "crisiskaart.export.pva_hearing:write_hearing_plan", ".pdf"),
        ExportFormat("zorgkaart", "crisiskaart.export.zorgkaart:write_zorgkaart", ".pdf"),
        ExportFormat("zelfbinding-worksheet",
                     "crisiskaart.export.zelfbinding_pdf:write_zelfbinding_worksheet", ".pdf"),
    )
}
