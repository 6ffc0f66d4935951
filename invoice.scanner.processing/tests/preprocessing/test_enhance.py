"""Enhancement steps on a drawn invoice page: orientation, skew, contrast, size."""

from __future__ import annotations

import numpy as np
import pytest
from PIL import Image, ImageFilter
from pp_samples import page_image

from invoice_scanner_processing import enhance


@pytest.fixture(scope="module")
def page() -> Image.Image:
    return page_image()


@pytest.mark.parametrize("turns", [0, 1, 3])
def test_detect_orientation_undoes_quarter_turns(page: Image.Image, turns: int) -> None:
    # Turn the page ``turns`` quarter turns counter-clockwise; the fix is the same number clockwise.
    turned = page.rotate(90 * turns, expand=True)
    assert enhance.detect_orientation(turned) == turns
    assert enhance.rotate_quarter(turned, turns).size == page.size


def test_upside_down_page_is_left_for_the_ocr_stage(page: Image.Image) -> None:
    # Text running across the page is not put to the classifier: the OCR stage turns a page it
    # read upside down (tests/ocr/test_ocr_reorient.py).
    assert enhance.detect_orientation(page.rotate(180)) == 0


@pytest.mark.parametrize("angle", [-3.0, -1.2, 0.8, 2.5])
def test_deskew_finds_and_removes_small_angles(page: Image.Image, angle: float) -> None:
    skewed = page.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor="white")
    found = enhance.estimate_skew(enhance._analysis_grey(skewed))
    assert found == pytest.approx(angle, abs=0.15)
    fixed = enhance.rotate_small(skewed, found)
    assert fixed.size == skewed.size
    assert abs(enhance.estimate_skew(enhance._analysis_grey(fixed))) < 0.15


def test_blank_page_is_left_alone() -> None:
    blank = Image.new("RGB", (800, 1100), "white")
    result = enhance.enhance(blank, enhance.ALL_STEPS, target_long_side=1100)
    assert result.steps == []
    assert result.image.size == (800, 1100)


def test_contrast_stretches_a_washed_out_scan(page: Image.Image) -> None:
    grey = np.asarray(page.convert("L")).astype(np.float64)
    faded = Image.fromarray((110 + grey * 0.4).astype(np.uint8)).convert("RGB")
    stretched = enhance.normalise_contrast(faded.filter(ImageFilter.GaussianBlur(1)))
    assert stretched is not None
    values = np.asarray(stretched.convert("L"))
    assert values.min() <= 10 and values.max() >= 245
    assert enhance.normalise_contrast(page) is None  # already full range


def test_resize_shrinks_large_and_grows_small_at_most_twice() -> None:
    big = enhance.resize_for_ocr(Image.new("RGB", (3000, 4242)), 2339)
    assert big is not None and max(big.size) == 2339
    small = enhance.resize_for_ocr(Image.new("RGB", (300, 800)), 2339)
    assert small is not None and small.size == (600, 1600)
    assert enhance.resize_for_ocr(Image.new("RGB", (1654, 2339)), 2339) is None


def test_exif_orientation_applied_and_recorded(page: Image.Image) -> None:
    sideways = page.rotate(90, expand=True)  # what the camera stored
    exif = Image.Exif()
    exif[0x0112] = 6  # "rotate 90° clockwise to display"
    import io

    buf = io.BytesIO()
    sideways.save(buf, "JPEG", exif=exif.tobytes())
    buf.seek(0)
    result = enhance.enhance(Image.open(buf), ("exif",), target_long_side=2339)
    assert result.steps == ["exif:6"]
    assert result.image.size == page.size


@pytest.mark.parametrize("mode", ["RGBA", "LA", "P", "1", "I;16", "CMYK", "L"])
def test_to_rgb_handles_every_mode(mode: str) -> None:
    image = (
        Image.new("RGBA", (20, 10), (0, 0, 0, 0)).convert(mode)
        if mode != "I;16"
        else Image.new("I;16", (20, 10), 300)
    )
    out = enhance.to_rgb(image)
    assert (out.mode, out.size) == ("RGB", (20, 10))
    if mode in ("RGBA", "LA"):
        assert out.getpixel((0, 0)) == (255, 255, 255)  # transparency becomes paper, not black
