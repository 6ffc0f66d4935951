"""OCR test fixtures: a rendered scan, prepared PaddleOCR folders, engines built once."""

from __future__ import annotations

from pathlib import Path

import pytest
from ocr_samples import render_invoice_top


@pytest.fixture(scope="session")
def scan_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("ocr-pages") / "scan.jpg"
    render_invoice_top(scan=True).save(path, quality=70)
    return path


@pytest.fixture(scope="session")
def model_dir(tmp_path_factory: pytest.TempPathFactory) -> Path:
    from invoice_scanner_processing.engines.ocr.prepare_models import prepare

    root = tmp_path_factory.mktemp("ppocr")
    prepare(root, "v6")
    return root


@pytest.fixture(scope="session")
def rapid_engine():  # type: ignore[no-untyped-def]
    from invoice_scanner_processing.engines.ocr.factory import OcrSettings, build_engine

    return build_engine(OcrSettings(engine="rapidocr", device="cpu", threads=2), warm_up=False)


@pytest.fixture(scope="session")
def paddle_engine(model_dir: Path):  # type: ignore[no-untyped-def]
    from invoice_scanner_processing.engines.ocr.factory import OcrSettings, build_engine

    settings = OcrSettings(engine="paddle", device="cpu", threads=2, model_dir=model_dir)
    return build_engine(settings, warm_up=False)
