"""The application layer: what the command line and the editor both do with a card, without Qt.

``cards`` opens card files and reads and saves plans, ``exporting`` writes and renders every
export (with the CONCEPT mark on what nobody signed yet), ``checks`` says in words what to look at
before printing, ``summary`` publishes and withdraws the responder summary, and ``errors`` turns
every failure into one calm line. See docs/app-layer.md.

Nothing is imported here, so importing one module does not load reportlab or the QR library.
"""
