"""Raster renditions of a PDF invoice: a clean 200 dpi PNG and a degraded "scan".

The scan imitates a cheap office scanner or phone capture: slight rotation, blur, contrast loss,
sensor noise, uneven lighting and strong JPEG compression, all drawn from a seeded numpy
generator so the same seed gives the same bytes (for one Pillow/libjpeg build).
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen.canvas import Canvas

DPI = 200


@dataclass(frozen=True)
class ScanParams:
    """The degradation applied to one page (kept in the ground truth for diagnosis)."""

    angle: float
    blur_radius: float
    noise_sigma: float
    contrast_low: int
    contrast_high: int
    quality: int
    grayscale: bool
    shift_x: int
    shift_y: int


def render_pages(pdf_bytes: bytes, dpi: int = DPI) -> list[Image.Image]:
    """Every page of the PDF as an RGB image at ``dpi``."""
    pdf = pdfium.PdfDocument(pdf_bytes)
    try:
        return [pdf[i].render(scale=dpi / 72).to_pil().convert("RGB") for i in range(len(pdf))]
    finally:
        pdf.close()


def png_bytes(image: Image.Image) -> bytes:
    out = io.BytesIO()
    image.save(out, format="PNG", optimize=False, dpi=(DPI, DPI))
    return out.getvalue()


def draw_scan_params(rng: np.random.Generator) -> ScanParams:
    return ScanParams(
        angle=float(rng.uniform(0.5, 3.0) * rng.choice((-1.0, 1.0))),
        blur_radius=float(rng.uniform(0.3, 1.2)),
        noise_sigma=float(rng.uniform(3.0, 11.0)),
        contrast_low=int(rng.integers(15, 60)),
        contrast_high=int(rng.integers(195, 240)),
        quality=int(rng.integers(35, 76)),
        grayscale=bool(rng.random() < 0.5),
        shift_x=int(rng.integers(-25, 26)),
        shift_y=int(rng.integers(-25, 26)),
    )


def degrade(image: Image.Image, params: ScanParams, rng: np.random.Generator) -> Image.Image:
    """The page as a scanner would return it; same size as ``image``."""
    img = image.convert("L") if params.grayscale else image.convert("RGB")
    paper = 250 if params.grayscale else (250, 248, 240)
    img = img.rotate(
        params.angle,
        resample=Image.Resampling.BICUBIC,
        expand=False,
        fillcolor=paper,
        translate=(params.shift_x, params.shift_y),
    )
    img = img.filter(ImageFilter.GaussianBlur(params.blur_radius))
    arr = np.asarray(img, dtype=np.float32)
    lo, hi = params.contrast_low, params.contrast_high
    arr = lo + (hi - lo) * arr / 255.0
    # Uneven lighting: a soft horizontal and vertical gradient, darker towards one corner.
    h, w = arr.shape[:2]
    gx = np.linspace(0.0, 1.0, w, dtype=np.float32)[None, :]
    gy = np.linspace(0.0, 1.0, h, dtype=np.float32)[:, None]
    shade = 1.0 - float(rng.uniform(0.02, 0.10)) * (gx * gy)
    if arr.ndim == 3:
        shade = shade[:, :, None]
    arr = arr * shade
    # Luminance noise only (one plane broadcast over RGB): chroma noise adds little for OCR
    # and triples the cost.
    noise = rng.standard_normal(size=(h, w), dtype=np.float32) * params.noise_sigma
    arr = arr + (noise[:, :, None] if arr.ndim == 3 else noise)
    return Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))


def jpeg_bytes(image: Image.Image, quality: int) -> bytes:
    out = io.BytesIO()
    image.save(out, format="JPEG", quality=quality, optimize=False, dpi=(DPI, DPI))
    return out.getvalue()


def scan_pages(pages: list[Image.Image], seed: int) -> tuple[list[bytes], list[ScanParams]]:
    """Each page degraded and JPEG-encoded; parameters drawn per page from ``seed``."""
    rng = np.random.default_rng(seed)
    out, params = [], []
    for page in pages:
        p = draw_scan_params(rng)
        out.append(jpeg_bytes(degrade(page, p, rng), p.quality))
        params.append(p)
    return out, params


def jpeg_pdf(jpegs: list[bytes]) -> bytes:
    """An image-only PDF with one scanned JPEG per page, as a sheet-fed scanner writes it."""
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    for data in jpegs:
        with Image.open(io.BytesIO(data)) as probe:
            w_px, h_px = probe.size
        w, h = w_px * 72 / DPI, h_px * 72 / DPI
        canvas.setPageSize((w, h))
        canvas.drawImage(ImageReader(io.BytesIO(data)), 0, 0, width=w, height=h)
        canvas.showPage()
    canvas.save()
    return buffer.getvalue()
