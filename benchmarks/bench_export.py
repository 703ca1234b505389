"""The wallet card and the A4 plan against bare reportlab with the same text, in turns, caches cold.

    .venv/bin/python benchmarks/bench_export.py [--quick]

wallet_card      = ``render_wallet_card`` of the example card / a bare reportlab Canvas drawing
                   the text our card shows (read back from our PDF) with drawString, line by line,
                   on pages of the same size, and the card's QR symbol made by the ``qrcode``
                   library for the same payload (the one encoding a card cannot do without)
                                                                                     (goal <= 2)
wallet_card_huge = the same for the huge card (ten medicines, 1,500-character texts) (goal <= 3)
plan             = ``render_plan_pdf`` of the example card / a bare SimpleDocTemplate with the same
                   headings, paragraphs and tables (one Table per entry and signature) (goal <= 2)
plan_huge        = the same for the huge card (without --quick)

Cold: before every run of ours, every functools cache in ``crisiskaart.*`` is emptied, so each run
costs what the first export of a session costs (text fitting and QR caches included). Both sides
embed the same TrueType font, registered before the clock starts; reportlab's own caches are warm
for both.
"""

from __future__ import annotations

import io
import sys
from pathlib import Path
from xml.sax.saxutils import escape

sys.path.insert(0, str(Path(__file__).resolve().parent))

import qrcode
import timing
from cards import example, huge_plan
from qrcode.constants import ERROR_CORRECT_M
from qrcode.util import MODE_8BIT_BYTE, QRData
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table

from crisiskaart.export import ExportContext, render_wallet_card
from crisiskaart.export.card_content import card_content
from crisiskaart.export.fonts import BOLD, REGULAR, register_fonts
from crisiskaart.export.plan_pdf import render_plan_pdf
from crisiskaart.model import CrisisPlan

CONTEXT = ExportContext(version=3, responder_qr="https://example.org/v#" + "A" * 43)


def _pdf(result: object) -> bytes:
    if isinstance(result, bytes):
        return result
    if isinstance(result, tuple):
        return result[0]
    return result.pdf  # type: ignore[attr-defined]


def _pages(pdf: bytes) -> list[tuple[tuple[float, float], list[str]]]:
    """(page size, lines of text) of each page, as a reader of the PDF sees them."""
    from pypdf import PdfReader

    pages = []
    for page in PdfReader(io.BytesIO(pdf)).pages:
        box = page.mediabox
        lines = [line for line in (page.extract_text() or "").splitlines() if line.strip()]
        pages.append(((float(box.width), float(box.height)), lines))
    return pages


def _bare_qr(canvas: Canvas, payload: str) -> None:
    """The card's QR symbol straight from the ``qrcode`` library (byte mode, level M, smallest
    version), its dark runs as one path: the one encoding and drawing any card with a QR needs."""
    code = qrcode.QRCode(error_correction=ERROR_CORRECT_M, border=0)
    code.add_data(QRData(payload.encode("utf-8"), mode=MODE_8BIT_BYTE, check_data=False))
    code.make(fit=True)
    matrix = code.get_matrix()
    runs = []
    for y, row in enumerate(matrix):
        x = 0
        while x < len(row):
            start = x
            while x < len(row) and row[x]:
                x += 1
            if x > start:
                runs.append(f"{start} {len(matrix) - 1 - y} {x - start} 1 re")
            x += 1
    canvas.saveState()
    canvas.translate(8, 8)
    canvas.scale(1.4, 1.4)
    canvas.addLiteral("\n".join(runs) + "\nf")
    canvas.restoreState()


def bare_card(pages: list[tuple[tuple[float, float], list[str]]], qr_payload: str = "") -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for number_of_page, (size, lines) in enumerate(pages):
        canvas.setPageSize(size)
        y = size[1] - 8
        step = max(2.0, (size[1] - 16) / max(1, len(lines)))
        for number, line in enumerate(lines):
            canvas.setFont(BOLD if number % 4 == 0 else REGULAR, min(7.0, step))
            canvas.drawString(6, y, line)
            y -= step
        if qr_payload and number_of_page == len(pages) - 1:  # the back panel is on side B
            _bare_qr(canvas, qr_payload)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()


def _story_parts(plan: CrisisPlan) -> list[tuple[str, object]]:
    """The plan's headings, paragraphs and tables, as the A4 document lays them out."""
    from crisiskaart.export.plan_document import Bullets, Entry, SignatureBlock, plan_document
    from crisiskaart.export.plan_document import Paragraph as DocParagraph

    parts: list[tuple[str, object]] = []
    document = plan_document(plan, CONTEXT)
    parts.append(("title", document.title))
    for section in document.sections:
        parts.append(("heading", section.title))
        for block in section.blocks:
            if isinstance(block, DocParagraph):
                parts.append(("text", f"{block.label}: {block.text}" if block.label else block.text))
            elif isinstance(block, Bullets):
                if block.label:
                    parts.append(("text", block.label))
                parts += [("text", "• " + item) for item in block.items]
            elif isinstance(block, Entry):
                parts.append(("heading", block.title))
                parts.append(("table", [list(row) for row in block.rows] or [["", ""]]))
            elif isinstance(block, SignatureBlock):
                parts.append(("table", [[block.name, block.role], [block.agreed_to, block.signed_on]]))
    return parts


def bare_plan(parts: list[tuple[str, object]]) -> bytes:
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13.5)
    heading = ParagraphStyle("heading", fontName=BOLD, fontSize=13, leading=17, spaceBefore=8)
    title = ParagraphStyle("title", fontName=BOLD, fontSize=18, leading=22)
    cell = ParagraphStyle("cell", fontName=REGULAR, fontSize=9.5, leading=12.5)
    story = []
    for kind, value in parts:
        if kind == "table":
            rows = [[Paragraph(escape(str(text)), cell) for text in row] for row in value]  # type: ignore[attr-defined]
            # splitInRow: a cell of 1,500 characters (the huge card) may be taller than a page
            story.append(Table(rows, colWidths=[150, 330], splitInRow=1))
        else:
            style = {"title": title, "heading": heading}.get(kind, body)
            story.append(Paragraph(escape(str(value)), style))
    buffer = io.BytesIO()
    SimpleDocTemplate(buffer, pagesize=A4, invariant=1).build(story)
    return buffer.getvalue()


def _card_ratio(plan: CrisisPlan, repeat: int) -> tuple[float, float, float]:
    pages = _pages(_pdf(render_wallet_card(plan, CONTEXT)))
    payload = card_content(plan, CONTEXT).back.qr_payload
    bare_card(pages, payload)  # both paths loaded once before the clock
    ours, base = timing.in_turns(lambda: render_wallet_card(plan, CONTEXT),
                                 lambda: bare_card(pages, payload), repeat, before=timing.clear_caches)
    return timing.ratio(ours, base), ours, base


def _plan_ratio(plan: CrisisPlan, repeat: int) -> tuple[float, float, float]:
    parts = _story_parts(plan)
    render_plan_pdf(plan, CONTEXT)
    bare_plan(parts)
    ours, base = timing.in_turns(lambda: render_plan_pdf(plan, CONTEXT), lambda: bare_plan(parts),
                                 repeat, before=timing.clear_caches)
    return timing.ratio(ours, base), ours, base


def measure(quick: bool) -> dict[str, float]:
    repeat = 3 if quick else 15
    register_fonts()
    normal, huge = example(), huge_plan()
    results: dict[str, float] = {}
    for key, plan in (("wallet_card", normal), ("wallet_card_huge", huge)):
        ratio, ours, base = _card_ratio(plan, repeat)
        results.update({key: ratio, f"{key}_ms": ours * 1000, f"{key}_bare_ms": base * 1000})
    plans = [("plan", normal)] + ([] if quick else [("plan_huge", huge)])
    for key, plan in plans:
        ratio, ours, base = _plan_ratio(plan, repeat)
        results.update({key: ratio, f"{key}_ms": ours * 1000, f"{key}_bare_ms": base * 1000})
    return results


def main() -> int:
    r = measure("--quick" in sys.argv)
    for key, label, goal in (("wallet_card", "wallet card, example", 2), ("wallet_card_huge",
                             "wallet card, huge", 3), ("plan", "A4 plan, example", 2),
                             ("plan_huge", "A4 plan, huge", 2)):
        if key in r:
            print(f"{label:22s} {r[key + '_ms']:8.1f} ms   bare reportlab {r[key + '_bare_ms']:7.1f} ms   "
                  f"ratio {r[key]:5.2f}  (goal <= {goal}, caches cold)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
