"""OCR engines behind the :class:`~invoice_scanner_processing.engines.ocr.base.OcrEngine` protocol."""
