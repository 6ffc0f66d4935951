"""The engines read a real rendered scan: invoice number and total must come out with boxes."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest
from ocr_samples import INVOICE_NUMBER, TOTAL

from invoice_scanner_processing.documents import OcrPage
from invoice_scanner_processing.engines.ocr.base import OcrEngine, OcrEngineError
from invoice_scanner_processing.layout import page_text


def _squash(text: str) -> str:
    return re.sub(r"\s+", "", text)


def _assert_reads_invoice(page: OcrPage) -> None:
    assert page.source == "ocr"
    assert (page.width, page.height) == (1654.0, 900.0)
    text = _squash(page_text(page))
    assert _squash(INVOICE_NUMBER) in text
    assert _squash(TOTAL) in text
    number = next(line for line in page.lines if INVOICE_NUMBER in _squash(line.text))
    # The value was drawn at x=1260, y=260 (text about 30 px high) on a page rotated by 1 degree.
    assert 1200 < number.bbox.x0 < 1300
    assert 230 < number.bbox.y0 < 300
    assert number.polygon is not None and len(number.polygon) == 4
    assert 0.5 < number.confidence <= 1.0
    assert page.seconds > 0
    assert all(0 <= line.bbox.x0 < line.bbox.x1 <= page.width + 1 for line in page.lines)


def test_rapidocr_reads_scan(rapid_engine: OcrEngine, scan_page: Path) -> None:
    assert isinstance(rapid_engine, OcrEngine)
    assert rapid_engine.models == ["PP-OCRv6_det_small", "PP-OCRv6_rec_small"]
    assert rapid_engine.device == "cpu"
    _assert_reads_invoice(rapid_engine.read_page(scan_page, 3))


def test_rapidocr_onnxruntime_backend_reads_the_same(
    rapid_engine: OcrEngine, scan_page: Path
) -> None:
    from invoice_scanner_processing.engines.ocr.rapid import RapidOcrEngine

    assert getattr(rapid_engine, "backend", None) == "openvino"
    fallback = RapidOcrEngine(threads=2, backend="onnxruntime")
    page = fallback.read_page(scan_page, 1)
    _assert_reads_invoice(page)
    # Same models, other runtime (bf16 vs fp32): the recognised text may differ in a character.
    ours = _squash(page_text(rapid_engine.read_page(scan_page, 1)))
    theirs = _squash(page_text(page))
    assert abs(len(ours) - len(theirs)) <= 3


def test_paddle_reads_scan(paddle_engine: OcrEngine, scan_page: Path) -> None:
    assert paddle_engine.models == ["PP-OCRv6_small_det", "PP-OCRv6_small_rec"]
    page = paddle_engine.read_page(scan_page, 1)
    assert page.engine == "paddle"
    _assert_reads_invoice(page)


def test_engine_rejects_unreadable_image(rapid_engine: OcrEngine, tmp_path: Path) -> None:
    bad = tmp_path / "page.png"
    bad.write_bytes(b"not an image")
    with pytest.raises(OcrEngineError, match="cannot decode"):
        rapid_engine.read_page(bad, 1)
    with pytest.raises(OcrEngineError, match="not found"):
        rapid_engine.read_page(tmp_path / "missing.png", 1)


def test_paddle_without_prepared_models_says_how_to_prepare(tmp_path: Path) -> None:
    from invoice_scanner_processing.engines.ocr.paddle import PaddleOcrEngine

    with pytest.raises(OcrEngineError, match="prepare_models"):
        PaddleOcrEngine(model_dir=tmp_path, threads=1)


@pytest.mark.skipif(shutil.which("tesseract") is None, reason="tesseract-ocr is not installed")
def test_tesseract_reads_scan_with_words(scan_page: Path) -> None:
    from invoice_scanner_processing.engines.ocr.tesseract import TesseractEngine

    page = TesseractEngine().read_page(scan_page, 1)
    text = _squash(page_text(page))
    assert _squash(INVOICE_NUMBER) in text
    line = next(line for line in page.lines if INVOICE_NUMBER in line.text)
    assert any(word.text == INVOICE_NUMBER for word in line.words)


@pytest.mark.parametrize(
    ("height", "width", "expected"),
    [
        (2339, 1654, 960),  # A4 portrait at 200 dpi
        (1654, 2339, 960),  # landscape
        (3508, 2480, 960),  # A4 at 300 dpi: same shape, same cap
        (1800, 640, 1910),  # a till receipt: short side kept at 960 / sqrt(2)
        (6000, 600, 2000),  # never beyond rapidocr's own page cap
    ],
)
def test_detector_size_follows_the_page_shape(height: int, width: int, expected: int) -> None:
    from invoice_scanner_processing.engines.ocr.rapid import det_limit_for

    assert det_limit_for(height, width, 960) == expected
