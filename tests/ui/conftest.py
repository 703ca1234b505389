"""UI tests run with the Dutch translation installed, as the program does by default."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from crisiskaart.ui.translations import install_translators


@pytest.fixture(autouse=True)
def _interface_language(request: pytest.FixtureRequest, qapp) -> Iterator[None]:
    english = request.node.get_closest_marker("english") is not None
    translators = install_translators(qapp, "en" if english else "nl")
    yield
    for translator in translators:
        qapp.removeTranslator(translator)
