"""Benchmark of the card and plan exports against bare reportlab with the same text, in the same run.

    .venv/bin/python benchmarks/bench_export.py [--quick]

card ratio = render_wallet_card (layout, fitting, QR, two pages) / a bare reportlab Canvas that
             draws the card's words with drawString in the same font on two pages   (goal <= 2)
plan ratio = render_plan_pdf (A4 plan, header, page x of y, signatures) / a bare
             SimpleDocTemplate with one Paragraph per text of the same plan          (goal <= 2)
Both sides embed the same TrueType font; fonts are registered before timing starts.
"""

from __future__ import annotations

import io
import statistics
import sys
import time
from collections.abc import Callable
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "src"))

from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate

from crisiskaart.export import ExportContext, render_wallet_card
from crisiskaart.export.card_content import card_content
from crisiskaart.export.fonts import BOLD, REGULAR, register_fonts
from crisiskaart.export.plan_document import Bullets, Entry, SignatureBlock, plan_document
from crisiskaart.export.plan_document import Paragraph as DocParagraph
from crisiskaart.export.plan_pdf import render_plan_pdf
from crisiskaart.model import CrisisPlan, example_plan


def _timed(function: Callable[[], object], repeats: int) -> float:
    function()  # warm caches
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        function()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def bare_card(plan: CrisisPlan, context: ExportContext) -> bytes:
    content = card_content(plan, context)
    lines = [content.cover.title, content.cover.plea, content.cover.name, content.cover.born]
    for block in content.blocks:
        lines.append(block.title)
        lines += [f"{item.lead} {item.text}" for item in block.items]
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=(260, 630), invariant=1)
    for page in range(2):
        y = 610.0
        for number, line in enumerate(lines[page::2]):
            canvas.setFont(BOLD if number % 3 == 0 else REGULAR, 8)
            canvas.drawString(10, y, line[:60])
            y -= 10
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _texts(plan: CrisisPlan, context: ExportContext) -> list[str]:
    texts: list[str] = []
    for section in plan_document(plan, context).sections:
        texts.append(section.title)
        for block in section.blocks:
            if isinstance(block, DocParagraph):
                texts.append(block.text)
            elif isinstance(block, Bullets):
                texts += list(block.items)
            elif isinstance(block, Entry):
                texts.append(block.title)
                texts += [f"{label}: {value}" for label, value in block.rows]
            elif isinstance(block, SignatureBlock):
                texts += [block.name, block.agreed_to]
    return texts


def bare_plan(texts: list[str]) -> bytes:
    style = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5)
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build([Paragraph(escape(t), style) for t in texts])
    return buffer.getvalue()


def main() -> None:
    repeats = 5 if "--quick" in sys.argv else 30
    register_fonts()
    plan, context = example_plan(), ExportContext(version=3, responder_qr="https://example.org/v#" + "A" * 43)
    texts = _texts(plan, context)
    card = _timed(lambda: render_wallet_card(plan, context), repeats)
    card_base = _timed(lambda: bare_card(plan, context), repeats)
    full = _timed(lambda: render_plan_pdf(plan, context), repeats)
    full_base = _timed(lambda: bare_plan(texts), repeats)
    print(f"wallet card   {card * 1000:7.1f} ms   bare reportlab {card_base * 1000:6.1f} ms   "
          f"ratio {card / card_base:4.2f}  (goal <= 2)")
    print(f"full A4 plan  {full * 1000:7.1f} ms   bare reportlab {full_base * 1000:6.1f} ms   "
          f"ratio {full / full_base:4.2f}  (goal <= 2)")


if __name__ == "__main__":
    main()
