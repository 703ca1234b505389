"""The Qt desktop editor; the only package that imports QtWidgets."""

from crisiskaart.ui import pyside_module_scan

pyside_module_scan.install()  # before the editor's modules load: they are many (see the module)
