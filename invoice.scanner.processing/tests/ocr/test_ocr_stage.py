"""run_ocr over a manifest with a text-layer page and a scanned page."""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest
from ocr_samples import INVOICE_NUMBER

from invoice_scanner_processing.documents import BBox, Manifest, OcrLine, PageImage
from invoice_scanner_processing.engines.ocr.base import OcrEngine, OcrEngineError
from invoice_scanner_processing.stages.ocr import run_ocr


def _manifest(doc_dir: Path, scan_page: Path) -> Manifest:
    pages = doc_dir / "pages"
    pages.mkdir(parents=True, exist_ok=True)
    shutil.copy(scan_page, pages / "page-002.jpg")
    text_lines = [
        OcrLine(text="Total: 3 288.13", bbox=BBox(x0=1000, y0=700, x1=1400, y1=730)),
        OcrLine(text="Nordic Office Supplies AB", bbox=BBox(x0=120, y0=80, x1=600, y1=110)),
    ]
    return Manifest(
        document_kind="pdf",
        content_type="application/pdf",
        pages=[
            PageImage(
                page_number=1,
                path="pages/page-001.png",  # never read: its text layer is used
                width=1654,
                height=2339,
                use_text_layer=True,
                text_layer_chars=40,
            ),
            PageImage(page_number=2, path="pages/page-002.jpg", width=1654, height=900),
        ],
        text_layer={1: text_lines},
    )


def test_pages_in_order_text_layer_without_ocr(
    rapid_engine: OcrEngine, scan_page: Path, tmp_path: Path
) -> None:
    manifest = _manifest(tmp_path, scan_page)
    calls: list[tuple[int, int]] = []
    doc = run_ocr(manifest, tmp_path, rapid_engine, progress=lambda d, t: calls.append((d, t)))
    assert calls == [(1, 2), (2, 2)]
    assert [p.page_number for p in doc.pages] == [1, 2]
    first, second = doc.pages
    assert (first.source, first.engine, first.seconds) == ("text_layer", "textlayer", 0.0)
    # Stored in reading order, not manifest order.
    assert [line.text for line in first.lines] == ["Nordic Office Supplies AB", "Total: 3 288.13"]
    assert second.source == "ocr" and second.engine == "rapidocr"
    assert INVOICE_NUMBER in doc.text
    ys = [line.bbox.cy for line in second.lines]
    assert ys[0] == min(ys)
    assert (doc.engine, doc.device, doc.gpu_used) == ("rapidocr", "cpu", False)
    assert doc.models == rapid_engine.models
    assert 0.5 < doc.confidence <= 1.0
    assert doc.seconds >= second.seconds > 0


def test_text_layer_only_document_needs_no_engine(scan_page: Path, tmp_path: Path) -> None:
    manifest = _manifest(tmp_path, scan_page)
    manifest.pages = manifest.pages[:1]
    doc = run_ocr(manifest, tmp_path, None)
    assert doc.engine == "textlayer" and doc.models == []
    assert "3 288.13" in doc.text


def test_scanned_page_without_engine_or_image_fails(
    rapid_engine: OcrEngine, scan_page: Path, tmp_path: Path
) -> None:
    manifest = _manifest(tmp_path, scan_page)
    with pytest.raises(OcrEngineError, match="page 2 needs OCR"):
        run_ocr(manifest, tmp_path, None)
    (tmp_path / "pages" / "page-002.jpg").unlink()
    with pytest.raises(OcrEngineError, match="not found"):
        run_ocr(manifest, tmp_path, rapid_engine)
