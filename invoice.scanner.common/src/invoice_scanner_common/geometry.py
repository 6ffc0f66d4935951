"""Box arithmetic shared by both services' word and line boxes.

Processing's ``documents.BBox`` (a pydantic model: boxes read from ``ocr.json``) and
``layout_memory.Word`` (a frozen dataclass: a word with its box, used by the API too) hold the
same four coordinates; the centre and size they are compared by are written once here.
"""

from __future__ import annotations


class BoxGeometry:
    """Axis-aligned box: (x0, y0) top-left, (x1, y1) bottom-right, in page pixels.

    A mixin: the class using it declares the four coordinates as its own fields.
    """

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def cx(self) -> float:
        return (self.x0 + self.x1) / 2

    @property
    def cy(self) -> float:
        return (self.y0 + self.y1) / 2

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def x_overlap(self, other: BoxGeometry) -> float:
        """How much of the width the two boxes share (negative: the gap between them)."""
        return min(self.x1, other.x1) - max(self.x0, other.x0)

    def y_overlap(self, other: BoxGeometry) -> float:
        """How much of the height the two boxes share (negative: the gap between them)."""
        return min(self.y1, other.y1) - max(self.y0, other.y0)
