"""Sample pages rendered in the tests (no binary fixtures)."""

from __future__ import annotations

import numpy as np
from PIL import Image, ImageDraw, ImageEnhance, ImageFilter, ImageFont

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
FONT_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSans-Bold.ttf"

INVOICE_NUMBER = "INV-2024-0042"
TOTAL = "3 288.13"


def _font(path: str, size: int) -> ImageFont.FreeTypeFont | ImageFont.ImageFont:
    try:
        return ImageFont.truetype(path, size)
    except OSError:
        return ImageFont.load_default(size)


def render_invoice_top(scan: bool) -> Image.Image:
    """The top half of an A4 invoice at 200 dpi (1654 px wide); ``scan`` adds rotation, blur,
    noise and lower contrast like a cheap office scanner."""
    image = Image.new("L", (1654, 900), 255)
    draw = ImageDraw.Draw(image)
    regular, bold = _font(FONT, 30), _font(FONT_BOLD, 34)
    draw.text((120, 80), "Nordic Office Supplies AB", font=bold, fill=0)
    draw.text((120, 130), "Kungsgatan 12, 111 43 Stockholm", font=regular, fill=0)
    for y, (label, value) in zip(
        (260, 310, 360),
        (
            ("Invoice No:", INVOICE_NUMBER),
            ("Invoice Date:", "2024-03-15"),
            ("Due Date:", "2024-04-14"),
        ),
        strict=True,
    ):
        draw.text((1000, y), label, font=regular, fill=0)
        draw.text((1260, y), value, font=regular, fill=0)
    draw.text((120, 520), "Description", font=bold, fill=0)
    draw.text((1380, 520), "Amount", font=bold, fill=0)
    draw.text((120, 580), "A4 copy paper, 500 sheets", font=regular, fill=0)
    draw.text((1380, 580), "2 630.50", font=regular, fill=0)
    draw.text((1000, 700), "Total SEK:", font=bold, fill=0)
    draw.text((1380, 700), TOTAL, font=bold, fill=0)
    if not scan:
        return image
    image = image.rotate(1.0, resample=Image.Resampling.BICUBIC, fillcolor=255)
    image = ImageEnhance.Contrast(image.filter(ImageFilter.GaussianBlur(0.8))).enhance(0.85)
    noisy = np.asarray(image, dtype=np.float32) + np.random.default_rng(7).normal(
        0, 12, (image.height, image.width)
    )
    return Image.fromarray(np.clip(noisy, 0, 255).astype(np.uint8))
