"""Fixtures for the responder-summary tests: a real headless Chromium (Debian's) through Selenium."""

from __future__ import annotations

import os
import shutil
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
PHONE_SIZE = (390, 844)  # a common phone viewport in CSS pixels
AXE = Path(sys.prefix) / "axe-core" / "axe.min.js"  # fetched by scripts/setup.sh (npm pack axe-core)


def _missing(message: str) -> None:
    """Off CI a missing tool skips the test; on CI (``CI=true``) it must be there, so it fails."""
    if os.environ.get("CI", "").lower() == "true":
        pytest.fail(message)
    pytest.skip(message)


def _browser_missing() -> str | None:
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not shutil.which(path)]
    try:
        import selenium  # noqa: F401
    except ImportError:
        missing.append("the selenium package")
    return ", ".join(missing) or None


@pytest.fixture(scope="session")
def browser() -> Iterator[object]:
    """Headless Chromium at phone size. Skips off CI when Chromium is absent; on CI it must be there."""
    missing = _browser_missing()
    if missing:
        _missing(f"no browser for the viewer tests: {missing} missing (bash scripts/setup.sh installs them)")
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    for argument in ("--headless=new", "--disable-gpu", "--disable-dev-shm-usage", "--no-first-run",
                     f"--window-size={PHONE_SIZE[0]},{PHONE_SIZE[1]}", "--force-device-scale-factor=2"):
        options.add_argument(argument)
    if os.geteuid() == 0:
        options.add_argument("--no-sandbox")  # Chromium refuses to run its sandbox as root
    options.set_capability("goog:loggingPrefs", {"browser": "ALL"})
    driver = webdriver.Chrome(options=options, service=Service(executable_path=CHROMEDRIVER))
    driver.set_page_load_timeout(30)
    try:
        yield driver
    finally:
        driver.quit()


@pytest.fixture(scope="session")
def axe_script() -> str:
    """axe-core's source, to run inside the page under test."""
    if not AXE.is_file():
        _missing(f"axe-core is missing at {AXE} (bash scripts/setup.sh fetches it with npm)")
    return AXE.read_text("utf-8")


class MemoryKeyring:
    """A system keyring that lives in this process only: the tests' WebDAV passwords never reach
    the real keyring of the machine, nor any file."""

    priority = 1

    def __init__(self) -> None:
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.passwords.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.passwords[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        import keyring.errors

        if self.passwords.pop((service, username), None) is None:
            raise keyring.errors.PasswordDeleteError("no such password")


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    import keyring
    from keyring.backend import KeyringBackend

    backend_class = type("TestMemoryKeyring", (MemoryKeyring, KeyringBackend), {})
    store = backend_class()
    before = keyring.get_keyring()
    keyring.set_keyring(store)
    try:
        yield store
    finally:
        keyring.set_keyring(before)
