"""The linked QR (SMART Health Link form): key only in the QR, version <= 6, same key across versions."""

from __future__ import annotations

import base64
import datetime as dt
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
from crisiskaart.model.responder_link import file_id_for_key
from crisiskaart.summary import (
    LINKED_MAX_VERSION,
    LinkError,
    ensure_responder_link,
    qr_matrix,
    responder_qr_text,
    shlink_url,
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
    token = (folder / "s" / f"{file_id}.jwe").read_text().strip()
    reader.deserialize(token, key=jw_jwk.JWK(kty="oct", k=plan_key))
    return json.loads(reader.payload)


def test_ensure_link_creates_once_and_keeps_it() -> None:
    plan = CrisisPlan()
    linked, created = ensure_responder_link(plan, random=_counter_random(), today=TODAY)
    assert created and plan.responder_link is None  # the original is not changed
    link = linked.responder_link
    assert link is not None and len(base64.urlsafe_b64decode(link.key + "=")) == 32
    assert link.id == file_id_for_key(link.key) and link.created_on == TODAY
    again, created_again = ensure_responder_link(linked, random=_counter_random())
    assert not created_again and again.responder_link == link
    # The link survives the interchange JSON (and so the encrypted store's versions).
    assert load_plan_json(again.model_dump_json()).responder_link == link


def test_linked_qr_is_the_viewer_url_with_the_key_in_the_fragment_at_version_6() -> None:
    plan = example_plan()
    content = responder_qr_text(plan, ExportContext(organisation=ORG, version=3))
    assert content.mode == "linked" and content.left_out == ()
    assert content.text == f"{ORG.viewer_url}#ck1.{plan.responder_link.key}"
    decoded = decode_png(png_bytes(qr_matrix(content.text, LINKED_MAX_VERSION), scale=6))
    assert decoded.text == content.text and decoded.ec_level == "M"
    assert decoded.version == content.version <= LINKED_MAX_VERSION


def test_the_longest_allowed_viewer_address_fits_and_one_more_is_refused() -> None:
    plan = example_plan()
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
        responder_qr_text(example_plan(), ExportContext(organisation=other))
    assert error.value.details["reason"] == "base_url"
    assert error.value.message("en").startswith("summary_base_url must be empty or https://")
    same = ORG.model_copy(update={"summary_base_url": ORG.viewer_url + "s"})
    assert responder_qr_text(example_plan(), ExportContext(organisation=same)).mode == "linked"


def test_standard_shlink_form_carries_url_key_exp_flag_label_v() -> None:
    plan = example_plan()
    url = shlink_url(plan.responder_link, ORG, plan.management.valid_until)
    viewer, _, fragment = url.partition("#shlink:/")
    assert viewer == ORG.viewer_url
    payload = json.loads(base64.urlsafe_b64decode(fragment + "=" * (-len(fragment) % 4)))
    assert set(payload) == {"url", "key", "exp", "flag", "label", "v"}
    assert payload["flag"] == "U" and payload["v"] == 1 and len(payload["label"]) <= 80
    assert payload["url"] == f"{ORG.viewer_url}s/{plan.responder_link.id}.jwe"
    assert payload["key"] == plan.responder_link.key
    assert dt.datetime.fromtimestamp(payload["exp"], dt.UTC).date() == dt.date(2027, 10, 2)


def test_site_holds_ciphertext_only_and_a_new_version_keeps_address_and_key(tmp_path: Path) -> None:
    plan = example_plan()
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
    plan = example_plan()
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
