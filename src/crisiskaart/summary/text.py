"""The responder summary as plain text (the summary-text export), with what the QR holds."""

from __future__ import annotations

from crisiskaart.model.formatting import format_date
from crisiskaart.summary.content import QrContent
from crisiskaart.summary.selection import ResponderSummary
from crisiskaart.summary.texts import section_title, word


def summary_lines(summary: ResponderSummary, language: str) -> list[str]:
    lang = "en" if language == "en" else "nl"
    lines = [word("title", lang), "", f"{word('name', lang)}: {summary.name}"]
    if summary.birth_date:
        lines.append(f"{section_title('birth_date', lang)}: {format_date(summary.birth_date, lang)}")
    if summary.version is not None:
        lines.append(f"{word('version', lang)}: {summary.version}")
    if summary.valid_until:
        lines.append(f"{word('valid_until', lang)}: {format_date(summary.valid_until, lang)}")
    else:
        lines.append(f"{word('valid_until', lang)}: {word('no_valid_until', lang)}")
    for key, entries in summary.sections():
        lines += ["", section_title(key, lang)]
        for entry in entries:
            phone = f" — {entry.phone.strip()}" if entry.phone.strip() else ""
            lines.append(f"- {entry.text}{phone}" if entry.text else f"- {entry.phone.strip()}")
    return lines


def qr_lines(content: QrContent, language: str, viewer: str = "") -> list[str]:
    """"In de QR-code": the kind of QR, and exactly what it holds and what was left out."""
    lang = "en" if language == "en" else "nl"
    lines = [word("qr_heading", lang)]
    if content.mode == "linked":
        lines.append(word("qr_linked", lang, version=content.version, viewer=viewer))
        return lines
    lines += [word("qr_offline", lang, version=content.version), "", word("qr_included", lang)]
    lines.append(f"- {word('name', lang)}: {content.summary.name}")
    if content.summary.birth_date and content.birth_date_included:
        lines.append(f"- {section_title('birth_date', lang)}")
    lines += [f"- {section_title(e.section, lang)}: {e.qr_text}" for e in content.included]
    if content.left_out or (content.summary.birth_date and not content.birth_date_included):
        lines += ["", word("qr_left_out", lang)]
        if content.summary.birth_date and not content.birth_date_included:
            lines.append(f"- {section_title('birth_date', lang)}")
        lines += [f"- {section_title(e.section, lang)}: {e.qr_text}" for e in content.left_out]
    else:
        lines += ["", word("qr_nothing_left_out", lang)]
    return lines


def summary_text(summary: ResponderSummary, content: QrContent | None, language: str,
                 viewer: str = "") -> str:
    lines = summary_lines(summary, language)
    if content is not None:
        lines += ["", *qr_lines(content, language, viewer)]
    return "\n".join(lines) + "\n"
