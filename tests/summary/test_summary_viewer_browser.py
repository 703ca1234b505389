"""End to end in Debian's headless Chromium: export a summary-site, serve it on 127.0.0.1, open the QR.

Nothing is mocked: the site is written by the real exporter, served by a real HTTP server and
decrypted by the viewer's WebCrypto code in a real browser at phone size.
"""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
import secrets
import socket
from collections.abc import Iterator
from pathlib import Path

import pytest
from summary_helpers import serve_folder

from crisiskaart.export.context import ExportContext
from crisiskaart.model import example_plan, format_date
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import ResponderLink, new_responder_link
from crisiskaart.summary import (
    ensure_responder_link,
    responder_qr_text,
    withdraw_link,
    write_site,
)
from crisiskaart.summary.jwe import b64url_decode, b64url_encode

TODAY = dt.date.today()
XSS_NAME = "<img src=x onerror=alert(1)>"


@pytest.fixture
def site(tmp_path: Path) -> Iterator[tuple[Path, str]]:
    folder = tmp_path / "site"
    folder.mkdir()
    with serve_folder(folder) as base:
        yield folder, base


def _plan(valid_until: dt.date, name: str = "Noor Bakker") -> CrisisPlan:
    plan = example_plan()
    plan.personal.full_name = name
    plan.management.valid_until = valid_until
    plan.responder_link = new_responder_link()
    return plan


def shlink_url(link: ResponderLink, viewer: str, file_base: str | None = None) -> str:
    """A ``#shlink:/`` link as earlier versions offered it for sending by message, built here from
    the SHL payload's fields (url, key, flag, label, v): such links must keep opening."""
    payload = {"url": f"{file_base or viewer}s/{link.id}.jwe", "key": link.key, "flag": "U",
               "label": "Crisisplan: samenvatting voor hulpdiensten", "v": 1}
    data = base64.urlsafe_b64encode(json.dumps(payload).encode()).rstrip(b"=").decode()
    return f"{viewer}#shlink:/{data}"


def _publish(plan: CrisisPlan, folder: Path, base: str) -> str:
    """Export the site as an organisation would and return the URL in the card's QR."""
    organisation = OrganisationProfile(viewer_url=base)
    write_site(plan, folder, version=3, today=TODAY, organisation=organisation)
    content = responder_qr_text(plan, ExportContext(organisation=organisation, version=3))
    assert content.mode == "linked"
    return content.text


def _open(browser, url: str) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")
    browser.get(url)
    WebDriverWait(browser, 20).until(
        lambda d: d.find_element("tag name", "body").get_attribute("data-state"))
    return browser.find_element("tag name", "body").get_attribute("data-state")


def _text(browser, element_id: str) -> str:
    return browser.find_element("id", element_id).text


def _severe_logs(browser) -> list[str]:
    return [entry["message"] for entry in browser.get_log("browser") if entry["level"] == "SEVERE"]


def test_valid_summary_shows_status_facts_and_tap_to_call(browser, site) -> None:
    folder, base = site
    valid_until = TODAY + dt.timedelta(days=300)
    url = _publish(_plan(valid_until), folder, base)
    browser.get_log("browser")
    assert _open(browser, url) == "ready"
    assert _text(browser, "status") == f"Geldig tot {format_date(valid_until)}"
    assert _text(browser, "heading") == "Noor Bakker"
    assert _text(browser, "born") == "Geboren op 12 juni 1988"
    body = _text(browser, "sections")
    for expected in ("Voor hulpdiensten", "Ik ben bang, niet agressief.", "Wat je moet laten",
                     "Raak me niet onverwacht aan", "Allergisch voor penicilline", "Aripiprazol 10 mg",
                     "Het hele crisisplan"):
        assert expected in body
    assert "Schizoaffectieve" not in browser.page_source
    calls = [(a.get_attribute("href"), a.text) for a in browser.find_elements("css selector", "a.call")]
    assert ("tel:+31600000101", "Anna Bakker (zus)\nBel 06 0000 0101") in calls
    assert ("tel:+31200005678", "FACT-team Oost (GGZ Voorbeeld)\nBel 020 000 5678") in calls
    assert _severe_logs(browser) == []  # no CSP violation, no script error
    # The English toggle switches the page's words and the section titles, not the person's text.
    browser.find_element("id", "lang").click()
    assert _text(browser, "status") == f"Valid until {format_date(valid_until, 'en')}"
    assert "What to avoid" in _text(browser, "sections") and "Raak me niet" in _text(browser, "sections")
    assert _text(browser, "lang") == "Nederlands"


def test_links_of_earlier_versions_still_open_the_summary(browser, site) -> None:
    """``#shlink:/`` links sent by message, and ``#ck1.`` QR codes with a 72-bit file id."""
    folder, base = site
    plan = _plan(TODAY + dt.timedelta(days=30))
    _publish(plan, folder, base)
    assert _open(browser, shlink_url(plan.responder_link, base)) == "ready"
    assert _text(browser, "heading") == "Noor Bakker"
    key = plan.responder_link.key
    old_id = b64url_encode(hashlib.sha256(b"crisiskaart summary file v1\0" + key.encode()).digest()[:9])
    plan.responder_link = ResponderLink(id=old_id, key=key, created_on=TODAY)
    url = _publish(plan, folder, base)
    assert url == f"{base}#ck1.{key}" and (folder / "s" / f"{old_id}.jwe").exists()
    assert _open(browser, url) == "ready"
    assert _text(browser, "heading") == "Noor Bakker"


def test_a_name_with_markup_is_shown_literally_and_runs_nothing(browser, site) -> None:
    from selenium.common.exceptions import NoAlertPresentException

    folder, base = site
    plan = _plan(TODAY + dt.timedelta(days=30), name=XSS_NAME)
    plan.what_helps[0].text = "<script>alert(2)</script>"
    assert _open(browser, _publish(plan, folder, base)) == "ready"
    assert _text(browser, "heading") == XSS_NAME
    assert "<script>alert(2)</script>" in _text(browser, "sections")
    assert browser.find_elements("css selector", "main img, main script") == []
    with pytest.raises(NoAlertPresentException):
        browser.switch_to.alert.text  # noqa: B018


def test_expired_card_says_verlopen(browser, site) -> None:
    folder, base = site
    valid_until = TODAY - dt.timedelta(days=1)
    assert _open(browser, _publish(_plan(valid_until), folder, base)) == "ready"
    status = _text(browser, "status")
    assert status.startswith("VERLOPEN") and format_date(valid_until) in status
    assert _text(browser, "heading") == "Noor Bakker"  # still shown, with the warning


def test_withdrawn_card_says_ingetrokken_and_shows_nothing_else(browser, site) -> None:
    folder, base = site
    plan = _plan(TODAY + dt.timedelta(days=30))
    url = _publish(plan, folder, base)
    withdraw_link(plan, folder, today=TODAY, organisation=OrganisationProfile(viewer_url=base))
    assert _open(browser, url) == "ready"
    assert _text(browser, "status").startswith("INGETROKKEN")
    assert "Noor" not in browser.find_element("tag name", "body").text


def test_tampered_file_is_reported(browser, site) -> None:
    folder, base = site
    plan = _plan(TODAY + dt.timedelta(days=30))
    url = _publish(plan, folder, base)
    path = folder / "s" / f"{plan.responder_link.id}.jwe"
    parts = path.read_text().split(".")
    ciphertext = bytearray(b64url_decode(parts[3]))
    ciphertext[5] ^= 0x20
    parts[3] = b64url_encode(bytes(ciphertext))
    path.write_text(".".join(parts))
    assert _open(browser, url) == "error-tampered"
    assert "veranderd of beschadigd" in _text(browser, "status")
    assert not browser.find_element("id", "content").is_displayed()


def test_wrong_key_is_reported(browser, site) -> None:
    folder, base = site
    plan = _plan(TODAY + dt.timedelta(days=30))
    _publish(plan, folder, base)
    wrong, _ = ensure_responder_link(CrisisPlan(), random=secrets.token_bytes)
    # The right file, the wrong key: only a link that names the file can do this.
    link = plan.responder_link.model_construct(id=plan.responder_link.id, key=wrong.responder_link.key)
    assert _open(browser, shlink_url(link, base)) == "error-wrongKey"
    assert "verkeerde sleutel" in _text(browser, "status")
    # In the compact form the file name comes from the key: a wrong key finds no file.
    assert _open(browser, f"{base}#ck2.{wrong.responder_link.key}") == "error-notFound"
    assert "staat niet (meer) op de server" in _text(browser, "status")


def test_unreachable_host_and_incomplete_link_are_reported(browser, site) -> None:
    folder, base = site
    plan = _plan(TODAY + dt.timedelta(days=30))
    _publish(plan, folder, base)
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    url = shlink_url(plan.responder_link, base, file_base=f"http://127.0.0.1:{closed}/")
    assert _open(browser, url) == "error-unreachable"
    assert "kan nu niet worden opgehaald" in _text(browser, "status")
    assert _open(browser, base) == "error-noLink"
    assert "niet compleet" in _text(browser, "status")
