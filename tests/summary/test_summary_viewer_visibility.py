"""In the viewer (Debian's headless Chromium) a responder sees every item marked "ook voor
hulpdiensten", in every place the editor offers that choice, and nothing marked only for the card."""

from __future__ import annotations

import datetime as dt
import sys
from pathlib import Path

from summary_helpers import serve_folder

from crisiskaart.export.context import ExportContext
from crisiskaart.model import Visibility
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.summary import ensure_responder_link, responder_qr_text, write_site

TODAY = dt.date.today()


def test_the_viewer_shows_each_item_for_responders_and_no_card_only_item(browser, tmp_path: Path) -> None:
    from selenium.webdriver.support.ui import WebDriverWait

    sys.path.insert(0, str(Path(__file__).resolve().parents[1] / "export"))
    from visibility_support import add_item, base_plan, offered

    plan = base_plan()
    plan.management.valid_until = TODAY + dt.timedelta(days=200)
    shown, hidden = [], []
    for number, option in enumerate(offered()):
        add_item(plan, option, Visibility.RESPONDERS, f"Zien{number:02d}")
        shown.append(f"Zien{number:02d}")
        if option.record is not None:  # a single text has one visibility: the first is enough
            add_item(plan, option, Visibility.CARD, f"Kaart{number:02d}")
            hidden.append(f"Kaart{number:02d}")
    plan, _ = ensure_responder_link(plan)
    folder = tmp_path / "site"
    folder.mkdir()
    with serve_folder(folder) as base:
        organisation = OrganisationProfile(viewer_url=base)
        write_site(plan, folder, version=1, today=TODAY, organisation=organisation)
        url = responder_qr_text(plan, ExportContext(organisation=organisation, version=1)).text
        browser.get("about:blank")
        browser.get(url)
        WebDriverWait(browser, 20).until(
            lambda d: d.find_element("tag name", "body").get_attribute("data-state"))
        assert browser.find_element("tag name", "body").get_attribute("data-state") == "ready"
        body = browser.find_element("id", "sections").text
    missing = [marker for marker in shown if marker not in body]
    assert missing == []
    assert [marker for marker in hidden if marker in body] == []
