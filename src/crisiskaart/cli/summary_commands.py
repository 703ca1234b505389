"""Responder-summary commands that ``export`` does not cover.

``publish FILE --organisation PROFILE.json``: puts the card's encrypted summary on the
organisation's WebDAV server at once (making and saving the card's key the first time).
``withdraw-summary FILE [-o FOLDER]``: intrekken. Uploads the encrypted tombstone over the hosted
summary when the profile has a WebDAV address, and/or writes it into FOLDER to upload by hand;
then saves a new version with status ``ingetrokken`` without the link, so the next card gets a
new key (``crisiskaart.app.summary``). ``viewer-hash``: the SHA-256 of the viewer page, so an
organisation can check what it hosts. The WebDAV password comes from the system keyring; at a
terminal it is asked once and then kept there.
"""

from __future__ import annotations

import argparse
import getpass
import sys
from pathlib import Path

from crisiskaart.cli.store_commands import _credential_arguments, _interactive, _open, _store_errors
from crisiskaart.cli.texts import cli_text
from crisiskaart.model.organisation import OrganisationProfile


def register(subparsers: argparse._SubParsersAction) -> None:
    publish = subparsers.add_parser(
        "publish", help="put the linked responder summary on the organisation's WebDAV server")
    publish.add_argument("file", type=Path, help="encrypted card file")
    publish.add_argument("--organisation", type=Path, metavar="PROFILE.json",
                         help="organisation profile with viewer_url and webdav_url")
    publish.add_argument("--version", type=int, dest="number", metavar="N", help="version (default: latest)")
    _credential_arguments(publish)
    publish.set_defaults(handler=run_publish)

    withdraw = subparsers.add_parser(
        "withdraw-summary", help="withdraw the linked responder summary (intrekken)")
    withdraw.add_argument("file", type=Path, help="encrypted card file")
    withdraw.add_argument("-o", "--output", type=Path, help="summary-site folder to write the tombstone into")
    withdraw.add_argument("--organisation", type=Path, metavar="PROFILE.json", help="organisation profile")
    _credential_arguments(withdraw)
    withdraw.set_defaults(handler=run_withdraw)

    viewer = subparsers.add_parser("viewer-hash", help="SHA-256 of the responder-summary viewer page")
    viewer.set_defaults(handler=run_viewer_hash)


def _note(text: str, language: str) -> None:
    print(f"crisiskaart: {cli_text('warning_prefix', language)}: {text}", file=sys.stderr)


def _webdav_password(organisation: OrganisationProfile, language: str) -> tuple[str | None, bool]:
    """The password to upload with, and whether to keep it in the keyring once the upload worked.

    None: take the one in the keyring (``summary.publish`` says so when there is none). At a
    terminal a missing password is asked; without a usable keyring it is used once, not kept.
    """
    from crisiskaart.summary.publish import PublishError, stored_password

    keep = True
    try:
        if stored_password(organisation) is not None:
            return None, False
    except PublishError as error:
        if not _interactive():
            from crisiskaart.app.errors import UploadFailed

            raise UploadFailed(error) from None
        _note(cli_text("webdav_password_not_kept", language, reason=error.message(language)), language)
        keep = False
    if not _interactive():
        return None, False
    prompt = cli_text("prompt_webdav", language, user=organisation.webdav_user, url=organisation.webdav_url)
    return getpass.getpass(prompt), keep


def _keep_password(organisation: OrganisationProfile, password: str | None, language: str) -> None:
    from crisiskaart.summary.publish import PublishError, store_password

    if password is None:
        return
    try:
        store_password(organisation, password)
    except PublishError as error:
        _note(error.message(language), language)
        return
    print(f"crisiskaart: {cli_text('webdav_password_kept', language)}", file=sys.stderr)


@_store_errors
def run_publish(args: argparse.Namespace) -> int:
    from crisiskaart.app.summary import publish_online, uploading_organisation

    organisation = uploading_organisation(args.organisation)  # said before any passphrase is asked
    password, typed = _webdav_password(organisation, args.language)
    with _open(args, writable=True) as card:
        publication = publish_online(card, organisation_file=args.organisation, number=args.number,
                                     password=password)
    if typed:
        _keep_password(organisation, password, args.language)
    if publication.link_created_version is not None:
        line = cli_text("link_created", args.language, number=publication.link_created_version)
        print(f"crisiskaart: {line}", file=sys.stderr)
    for line in publication.done_lines(args.language):
        print(line)
    return 0


@_store_errors
def run_withdraw(args: argparse.Namespace) -> int:
    from crisiskaart.app.errors import NoWithdrawTarget
    from crisiskaart.app.organisation import load_organisation
    from crisiskaart.app.summary import withdraw_summary

    # A broken profile, or nowhere to put the tombstone, is said before the passphrase is asked.
    organisation = load_organisation(args.organisation)
    password: str | None = None
    typed = False
    if organisation is not None and organisation.webdav_url:
        password, typed = _webdav_password(organisation, args.language)
    elif args.output is None:
        raise NoWithdrawTarget()
    with _open(args, writable=True) as card:
        withdrawal = withdraw_summary(card, args.output, organisation_file=args.organisation,
                                      language=args.language, password=password)
    if typed:
        assert organisation is not None
        _keep_password(organisation, password, args.language)
    for path in withdrawal.written:
        print(cli_text("exported", args.language, path=path))
    print(withdrawal.done_line(args.language))
    return 0


def run_viewer_hash(args: argparse.Namespace) -> int:
    from crisiskaart.summary import viewer_sha256

    print(f"{viewer_sha256()}  index.html")
    return 0
