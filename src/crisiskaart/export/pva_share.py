"""Format ``plan-van-aanpak-concept``: the plan of action as a draft to share, always marked CONCEPT.

Writing the plan alone in 14 days is too much for many people; showing a draft to the behandelaar
or to family early helps, and lets the people named in an agreement say yes. A draft that is sent
around must never pass for the signed plan, so this prints the plan of action exactly as
``plan-van-aanpak`` does, with "CONCEPT — nog niet ondertekend" on every page whatever the
status of the version (``crisiskaart.app.context.DRAFT_FORMATS`` says so to the editor too).
"""

from __future__ import annotations

import dataclasses
from pathlib import Path

from crisiskaart.export.context import ExportContext, ExportReport, NotFitted
from crisiskaart.export.output import write_output
from crisiskaart.export.pva_pdf import render_plan_van_aanpak
from crisiskaart.model.plan import CrisisPlan


def render_plan_van_aanpak_concept(plan: CrisisPlan, context: ExportContext) -> tuple[bytes, list[NotFitted]]:
    return render_plan_van_aanpak(plan, dataclasses.replace(context, concept=True))


def write_plan_van_aanpak_concept(
    plan: CrisisPlan, destination: Path, context: ExportContext
) -> ExportReport:
    data, notices = render_plan_van_aanpak_concept(plan, context)
    return write_output(destination, data, notices)
