"""A page read sideways or upside down is turned and read again by the OCR stage; an upright
page is read once and left exactly as it was."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from ocr_samples import INVOICE_NUMBER, TOTAL, render_invoice_top
from PIL import Image

from invoice_scanner_processing.documents import BBox, Manifest, OcrLine, OcrPage, PageImage
from invoice_scanner_processing.engines.ocr.base import OcrEngine
from invoice_scanner_processing.pipeline import _follow_turned_pages
from invoice_scanner_processing.stages import reorient
from invoice_scanner_processing.stages.ocr import run_ocr
from invoice_scanner_processing.stages.preprocessing import PreprocessSettings, preprocess

#: PIL transposes that turn a page 1, 2 or 3 quarter turns clockwise.
_CLOCKWISE = {
    1: Image.Transpose.ROTATE_270,
    2: Image.Transpose.ROTATE_180,
    3: Image.Transpose.ROTATE_90,
}


class CountingEngine:
    """The real engine, counting the pages it reads."""

    def __init__(self, engine: OcrEngine) -> None:
        self.engine = engine
        self.name, self.models, self.device = engine.name, engine.models, engine.device
        self.reads = 0

    def read_page(self, image_path: Path, page_number: int) -> OcrPage:
        self.reads += 1
        return self.engine.read_page(image_path, page_number)


def _page(tmp_path: Path, quarter_turns: int) -> tuple[Manifest, Path]:
    image = render_invoice_top(scan=False)
    if quarter_turns:
        image = image.transpose(_CLOCKWISE[quarter_turns])
    path = tmp_path / "pages" / "page-001.png"
    path.parent.mkdir(parents=True)
    image.save(path)
    manifest = Manifest(
        document_kind="image",
        content_type="image/png",
        pages=[
            PageImage(
                page_number=1, path="pages/page-001.png", width=image.width, height=image.height
            )
        ],
    )
    return manifest, path


def test_upright_page_is_read_once_and_left_alone(rapid_engine: OcrEngine, tmp_path: Path) -> None:
    manifest, path = _page(tmp_path, 0)
    before = path.read_bytes()
    engine = CountingEngine(rapid_engine)
    doc = run_ocr(manifest, tmp_path, engine)
    assert engine.reads == 1
    assert doc.pages[0].turned == 0
    assert path.read_bytes() == before
    assert INVOICE_NUMBER in doc.text
    assert sorted(p.name for p in path.parent.iterdir()) == ["page-001.png"]


@pytest.mark.parametrize("quarter_turns", [1, 2, 3])
def test_turned_page_is_turned_back_and_read(
    rapid_engine: OcrEngine, tmp_path: Path, quarter_turns: int
) -> None:
    manifest, path = _page(tmp_path, quarter_turns)
    engine = CountingEngine(rapid_engine)
    doc = run_ocr(manifest, tmp_path, engine)
    page = doc.pages[0]
    assert engine.reads == 2
    assert page.turned == (4 - quarter_turns) % 4
    assert INVOICE_NUMBER in doc.text and TOTAL in doc.text
    assert not reorient.is_sideways(page)
    # The image on disk is the one the lines belong to: upright, landscape like the original.
    with Image.open(path) as turned:
        assert turned.size == (round(page.width), round(page.height))
        assert turned.width > turned.height
    assert sorted(p.name for p in path.parent.iterdir()) == ["page-001.png"]
    # The manifest follows the turned page.
    _follow_turned_pages(tmp_path, manifest, doc)
    saved = Manifest.model_validate_json((tmp_path / "manifest.json").read_text())
    assert (saved.pages[0].width, saved.pages[0].height) == (turned.width, turned.height)
    assert saved.steps == [f"ocr-turn:{page.turned * 90}"]


def test_upside_down_scan_is_read_upright_after_preprocessing(
    rapid_engine: OcrEngine, tmp_path: Path
) -> None:
    """Preprocessing leaves a page fed upside down as it is; the OCR stage turns and reads it."""
    raw = tmp_path / "flipped.png"
    render_invoice_top(scan=True).transpose(Image.Transpose.ROTATE_180).save(raw)
    out = tmp_path / "doc"
    manifest = preprocess(raw, out, settings=PreprocessSettings())
    assert not any(step.startswith("rotate") for step in manifest.steps)
    doc = run_ocr(manifest, out, CountingEngine(rapid_engine))
    assert doc.pages[0].turned == 2
    assert INVOICE_NUMBER in doc.text and TOTAL in doc.text


def _line(text: str, x0: float, y0: float, x1: float, y1: float) -> OcrLine:
    return OcrLine(text=text, bbox=BBox(x0=x0, y0=y0, x1=x1, y1=y1), confidence=0.9)


def test_sideways_is_judged_by_the_share_of_text_in_tall_boxes() -> None:
    tall = [_line("Total 12.50", 100 + 40 * i, 100, 130 + 40 * i, 400) for i in range(8)]
    wide = [_line("Total 12.50", 100, 100 + 40 * i, 400, 130 + 40 * i) for i in range(8)]
    logo = [_line("A", 10, 10, 20, 60)]
    page = OcrPage(page_number=1, width=1000, height=1000, source="ocr", engine="t", lines=tall)
    assert reorient.is_sideways(page)
    assert not reorient.is_sideways(page.model_copy(update={"lines": wide + logo}))
    assert not reorient.is_sideways(page.model_copy(update={"lines": tall[:3]}))  # too few lines
    assert reorient.score(page) == 0.0


def test_only_a_sideways_or_unsure_reading_is_checked_again() -> None:
    wide = [_line("Total 12.50", 100, 100 + 40 * i, 400, 130 + 40 * i) for i in range(8)]
    tall = [_line("Total 12.50", 100 + 40 * i, 100, 130 + 40 * i, 400) for i in range(8)]
    page = OcrPage(page_number=1, width=1000, height=1000, source="ocr", engine="t", lines=wide)
    assert page.confidence == pytest.approx(0.9)
    assert not reorient.worth_checking(page)  # confident and across the page: upright
    unsure = [line.model_copy(update={"confidence": 0.7}) for line in wide]
    assert reorient.worth_checking(page.model_copy(update={"lines": unsure}))
    assert reorient.worth_checking(page.model_copy(update={"lines": tall}))
    assert not reorient.worth_checking(page.model_copy(update={"lines": unsure[:3]}))
    # A confident reading is upright whatever the image: the classifier is not asked.
    assert reorient.turn_for(page, np.zeros((10, 10), dtype=np.uint8)) == 0
