"""Putting the linked summary on the organisation's WebDAV server, so publishing and intrekken reach
the host at once instead of waiting for someone to upload a folder.

WebDAV (RFC 4918) is what Nextcloud (``https://cloud.example.org/remote.php/dav/files/USER/kaart/``),
Apache's mod_dav and nginx's dav module speak; plain HTTP ``PUT`` writes a file and ``MKCOL`` makes
the ``s/`` folder (RFC 4918 §9.3, §9.7). The profile's ``webdav_url`` is the WebDAV address of the
folder the viewer is served from, so ``s/<id>.jwe`` lands where the viewer looks for it.

The password is never in the card, the profile or the settings: it lives in the system keyring
(``keyring``: macOS Keychain, Windows Credential Locker, the Secret Service on Linux). A keyring
that keeps passwords in a plain file is refused. The HTTP side is the standard library's
``urllib.request``, over https only (a server on this computer is allowed for testing).
"""

from __future__ import annotations

import ssl
import urllib.error
import urllib.parse
import urllib.request
from collections.abc import Sequence
from dataclasses import dataclass, field

from crisiskaart.model.organisation import OrganisationProfile
from crisiskaart.summary.link import FILE_FOLDER, check_organisation
from crisiskaart.summary.site import MEDIA_TYPE, HostedFile, viewer_file
from crisiskaart.summary.texts import word

KEYRING_SERVICE = "crisiskaart WebDAV"
TIMEOUT_SECONDS = 30
_CONTENT_TYPES = {".jwe": MEDIA_TYPE, ".html": "text/html; charset=utf-8"}


class PublishError(Exception):
    """The summary could not be put on (or withdrawn from) the server; ``message()`` says why."""

    def __init__(self, reason: str, **params: object) -> None:
        super().__init__(reason)
        self.reason = reason
        self.params = params

    @property
    def refused(self) -> bool:
        """The server said no to this user (a wrong password, no rights): exit code 2, not 1."""
        return self.reason in ("auth", "forbidden")

    def message(self, language: str = "nl") -> str:
        return word(f"publish_{self.reason}", language, **self.params)


# --- the password in the system keyring -------------------------------------------------------
def keyring_user(profile: OrganisationProfile) -> str:
    """The keyring entry's name: the user at the WebDAV address, so two servers never share one."""
    return f"{profile.webdav_user}@{profile.webdav_url}"


def _keyring():
    import keyring

    backend = keyring.get_keyring()
    for one in getattr(backend, "backends", None) or [backend]:
        if "plaintext" in type(one).__name__.lower():
            raise PublishError("keyring_plaintext")
    return keyring


def stored_password(profile: OrganisationProfile) -> str | None:
    """The WebDAV password from the system keyring; None when none is kept there yet."""
    import keyring.errors

    try:
        return _keyring().get_password(KEYRING_SERVICE, keyring_user(profile))
    except keyring.errors.KeyringError:
        raise PublishError("no_keyring") from None


def store_password(profile: OrganisationProfile, password: str) -> None:
    """Keep ``password`` in the system keyring for this profile's WebDAV user and address."""
    import keyring.errors

    try:
        _keyring().set_password(KEYRING_SERVICE, keyring_user(profile), password)
    except keyring.errors.KeyringError:
        raise PublishError("no_keyring") from None


def forget_password(profile: OrganisationProfile) -> None:
    import keyring.errors

    try:
        _keyring().delete_password(KEYRING_SERVICE, keyring_user(profile))
    except keyring.errors.PasswordDeleteError:
        pass  # there was none
    except keyring.errors.KeyringError:
        raise PublishError("no_keyring") from None


# --- WebDAV over urllib -------------------------------------------------------------------------
@dataclass
class WebDav:
    """A WebDAV folder: ``put``, ``get`` and ``make_folder`` relative to ``base_url``."""

    base_url: str
    user: str
    password: str = field(repr=False)
    timeout: float = TIMEOUT_SECONDS

    def __post_init__(self) -> None:
        self.base_url = self.base_url.rstrip("/") + "/"
        passwords = urllib.request.HTTPPasswordMgrWithPriorAuth()
        # Basic is sent with the first request (the body of a PUT is not sent twice); a server that
        # wants Digest says so in its 401 and gets Digest. The password goes to this address only.
        passwords.add_password(None, self.base_url, self.user, self.password, is_authenticated=True)
        self._opener = urllib.request.build_opener(
            urllib.request.HTTPBasicAuthHandler(passwords), urllib.request.HTTPDigestAuthHandler(passwords))

    def url(self, path: str) -> str:
        return self.base_url + "/".join(urllib.parse.quote(part) for part in path.split("/"))

    def _send(self, method: str, path: str, data: bytes | None = None,
              headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        request = urllib.request.Request(self.url(path), data=data, method=method, headers=headers or {})
        host = urllib.parse.urlsplit(self.base_url).netloc
        try:
            with self._opener.open(request, timeout=self.timeout) as response:
                return response.status, response.read()
        except urllib.error.HTTPError as error:
            error.close()
            return error.code, b""
        except urllib.error.URLError as error:
            if isinstance(error.reason, ssl.SSLCertVerificationError):
                raise PublishError("certificate", host=host) from None
            raise PublishError("unreachable", host=host) from None
        except (TimeoutError, ConnectionError, ssl.SSLError, OSError):
            raise PublishError("unreachable", host=host) from None

    def _check(self, status: int, path: str, ok: Sequence[int]) -> None:
        if status in ok:
            return
        if status == 401:
            raise PublishError("auth", user=self.user, url=self.base_url)
        if status == 403:
            raise PublishError("forbidden", user=self.user, url=self.url(path))
        if status in (404, 409):  # 409: the folder above does not exist (RFC 4918 §9.7.1)
            raise PublishError("no_folder", url=self.base_url)
        if status == 507:
            raise PublishError("full", url=self.base_url)
        raise PublishError("refused", url=self.url(path), status=status)

    def get(self, path: str) -> bytes | None:
        """The file's bytes, or None when it is not there."""
        status, body = self._send("GET", path, headers={"Cache-Control": "no-cache"})
        if status in (404, 410):
            return None
        self._check(status, path, (200,))
        return body

    def put(self, path: str, data: bytes) -> None:
        suffix = path[path.rfind("."):] if "." in path else ""
        content_type = _CONTENT_TYPES.get(suffix, "application/octet-stream")
        status, _ = self._send("PUT", path, data, {"Content-Type": content_type})
        self._check(status, path, (200, 201, 204))

    def make_folder(self, path: str) -> None:
        """``MKCOL``; a folder that already exists (405, or 301 to its own address) is fine."""
        status, _ = self._send("MKCOL", path.rstrip("/") + "/")
        self._check(status, path, (201, 301, 405))


@dataclass(frozen=True)
class Published:
    """What went to the server: the addresses written, and whether the viewer was (re)placed."""

    urls: tuple[str, ...]
    viewer_updated: bool


def webdav_for(profile: OrganisationProfile, password: str | None = None) -> WebDav:
    """The profile's WebDAV folder with the password given, or the one in the system keyring."""
    if not profile.webdav_url:
        raise PublishError("no_webdav")
    check_organisation(profile)
    if password is None:
        password = stored_password(profile)
    if password is None:
        raise PublishError("no_password", user=profile.webdav_user, url=profile.webdav_url)
    return WebDav(profile.webdav_url, profile.webdav_user, password)


def upload(profile: OrganisationProfile, hosted: HostedFile, *, password: str | None = None) -> Published:
    """Put ``hosted`` (a summary or a tombstone) on the server, with the viewer beside it.

    The viewer is uploaded when the server has none or another one: this program's viewer opens
    every link form printed so far, and an older viewer cannot open the newest. The summary file
    is written last, so a card never points at a folder without a viewer.
    """
    dav = webdav_for(profile, password)
    viewer = viewer_file()
    page = profile.viewer_url.rsplit("/", 1)[1]  # https://x.nl/kaart/ or …/kaart/hulp.html
    if page:
        viewer = HostedFile(page, viewer.data)
    urls: list[str] = []
    # The viewer page is the organisation's, shared by all its clients' cards, and published with
    # its SHA-256: put it only where there is none yet, never over one that is there (a program of
    # an older version would otherwise replace a newer viewer and break newer cards).
    updated = dav.get(viewer.path) is None
    if updated:
        dav.put(viewer.path, viewer.data)
        urls.append(dav.url(viewer.path))
    dav.make_folder(FILE_FOLDER)
    dav.put(hosted.path, hosted.data)
    urls.append(dav.url(hosted.path))
    return Published(tuple(urls), updated)
