"""A reportlab Paragraph that breaks its lines once per width.

Platypus asks a paragraph for its height several times with the same width: to keep a heading with
the next block (``keepWithNext``), to keep a signature block together (``KeepTogether``), and again
when the frame places and draws it. Each ask runs reportlab's line breaking anew, about a quarter of
an A4 export. The result only depends on the width (the height offered is not used for breaking),
so it is kept and handed back while nothing has changed it: the same width, the same lines object
and the same fragments (``split`` drops or replaces them, and then the lines are broken again).
The PDF is byte for byte what reportlab's own Paragraph gives.
"""

from __future__ import annotations

from reportlab.platypus import Paragraph as _ReportlabParagraph


class Paragraph(_ReportlabParagraph):
    def wrap(self, availWidth: float, availHeight: float) -> tuple[float, float]:
        kept = self.__dict__.get("_wrapped_once")
        before = self.__dict__.get("blPara")
        if kept is not None:
            width, lines, frags, height, widths, result = kept
            if width == availWidth and before is lines and self.frags is frags:
                self.width, self.height, self._wrapWidths = width, height, widths
                return result
        result = super().wrap(availWidth, availHeight)
        lines = self.__dict__.get("blPara")
        if lines is not None and lines is not before:  # broken anew (not a width too small to try)
            self._wrapped_once = (availWidth, lines, self.frags, self.height, self._wrapWidths, result)
        return result
