"""Reading order: OCR boxes grouped into rows, rows top to bottom, boxes left to right.

OCR engines return one box per run of text in no useful order, and a label and its value, or the
cells of one table row, as separate boxes. Prediction needs text that reads like the page, so:

1. The page's skew is estimated from the boxes' polygons (:func:`skew_slope`, the median slope
   of the long boxes' top edges) and boxes are moved back by it (:func:`deskew`), so a slightly
   rotated scan still puts a row's boxes at one height.
2. Boxes whose (de-skewed) vertical extents overlap by at least half the smaller height form a
   row (:func:`group_rows`); rows are ordered top to bottom, boxes left to right within a row.
3. A row's text places each box at the character column its x position maps to (the page's
   median character width), at least one space apart and at least ``COLUMN_GAP`` spaces where the
   boxes are far apart, like ``pdftotext -layout``. Table columns stay aligned across rows, and a
   label and its value stay on one line.

The original boxes are kept on each :class:`Row`. Skew estimation and row grouping exist only
here: the rule reader (:mod:`invoice_scanner_processing.extractors.rules.segments`) builds its
rows of segments with the same two functions.
"""

from __future__ import annotations

import math
import statistics
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import TypeVar

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage, OcrWord

T = TypeVar("T")

#: Fraction of the smaller height a box must overlap a row's band vertically to join it.
ROW_OVERLAP = 0.5
#: Minimum number of spaces between boxes that are further apart than two characters.
COLUMN_GAP = 2


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
    x: float  # de-skewed left edge, for the text's columns
    box: BBox  # the box moved back by the page's skew, for the rows


def skew_slope(lines: Sequence[OcrLine]) -> float:
    """Median slope (dy/dx) of the long text boxes' top edges; 0 without polygons.

    A scan rotated by 1.5° moves the right end of a 1600 px row by 40 px, more than a line
    height, so rows are built on deskewed coordinates. Fewer than three long boxes, or a slope
    under 0.003 (0.17°), count as no skew.
    """
    slopes = []
    for line in lines:
        poly = line.polygon
        if not poly or len(poly) < 2:
            continue
        (x0, y0), (x1, y1) = poly[0], poly[1]
        if x1 - x0 > 3 * max(line.bbox.height, 1.0) and x1 > x0:
            slopes.append((y1 - y0) / (x1 - x0))
    if len(slopes) < 3:
        return 0.0
    slopes.sort()
    slope = slopes[len(slopes) // 2]
    return slope if abs(slope) > 0.003 else 0.0


def page_skew(page: OcrPage) -> float:
    """The page's text skew in radians (:func:`skew_slope` as an angle); y grows downwards, so
    positive means lines descend to the right."""
    return math.atan(skew_slope(page.lines))


def deskew(box: BBox, slope: float) -> BBox:
    """``box`` moved back by the page's ``slope``."""
    # Only the vertical position moves; text boxes are small enough that shear is negligible.
    shift = box.cx * slope
    return BBox(x0=box.x0, y0=box.y0 - shift, x1=box.x1, y1=box.y1 - shift)


def group_rows(items: Sequence[T], box: Callable[[T], BBox]) -> list[list[T]]:
    """``items`` grouped into visual rows by their (deskewed) ``box``: rows top to bottom,
    items left to right.

    Items are taken top to bottom; each joins the one of the last three rows whose band (the
    mean centre and mean height of its items so far) it overlaps most, by at least
    ``ROW_OVERLAP`` of the smaller height, or starts a row. Comparing with a row's mean band,
    not the union of its boxes, keeps tightly spaced lines from chaining into one row.
    """
    ordered = sorted(items, key=lambda it: (box(it).cy, box(it).x0))
    rows: list[list[T]] = []
    bands: list[tuple[float, float, int]] = []  # sum of cy, sum of heights, count
    for item in ordered:
        b = box(item)
        best_i, best_ov = -1, 0.0
        for i in range(max(0, len(rows) - 3), len(rows)):
            sum_cy, sum_h, n = bands[i]
            cy, h = sum_cy / n, sum_h / n
            overlap = min(cy + h / 2, b.y1) - max(cy - h / 2, b.y0)
            ref = min(b.height, h)
            if ref > 0 and overlap >= ROW_OVERLAP * ref and overlap > best_ov:
                best_i, best_ov = i, overlap
        if best_i >= 0:
            rows[best_i].append(item)
            sum_cy, sum_h, n = bands[best_i]
            bands[best_i] = (sum_cy + b.cy, sum_h + b.height, n + 1)
        else:
            rows.append([item])
            bands.append((b.cy, b.height, 1))
    rows.sort(key=lambda r: min(box(it).cy for it in r))
    for row in rows:
        row.sort(key=lambda it: box(it).x0)
    return rows


def _place(page: OcrPage, slope: float) -> list[_Placed]:
    angle = math.atan(slope)
    cos, sin = math.cos(angle), math.sin(angle)
    placed = []
    for line in page.lines:
        if not line.text.strip():
            continue
        cx, cy = line.bbox.cx, line.bbox.cy
        # Rotate the centre by -angle; the left edge follows from the de-skewed centre.
        rx = cx * cos + cy * sin
        width = line.bbox.width if not angle else _line_width(line)
        box = deskew(line.bbox, slope) if slope else line.bbox
        placed.append(_Placed(line=line, x=rx - width / 2, box=box))
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
    groups = group_rows(_place(page, skew_slope(page.lines)), lambda p: p.box)
    if not groups:
        return []
    cw = char_width(page)
    left = min(p.x for group in groups for p in group)
    rows = []
    for group in groups:
        # Columns follow the rotated-back left edges (rows come from the deskewed boxes).
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
