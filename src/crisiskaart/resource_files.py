"""Where the program's resources are: fonts, translations, the viewer page and the guide.

They live in the top-level ``resources/`` folder of the source tree. A wheel (and a desktop bundle
made from it) carries them inside the package as ``crisiskaart/resources``, copied there at build
time together with the compiled ``.qm`` translations (``setup.py``). This module is the one place
that knows both spots, so that a checkout, an editable install, a wheel and a bundle all find the
same files.
"""

from __future__ import annotations

import functools
from pathlib import Path

_PACKAGE = Path(__file__).resolve().parent


@functools.cache
def resource_root() -> Path:
    """The folder holding ``fonts/``, ``help/``, ``i18n/`` and ``viewer/``."""
    inside = _PACKAGE / "resources"  # a wheel or a bundle
    if (inside / "viewer").is_dir():
        return inside
    return _PACKAGE.parent.parent / "resources"  # the source tree (checkout, editable install)


def resource(*parts: str) -> Path:
    """The path of one resource, e.g. ``resource("fonts", "DejaVuSans.ttf")``."""
    return resource_root().joinpath(*parts)
