"""An organisation profile: how one client organisation brands its exports and hosts summaries.

It holds no client data, so it is an ordinary JSON file (not encrypted). Without a profile every
export uses a neutral title: "Crisiskaart" and its logo are a protected quality mark. It never
holds a password either: the WebDAV password is kept in the system keyring (``summary.publish``).
"""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlsplit

from pydantic import Field, field_validator

from crisiskaart.catalogue import Catalogue
from crisiskaart.model.base import Model, Name, ShortText

# The card's title when no organisation gives one of its own.
ORGANISATION_TEXTS = Catalogue("organisation", {"neutral_card_title": ("Mijn crisisplan", "My crisis plan")})


def neutral_card_title(language: str) -> str:
    return ORGANISATION_TEXTS.label("neutral_card_title", language)



_THIS_COMPUTER = frozenset({"127.0.0.1", "::1", "localhost"})


def _safe_address(value: str) -> bool:
    """https, or plain http to this computer only; never a user name or password in the address
    (``http://127.0.0.1@elsewhere/`` would send the password to *elsewhere* in the clear)."""
    try:
        parts = urlsplit(value)
        hostname = parts.hostname
    except ValueError:
        return False
    if not hostname or parts.username is not None or parts.password is not None or "@" in parts.netloc:
        return False
    return parts.scheme == "https" or (parts.scheme == "http" and hostname in _THIS_COMPUTER)

class OrganisationProfile(Model):
    """Branding and hosting settings of a client organisation (e.g. Cliëntenbelang Amsterdam)."""

    name: Name = ""
    card_title: ShortText = ""  # empty: the neutral title
    logo_file: str = Field(default="", max_length=1000)  # PNG or JPEG, relative to the profile file
    colour: str = Field(default="", pattern=r"^(#[0-9A-Fa-f]{6})?$")  # accent colour, #RRGGBB
    viewer_url: str = Field(default="", max_length=300)  # set: linked QR summaries
    summary_base_url: str = Field(default="", max_length=300)  # where encrypted summaries are hosted
    # The WebDAV folder that the viewer's folder is served from (Nextcloud, Apache or nginx
    # WebDAV): set, publishing and withdrawing upload the summary there at once.
    webdav_url: str = Field(default="", max_length=300)
    webdav_user: Name = ""

    @field_validator("viewer_url", "summary_base_url", "webdav_url")
    @classmethod
    def _https_only(cls, value: str) -> str:
        """Summaries are fetched by phones in the street, and a WebDAV password must not travel in
        the clear: only https (or a server on this computer, for testing)."""
        value = value.strip()
        if value and not _safe_address(value):
            raise ValueError("must start with https://")
        return value

    @property
    def can_upload(self) -> bool:
        """Publishing and withdrawing can reach the host by themselves (a WebDAV address is set)."""
        return bool(self.viewer_url and self.webdav_url)

    def title(self, language: str) -> str:
        return self.card_title or neutral_card_title(language)

    def logo_path(self, profile_file: Path | None) -> Path | None:
        if not self.logo_file:
            return None
        logo = Path(self.logo_file)
        return logo if logo.is_absolute() or profile_file is None else profile_file.parent / logo


def load_organisation_profile(path: Path) -> OrganisationProfile:
    """Read a profile file; raises OSError or pydantic.ValidationError for the caller to word."""
    return OrganisationProfile.model_validate_json(path.read_text("utf-8"))


def organisation_profile_json(profile: OrganisationProfile) -> str:
    """The profile file's text: only the fields that are set, so it stays short to read and send."""
    return profile.model_dump_json(indent=2, exclude_defaults=True) + "\n"
