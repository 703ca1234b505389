"""Write-only exporters over the model (wallet card, A4 plan, HTML, QR); no QtWidgets here."""
