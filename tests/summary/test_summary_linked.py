"""The linked QR (gekoppelde samenvatting): key only in the QR, version <= 6, same key across versions,
a 128-bit file id, the example's public key never used, and no claim to be a SMART Health Link."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import json
from pathlib import Path

import pytest
from jwcrypto import jwe as jw_jwe
from jwcrypto import jwk as jw_jwk
from summary_helpers import decode_png

from crisiskaart.export.context import ExportContext
from crisiskaart.model import example_plan, load_plan_json
from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.model.plan import CrisisPlan
from crisiskaart.model.responder_link import EXAMPLE_KEY, ResponderLink, file_id_for_key, new_responder_link
from crisiskaart.summary import (
    LINKED_MAX_VERSION,
    LinkError,
    ensure_responder_link,
    qr_matrix,
    responder_qr_text,
    withdraw_link,
    write_site,
)
from crisiskaart.summary.qr import png_bytes

ORG = OrganisationProfile(name="Voorbeeld", viewer_url="https://crisiskaart.voorbeeld.nl/kaart/")
TODAY = dt.date(2026, 11, 25)


def _counter_random():
    state = {"n": 0}

    def random(size: int) -> bytes:
        state["n"] += 1
        return bytes([state["n"]]) * size

    return random


def _open(folder: Path, plan_key: str, file_id: str) -> dict:
    reader = jw_jwe.JWE()
    token = (folder / "s" / f"{file_id}.jwe").read_bytes()
    assert not token.endswith(b"\n"), "a newline is no part of a compact JWE"
    reader.deserialize(token.decode("ascii"), key=jw_jwk.JWK(kty="oct", k=plan_key))
    return json.loads(reader.payload)


def linked_plan() -> CrisisPlan:
    """The example with a key of its own, as a card made from it has."""
    return example_plan().model_copy(update={"responder_link": new_responder_link()})


def test_ensure_link_creates_once_and_keeps_it() -> None:
    plan = CrisisPlan()
    linked, created = ensure_responder_link(plan, random=_counter_random(), today=TODAY)
    assert created and plan.responder_link is None  # the original is not changed
    link = linked.responder_link
    assert link is not None and len(base64.urlsafe_b64decode(link.key + "=")) == 32
    assert link.id == file_id_for_key(link.key) and link.created_on == TODAY
    # The file id: 128 bits of SHA-256 over the key (computed here independently), 22 characters.
    digest = hashlib.sha256(b"crisiskaart summary file v2\0" + link.key.encode()).digest()[:16]
    assert link.id == base64.urlsafe_b64encode(digest).rstrip(b"=").decode() and len(link.id) == 22
    again, created_again = ensure_responder_link(linked, random=_counter_random())
    assert not created_again and again.responder_link == link
    # The link survives the interchange JSON (and so the encrypted store's versions).
    assert load_plan_json(again.model_dump_json()).responder_link == link


def test_new_keys_are_random_and_every_file_id_has_128_bits() -> None:
    links = [new_responder_link() for _ in range(200)]
    assert len({link.key for link in links}) == len({link.id for link in links}) == 200
    for link in links:
        assert len(base64.urlsafe_b64decode(link.id + "==")) == 16


def test_a_link_of_an_earlier_version_stays_valid_and_keeps_its_ck1_qr() -> None:
    """Cards printed with a 72-bit file id must keep finding their file."""
    key = new_responder_link().key
    old_id = base64.urlsafe_b64encode(hashlib.sha256(b"crisiskaart summary file v1\0" + key.encode())
                                      .digest()[:9]).decode()
    old = ResponderLink(id=old_id, key=key, created_on=TODAY)
    assert linked_plan().model_copy(update={"responder_link": old}).responder_link == old
    plan = example_plan().model_copy(update={"responder_link": old})
    assert responder_qr_text(plan, ExportContext(organisation=ORG)).text == f"{ORG.viewer_url}#ck1.{key}"
    with pytest.raises(ValueError):
        ResponderLink(id=file_id_for_key(key)[:12], key=key, created_on=TODAY)  # an id of another key


def test_the_examples_public_key_is_never_used_for_a_summary(tmp_path: Path) -> None:
    assert example_plan().responder_link is None
    public = ResponderLink(id=file_id_for_key(EXAMPLE_KEY, 1), key=EXAMPLE_KEY, created_on=TODAY)
    plan = example_plan().model_copy(update={"responder_link": public})  # a card of an earlier version
    with pytest.raises(LinkError) as refused:
        responder_qr_text(plan, ExportContext(organisation=ORG))
    assert refused.value.details["reason"] == "example_key"
    with pytest.raises(LinkError):
        write_site(plan, tmp_path, version=1, today=TODAY, organisation=ORG)
    assert list(tmp_path.iterdir()) == []
    renewed, created = ensure_responder_link(plan)
    assert created and renewed.responder_link.key != EXAMPLE_KEY and len(renewed.responder_link.id) == 22


def test_linked_qr_is_the_viewer_url_with_the_key_in_the_fragment_at_version_6() -> None:
    plan = linked_plan()
    content = responder_qr_text(plan, ExportContext(organisation=ORG, version=3))
    assert content.mode == "linked" and content.left_out == ()
    assert content.text == f"{ORG.viewer_url}#ck2.{plan.responder_link.key}"
    decoded = decode_png(png_bytes(qr_matrix(content.text, LINKED_MAX_VERSION), scale=6))
    assert decoded.text == content.text and decoded.ec_level == "M"
    assert decoded.version == content.version <= LINKED_MAX_VERSION


def test_the_longest_allowed_viewer_address_fits_and_one_more_is_refused() -> None:
    plan = linked_plan()
    base = "https://x.nl/"
    for length in range(len(base), 80):
        url = base + "a" * (length - len(base)) + "/"
        org = OrganisationProfile(viewer_url=url)
        try:
            content = responder_qr_text(plan, ExportContext(organisation=org))
        except LinkError as error:
            assert error.details["reason"] == "viewer_too_long"
            assert error.details["limit"] == len(url) - 1
            assert error.message() == ("viewer_url is te lang voor een QR-code die op 25 mm leesbaar "
                                       f"blijft: hoogstens {len(url) - 1} tekens")
            break
        assert content.version <= LINKED_MAX_VERSION
    else:
        pytest.fail("no limit found")
    assert len(url) - 1 >= 50  # room for ordinary organisation addresses


def test_linked_mode_without_a_link_or_with_a_foreign_base_url_is_refused() -> None:
    with pytest.raises(LinkError) as error:
        responder_qr_text(CrisisPlan(), ExportContext(organisation=ORG))
    assert error.value.details["reason"] == "no_link"
    other = ORG.model_copy(update={"summary_base_url": "https://elders.nl/s/"})
    with pytest.raises(LinkError) as error:
        responder_qr_text(linked_plan(), ExportContext(organisation=other))
    assert error.value.details["reason"] == "base_url"
    assert error.value.message("en").startswith("summary_base_url must be empty or https://")
    same = ORG.model_copy(update={"summary_base_url": ORG.viewer_url + "s"})
    assert responder_qr_text(linked_plan(), ExportContext(organisation=same)).mode == "linked"


def test_no_smart_health_link_is_offered_for_content_an_shl_receiver_cannot_show(tmp_path: Path) -> None:
    """An SHL receiver shows FHIR (SMART Health Cards, FHIR bundles); our summary is our own JSON."""
    import crisiskaart.summary as summary
    from crisiskaart.summary.text import summary_text

    assert not [name for name in dir(summary) if "shl" in name.lower()]
    plan = linked_plan()
    content = responder_qr_text(plan, ExportContext(organisation=ORG))
    written = write_site(plan, tmp_path, version=1, today=TODAY, organisation=ORG)
    texts = [content.text, summary_text(content.summary, content, "nl", ORG.viewer_url),
             summary_text(content.summary, content, "en", ORG.viewer_url),
             *(path.read_text("utf-8") for path in written if path.suffix == ".txt")]
    for text in texts:
        assert "shlink" not in text.lower() and "smart health" not in text.lower()


def test_site_holds_ciphertext_only_and_a_new_version_keeps_address_and_key(tmp_path: Path) -> None:
    plan = linked_plan()
    link = plan.responder_link
    written = write_site(plan, tmp_path, version=3, today=TODAY, organisation=ORG)
    assert sorted(p.relative_to(tmp_path).as_posix() for p in written) == \
        ["LEESMIJ.txt", "index.html", f"s/{link.id}.jwe"]
    assert all(p.stat().st_mode & 0o777 == 0o644 for p in written)  # a web server may read them
    everything = b"".join(p.read_bytes() for p in tmp_path.rglob("*") if p.is_file())
    for secret in (link.key.encode(), b"Noor", b"penicilline", b"Bakker"):
        assert secret not in everything
    document = _open(tmp_path, link.key, link.id)
    assert document["status"] == "active" and document["name"] == "Noor Bakker"
    assert document["valid_until"] == "2027-10-01" and document["version"] == 3
    # Version 4 with a new geldig tot: same file, same key; the status comes from the file.
    plan.management.valid_until = dt.date(2028, 10, 1)
    write_site(plan, tmp_path, version=4, today=TODAY, organisation=ORG)
    document = _open(tmp_path, link.key, link.id)
    assert (document["version"], document["valid_until"]) == (4, "2028-10-01")
    assert sorted(p.name for p in (tmp_path / "s").iterdir()) == [f"{link.id}.jwe"]


def test_withdrawing_writes_a_tombstone_and_the_next_card_gets_a_new_key(tmp_path: Path) -> None:
    plan = linked_plan()
    old = plan.responder_link
    write_site(plan, tmp_path, version=3, today=TODAY, organisation=ORG)
    withdrawn, written = withdraw_link(plan, tmp_path, today=TODAY, organisation=ORG)
    assert plan.responder_link == old and withdrawn.responder_link is None
    assert tmp_path / "s" / f"{old.id}.jwe" in written
    assert _open(tmp_path, old.key, old.id) == {"v": 1, "status": "withdrawn", "withdrawn_on": "2026-11-25"}
    renewed, created = ensure_responder_link(withdrawn)
    assert created and renewed.responder_link.key != old.key and renewed.responder_link.id != old.id
    with pytest.raises(LinkError):
        withdraw_link(withdrawn, tmp_path)
