"""The encrypted card file (docs/file-format.md); no Qt imports here."""
