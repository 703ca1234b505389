"""The viewer is accessible in every state: axe-core finds no violation while loading, showing a
valid, expired, undated or withdrawn summary, in English, and for every error; and the page always
has its heading and its landmarks (banner, main, contentinfo). Run in Debian's headless Chromium,
with axe-core from the npm registry (scripts/setup.sh), against the page as it is hosted: its
Content Security Policy and Trusted Types stay on.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import http.server
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest

from crisiskaart.export.context import ExportContext
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import new_responder_link
from crisiskaart.summary import responder_qr_text, withdraw_link, write_site

TODAY = dt.date.today()


class _Handler(http.server.SimpleHTTPRequestHandler):
    """Serves the site folder; the summary files wait while ``hold`` is set (the loading state)."""

    hold: threading.Event | None = None

    def do_GET(self) -> None:
        if self.path.startswith("/s/") and self.hold is not None:
            self.hold.wait(30)
        super().do_GET()

    def log_message(self, format: str, *args: object) -> None:
        pass


@contextlib.contextmanager
def serve(folder: Path, hold: threading.Event | None = None) -> Iterator[str]:
    handler = type("Handler", (_Handler,), {"hold": hold})
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0),
                                             functools.partial(handler, directory=str(folder)))
    server.daemon_threads = True
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.server_address[1]}/"
    finally:
        if hold is not None:
            hold.set()
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def _plan(valid_until: dt.date | None) -> CrisisPlan:
    plan = example_plan()
    plan.management.valid_until = valid_until
    plan.responder_link = new_responder_link()
    return plan


def _publish(plan: CrisisPlan, folder: Path, base: str) -> str:
    organisation = OrganisationProfile(viewer_url=base)
    write_site(plan, folder, version=2, today=TODAY, organisation=organisation)
    return responder_qr_text(plan, ExportContext(organisation=organisation)).text


def _violations(browser, axe_script: str) -> list[str]:
    browser.execute_script(axe_script)
    browser.set_script_timeout(60)
    found = browser.execute_async_script(
        "var done = arguments[arguments.length - 1];"
        "axe.run(document, {resultTypes: ['violations']})"
        ".then(function (r) { done(r.violations.map(function (v) {"
        "  return v.id + ': ' + v.help + ' '"
        "    + v.nodes.map(function (n) { return n.target.join(' '); }).join(', ');"
        "})); }, function (e) { done(['axe failed: ' + e]); });")
    return list(found)


def _landmarks(browser) -> dict[str, str]:
    """What a screen reader finds first: the heading and the three landmarks, with their text."""
    found = {}
    for selector in ("h1", "header", "main", "footer"):
        elements = browser.find_elements("css selector", selector)
        assert len(elements) == 1, selector
        assert elements[0].is_displayed(), selector
        found[selector] = elements[0].text.strip()
    return found


def _open(browser, url: str, *, wait: bool = True) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")
    browser.get(url)
    if not wait:
        return ""
    WebDriverWait(browser, 20).until(lambda d: d.find_element("tag name", "body").get_attribute("data-state"))
    return browser.find_element("tag name", "body").get_attribute("data-state")


def _check(browser, axe_script: str, heading: str) -> None:
    found = _landmarks(browser)
    assert found["h1"] == heading and found["header"] and found["footer"]
    assert _violations(browser, axe_script) == []


@pytest.mark.parametrize("state", ["valid", "expired", "undated", "withdrawn", "english"])
def test_every_summary_state_has_its_heading_landmarks_and_no_axe_violation(
        browser, axe_script, tmp_path: Path, state: str) -> None:
    dates = {"expired": TODAY - dt.timedelta(days=3), "undated": None}
    valid_until = dates.get(state, TODAY + dt.timedelta(days=90))
    plan = _plan(valid_until)
    with serve(tmp_path) as base:
        url = _publish(plan, tmp_path, base)
        if state == "withdrawn":
            withdraw_link(plan, tmp_path, today=TODAY, organisation=OrganisationProfile(viewer_url=base))
        assert _open(browser, url) == "ready"
        if state == "english":
            browser.find_element("id", "lang").click()
            assert browser.find_element("tag name", "html").get_attribute("lang") == "en"
            assert browser.find_element("id", "lang").get_attribute("lang") == "nl"
        heading = {"withdrawn": "Samenvatting voor hulpdiensten"}.get(state, "Noor Bakker")
        _check(browser, axe_script, heading)
        status = browser.find_element("id", "status").text
        expected = {"valid": "Geldig tot", "expired": "VERLOPEN", "undated": "GELDIGHEID ONBEKEND",
                    "withdrawn": "INGETROKKEN", "english": "Valid until"}
        assert status.startswith(expected[state])


def test_while_loading_the_page_has_its_heading_landmarks_and_no_axe_violation(
        browser, axe_script, tmp_path: Path) -> None:
    hold = threading.Event()
    plan = _plan(TODAY + dt.timedelta(days=90))
    with serve(tmp_path, hold) as base:
        url = _publish(plan, tmp_path, base)
        _open(browser, url, wait=False)
        assert browser.find_element("id", "status").text == "Bezig met laden…"
        _check(browser, axe_script, "Samenvatting voor hulpdiensten")
        assert browser.find_element("tag name", "body").get_attribute("data-state") is None  # still loading
        hold.set()


@pytest.mark.parametrize("error", ["noLink", "notFound", "tampered", "unsupported"])
def test_every_error_has_its_heading_landmarks_and_no_axe_violation(
        browser, axe_script, tmp_path: Path, error: str) -> None:
    plan = _plan(TODAY + dt.timedelta(days=90))
    with serve(tmp_path) as base:
        url = _publish(plan, tmp_path, base)
        hosted = tmp_path / "s" / f"{plan.responder_link.id}.jwe"
        if error == "noLink":
            url = base
        elif error == "notFound":
            hosted.unlink()
        elif error == "tampered":
            hosted.write_bytes(hosted.read_bytes()[:-3] + b"AAA")
        else:  # a header this viewer does not know: a newer format
            hosted.write_text("eyJhbGciOiJkaXIiLCJlbmMiOiJBMTI4R0NNIn0..AAAAAAAAAAAAAAAA.AAAA.AAAAAAAAAAAAAAAAAAAAAA")
        assert _open(browser, url) == f"error-{error}"
        _check(browser, axe_script, "Kan de samenvatting niet tonen")
        assert browser.find_element("id", "status").text  # the reason, in words
