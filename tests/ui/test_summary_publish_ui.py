"""The linked summary in the editor: Ondersteuner › Organisatie… (profile file, password in the
keyring), Kaart › Samenvatting voor hulpdiensten › Publiceren / Intrekken… against a real WebDAV
server on 127.0.0.1 (WsgiDAV on cheroot), and every card its own summary key (new card, example,
a card still holding the example's public key). Screens go to /tmp/crisiskaart-summary/.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import json
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from jwcrypto import jwe as jw_jwe
from jwcrypto import jwk as jw_jwk
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialogButtonBox
from test_accessibility_layout import clipped
from ui_helpers import PASSPHRASE, saved_plan, unlock

from crisiskaart.app.summary_keys import for_new_card
from crisiskaart.model import example_plan
from crisiskaart.model.organisation import OrganisationProfile, organisation_profile_json
from crisiskaart.model.responder_link import EXAMPLE_KEY, ResponderLink, file_id_for_key
from crisiskaart.summary.publish import KEYRING_SERVICE, keyring_user, store_password
from crisiskaart.ui.main_window import NOT_IN_FORCE, MainWindow
from crisiskaart.ui.summary import current_summary_task
from crisiskaart.ui.summary.organisation_dialog import OrganisationDialog

SHOTS = Path("/tmp/crisiskaart-summary")
DAV_USER = "ggz-voorbeeld"
DAV_PASSWORD = "paard batterij nietje 7"


@contextlib.contextmanager
def webdav(folder: Path) -> Iterator[str]:
    """A real WebDAV share of ``folder`` that needs DAV_USER and DAV_PASSWORD; yields its address."""
    from cheroot import wsgi
    from wsgidav.wsgidav_app import WsgiDAVApp

    app = WsgiDAVApp({"provider_mapping": {"/": str(folder)},
                      "simple_dc": {"user_mapping": {"*": {DAV_USER: {"password": DAV_PASSWORD}}}},
                      "http_authenticator": {"accept_basic": True, "accept_digest": True,
                                             "default_to_digest": False},
                      "verbose": 1, "logging": {"enable_loggers": []}, "dir_browser": {"enable": False}})
    server = wsgi.Server(("127.0.0.1", 0), app)
    server.prepare()
    thread = threading.Thread(target=server.serve, daemon=True)
    thread.start()
    try:
        yield f"http://127.0.0.1:{server.bind_addr[1]}/"
    finally:
        server.stop()
        thread.join(timeout=5)


@pytest.fixture
def memory_keyring() -> Iterator[dict]:
    """A keyring in this process only: no test password reaches the machine's keyring or a file."""
    import keyring
    import keyring.errors
    from keyring.backend import KeyringBackend

    passwords: dict[tuple[str, str], str] = {}

    class MemoryKeyring(KeyringBackend):
        priority = 1

        def get_password(self, service, username):
            return passwords.get((service, username))

        def set_password(self, service, username, password):
            passwords[(service, username)] = password

        def delete_password(self, service, username):
            if passwords.pop((service, username), None) is None:
                raise keyring.errors.PasswordDeleteError(username)

    before = keyring.get_keyring()
    keyring.set_keyring(MemoryKeyring())
    try:
        yield passwords
    finally:
        keyring.set_keyring(before)


def _shot(widget, name: str) -> None:
    SHOTS.mkdir(exist_ok=True)
    widget.grab().save(str(SHOTS / f"{name}.png"))


def _open_dialog(qtbot, window: MainWindow) -> OrganisationDialog:
    window.summary_menu.organisation.trigger()
    dialog = window.organisation_dialog
    assert isinstance(dialog, OrganisationDialog)
    qtbot.waitExposed(dialog)
    return dialog


def _type(qtbot, edit, text: str) -> None:
    edit.selectAll()
    edit.setFocus()
    qtbot.keyClicks(edit, text)


def test_the_organisation_dialog_saves_the_profile_and_puts_the_password_in_the_keyring(
        qtbot, window: MainWindow, settings, memory_keyring) -> None:
    assert window.summary_menu.organisation.text() == "&Organisatie…"
    dialog = _open_dialog(qtbot, window)
    _type(qtbot, dialog.name, "GGZ Voorbeeld")
    _type(qtbot, dialog.viewer_url, "http://kaart.voorbeeld.nl/")
    _type(qtbot, dialog.webdav_url, "https://cloud.voorbeeld.nl/remote.php/dav/files/ggz/kaart/")
    _type(qtbot, dialog.webdav_user, DAV_USER)
    _type(qtbot, dialog.password, DAV_PASSWORD)
    save = dialog.buttons.button(QDialogButtonBox.StandardButton.Save)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert dialog.isVisible() and dialog.message.text() == "Het vieweradres moet beginnen met https://."
    assert not settings.default_organisation_file().exists() and memory_keyring == {}
    _type(qtbot, dialog.viewer_url, "https://kaart.voorbeeld.nl/")
    _shot(dialog, "organisatie")
    assert not clipped(dialog)
    qtbot.mouseClick(save, Qt.MouseButton.LeftButton)
    assert not dialog.isVisible()
    path = settings.default_organisation_file()
    assert settings.organisation_file == path
    saved = json.loads(path.read_text("utf-8"))
    assert saved == {"name": "GGZ Voorbeeld", "viewer_url": "https://kaart.voorbeeld.nl/",
                     "webdav_url": "https://cloud.voorbeeld.nl/remote.php/dav/files/ggz/kaart/",
                     "webdav_user": DAV_USER}
    profile = OrganisationProfile.model_validate(saved)
    assert memory_keyring == {(KEYRING_SERVICE, keyring_user(profile)): DAV_PASSWORD}
    settings.sync()
    for file in (path, settings.path):
        assert DAV_PASSWORD not in file.read_text("utf-8")
    # Opened again: the profile is there, the password stays in the keyring and is not shown.
    again = _open_dialog(qtbot, window)
    assert again.webdav_user.text() == DAV_USER and again.password.text() == ""
    assert again.password.placeholderText() == "bewaard in de sleutelbos"
    again.reject()


@pytest.fixture
def hosted(tmp_path: Path, settings, memory_keyring) -> Iterator[tuple[Path, OrganisationProfile]]:
    folder = tmp_path / "www"
    folder.mkdir()
    with webdav(folder) as url:
        profile = OrganisationProfile(name="GGZ Voorbeeld", viewer_url="https://kaart.voorbeeld.nl/",
                                      webdav_url=url, webdav_user=DAV_USER)
        path = tmp_path / "organisatie.json"
        path.write_text(organisation_profile_json(profile))
        settings.organisation_file = path
        store_password(profile, DAV_PASSWORD)
        yield folder, profile


def _task_ends(qtbot, window: MainWindow) -> str:
    task = current_summary_task(window)
    assert task is not None
    qtbot.waitUntil(lambda: task.outcome != "", timeout=20_000)
    return task.outcome


def _hosted_status(folder: Path, link: ResponderLink) -> dict:
    reader = jw_jwe.JWE()
    reader.deserialize((folder / "s" / f"{link.id}.jwe").read_text(), key=jw_jwk.JWK(kty="oct", k=link.key))
    return json.loads(reader.payload)


def test_publish_and_withdraw_from_the_menu_reach_the_server(qtbot, window: MainWindow, make_card,
                                                             hosted) -> None:
    folder, _ = hosted
    card = make_card(for_new_card(example_plan()).plan)
    link = saved_plan(card, PASSPHRASE).responder_link
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.summary_menu.publish.isEnabled()
    window.summary_menu.publish.trigger()
    assert _task_ends(qtbot, window) == "published"
    task = current_summary_task(window)
    assert task.message_box.text() == ("De samenvatting staat nu op de website. Wie de QR-code op de kaart "
                                       "scant, ziet deze versie.")
    _shot(task.message_box, "gepubliceerd")
    task.message_box.accept()
    document = _hosted_status(folder, link)
    assert document["status"] == "active" and document["name"] == "Noor Bakker"

    window.summary_menu.withdraw.trigger()
    task = current_summary_task(window)
    qtbot.waitUntil(lambda: task.question is not None and task.question.isVisible())
    _shot(task.question, "intrekken-vraag")
    assert not clipped(task.question)
    qtbot.mouseClick(task.withdraw_button, Qt.MouseButton.LeftButton)
    assert _task_ends(qtbot, window) == "withdrawn"
    assert task.message_box.text().startswith("Ingetrokken: versie 2 opgeslagen zonder link")
    task.message_box.accept()
    assert _hosted_status(folder, link)["status"] == "withdrawn"
    assert window.session.document.plan.responder_link is None
    assert saved_plan(card, PASSPHRASE).responder_link is None
    # the card on screen is withdrawn now: the notice says so, and so does its preview
    assert any(row.message.key == NOT_IN_FORCE for row in window.notice_bar.rows)
    assert window.editor is not None
    qtbot.waitUntil(window.editor.preview.is_current, timeout=60_000)
    assert window.editor.preview.context().mark == "INGETROKKEN — geldt niet meer"
    _shot(window, "ingetrokken-venster")


def test_publish_without_an_organisation_says_what_is_needed(qtbot, window: MainWindow, make_card) -> None:
    card = make_card(for_new_card(example_plan()).plan)
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)
    window.summary_menu.publish.trigger()
    assert _task_ends(qtbot, window) == "cancelled"
    box = current_summary_task(window).message_box
    assert box.text() == ("Voor een samenvatting op de website heeft het programma het profiel van je "
                          "organisatie nodig, met het vieweradres: vul het in bij Ondersteuner › "
                          "Organisatie…")
    _shot(box, "geen-organisatie")
    box.accept()


def test_a_refused_password_is_said_and_the_card_keeps_its_link(qtbot, window: MainWindow, make_card,
                                                               hosted) -> None:
    _, profile = hosted
    store_password(profile, "verkeerd")
    card = make_card(for_new_card(example_plan()).plan)
    link = saved_plan(card, PASSPHRASE).responder_link
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)
    window.summary_menu.withdraw.trigger()
    task = current_summary_task(window)
    qtbot.waitUntil(lambda: task.question is not None and task.question.isVisible())
    qtbot.mouseClick(task.withdraw_button, Qt.MouseButton.LeftButton)
    assert _task_ends(qtbot, window) == "failed"
    assert task.message_box.text() == (f"De server neemt gebruikersnaam {DAV_USER} of het wachtwoord niet "
                                       f"aan ({profile.webdav_url}).")
    task.message_box.accept()
    assert saved_plan(card, PASSPHRASE).responder_link == link


def test_every_card_made_in_the_editor_has_a_key_of_its_own(qtbot, window: MainWindow) -> None:
    keys = []
    for _ in range(2):
        window.open_example()
        link = window.session.document.plan.responder_link
        assert link is not None and link.key != EXAMPLE_KEY
        keys.append(link.key)
    assert keys[0] != keys[1]
    assert not window.summary_menu.publish.isEnabled()  # the example is never published


def test_a_card_with_the_examples_public_key_gets_its_own_and_says_so(qtbot, window: MainWindow,
                                                                      make_card) -> None:
    public = ResponderLink(id=file_id_for_key(EXAMPLE_KEY, 1), key=EXAMPLE_KEY,
                           created_on=dt.date(2026, 10, 1))
    card = make_card(example_plan().model_copy(update={"responder_link": public}))
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)
    assert window.notice_bar.isVisible()
    texts = [row.message.text for row in window.notice_bar.rows]
    assert any(text.startswith("De sleutel van de gekoppelde samenvatting was die van het voorbeeld")
               for text in texts)
    _shot(window, "voorbeeldsleutel")
    assert window.session.flush()
    own = saved_plan(card, PASSPHRASE).responder_link
    assert own is not None and own.key != EXAMPLE_KEY and own == window.session.document.plan.responder_link


def test_without_a_kept_password_it_is_asked_and_kept_once_the_server_took_it(
        qtbot, window: MainWindow, make_card, hosted, memory_keyring) -> None:
    folder, profile = hosted
    memory_keyring.clear()
    card = make_card(for_new_card(example_plan()).plan)
    link = saved_plan(card, PASSPHRASE).responder_link
    unlock(qtbot, window, card, PASSPHRASE)
    qtbot.waitUntil(lambda: window.session is not None)
    window.summary_menu.publish.trigger()
    task = current_summary_task(window)
    qtbot.waitUntil(lambda: task.password_dialog is not None and task.password_dialog.isVisible())
    dialog = task.password_dialog
    assert dialog.labelText() == f"Wachtwoord voor {DAV_USER} op {profile.webdav_url}:"
    _shot(dialog, "wachtwoord")
    assert not clipped(dialog)
    dialog.setTextValue(DAV_PASSWORD)
    dialog.accept()
    assert _task_ends(qtbot, window) == "published"
    task.message_box.accept()
    assert _hosted_status(folder, link)["status"] == "active"
    assert memory_keyring == {(KEYRING_SERVICE, keyring_user(profile)): DAV_PASSWORD}
