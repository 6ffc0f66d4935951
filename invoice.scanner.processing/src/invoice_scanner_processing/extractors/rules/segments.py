"""The rule reader's pages: text segments in visual rows, and the label hits inside a segment.

A *segment* is the smallest run of text we treat as one cell: an OCR box, or a text-layer line
split at wide gaps between its words (a PDF line ``Invoice No:        INV-1`` is two cells).
A *row* is every segment of a page whose vertical extents overlap, left to right, which puts
an OCR engine's separate boxes for one table row back together. Skew and rows come from
:mod:`invoice_scanner_processing.layout`, as the OCR stage's reading order does.
"""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from functools import cached_property

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrWord
from invoice_scanner_processing.layout import deskew, group_rows, skew_slope

#: A gap between words wider than this many line heights starts a new segment.
_SPLIT_GAP = 1.2

#: EN 16931's business-term and business-group codes ("BT-1", "BG-14"), which the e-invoice
#: standards' visualisations (XRechnung's and Factur-X/ZUGFeRD's stylesheet renderings) print
#: beside each label or value: "Rechnungsnummer   BT-1 2026-0917".
_TERM_CODE = re.compile(r"(?<![\w-])B[TG]-\d{1,3}(?![\w-])")
#: How many different codes make a page such a visualisation; one "BT-1" may be a value.
_TERM_CODES_MIN = 3


@dataclass
class Segment:
    text: str
    bbox: BBox
    page: int
    confidence: float
    index: int = 0
    row: int = 0
    hits: list[LabelHit] = field(default_factory=list)
    #: Set for segments inside the line-item table body and the customer block.
    in_table: bool = False
    in_customer: bool = False
    #: The box as the engine reported it (``bbox`` is deskewed), for evidence.
    source_bbox: BBox | None = None


@dataclass
class LabelHit:
    """A label found at ``start:end`` of a segment's text, and the fields it may name."""

    start: int
    end: int
    fields: tuple[str, ...]
    key: str
    #: The whole text of the segment the label sits in (a rate such as "19 %" may follow it).
    label_text: str = ""

    @property
    def strength(self) -> float:
        """Longer labels are more specific: ``rechnungsnummer`` beats ``nr``."""
        return min(1.0, 0.55 + 0.05 * len(self.key))


@dataclass
class Page:
    number: int
    width: float
    height: float
    segments: list[Segment]
    rows: list[list[Segment]]

    def starting_between(self, low: float, high: float) -> list[Segment]:
        """The segments whose top lies in ``[low, high)``: a bisection of the page's segments
        by their tops, so that a rule looking for the line over or under a candidate does not
        walk the whole page for each (segments are not moved once the page is built)."""
        tops, ordered = self._by_top
        return ordered[bisect_left(tops, low) : bisect_left(tops, high)]

    def ending_between(self, low: float, high: float) -> list[Segment]:
        """The segments whose bottom lies in ``(low, high]``."""
        bottoms, ordered = self._by_bottom
        return ordered[bisect_right(bottoms, low) : bisect_right(bottoms, high)]

    @cached_property
    def _by_top(self) -> tuple[list[float], list[Segment]]:
        ordered = sorted(self.segments, key=lambda s: s.bbox.y0)
        return [s.bbox.y0 for s in ordered], ordered

    @cached_property
    def _by_bottom(self) -> tuple[list[float], list[Segment]]:
        ordered = sorted(self.segments, key=lambda s: s.bbox.y1)
        return [s.bbox.y1 for s in ordered], ordered


def usual_height(page: Page) -> float:
    """The median height of the page's first 60 segments (0 on an empty page): the size of
    its usual text, against which a sign, a logo or a letterhead stands out."""
    heights = sorted(s.bbox.height for s in page.segments[:60])
    return heights[len(heights) // 2] if heights else 0.0


def _bands(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped into vertical bands: a line whose words sit at different heights (a text
    layer that chained two small lines through a tall logo beside them) is several lines."""
    bands: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: w.bbox.cy):
        for band in bands:
            ref = band[0].bbox
            overlap = ref.y_overlap(word.bbox)
            if overlap >= 0.5 * min(ref.height, word.bbox.height):
                band.append(word)
                break
        else:
            bands.append([word])
    return [sorted(b, key=lambda w: w.bbox.x0) for b in bands]


#: A lone letter opening a line at least this many times as tall as the words after it, and
#: set apart from them by at least ``_MONOGRAM_GAP`` of their height, is a monogram in a logo
#: box ("W  Elektro-Großhandel Wendt GmbH"): a cell of its own, no part of the name beside it.
_MONOGRAM_TALL = 1.4
_MONOGRAM_GAP = 0.5


def _monogram(words: list[OcrWord]) -> bool:
    """Whether the line's first word is a monogram: one letter, taller than the words after it
    and set apart from them (the caller passes three words or more)."""
    first, rest = words[0], words[1:]
    if len(first.text.strip()) != 1 or not first.text.strip().isalpha():
        return False
    heights = sorted(w.bbox.height for w in rest)
    usual = heights[len(heights) // 2]
    gap = rest[0].bbox.x0 - first.bbox.x1
    return first.bbox.height >= _MONOGRAM_TALL * usual and gap >= _MONOGRAM_GAP * usual


def _split_line(line: OcrLine) -> list[tuple[str, BBox, float]]:
    words = [w for w in line.words if w.text.strip()]
    if len(words) < 2:
        return [(line.text.strip(), line.bbox, line.confidence)]
    if len(words) > 2 and _monogram(words):
        first = words[0]
        rest = _split_words(words[1:], line.confidence)
        return [(first.text.strip(), first.bbox, first.confidence), *rest]
    bands = _bands(words)
    if len(bands) > 1:
        return [part for band in bands for part in _split_words(band, line.confidence)]
    return _split_words(words, line.confidence, line)


def _split_words(
    words: list[OcrWord], confidence: float, line: OcrLine | None = None
) -> list[tuple[str, BBox, float]]:
    """Words of one visual line, split into cells at wide gaps; ``line`` is returned whole
    when there is no such gap."""
    box = words[0].bbox
    for w in words[1:]:
        box = box.union(w.bbox)
    height = max(1.0, box.height)
    groups: list[list[int]] = [[0]]
    for i in range(1, len(words)):
        gap = words[i].bbox.x0 - words[i - 1].bbox.x1
        if gap > _SPLIT_GAP * height:
            groups.append([i])
        else:
            groups[-1].append(i)
    if len(groups) == 1:
        if line is not None:
            return [(line.text.strip(), line.bbox, line.confidence)]
        conf = min([w.confidence for w in words] + [confidence])
        return [(" ".join(w.text for w in words), box, conf)]
    out = []
    for g in groups:
        ws = [words[i] for i in g]
        box = ws[0].bbox
        for w in ws[1:]:
            box = box.union(w.bbox)
        conf = min(w.confidence for w in ws)
        out.append((" ".join(w.text for w in ws), box, conf))
    return out


def _term_coded(document: OcrDocument) -> bool:
    """Whether the document prints EN 16931's term codes beside its labels and values."""
    lines = (line for p in document.pages for line in p.lines)
    codes = {m.group() for line in lines for m in _TERM_CODE.finditer(line.text)}
    return len(codes) >= _TERM_CODES_MIN


def _without_term_codes(line: OcrLine) -> OcrLine:
    """``line`` without the term codes in it, which name the standard's field and are no part
    of the value or label beside them (its box shrinks to the words that are left)."""
    if not _TERM_CODE.search(line.text):
        return line
    text = " ".join(_TERM_CODE.sub(" ", line.text).split())
    words = [w for w in line.words if not _TERM_CODE.fullmatch(w.text.strip())]
    box = line.bbox
    if words and len(words) < len(line.words):
        box = words[0].bbox
        for w in words[1:]:
            box = box.union(w.bbox)
    return line.model_copy(update={"text": text, "words": words, "bbox": box})


def build_pages(document: OcrDocument) -> list[Page]:
    """Segments and rows of every page, segments numbered in reading order; on an e-invoice
    visualisation, without the term codes printed beside labels and values."""
    pages: list[Page] = []
    counter = 0
    coded = _term_coded(document)
    for p in document.pages:
        segs: list[Segment] = []
        slope = skew_slope(p.lines)
        for line in p.lines:
            if coded:
                line = _without_term_codes(line)
            if not line.text.strip():
                continue
            for text, box, conf in _split_line(line):
                if text:
                    seg = Segment(text, box, p.page_number, conf, source_bbox=box)
                    if slope:
                        seg.bbox = deskew(box, slope)
                    segs.append(seg)
        rows = group_rows(segs, lambda s: s.bbox)
        ordered: list[Segment] = []
        for r_index, row in enumerate(rows):
            for seg in row:
                seg.row = r_index
                seg.index = counter
                counter += 1
                ordered.append(seg)
        pages.append(Page(p.page_number, p.width, p.height, ordered, rows))
    return pages
