"""The cards the benchmarks measure: the example card, and a huge card built from it.

The huge card is the heaviest card a person plausibly writes: ten medicines, and every free text
(each list item, each long field) 1,500 characters of ordinary Dutch words. It is built from the
example card so that every section is filled and the exports have something to lay out.
"""

from __future__ import annotations

import itertools

from pydantic import BaseModel

from crisiskaart.model import CrisisPlan, example_plan
from crisiskaart.model.base import ITEM_TEXT_LENGTH
from crisiskaart.model.sections import Medication

HUGE_TEXT = 1_500
MEDICINES = 10
_TEXT = (
    "als ik onrustig word wil ik dat je rustig tegen me praat en me de tijd geeft om te antwoorden "
    "bel eerst mijn zus en daarna de praktijkondersteuner neem mijn medicijnen mee naar de kliniek "
    "ik wil niet vastgehouden worden zonder uitleg vertel me steeds wat er gaat gebeuren"
)
_WORDS = _TEXT.split()


def words(length: int, seed: int = 0) -> str:
    """``length`` characters of words, different per ``seed`` so texts do not repeat exactly."""
    out: list[str] = []
    size = 0
    for word in itertools.islice(itertools.cycle(_WORDS), seed % len(_WORDS), None):
        if size + len(word) + 1 > length:
            break
        out.append(word)
        size += len(word) + 1
    text = " ".join(out)
    return (text + "." * length)[:length]


def _lengthen(model: BaseModel, counter: itertools.count) -> None:
    """Every text field that may hold 1,500 characters (ItemText, LongText) gets that many."""
    for name, field in type(model).model_fields.items():
        value = getattr(model, name)
        if isinstance(value, BaseModel):
            _lengthen(value, counter)
        elif isinstance(value, list):
            for item in value:
                if isinstance(item, BaseModel):
                    _lengthen(item, counter)
        elif isinstance(value, str) and value:
            limit = next((m.max_length for m in field.metadata if hasattr(m, "max_length")), None)
            if limit is not None and limit >= ITEM_TEXT_LENGTH:
                setattr(model, name, words(HUGE_TEXT, next(counter)))


def huge_plan() -> CrisisPlan:
    """The example card with ten medicines and every free text 1,500 characters long."""
    plan = example_plan().model_copy(deep=True)
    medicines = list(plan.health.medications)
    while len(medicines) < MEDICINES:
        n = len(medicines) + 1
        medicines.append(Medication(id=f"groot-{n:03d}", name=f"Medicijn {n}", dose=f"{n * 5} mg",
                                    timing="'s ochtends en 's avonds", purpose="tegen onrust",
                                    instructions="x"))
    plan.health.medications = medicines[:MEDICINES]
    _lengthen(plan, itertools.count())
    return CrisisPlan.model_validate(plan.model_dump())


def example() -> CrisisPlan:
    return example_plan()


def payload(plan: CrisisPlan) -> bytes:
    """The bytes the store keeps for a plan (as the editor saves it)."""
    from crisiskaart.app.cards import encode_plan

    return encode_plan(plan)


def variant(data: bytes, number: int) -> bytes:
    """The same plan with one small edit (the preferred name), as one more version of it."""
    edited = data.replace(b'"preferred_name": "Noor"', b'"preferred_name": "Noor %d"' % number, 1)
    assert edited != data, "the benchmark cards are built from the example card"
    return edited
