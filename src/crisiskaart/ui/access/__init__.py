"""Who can open a card, and the ondersteuner's own profile, in the editor.

The client owns her card: only she, with her passphrase or her herstelcode, changes who can open
it (Kaart › Toegang). An ondersteuner sees the same page read-only and keeps her own profile under
Ondersteuner › Profiel. The store decides what each credential may do and records every change;
these modules only ask, explain and show the outcome. docs/editor.md, "Access and profiles".
"""
