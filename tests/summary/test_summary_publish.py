"""Publishing and withdrawing reach the host at once: a real WebDAV server on 127.0.0.1 (WsgiDAV),
the card's summary uploaded by ``crisiskaart publish``, its tombstone by ``withdraw-summary``, and
both read back through the viewer in Chromium from a plain web server over the same folder — the
way an organisation serves the folder its Nextcloud or Apache WebDAV share writes to.
"""

from __future__ import annotations

import datetime as dt
import json
import socket
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from jwcrypto import jwe as jw_jwe
from jwcrypto import jwk as jw_jwk
from summary_helpers import serve_folder, serve_webdav

import crisiskaart.cli.main as cli_main
from crisiskaart.cli import store_commands
from crisiskaart.model import dump_plan_json, example_plan, load_plan_json
from crisiskaart.model.organisation import OrganisationProfile, organisation_profile_json
from crisiskaart.model.responder_link import ResponderLink
from crisiskaart.store import TEST_KDF, Status, open_card
from crisiskaart.summary import viewer_html
from crisiskaart.summary.link import linked_qr_text
from crisiskaart.summary.publish import KEYRING_SERVICE, PublishError, WebDav, keyring_user, store_password

PASS = "klant wachtwoord"
DAV_USER = "ggz-voorbeeld"
DAV_PASSWORD = "paard batterij nietje 7"  # the test server's


@dataclass
class Host:
    folder: Path  # what the WebDAV share writes and the web server serves
    dav_url: str
    viewer_url: str
    profile: OrganisationProfile
    profile_file: Path


@pytest.fixture(autouse=True)
def _cards(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    monkeypatch.setattr(store_commands, "NEW_KDF", TEST_KDF)
    monkeypatch.setenv("CRISISKAART_PASSPHRASE", PASS)
    monkeypatch.chdir(tmp_path)
    Path("kaart.json").write_text(dump_plan_json(example_plan()), "utf-8")


@pytest.fixture
def host(tmp_path: Path, memory_keyring) -> Iterator[Host]:
    folder = tmp_path / "www"
    folder.mkdir()
    with serve_webdav(folder, DAV_USER, DAV_PASSWORD) as dav_url, serve_folder(folder) as viewer_url:
        profile = OrganisationProfile(name="GGZ Voorbeeld", viewer_url=viewer_url, webdav_url=dav_url,
                                      webdav_user=DAV_USER)
        profile_file = tmp_path / "organisatie.json"
        profile_file.write_text(organisation_profile_json(profile), "utf-8")
        store_password(profile, DAV_PASSWORD)
        yield Host(folder, dav_url, viewer_url, profile, profile_file)


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    code = cli_main.main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def card_plan(path: str = "k.crisiskaart"):
    with open_card(Path(path), passphrase=PASS) as card:
        return load_plan_json(card.payload()), [v.status for v in card.versions]


def hosted_document(host: Host, link: ResponderLink) -> tuple[bytes, dict]:
    token = (host.folder / "s" / f"{link.id}.jwe").read_bytes()
    reader = jw_jwe.JWE()
    reader.deserialize(token.decode("ascii"), key=jw_jwk.JWK(kty="oct", k=link.key))
    return token, json.loads(reader.payload)


def open_viewer(browser, url: str) -> str:
    from selenium.webdriver.support.ui import WebDriverWait

    browser.get("about:blank")
    browser.get(url)
    WebDriverWait(browser, 20).until(lambda d: d.find_element("tag name", "body").get_attribute("data-state"))
    return browser.find_element("tag name", "body").get_attribute("data-state")


def test_publish_and_withdraw_reach_the_server_at_once_and_the_viewer_follows(capsys, host, browser) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    plan, _ = card_plan()
    link = plan.responder_link
    code, out, err = run(capsys, "publish", "k.crisiskaart", "--organisation", str(host.profile_file))
    assert code == 0, err
    assert out.splitlines() == [f"gepubliceerd: {host.dav_url}index.html",
                                f"gepubliceerd: {host.dav_url}s/{link.id}.jwe"]
    assert (host.folder / "index.html").read_bytes() == viewer_html()
    token, document = hosted_document(host, link)
    assert not token.endswith((b"\n", b"\r", b" ")) and token.count(b".") == 4  # exactly the compact JWE
    assert document["status"] == "active" and document["name"] == "Noor Bakker"
    for secret in (link.key.encode(), b"Noor", b"penicilline", DAV_PASSWORD.encode()):
        assert secret not in b"".join(p.read_bytes() for p in host.folder.rglob("*") if p.is_file())
    # The responder scans the printed QR and reads the summary from the organisation's web server.
    qr = linked_qr_text(link, host.profile)
    assert qr == f"{host.viewer_url}#ck2.{link.key}"
    assert open_viewer(browser, qr) == "ready"
    assert browser.find_element("id", "heading").text == "Noor Bakker"
    assert "Allergisch voor penicilline" in browser.find_element("id", "sections").text

    # A second publication of the same card keeps file and key, and leaves the viewer alone.
    code, out, _ = run(capsys, "publish", "k.crisiskaart", "--organisation", str(host.profile_file))
    assert code == 0 and out.splitlines() == [f"gepubliceerd: {host.dav_url}s/{link.id}.jwe"]

    # Intrekken: the tombstone is on the server the moment the command ends; no folder to upload.
    code, out, err = run(capsys, "withdraw-summary", "k.crisiskaart", "--organisation",
                         str(host.profile_file))
    assert code == 0, err
    assert out.startswith("ingetrokken: versie 2 opgeslagen zonder link") and f"s/{link.id}.jwe" in out
    _, document = hosted_document(host, link)
    assert document == {"v": 1, "status": "withdrawn", "withdrawn_on": dt.date.today().isoformat()}
    assert open_viewer(browser, qr) == "ready"
    assert browser.find_element("id", "status").text.startswith("INGETROKKEN")
    assert "Noor" not in browser.find_element("tag name", "body").text
    plan, statuses = card_plan()
    assert plan.responder_link is None and statuses == [Status.CONCEPT, Status.INGETROKKEN]

    # A withdrawn card is not put online again, under a new link or the old: one line, nothing sent.
    before = {p: p.read_bytes() for p in host.folder.rglob("*") if p.is_file()}
    code, out, err = run(capsys, "publish", "k.crisiskaart", "--organisation", str(host.profile_file))
    assert (code, out) == (1, "") and err.startswith("crisiskaart: versie 2 van deze kaart is ingetrokken")
    assert {p: p.read_bytes() for p in host.folder.rglob("*") if p.is_file()} == before
    assert card_plan()[1] == [Status.CONCEPT, Status.INGETROKKEN]  # no new version with a new key


def test_the_password_is_only_in_the_keyring(capsys, host, memory_keyring) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    assert run(capsys, "publish", "k.crisiskaart", "--organisation", str(host.profile_file))[0] == 0
    assert memory_keyring.passwords == {(KEYRING_SERVICE, keyring_user(host.profile)): DAV_PASSWORD}
    assert keyring_user(host.profile) == f"{DAV_USER}@{host.dav_url}"
    for path in (host.profile_file, Path("k.crisiskaart")):
        assert DAV_PASSWORD.encode() not in path.read_bytes()
    fields = set(json.loads(host.profile_file.read_text()))
    assert fields == {"name", "viewer_url", "webdav_url", "webdav_user"}


def test_a_refused_password_or_an_unreachable_server_changes_nothing(capsys, host, memory_keyring) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    assert run(capsys, "publish", "k.crisiskaart", "--organisation", str(host.profile_file))[0] == 0
    link = card_plan()[0].responder_link
    before = (host.folder / "s" / f"{link.id}.jwe").read_bytes()
    store_password(host.profile, "verkeerd")
    for command in ("publish", "withdraw-summary"):
        code, out, err = run(capsys, command, "k.crisiskaart", "--organisation", str(host.profile_file))
        assert (code, out) == (2, "")  # no access: the server refused this user
        assert err == (f"crisiskaart: de server neemt gebruikersnaam {DAV_USER} of het wachtwoord niet "
                       f"aan ({host.dav_url})\n")
    with socket.socket() as probe:  # a port nobody listens on
        probe.bind(("127.0.0.1", 0))
        closed = probe.getsockname()[1]
    gone = host.profile.model_copy(update={"webdav_url": f"http://127.0.0.1:{closed}/"})
    Path("weg.json").write_text(organisation_profile_json(gone))
    store_password(gone, DAV_PASSWORD)
    code, _, err = run(capsys, "withdraw-summary", "k.crisiskaart", "--organisation", "weg.json")
    assert code == 1 and err == (f"crisiskaart: 127.0.0.1:{closed} is nu niet bereikbaar; controleer de "
                                 "internetverbinding en probeer het opnieuw\n")
    plan, statuses = card_plan()
    assert plan.responder_link == link and statuses == [Status.CONCEPT]  # still linked: try again later
    assert (host.folder / "s" / f"{link.id}.jwe").read_bytes() == before


def test_without_a_viewer_address_publish_and_summary_site_say_so_in_one_line(capsys, host, tmp_path) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    needs = ("crisiskaart: hiervoor is een organisatieprofiel met een vieweradres (viewer_url) nodig; je "
             "krijgt het van de organisatie die de samenvatting op haar website zet\n")
    Path("zonder-viewer.json").write_text(json.dumps({"name": "Alleen naam"}))
    for extra in ((), ("--organisation", "zonder-viewer.json")):
        assert run(capsys, "publish", "k.crisiskaart", *extra) == (1, "", needs)
        for source in ("k.crisiskaart", "kaart.json"):
            code, out, err = run(capsys, "export", source, "--format", "summary-site", "-o", "site", *extra)
            assert (code, out, err) == (1, "", needs)
    assert not Path("site").exists()
    no_dav = host.profile.model_copy(update={"webdav_url": "", "webdav_user": ""})
    Path("zonder-dav.json").write_text(organisation_profile_json(no_dav))
    code, _, err = run(capsys, "publish", "k.crisiskaart", "--organisation", "zonder-dav.json")
    assert code == 1 and err.count("\n") == 1 and "geen WebDAV-adres" in err
    code, _, err = run(capsys, "withdraw-summary", "k.crisiskaart", "--organisation", "zonder-dav.json")
    assert code == 1 and err.count("\n") == 1 and "geef een map om te uploaden" in err
    assert card_plan()[1] == [Status.CONCEPT]


def test_without_a_password_in_the_keyring_publish_says_where_to_put_it(capsys, host, memory_keyring) -> None:
    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    memory_keyring.passwords.clear()
    code, _, err = run(capsys, "publish", "k.crisiskaart", "--organisation", str(host.profile_file))
    assert code == 1 and err == (f"crisiskaart: er staat geen WebDAV-wachtwoord voor {DAV_USER} "
                                 f"({host.dav_url}) in de sleutelbos van deze computer; vul het in bij "
                                 "Ondersteuner › Organisatie…\n")
    assert list(host.folder.iterdir()) == []


def test_a_digest_only_server_and_a_missing_folder(tmp_path: Path) -> None:
    folder = tmp_path / "dav"
    folder.mkdir()
    with serve_webdav(folder, DAV_USER, DAV_PASSWORD, digest=True) as url:
        dav = WebDav(url, DAV_USER, DAV_PASSWORD)
        dav.make_folder("s")
        dav.make_folder("s")  # already there: fine
        dav.put("s/x.jwe", b"a.b.c.d.e")
        assert dav.get("s/x.jwe") == b"a.b.c.d.e" and dav.get("s/y.jwe") is None
        with pytest.raises(PublishError) as refused:
            WebDav(url + "bestaat-niet/", DAV_USER, DAV_PASSWORD).put("s/x.jwe", b"x")
        assert refused.value.reason == "no_folder" and not refused.value.refused
        with pytest.raises(PublishError) as refused:
            WebDav(url, DAV_USER, "fout").put("s/x.jwe", b"x")
        assert refused.value.reason == "auth" and refused.value.refused
    assert (folder / "s" / "x.jwe").read_bytes() == b"a.b.c.d.e"


def test_a_keyring_that_keeps_passwords_in_a_plain_file_is_refused(memory_keyring) -> None:
    import keyring
    from keyring.backend import KeyringBackend

    class PlaintextKeyring(KeyringBackend):  # the name of keyrings.alt's unencrypted file backend
        priority = 1

        def get_password(self, service, username):
            return None

        def set_password(self, service, username, password):
            raise AssertionError("must not be asked")

        def delete_password(self, service, username):
            pass

    keyring.set_keyring(PlaintextKeyring())
    profile = OrganisationProfile(viewer_url="https://kaart.example.org/", webdav_url="https://dav.example.org/",
                                  webdav_user="u")
    with pytest.raises(PublishError) as refused:
        store_password(profile, "geheim")
    assert refused.value.message() == ("de sleutelbos van deze computer bewaart wachtwoorden onversleuteld; "
                                       "daar komt het WebDAV-wachtwoord niet in")


def test_webdav_and_viewer_addresses_must_be_https() -> None:
    from pydantic import ValidationError

    with pytest.raises(ValidationError):
        OrganisationProfile(webdav_url="http://dav.example.org/")
    assert OrganisationProfile(webdav_url=" https://dav.example.org/ ").webdav_url == "https://dav.example.org/"


def test_a_computer_without_a_keyring_is_told_in_one_line(capsys, host) -> None:
    import keyring
    from keyring.backends import fail

    assert run(capsys, "new", "k.crisiskaart", "--from-json", "kaart.json")[0] == 0
    keyring.set_keyring(fail.Keyring())  # what a headless Linux without a Secret Service has
    for command in ("publish", "withdraw-summary"):
        code, out, err = run(capsys, command, "k.crisiskaart", "--organisation", str(host.profile_file))
        assert (code, out, err) == (
            1, "", "crisiskaart: deze computer heeft geen sleutelbos (keyring) voor het WebDAV-wachtwoord\n")
    assert list(host.folder.iterdir()) == [] and card_plan()[1] == [Status.CONCEPT]


@pytest.mark.parametrize("address", ["http://127.0.0.1@evil.example/dav/", "http://localhost.evil.example/dav/",
                                     "http://localhost:80@evil.example/", "https://user:pw@kaart.example.org/",
                                     "http://kaart.example.org/", "ftp://kaart.example.org/"])
def test_an_address_that_would_send_the_password_elsewhere_or_in_the_clear_is_refused(address: str) -> None:
    from pydantic import ValidationError

    from crisiskaart.model.organisation import OrganisationProfile

    with pytest.raises(ValidationError):
        OrganisationProfile(webdav_url=address)
    with pytest.raises(ValidationError):
        OrganisationProfile(viewer_url=address)
    assert OrganisationProfile(webdav_url="http://127.0.0.1:8080/dav/").webdav_url
    assert OrganisationProfile(viewer_url="https://kaart.example.org/v/").viewer_url
