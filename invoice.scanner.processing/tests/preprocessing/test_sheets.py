"""Photos of several sheets: pages laid side by side, a long receipt photographed in two halves
and stacked. Each sheet becomes a page of its own in reading order; before, the page outline
kept the largest sheet and the others were lost."""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw
from pp_samples import page_image, photo_image, sheets_photo, titled_sheet

from invoice_scanner_processing import enhance
from invoice_scanner_processing.stages.preprocessing import PreprocessSettings, preprocess

#: Two A4 pages lying side by side in a 2400 x 1800 frame, the right one a little turned.
LEFT = np.array([[120.0, 200.0], [1130.0, 220.0], [1110.0, 1620.0], [100.0, 1600.0]])
RIGHT = np.array([[1290.0, 180.0], [2290.0, 240.0], [2260.0, 1650.0], [1250.0, 1600.0]])
#: Two halves of a receipt one above the other in a 900 x 2600 frame.
TOP = np.array([[200.0, 100.0], [700.0, 110.0], [690.0, 1220.0], [205.0, 1210.0]])
BOTTOM = np.array([[190.0, 1350.0], [705.0, 1345.0], [700.0, 2480.0], [195.0, 2490.0]])


@pytest.fixture(scope="module")
def side_by_side() -> Image.Image:
    first, second = titled_sheet("FIRST"), titled_sheet("SECOND")
    return sheets_photo([(first, LEFT), (second, RIGHT)], (2400, 1800))


@pytest.fixture(scope="module")
def halves() -> Image.Image:
    top, bottom = titled_sheet("TOP", (600, 1350)), titled_sheet("BOTTOM", (600, 1380))
    return sheets_photo([(bottom, BOTTOM), (top, TOP)], (900, 2600))


def _title_similarity(out: Image.Image, sheet: Image.Image) -> float:
    """Correlation of the top fifth (the title) of two sheets, scaled to a common size."""
    size = (60, 20)

    def head(image: Image.Image) -> np.ndarray:
        crop = image.convert("L").crop((0, 0, image.width, image.height // 5))
        return np.asarray(crop.resize(size, Image.Resampling.BOX), np.float64).ravel()

    return float(np.corrcoef(head(out), head(sheet))[0, 1])


def test_two_pages_side_by_side_are_two_sheets_left_to_right(side_by_side: Image.Image) -> None:
    sheets = enhance.detect_sheets(side_by_side)
    assert len(sheets) == 2
    assert np.abs(sheets[0] - LEFT).max() < 8.0
    assert np.abs(sheets[1] - RIGHT).max() < 8.0


def test_receipt_halves_stacked_are_read_top_to_bottom(halves: Image.Image) -> None:
    sheets = enhance.detect_sheets(halves)
    assert len(sheets) == 2
    assert np.abs(sheets[0] - TOP).max() < 8.0
    assert np.abs(sheets[1] - BOTTOM).max() < 8.0


def test_a_photo_of_two_pages_uploads_as_two_pages_in_order(
    side_by_side: Image.Image, tmp_path: Path
) -> None:
    raw = tmp_path / "two.jpg"
    side_by_side.save(raw, "JPEG", quality=90)
    manifest = preprocess(raw, tmp_path / "out", settings=PreprocessSettings())
    assert [page.page_number for page in manifest.pages] == [1, 2]
    assert manifest.steps[0] == "sheets:2"
    first, second = (Image.open(tmp_path / "out" / page.path) for page in manifest.pages)
    assert first.height > first.width and second.height > second.width
    want_first, want_second = titled_sheet("FIRST"), titled_sheet("SECOND")
    assert _title_similarity(first, want_first) > _title_similarity(first, want_second)
    assert _title_similarity(second, want_second) > _title_similarity(second, want_first)


def test_without_splitting_the_sheets_are_stacked_into_one_image(halves: Image.Image) -> None:
    settings = PreprocessSettings()
    result = enhance.enhance(
        halves, settings.enhance_steps, target_long_side=settings.ocr_long_side
    )
    assert result.more == ()
    assert "sheets:2" in result.steps
    assert any(step.startswith("stacked:") for step in result.steps)
    # Both halves, one under the other: about twice as tall as one half is wide, times two.
    assert result.image.height > 3 * result.image.width


def test_one_page_is_one_sheet_as_before() -> None:
    photo = photo_image(page_image())
    sheets = enhance.detect_sheets(photo)
    page = enhance.detect_page(photo)
    assert page is not None and len(sheets) == 1
    assert np.array_equal(sheets[0], page)


def test_a_dark_band_across_one_page_does_not_split_it() -> None:
    """A table header printed dark right across the page splits its paper-white into two
    blobs of similar size; the page's own outline is larger than the two together, so it
    stays one page."""
    page = page_image()
    draw = ImageDraw.Draw(page)
    draw.rectangle((0, 820, page.width, 900), fill=(40, 40, 40))
    sheets = enhance.detect_sheets(photo_image(page))
    assert len(sheets) == 1
