"""A complete, realistic, fictional example card: every section filled, an eigen plan van aanpak too.

Used by ``crisiskaart example``, the editor's demo mode and the tests. Everything is invented.
Phone numbers use the 06-0… and 0x0-000 ranges, which are not issued to subscribers, so nobody is
called by someone trying out the program. Ids are fixed (``voorbeeld-001`` …) so the output is the
same on every run. The example has no responder link: a key printed in every copy of the program
would protect nothing, so a card made from it gets a key of its own
(``crisiskaart.app.cards.for_new_card``).

The card itself is data, in the interchange JSON (``resources/example/voorbeeldkaart.json``): the
editor draws its first page from that file before the model has loaded (docs/editor.md,
"Starting"), and the model reads the same file here, so there is one example, never two.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from crisiskaart.resource_files import resource

if TYPE_CHECKING:
    from crisiskaart.model.plan import CrisisPlan

EXAMPLE_FILE = ("example", "voorbeeldkaart.json")


def example_json() -> dict[str, Any]:
    """The example card as JSON; needs no pydantic."""
    data: dict[str, Any] = json.loads(resource(*EXAMPLE_FILE).read_text(encoding="utf-8"))
    return data


def example_plan() -> CrisisPlan:
    """The fictional crisisplan of Noor Bakker."""
    from crisiskaart.model.io import load_plan_json

    return load_plan_json(resource(*EXAMPLE_FILE).read_text(encoding="utf-8"))
