"""The one place OCR engines are built (engines: :mod:`.`; the variables that choose and tune
them, ``OCR_ENGINE``, ``OCR_DEVICE``, ``OCR_THREADS`` and the rest, are listed once, in
:mod:`.settings`)."""

from __future__ import annotations

import functools
import glob
import importlib.util
import logging
import os
from pathlib import Path
from typing import Any

from invoice_scanner_common.settings import ConfigError
from invoice_scanner_processing.engines.ocr import OCR_ENGINES
from invoice_scanner_processing.engines.ocr.base import OcrEngine
from invoice_scanner_processing.engines.ocr.settings import (  # noqa: F401 - re-exported
    BACKENDS,
    DEFAULT_ENGINE,
    DEVICES,
    OcrSettings,
)

logger = logging.getLogger(__name__)


def _visible_nvidia_device() -> bool:
    if os.environ.get("CUDA_VISIBLE_DEVICES", None) in {"", "-1"}:
        return False
    return bool(glob.glob("/dev/nvidia[0-9]*"))


def onnxruntime_cuda_available() -> bool:
    """onnxruntime-gpu is installed (CUDA provider present) and the process sees an NVIDIA GPU."""
    try:
        import onnxruntime as ort
    except ImportError:
        return False
    return "CUDAExecutionProvider" in ort.get_available_providers() and _visible_nvidia_device()


def paddle_cuda_available() -> bool:
    """paddlepaddle-gpu is installed and sees at least one device."""
    try:
        import paddle
    except ImportError:
        return False
    try:
        return bool(paddle.device.is_compiled_with_cuda()) and paddle.device.cuda.device_count() > 0
    except Exception:
        return False


def gpu_backend(settings: OcrSettings) -> str | None:
    """The runtime that puts this engine on a GPU here (``onnxruntime`` or ``torch``), or None.

    Each engine registers the GPU runtimes it can use (``engines/ocr/__init__.py``). Both PP-OCR
    engines can use onnxruntime-gpu; rapidocr can also use PyTorch's CUDA through
    onnx2torch. paddlepaddle-gpu is detected (:func:`paddle_cuda_available`) but not used: the
    prepared model folders are ONNX, which Paddle Inference does not read.
    """
    runtimes = OCR_ENGINES.gpu_runtimes(settings.engine)
    if "onnxruntime" in runtimes and onnxruntime_cuda_available():
        return "onnxruntime"
    if "torch" in runtimes:
        from invoice_scanner_processing.engines.ocr.torch_backend import torch_cuda_available

        if torch_cuda_available():
            return "torch"
    if settings.engine == "paddle" and paddle_cuda_available():
        logger.warning("paddlepaddle sees a GPU, but the paddle engine runs ONNX models only")
    return None


def resolve_device(settings: OcrSettings) -> str:
    """``cpu`` or ``gpu`` for these settings; ``OCR_DEVICE=gpu`` without a usable GPU fails."""
    if not OCR_ENGINES.gpu_runtimes(settings.engine):
        if settings.device == "gpu":
            raise ConfigError(f"OCR_DEVICE=gpu is not supported by OCR_ENGINE={settings.engine}")
        return "cpu"
    if settings.device == "cpu":
        return "cpu"
    gpu = gpu_backend(settings) is not None
    if settings.device == "gpu" and not gpu:
        raise ConfigError(
            f"OCR_DEVICE=gpu but OCR_ENGINE={settings.engine} has no GPU runtime here: it needs "
            "onnxruntime-gpu (or, for rapidocr, PyTorch with CUDA and onnx2torch) and a "
            "visible NVIDIA device"
        )
    return "gpu" if gpu else "cpu"


def resolve_backend(settings: OcrSettings) -> str:
    """The rapidocr CPU runtime: OpenVINO unless asked otherwise or not installed."""
    if settings.backend != "auto":
        return settings.backend
    return "openvino" if importlib.util.find_spec("openvino") is not None else "onnxruntime"


def backend_for(settings: OcrSettings, device: str) -> str:
    """The runtime an ONNX engine uses on ``device``."""
    if device != "gpu":
        return resolve_backend(settings)
    if settings.backend == "torch":
        return "torch"
    return gpu_backend(settings) or "onnxruntime"


def build_engine(settings: OcrSettings, *, warm_up: bool = True) -> OcrEngine:
    """Build the configured engine (loads models; seconds). ``warm_up`` reads one page of
    text so the first real page does not pay for lazy initialisation."""
    device = resolve_device(settings)
    engine = OCR_ENGINES.load(settings.engine)(settings, device)
    if warm_up:
        _warm_up(engine)
    if device == "gpu" and not gpu_used(engine):
        logger.warning("OCR engine %s asked for the GPU but runs on the CPU", engine.name)
        engine.device = "cpu"
    logger.info(
        "OCR engine %s (%s) on %s, %d threads",
        engine.name,
        ", ".join(engine.models),
        engine.device,
        settings.threads,
    )
    return engine


#: The warm-up page: an A4 page at 200 dpi in greyscale, as preprocessing writes a scan.
_WARM_PAGE = (1654, 2339)


def _warm_up(engine: OcrEngine) -> None:
    """Read a page-sized greyscale page of a dozen text lines. A small image (640 × 200 with
    one line, as before) left the first real page at 0.79 s against 0.38 s for the next ones:
    the detector's and the recogniser's first inference at a page's shapes allocates and
    compiles; after this page the first real one reads at 0.39 s (one process, this machine)."""
    import tempfile

    from PIL import Image, ImageDraw

    image = Image.new("L", _WARM_PAGE, 255)
    draw = ImageDraw.Draw(image)
    for row in range(12):
        line = f"Invoice 00{row} total 12.50 EUR description of item {row}"
        draw.text((150, 150 + 160 * row), line, fill=0, font_size=36)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "warm.png"
        image.save(path)
        engine.read_page(path, 1)


def _onnx_sessions(obj: Any, depth: int = 0, seen: set[int] | None = None) -> list[Any]:
    """onnxruntime sessions reachable from ``obj`` through attributes (bounded walk)."""
    seen = set() if seen is None else seen
    if depth > 8 or id(obj) in seen:
        return []
    seen.add(id(obj))
    if type(obj).__name__ == "InferenceSession" and hasattr(obj, "get_providers"):
        return [obj]
    children: list[Any] = []
    if isinstance(obj, dict):
        children = list(obj.values())
    elif isinstance(obj, list | tuple):
        children = list(obj)
    elif hasattr(obj, "__dict__") and not isinstance(obj, type):
        children = list(vars(obj).values())
    found: list[Any] = []
    for child in children:
        if isinstance(child, str | bytes | int | float | bool) or child is None:
            continue
        found.extend(_onnx_sessions(child, depth + 1, seen))
    return found


def gpu_used(engine: OcrEngine) -> bool:
    """True when the engine's loaded models actually run on CUDA."""
    if engine.device != "gpu":
        return False
    runs_on_gpu = getattr(engine, "runs_on_gpu", None)
    if callable(runs_on_gpu):
        return bool(runs_on_gpu())
    sessions = _onnx_sessions(engine)
    return bool(sessions) and all(
        s.get_providers() and s.get_providers()[0] == "CUDAExecutionProvider" for s in sessions
    )


@functools.lru_cache(maxsize=4)
def get_engine(settings: OcrSettings) -> OcrEngine:
    """The engine for ``settings``, built once per process (call it from worker_process_init)."""
    return build_engine(settings)


def worker_memory_mb() -> dict[str, float]:
    """RSS now and peak of this worker process, in MiB, for logs and health output."""
    from invoice_scanner_processing.engines.ocr.common import current_rss_mb, peak_rss_mb

    return {"rss_mb": round(current_rss_mb(), 1), "peak_rss_mb": round(peak_rss_mb(), 1)}
