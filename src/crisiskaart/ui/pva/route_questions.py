# ruff: noqa: E501 -- a data file of whole sentences; wrapping them would hurt translators
"""What the plan for the court hearing and the zelfbinding worksheet ask, in the editor's spec language.

The same FieldSpec/RecordSpec as the rest of the editor, so every input gets its label, its
explanation as accessible description, undo and validation. Texts are English sources for Qt
Linguist; the Dutch (B1, "je") is in the translations.
"""

from __future__ import annotations

from crisiskaart.model.base import Visibility
from crisiskaart.model.plan_van_aanpak import CourtRequest
from crisiskaart.model.sections import CompulsoryMeasure
from crisiskaart.model.zelfbinding import PersonToContact
from crisiskaart.ui.editor.spec import F, Kind, R, RecordSpec, SectionSpec
from crisiskaart.ui.pva.questions import KEY
from crisiskaart.ui.translations import QT_TRANSLATE_NOOP

ZELFBINDING = "zelfbinding"

HEARING_SECTION = SectionSpec(KEY, (
    F("plan_van_aanpak.hearing.hearing_on", Kind.DATE, "",
      QT_TRANSLATE_NOOP("Guide", "The day of the hearing, from the letter of the court. Write it as day-month-year. Leave it empty if you do not know it yet.")),
    F("plan_van_aanpak.hearing.hearing_time", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example 10.30 uur.")),
    F("plan_van_aanpak.hearing.court", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example Rechtbank Amsterdam.")),
    F("plan_van_aanpak.hearing.judge", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "The name of the judge, if you know it.")),
    F("plan_van_aanpak.hearing.location", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "Where the hearing is: at the court, or in the clinic or at home, where the judge comes to you.")),
    F("plan_van_aanpak.hearing.case_number", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "The number on the letter of the court (zaaknummer).")),
    F("plan_van_aanpak.hearing.lawyer", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "Your lawyer. You get one for free; the court arranges it. Ask the patient advocate (PVP) if you have not heard from a lawyer.")),
    F("plan_van_aanpak.hearing.lawyer_phone", Kind.PHONE),
    F("plan_van_aanpak.hearing.requests", Kind.MULTI_CHOICE, "",
      QT_TRANSLATE_NOOP("Guide", "Tick what you ask the judge. You may tick more than one."),
      choices=CourtRequest),
    F("plan_van_aanpak.hearing.request_to_court", Kind.LONG_TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "Say it in your own words. For example: I want to stay at home with my daughter. With this plan that works.")),
    F("plan_van_aanpak.hearing.why_now", Kind.LONG_TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example: I heard about it too late, or 14 days was too short to arrange everything. You do not have to fill this in.")),
))

PERSON_TO_CONTACT = RecordSpec(
    PersonToContact, (R("name"), R("relation"), R("phone", Kind.PHONE)), "name",
    QT_TRANSLATE_NOOP("Guide", "Add someone to call"), Visibility.PLAN)

# In the order of art. 4:1 lid 2 Wvggz (a–e), after the professional to draw it up with.
ZELFBINDING_SECTION = SectionSpec(ZELFBINDING, (
    F("zelfbinding.zorgverantwoordelijke", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "The professional responsible for your care, often your psychiatrist. You draw up the declaration together.")),
    F("zelfbinding.circumstances", Kind.LONG_TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "Describe what happens then, as concretely as you can. For example: I have not slept for three nights and I hear voices.")),
    F("zelfbinding.care_then", Kind.LONG_TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example: first a talk with my FACT team at home, then a few days in the clinic.")),
    F("zelfbinding.measures", Kind.MULTI_CHOICE, "",
      QT_TRANSLATE_NOOP("Guide", "Tick the forms of compulsory care that may then be used."),
      choices=CompulsoryMeasure),
    F("zelfbinding.maximum_duration", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example: two weeks.")),
    F("zelfbinding.ending", Kind.LONG_TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example: when I sleep well again for five nights.")),
    F("zelfbinding.validity", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "You agree on this with your zorgverantwoordelijke. For example: one year.")),
    F("zelfbinding.people_to_contact", Kind.RECORDS, "",
      QT_TRANSLATE_NOOP("Guide", "They are called when what you wrote under a. happens."),
      record=PERSON_TO_CONTACT),
    F("zelfbinding.questions", Kind.LONG_TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "For example: may my sister be there?")),
))
