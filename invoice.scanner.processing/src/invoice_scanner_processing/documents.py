"""The data that flows between stages: page manifests and OCR output.

Everything here is a pydantic model so that it can be written to and read from the per-document
folder under DOCUMENTS_PROCESSED_DIR as JSON (tasks pass ids, never objects).

Coordinates are in the page image's pixel space (``OcrPage.width``/``height``); for text-layer
pages they are PDF points scaled to the rendered image so both sources share one space.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field

from invoice_scanner_common.geometry import BoxGeometry

PageSource = Literal["text_layer", "ocr"]


class BBox(BoxGeometry, BaseModel):
    """Axis-aligned box: (x0, y0) top-left, (x1, y1) bottom-right, in page pixels (centre and
    size from :class:`~invoice_scanner_common.geometry.BoxGeometry`, shared with the API)."""

    x0: float
    y0: float
    x1: float
    y1: float

    @classmethod
    def from_points(cls, points: list[list[float]] | list[tuple[float, float]]) -> BBox:
        xs = [float(p[0]) for p in points]
        ys = [float(p[1]) for p in points]
        return cls(x0=min(xs), y0=min(ys), x1=max(xs), y1=max(ys))

    def union(self, other: BBox) -> BBox:
        return BBox(
            x0=min(self.x0, other.x0),
            y0=min(self.y0, other.y0),
            x1=max(self.x1, other.x1),
            y1=max(self.y1, other.y1),
        )


class OcrWord(BaseModel):
    text: str
    bbox: BBox
    confidence: float = 1.0


class OcrLine(BaseModel):
    """One run of text as the engine reported it (a detected text box, or a text-layer line)."""

    text: str
    bbox: BBox
    confidence: float = 1.0
    polygon: list[tuple[float, float]] | None = None
    words: list[OcrWord] = Field(default_factory=list)


class OcrPage(BaseModel):
    page_number: int  # 1-based
    width: float
    height: float
    source: PageSource
    engine: str
    lines: list[OcrLine] = Field(default_factory=list)
    seconds: float = 0.0
    #: Clockwise quarter turns the OCR stage gave the page image after reading it sideways or
    #: upside down (:mod:`invoice_scanner_processing.stages.reorient`); the image on disk and
    #: these lines are the turned page.
    turned: int = 0

    @property
    def confidence(self) -> float:
        chars = sum(len(line.text) for line in self.lines)
        if not chars:
            return 0.0
        return sum(line.confidence * len(line.text) for line in self.lines) / chars


class OcrDocument(BaseModel):
    """OCR output of a whole document, pages in order."""

    pages: list[OcrPage]
    engine: str
    models: list[str] = Field(default_factory=list)
    device: str = "cpu"
    gpu_used: bool = False
    seconds: float = 0.0

    @property
    def confidence(self) -> float:
        weighted = [(p.confidence, sum(len(line.text) for line in p.lines)) for p in self.pages]
        chars = sum(n for _, n in weighted)
        return sum(c * n for c, n in weighted) / chars if chars else 0.0

    @property
    def text(self) -> str:
        """Plain text, page by page, lines in the order stored."""
        return "\n\n".join("\n".join(line.text for line in p.lines) for p in self.pages)


class PageImage(BaseModel):
    page_number: int
    path: str  # relative to the document's processed folder
    width: int
    height: int
    dpi: float | None = None
    #: True when the PDF's text layer is good enough that OCR is skipped for this page.
    use_text_layer: bool = False
    text_layer_chars: int = 0
    text_layer_reason: str | None = None
    #: Text-layer characters a reader cannot see (invisible render mode, background-coloured,
    #: outside the page); they are left out of the text layer.
    hidden_text_chars: int = 0
    hidden_text_reason: str | None = None


class Manifest(BaseModel):
    """What preprocessing produced for one document (``manifest.json``)."""

    document_kind: Literal["pdf", "image"]
    content_type: str
    pages: list[PageImage]
    steps: list[str] = Field(default_factory=list)
    #: Text layer lines per page number, for pages whose text layer is used.
    text_layer: dict[int, list[OcrLine]] = Field(default_factory=dict)
    #: Hidden text-layer lines per page number (see ``PageImage.hidden_text_chars``), kept to
    #: compare with what the page shows.
    hidden_text: dict[int, list[OcrLine]] = Field(default_factory=dict)
    #: Embedded structured e-invoice XML (Factur-X / ZUGFeRD / XRechnung) file name, if any.
    embedded_invoice_xml: str | None = None
    seconds: float = 0.0
