"""The card editor: the bound document, the section pages, guided writing and the card preview."""
