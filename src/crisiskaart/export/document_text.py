"""A document tree as plain text, for the editor's read-only views of what a PDF will say.

The editor shows the zorgkaart and the cover for the court hearing from the very same tree the
PDF is made of, so the screen and the paper never disagree.
"""

from __future__ import annotations

from crisiskaart.export.a4_document import Notice, WriteLines
from crisiskaart.export.plan_document import Bullets, Entry, Paragraph, Section, SignatureBlock


def _block_lines(block: object) -> list[str]:
    if isinstance(block, Paragraph):
        return [f"{block.label}: {block.text}" if block.label else block.text]
    if isinstance(block, Bullets):
        return ([block.label] if block.label else []) + [f"• {item}" for item in block.items]
    if isinstance(block, Entry):
        rows = [f"{label}: {value}" for label, value in block.rows]
        return [block.title, *("    " + row for row in rows)] if block.title else rows
    if isinstance(block, Notice):
        return [block.heading, *block.paragraphs, *(f"• {p}" for p in block.points)]
    if isinstance(block, WriteLines):
        return [block.label] if block.label else []
    if isinstance(block, SignatureBlock):
        return [f"{block.name} — {block.role}" if block.role else block.name]
    raise TypeError(type(block).__name__)


def sections_text(sections: list[Section]) -> str:
    """Each section's title, then its blocks, with an empty line between sections."""
    parts = []
    for section in sections:
        lines = [section.title]
        for block in section.blocks:
            lines += _block_lines(block)
        parts.append("\n".join(lines))
    return "\n\n".join(parts)
