"""Read a born-digital PDF page's text layer as OCR-like lines, in the rendered image's pixels.

pdfplumber's words (characters merged with its default tolerances) are grouped into visual lines
and split where the horizontal gap is wider than ``COLUMN_GAP_EM`` font sizes, so a table row
or a label and a far-away value come out as separate runs, just like an OCR detector's boxes;
:mod:`invoice_scanner_processing.layout` then joins runs into rows. pdfplumber is used rather
than pypdfium2 because it gives words with their boxes and font size directly (about 20 ms a
page) where pypdfium2 gives only characters in drawing order.
"""

from __future__ import annotations

import itertools
import logging
import statistics
from pathlib import Path
from typing import Any

from invoice_scanner_processing.documents import BBox, OcrLine, OcrWord

logger = logging.getLogger(__name__)

#: A gap wider than this many font sizes starts a new run (a new column).
COLUMN_GAP_EM = 1.0


class TextLayerError(RuntimeError):
    """The PDF or the page cannot be read."""


def read_text_layer(pdf_path: Path, page_index: int, scale: float) -> list[OcrLine]:
    """Lines of page ``page_index`` (0-based), top to bottom, left to right.

    ``scale`` maps PDF points to the rendered page's pixels (``dpi / 72`` for a page rendered at
    ``dpi``). Boxes have their origin at the top-left of the page's crop box. Confidence is 1.0.
    An empty list means the page has no extractable text.
    """
    import pdfplumber

    try:
        with pdfplumber.open(pdf_path) as pdf:
            if not 0 <= page_index < len(pdf.pages):
                raise TextLayerError(f"{pdf_path.name} has no page index {page_index}")
            page = pdf.pages[page_index]
            x_off, y_off = float(page.bbox[0]), float(page.bbox[1])
            words = pdfplumber.utils.extract_words(
                _chars(page), keep_blank_chars=False, extra_attrs=["size"]
            )
    except TextLayerError:
        raise
    except Exception as exc:
        raise TextLayerError(f"cannot read the text layer of {pdf_path.name}: {exc}") from exc
    scaled = [_scaled_word(w, x_off, y_off, scale) for w in words if str(w["text"]).strip()]
    return [_line(run) for row in _rows(scaled) for run in _runs(row)]


def _chars(page: Any) -> list[dict[str, Any]]:
    """``page.chars`` with only what word extraction reads (text, box, ``upright``, ``size``).

    pdfplumber's own ``page.chars`` converts every layout object with all its attributes
    (colours, graphic state, font resolution), a third of the text layer's time, and then word
    extraction reads six of them. The values here are computed exactly as pdfplumber's
    ``Page.process_object`` computes them, in the same order, so the words are the same: a test
    compares both on a page with mixed sizes, rotated text, a form object and a media box off
    the origin (they were also equal on all 174 pages of the benchmark's PDFs).
    """
    from pdfminer.layout import LTChar, LTContainer

    height = page.height
    mb_x0, mb_top = page.mediabox[:2]
    doctop = page.initial_doctop
    out: list[dict[str, Any]] = []

    def walk(objects: Any) -> None:
        for obj in objects:
            if isinstance(obj, LTContainer):
                walk(obj._objs)
            elif isinstance(obj, LTChar):
                top = (height - obj.y1) + mb_top
                out.append(
                    {
                        "text": obj.get_text(),
                        "x0": obj.x0 + mb_x0,
                        "x1": obj.x1 + mb_x0,
                        "top": top,
                        "bottom": (height - obj.y0) + mb_top,
                        "doctop": doctop + top,
                        "upright": obj.upright,
                        "size": obj.size,
                    }
                )

    walk(page.layout._objs)
    return out


def _scaled_word(word: dict[str, Any], x_off: float, y_off: float, scale: float) -> OcrWord:
    bbox = BBox(
        x0=(float(word["x0"]) - x_off) * scale,
        y0=(float(word["top"]) - y_off) * scale,
        x1=(float(word["x1"]) - x_off) * scale,
        y1=(float(word["bottom"]) - y_off) * scale,
    )
    return OcrWord(text=str(word["text"]), bbox=bbox, confidence=1.0)


def _rows(words: list[OcrWord]) -> list[list[OcrWord]]:
    """Words that overlap the row's typical word vertically by half the smaller height.

    The row is represented by its median centre and height, not by its full span: one tall word
    (a logo-sized name) must not stretch a row over two small lines printed beside it.
    """
    rows: list[list[OcrWord]] = []
    for word in sorted(words, key=lambda w: (w.bbox.cy, w.bbox.x0)):
        if rows:
            last = rows[-1]
            centre = statistics.median(w.bbox.cy for w in last)
            height = statistics.median(w.bbox.height for w in last)
            top, bottom = centre - height / 2, centre + height / 2
            overlap = min(bottom, word.bbox.y1) - max(top, word.bbox.y0)
            if overlap >= 0.5 * min(height, word.bbox.height):
                last.append(word)
                continue
        rows.append([word])
    return [sorted(row, key=lambda w: w.bbox.x0) for row in rows]


def _runs(row: list[OcrWord]) -> list[list[OcrWord]]:
    runs: list[list[OcrWord]] = [[row[0]]]
    for prev, word in itertools.pairwise(row):
        em = max(prev.bbox.height, word.bbox.height)
        if word.bbox.x0 - prev.bbox.x1 > COLUMN_GAP_EM * em:
            runs.append([word])
        else:
            runs[-1].append(word)
    return runs


def _line(words: list[OcrWord]) -> OcrLine:
    bbox = words[0].bbox
    for word in words[1:]:
        bbox = bbox.union(word.bbox)
    return OcrLine(text=" ".join(w.text for w in words), bbox=bbox, confidence=1.0, words=words)
