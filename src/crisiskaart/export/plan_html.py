"""The full crisisplan as one accessible HTML file (docs/export-plan.md).

reportlab cannot write tagged PDF, so this is the accessible form of the same document tree:
semantic headings, ``lang``, lists and definition lists, a print stylesheet, no scripts and no
external resources. Every user text goes through ``html.escape``.
"""

from __future__ import annotations

from html import escape
from pathlib import Path

from crisiskaart.export.context import ExportContext, ExportReport
from crisiskaart.export.output import write_output
from crisiskaart.export.plan_document import (
    Block,
    Bullets,
    Entry,
    Paragraph,
    PlanDocument,
    SignatureBlock,
    plan_document,
)
from crisiskaart.export.texts import export_text
from crisiskaart.model.labels import field_label
from crisiskaart.model.plan import CrisisPlan

STYLE = """
body { font-family: "DejaVu Sans", "Noto Sans", Arial, sans-serif; line-height: 1.5; max-width: 46rem;
       margin: 2rem auto; padding: 0 1rem; color: #111; }
header p { color: #444; margin-top: 0; }
h1 { font-size: 1.8rem; margin-bottom: .25rem; }
h2 { color: #1F4E79; margin-top: 2rem; border-bottom: 1px solid #ccc; }
h3 { font-size: 1.05rem; margin: 1rem 0 .25rem; }
dl { margin: 0 0 .75rem; } dt { font-weight: bold; } dd { margin: 0 0 .35rem 1rem; white-space: pre-wrap; }
p, li { white-space: pre-wrap; }
.signature { border: 1px solid #bbb; padding: .5rem 1rem 1rem; margin: 1rem 0; break-inside: avoid; }
.line { display: inline-block; min-width: 16rem; border-bottom: 1px solid #555; height: 2.5rem; }
.date { min-width: 9rem; }
@media print {
  body { max-width: none; margin: 0; font-size: 10.5pt; }
  h2 { break-after: avoid; }
  .signature, section > h3 { break-inside: avoid; }
  a { color: inherit; text-decoration: none; }
}
"""


def _entry(title: str, rows: tuple[tuple[str, str], ...], level: str = "h3") -> list[str]:
    out = [f"<{level}>{escape(title)}</{level}>"] if title else []
    if rows:
        out.append("<dl>")
        out += [f"<dt>{escape(label)}</dt><dd>{escape(value)}</dd>" for label, value in rows]
        out.append("</dl>")
    return out


def _block(block: Block, language: str) -> list[str]:
    if isinstance(block, Paragraph):
        if block.label:
            return [f"<h3>{escape(block.label)}</h3>", f"<p>{escape(block.text)}</p>"]
        return [f"<p>{escape(block.text)}</p>"]
    if isinstance(block, Bullets):
        heading = [f"<h3>{escape(block.label)}</h3>"] if block.label else []
        return [*heading, "<ul>", *(f"<li>{escape(item)}</li>" for item in block.items), "</ul>"]
    if isinstance(block, Entry):
        return _entry(block.title, block.rows)
    if isinstance(block, SignatureBlock):
        title = block.name + (f" — {block.role}" if block.role.strip() else "")
        rows = ((field_label("agreed_to", language), block.agreed_to),) if block.agreed_to.strip() else ()
        date = escape(block.signed_on)
        return [
            '<div class="signature">',
            *_entry(title, rows),
            f'<p>{escape(export_text("signature", language))}: <span class="line"></span></p>',
            f'<p>{escape(export_text("date", language))}: <span class="line date">{date}</span></p>',
            "</div>",
        ]
    raise TypeError(type(block).__name__)


# Only in a concept, so the signed plan's file stays exactly as it was. On screen a banner that
# stays at the top while scrolling; on paper the same words across every printed page.
CONCEPT_STYLE = """
.concept { position: sticky; top: 0; margin: 0 0 1rem; padding: .6rem 1rem; font-weight: bold;
           color: #8E1B1B; background: #FDECEA; border: 2px solid #C62828; text-align: center; }
@media print {
  .concept { position: fixed; top: 45%; left: 0; right: 0; margin: 0; border: 0; background: none;
             color: rgba(198, 40, 40, .25); font-size: 34pt; transform: rotate(-35deg); }
}
"""


def html_document(document: PlanDocument, lang: str, concept: bool = False) -> str:
    """The page; a ``concept`` gets a visible banner (and the mark on every printed page)."""
    parts = [
        "<!DOCTYPE html>",
        f'<html lang="{lang}">',
        "<head>",
        '<meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{escape(document.title)}</title>",
        f'<meta name="author" content="{escape(document.name)}">',
        f"<style>{STYLE}</style>",
        *([f"<style>{CONCEPT_STYLE}</style>"] if concept else []),
        "</head>",
        "<body>",
        *([f'<p class="concept" role="note">{escape(export_text("concept_mark", document.language))}</p>']
          if concept else []),
        "<header>",
        f"<h1>{escape(document.title)}</h1>",
        f"<p>{escape(document.header)}</p>",
        "</header>",
        "<main>",
    ]
    for section in document.sections:
        parts.append(f'<section aria-labelledby="{section.key}">')
        parts.append(f'<h2 id="{section.key}">{escape(section.title)}</h2>')
        if section.key == "sign_offs":
            parts.append(f"<p>{escape(export_text('signatures_intro', document.language))}</p>")
        for block in section.blocks:
            parts += _block(block, document.language)
        parts.append("</section>")
    parts += ["</main>", "</body>", "</html>", ""]
    return "\n".join(parts)


def render_plan_html(plan: CrisisPlan, context: ExportContext) -> str:
    lang = "en" if context.language == "en" else "nl"
    return html_document(plan_document(plan, context), lang, context.concept)


def write_plan_html(plan: CrisisPlan, destination: Path, context: ExportContext) -> ExportReport:
    """HTML has no font limits: emoji and every script are kept as typed, so nothing is reported."""
    return write_output(destination, render_plan_html(plan, context).encode("utf-8"), [])
