"""Read a born-digital PDF page's text layer as OCR-like lines, in the rendered image's pixels.

PDFium (the library that renders the page) gives each character's Unicode value, loose box (the
font's ascent to descent, like a glyph cell), font size and matrix; pdfplumber's word
extraction (characters merged with its default tolerances) turns them into words. Words are
grouped into visual lines and split where the horizontal gap is wider than ``COLUMN_GAP_EM``
font sizes, so a table row or a label and a far-away value come out as separate runs, just like
an OCR detector's boxes; :mod:`invoice_scanner_processing.layout` then joins runs into rows.

PDFium replaced pdfminer (through pdfplumber's ``page.chars``) as the source of the characters:
the page is already open in PDFium for rendering, and its lines come in about a third of the
time (10 ms against 29 ms a first page, medians of 474; ARCHITECTURE.md). Boxes are in the
rendered page's space: the crop box's top-left is the origin and the page's ``/Rotate`` is
applied, so lines sit where the rendered image shows them.
"""

from __future__ import annotations

import itertools
import logging
import statistics
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from invoice_scanner_processing.documents import BBox, OcrLine, OcrWord

logger = logging.getLogger(__name__)

#: A gap wider than this many font sizes starts a new run (a new column).
COLUMN_GAP_EM = 1.0
#: What a glyph without a Unicode mapping reads as (the text-layer judge counts these).
UNMAPPED = "\ufffd"
#: A space PDFium infers splits a word only in a gap at least this many font sizes wide.
MIN_SPACE_EM = 0.15
#: PDFium's code for a hyphen that breaks a word at the end of a line.
_PDFIUM_HYPHEN = 0x02


class TextLayerError(RuntimeError):
    """The PDF or the page cannot be read."""


def read_text_layer(pdf_path: Path, page_index: int, scale: float) -> list[OcrLine]:
    """Lines of page ``page_index`` (0-based) of the PDF at ``pdf_path``; see :func:`page_lines`."""
    try:
        pdf = pdfium.PdfDocument(pdf_path)
    except pdfium.PdfiumError as exc:
        raise TextLayerError(f"cannot read the text layer of {pdf_path.name}: {exc}") from exc
    try:
        if not 0 <= page_index < len(pdf):
            raise TextLayerError(f"{pdf_path.name} has no page index {page_index}")
        page = pdf[page_index]
        try:
            textpage = page.get_textpage()
            try:
                return page_lines(page, textpage, scale)
            finally:
                textpage.close()
        finally:
            page.close()
    except pdfium.PdfiumError as exc:
        raise TextLayerError(f"cannot read the text layer of {pdf_path.name}: {exc}") from exc
    finally:
        pdf.close()


def page_lines(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, scale: float) -> list[OcrLine]:
    """The page's lines, top to bottom, left to right.

    ``scale`` maps PDF points to the rendered page's pixels (``dpi / 72`` for a page rendered at
    ``dpi``). Confidence is 1.0. An empty list means the page has no extractable text.
    """
    import pdfplumber

    words = pdfplumber.utils.extract_words(
        _chars(page, textpage), keep_blank_chars=False, extra_attrs=["size"]
    )
    scaled = [_scaled_word(w, scale) for w in words if str(w["text"]).strip()]
    return [_line(run) for row in _rows(scaled) for run in _runs(row)]


def _chars(page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> list[dict[str, Any]]:
    """The page's characters as pdfplumber's word extraction reads them, in display points.

    Each has ``text``, its box (``x0``, ``x1``, ``top``, ``bottom``, ``doctop``), ``upright``
    (pdfminer's test on the character's matrix, after the page's rotation) and ``size``. A
    character outside the Basic Multilingual Plane comes as a UTF-16 surrogate pair and is
    joined; a glyph PDFium cannot map to Unicode reads as :data:`UNMAPPED`. PDFium gives a
    space glyph as an inferred ("generated") space, like the spaces it infers from gaps, so an
    inferred space is kept where it stands in a gap (:func:`_space`).
    """
    reader = _CharReader(page, textpage)
    out: list[dict[str, Any]] = []
    index = 0
    while index < reader.count:
        first = index
        text, index = reader.text(index)
        if text is None:
            continue
        if pdfium_c.FPDFText_IsGenerated(reader.raw, first):
            if out and not out[-1]["text"].isspace():
                out.append({"text": " ", "gap_from": out[-1]})
        elif (char := reader.char(first, text)) is not None:
            out.append(char)
    chars = []
    for i, char in enumerate(out):
        if "gap_from" not in char:
            chars.append(char)
        elif space := _space(char["gap_from"], out[i + 1] if i + 1 < len(out) else None):
            chars.append(space)
    return chars


class _CharReader:
    """One PDFium text page's characters, read through its C API one call per attribute."""

    def __init__(self, page: pdfium.PdfPage, textpage: pdfium.PdfTextPage) -> None:
        self.raw = textpage.raw
        self.count = pdfium_c.FPDFText_CountChars(self.raw)
        self.to_display, self.turn = display_transform(page)
        self.rect = pdfium_c.FS_RECTF()
        self.matrix = pdfium_c.FS_MATRIX()

    def text(self, index: int) -> tuple[str | None, int]:
        """``(the character at index, the next index)``; None for half a surrogate pair."""
        code = pdfium_c.FPDFText_GetUnicode(self.raw, index)
        following = index + 1
        if 0xD800 <= code < 0xDC00 and following < self.count:
            low = pdfium_c.FPDFText_GetUnicode(self.raw, following)
            if 0xDC00 <= low < 0xE000:
                code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                following += 1
        if 0xD800 <= code < 0xE000:
            return None, following  # half of a pair PDFium split apart: no character
        if not code or pdfium_c.FPDFText_HasUnicodeMapError(self.raw, index):
            return UNMAPPED, following
        return ("-" if code == _PDFIUM_HYPHEN else chr(code)), following

    def char(self, index: int, text: str) -> dict[str, Any] | None:
        """The character at ``index`` with its box in display points; None without a box."""
        rect, m = self.rect, self.matrix
        if not pdfium_c.FPDFText_GetLooseCharBox(self.raw, index, rect):
            return None
        pdfium_c.FPDFText_GetMatrix(self.raw, index, m)
        size = pdfium_c.FPDFText_GetFontSize(self.raw, index)
        high = rect.top
        if _upright(m.a, m.b, m.c, m.d):
            # pdfminer's box: from the font's descent up one font size. PDFium's loose box
            # reaches the glyph's own top, higher for "Ä" than for "A", which would split a
            # word of capitals into lines.
            size *= abs(m.d)
            high = rect.bottom + size
        x0, top, x1, bottom = self.to_display(rect.left, rect.bottom, rect.right, high)
        a, b = self.turn(m.a, m.b)
        c, d = self.turn(m.c, m.d)
        return {
            "text": text,
            "x0": x0,
            "x1": x1,
            "top": top,
            "bottom": bottom,
            "doctop": top,
            "upright": _upright(a, b, c, d),
            "size": size,
        }


def _space(before: dict[str, Any], after: dict[str, Any] | None) -> dict[str, Any] | None:
    """The inferred space between two characters, if it stands in a gap of ``MIN_SPACE_EM``.

    A space between two characters of one line keeps its place (it ends a word); one PDFium
    inferred from a kerning gap inside a word is dropped. One before a character that starts
    another line (or before nothing) is dropped too: lines are found from the boxes.
    """
    if after is None or "gap_from" in after or not before["upright"] or not after["upright"]:
        return None
    em = max(before["size"], after["size"])
    if abs(after["bottom"] - before["bottom"]) >= 0.5 * em:
        return None
    if after["x0"] - before["x1"] < MIN_SPACE_EM * em:
        return None
    return {**before, "text": " ", "x0": before["x1"], "x1": after["x0"]}


def _upright(a: float, b: float, c: float, d: float) -> bool:
    """pdfminer's test: the character's matrix neither rotates nor mirrors it."""
    return a * d > 0 and b * c <= 0


_Box = Callable[[float, float, float, float], tuple[float, float, float, float]]
_Turn = Callable[[float, float], tuple[float, float]]


def display_transform(page: pdfium.PdfPage) -> tuple[_Box, _Turn]:
    """Maps from PDF user space to the rendered page's points (top-left origin, y down).

    The first takes a box ``(left, bottom, right, top)`` and gives ``(x0, top, x1, bottom)``;
    the second turns a direction vector ``(x, y)`` (y up) as the page's ``/Rotate`` does.
    """
    # PDFium renders the crop box clipped to the media box (as the PDF spec says): the page's
    # bounding box, each box inherited from the page tree where the page has none of its own.
    # (FPDFPage_GetCropBox and FPDFPage_GetMediaBox read only the page's own dictionary: a
    # page whose /MediaBox its /Pages parent holds would read as US Letter.)
    left, bottom, right, top = page.get_bbox()
    width, height = right - left, top - bottom
    rotation = page.get_rotation() % 360
    # A point's offsets inside the crop box (u right, v up) as rendered (X right, Y down).
    point: Callable[[float, float], tuple[float, float]]
    turn: _Turn
    if rotation == 90:
        point, turn = (lambda u, v: (v, u)), (lambda x, y: (y, -x))
    elif rotation == 180:
        point, turn = (lambda u, v: (width - u, v)), (lambda x, y: (-x, -y))
    elif rotation == 270:
        point, turn = (lambda u, v: (height - v, width - u)), (lambda x, y: (-y, x))
    else:
        point, turn = (lambda u, v: (u, height - v)), (lambda x, y: (x, y))

    def box(x0: float, y0: float, x1: float, y1: float) -> tuple[float, float, float, float]:
        xa, ya = point(x0 - left, y0 - bottom)
        xb, yb = point(x1 - left, y1 - bottom)
        return min(xa, xb), min(ya, yb), max(xa, xb), max(ya, yb)

    return box, turn


def _scaled_word(word: dict[str, Any], scale: float) -> OcrWord:
    bbox = BBox(
        x0=float(word["x0"]) * scale,
        y0=float(word["top"]) * scale,
        x1=float(word["x1"]) * scale,
        y1=float(word["bottom"]) * scale,
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
