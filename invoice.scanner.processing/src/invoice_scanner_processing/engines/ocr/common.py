"""Helpers the OCR engines share: image loading, box conversion, process memory."""

from __future__ import annotations

import os
import resource
import sys
import time
from collections.abc import Sequence
from pathlib import Path

import numpy as np

from invoice_scanner_processing.documents import BBox, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.engines.ocr.base import OcrEngineError
from invoice_scanner_processing.engines.ocr.settings import cpu_count  # noqa: F401 - re-exported


def load_bgr(image_path: Path) -> np.ndarray:
    """Decode an image file to a BGR uint8 array; raise OcrEngineError when it cannot be read."""
    import cv2

    if not image_path.is_file():
        raise OcrEngineError(f"page image not found: {image_path}")
    data = np.fromfile(str(image_path), dtype=np.uint8)
    image = cv2.imdecode(data, cv2.IMREAD_COLOR)
    if image is None:
        # OpenCV cannot read every format Pillow can (e.g. some TIFF compressions).
        try:
            from PIL import Image

            with Image.open(image_path) as pil:
                rgb = np.asarray(pil.convert("RGB"))
        except Exception as exc:
            raise OcrEngineError(f"cannot decode page image {image_path}: {exc}") from exc
        image = np.ascontiguousarray(rgb[:, :, ::-1])
    return image


def polygon_points(points: Sequence[Sequence[float]]) -> list[tuple[float, float]]:
    return [(round(float(p[0]), 1), round(float(p[1]), 1)) for p in points]


def line_from_polygon(
    text: str,
    points: Sequence[Sequence[float]],
    confidence: float,
    words: list[OcrWord] | None = None,
) -> OcrLine:
    polygon = polygon_points(points)
    return OcrLine(
        text=text,
        bbox=BBox.from_points(polygon),
        confidence=min(1.0, max(0.0, float(confidence))),
        polygon=polygon,
        words=words or [],
    )


def peak_rss_mb() -> float:
    """This process's peak resident memory in MiB (``ru_maxrss``)."""
    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    # Linux reports KiB, macOS bytes.
    return peak / (1024 * 1024) if sys.platform == "darwin" else peak / 1024


def current_rss_mb() -> float:
    """This process's resident memory now, in MiB (0.0 where /proc is missing)."""
    try:
        with open("/proc/self/statm", encoding="ascii") as fh:
            pages = int(fh.read().split()[1])
    except OSError:
        return 0.0
    return pages * os.sysconf("SC_PAGE_SIZE") / (1024 * 1024)


def ocr_page(
    engine: str, page_number: int, image: np.ndarray, lines: list[OcrLine], start: float
) -> OcrPage:
    """The :class:`OcrPage` an engine returns for ``image`` (BGR array), timed from ``start``."""
    height, width = image.shape[:2]
    return OcrPage(
        page_number=page_number,
        width=float(width),
        height=float(height),
        source="ocr",
        engine=engine,
        lines=lines,
        seconds=time.perf_counter() - start,
    )
