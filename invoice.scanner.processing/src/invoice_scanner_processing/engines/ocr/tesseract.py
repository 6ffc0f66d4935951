"""Tesseract 5 through pytesseract, for comparison (Debian ``tesseract-ocr tesseract-ocr-eng``).

Tesseract's OpenMP threads make it several times slower on a small machine, so each call runs
single-threaded (``OMP_THREAD_LIMIT=1``); a per-page timeout guards against the pathological
pages where it spins for minutes.
"""

from __future__ import annotations

import logging
import os
import time
from collections import defaultdict
from pathlib import Path

from invoice_scanner_processing.documents import BBox, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.engines.ocr.base import OcrEngineError
from invoice_scanner_processing.engines.ocr.common import load_bgr, ocr_page
from invoice_scanner_processing.engines.ocr.settings import OcrSettings

logger = logging.getLogger(__name__)


class TesseractEngine:
    name = "tesseract"

    def __init__(self, *, lang: str = "eng", timeout_s: float = 60.0) -> None:
        try:
            import pytesseract
        except ImportError as exc:
            raise OcrEngineError(f"pytesseract is not installed: {exc}") from exc
        # pytesseract's child inherits the environment: this is the only way to cap its threads.
        os.environ["OMP_THREAD_LIMIT"] = "1"
        try:
            version = str(pytesseract.get_tesseract_version())
        except Exception as exc:
            raise OcrEngineError(
                "the tesseract binary is not available (apt-get install tesseract-ocr "
                f"tesseract-ocr-{lang}): {exc}"
            ) from exc
        self._tess = pytesseract
        self.lang = lang
        self.timeout_s = timeout_s
        self.device = "cpu"
        self.models = [f"tesseract-{version}-{lang}"]

    def read_page(self, image_path: Path, page_number: int) -> OcrPage:
        start = time.perf_counter()
        image = load_bgr(image_path)
        try:
            data = self._tess.image_to_data(
                image[:, :, ::-1],
                lang=self.lang,
                output_type=self._tess.Output.DICT,
                timeout=self.timeout_s,
            )
        except RuntimeError as exc:  # pytesseract raises RuntimeError on timeout
            raise OcrEngineError(f"tesseract failed on {image_path.name}: {exc}") from exc
        except self._tess.TesseractError as exc:
            raise OcrEngineError(f"tesseract failed on {image_path.name}: {exc}") from exc
        grouped: dict[tuple[int, int, int], list[OcrWord]] = defaultdict(list)
        for i, text in enumerate(data["text"]):
            conf = float(data["conf"][i])
            if conf < 0 or not text.strip():
                continue
            left, top = float(data["left"][i]), float(data["top"][i])
            box = BBox(
                x0=left, y0=top, x1=left + float(data["width"][i]), y1=top + data["height"][i]
            )
            key = (data["block_num"][i], data["par_num"][i], data["line_num"][i])
            grouped[key].append(OcrWord(text=text.strip(), bbox=box, confidence=conf / 100))
        lines: list[OcrLine] = []
        for words in grouped.values():
            bbox = words[0].bbox
            for word in words[1:]:
                bbox = bbox.union(word.bbox)
            lines.append(
                OcrLine(
                    text=" ".join(w.text for w in words),
                    bbox=bbox,
                    confidence=sum(w.confidence for w in words) / len(words),
                    words=words,
                )
            )
        return ocr_page(self.name, page_number, image, lines, start)


def build(settings: OcrSettings, device: str) -> TesseractEngine:
    """Registered as ``tesseract`` (see :mod:`invoice_scanner_processing.engines.ocr`); CPU only."""
    return TesseractEngine()
