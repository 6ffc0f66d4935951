"""Image clean-up before OCR: orientation, deskew, contrast, size. Pure functions on PIL images.

Which steps run is a setting (``ENHANCE_STEPS``); each one is kept only because it lowered the
OCR character error rate on degraded scans in ``bench/preprocess.py`` (the table is in the
module docstring of :mod:`invoice_scanner_processing.stages.preprocessing`). Binarisation and
non-local-means denoising are deliberately absent: measured, they make PP-OCR worse.

All analysis runs on a downsampled greyscale copy; geometric changes are then applied once to
the full-resolution colour image, so the cost stays around tens of milliseconds per page.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageOps

logger = logging.getLogger(__name__)

#: Steps in the order they run. ``exif`` is cheap and always correct, the rest are measured.
ALL_STEPS = ("exif", "rotate", "deskew", "contrast", "resize")

_ANALYSIS_LONG_SIDE = 1200  # enough to see text lines; keeps the angle search cheap
_MAX_SKEW_DEGREES = 6.0
_MIN_SKEW_DEGREES = 0.1  # below this, rotating only blurs the page
_CLS_INPUT = (48, 192)  # PP-OCR text-line orientation classifier input (h, w)


@dataclass(frozen=True)
class EnhanceResult:
    image: Image.Image
    steps: list[str]  # what was applied, e.g. ["exif", "rotate:180", "deskew:-1.50"]


def to_rgb(image: Image.Image) -> Image.Image:
    """An 8-bit RGB copy: transparency flattened onto white, 16-bit greys stretched."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        arr = np.asarray(image, dtype=np.float64)
        lo, hi = float(arr.min()), float(arr.max())
        arr = (arr - lo) * (255.0 / (hi - lo)) if hi > lo else np.zeros_like(arr)
        return Image.fromarray(arr.astype(np.uint8), "L").convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB") if image.mode != "RGB" else image.copy()


def enhance(image: Image.Image, steps: tuple[str, ...], *, target_long_side: int) -> EnhanceResult:
    """Apply ``steps`` (a subset of :data:`ALL_STEPS`, run in canonical order) to an RGB image."""
    applied: list[str] = []
    if "exif" in steps:
        transposed = ImageOps.exif_transpose(image)
        if transposed is not None and transposed is not image:
            orientation = image.getexif().get(0x0112, 1)
            if orientation not in (None, 1):
                applied.append(f"exif:{orientation}")
            image = transposed
    image = to_rgb(image)
    if "rotate" in steps:
        quarter_turns = detect_orientation(image)
        if quarter_turns:
            image = rotate_quarter(image, quarter_turns)
            applied.append(f"rotate:{quarter_turns * 90}")
    if "deskew" in steps:
        angle = estimate_skew(_analysis_grey(image))
        if abs(angle) >= _MIN_SKEW_DEGREES:
            image = rotate_small(image, angle)
            applied.append(f"deskew:{angle:.2f}")
    if "contrast" in steps:
        stretched = normalise_contrast(image)
        if stretched is not None:
            image = stretched
            applied.append("contrast")
    if "resize" in steps:
        resized = resize_for_ocr(image, target_long_side)
        if resized is not None:
            applied.append(f"resize:{resized.width}x{resized.height}")
            image = resized
    return EnhanceResult(image=image, steps=applied)


# ----------------------------------------------------------------------------- analysis helpers


def _analysis_grey(image: Image.Image) -> np.ndarray:
    grey = np.asarray(image.convert("L"))
    scale = _ANALYSIS_LONG_SIDE / max(grey.shape)
    if scale < 1:
        size = (round(grey.shape[1] * scale), round(grey.shape[0] * scale))
        grey = cv2.resize(grey, size, interpolation=cv2.INTER_AREA)
    return np.ascontiguousarray(grey)


def _ink_mask(grey: np.ndarray) -> np.ndarray:
    """Dark-on-light ink as a boolean mask (Otsu on a lightly blurred copy)."""
    blurred = cv2.GaussianBlur(grey, (3, 3), 0)
    _, binary = cv2.threshold(blurred, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    return binary > 0


def _profile_peakiness(coords: np.ndarray, bins: int) -> float:
    """How line-like a projection is: n·Σp² of the normalised histogram (1.0 when uniform)."""
    hist = np.bincount(coords, minlength=bins).astype(np.float64)
    total = hist.sum()
    return float(bins * np.square(hist / total).sum()) if total else 0.0


def _best_angle(ys: np.ndarray, xs: np.ndarray, span: float, step: float, centre: float) -> tuple:
    best = (-1.0, centre)
    for angle in np.arange(centre - span, centre + span + step / 2, step):
        rad = np.deg2rad(angle)
        proj = ys * np.cos(rad) - xs * np.sin(rad)
        proj = np.round(proj - proj.min()).astype(np.int64)
        score = _profile_peakiness(proj, int(proj.max()) + 1)
        if score > best[0]:
            best = (score, float(angle))
    return best


def _ink_coords(mask: np.ndarray, limit: int = 150_000) -> tuple[np.ndarray, np.ndarray]:
    ys, xs = np.nonzero(mask)
    if ys.size > limit:  # a fixed stride keeps the result deterministic
        stride = ys.size // limit + 1
        ys, xs = ys[::stride], xs[::stride]
    return ys.astype(np.float64), xs.astype(np.float64)


def estimate_skew(grey: np.ndarray) -> float:
    """Skew in degrees (counter-clockwise positive) that :func:`rotate_small` undoes.

    Projection-profile search: the angle at which the ink's row histogram is most peaked is the
    one where text lines are horizontal. Coarse-to-fine down to 0.02°, within ±6°.
    Returns 0.0 for pages with too little ink to judge.
    """
    mask = _ink_mask(grey)
    ys, xs = _ink_coords(mask)
    if ys.size < 500:
        return 0.0
    _, angle = _best_angle(ys, xs, _MAX_SKEW_DEGREES, 0.5, 0.0)
    _, angle = _best_angle(ys, xs, 0.5, 0.1, angle)
    _, angle = _best_angle(ys, xs, 0.1, 0.02, angle)
    return round(-angle, 2) + 0.0  # image rows grow downwards; +0.0 avoids "-0.0"


def detect_orientation(image: Image.Image) -> int:
    """Clockwise quarter turns (0-3) that make the text upright.

    Horizontal versus vertical text comes from the projection profiles (rows of text give a
    peaked row histogram); upright versus upside-down from PP-OCR's text-line orientation
    classifier, run on up to 24 line crops. Without the classifier's model file only the
    90° decision is made.
    """
    grey = _analysis_grey(image)
    mask = _ink_mask(grey)
    ys, xs = _ink_coords(mask)
    if ys.size < 500:
        return 0
    rows, _ = _best_angle(ys, xs, 3.0, 0.5, 0.0)
    cols, _ = _best_angle(xs, ys, 3.0, 0.5, 0.0)
    turns = 0
    if cols > rows * 1.15:  # text runs vertically: turn it horizontal first
        turns = 1
        grey = np.ascontiguousarray(np.rot90(grey, k=-1))
    if _is_upside_down(grey):
        turns += 2
    return turns % 4


def rotate_quarter(image: Image.Image, quarter_turns: int) -> Image.Image:
    """Rotate by ``quarter_turns`` × 90° clockwise, losslessly."""
    method = {
        1: Image.Transpose.ROTATE_270,
        2: Image.Transpose.ROTATE_180,
        3: Image.Transpose.ROTATE_90,
    }
    return image.transpose(method[quarter_turns % 4]) if quarter_turns % 4 else image


def rotate_small(image: Image.Image, angle: float) -> Image.Image:
    """Undo a skew of ``angle`` degrees, keeping the page size and filling with the paper colour."""
    arr = np.asarray(image)
    h, w = arr.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
    paper = tuple(
        int(v) for v in np.median(arr[:: max(1, h // 50), :: max(1, w // 50)], axis=(0, 1))
    )
    out = cv2.warpAffine(
        arr,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=paper,
    )
    return Image.fromarray(out)


def normalise_contrast(image: Image.Image) -> Image.Image | None:
    """Stretch the 0.5th-99.5th luminance percentiles to 0-255; None if already full range."""
    arr = np.asarray(image)
    grey = np.asarray(image.convert("L"))
    lo, hi = np.percentile(grey[::2, ::2], (0.5, 99.5))
    if hi - lo < 16 or (lo <= 8 and hi >= 247):  # blank page, or nothing to gain
        return None
    lut = np.clip((np.arange(256, dtype=np.float64) - lo) * (255.0 / (hi - lo)), 0, 255)
    return Image.fromarray(lut.astype(np.uint8)[arr])


def resize_for_ocr(image: Image.Image, target_long_side: int) -> Image.Image | None:
    """Shrink so the long side is ``target_long_side``; grow small images at most 2×.

    Returns None when the size is already within 15 % of the target (resampling costs
    sharpness for nothing).
    """
    long_side = max(image.size)
    scale = target_long_side / long_side
    if scale < 1:
        if scale > 0.85:
            return None
        method = Image.Resampling.LANCZOS
    else:
        scale = min(scale, 2.0)
        if scale < 1.15:
            return None
        method = Image.Resampling.BICUBIC
    size = (max(1, round(image.width * scale)), max(1, round(image.height * scale)))
    return image.resize(size, method)


# ----------------------------------------------------------------------------- 0° versus 180°


@lru_cache(maxsize=1)
def _orientation_session() -> Any | None:
    """PP-OCR's text-line orientation classifier, bundled in the rapidocr wheel (no download)."""
    try:
        import onnxruntime as ort
        import rapidocr
    except ImportError:
        return None
    model = Path(rapidocr.__file__).parent / "models" / "ch_ppocr_mobile_v2.0_cls_mobile.onnx"
    if not model.is_file():
        logger.warning("orientation classifier %s missing; 180° pages are not detected", model)
        return None
    options = ort.SessionOptions()
    options.intra_op_num_threads = 1
    options.log_severity_level = 3
    return ort.InferenceSession(str(model), options, providers=["CPUExecutionProvider"])


def _line_crops(grey: np.ndarray, max_crops: int = 24) -> list[np.ndarray]:
    """Crops of text lines found from the row profile, cut into classifier-sized pieces."""
    mask = _ink_mask(grey)
    rows = mask.sum(axis=1)
    active = rows > max(2, 0.01 * mask.shape[1])
    crops: list[np.ndarray] = []
    y = 0
    h = mask.shape[0]
    while y < h and len(crops) < max_crops * 3:
        if not active[y]:
            y += 1
            continue
        y0 = y
        while y < h and active[y]:
            y += 1
        band_h = y - y0
        if not 6 <= band_h <= h // 15:
            continue
        cols = np.nonzero(mask[y0:y].any(axis=0))[0]
        if cols.size < band_h * 3:
            continue
        top, bottom = max(0, y0 - band_h // 4), min(h, y + band_h // 4)
        piece = band_h * 6  # about the classifier's 4:1 aspect after padding
        for x0 in range(int(cols[0]), int(cols[-1]), piece):
            crop = grey[top:bottom, x0 : x0 + piece]
            if (crop < 128).mean() > 0.03:
                crops.append(crop)
    if len(crops) > max_crops:  # spread over the page rather than the first lines only
        idx = np.linspace(0, len(crops) - 1, max_crops).round().astype(int)
        crops = [crops[i] for i in idx]
    return crops


def _is_upside_down(grey: np.ndarray) -> bool:
    session = _orientation_session()
    if session is None:
        return False
    crops = _line_crops(grey)
    if len(crops) < 3:
        return False
    ch, cw = _CLS_INPUT
    batch = np.zeros((len(crops), 3, ch, cw), dtype=np.float32)
    for i, crop in enumerate(crops):
        width = min(cw, max(1, round(crop.shape[1] * ch / crop.shape[0])))
        resized = cv2.resize(crop, (width, ch)).astype(np.float32) / 255.0
        batch[i, :, :, :width] = (resized - 0.5) / 0.5
    probs = session.run(None, {session.get_inputs()[0].name: batch})[0]
    flipped_votes = float(np.mean(probs[:, 1]))
    return flipped_votes > 0.6
