"""The offline QR: a vCard 3.0 that the built-in camera of an iPhone and of Android phones opens.

A QR with free text is ignored by the iPhone camera (DOMAIN.md §7); a vCard is recognised by both
and shown offline as a contact card: the name is the person, the phone entries are whom to call
("Bel: Anna Bakker (zus)", Apple's and Google's ``itemN.X-ABLabel`` convention) and the note
carries the rest of the summary. The QR may be at most version 10 at error correction M (213
bytes), so ``fit_vcard`` adds whole statements by priority while they fit and reports the rest;
a statement is never cut in half, because half a sentence can mean the opposite.
"""

from __future__ import annotations

from dataclasses import dataclass

from crisiskaart.summary.qr import OFFLINE_MAX_VERSION, fits, qr_version
from crisiskaart.summary.selection import SECTION_ORDER, ResponderSummary, SummaryEntry
from crisiskaart.summary.texts import section_short, word

CRLF = "\r\n"
PHONE_SECTIONS = frozenset({"contacts", "care_providers", "full_plan_available_at"})


def one_line(text: str) -> str:
    """Line breaks and runs of white space become one space: each statement stays on its own line."""
    return " ".join(text.split())


def escape(text: str) -> str:
    """A vCard 3.0 text value (RFC 2426 §4): backslash, comma, semicolon and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def short_date(summary_date) -> str:
    return f"{summary_date.day}-{summary_date.month}-{summary_date.year}"


def phone_label(entry: SummaryEntry, language: str) -> str:
    if entry.section == "contacts":
        return word("call", language, who=entry.text)
    return f"{section_short(entry.section, language)}: {entry.text}" if entry.text else \
        section_short(entry.section, language)


def is_phone_entry(entry: SummaryEntry) -> bool:
    return entry.section in PHONE_SECTIONS and bool(entry.tel or entry.phone.strip())


@dataclass(frozen=True)
class FittedVcard:
    text: str
    version: int
    name_shortened: bool
    birth_date_included: bool
    included: tuple[SummaryEntry, ...]
    left_out: tuple[SummaryEntry, ...]


def render_vcard(summary: ResponderSummary, entries: list[SummaryEntry], language: str, *,
                 name: str | None = None, birth_date: bool = True) -> str:
    """The vCard text holding ``entries`` (already chosen) of ``summary``."""
    name = one_line(summary.name if name is None else name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:;{escape(name)};;;", f"FN:{escape(name)}"]
    if birth_date and summary.birth_date:
        lines.append(f"BDAY:{summary.birth_date.isoformat()}")
    phones = sorted((e for e in entries if is_phone_entry(e)), key=lambda e: e.priority)
    for number, entry in enumerate(phones, start=1):
        lines.append(f"item{number}.TEL:{entry.tel or entry.phone.strip()}")
        lines.append(f"item{number}.X-ABLabel:{escape(one_line(phone_label(entry, language)))}")
    note = [_status_line(summary, language)]
    for section in SECTION_ORDER:
        chosen = [one_line(e.qr_text) for e in entries if e.section == section and not is_phone_entry(e)]
        if chosen:
            note.append(f"{section_short(section, language)}: " + "; ".join(chosen))
    lines.append("NOTE:" + escape("\n".join(note)))
    lines.append("END:VCARD")
    return CRLF.join(lines)


def _status_line(summary: ResponderSummary, language: str) -> str:
    if summary.valid_until:
        line = word("valid_until_short", language, date=short_date(summary.valid_until))
    else:
        line = word("no_valid_until", language)
    if summary.version is not None:
        line += f" ({word('version_short', language, number=summary.version)})"
    return line


def fit_vcard(summary: ResponderSummary, language: str = "nl",
              max_version: int = OFFLINE_MAX_VERSION) -> FittedVcard:
    """The vCard with as much of the summary as fits in QR ``max_version`` at EC M, by priority.

    Name and the validity line always go in (a very long name is shortened); then the birth date
    and every entry are tried from the most to the least important. Later, smaller entries may
    still fit after a larger one did not.
    """
    name, shortened = summary.name, False
    while not fits(render_vcard(summary, [], language, name=name, birth_date=False), max_version):
        name, shortened = name[:-2].rstrip() + "…", True
        if len(name) <= 2:
            raise ValueError("even an empty vCard does not fit")
    candidates: list[tuple[tuple[int, int], SummaryEntry | None]] = [((55, 0), None)]  # None: birth date
    candidates += [(e.priority, e) for e in summary.entries]
    chosen: list[SummaryEntry] = []
    left_out: list[SummaryEntry] = []
    with_birth_date = False
    for _, entry in sorted(candidates, key=lambda c: c[0]):
        if entry is None:
            if summary.birth_date:
                with_birth_date = fits(render_vcard(summary, chosen, language, name=name), max_version)
            continue
        trial = render_vcard(summary, [*chosen, entry], language, name=name, birth_date=with_birth_date)
        if fits(trial, max_version):
            chosen.append(entry)
        else:
            left_out.append(entry)
    text = render_vcard(summary, chosen, language, name=name, birth_date=with_birth_date)
    order = {id(e): i for i, e in enumerate(summary.entries)}
    return FittedVcard(
        text=text,
        version=qr_version(text),
        name_shortened=shortened,
        birth_date_included=with_birth_date,
        included=tuple(sorted(chosen, key=lambda e: order[id(e)])),
        left_out=tuple(sorted(left_out, key=lambda e: order[id(e)])),
    )
