"""Load what opening a card needs while the person is still typing the passphrase.

The unlock dialog is on screen for seconds; the model (pydantic), the store (cryptography) and
the bridge between them take a noticeable part of a second to import. Importing them on a
background thread meanwhile makes the card appear sooner after the passphrase. Only modules
without Qt objects are loaded here: a QObject made on this thread would belong to it.
"""

from __future__ import annotations

import importlib
import threading

# The model's own modules by name: the package ``crisiskaart.model`` alone loads them on first use.
CARD_MODULES = ("crisiskaart.model.plan", "crisiskaart.model.io", "crisiskaart.model.validation",
                "crisiskaart.store", "crisiskaart.app.cards", "crisiskaart.app.errors")


def preload(modules: tuple[str, ...] = CARD_MODULES) -> threading.Thread:
    """Import ``modules`` on a daemon thread; an import that fails is simply tried again later."""

    def load() -> None:
        for name in modules:
            try:
                importlib.import_module(name)
            except Exception:  # the GUI thread's own import will say what is wrong
                continue

    thread = threading.Thread(target=load, name="crisiskaart-preload", daemon=True)
    thread.start()
    return thread
