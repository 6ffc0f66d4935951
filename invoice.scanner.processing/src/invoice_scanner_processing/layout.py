"""Reading order: OCR boxes grouped into rows, rows top to bottom, boxes left to right.

OCR engines return one box per run of text in no useful order, and a label and its value, or the
cells of one table row, as separate boxes. Prediction needs text that reads like the page, so:

1. The page's skew is estimated from the boxes' polygons (median angle of their top edges) and
   box positions are rotated back by it, so a slightly rotated scan still puts a row's boxes at
   one height.
2. Boxes whose (de-skewed) vertical extents overlap by at least ``ROW_OVERLAP`` of the smaller
   height form a row; rows are ordered top to bottom, boxes left to right within a row.
3. A row's text places each box at the character column its x position maps to (the page's
   median character width), at least one space apart and at least ``COLUMN_GAP`` spaces where the
   boxes are far apart, like ``pdftotext -layout``. Table columns stay aligned across rows, and a
   label and its value stay on one line.

The original boxes are kept on each :class:`Row`.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage, OcrWord

#: Fraction of the smaller box height two boxes must overlap vertically to share a row.
ROW_OVERLAP = 0.5
#: Minimum number of spaces between boxes that are further apart than two characters.
COLUMN_GAP = 2
#: Skew beyond this (degrees) is not corrected: such a page was not deskewed and rows would be
#: guesses anyway.
MAX_SKEW_DEG = 10.0


@dataclass(frozen=True)
class Row:
    """One visual row: its boxes left to right, their union and the row's laid-out text."""

    lines: tuple[OcrLine, ...]
    bbox: BBox
    text: str

    def as_line(self) -> OcrLine:
        """The row as one OcrLine; its words are the original boxes (text, box, confidence)."""
        chars = sum(len(line.text) for line in self.lines) or 1
        confidence = sum(line.confidence * len(line.text) for line in self.lines) / chars
        return OcrLine(
            text=self.text.strip(),
            bbox=self.bbox,
            confidence=confidence,
            words=[
                OcrWord(text=line.text, bbox=line.bbox, confidence=line.confidence)
                for line in self.lines
            ],
        )


@dataclass(frozen=True)
class _Placed:
    line: OcrLine
    x: float  # de-skewed left edge
    cy: float  # de-skewed vertical centre
    height: float


def page_skew(page: OcrPage) -> float:
    """The page's text skew in radians; y grows downwards, so positive means lines descend to
    the right. 0.0 when no box has a usable polygon or the skew exceeds ``MAX_SKEW_DEG``."""
    angles: list[float] = []
    for line in page.lines:
        poly = line.polygon
        if not poly or len(poly) < 4:
            continue
        (x0, y0), (x1, y1) = poly[0], poly[1]
        width = math.hypot(x1 - x0, y1 - y0)
        height = math.hypot(poly[3][0] - x0, poly[3][1] - y0)
        # Short boxes give noisy angles; only take clearly horizontal runs of text.
        if width < 3 * max(height, 1.0) or x1 <= x0:
            continue
        angles.append(math.atan2(y1 - y0, x1 - x0))
    if not angles:
        return 0.0
    angle = statistics.median(angles)
    return angle if abs(math.degrees(angle)) <= MAX_SKEW_DEG else 0.0


def _line_height(line: OcrLine) -> float:
    poly = line.polygon
    if poly and len(poly) >= 4:
        return max(1.0, math.hypot(poly[3][0] - poly[0][0], poly[3][1] - poly[0][1]))
    return max(1.0, line.bbox.height)


def _place(page: OcrPage, angle: float) -> list[_Placed]:
    cos, sin = math.cos(angle), math.sin(angle)
    placed = []
    for line in page.lines:
        if not line.text.strip():
            continue
        cx, cy = line.bbox.cx, line.bbox.cy
        # Rotate the centre by -angle; the left edge follows from the de-skewed centre.
        rx = cx * cos + cy * sin
        ry = -cx * sin + cy * cos
        width = line.bbox.width if not angle else _line_width(line)
        placed.append(_Placed(line=line, x=rx - width / 2, cy=ry, height=_line_height(line)))
    return placed


def _line_width(line: OcrLine) -> float:
    poly = line.polygon
    if poly and len(poly) >= 4:
        return math.hypot(poly[1][0] - poly[0][0], poly[1][1] - poly[0][1])
    return line.bbox.width


def char_width(page: OcrPage) -> float:
    """Median character width of the page's boxes (pixels), for column placement."""
    widths = [
        line.bbox.width / len(line.text.strip())
        for line in page.lines
        if len(line.text.strip()) >= 3 and line.bbox.width > 0
    ]
    if not widths:
        return 10.0
    return max(1.0, statistics.median(widths))


def reading_order(page: OcrPage) -> list[Row]:
    """The page's boxes grouped into rows, top to bottom; see the module docstring."""
    angle = page_skew(page)
    placed = sorted(_place(page, angle), key=lambda p: p.cy)
    groups: list[list[_Placed]] = []
    for item in placed:
        if groups:
            group = groups[-1]
            centre = statistics.fmean(p.cy for p in group)
            height = statistics.median(p.height for p in group)
            overlap = min(centre + height / 2, item.cy + item.height / 2) - max(
                centre - height / 2, item.cy - item.height / 2
            )
            if overlap >= ROW_OVERLAP * min(height, item.height):
                group.append(item)
                continue
        groups.append([item])
    if not groups:
        return []
    cw = char_width(page)
    left = min(p.x for group in groups for p in group)
    rows = []
    for group in groups:
        group.sort(key=lambda p: p.x)
        bbox = group[0].line.bbox
        for p in group[1:]:
            bbox = bbox.union(p.line.bbox)
        rows.append(
            Row(
                lines=tuple(p.line for p in group),
                bbox=bbox,
                text=_layout_text(group, left, cw),
            )
        )
    return rows


def _layout_text(group: list[_Placed], left: float, cw: float) -> str:
    text = ""
    end_x: float | None = None
    for p in group:
        piece = p.line.text.strip()
        column = max(0, round((p.x - left) / cw))
        if end_x is None:
            text = " " * column
        else:
            far = (p.x - end_x) > 2 * cw
            minimum = COLUMN_GAP if far else 1
            text += " " * max(minimum, column - len(text))
        text += piece
        end_x = p.x + len(piece) * cw if p.line.bbox.width <= 0 else p.x + _line_width(p.line)
    return text.rstrip()


def ordered_lines(page: OcrPage) -> list[OcrLine]:
    """The page's original lines in reading order (rows top to bottom, left to right)."""
    return [line for row in reading_order(page) for line in row.lines]


def row_lines(page: OcrPage) -> list[OcrLine]:
    """One OcrLine per row (text laid out, bbox the union, original boxes as its words)."""
    return [row.as_line() for row in reading_order(page)]


def page_text(page: OcrPage) -> str:
    """The page as laid-out text: one row per line, columns aligned, common indent removed."""
    texts = [row.text for row in reading_order(page)]
    indent = min((len(t) - len(t.lstrip(" ")) for t in texts if t.strip()), default=0)
    return "\n".join(t[indent:] for t in texts)


def document_text(document: OcrDocument) -> str:
    """All pages as laid-out text, pages separated by a form feed line."""
    return "\n\f\n".join(page_text(page) for page in document.pages)
