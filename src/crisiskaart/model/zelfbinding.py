"""A worksheet to prepare a zelfbindingsverklaring (Wvggz art. 4:1) — never the declaration itself.

In a zelfbindingsverklaring someone agrees in advance to compulsory care under circumstances they
describe. The law makes it valid only when it is drawn up together with the zorgverantwoordelijke
and a written statement of an independent doctor or other expert confirms the person could weigh
their interests in it (docs/plan-van-aanpak.md, "Werkblad zelfbindingsverklaring"). A program cannot
do either, so this holds only the person's own preparation for that conversation, item by item in
the order of art. 4:1 lid 2 (a–e). Every view of it says it is not a valid declaration.
"""

from __future__ import annotations

from pydantic import Field

from crisiskaart.model.base import ItemId, LongText, Model, Name, Phone, ShortText, new_item_id
from crisiskaart.model.sections import CompulsoryMeasure


class PersonToContact(Model):
    """Family or a naaste to be contacted when the circumstances of (a) arise (art. 4:1 lid 2 sub e)."""

    id: ItemId = Field(default_factory=new_item_id)
    name: Name = ""
    relation: Name = ""
    phone: Phone = ""


class ZelfbindingWorksheet(Model):
    """The person's answers to the five things a zelfbindingsverklaring must describe, and questions."""

    zorgverantwoordelijke: Name = ""  # the professional it must be drawn up with
    circumstances: LongText = ""  # a: when compulsory care must be given to prevent serious harm
    care_then: LongText = ""  # b: the care and compulsory care that may then be given
    measures: list[CompulsoryMeasure] = Field(default_factory=list, max_length=len(CompulsoryMeasure))  # b
    maximum_duration: ShortText = ""  # b: the longest the compulsory care may last
    ending: LongText = ""  # c: when the compulsory care stops
    validity: ShortText = ""  # d: how long the declaration is to be valid
    people_to_contact: list[PersonToContact] = Field(default_factory=list, max_length=20)  # e
    questions: LongText = ""  # what to ask the zorgverantwoordelijke
