"""An organisation profile: how one client organisation brands its exports and hosts summaries.

It holds no client data, so it is an ordinary JSON file (not encrypted). Without a profile every
export uses a neutral title: "Crisiskaart" and its logo are a protected quality mark (DOMAIN.md §6).
"""

from __future__ import annotations

from pathlib import Path

from pydantic import Field, field_validator

from crisiskaart.model.base import Model, Name, ShortText

NEUTRAL_CARD_TITLE = {"nl": "Mijn crisisplan", "en": "My crisis plan"}


class OrganisationProfile(Model):
    """Branding and hosting settings of a client organisation (e.g. Cliëntenbelang Amsterdam)."""

    name: Name = ""
    card_title: ShortText = ""  # empty: the neutral title
    logo_file: str = Field(default="", max_length=1000)  # PNG or JPEG, relative to the profile file
    colour: str = Field(default="", pattern=r"^(#[0-9A-Fa-f]{6})?$")  # accent colour, #RRGGBB
    viewer_url: str = Field(default="", max_length=300)  # set: linked QR summaries
    summary_base_url: str = Field(default="", max_length=300)  # where encrypted summaries are hosted

    @field_validator("viewer_url", "summary_base_url")
    @classmethod
    def _https_only(cls, value: str) -> str:
        """Summaries are fetched by phones in the street: only https (or a local test server)."""
        if value and not value.startswith(("https://", "http://127.0.0.1", "http://localhost")):
            raise ValueError("must start with https://")
        return value

    def title(self, language: str) -> str:
        return self.card_title or NEUTRAL_CARD_TITLE.get(language, NEUTRAL_CARD_TITLE["nl"])

    def logo_path(self, profile_file: Path | None) -> Path | None:
        if not self.logo_file:
            return None
        logo = Path(self.logo_file)
        return logo if logo.is_absolute() or profile_file is None else profile_file.parent / logo


def load_organisation_profile(path: Path) -> OrganisationProfile:
    """Read a profile file; raises OSError or pydantic.ValidationError for the caller to word."""
    return OrganisationProfile.model_validate_json(path.read_text("utf-8"))
