"""Page images are written losslessly, whatever encoder writes them."""

from __future__ import annotations

import io

import numpy as np
import pytest
from PIL import Image

from invoice_scanner_processing.stages.preprocessing import _encode_png


@pytest.mark.parametrize("mode", ["L", "RGB", "RGBA", "1"])
def test_page_png_round_trips_every_pixel(mode: str) -> None:
    rng = np.random.default_rng(7)
    pixels = rng.integers(0, 256, size=(120, 90, 3), dtype=np.uint8)
    image = Image.fromarray(pixels, "RGB").convert(mode)
    data = _encode_png(image)
    assert data.startswith(b"\x89PNG\r\n\x1a\n")
    with Image.open(io.BytesIO(data)) as back:
        assert back.mode == image.mode
        assert np.array_equal(np.asarray(back), np.asarray(image))
