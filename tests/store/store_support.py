"""Constants shared by the store tests (unique module name: see tests/export/conftest.py)."""

from crisiskaart.store import CardSummary

PASSPHRASE = "test wachtwoord"
SUMMARY = CardSummary(display_name="Testpersoon")
