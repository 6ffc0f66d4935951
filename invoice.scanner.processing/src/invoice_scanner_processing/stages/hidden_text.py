"""Text-layer text a reader cannot see: invisible render mode, background colour, off the page.

A PDF's text layer can say something else than the page shows (an invoice whose invisible
layer names another total and IBAN). PDFium tells each text object's render mode, bounds and
drawing order (an image drawn later over it hides it); the rendered page tells whether anything
is visible where the object sits. Text-layer words
inside such objects, or outside the page, are split off: they are never read as the page's
text, and evaluation compares them with what OCR reads (``integrity.text_layer_matches_image``).
"""

from __future__ import annotations

import ctypes
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from PIL import Image

from invoice_scanner_processing.documents import BBox, OcrLine, OcrWord
from invoice_scanner_processing.engines.ocr.textlayer import display_transform

#: Render modes that paint nothing: 3 invisible, 7 clip only.
INVISIBLE_MODES = frozenset({3, 7})
#: A text object whose rendered box spans fewer grey levels than this shows no glyphs.
MIN_CONTRAST = 24


@dataclass(frozen=True)
class HiddenBox:
    box: BBox  # page pixels, top-left origin
    reason: str


def hidden_text_boxes(
    page: pdfium.PdfPage, textpage: pdfium.PdfTextPage, image: Image.Image, scale: float
) -> list[HiddenBox]:
    """Boxes (rendered pixels) of the page's text objects that are not visible."""
    grey = np.asarray(image.convert("L"))
    to_display = display_transform(page)[0]
    out = []
    texts: list[tuple[int, BBox, pdfium.PdfObject]] = []
    images: list[tuple[int, BBox]] = []
    kinds = (pdfium_c.FPDF_PAGEOBJ_TEXT, pdfium_c.FPDF_PAGEOBJ_IMAGE)
    for order, obj in enumerate(page.get_objects(filter=kinds, max_depth=1)):
        x0, y0, x1, y1 = to_display(*obj.get_bounds())
        box = BBox(x0=x0 * scale, y0=y0 * scale, x1=x1 * scale, y1=y1 * scale)
        if obj.type == pdfium_c.FPDF_PAGEOBJ_IMAGE:
            images.append((order, box))
        elif _text_of(obj, textpage).strip():
            texts.append((order, box, obj))
    for order, box, obj in texts:
        reason = _why_hidden(obj, box, grey)
        # An image painted later over the text hides it (text under a scan's picture).
        if reason is None and any(o > order and _covers(b, box) for o, b in images):
            reason = "text covered by an image"
        if reason:
            out.append(HiddenBox(box, reason))
    return out


def _covers(outer: BBox, inner: BBox) -> bool:
    return (
        outer.x0 <= inner.x0 + 1
        and outer.y0 <= inner.y0 + 1
        and outer.x1 >= inner.x1 - 1
        and outer.y1 >= inner.y1 - 1
    )


def _text_of(obj: pdfium.PdfObject, textpage: pdfium.PdfTextPage) -> str:
    size = pdfium_c.FPDFTextObj_GetText(obj.raw, textpage.raw, None, 0)
    if size <= 2:
        return ""
    buffer = ctypes.create_string_buffer(size)
    pdfium_c.FPDFTextObj_GetText(
        obj.raw, textpage.raw, ctypes.cast(buffer, ctypes.POINTER(ctypes.c_ushort)), size
    )
    return buffer.raw[: size - 2].decode("utf-16-le", errors="replace")


def _why_hidden(obj: pdfium.PdfObject, box: BBox, grey: np.ndarray) -> str | None:
    mode = int(pdfium_c.FPDFTextObj_GetTextRenderMode(obj.raw))
    if mode in INVISIBLE_MODES:
        return "invisible text (render mode 3)"
    h, w = grey.shape
    x0, y0 = max(0, int(box.x0)), max(0, int(box.y0))
    x1, y1 = min(w, int(np.ceil(box.x1))), min(h, int(np.ceil(box.y1)))
    if x1 <= x0 or y1 <= y0:
        return "text outside the page"
    crop = grey[y0:y1, x0:x1]
    if int(crop.max()) - int(crop.min()) < MIN_CONTRAST:
        return "text in the background colour"
    return None


def split_hidden(
    lines: list[OcrLine], hidden: list[HiddenBox], width: float, height: float
) -> tuple[list[OcrLine], list[OcrLine], list[str]]:
    """``(visible lines, hidden lines, reasons)``: words inside a hidden box or off the page
    (``width`` x ``height`` pixels) go to the hidden lines."""
    visible: list[OcrLine] = []
    hidden_lines: list[OcrLine] = []
    reasons: dict[str, None] = {}
    for line in lines:
        words = line.words or [OcrWord(text=line.text, bbox=line.bbox)]
        shown, gone = [], []
        for word in words:
            reason = _word_hidden(word, hidden, width, height)
            if reason:
                gone.append(word)
                reasons[reason] = None
            else:
                shown.append(word)
        if shown:
            visible.append(line if not gone else _line(shown))
        if gone:
            hidden_lines.append(_line(gone))
    return visible, hidden_lines, list(reasons)


def _word_hidden(word: OcrWord, hidden: list[HiddenBox], width: float, height: float) -> str | None:
    cx, cy = word.bbox.cx, word.bbox.cy
    if not (0 <= cx <= width and 0 <= cy <= height):
        return "text outside the page"
    for item in hidden:
        b = item.box
        if b.x0 - 1 <= cx <= b.x1 + 1 and b.y0 - 1 <= cy <= b.y1 + 1:
            return item.reason
    return None


def _line(words: list[OcrWord]) -> OcrLine:
    bbox = words[0].bbox
    for word in words[1:]:
        bbox = bbox.union(word.bbox)
    return OcrLine(text=" ".join(w.text for w in words), bbox=bbox, confidence=1.0, words=words)
