"""OCR engines behind the :class:`.base.OcrEngine` protocol; build them with :mod:`.factory`."""
