"""The offline QR: a vCard 3.0 that phone cameras and scanner apps open as a contact card, offline.

How it is written, and why (docs/responder-summary.md §2 names the readers and their sources):

* Every number is a plain ``TEL;TYPE=VOICE:`` line. ZXing, the library behind many Android
  scanner apps, finds a property only at the start of a line, so Apple's grouped ``item1.TEL``
  is invisible to it. Android's own vCard importer files a number without TYPE as the person's
  *home* number; VOICE, the vCard default type, it files as "Other": someone else to call.
* Who a number belongs to is a line of the NOTE, with the number as written ("Bel: Anna Bakker
  (zus) 06 0000 0101"): ZXing shows numbers without labels and Android's importer drops Apple's
  label, but every reader that shows the note shows this line.
* For the iPhone, when room is left, a grouped copy ``itemN.TEL`` with ``itemN.X-ABLabel`` puts
  the label beside the number (Apple's own convention); that number then shows twice, once labelled.
* Lines are folded at 75 octets (RFC 2426 §2.6), never inside a UTF-8 character or an escape, and
  the text ends with CRLF.

``fit_vcard`` fills the largest QR the card's back panel holds (``OFFLINE_MAX_VERSION``) by
priority. A statement is never cut in half, because half a sentence can mean the opposite. Only
names are shortened, with "…": the person's name and the name of whom to call, the longest
first, so a long name in any script never pushes the first phone number out.
"""

from __future__ import annotations

import dataclasses
import functools
import re
from collections.abc import Callable
from dataclasses import dataclass, field

from crisiskaart.summary.qr import OFFLINE_MAX_VERSION, fits, qr_version
from crisiskaart.summary.selection import PRIORITY, SECTION_ORDER, ResponderSummary, SummaryEntry
from crisiskaart.summary.texts import section_short, word

CRLF = "\r\n"
FOLD_AT = 75  # octets per line, line break not counted (RFC 2426 §2.6)
TEL_TYPE = "VOICE"
PHONE_SECTIONS = frozenset({"contacts", "care_providers", "full_plan_available_at"})
EVERY_ITEM_FIRST = frozenset({"contacts", "allergies"})  # not only their first item goes in early
NAME_CAP = 40  # characters of a name while the rest is chosen; more only when room is left at the end
MIN_WHO = 12  # a later contact's name is shortened to no fewer characters, or left out
ELLIPSIS = "…"


def one_line(text: str) -> str:
    """Line breaks and runs of white space become one space: each statement stays on its own line."""
    return " ".join(text.split())


def escape(text: str) -> str:
    """A vCard 3.0 text value (RFC 2426 §4): backslash, comma, semicolon and newlines escaped."""
    text = text.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return text.replace("\r\n", "\\n").replace("\n", "\\n").replace("\r", "\\n")


def fold(line: str) -> str:
    """One content line folded into physical lines of at most 75 octets (continuations start with a space)."""
    pieces, current, size = [], "", 0
    for token in re.findall(r"\\.|.", line, flags=re.DOTALL):  # an escape pair stays together
        octets = len(token.encode("utf-8"))
        if size + octets > FOLD_AT:
            pieces.append(current)
            current, size = " ", 1
        current += token
        size += octets
    pieces.append(current)
    return CRLF.join(pieces)


def short_date(summary_date) -> str:
    return f"{summary_date.day}-{summary_date.month}-{summary_date.year}"


def dial_number(entry: SummaryEntry) -> str:
    """The number a phone dials: the normalised one, or the digits of what was written."""
    return entry.tel or re.sub(r"[^0-9+*#]", "", entry.phone)


def is_phone_entry(entry: SummaryEntry) -> bool:
    return entry.section in PHONE_SECTIONS and bool(dial_number(entry))


def phone_label(entry: SummaryEntry, language: str, who: str | None = None) -> str:
    """ "Bel: Anna Bakker (zus)", "Hulp: FACT-team Oost": whom a number reaches."""
    who = one_line(entry.text) if who is None else who
    if entry.section == "contacts":
        return word("call", language, who=who)
    short = section_short(entry.section, language)
    return f"{short}: {who}" if who else short


def _cut(text: str, cap: int) -> str:
    return text if len(text) <= cap else text[: max(cap - 1, 1)].rstrip() + ELLIPSIS


@dataclass(frozen=True)
class FittedVcard:
    text: str
    version: int
    name_shortened: bool
    birth_date_included: bool
    included: tuple[SummaryEntry, ...]
    left_out: tuple[SummaryEntry, ...]
    shortened: tuple[SummaryEntry, ...] = ()  # in the QR, but with the name of whom to call shortened
    labelled: tuple[SummaryEntry, ...] = ()  # numbers that also carry Apple's label


@dataclass(frozen=True)
class _Draft:
    """What a vCard holds: the (maybe shortened) name, the chosen entries and how each is shown."""

    name: str
    entries: tuple[SummaryEntry, ...] = ()
    birth_date: bool = False
    labelled: tuple[SummaryEntry, ...] = ()
    who: dict[int, str] = field(default_factory=dict)  # id(entry) -> shortened name of whom to call

    def shown(self, entry: SummaryEntry) -> str:
        return self.who.get(id(entry), one_line(entry.text))

    def add(self, entry: SummaryEntry) -> _Draft:
        return dataclasses.replace(self, entries=(*self.entries, entry))


def _note_text(draft: _Draft, entry: SummaryEntry) -> str:
    if not is_phone_entry(entry):
        return one_line(entry.qr_text)
    written = one_line(entry.phone) or dial_number(entry)
    return f"{draft.shown(entry)} {written}".strip()


def _distinct_numbers(entries) -> list[SummaryEntry]:
    """The phone entries by priority, the first of each number only."""
    seen: set[str] = set()
    chosen = []
    for entry in sorted((e for e in entries if is_phone_entry(e)), key=lambda e: e.priority):
        if dial_number(entry) not in seen:
            seen.add(dial_number(entry))
            chosen.append(entry)
    return chosen


def _render(summary: ResponderSummary, draft: _Draft, language: str) -> str:
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"N:;{escape(draft.name)};;;", f"FN:{escape(draft.name)}"]
    if draft.birth_date and summary.birth_date:
        lines.append(f"BDAY:{summary.birth_date.isoformat()}")
    phones = _distinct_numbers(draft.entries)  # one TEL per number; the note says who answers it
    lines += [f"TEL;TYPE={TEL_TYPE}:{dial_number(e)}" for e in phones]
    labelled = [e for e in phones if any(e is x for x in draft.labelled)]
    for number, entry in enumerate(labelled, start=1):
        lines.append(f"item{number}.TEL;TYPE={TEL_TYPE}:{dial_number(entry)}")
        lines.append(f"item{number}.X-ABLabel:{escape(phone_label(entry, language, draft.shown(entry)))}")
    note = [_status_line(summary, language)]
    for section in SECTION_ORDER:
        chosen = [_note_text(draft, e) for e in draft.entries if e.section == section]
        if chosen:
            note.append(f"{section_short(section, language)}: " + "; ".join(chosen))
    lines.append("NOTE:" + escape("\n".join(note)))
    lines.append("END:VCARD")
    return CRLF.join(fold(line) for line in lines) + CRLF


def _status_line(summary: ResponderSummary, language: str) -> str:
    if summary.valid_until:
        line = word("valid_until_short", language, date=short_date(summary.valid_until))
    else:
        line = word("no_valid_until", language)
    if summary.version is not None:
        line += f" ({word('version_short', language, number=summary.version)})"
    return line


_BIRTH_DATE = object()


def _candidates(summary: ResponderSummary, first: SummaryEntry | None) -> list[object]:
    """What is tried after the first number, most important first.

    First every section's most important item (every contact and every allergy), with the birth
    date among them; then Apple's labels for the numbers already in; then the remaining items.
    A responder gets something of each section before the second point of any one.
    """
    leading: list[tuple[tuple[int, int], object]] = [((PRIORITY["birth_date"], 0), _BIRTH_DATE)]
    rest: list[SummaryEntry] = []
    seen: set[str] = set()
    for entry in sorted(summary.entries, key=lambda e: e.priority):
        if entry is first:
            seen.add(entry.section)
            continue
        if entry.section not in seen or entry.section in EVERY_ITEM_FIRST:
            leading.append((entry.priority, entry))
        else:
            rest.append(entry)
        seen.add(entry.section)
    ordered = [item for _, item in sorted(leading, key=lambda pair: pair[0])]
    labels = [("label", e) for e in _distinct_numbers(summary.entries)]
    return [*ordered, *labels, *rest]


def _largest(low: int, high: int, works: Callable[[int], bool]) -> int | None:
    """The largest n in low..high for which ``works(n)`` (assumed monotonic), or None."""
    if low > high or not works(low):
        return None
    while low < high:
        middle = (low + high + 1) // 2
        if works(middle):
            low = middle
        else:
            high = middle - 1
    return low


def _with_who(draft: _Draft, entry: SummaryEntry, cap: int) -> _Draft:
    """``draft`` showing at most ``cap`` characters of whom ``entry`` calls."""
    who = dict(draft.who)
    full = one_line(entry.text)
    if len(full) > cap:
        who[id(entry)] = _cut(full, cap)
    else:
        who.pop(id(entry), None)
    return dataclasses.replace(draft, who=who)


def _start(summary: ResponderSummary, first: SummaryEntry | None, ok: Callable[[_Draft], bool]) -> _Draft:
    """Name, validity and the first number, which always go in: names shortened, never the number.

    Names start at ``NAME_CAP`` characters, so statements get their turn before the end of a
    very long name; if even that is too much, the longest of the two names gives way first.
    """
    full = one_line(summary.name)
    who = one_line(first.text) if first else ""

    def capped(cap: int) -> _Draft:
        draft = _Draft(_cut(full, cap), (first,) if first else ())
        return _with_who(draft, first, cap) if first else draft

    start = capped(NAME_CAP)
    if ok(start):
        return start
    cap = _largest(2, min(NAME_CAP, max(len(full), len(who))), lambda c: ok(capped(c)))
    if cap is None:
        raise ValueError("even a vCard with only a name and one number does not fit")
    return capped(cap)


def _added_phone(draft: _Draft, entry: SummaryEntry, ok: Callable[[_Draft], bool]) -> _Draft | None:
    """``draft`` with the number of ``entry``, its name shortened (to ``MIN_WHO``) as far as needed."""
    longest = min(NAME_CAP, len(one_line(entry.text)))
    cap = _largest(min(MIN_WHO, longest), longest, lambda c: ok(_with_who(draft.add(entry), entry, c)))
    return None if cap is None else _with_who(draft.add(entry), entry, cap)


def _grown(draft: _Draft, low: int, high: int, make: Callable[[_Draft, int], _Draft],
           ok: Callable[[_Draft], bool]) -> _Draft:
    """``make(draft, cap)`` for the largest cap in ``low..high`` that fits; ``low`` fits already."""
    cap = _largest(low, high, lambda c: ok(make(draft, c)))
    return make(draft, low if cap is None else cap)


def _named(full: str, draft: _Draft, cap: int) -> _Draft:
    return dataclasses.replace(draft, name=_cut(full, cap))


def _calling(entry: SummaryEntry, draft: _Draft, cap: int) -> _Draft:
    return _with_who(draft, entry, cap)


def _names_restored(draft: _Draft, summary: ResponderSummary, ok: Callable[[_Draft], bool]) -> _Draft:
    """Give back what room is left to shortened names: the person's first, then whom to call."""
    full = one_line(summary.name)
    draft = _grown(draft, len(draft.name), len(full), functools.partial(_named, full), ok)
    for entry in sorted((e for e in draft.entries if id(e) in draft.who), key=lambda e: e.priority):
        low, high = len(draft.who[id(entry)]), len(one_line(entry.text))
        draft = _grown(draft, low, high, functools.partial(_calling, entry), ok)
    return draft


def fit_vcard(summary: ResponderSummary, language: str = "nl",
              max_version: int = OFFLINE_MAX_VERSION) -> FittedVcard:
    """The vCard with as much of the summary as fits in QR ``max_version`` at EC M, by priority.

    Name, the validity line and the first number always go in (``_start``); then the candidates
    of ``_candidates`` one by one, and at the end the rest of any long name. Later, smaller
    entries may still fit after a larger one did not.
    """

    def ok(draft: _Draft) -> bool:
        return fits(_render(summary, draft, language), max_version)

    phones = sorted((e for e in summary.entries if is_phone_entry(e)), key=lambda e: e.priority)
    first = phones[0] if phones else None
    draft = _start(summary, first, ok)
    left_out: list[SummaryEntry] = []
    for candidate in _candidates(summary, first):
        if candidate is _BIRTH_DATE:
            if summary.birth_date and ok(trial := dataclasses.replace(draft, birth_date=True)):
                draft = trial
            continue
        if isinstance(candidate, tuple):  # Apple's label for a number that is in
            _, entry = candidate
            if any(entry is e for e in draft.entries):
                trial = dataclasses.replace(draft, labelled=(*draft.labelled, entry))
                draft = trial if ok(trial) else draft
            continue
        assert isinstance(candidate, SummaryEntry)
        if is_phone_entry(candidate):
            added = _added_phone(draft, candidate, ok)
        else:
            added = draft.add(candidate) if ok(draft.add(candidate)) else None
        if added is None:
            left_out.append(candidate)
        else:
            draft = added
    draft = _names_restored(draft, summary, ok)
    text = _render(summary, draft, language)
    order = {id(e): i for i, e in enumerate(summary.entries)}

    def in_order(entries) -> tuple[SummaryEntry, ...]:
        return tuple(sorted(entries, key=lambda e: order[id(e)]))

    return FittedVcard(
        text=text,
        version=qr_version(text),
        name_shortened=draft.name != one_line(summary.name),
        birth_date_included=draft.birth_date and summary.birth_date is not None,
        included=in_order(draft.entries),
        left_out=in_order(left_out),
        shortened=in_order(e for e in draft.entries if id(e) in draft.who),
        labelled=in_order(draft.labelled),
    )
