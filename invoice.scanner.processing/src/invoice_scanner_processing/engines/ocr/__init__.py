"""OCR engines behind the :class:`.base.OcrEngine` protocol; build them with :mod:`.factory`.

Every engine module has a ``build(settings, device)`` function and registers it here under the
name ``OCR_ENGINE`` selects. Adding an engine: its module and one line below.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from invoice_scanner_processing.plugins import PluginRegistry

if TYPE_CHECKING:
    from invoice_scanner_processing.engines.ocr.base import OcrEngine
    from invoice_scanner_processing.engines.ocr.settings import OcrSettings

#: ``build(settings, device)``: the engine on ``device`` (``cpu`` or ``gpu``), models loaded.
EngineBuilder = Callable[["OcrSettings", str], "OcrEngine"]


class EngineRegistry(PluginRegistry[EngineBuilder]):
    """Engines by name, with the GPU runtimes each can use (none: the engine is CPU only)."""

    def __init__(self) -> None:
        super().__init__("OCR engine", "OCR_ENGINE")
        self._gpu_runtimes: dict[str, tuple[str, ...]] = {}

    def register_engine(
        self, name: str, target: str, *, gpu_runtimes: tuple[str, ...] = ()
    ) -> None:
        """``gpu_runtimes``, in order of preference: ``onnxruntime`` (onnxruntime-gpu) and/or
        ``torch`` (PyTorch's CUDA through onnx2torch)."""
        self.register(name, target)
        self._gpu_runtimes[name] = gpu_runtimes

    def unregister(self, name: str) -> None:
        super().unregister(name)
        self._gpu_runtimes.pop(name, None)

    def gpu_runtimes(self, name: str) -> tuple[str, ...]:
        return self._gpu_runtimes.get(self.check(name), ())


_PACKAGE = "invoice_scanner_processing.engines.ocr"

OCR_ENGINES = EngineRegistry()
OCR_ENGINES.register_engine(
    "rapidocr", f"{_PACKAGE}.rapid:build", gpu_runtimes=("onnxruntime", "torch")
)
OCR_ENGINES.register_engine("paddle", f"{_PACKAGE}.paddle:build", gpu_runtimes=("onnxruntime",))
OCR_ENGINES.register_engine("tesseract", f"{_PACKAGE}.tesseract:build")
