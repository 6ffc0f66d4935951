"""A phone photo of a printed invoice page: perspective, a table around it, shade, blur, JPEG.

The clean 200 dpi page is warped by a random perspective (each corner moved 3-12 % of the page
size), laid on a textured, coloured table so that it covers 55-85 % of a 3000×4000 frame, lit by
a soft gradient with a shadow, blurred a little, given sensor noise and JPEG-encoded. A third of
the photos are stored sideways (4000×3000) with an EXIF orientation tag, as phones do.

Everything is drawn from a seeded numpy generator, so the same seed gives the same bytes (for one
Pillow/OpenCV build). The page corners in the *displayed* (EXIF-applied) frame are kept in the
ground truth, for checking page detection.
"""

from __future__ import annotations

import io
from dataclasses import dataclass

import cv2
import numpy as np
from PIL import Image

#: Bump when the photo rendition changes; only sets holding photos are regenerated then.
PHOTO_VERSION = "1"
FRAME = (3000, 4000)  # portrait (width, height) as displayed

# Table tops: wood, grey desk, dark blue cloth, green felt, beige laminate, dark wood.
_TABLES = (
    (150, 105, 70),
    (120, 120, 125),
    (45, 55, 90),
    (60, 95, 65),
    (200, 185, 160),
    (80, 55, 40),
)


@dataclass(frozen=True)
class PhotoParams:
    """How one photo was taken (kept in the ground truth for diagnosis)."""

    corners: list[list[float]]  # page TL, TR, BR, BL in the displayed frame, pixels
    coverage: float  # page area / frame area
    table_rgb: list[int]
    light_strength: float  # illumination falloff across the frame, 0-1
    shadow_strength: float  # darkening inside the soft shadow, 0-1
    blur_radius: float
    noise_sigma: float
    quality: int
    exif_orientation: int  # 1 = stored upright; 6 or 8 = stored sideways with the tag


def _fit_quad(
    rng: np.random.Generator, page_w: int, page_h: int, frame_w: int, frame_h: int
) -> np.ndarray:
    """Page corners in the frame: the scaled page with each corner moved 3-12 % of its size."""
    target = float(rng.uniform(0.55, 0.85))
    scale = np.sqrt(target * frame_w * frame_h / (page_w * page_h))
    w, h = page_w * scale, page_h * scale
    rect = np.array([[0, 0], [w, 0], [w, h], [0, h]], dtype=np.float64)
    magnitude = rng.uniform(0.03, 0.12, size=(4, 1)) * np.array([[w, h]])
    direction = rng.uniform(0, 2 * np.pi, size=4)
    quad = rect + magnitude * np.stack([np.cos(direction), np.sin(direction)], axis=1)
    # Shrink (never grow) until the page sits inside the frame with a margin, then place it.
    span = quad.max(axis=0) - quad.min(axis=0)
    room = np.array([frame_w, frame_h]) * 0.96
    quad *= min(1.0, float(np.min(room / span)))
    quad -= quad.min(axis=0)
    span = quad.max(axis=0)
    slack = np.array([frame_w, frame_h]) - span
    return quad + slack * rng.uniform(0.15, 0.85, size=2)


def _table(rng: np.random.Generator, rgb: np.ndarray, w: int, h: int) -> np.ndarray:
    """A table top: base colour, blotchy low-frequency variation and a wood-like grain."""
    small_w, small_h = w // 8, h // 8
    blotches = cv2.resize(
        rng.standard_normal((small_h // 40 + 2, small_w // 40 + 2)).astype(np.float32),
        (small_w, small_h),
        interpolation=cv2.INTER_CUBIC,
    )
    ys = np.arange(small_h, dtype=np.float32)[:, None]
    xs = np.arange(small_w, dtype=np.float32)[None, :]
    freq = float(rng.uniform(0.05, 0.2))
    grain = np.sin(ys * freq + 3.0 * blotches + xs * 0.002) * float(rng.uniform(0.02, 0.08))
    shade = 1.0 + 0.06 * blotches + grain
    small = rgb[None, None, :].astype(np.float32) * shade[:, :, None]
    table = cv2.resize(small, (w, h), interpolation=cv2.INTER_LINEAR)
    return table + rng.standard_normal((h, w, 1), dtype=np.float32) * 4.0


def _lighting(rng: np.random.Generator, w: int, h: int) -> tuple[np.ndarray, float, float]:
    """Multiplicative light: a linear falloff in a random direction and one soft shadow."""
    ys = np.linspace(-0.5, 0.5, h, dtype=np.float32)[:, None]
    xs = np.linspace(-0.5, 0.5, w, dtype=np.float32)[None, :]
    theta = float(rng.uniform(0, 2 * np.pi))
    strength = float(rng.uniform(0.1, 0.3))
    light = 1.0 - strength * (0.5 + np.cos(theta) * xs + np.sin(theta) * ys)
    # A shadow (the phone or a hand) over one side: a half-plane with a very soft edge.
    phi = float(rng.uniform(0, 2 * np.pi))
    edge = float(rng.uniform(0.15, 0.4))
    shadow = float(rng.uniform(0.1, 0.3))
    dist = np.cos(phi) * xs + np.sin(phi) * ys - edge
    light = light * (1.0 - shadow / (1.0 + np.exp(-dist / 0.04)))
    return light.astype(np.float32), strength, shadow


def photograph(page: Image.Image, rng: np.random.Generator) -> tuple[Image.Image, PhotoParams]:
    """The page as a phone would photograph it, displayed upright; EXIF is applied by the caller."""
    frame_w, frame_h = FRAME
    quad = _fit_quad(rng, page.width, page.height, frame_w, frame_h)
    src = np.array(
        [[0, 0], [page.width, 0], [page.width, page.height], [0, page.height]], dtype=np.float32
    )
    matrix = cv2.getPerspectiveTransform(src, quad.astype(np.float32))
    paper = np.asarray(page.convert("RGB"), dtype=np.uint8)
    warped = cv2.warpPerspective(paper, matrix, (frame_w, frame_h), flags=cv2.INTER_LINEAR)
    mask = cv2.warpPerspective(
        np.full(paper.shape[:2], 255, np.uint8), matrix, (frame_w, frame_h), flags=cv2.INTER_LINEAR
    )
    alpha = (mask.astype(np.float32) / 255.0)[:, :, None]
    table_rgb = np.array(_TABLES[int(rng.integers(len(_TABLES)))], dtype=np.float32)
    table_rgb = np.clip(table_rgb + rng.uniform(-15, 15, size=3), 0, 255)
    table = _table(rng, table_rgb, frame_w, frame_h)
    # Paper is never pure white in a photo: a slightly warm, slightly grey tone.
    tint = np.array([0.93, 0.92, 0.88], np.float32) * float(rng.uniform(0.92, 1.0))
    arr = warped.astype(np.float32) * tint * alpha + table * (1.0 - alpha)
    light, strength, shadow = _lighting(rng, frame_w, frame_h)
    arr *= light[:, :, None]
    blur = float(rng.uniform(0.6, 1.6))
    arr = cv2.GaussianBlur(arr, (0, 0), blur)
    noise = float(rng.uniform(2.0, 6.0))
    arr += rng.standard_normal((frame_h, frame_w, 1), dtype=np.float32) * noise
    image = Image.fromarray(np.clip(arr, 0, 255).astype(np.uint8))
    orientation = int(rng.choice((1, 1, 6, 8)))
    params = PhotoParams(
        corners=[[round(float(x), 2), round(float(y), 2)] for x, y in quad],
        coverage=round(float(cv2.contourArea(quad.astype(np.float32))) / (frame_w * frame_h), 4),
        table_rgb=[int(v) for v in table_rgb],
        light_strength=round(strength, 3),
        shadow_strength=round(shadow, 3),
        blur_radius=round(blur, 3),
        noise_sigma=round(noise, 3),
        quality=int(rng.integers(70, 93)),
        exif_orientation=orientation,
    )
    return image, params


def photo_jpeg(image: Image.Image, params: PhotoParams) -> bytes:
    """JPEG bytes; a sideways photo is stored rotated, with the tag that turns it back."""
    exif = Image.Exif()
    stored = image
    if params.exif_orientation == 6:  # viewer turns it 90° clockwise
        stored = image.transpose(Image.Transpose.ROTATE_90)
    elif params.exif_orientation == 8:  # viewer turns it 90° counter-clockwise
        stored = image.transpose(Image.Transpose.ROTATE_270)
    exif[0x0112] = params.exif_orientation
    exif[0x010F] = "invoicegen"  # Make
    exif[0x0110] = "synthetic phone"  # Model
    out = io.BytesIO()
    stored.save(out, format="JPEG", quality=params.quality, optimize=False, exif=exif.tobytes())
    return out.getvalue()


def photo_page(page: Image.Image, seed: int) -> tuple[bytes, PhotoParams]:
    """The photo of ``page`` as JPEG bytes, a pure function of the page and ``seed``."""
    # A stream of its own, so adding photos never changes what the scan draws.
    rng = np.random.default_rng([seed, 0x50484F54])
    image, params = photograph(page, rng)
    return photo_jpeg(image, params), params
