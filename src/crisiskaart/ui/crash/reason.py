"""Why saving failed after a crash, in one calm sentence (the disk is full, the folder is read-only).

The application layer words every error (``crisiskaart.app.errors.describe``). This runs while the
program is already in trouble, so if that layer cannot be imported the store's own message or the
system's short reason is used instead, and otherwise nothing: the dialog says enough without it.
"""

from __future__ import annotations


def _fallback(error: BaseException, language: str) -> str:
    from crisiskaart.store import StoreError

    if isinstance(error, StoreError):
        return error.message(language)
    if isinstance(error, OSError) and error.strerror:
        return error.strerror  # never str(error): that names the file
    return ""


def _sentence(text: str) -> str:
    text = text.strip()
    return text[:1].upper() + text[1:] + ("" if not text or text.endswith((".", "!", "?")) else ".")


def why_not_saved(error: BaseException, language: str) -> str:
    """One sentence for the person, or "" when there is nothing useful to say.

    Only the disk and the card file are worth a reason; a bug while saving is the crash itself.
    """
    from crisiskaart.store import StoreError

    if not isinstance(error, OSError | StoreError):
        return ""
    try:
        from crisiskaart.app.errors import describe
    except ImportError:
        return _sentence(_fallback(error, language))
    try:
        return _sentence(describe(error, language))
    except Exception:  # a crash handler must not fail on its wording
        return _sentence(_fallback(error, language))
