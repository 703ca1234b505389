"""Publishing and withdrawing the linked responder summary through the application layer."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from app_support import PASSPHRASE, make_card

from crisiskaart.app.cards import read_plan
from crisiskaart.app.errors import NoLinkToWithdraw, describe
from crisiskaart.app.summary import publish_summary, withdraw_summary
from crisiskaart.model import example_plan
from crisiskaart.store import Status, open_card


@pytest.fixture
def organisation(tmp_path: Path) -> Path:
    path = tmp_path / "org.json"
    path.write_text(json.dumps({"name": "Test", "viewer_url": "https://kaart.example.org/v/"}))
    return path


def test_publish_makes_the_key_once_then_withdraw_ends_it(tmp_path: Path, organisation: Path) -> None:
    plan = example_plan().model_copy(update={"responder_link": None})
    path = make_card(tmp_path / "k.crisiskaart", plan, Status.ACTIEF)
    with open_card(path, passphrase=PASSPHRASE, writable=True) as card:
        first = publish_summary(card, tmp_path / "site", organisation_file=organisation)
        link = read_plan(card).responder_link
        assert first.link_created_version == 2 and link is not None
        hosted = tmp_path / "site" / "s" / f"{link.id}.jwe"
        assert hosted.exists() and (tmp_path / "site" / "index.html").exists()
        again = publish_summary(card, tmp_path / "site", organisation_file=organisation, overwrite=True)
        assert again.link_created_version is None and len(card.versions) == 2
        before = hosted.read_text()
        withdrawal = withdraw_summary(card, tmp_path / "site", organisation_file=organisation)
        assert withdrawal.version.status is Status.INGETROKKEN and withdrawal.version.number == 3
        assert read_plan(card).responder_link is None
        assert hosted in withdrawal.written and hosted.read_text() != before  # the tombstone, same place
        assert "INGETROKKEN" in withdrawal.done_line("nl") and "WITHDRAWN" in withdrawal.done_line("en")
        with pytest.raises(NoLinkToWithdraw) as caught:
            withdraw_summary(card, tmp_path / "site")
    assert "geen gekoppelde samenvatting" in describe(caught.value, "nl")
