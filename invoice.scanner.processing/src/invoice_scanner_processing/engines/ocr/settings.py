"""OCR settings from the environment (a leaf: no engine, runtime or image library is imported).

Variables (all optional):

- ``OCR_ENGINE``: ``rapidocr`` (default), ``paddle`` or ``tesseract``.
- ``OCR_DEVICE``: ``auto`` (default: CUDA when this process can use it), ``cpu`` or ``gpu``
  (``gpu`` without a usable GPU stops start-up).
- ``OCR_THREADS``: inference threads per worker process; default the cores this process may use.
- ``OCR_MODEL_DIR``: where ``prepare_models`` put the PaddleOCR folders (``.models/ppocr``).
- ``OCR_MODEL_SET``: PaddleOCR model set, ``v6`` (PP-OCRv6 small, default) or ``v4``.
- ``OCR_DET_LIMIT_SIDE_LEN``: the detector's longest input side in pixels (960).
- ``OCR_WORD_BOXES``: also return word boxes where the engine can (rapidocr), default false.
- ``OCR_BACKEND``: runtime of the rapidocr engine: ``auto`` (default: on the CPU OpenVINO when
  installed, else onnxruntime; on the GPU onnxruntime-gpu, else PyTorch via onnx2torch),
  ``openvino``, ``onnxruntime`` or ``torch``.
- ``OCR_PAGE_BATCH``: pages of a document the rapidocr engine reads in one pass (the detector
  batched over them, the recogniser over all their lines); ``0`` (default) means 8 on the GPU
  and 1 (a page at a time) on the CPU.
- ``OCR_REC_BATCH``: text lines per recogniser call; ``0`` (default) means 96 on the GPU, 6 on
  the CPU.
- ``OCR_HALF``: run the models in float16 on the GPU (default false).
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

from invoice_scanner_common.settings import ConfigError, Env
from invoice_scanner_processing.engines.ocr import OCR_ENGINES
from invoice_scanner_processing.engines.ocr.prepare_models import DEFAULT_MODEL_DIR, MODEL_SETS


def cpu_count() -> int:
    """Cores this process may run on (the affinity mask, not the host's count)."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not on Linux
        return max(1, os.cpu_count() or 1)


DEVICES = ("auto", "cpu", "gpu")
BACKENDS = ("auto", "openvino", "onnxruntime", "torch")
DEFAULT_ENGINE = "rapidocr"


@dataclass(frozen=True)
class OcrSettings:
    engine: str = DEFAULT_ENGINE
    device: str = "auto"
    threads: int = 1
    model_dir: Path = Path(DEFAULT_MODEL_DIR)
    model_set: str = "v6"
    det_limit_side_len: int = 960
    word_boxes: bool = False
    backend: str = "auto"
    page_batch: int = 0
    rec_batch: int = 0
    half: bool = False

    @classmethod
    def from_env(cls, env: Env) -> OcrSettings:
        threads = env.int("OCR_THREADS", cpu_count(), minimum=1)
        det_limit = env.int("OCR_DET_LIMIT_SIDE_LEN", 960, minimum=320)
        if det_limit > 4000:
            raise ConfigError(f"OCR_DET_LIMIT_SIDE_LEN must be at most 4000, got {det_limit}")
        return cls(
            engine=OCR_ENGINES.check(env.str("OCR_ENGINE", DEFAULT_ENGINE).strip().lower()),
            device=env.choice("OCR_DEVICE", "auto", DEVICES),
            threads=threads,
            model_dir=Path(env.str("OCR_MODEL_DIR", DEFAULT_MODEL_DIR)),
            model_set=env.choice("OCR_MODEL_SET", "v6", MODEL_SETS),
            det_limit_side_len=det_limit,
            word_boxes=env.bool("OCR_WORD_BOXES", False),
            backend=env.choice("OCR_BACKEND", "auto", BACKENDS),
            page_batch=env.int("OCR_PAGE_BATCH", 0, minimum=0),
            rec_batch=env.int("OCR_REC_BATCH", 0, minimum=0),
            half=env.bool("OCR_HALF", False),
        )
