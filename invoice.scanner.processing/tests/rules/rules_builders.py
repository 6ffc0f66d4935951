"""Builders of OcrDocuments for the offline extractor's tests.

``layout`` makes a document from hand-placed text; ``from_pdf`` mirrors the text-layer path
(pdfplumber words grouped into lines, points scaled to 200 dpi pixels) and ``from_image`` the
OCR path (RapidOCR boxes, one line per detected text run).
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields, Prediction

SCALE = 200 / 72
CHAR_W = 9.0
LINE_H = 20.0


def layout(
    items: list[tuple[float, float, str]],
    *,
    width: float = 1654,
    height: float = 2339,
    source: str = "ocr",
    pages: list[list[tuple[float, float, str]]] | None = None,
) -> OcrDocument:
    """A document from ``(x, y, text)`` triples; each becomes one line box of plausible size."""
    out = []
    for number, page_items in enumerate(pages or [items], start=1):
        lines = [
            OcrLine(
                text=text,
                bbox=BBox(x0=x, y0=y, x1=x + CHAR_W * len(text), y1=y + LINE_H),
                confidence=0.95,
            )
            for x, y, text in page_items
        ]
        out.append(
            OcrPage(
                page_number=number,
                width=width,
                height=height,
                source=source,  # type: ignore[arg-type]
                engine="test",
                lines=lines,
            )
        )
    return OcrDocument(pages=out, engine="test")


def sized_page(
    lines: list[tuple[float, float, str, float]],
    *,
    width: float = 1654,
    height: float = 2339,
    source: str = "ocr",
    char_width: float = 0.55,
) -> OcrDocument:
    """A one-page document from ``(x, y, text, height)``: each line as wide as its text at that
    height (``char_width`` of the height per character), so that a sign or a wordmark can be
    set larger than the lines under it."""
    ocr = [
        OcrLine(
            text=t,
            bbox=BBox(x0=x, y0=y, x1=x + char_width * h * len(t), y1=y + h),
            confidence=0.97,
        )
        for x, y, t, h in lines
    ]
    page = OcrPage(
        page_number=1,
        width=width,
        height=height,
        source=source,  # type: ignore[arg-type]
        engine="test",
        lines=ocr,
    )
    return OcrDocument(pages=[page], engine="test")


def from_pdf(path: Path) -> OcrDocument:
    import pdfplumber

    pages = []
    with pdfplumber.open(path) as pdf:
        for number, page in enumerate(pdf.pages, start=1):
            words = page.extract_words(keep_blank_chars=False, use_text_flow=False)
            rows: list[list[dict]] = []
            for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
                if rows and abs(rows[-1][0]["top"] - w["top"]) < 2.5:
                    rows[-1].append(w)
                else:
                    rows.append([w])
            lines = []
            for row in rows:
                row.sort(key=lambda w: w["x0"])
                ws = [
                    OcrWord(
                        text=w["text"],
                        bbox=BBox(
                            x0=w["x0"] * SCALE,
                            y0=w["top"] * SCALE,
                            x1=w["x1"] * SCALE,
                            y1=w["bottom"] * SCALE,
                        ),
                    )
                    for w in row
                ]
                box = ws[0].bbox
                for w in ws[1:]:
                    box = box.union(w.bbox)
                lines.append(OcrLine(text=" ".join(w.text for w in ws), bbox=box, words=ws))
            pages.append(
                OcrPage(
                    page_number=number,
                    width=float(page.width) * SCALE,
                    height=float(page.height) * SCALE,
                    source="text_layer",
                    engine="pdfplumber",
                    lines=lines,
                )
            )
    if not any(p.lines for p in pages):
        return _ocr_pdf(path)
    return OcrDocument(pages=pages, engine="pdfplumber")


def _ocr_pdf(path: Path) -> OcrDocument:
    """A scanned PDF (no text layer): render each page at 200 dpi and OCR it."""
    import tempfile

    import pypdfium2

    pages = []
    pdf = pypdfium2.PdfDocument(str(path))
    try:
        with tempfile.TemporaryDirectory() as tmp:
            for number in range(len(pdf)):
                image = pdf[number].render(scale=200 / 72).to_pil()
                png = Path(tmp) / f"p{number}.png"
                image.save(png)
                page = from_image(png).pages[0]
                page.page_number = number + 1
                pages.append(page)
    finally:
        pdf.close()
    return OcrDocument(pages=pages, engine="rapidocr")


_ENGINE = None


def from_image(path: Path) -> OcrDocument:
    global _ENGINE
    from PIL import Image
    from rapidocr import RapidOCR

    if _ENGINE is None:
        _ENGINE = RapidOCR()
    result = _ENGINE(str(path))
    with Image.open(path) as img:
        width, height = img.size
    lines = []
    boxes = [] if result.boxes is None else list(result.boxes)
    texts = list(result.txts or ())
    scores = list(result.scores or ())
    for box, text, score in zip(boxes, texts, scores, strict=True):
        points = [(float(x), float(y)) for x, y in box]
        lines.append(
            OcrLine(
                text=text, bbox=BBox.from_points(points), confidence=float(score), polygon=points
            )
        )
    page = OcrPage(
        page_number=1, width=width, height=height, source="ocr", engine="rapidocr", lines=lines
    )
    return OcrDocument(pages=[page], engine="rapidocr")


def till_receipt(
    footer: list[tuple[float, float, str, float]],
    head: list[tuple[float, float, str, float]] | None = None,
) -> OcrDocument:
    """A short German till receipt (two items, "SUMME EUR 10,00", paid cash) with ``footer``
    lines under it and ``head`` (default: the shop's legal name) over the address."""
    return sized_page(
        [
            *(head or [(150, 40, "Feinkost Albrecht GmbH", 24)]),
            (150, 75, "Marktstraße 4, 50667 Köln", 18),
            (60, 130, "Brot", 20), (400, 130, "3,20", 20),
            (60, 155, "Käse", 20), (400, 155, "6,80", 20),
            (60, 200, "SUMME EUR", 22), (400, 200, "10,00", 22),
            (60, 230, "Bar", 20), (400, 230, "10,00", 20),
            *footer,
        ],
        width=520,
        height=600,
    )  # fmt: skip


def item_rows(prediction: Prediction) -> list[tuple[str | None, Decimal | None, Decimal | None]]:
    """A prediction's line items as (description, quantity, amount), for comparing in a test."""
    return [(i.description, i.quantity, i.amount) for i in prediction.fields.line_items]


def read_page(lines: list[tuple[float, float, str, float]]) -> InvoiceFields:
    """The rule reader's fields of a :func:`sized_page` made of ``lines``."""
    return RuleExtractor().predict(sized_page(lines)).fields
