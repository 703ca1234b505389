"""Regenerate the committed reference exports: ``.venv/bin/python tests/export/make_references.py``.

Run it only after a deliberate change of a layout, then look at the new files (render them with
pypdfium2) before committing them. Output is reproducible (reportlab ``invariant``), so the files
only change when the layout, reportlab or the embedded font changes.
"""

from __future__ import annotations

import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent
sys.path.insert(0, str(HERE))

from export_support import REFERENCE, reference_context  # noqa: E402

from crisiskaart.export.plan_html import render_plan_html  # noqa: E402
from crisiskaart.export.plan_pdf import render_plan_pdf  # noqa: E402
from crisiskaart.export.wallet_pdf import render_wallet_card, render_wallet_sheet  # noqa: E402
from crisiskaart.model import example_plan  # noqa: E402


def references() -> dict[str, bytes]:
    """File name → bytes of every reference export of the example plan."""
    plan, context = example_plan(), reference_context()
    return {
        "wallet-card.pdf": render_wallet_card(plan, context).pdf,
        "wallet-sheet.pdf": render_wallet_sheet(plan, context)[0],
        "wallet-card-no-qr-en.pdf": render_wallet_card(
            plan, reference_context(responder_qr=None, language="en")
        ).pdf,
        # an unsigned version: the CONCEPT mark on every panel (docs/export-wallet-card.md)
        "wallet-card-concept.pdf": render_wallet_card(plan, reference_context(concept=True)).pdf,
        "plan.pdf": render_plan_pdf(plan, context)[0],
        "plan.html": render_plan_html(plan, context).encode("utf-8"),
    }


if __name__ == "__main__":
    REFERENCE.mkdir(exist_ok=True)
    for name, data in references().items():
        (REFERENCE / name).write_bytes(data)
        print(REFERENCE / name)
