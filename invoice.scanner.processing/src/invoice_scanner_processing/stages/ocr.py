"""OCR stage: every page of a preprocessed document as lines with boxes, pages in order.

Contract of :func:`run_ocr`:

- Pages come out in manifest order. A page whose text layer preprocessing accepted
  (``PageImage.use_text_layer`` with lines in ``Manifest.text_layer``) is taken from the manifest
  as ``source="text_layer"`` without OCR; every other page is read by ``engine`` from
  ``doc_dir / page.path``.
- Lines of every page are stored in reading order (:func:`layout.ordered_lines`), boxes as the
  engine gave them; :mod:`invoice_scanner_processing.layout` turns them into rows for prediction.
- An OCR page whose reading says it lies sideways (most text in boxes much taller than wide) or
  upside down (a reading unsure of itself, then the text-line orientation classifier on the
  read lines) is turned and read again (:mod:`invoice_scanner_processing.stages.reorient`); the
  turned reading is kept only when it holds clearly more confident text, and then its image
  replaces the page image on disk and ``OcrPage.turned`` says by how much. A page read upright
  and confidently costs nothing more; one read with little confidence costs a grey decode and
  one classifier batch (66-90 ms on 2 busy cores).
- ``progress(done, total)`` is called after each page (where the engine batches, after each
  page of a batch read together when the stage reached its first page).
- It writes nothing else (the task persists the result) and raises
  :class:`~invoice_scanner_processing.engines.ocr.base.OcrEngineError` for a missing or unreadable
  page image, or when a page needs OCR and no engine was given. Re-running gives the same text.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path

import cv2
import numpy as np

from invoice_scanner_common.files import replace_durably, write_bytes_atomic
from invoice_scanner_processing.documents import (
    Manifest,
    OcrDocument,
    OcrLine,
    OcrPage,
    PageImage,
)
from invoice_scanner_processing.engines.ocr.base import OcrEngine, OcrEngineError
from invoice_scanner_processing.engines.ocr.common import load_bgr
from invoice_scanner_processing.engines.ocr.factory import gpu_used
from invoice_scanner_processing.layout import ordered_lines
from invoice_scanner_processing.stages import reorient

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
    read_ahead = _ReadAhead(manifest, doc_dir, engine)
    for done, page_image in enumerate(manifest.pages, start=1):
        if _from_text_layer(manifest, page_image):
            page = _text_layer_page(page_image, manifest.text_layer[page_image.page_number])
        else:
            if engine is None:
                raise OcrEngineError(
                    f"page {page_image.page_number} needs OCR but no OCR engine is configured"
                )
            page = _read_upright(
                engine,
                doc_dir / page_image.path,
                page_image.page_number,
                read_ahead.page(page_image.page_number),
            )
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


def _from_text_layer(manifest: Manifest, page: PageImage) -> bool:
    """Whether the page is taken from the text layer preprocessing accepted (no OCR)."""
    return page.use_text_layer and manifest.text_layer.get(page.page_number) is not None


class _ReadAhead:
    """The OCR pages of a document read ``page_batch`` at a time where the engine reads several
    pages at once (``read_pages``, which batches them when its ``page_batch`` is above 1: the
    GPU): the next batch is read when the stage reaches its first page, so progress is still
    reported batch by batch. Without such an engine it holds nothing, and each page is read
    on its turn."""

    def __init__(self, manifest: Manifest, doc_dir: Path, engine: OcrEngine | None) -> None:
        self.read_pages = getattr(engine, "read_pages", None)
        self.batch = int(getattr(engine, "page_batch", 1) or 1)
        self.wanted = [
            (doc_dir / page.path, page.page_number)
            for page in manifest.pages
            if not _from_text_layer(manifest, page)
        ]
        self.read: dict[int, OcrPage] = {}

    def page(self, page_number: int) -> OcrPage | None:
        """The page read with its batch, or None where it is read on its own."""
        if not callable(self.read_pages) or self.batch <= 1 or len(self.wanted) < 2:
            return None
        if page_number not in self.read:
            at = next(i for i, (_, n) in enumerate(self.wanted) if n == page_number)
            batch = self.wanted[at : at + self.batch]
            self.read.update({page.page_number: page for page in self.read_pages(batch)})
        return self.read.pop(page_number, None)


def _read_upright(
    engine: OcrEngine, path: Path, page_number: int, page: OcrPage | None = None
) -> OcrPage:
    """The engine's reading of the page (``page`` where it was read already), turned upright
    first where its reading says it lies sideways or upside down (see the module docstring)."""
    if page is None:
        page = engine.read_page(path, page_number)
    if not reorient.worth_checking(page):
        return page
    grey = cv2.imread(str(path), cv2.IMREAD_GRAYSCALE)
    if grey is None:  # a format OpenCV cannot read: judged as the engine decoded it
        grey = cv2.cvtColor(load_bgr(path), cv2.COLOR_BGR2GRAY)
    turns = reorient.turn_for(page, grey)
    if not turns:
        return page
    image = cv2.imread(str(path), cv2.IMREAD_UNCHANGED)
    if image is None or image.dtype != np.uint8 or (image.ndim == 3 and image.shape[2] != 3):
        image = load_bgr(path)
    ok, encoded = cv2.imencode(
        ".png", reorient.turn_image(image, turns), [cv2.IMWRITE_PNG_COMPRESSION, 1]
    )
    if not ok:
        return page
    trial = path.with_name(f".turned-{path.name}.png")
    try:
        write_bytes_atomic(trial, encoded.tobytes())
        turned = engine.read_page(trial, page_number)
        keep = reorient.better(turned, page)
        logger.info(
            "page %d read sideways or upside down: turned %d°, score %.0f -> %.0f, %s",
            page_number,
            turns * 90,
            reorient.score(page),
            reorient.score(turned),
            "kept" if keep else "not better, original kept",
        )
        if not keep:
            return page
        replace_durably(trial, path)
    finally:
        trial.unlink(missing_ok=True)
    return turned.model_copy(
        update={"turned": turns, "seconds": round(page.seconds + turned.seconds, 4)}
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
