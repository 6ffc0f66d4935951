"""Layout primitives: text segments, visual rows, and label hits inside a segment.

A *segment* is the smallest run of text we treat as one cell: an OCR box, or a text-layer line
split at wide gaps between its words (a PDF line ``Invoice No:        INV-1`` is two cells).
A *row* is every segment of a page whose vertical extents overlap, left to right, which puts
an OCR engine's separate boxes for one table row back together.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cache

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrWord
from invoice_scanner_processing.extractors.rules.lexicon import label_index
from invoice_scanner_processing.extractors.rules.parsing import strip_accents

#: A gap between words wider than this many line heights starts a new segment.
_SPLIT_GAP = 1.2


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


def _bands(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words grouped into vertical bands: a line whose words sit at different heights (a text
    layer that chained two small lines through a tall logo beside them) is several lines."""
    bands: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: w.bbox.cy):
        for band in bands:
            ref = band[0].bbox
            overlap = min(ref.y1, word.bbox.y1) - max(ref.y0, word.bbox.y0)
            if overlap >= 0.5 * min(ref.height, word.bbox.height):
                band.append(word)
                break
        else:
            bands.append([word])
    return [sorted(b, key=lambda w: w.bbox.x0) for b in bands]


def _split_line(line: OcrLine) -> list[tuple[str, BBox, float]]:
    words = [w for w in line.words if w.text.strip()]
    if len(words) < 2:
        return [(line.text.strip(), line.bbox, line.confidence)]
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


def _skew(lines: list[OcrLine]) -> float:
    """Median slope (dy/dx) of the long text boxes' top edges; 0 without polygons.

    A scan rotated by 1.5° moves the right end of a 1600 px row by 40 px, more than a line
    height, so rows are built on deskewed coordinates.
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


def _deskew(box: BBox, slope: float) -> BBox:
    # Only the vertical position moves; text boxes are small enough that shear is negligible.
    shift = box.cx * slope
    return BBox(x0=box.x0, y0=box.y0 - shift, x1=box.x1, y1=box.y1 - shift)


def build_pages(document: OcrDocument) -> list[Page]:
    """Segments and rows of every page, segments numbered in reading order."""
    pages: list[Page] = []
    counter = 0
    for p in document.pages:
        segs: list[Segment] = []
        slope = _skew(p.lines)
        for line in p.lines:
            if not line.text.strip():
                continue
            for text, box, conf in _split_line(line):
                if text:
                    seg = Segment(text, box, p.page_number, conf, source_bbox=box)
                    if slope:
                        seg.bbox = _deskew(box, slope)
                    segs.append(seg)
        segs.sort(key=lambda s: (s.bbox.cy, s.bbox.x0))
        # Each row is compared by its mean centre and height, not the union of its boxes, so
        # that tightly spaced lines do not chain into one row.
        rows: list[list[Segment]] = []
        bands: list[tuple[float, float, int]] = []  # sum of cy, sum of heights, count
        for seg in segs:
            best_i, best_ov = -1, 0.0
            for i in range(max(0, len(rows) - 3), len(rows)):
                sum_cy, sum_h, n = bands[i]
                cy, h = sum_cy / n, sum_h / n
                overlap = min(cy + h / 2, seg.bbox.y1) - max(cy - h / 2, seg.bbox.y0)
                ref = min(seg.bbox.height, h)
                if ref > 0 and overlap >= 0.5 * ref and overlap > best_ov:
                    best_i, best_ov = i, overlap
            if best_i >= 0:
                rows[best_i].append(seg)
                sum_cy, sum_h, n = bands[best_i]
                bands[best_i] = (sum_cy + seg.bbox.cy, sum_h + seg.bbox.height, n + 1)
            else:
                rows.append([seg])
                bands.append((seg.bbox.cy, seg.bbox.height, 1))
        rows.sort(key=lambda r: min(s.bbox.cy for s in r))
        ordered: list[Segment] = []
        for r_index, row in enumerate(rows):
            row.sort(key=lambda s: s.bbox.x0)
            for seg in row:
                seg.row = r_index
                seg.index = counter
                counter += 1
                ordered.append(seg)
        pages.append(Page(p.page_number, p.width, p.height, ordered, rows))
    return pages


@cache
def _fold(c: str) -> str:
    """One character as it appears in compact form ("" when dropped)."""
    if c == "ß":
        return "ss"
    if c in "º°":
        return ""  # "Nº" / "N°" fold to "n", not "no"
    if c in "łŁ":
        return "l"  # no decomposition to strip the stroke from
    return "".join(ch for ch in strip_accents(c).lower() if ch.isalnum() or ch in "#%")


def _compact_map(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(text):
        for ch in _fold(c):
            chars.append(ch)
            pos.append(i)
    return "".join(chars), pos


def _word_start(text: str, i: int) -> bool:
    if i == 0:
        return True
    prev, cur = text[i - 1], text[i]
    if not prev.isalnum():
        return True
    # OCR that drops spaces still leaves case changes and letter/digit changes.
    if prev.islower() and cur.isupper():
        return True
    return prev.isdigit() != cur.isdigit()


def _word_end(text: str, last: int, nxt: int | None) -> bool:
    if nxt is None:
        return True
    if nxt > last + 1:
        return True  # a space or punctuation was skipped
    a, b = text[last], text[nxt]
    if a.islower() and b.isupper():
        return True
    return a.isdigit() != b.isdigit() or not b.isalnum()


def find_labels(text: str) -> list[LabelHit]:
    """Labels in ``text``: always at its start; further in only when clearly a label (followed
    by a colon, or a long specific word), so descriptions such as ``Total cleaning`` do not
    turn into labels."""
    comp, pos = _compact_map(text)
    if not comp:
        return []
    index = label_index()
    hits: list[LabelHit] = []
    i = 0
    n = len(comp)
    while i < n:
        if not _word_start(text, pos[i]):
            i += 1
            continue
        bucket = index.get(comp[i : i + 2], [])
        best: LabelHit | None = None
        for key, fld in bucket:
            if best is not None and len(key) < len(best.key):
                break
            if not comp.startswith(key, i):
                continue
            j = i + len(key)
            if not _word_end(text, pos[j - 1], pos[j] if j < n else None):
                continue
            if best is None:
                best = LabelHit(pos[i], pos[j - 1] + 1, (fld,), key, text)
            elif key == best.key and fld not in best.fields:
                best.fields = (*best.fields, fld)
        if best is not None and _glued_code(text, best):
            best = None
        if best is not None:
            after = text[best.end :].lstrip(" .")
            strong = after.startswith((":", "#")) or len(best.key) >= 8
            before = text[: best.start].rstrip()
            # "Summe / Total", "Datum / Date": bilingual labels name one value.
            if i == 0 or strong or before.endswith(("·", "|", "•", ";", ",", "/")):
                # Extend over a trailing "No."/"#"/":" so that the value starts cleanly.
                hits.append(best)
                i += len(best.key)
                continue
        i += 1
    return hits


def _glued_code(text: str, hit: LabelHit) -> bool:
    """``PO-7781``, ``RE-2024``, ``PO7781``: letters that open a code, not a label."""
    rest = text[hit.end : hit.end + 2]
    if len(rest) == 2 and rest[0] in "-/" and rest[1].isalnum():
        return True
    return len(hit.key) <= 3 and rest[:1].isdigit()
