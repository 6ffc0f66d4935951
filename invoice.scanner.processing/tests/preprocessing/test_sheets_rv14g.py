"""Review of round 14g (rv14g, a594e3e): a photo of four invoice pages laid out two by two.

The phone is held a little tilted over the table, so the lower row (nearer the camera) comes
out a little wider than the upper one and its left sheet starts further left. The new sheet
splitting orders side-by-side sheets by their left edge alone, so page 3 (lower left) becomes
the upload's page 1 and the order is 3, 1, 4, 2. Before, the largest sheet (here the top-left
one, the invoice's first page with its header) was page 1. Passes on 38a5142, fails on
a594e3e."""

from __future__ import annotations

from pathlib import Path

import numpy as np
from PIL import Image
from pp_samples import sheets_photo
from pp_samples import titled_sheet as _sheet

from invoice_scanner_processing.stages.preprocessing import PreprocessSettings, preprocess

TITLES = ("ONE", "TWO", "THREE", "FOUR")
#: Corners (TL, TR, BR, BL) in a 2100 x 2700 frame: top-left, top-right, bottom-left,
#: bottom-right. The top-left sheet is the largest; the lower left one starts 30 px further
#: left than it (nearer the camera).
CORNERS = (
    np.array([[180.0, 120.0], [1000.0, 130.0], [990.0, 1300.0], [170.0, 1295.0]]),
    np.array([[1120.0, 155.0], [1900.0, 150.0], [1910.0, 1250.0], [1130.0, 1260.0]]),
    np.array([[150.0, 1420.0], [940.0, 1425.0], [935.0, 2520.0], [140.0, 2510.0]]),
    np.array([[1090.0, 1425.0], [1880.0, 1420.0], [1890.0, 2515.0], [1100.0, 2520.0]]),
)


def _photo(frame: tuple[int, int] = (2100, 2700)) -> Image.Image:
    """The four sheets on a brown table, lit from the left, blurred a little, JPEG."""
    return sheets_photo([(_sheet(t), c) for t, c in zip(TITLES, CORNERS, strict=True)], frame)


def _head(image: Image.Image) -> np.ndarray:
    crop = image.convert("L").crop((0, 0, image.width, image.height // 5))
    return np.asarray(crop.resize((60, 20), Image.Resampling.BOX), np.float64).ravel()


def _which(page: Image.Image) -> str:
    """The title whose sheet's top fifth the page's correlates with best, the page turned
    whichever quarter turn fits best (orientation detection may turn a sheet of this kind)."""
    heads = {t: _head(_sheet(t)) for t in TITLES}
    sims = {
        (t, k): float(np.corrcoef(_head(page.rotate(90 * k, expand=True)), heads[t])[0, 1])
        for t in TITLES
        for k in range(4)
    }
    return max(sims, key=lambda tk: sims[tk])[0]


def test_four_pages_two_by_two_the_top_left_sheet_is_page_one(tmp_path: Path) -> None:
    raw = tmp_path / "four.jpg"
    _photo().save(raw, "JPEG", quality=90)
    manifest = preprocess(raw, tmp_path / "out", settings=PreprocessSettings())
    pages = [Image.open(tmp_path / "out" / page.path) for page in manifest.pages]
    order = [_which(page) for page in pages]
    # The invoice's first page (its header: seller, number, date) must stay the upload's first.
    assert order[0] == "ONE", (order, manifest.steps)
    # Rows top to bottom, each left to right.
    assert order == ["ONE", "TWO", "THREE", "FOUR"], (order, manifest.steps)
