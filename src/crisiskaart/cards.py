"""Where plans meet card files: kept for older imports, the code lives in ``crisiskaart.app.cards``."""

from __future__ import annotations

from crisiskaart.app.cards import (
    encode_plan,
    is_plan_file,
    load_plan_file,
    open_card_with,
    plan_summary,
    read_plan,
    save_plan,
    version_info,
)

__all__ = [
    "encode_plan",
    "is_plan_file",
    "load_plan_file",
    "open_card_with",
    "plan_summary",
    "read_plan",
    "save_plan",
    "version_info",
]
