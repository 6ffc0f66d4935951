"""Image clean-up before OCR: orientation, deskew, contrast, size. Pure functions on PIL images.

Which steps run is a setting (``ENHANCE_STEPS``); each one is kept only because it lowered the
OCR character error rate on degraded scans in ``bench/preprocess.py`` (the table is in the
module docstring of :mod:`invoice_scanner_processing.stages.preprocessing`). Binarisation and
non-local-means denoising are deliberately absent: measured, they make PP-OCR worse.

Phone photos: :func:`detect_page` finds the page as a light quadrilateral inside the frame (from a
paper mask and from closed edges, corners refined by line fits to the sides, then grown over
a coloured band printed along an edge, which is not paper-white) and :func:`warp_page` maps it
to an upright rectangle of paper aspect. It refuses (returns None) on anything uncertain, and a
page that fills the frame, as on a flatbed scan, is always refused: scans therefore come out of
:func:`enhance` exactly as they did before photos were supported.

All analysis runs on a downsampled greyscale copy; geometric changes are then applied once to
the full-resolution colour image, so the cost stays around tens of milliseconds per page.
"""

from __future__ import annotations

import itertools
import logging
import math
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import cv2
import numpy as np
from PIL import Image, ImageOps

from invoice_scanner_processing.stages.preprocess_settings import ALL_STEPS  # noqa: F401

logger = logging.getLogger(__name__)

#: Steps in the order they run. ``exif`` is cheap and always correct, the rest are measured.
#: ``page`` finds a photographed page and warps it flat; ``flatten`` evens out its lighting and
#: runs only on a page that ``page`` found, never on a flatbed scan.

_ANALYSIS_LONG_SIDE = 1200  # enough to see text lines; keeps the angle search cheap
_MAX_SKEW_DEGREES = 6.0
_MIN_SKEW_DEGREES = 0.1  # below this, rotating only blurs the page
_CLS_INPUT = (48, 192)  # PP-OCR text-line orientation classifier input (h, w)
_PAGE_ANALYSIS_LONG_SIDE = 1000  # page outline: sub-pixel line fits make up for the downscale
_PAGE_MIN_AREA = 0.15  # of the frame: smaller "pages" are more likely a logo or a table
_PAGE_MAX_AREA = 0.95  # larger means the page fills the frame: a scan, nothing to crop
_PAGE_MIN_CONTRAST = 30.0  # grey levels between paper and surroundings
#: Several sheets in one photo (two pages side by side, a long receipt photographed in two
#: halves and stacked): another outline counts as a sheet of its own when it is at least this
#: share of the largest one's area...
_SHEET_MIN_SHARE = 0.6
#: ...and at least this share of the frame (together they must cover ``_PAGE_MIN_AREA``).
_SHEET_MIN_AREA = 0.06
#: The sheets are taken only where together they cover this much more than the largest single
#: outline any mask found (an outline round one page that a band splits in two is not two).
_SHEETS_OVER_SINGLE = 1.2
MAX_SHEETS = 4
#: Short/long side ratios a warped page snaps to when the measured one is close (A4, US Letter).
_PAPER_ASPECTS = (1 / math.sqrt(2), 8.5 / 11)
_ASPECT_SNAP = 0.08
#: A band printed edge to edge (a coloured header, a dark footer, a sidebar) is not paper-white,
#: so the outline can stop at it. It is taken in when it is this deep at most (of the page's
#: side), at least ``_BAND_MIN`` deep, and its colour is this far (RGB distance) from what lies
#: beside it, outside the page, on the same rows.
_BAND_MAX = 0.3
_BAND_MIN = 0.06
_BAND_CONTRAST = 45.0


@dataclass(frozen=True)
class EnhanceResult:
    image: Image.Image
    steps: list[str]  # what was applied, e.g. ["exif", "rotate:180", "deskew:-1.50"]
    #: Further sheets of the same photo, in reading order, each cleaned up like ``image``
    #: (``split_sheets=True`` on a photo of several sheets; see :func:`detect_sheets`).
    more: tuple[Image.Image, ...] = ()


def to_rgb(image: Image.Image) -> Image.Image:
    """An 8-bit RGB copy: transparency flattened onto white, 16-bit greys stretched."""
    if image.mode in ("I;16", "I;16B", "I;16L", "I", "F"):
        return _stretch_to_grey(image).convert("RGB")
    if image.mode in ("RGBA", "LA", "PA") or (image.mode == "P" and "transparency" in image.info):
        rgba = image.convert("RGBA")
        background = Image.new("RGBA", rgba.size, (255, 255, 255, 255))
        return Image.alpha_composite(background, rgba).convert("RGB")
    return image.convert("RGB") if image.mode != "RGB" else image.copy()


def _stretch_to_grey(image: Image.Image) -> Image.Image:
    """A 16-bit, 32-bit or float grey image as 8-bit grey, stretched from its min to its max.

    Converted in bands of about a million pixels in float32, so the only full-size arrays are
    the source's pixels and the 8-bit result: 3 bytes per pixel for a 16-bit PNG, where a
    whole-image float64 copy plus its arithmetic took 17 (1.6 GB for a 172 KB PNG of 80 MP).
    """
    arr = np.asarray(image)
    out = np.zeros(arr.shape, dtype=np.uint8)
    lo, hi = float(arr.min()), float(arr.max())
    if hi > lo:
        scale = np.float32(255.0 / (hi - lo))
        band = max(1, (1 << 20) // max(1, arr.shape[1]))
        for top in range(0, arr.shape[0], band):
            rows = arr[top : top + band].astype(np.float32)
            rows -= np.float32(lo)
            rows *= scale
            out[top : top + band] = rows
    return Image.fromarray(out, "L")


def enhance(
    image: Image.Image,
    steps: tuple[str, ...],
    *,
    target_long_side: int,
    split_sheets: bool = False,
) -> EnhanceResult:
    """Apply ``steps`` (a subset of :data:`ALL_STEPS`, run in canonical order) to an RGB image.

    A photo of several sheets (:func:`detect_sheets`) is cut into one image per sheet, each
    warped flat and cleaned up on its own: returned as ``image`` and ``more`` with
    ``split_sheets``, else stacked top to bottom into one image (a PDF page stays one page)."""
    applied: list[str] = []
    if "exif" in steps:
        transposed = ImageOps.exif_transpose(image)
        if transposed is not None and transposed is not image:
            orientation = image.getexif().get(0x0112, 1)
            if orientation not in (None, 1):
                applied.append(f"exif:{orientation}")
            image = transposed
    image = to_rgb(image)
    if "page" in steps:
        sheets = detect_sheets(image)
        if len(sheets) > 1:
            applied.append(f"sheets:{len(sheets)}")
            images = []
            for number, corners in enumerate(sheets, 1):
                sheet = warp_page(image, corners)
                sheet_steps: list[str] = [f"sheet{number}:{sheet.width}x{sheet.height}"]
                images.append(_clean_up(sheet, True, steps, sheet_steps, target_long_side))
                applied.extend(sheet_steps)
            if split_sheets:
                return EnhanceResult(image=images[0], steps=applied, more=tuple(images[1:]))
            stacked = stack_sheets(images)
            applied.append(f"stacked:{stacked.width}x{stacked.height}")
            return EnhanceResult(image=stacked, steps=applied)
        if sheets:
            image = warp_page(image, sheets[0])
            applied.append(f"page:{image.width}x{image.height}")
            image = _clean_up(image, True, steps, applied, target_long_side)
            return EnhanceResult(image=image, steps=applied)
    image = _clean_up(image, False, steps, applied, target_long_side)
    return EnhanceResult(image=image, steps=applied)


def _clean_up(
    image: Image.Image,
    page_found: bool,
    steps: tuple[str, ...],
    applied: list[str],
    target_long_side: int,
) -> Image.Image:
    """The steps after the page outline (lighting, orientation, skew, contrast, size)."""
    if "flatten" in steps and page_found:
        image = flatten_illumination(image)
        applied.append("flatten")
    # A photo's light falls off across the page, and one Otsu threshold then reads the shaded
    # part as ink; orientation and skew are judged on an evenly lit small copy instead. Scans
    # (no page found) keep being judged on the image itself, exactly as before.
    guide = _even_guide(image) if page_found else None
    if "rotate" in steps:
        quarter_turns = detect_orientation(guide if guide is not None else image)
        if quarter_turns:
            image = rotate_quarter(image, quarter_turns)
            guide = rotate_quarter(guide, quarter_turns) if guide is not None else None
            applied.append(f"rotate:{quarter_turns * 90}")
    if "deskew" in steps:
        angle = estimate_skew(_analysis_grey(guide if guide is not None else image))
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
    return image


def stack_sheets(images: list[Image.Image]) -> Image.Image:
    """``images`` one under the other on white, left-aligned, scaled to a common width."""
    width = max(image.width for image in images)
    scaled = [
        image
        if image.width == width
        else image.resize(
            (width, max(1, round(image.height * width / image.width))), Image.Resampling.BICUBIC
        )
        for image in images
    ]
    out = Image.new("RGB", (width, sum(image.height for image in scaled)), (255, 255, 255))
    top = 0
    for image in scaled:
        out.paste(image.convert("RGB"), (0, top))
        top += image.height
    return out


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
    peaked row histogram); for vertical text, which of the two quarter turns from PP-OCR's
    text-line orientation classifier, run on up to 24 line crops (without the classifier's
    model file: one clockwise turn). A page whose text runs across is returned as it is, upside
    down or not: the OCR stage turns an upside-down page after reading it unsure of itself.
    """
    grey = _analysis_grey(image)
    mask = _ink_mask(grey)
    ys, xs = _ink_coords(mask)
    if ys.size < 500:
        return 0
    rows, _ = _best_angle(ys, xs, 3.0, 0.5, 0.0)
    cols, _ = _best_angle(xs, ys, 3.0, 0.5, 0.0)
    if cols <= rows * 1.15:
        # Text runs across the page. Upright or upside down is left to the OCR stage
        # (stages/reorient.py), which turns a page it read unsure of itself and reads it again:
        # asking the classifier here cost a full-page scan about 45 ms of CPU (24 line crops
        # through the model; the rest of the orientation check takes 23 ms), on every page, and
        # in preprocessing's forked child onnxruntime's import and the classifier's session
        # (0.13 s) for every scanned document, for the rare page fed upside down (1 of about
        # 430 pages in the blind sets and real-dev).
        return 0
    # Text runs vertically: a quarter turn makes it horizontal, and the classifier says which
    # quarter turn (clockwise, or counter-clockwise when the turned text is upside down).
    grey = np.ascontiguousarray(np.rot90(grey, k=-1))
    return 3 if _is_upside_down(grey) else 1


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
    return Image.fromarray(unskew(np.asarray(image), angle))


def unskew(arr: np.ndarray, angle: float) -> np.ndarray:
    """:func:`rotate_small` for a grey or colour array (any channel order)."""
    h, w = arr.shape[:2]
    matrix = cv2.getRotationMatrix2D((w / 2, h / 2), -angle, 1.0)
    sample = arr[:: max(1, h // 50), :: max(1, w // 50)]
    channels = arr.shape[2] if arr.ndim == 3 else 1
    paper = tuple(int(v) for v in np.median(sample.reshape(-1, channels), axis=0))
    return cv2.warpAffine(
        arr,
        matrix,
        (w, h),
        flags=cv2.INTER_LINEAR,
        borderMode=cv2.BORDER_CONSTANT,
        borderValue=paper,
    )


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


# ----------------------------------------------------------------------------- photographed pages


def _order_corners(quad: np.ndarray) -> np.ndarray:
    """Four points as top-left, top-right, bottom-right, bottom-left (image coordinates)."""
    centre = quad.mean(axis=0)
    angles = np.arctan2(quad[:, 1] - centre[1], quad[:, 0] - centre[0])
    ring = quad[np.argsort(angles)]  # clockwise on screen, since y grows downwards
    start = int(np.argmin(ring.sum(axis=1)))
    return np.roll(ring, -start, axis=0)


def _paper_mask(small_rgb: np.ndarray) -> np.ndarray:
    """Light, colourless pixels: paper. Otsu on value minus saturation, closed over the text."""
    hsv = cv2.cvtColor(small_rgb, cv2.COLOR_RGB2HSV)
    whiteness = np.clip(
        hsv[:, :, 2].astype(np.int16) - hsv[:, :, 1].astype(np.int16), 0, 255
    ).astype(np.uint8)
    whiteness = cv2.GaussianBlur(whiteness, (5, 5), 0).astype(np.uint8)
    _, mask = cv2.threshold(whiteness, 0, 255, cv2.THRESH_BINARY | cv2.THRESH_OTSU)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (9, 9))
    mask = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)  # text and rules inside the page
    return cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)  # specks of the table


def _refine_sides(contour: np.ndarray, quad: np.ndarray) -> np.ndarray | None:
    """Corners as intersections of lines fitted to each side's contour points (sub-pixel)."""
    points = contour.reshape(-1, 2).astype(np.float64)
    lines = []
    for i in range(4):
        a, b = quad[i], quad[(i + 1) % 4]
        length = float(np.linalg.norm(b - a))
        direction = (b - a) / length
        rel = points - a
        along = rel @ direction
        across = np.abs(rel[:, 0] * direction[1] - rel[:, 1] * direction[0])
        # The middle 80 % of the side only: corners are rounded by blur and the closing.
        near = (along > 0.1 * length) & (along < 0.9 * length) & (across < 0.02 * length + 3)
        if near.sum() < 10:
            return None
        vx, vy, x0, y0 = cv2.fitLine(
            points[near].astype(np.float32), cv2.DIST_HUBER, 0, 0.01, 0.01
        ).ravel()
        lines.append((np.array([x0, y0], np.float64), np.array([vx, vy], np.float64)))
    corners = []
    for i in range(4):
        (p1, d1), (p2, d2) = lines[i - 1], lines[i]
        det = d1[0] * -d2[1] + d2[0] * d1[1]
        if abs(det) < 1e-6:
            return None
        t = ((p2 - p1)[0] * -d2[1] + d2[0] * (p2 - p1)[1]) / det
        corners.append(p1 + t * d1)
    refined = np.array(corners)
    if np.abs(refined - quad).max() > 0.03 * max(np.ptp(quad, axis=0)):
        return None  # the fit went elsewhere: keep the polygon's corners
    return refined


def _edge_mask(small_rgb: np.ndarray, low: int) -> np.ndarray:
    """Closed outlines from Canny on a blurred grey copy: finds the page edge under a shadow,
    where one global threshold cuts the page in two."""
    grey = cv2.GaussianBlur(cv2.cvtColor(small_rgb, cv2.COLOR_RGB2GRAY), (5, 5), 0)
    edges = cv2.Canny(grey, low, 3 * low)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (3, 3))
    return cv2.morphologyEx(edges, cv2.MORPH_CLOSE, kernel)


#: A mask's external outlines with their areas, largest first.
_Outlines = list[tuple[np.ndarray, float]]


def _outlines(mask: np.ndarray) -> _Outlines:
    """The external outlines of ``mask`` with their areas, largest first (found once per mask
    for both the single page and the sheets)."""
    contours, _ = cv2.findContours(mask, cv2.RETR_EXTERNAL, cv2.CHAIN_APPROX_NONE)
    return sorted(((c, cv2.contourArea(c)) for c in contours), key=lambda ca: -ca[1])


def _quad_candidate(outlines: _Outlines, small: np.ndarray) -> np.ndarray | None:
    """The largest outline if it is a plausible page quadrilateral."""
    h, w = small.shape[:2]
    if not outlines:
        return None
    contour, area = outlines[0]
    if not _PAGE_MIN_AREA <= area / (w * h) <= _PAGE_MAX_AREA:
        return None
    return _contour_quad(contour, area, small)


def _sheet_quads(outlines: _Outlines, small: np.ndarray) -> list[np.ndarray]:
    """Two or more outlines of comparable size that are each a plausible sheet
    (:func:`_contour_quad`), or none: the largest and every other of at least
    ``_SHEET_MIN_SHARE`` of its area; a comparable outline that is no sheet cancels them all."""
    h, w = small.shape[:2]
    if len(outlines) < 2:
        return []
    largest = outlines[0][1]
    picked = [
        (contour, area)
        for contour, area in outlines
        if area >= _SHEET_MIN_SHARE * largest and area >= _SHEET_MIN_AREA * w * h
    ]
    total = sum(area for _, area in picked) / (w * h)
    if not 2 <= len(picked) <= MAX_SHEETS or not _PAGE_MIN_AREA <= total <= _PAGE_MAX_AREA:
        return []
    quads = [_contour_quad(contour, area, small) for contour, area in picked]
    if any(quad is None for quad in quads):
        return []
    return [quad for quad in quads if quad is not None]


def _contour_quad(contour: np.ndarray, area: float, small: np.ndarray) -> np.ndarray | None:
    """``contour`` (of ``area``) as a page quadrilateral (TL, TR, BR, BL), or None where it is
    not one: not four-cornered and convex, bitten into, touching the frame, oddly angled or
    no lighter than its surroundings."""
    h, w = small.shape[:2]
    hull = cv2.convexHull(contour)
    perimeter = cv2.arcLength(hull, True)
    quad = None
    for eps in (0.01, 0.02, 0.03, 0.04, 0.05):
        approx = cv2.approxPolyDP(hull, eps * perimeter, True)
        if len(approx) == 4:
            quad = approx.reshape(4, 2).astype(np.float64)
            break
    if quad is None or not cv2.isContourConvex(quad.astype(np.float32)):
        return None
    quad = _order_corners(quad)
    # The blob must be the quadrilateral, not a page with the table's shape bitten out of it.
    if area < 0.93 * cv2.contourArea(quad.astype(np.float32)):
        return None
    margin = 2
    if (
        (quad.min(axis=0) < margin).any()
        or (quad[:, 0] > w - 1 - margin).any()
        or (quad[:, 1] > h - 1 - margin).any()
    ):
        return None  # touches the frame: a scan, or a page cut off
    refined = _refine_sides(contour, quad)
    quad = refined if refined is not None else quad
    if not _angles_plausible(quad) or not _contrast_ok(small, quad):
        return None
    return quad


def _analysis_copy(image: Image.Image) -> tuple[np.ndarray, float, list[_Outlines]]:
    """The small RGB copy the outline is found on, its scale and its three masks' outlines."""
    rgb = np.asarray(image)
    scale = min(1.0, _PAGE_ANALYSIS_LONG_SIDE / max(rgb.shape[:2]))
    small = cv2.resize(rgb, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    # Strong edges first; faint ones find a page on a light table (and are more often broken).
    masks = (_paper_mask(small), _edge_mask(small, 40), _edge_mask(small, 15))
    return small, scale, [_outlines(mask) for mask in masks]


def _best_single(small: np.ndarray, masks: list[_Outlines]) -> np.ndarray | None:
    quads = [_quad_candidate(m, small) for m in masks]
    # Only the paper mask stops short of a coloured band; closed edges run round its outside.
    if quads[0] is not None:
        quads[0] = _grow_over_bands(small, quads[0])
    candidates = [quad for quad in quads if quad is not None]
    if not candidates:
        return None
    return max(candidates, key=lambda q: cv2.contourArea(q.astype(np.float32)))


def detect_page(image: Image.Image) -> np.ndarray | None:
    """Corners of a photographed page (TL, TR, BR, BL in ``image`` pixels), or None.

    Candidates come from a paper mask (light, colourless pixels) and from closed edges; the
    largest one that is a convex quadrilateral covering 15-95 % of the frame, with every corner
    inside the frame, plausible angles and paper clearly lighter than its surroundings, wins,
    once the paper mask's has been grown over a coloured band printed along its edges
    (:func:`_grow_over_bands`). Anything less certain returns None, so a flatbed scan (the page
    fills the frame) is left alone.
    """
    small, scale, masks = _analysis_copy(image)
    best = _best_single(small, masks)
    return None if best is None else best / scale


def detect_sheets(image: Image.Image) -> list[np.ndarray]:
    """The corners of each sheet photographed in ``image``, in reading order: several where
    the frame holds two to four sheets of comparable size side by side or one above the other
    (the pages of an invoice laid out together, a long receipt photographed in two halves and
    stacked), else :func:`detect_page`'s one page, or none.

    Several sheets are taken only where one mask finds them all, each a plausible page on its
    own, and together they cover clearly more than the largest single outline (an outline round
    the whole page wins over two pieces of it). Reading order: rows top to bottom, each left to
    right (:func:`_reading_order`)."""
    small, scale, masks = _analysis_copy(image)
    best = _best_single(small, masks)
    best_area = 0.0 if best is None else cv2.contourArea(best.astype(np.float32))
    for outlines in masks:
        sheets = _sheet_quads(outlines, small)
        if not sheets:
            continue
        total = sum(cv2.contourArea(quad.astype(np.float32)) for quad in sheets)
        if total >= _SHEETS_OVER_SINGLE * best_area:
            return [quad / scale for quad in _reading_order(sheets)]
    return [] if best is None else [best / scale]


def _reading_order(quads: list[np.ndarray]) -> list[np.ndarray]:
    """Rows top to bottom, each row's sheets left to right: two sheets share a row where their
    heights overlap by half the shorter one (pages side by side, two by two on a table); a
    sheet under another starts a row of its own (a receipt's halves, stacked)."""
    spans = [(float(q[:, 1].min()), float(q[:, 1].max())) for q in quads]
    rows: list[list[int]] = []
    for i in sorted(range(len(quads)), key=lambda k: spans[k][0]):
        top, bottom = spans[i]
        for row in rows:
            first_top, first_bottom = spans[row[0]]
            overlap = min(bottom, first_bottom) - max(top, first_top)
            if overlap >= 0.5 * min(bottom - top, first_bottom - first_top):
                row.append(i)
                break
        else:
            rows.append([i])
    return [
        quads[i] for row in rows for i in sorted(row, key=lambda k: float(quads[k][:, 0].min()))
    ]


def _grow_over_bands(small_rgb: np.ndarray, quad: np.ndarray) -> np.ndarray:
    """``quad`` with each side pushed out over a band printed along it (see ``_BAND_MAX``).

    The page is mapped flat into a canvas with room around it, so each side's rows outside it
    lie straight even under perspective. A side grows over the rows that hold one colour
    across the page's width, clearly unlike the surroundings beside the page on the same rows,
    and that stop, within ``_BAND_MAX``, at rows which look like those surroundings: the
    band's own edge, with the table beyond it. Anything else (the table, a shadow that reaches
    past the corners, a band running off the frame) leaves the side where it was."""
    width = float(np.linalg.norm(quad[1] - quad[0]) + np.linalg.norm(quad[2] - quad[3])) / 2
    height = float(np.linalg.norm(quad[3] - quad[0]) + np.linalg.norm(quad[2] - quad[1])) / 2
    page_w, page_h = round(width), round(height)
    if page_w < 50 or page_h < 50:
        return quad
    mx, my = round(_BAND_MAX * page_w) + 2, round(_BAND_MAX * page_h) + 2
    rect = np.array(
        [[mx, my], [mx + page_w, my], [mx + page_w, my + page_h], [mx, my + page_h]], np.float64
    )
    matrix = cv2.getPerspectiveTransform(quad.astype(np.float32), rect.astype(np.float32))
    size = (page_w + 2 * mx, page_h + 2 * my)
    flat = cv2.warpPerspective(small_rgb, matrix, size, flags=cv2.INTER_LINEAR).astype(np.float32)
    inside = np.full(small_rgb.shape[:2], 1.0, np.float32)
    valid = cv2.warpPerspective(inside, matrix, size, flags=cv2.INTER_NEAREST) > 0.5
    # Each side in turn, turned so that it is the top one: (canvas, mask, margin above, margin
    # beside, page width along the side).
    views = {
        "top": (flat, valid, my, mx, page_w, page_h),
        "bottom": (flat[::-1], valid[::-1], my, mx, page_w, page_h),
        "left": (flat.transpose(1, 0, 2), valid.T, mx, my, page_h, page_w),
        "right": (flat.transpose(1, 0, 2)[::-1], valid.T[::-1], mx, my, page_h, page_w),
    }
    depth = {side: _band_depth(*view) for side, view in views.items()}
    if not any(depth.values()):
        return quad
    grown = np.array(
        [
            [mx - depth["left"], my - depth["top"]],
            [mx + page_w + depth["right"], my - depth["top"]],
            [mx + page_w + depth["right"], my + page_h + depth["bottom"]],
            [mx - depth["left"], my + page_h + depth["bottom"]],
        ],
        np.float32,
    )
    back = cv2.perspectiveTransform(grown[None], np.linalg.inv(matrix))[0].astype(np.float64)
    return back if _angles_plausible(back) else quad


def _band_depth(
    canvas: np.ndarray, valid: np.ndarray, above: int, beside: int, along: int, across: int
) -> int:
    """Rows of one band just above the page's top side (``canvas`` as :func:`_grow_over_bands`
    lays it out), or 0."""
    x0, x1 = beside + round(0.1 * along), beside + round(0.9 * along)
    flank = max(2, round(0.04 * along))
    gap = max(1, round(0.01 * along))
    left = slice(beside - gap - flank, beside - gap)
    right = slice(beside + along + gap, beside + along + gap + flank)
    skip = max(2, round(0.004 * across))  # the blurred edge between paper and band

    def row(y: int) -> tuple[np.ndarray, np.ndarray, bool] | None:
        if not (valid[y, x0:x1].all() and valid[y, left].all() and valid[y, right].all()):
            return None
        middle = canvas[y, x0:x1]
        colour = np.median(middle, axis=0)
        sides = np.concatenate([canvas[y, left], canvas[y, right]])
        beside_colour = np.median(sides, axis=0)
        even = float(np.mean(np.linalg.norm(middle - colour, axis=1) < _BAND_CONTRAST)) >= 0.6
        return colour, beside_colour, even

    start = above - 1 - skip
    first = row(start)
    if first is None:
        return 0
    band_colour, beside_colour, even = first
    if not even or float(np.linalg.norm(band_colour - beside_colour)) < _BAND_CONTRAST:
        return 0
    # Upwards until three rows in a row look like the table beside the page. Rows of the band's
    # colour must be most of the way: lines of text printed on the band interrupt it.
    banded = table = 0
    for y in range(start, -1, -1):
        seen = row(y)
        if seen is None:
            return 0  # the band runs off the frame: its edge cannot be seen
        colour, beside_colour, even = seen
        if float(np.linalg.norm(colour - beside_colour)) < 0.6 * _BAND_CONTRAST:
            table += 1
            if table == 3:
                rows = start - y - 2
                if rows < _BAND_MIN * across or banded < 0.6 * rows:
                    return 0
                straight = _straight_edge(canvas, y, rows, x0, x1, band_colour, beside_colour)
                return rows + skip if straight else 0
            continue
        table = 0
        banded += int(even and float(np.linalg.norm(colour - band_colour)) < _BAND_CONTRAST)
    return 0  # no edge within _BAND_MAX


def _straight_edge(
    canvas: np.ndarray, y: int, rows: int, x0: int, x1: int, band: np.ndarray, table: np.ndarray
) -> bool:
    """Whether a band's outer edge (``rows`` deep, the table from row ``y + 2`` up) runs straight
    across the page: in each fifth of the width, the rows a little inside it are nearer the
    ``band``'s colour than the ``table``'s, and the rows a little outside it nearer the table's.
    An edge met at a slant is the page's own edge seen from an outline that was wrong to begin
    with (a shadow across the paper), not a band along it."""
    slack = max(2, rows // 8)  # a page edge a few rows off square still passes
    top = max(0, y - slack)
    bounds = np.linspace(x0, x1, 6).round().astype(int)
    for a, b in itertools.pairwise(bounds):
        outside = np.median(canvas[top : top + 3, a:b].reshape(-1, 3), axis=0)
        inside = np.median(canvas[y + 3 + slack : y + 6 + slack, a:b].reshape(-1, 3), axis=0)
        if np.linalg.norm(outside - table) >= np.linalg.norm(outside - band):
            return False
        if np.linalg.norm(inside - band) >= np.linalg.norm(inside - table):
            return False
    return True


def _angles_plausible(quad: np.ndarray) -> bool:
    for i in range(4):
        a, b, c = quad[i - 1], quad[i], quad[(i + 1) % 4]
        u, v = a - b, c - b
        cos = float(u @ v / (np.linalg.norm(u) * np.linalg.norm(v)))
        if abs(cos) > math.cos(math.radians(50)):  # interior angle outside 50-130°
            return False
    return True


def _contrast_ok(small_rgb: np.ndarray, quad: np.ndarray) -> bool:
    """Paper just inside the outline must be clearly lighter than the band just outside it."""
    grey = cv2.cvtColor(small_rgb, cv2.COLOR_RGB2GRAY)
    h, w = grey.shape
    inside = np.zeros((h, w), np.uint8)
    cv2.fillConvexPoly(inside, np.round(quad).astype(np.int32), (255,))
    band = max(3, round(0.02 * max(h, w)))
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (2 * band + 1, 2 * band + 1))
    outer = (cv2.dilate(inside, kernel) > 0) & (inside == 0)
    inner = (inside > 0) & (cv2.erode(inside, kernel) == 0)
    if not outer.any() or not inner.any():
        return False
    diff = float(np.median(grey[inner])) - float(np.median(grey[outer]))
    return diff >= _PAGE_MIN_CONTRAST


def page_size(corners: np.ndarray) -> tuple[int, int]:
    """Output (width, height) for a warped page: mean side lengths, snapped to a paper aspect."""
    tl, tr, br, bl = corners
    width = (np.linalg.norm(tr - tl) + np.linalg.norm(br - bl)) / 2
    height = (np.linalg.norm(bl - tl) + np.linalg.norm(br - tr)) / 2
    short, long = sorted((float(width), float(height)))
    ratio = short / long
    best = min(_PAPER_ASPECTS, key=lambda a: abs(a - ratio))
    if abs(best - ratio) / best <= _ASPECT_SNAP:
        # Keep the area and fix the aspect: perspective foreshortening skews the measured one.
        long = math.sqrt(short * long / best)
        short = long * best
    if width <= height:
        return round(short), round(long)
    return round(long), round(short)


def warp_page(image: Image.Image, corners: np.ndarray) -> Image.Image:
    """The quadrilateral ``corners`` (TL, TR, BR, BL) warped to an upright rectangle."""
    out_w, out_h = page_size(corners)
    target = np.array([[0, 0], [out_w, 0], [out_w, out_h], [0, out_h]], dtype=np.float32)
    matrix = cv2.getPerspectiveTransform(corners.astype(np.float32), target)
    out = cv2.warpPerspective(
        np.asarray(image),
        matrix,
        (out_w, out_h),
        flags=cv2.INTER_CUBIC,
        borderMode=cv2.BORDER_REPLICATE,
    )
    return Image.fromarray(out)


def _even_guide(image: Image.Image) -> Image.Image:
    """A small, evenly lit copy for the orientation and skew analysis."""
    small = image.copy()
    small.thumbnail((_ANALYSIS_LONG_SIDE, _ANALYSIS_LONG_SIDE), Image.Resampling.BILINEAR)
    return flatten_illumination(small)


def flatten_illumination(image: Image.Image) -> Image.Image:
    """Divide out uneven light: the paper's brightness, estimated with text closed away, to white.

    The background is a grey closing (max filter) of a downscaled copy, blurred; each channel is
    divided by it, so shadows and gradients become paper white and ink keeps its contrast.
    """
    arr = np.asarray(image.convert("RGB") if image.mode not in ("RGB", "L") else image)
    grey = cv2.cvtColor(arr, cv2.COLOR_RGB2GRAY) if arr.ndim == 3 else arr
    scale = min(1.0, 600 / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    size = max(5, round(max(small.shape) / 40)) | 1  # wider than a text line's height
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    background = cv2.morphologyEx(small, cv2.MORPH_CLOSE, kernel)
    background = cv2.GaussianBlur(background, (0, 0), size)
    background = cv2.resize(
        background, (grey.shape[1], grey.shape[0]), interpolation=cv2.INTER_LINEAR
    )
    gain = 245.0 / np.maximum(background.astype(np.float32), 40.0)
    out = arr.astype(np.float32) * (gain[:, :, None] if arr.ndim == 3 else gain)
    return Image.fromarray(np.clip(out, 0, 255).astype(np.uint8))


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
    crops = _line_crops(grey)
    if len(crops) < 3:
        return False
    probs = upside_down_probabilities(crops)
    return probs is not None and float(np.mean(probs)) > 0.6


def upside_down_probabilities(crops: list[np.ndarray]) -> np.ndarray | None:
    """For each grey text-line crop, the classifier's probability that it is upside down.

    None when the classifier's model file is missing (or there are no crops).
    """
    session = _orientation_session()
    if session is None or not crops:
        return None
    ch, cw = _CLS_INPUT
    batch = np.zeros((len(crops), 3, ch, cw), dtype=np.float32)
    for i, crop in enumerate(crops):
        width = min(cw, max(1, round(crop.shape[1] * ch / crop.shape[0])))
        resized = cv2.resize(crop, (width, ch)).astype(np.float32) / 255.0
        batch[i, :, :, :width] = (resized - 0.5) / 0.5
    probs = session.run(None, {session.get_inputs()[0].name: batch})[0]
    return np.asarray(probs[:, 1], dtype=np.float64)
