"""The viewer file: self-contained, a strict CSP pinned to its own script and style, no HTML sinks."""

from __future__ import annotations

import hashlib
import re
from html.parser import HTMLParser

from crisiskaart.summary.viewer import content_security_policy, current_policy, viewer_html, viewer_sha256

HTML = viewer_html().decode("utf-8")


def test_policy_pins_the_inline_script_and_style() -> None:
    assert current_policy(HTML) == content_security_policy(HTML), (
        "the viewer changed: run `python -m crisiskaart.summary.viewer` to refresh its CSP hashes")
    policy = current_policy(HTML)
    for directive in ("default-src 'none'", "connect-src 'self'", "base-uri 'none'", "form-action 'none'",
                      "img-src 'none'", "require-trusted-types-for 'script'"):
        assert directive in policy
    assert "unsafe" not in policy and "http" not in policy


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[tuple[str, dict[str, str | None]]] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append((tag, dict(attrs)))


def test_no_external_resources_and_no_html_sinks() -> None:
    collector = _Collector()
    collector.feed(HTML)
    tags = [tag for tag, _ in collector.tags]
    assert tags.count("script") == 1 and tags.count("style") == 1
    for tag, attrs in collector.tags:
        assert "src" not in attrs and "style" not in attrs, tag
        assert not any(name.startswith("on") for name in attrs), tag
        if tag == "link":
            raise AssertionError("no <link> elements")
    script = re.search(r"<script>(.*?)</script>", HTML, re.S).group(1)  # type: ignore[union-attr]
    for sink in ("innerHTML", "outerHTML", "insertAdjacentHTML", "document.write", "eval(", "Function(",
                 "setTimeout(\"", "import("):
        assert sink not in script, sink
    assert "textContent" in script and "crypto.subtle" in script


def test_sha256_is_that_of_the_file() -> None:
    assert viewer_sha256() == hashlib.sha256(viewer_html()).hexdigest()
