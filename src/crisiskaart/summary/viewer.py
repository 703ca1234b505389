"""The viewer page: one static, self-contained HTML file that decrypts the summary in the browser.

The page is part of the trust chain (it receives the key), so it is one file with no external
resources, a strict Content Security Policy whose script and style are pinned by SHA-256 hashes,
and it never renders user text as HTML. ``viewer_sha256`` lets an organisation check that what it
hosts is exactly this file. After editing the page run ``python -m crisiskaart.summary.viewer``
to refresh the hashes in its policy (a test fails until then).
"""

from __future__ import annotations

import base64
import hashlib
import re

from crisiskaart.resource_files import resource

VIEWER_NAME = "index.html"
_CSP_META = re.compile(r'(<meta http-equiv="Content-Security-Policy" content=")([^"]*)(">)')
_BLOCK = {
    "script": re.compile(r"<script>(.*?)</script>", re.S),
    "style": re.compile(r"<style>(.*?)</style>", re.S),
}


def viewer_html() -> bytes:
    return resource("viewer", VIEWER_NAME).read_bytes()


def viewer_sha256() -> str:
    """Hex SHA-256 of the viewer file, as ``sha256sum index.html`` prints it."""
    return hashlib.sha256(viewer_html()).hexdigest()


def _hash_source(text: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(text.encode("utf-8")).digest()).decode() + "'"


def _inline(tag: str, html: str) -> str:
    """The text of the page's one inline ``<script>`` or ``<style>``; the viewer always has both."""
    found = _BLOCK[tag].search(html)
    if found is None:
        raise ValueError(f"the viewer page has no inline <{tag}>")
    return found.group(1)


def content_security_policy(html: str) -> str:
    """The policy the page must carry: nothing may load or run except its own inline script and style."""
    script = _hash_source(_inline("script", html))
    style = _hash_source(_inline("style", html))
    return (f"default-src 'none'; script-src {script}; style-src {style}; connect-src 'self'; "
            "img-src 'none'; font-src 'none'; base-uri 'none'; form-action 'none'; "
            "require-trusted-types-for 'script'; trusted-types 'none'")


def current_policy(html: str) -> str:
    match = _CSP_META.search(html)
    return match.group(2) if match else ""


def with_fresh_policy(html: str) -> str:
    return _CSP_META.sub(lambda m: m.group(1) + content_security_policy(html) + m.group(3), html, count=1)


def _refresh_source_file() -> None:
    path = resource("viewer", VIEWER_NAME)
    html = path.read_text("utf-8")
    path.write_text(with_fresh_policy(html), "utf-8")
    print(f"{path}: {current_policy(with_fresh_policy(html))}")


if __name__ == "__main__":
    _refresh_source_file()
