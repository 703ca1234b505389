"""The Qt desktop editor; the only package that imports QtWidgets."""
