"""Phone photos: the page is found, warped flat and upright; scans are never touched."""

from __future__ import annotations

import io
from pathlib import Path

import cv2
import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont
from pp_samples import FONT, PHOTO_CORNERS, page_image, photo_image, scan_image

from invoice_scanner_processing import enhance
from invoice_scanner_processing.stages.preprocessing import (
    DEFAULT_STEPS,
    PreprocessSettings,
    preprocess,
)

_SCAN_STEPS = tuple(s for s in DEFAULT_STEPS if s != "page")


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return page_image()


@pytest.fixture(scope="module")
def photo(page: Image.Image) -> Image.Image:
    return photo_image(page)


def _similarity(a: Image.Image, b: Image.Image) -> float:
    """Correlation of two pages' grey values, evenly lit and scaled to 1/8 (text into blocks)."""
    size = (a.width // 8, a.height // 8)
    b = enhance.flatten_illumination(b)
    x = np.asarray(a.convert("L").resize(size, Image.Resampling.BOX), np.float64).ravel()
    y = np.asarray(b.convert("L").resize(size, Image.Resampling.BOX), np.float64).ravel()
    return float(np.corrcoef(x, y)[0, 1])


def test_detect_page_finds_the_corners_within_a_few_pixels(photo: Image.Image) -> None:
    corners = enhance.detect_page(photo)
    assert corners is not None
    assert np.abs(corners - PHOTO_CORNERS).max() < 4.0


def _with_band(page: Image.Image, side: str) -> Image.Image:
    """``page`` with a blue band printed edge to edge along ``side``, white text on it. The band
    is as light as the table once photographed: only its colour tells them apart."""
    banded = page.copy()
    w, h = banded.size
    box = {
        "top": (0, 0, w, round(0.12 * h)),
        "bottom": (0, round(0.9 * h), w, h),
        "left": (0, 0, round(0.22 * w), h),
    }[side]
    draw = ImageDraw.Draw(banded)
    draw.rectangle(box, fill=(70, 130, 175))
    font = ImageFont.truetype(FONT, w // 30)
    draw.text((box[0] + 30, box[1] + 40), "NORDIC SUPPLIES AB", font=font, fill="white")
    return banded


@pytest.mark.parametrize("side", ["top", "bottom", "left"])
def test_a_band_printed_along_the_edge_is_part_of_the_page(page: Image.Image, side: str) -> None:
    # The band is not paper-white: the outline must not stop where the band begins.
    corners = enhance.detect_page(photo_image(_with_band(page, side)))
    assert corners is not None
    assert np.abs(corners - PHOTO_CORNERS).max() < 6.0


def test_a_drop_shadow_beside_the_page_is_not_taken_for_a_band(page: Image.Image) -> None:
    arr = np.asarray(photo_image(page), np.float32)
    h, w = arr.shape[:2]
    quad = PHOTO_CORNERS.astype(np.int32)
    page_mask = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(page_mask, quad, (1,))
    shadow = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(shadow, quad + np.array([40, 45], np.int32), (1,))
    shade = cv2.GaussianBlur(((shadow > 0) & (page_mask == 0)).astype(np.float32), (0, 0), 4)
    arr *= 1.0 - 0.45 * shade[:, :, None]
    corners = enhance.detect_page(Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8)))
    assert corners is not None
    assert np.abs(corners - PHOTO_CORNERS).max() < 6.0


def test_detection_is_deterministic(photo: Image.Image) -> None:
    first, second = enhance.detect_page(photo), enhance.detect_page(photo.copy())
    assert first is not None and second is not None
    assert np.array_equal(first, second)
    a = enhance.enhance(photo, DEFAULT_STEPS, target_long_side=1754)
    b = enhance.enhance(photo, DEFAULT_STEPS, target_long_side=1754)
    assert a.steps == b.steps and a.image.tobytes() == b.image.tobytes()


def test_warped_page_has_a4_aspect_and_matches_the_original(
    page: Image.Image, photo: Image.Image
) -> None:
    corners = enhance.detect_page(photo)
    assert corners is not None
    flat = enhance.warp_page(photo, corners)
    assert flat.width / flat.height == pytest.approx(1 / np.sqrt(2), rel=0.01)
    assert _similarity(page, flat) > 0.8
    # The unwarped photo, squeezed to the same size, is a much worse match.
    assert _similarity(page, photo) < 0.5


def test_page_size_snaps_near_a4_and_keeps_receipts() -> None:
    near_a4 = np.array([[0, 0], [1000, 0], [1000, 1380], [0, 1380]], np.float64)
    w, h = enhance.page_size(near_a4)
    assert w / h == pytest.approx(1 / np.sqrt(2), rel=0.001)
    receipt = np.array([[0, 0], [500, 0], [500, 1400], [0, 1400]], np.float64)
    assert enhance.page_size(receipt) == (500, 1400)
    landscape = np.array([[0, 0], [1400, 0], [1400, 1000], [0, 1000]], np.float64)
    w, h = enhance.page_size(landscape)
    assert w > h


def test_enhance_records_page_step_and_straightens_the_photo(photo: Image.Image) -> None:
    result = enhance.enhance(photo, DEFAULT_STEPS, target_long_side=1754)
    assert any(step.startswith("page:") for step in result.steps)
    assert not any(step.startswith(("rotate:", "deskew:")) for step in result.steps)
    assert result.image.height > result.image.width


@pytest.mark.parametrize(
    "image",
    [
        pytest.param(lambda p: scan_image(p), id="flatbed-scan"),
        pytest.param(lambda p: p, id="clean-render"),
        pytest.param(lambda p: Image.new("RGB", (1240, 1754), "white"), id="blank"),
        pytest.param(
            lambda p: photo_image(p).point(lambda v: 255 if v > 60 else v), id="page-on-white"
        ),
    ],
)
def test_no_false_detection(page: Image.Image, image: object) -> None:
    candidate = image(page)  # type: ignore[operator]
    assert enhance.detect_page(candidate) is None


def test_scan_comes_out_exactly_as_before(page: Image.Image) -> None:
    scan = scan_image(page)
    now = enhance.enhance(scan, (*DEFAULT_STEPS, "flatten"), target_long_side=2339)
    before = enhance.enhance(scan, _SCAN_STEPS, target_long_side=2339)
    assert now.steps == before.steps
    assert now.image.tobytes() == before.image.tobytes()


def test_flatten_only_after_a_page_was_found(photo: Image.Image) -> None:
    without = enhance.enhance(photo, ("flatten",), target_long_side=2000)
    assert without.steps == []
    with_page = enhance.enhance(photo, ("page", "flatten"), target_long_side=2000)
    assert with_page.steps[-1] == "flatten"
    plain = enhance.enhance(photo, ("page",), target_long_side=2000).image

    # The light gradient across the page is gone: paper brightness on the left and right agree.
    def sides(img: Image.Image) -> float:
        grey = np.asarray(img.convert("L"), np.float64)
        w = grey.shape[1]
        left, right = grey[:, : w // 10], grey[:, -w // 10 :]
        return abs(float(np.percentile(left, 90)) - float(np.percentile(right, 90)))

    assert sides(with_page.image) < sides(plain) / 3


def test_sideways_phone_photo_with_exif_ends_upright(
    page: Image.Image, photo: Image.Image, tmp_path: Path
) -> None:
    exif = Image.Exif()
    exif[0x0112] = 6  # stored turned left; a viewer turns it 90° clockwise
    raw = tmp_path / "photo.jpg"
    buf = io.BytesIO()
    photo.transpose(Image.Transpose.ROTATE_90).save(buf, "JPEG", quality=90, exif=exif.tobytes())
    raw.write_bytes(buf.getvalue())
    manifest = preprocess(raw, tmp_path / "out", settings=PreprocessSettings())
    assert manifest.steps[0] == "exif:6"
    assert any(step.startswith("page:") for step in manifest.steps)
    out = Image.open(tmp_path / "out" / manifest.pages[0].path)
    assert out.height > out.width
    upright = _similarity(page, out)
    assert upright > 0.8
    assert upright > _similarity(page.rotate(180), out) + 0.3
