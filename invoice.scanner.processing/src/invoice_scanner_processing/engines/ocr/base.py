"""The OCR engine contract."""

from __future__ import annotations

from pathlib import Path
from typing import Protocol, runtime_checkable

from invoice_scanner_processing.documents import OcrPage


class OcrEngineError(RuntimeError):
    """The engine could not read a page (bad image, engine failure). Not transient."""


@runtime_checkable
class OcrEngine(Protocol):
    """Reads one page image and returns its lines in page pixel coordinates.

    Contract:
    - ``read_page`` returns an :class:`OcrPage` with ``source="ocr"``, the page's pixel size,
      every recognised line with its box (and polygon/words where the engine gives them) and a
      confidence in [0, 1], and the seconds it took.
    - Engines are built once per worker process (they load models) and are not thread-safe.
    - Nothing is downloaded: models come from installed wheels; a missing model raises
      :class:`OcrEngineError` at construction.
    - An engine may also have ``read_pages(pages: list[tuple[Path, int]]) -> list[OcrPage]`` and
      ``page_batch``: with ``page_batch`` above 1 the OCR stage reads a document's pages
      ``page_batch`` at a time (rapidocr on the GPU batches them, :mod:`.batched`).
    """

    name: str
    models: list[str]
    device: str  # "cpu" or "gpu"

    def read_page(self, image_path: Path, page_number: int) -> OcrPage: ...
