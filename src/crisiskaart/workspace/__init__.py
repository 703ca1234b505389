"""The ondersteuner's workspace without Qt: caseload, review dates, versions, diff, distribution.

Imports the model and the store, never QtWidgets; ``crisiskaart.ui.workspace`` shows it and
``crisiskaart.cli.workspace_commands`` prints it. See docs/workspace.md.
"""

from crisiskaart.workspace.caseload import (
    Access,
    CaseloadEntry,
    card_files,
    read_entry,
    reminders,
    scan_caseload,
)
from crisiskaart.workspace.diff import Change, FieldChange, diff_as_json, diff_plans
from crisiskaart.workspace.distribution import latest_per_recipient, pending_recipients
from crisiskaart.workspace.reminders_csv import reminders_csv, write_reminders_csv
from crisiskaart.workspace.review import (
    DEFAULT_REVIEW_WINDOW_DAYS,
    ReviewState,
    default_valid_until,
    review_date,
    review_state,
)

__all__ = [
    "DEFAULT_REVIEW_WINDOW_DAYS",
    "Access",
    "CaseloadEntry",
    "Change",
    "FieldChange",
    "ReviewState",
    "card_files",
    "default_valid_until",
    "diff_as_json",
    "diff_plans",
    "latest_per_recipient",
    "pending_recipients",
    "read_entry",
    "reminders",
    "reminders_csv",
    "review_date",
    "review_state",
    "scan_caseload",
    "write_reminders_csv",
]
