"""Reading and writing an organisation profile (title, colour, logo, viewer and WebDAV address).

The profile is a plain JSON file an organisation hands out; a mistake in it is named by its JSON
field (``colour: ongeldige waarde ‘rood’``), the way the person who wrote the file knows it.
"""

from __future__ import annotations

from pathlib import Path

from crisiskaart.app.errors import OrganisationInvalid
from crisiskaart.model.organisation import OrganisationProfile


def problem(error: Exception, language: str) -> str:
    """What is wrong with the profile file, in words."""
    from pydantic import ValidationError

    from crisiskaart.app.errors import describe
    from crisiskaart.model.validation import issues_from_pydantic

    if isinstance(error, ValidationError):
        issues = issues_from_pydantic(error)
        if issues:
            issue = issues[0]
            where = ".".join(str(part) for part in issue.path)
            return f"{where}: {issue.message(language)}" if where else issue.message(language)
    return describe(error, language)


def load_organisation(path: Path | None) -> OrganisationProfile | None:
    """The profile at ``path`` (None without one); ``OrganisationInvalid`` when it cannot be used."""
    if path is None:
        return None
    from pydantic import ValidationError

    from crisiskaart.model.organisation import load_organisation_profile

    try:
        return load_organisation_profile(Path(path))
    except (OSError, UnicodeDecodeError, ValidationError) as error:
        raise OrganisationInvalid(Path(path), error) from None


def save_organisation(profile: OrganisationProfile, path: Path) -> Path:
    """Write ``profile`` to ``path`` atomically (the editor's Organisatie dialog); returns the path.

    The file holds no client data and no password, so it is plain JSON like the ones an
    organisation hands out; the store's errors (a full disk, no permission) are left to ``describe``.
    """
    from crisiskaart.model.organisation import organisation_profile_json
    from crisiskaart.store.atomic import write_atomically

    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    write_atomically(path, organisation_profile_json(profile).encode("utf-8"), backups=0)
    return path
