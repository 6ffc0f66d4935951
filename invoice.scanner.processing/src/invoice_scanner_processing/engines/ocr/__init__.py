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

OCR_ENGINES: PluginRegistry[EngineBuilder] = PluginRegistry("OCR engine", "OCR_ENGINE")
OCR_ENGINES.register("rapidocr", "invoice_scanner_processing.engines.ocr.rapid:build")
OCR_ENGINES.register("paddle", "invoice_scanner_processing.engines.ocr.paddle:build")
OCR_ENGINES.register("tesseract", "invoice_scanner_processing.engines.ocr.tesseract:build")
