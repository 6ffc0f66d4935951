"""OCR stage: every page of a preprocessed document as lines with boxes, pages in order.

Contract of :func:`run_ocr`:

- Pages come out in manifest order. A page whose text layer preprocessing accepted
  (``PageImage.use_text_layer`` with lines in ``Manifest.text_layer``) is taken from the manifest
  as ``source="text_layer"`` without OCR; every other page is read by ``engine`` from
  ``doc_dir / page.path``.
- Lines of every page are stored in reading order (:func:`layout.ordered_lines`), boxes as the
  engine gave them; :mod:`invoice_scanner_processing.layout` turns them into rows for prediction.
- ``progress(done, total)`` is called after each page.
- It writes nothing (the task persists the result) and raises
  :class:`~invoice_scanner_processing.engines.ocr.base.OcrEngineError` for a missing or unreadable
  page image, or when a page needs OCR and no engine was given. Re-running gives the same text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

from invoice_scanner_processing.documents import (
    Manifest,
    OcrDocument,
    OcrLine,
    OcrPage,
    PageImage,
)
from invoice_scanner_processing.engines.ocr.base import OcrEngine, OcrEngineError
from invoice_scanner_processing.engines.ocr.factory import gpu_used
from invoice_scanner_processing.layout import ordered_lines

logger = logging.getLogger(__name__)

TEXT_LAYER_ENGINE = "textlayer"


def run_ocr(
    manifest: Manifest,
    doc_dir: Path,
    engine: OcrEngine | None,
    progress: Callable[[int, int], None] | None = None,
) -> OcrDocument:
    start = time.perf_counter()
    total = len(manifest.pages)
    pages: list[OcrPage] = []
    ocr_pages = 0
    for done, page_image in enumerate(manifest.pages, start=1):
        text_lines = manifest.text_layer.get(page_image.page_number)
        if page_image.use_text_layer and text_lines is not None:
            page = _text_layer_page(page_image, text_lines)
        else:
            if engine is None:
                raise OcrEngineError(
                    f"page {page_image.page_number} needs OCR but no OCR engine is configured"
                )
            page = engine.read_page(doc_dir / page_image.path, page_image.page_number)
            ocr_pages += 1
            logger.debug(
                "page %d: %d lines in %.2fs", page.page_number, len(page.lines), page.seconds
            )
        pages.append(page.model_copy(update={"lines": ordered_lines(page)}))
        if progress is not None:
            progress(done, total)
    seconds = time.perf_counter() - start
    if engine is None or not ocr_pages:
        return OcrDocument(pages=pages, engine=TEXT_LAYER_ENGINE, seconds=seconds)
    return OcrDocument(
        pages=pages,
        engine=engine.name,
        models=list(engine.models),
        device=engine.device,
        gpu_used=gpu_used(engine),
        seconds=seconds,
    )


def _text_layer_page(page_image: PageImage, lines: list[OcrLine]) -> OcrPage:
    return OcrPage(
        page_number=page_image.page_number,
        width=float(page_image.width),
        height=float(page_image.height),
        source="text_layer",
        engine=TEXT_LAYER_ENGINE,
        lines=list(lines),
        seconds=0.0,
    )
