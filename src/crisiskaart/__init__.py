"""crisiskaart: write a crisisplan, wallet crisis card and Wvggz eigen plan van aanpak, encrypted."""

__version__ = "0.1.0"
