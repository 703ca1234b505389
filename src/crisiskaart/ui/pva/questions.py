# ruff: noqa: E501 -- a data file of whole sentences; wrapping them would hurt translators
"""What the eigen plan van aanpak asks, part by part (docs/domain.md §5), in the editor's spec language.

The same declarative FieldSpec/SectionSpec as the crisisplan, so GuidedView ("stap voor stap") and
SectionPage ("overzicht") work unchanged. Texts are English sources for Qt Linguist; the Dutch (B1,
"je") is in ``translations_nl.json`` until the lead merges it into the .ts file.
"""

from __future__ import annotations

from crisiskaart.model.base import Visibility
from crisiskaart.model.deadlines import DayCounting
from crisiskaart.model.plan_van_aanpak import (
    ActionTopic,
    FamilyWish,
    Helper,
    LifeArea,
    LifeAreaKind,
    PermissionDecision,
    PlannedAction,
)
from crisiskaart.ui.editor.spec import F, Kind, R, RecordSpec, SectionSpec
from crisiskaart.ui.translations import QT_TRANSLATE_NOOP

KEY = "plan_van_aanpak"

LIFE_AREA = RecordSpec(
    LifeArea,
    (R("area", Kind.CHOICE, choices=LifeAreaKind), R("situation", Kind.LONG_TEXT),
     R("support_needed", Kind.LONG_TEXT)),
    "situation", QT_TRANSLATE_NOOP("Guide", "Add a life area"), Visibility.PLAN)
FAMILY_WISH = RecordSpec(
    FamilyWish, (R("who"), R("wish", Kind.LONG_TEXT)), "who",
    QT_TRANSLATE_NOOP("Guide", "Add a wish"), Visibility.PLAN)
ACTION = RecordSpec(
    PlannedAction,
    (R("topic", Kind.CHOICE, choices=ActionTopic), R("what", Kind.LONG_TEXT), R("who"), R("when"),
     R("agreed", Kind.FLAG, explanation=QT_TRANSLATE_NOOP(
         "Guide", "Tick this when everyone named under Who has said yes to doing it.")),
     R("agreed_on", Kind.DATE)),
    "what", QT_TRANSLATE_NOOP("Guide", "Add an agreement"), Visibility.PLAN)
HELPER = RecordSpec(
    Helper,
    (R("name"), R("relation"), R("agrees_to", Kind.LONG_TEXT), R("signed_on", Kind.DATE)),
    "name", QT_TRANSLATE_NOOP("Guide", "Add someone who helped"), Visibility.PLAN)

# The parts of the plan itself, in the order of docs/domain.md §5.
PLAN_SECTION = SectionSpec(KEY, (
    F("plan_van_aanpak.my_situation", Kind.LONG_TEXT,
      QT_TRANSLATE_NOOP("Guide", "How are things going for you now?"),
      QT_TRANSLATE_NOOP("Guide", "Describe your situation in your own words: what happened, and why others are worried. Being honest helps you to be taken seriously."),
      (QT_TRANSLATE_NOOP("Guide", "I live alone with my daughter. Since the quarrel with my landlord I sleep badly."),
       QT_TRANSLATE_NOOP("Guide", "I stopped my medication in the summer. Since then I hear voices more often.")),
      counts_for_complete=True),
    F("plan_van_aanpak.my_request_for_help", Kind.LONG_TEXT,
      QT_TRANSLATE_NOOP("Guide", "What do you need help with?"),
      QT_TRANSLATE_NOOP("Guide", "This is your request for help: what should change, and which help do you want for it?"),
      (QT_TRANSLATE_NOOP("Guide", "I want help to sleep well again, without being admitted."),
       QT_TRANSLATE_NOOP("Guide", "I want someone to help me with my money and my post.")),
      counts_for_complete=True),
    F("plan_van_aanpak.life_areas", Kind.RECORDS,
      QT_TRANSLATE_NOOP("Guide", "In which parts of your life do you need support?"),
      QT_TRANSLATE_NOOP("Guide", "For example housing, money, daytime activities or work, contact with other people, and health. For each part: how it goes now, and which support you need."),
      (QT_TRANSLATE_NOOP("Guide", "Housing: I may lose my home. I need help from the Juridisch Loket."),
       QT_TRANSLATE_NOOP("Guide", "Money: I have debts. My financial administrator helps me."),
       QT_TRANSLATE_NOOP("Guide", "Health: I forget my medicines. My sister reminds me every morning.")),
      record=LIFE_AREA),
    F("plan_van_aanpak.solutions", Kind.LONG_TEXT,
      QT_TRANSLATE_NOOP("Guide", "Which solutions do you see yourself?"),
      QT_TRANSLATE_NOOP("Guide", "What can help so that compulsory care is not needed? Think of what helped before."),
      (QT_TRANSLATE_NOOP("Guide", "More contact with my FACT team and a fixed rhythm every day."),
       QT_TRANSLATE_NOOP("Guide", "Staying with my sister for a few weeks.")),
      counts_for_complete=True),
    F("plan_van_aanpak.family_wishes", Kind.RECORDS,
      QT_TRANSLATE_NOOP("Guide", "What do your family and the people close to you wish?"),
      QT_TRANSLATE_NOOP("Guide", "Ask them. Write down their wish in their own words, with their name."),
      (QT_TRANSLATE_NOOP("Guide", "Anna (sister): I want Noor to be able to stay at home."),
       QT_TRANSLATE_NOOP("Guide", "My father: I want to be called when things get worse.")),
      record=FAMILY_WISH),
    F("plan_van_aanpak.actions", Kind.RECORDS,
      QT_TRANSLATE_NOOP("Guide", "Which clear agreements do you make?"),
      QT_TRANSLATE_NOOP("Guide", "Make agreements about behaviour, medication, treatment, daytime activities and safety. For each agreement write what will happen, who does it, and when."),
      (QT_TRANSLATE_NOOP("Guide", "Medication: I take my medicine every morning. Anna calls me at 8 o'clock."),
       QT_TRANSLATE_NOOP("Guide", "Daytime activities: I go to the day centre on Monday and Thursday."),
       QT_TRANSLATE_NOOP("Guide", "Safety: if I cannot sleep at night, I call Anna instead of going outside.")),
      record=ACTION, counts_for_complete=True),
    F("plan_van_aanpak.if_it_goes_wrong", Kind.LONG_TEXT,
      QT_TRANSLATE_NOOP("Guide", "What should happen if it goes wrong anyway?"),
      QT_TRANSLATE_NOOP("Guide", "Write what others should do then. You can refer to your crisis plan."),
      (QT_TRANSLATE_NOOP("Guide", "Then my crisis plan applies. Please call Anna first."),
       QT_TRANSLATE_NOOP("Guide", "I would rather go to clinic De Linde for a few days, of my own free will.")),
      counts_for_complete=True),
    F("plan_van_aanpak.refers_to_crisisplan", Kind.FLAG,
      QT_TRANSLATE_NOOP("Guide", "Should your crisis plan be followed if it goes wrong?"),
      QT_TRANSLATE_NOOP("Guide", "Tick this if others should then follow your crisis plan. The plan PDF says so, and includes what your crisis plan holds."),
      ()),
    F("plan_van_aanpak.helpers", Kind.RECORDS,
      QT_TRANSLATE_NOOP("Guide", "Who helped you to write this plan?"),
      QT_TRANSLATE_NOOP("Guide", "Family, people close to you or your ondersteuner. They sign the plan and write what they will do."),
      (QT_TRANSLATE_NOOP("Guide", "Anna Bakker, sister: I call Noor every morning."),
       QT_TRANSLATE_NOOP("Guide", "Karel, neighbour: I keep a spare key.")),
      record=HELPER, counts_for_complete=True),
    F("plan_van_aanpak.signed_on", Kind.DATE,
      QT_TRANSLATE_NOOP("Guide", "On which date did you sign the plan?"),
      QT_TRANSLATE_NOOP("Guide", "Sign the printed plan together with the people who helped. Then fill in the date here. Write it as day-month-year."),
      (QT_TRANSLATE_NOOP("Guide", "24-11-2026"),)),
))

# The procedure: dates, the decision and the addressee of the letter (shown with the deadlines).
PROCEDURE_SECTION = SectionSpec(KEY, (
    F("plan_van_aanpak.announced_on", Kind.DATE, "",
      QT_TRANSLATE_NOOP("Guide", "The day the geneesheer-directeur told you that a care authorisation (zorgmachtiging) is being prepared. Write it as day-month-year.")),
    F("plan_van_aanpak.day_counting", Kind.CHOICE, "",
      QT_TRANSLATE_NOOP("Guide", "Calendar days is how the law reads. Choose working days only if your lawyer or patient advocate says so."),
      choices=DayCounting),
    F("plan_van_aanpak.letter_sent_on", Kind.DATE, "",
      QT_TRANSLATE_NOOP("Guide", "The day you sent or handed in the letter to the geneesheer-directeur.")),
    F("plan_van_aanpak.decision", Kind.CHOICE, "",
      QT_TRANSLATE_NOOP("Guide", "What the geneesheer-directeur decided: may you write your own plan?"),
      choices=PermissionDecision),
    F("plan_van_aanpak.decision_on", Kind.DATE, "",
      QT_TRANSLATE_NOOP("Guide", "The day you heard the decision.")),
))
ADDRESSEE_SECTION = SectionSpec(KEY, (
    F("plan_van_aanpak.addressee.name", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "The name of the geneesheer-directeur, as in the message you received.")),
    F("plan_van_aanpak.addressee.institution", Kind.TEXT),
    F("plan_van_aanpak.addressee.address", Kind.TEXT),
    F("plan_van_aanpak.addressee.email", Kind.TEXT),
))
# The sender of the letter: the person's own name and address (the same values as in Persoonlijke
# gegevens), and where the geneesheer-directeur reaches them now.
SENDER_SECTION = SectionSpec(KEY, (
    F("personal.full_name", Kind.TEXT),
    F("personal.address.street", Kind.TEXT),
    F("personal.address.postcode", Kind.TEXT),
    F("personal.address.city", Kind.TEXT),
    F("plan_van_aanpak.sender.postal_address", Kind.TEXT, "",
      QT_TRANSLATE_NOOP("Guide", "Are you staying somewhere else now, for example in a clinic? Write the address where post reaches you now. It replaces your home address on the letter.")),
    F("plan_van_aanpak.sender.phone", Kind.PHONE, "",
      QT_TRANSLATE_NOOP("Guide", "So the geneesheer-directeur can reach you about the decision.")),
    F("plan_van_aanpak.sender.email", Kind.TEXT),
))
