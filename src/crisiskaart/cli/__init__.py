"""Command-line interface: the stable contract other tools and the README rely on."""
