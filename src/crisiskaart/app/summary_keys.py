"""Every card its own summary key: made when the card is made, never copied from elsewhere.

The linked QR's key opens the hosted summary, so two cards with one key would share one file and
the example's key (published with the program) protects nothing. A card therefore gets a fresh key
when it is created — empty, from ``crisiskaart example`` or from any interchange JSON — and a new
version read from JSON keeps the card's own key instead of whatever the JSON carries. What was
replaced is said (a line in the CLI, a notice in the editor), because a key that changes means
printed QR codes of the old key no longer follow this card (docs/responder-summary.md).
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum

from crisiskaart.app.texts import app_text
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import ResponderLink, new_responder_link


class KeyChange(StrEnum):
    """What happened to the summary key that came with the plan; the value is its text key."""

    EXAMPLE_REPLACED = "key_example_replaced"  # the example's public key: replaced by a new one
    FOREIGN_REPLACED = "key_foreign_replaced"  # another card's key (or a withdrawn one): replaced
    KEPT_OWN = "key_kept_own"  # the JSON had another key: the card keeps its own


@dataclass(frozen=True)
class OwnKey:
    """The plan to store, and what was done with the key it came with (None: nothing to say)."""

    plan: CrisisPlan
    change: KeyChange | None

    def notice(self, language: str = "nl") -> str:
        """One line for the CLI or the editor's notice bar; "" when nothing changed."""
        return app_text(self.change.value, language) if self.change is not None else ""


def _with_link(plan: CrisisPlan, link: ResponderLink | None) -> CrisisPlan:
    return plan.model_copy(update={"responder_link": link})


def for_new_card(plan: CrisisPlan) -> OwnKey:
    """``plan`` as the first version of a new card: always with a key made for it now."""
    incoming = plan.responder_link
    change = None
    if incoming is not None:
        change = KeyChange.EXAMPLE_REPLACED if incoming.is_example else KeyChange.FOREIGN_REPLACED
    return OwnKey(_with_link(plan, new_responder_link()), change)


def for_new_version(plan: CrisisPlan, current: CrisisPlan | None) -> OwnKey:
    """``plan`` (read from JSON) as a new version of a card whose latest version is ``current``.

    The card's own key stays, so its printed QR codes keep working. A card still holding the
    example's key, or one without a key while the JSON brings one (another card's, or the key of a
    summary that was withdrawn), gets a fresh key instead.
    """
    own = current.responder_link if current is not None else None
    incoming = plan.responder_link
    if own is not None and own.is_example:
        return OwnKey(_with_link(plan, new_responder_link()), KeyChange.EXAMPLE_REPLACED)
    if own is not None:
        return OwnKey(_with_link(plan, own), KeyChange.KEPT_OWN if incoming not in (None, own) else None)
    if incoming is None:
        return OwnKey(plan, None)
    change = KeyChange.EXAMPLE_REPLACED if incoming.is_example else KeyChange.FOREIGN_REPLACED
    return OwnKey(_with_link(plan, new_responder_link()), change)


def without_example_key(plan: CrisisPlan) -> OwnKey:
    """An opened card that still has the example's public key gets its own (the editor saves it)."""
    if plan.responder_link is not None and plan.responder_link.is_example:
        return OwnKey(_with_link(plan, new_responder_link()), KeyChange.EXAMPLE_REPLACED)
    return OwnKey(plan, None)
