"""The responder summary as plain text (the summary-text export), with what the QR holds."""

from __future__ import annotations

from crisiskaart.model.formatting import format_date
from crisiskaart.summary.content import QrContent
from crisiskaart.summary.qr import PrintSize, modules, print_size
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


def _mm(value: float, language: str) -> str:
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text if language == "en" else text.replace(".", ",")


def size_statement(version: int, size: PrintSize, language: str) -> str:
    """The printed size, the symbol without its quiet zone ("… 46,5 mm (modules van 0,5 mm) …")."""
    return word("qr_print_size", language, version=version, symbol=_mm(size.symbol_mm, language),
                module=_mm(size.module_mm, language), quiet=_mm(size.quiet_zone_mm, language))


def qr_lines(content: QrContent, language: str, viewer: str = "") -> list[str]:
    """"In de QR-code": the kind of QR, and exactly what it holds and what was left out."""
    lang = "en" if language == "en" else "nl"
    lines = [word("qr_heading", lang)]
    if content.mode == "linked":
        lines.append(word("qr_linked", lang, version=content.version, viewer=viewer))
        return lines
    lines += [word("qr_offline", lang, version=content.version),
              size_statement(content.version, print_size(modules(content.version)), lang),
              "", word("qr_included", lang)]
    shortened = f" ({word('shortened_reason', lang)})"
    name_note = shortened if content.name_shortened else ""
    lines.append(f"- {word('name', lang)}: {content.summary.name}{name_note}")
    if content.summary.birth_date and content.birth_date_included:
        lines.append(f"- {section_title('birth_date', lang)}")
    for entry in content.included:
        note = shortened if any(entry is e for e in content.shortened) else ""
        lines.append(f"- {section_title(entry.section, lang)}: {entry.qr_text}{note}")
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
