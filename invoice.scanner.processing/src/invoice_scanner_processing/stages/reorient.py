"""A page OCR read sideways or upside down is turned and read again (used by the OCR stage).

Preprocessing judges orientation from the page's pixels (:func:`enhance.detect_orientation`),
before anything is read; on a receipt photographed over a textured or striped surface, or a
scan that is mostly white, its projection profiles can take the text for columns and turn an
upright page 90°. The OCR reading then says so itself, far more reliably: the detector draws
its boxes along the text, so on a sideways page nearly every box is much taller than wide.

Measured on every cached OCR page of the blind sets and real-dev (427 pages): the share of
characters in boxes at least 1.5× taller than wide is 0.99-1.00 on the four pages preprocessing
had turned sideways and at most 0.01 on every other page, so :data:`SIDEWAYS_SHARE` (0.5)
has a wide margin on both sides. Upside-down lines keep wide boxes; for them the text-line
orientation classifier (the one preprocessing uses) votes on crops of the read lines, but only
where the reading is unsure of itself: read upside down, PP-OCR's recogniser still returns text,
at a confidence far below an upright reading's (:data:`UPRIGHT_CONFIDENCE`), so a confident
page costs neither the classifier nor a second decode of its image. Preprocessing therefore
asks the classifier only about text it found running down the page; a page fed upside down is
turned here, at the price of a second reading of that page.

Contract of :func:`turn_for`: the clockwise quarter turns (0-3) that should make ``page``
upright, judged from its lines and ``image`` (the page as read). 0 means leave it alone. The
caller reads the turned page and keeps whichever reading :func:`better` prefers, so a wrong
guess costs time, never text.
"""

from __future__ import annotations

import logging

import cv2
import numpy as np

from invoice_scanner_processing import enhance
from invoice_scanner_processing.documents import OcrLine, OcrPage

logger = logging.getLogger(__name__)

#: A box this much taller than wide holds text running down the page.
TALL_RATIO = 1.5
#: Share of the page's characters in tall boxes from which the page is sideways.
SIDEWAYS_SHARE = 0.5
#: Fewer lines than this (a logo, a stamp) say nothing about the page.
MIN_LINES = 6
#: Mean upside-down vote of the line crops from which a page is taken as upside down.
UPSIDE_DOWN_VOTE = 0.7
#: A reading at least this confident (:attr:`OcrPage.confidence`, each character weighted by its
#: line's confidence) is of upright text: the classifier is asked about upside-down lines only
#: below it. Measured: the cached upright readings of every blind set and real-dev lie at
#: 0.90-1.00 (446 pages, 1st percentile 0.93); 30 of them read turned 180° at 0.66-0.76.
UPRIGHT_CONFIDENCE = 0.85
_MAX_CROPS = 24
_MIN_CROPS = 5


def _is_tall(line: OcrLine) -> bool:
    box = line.bbox
    return box.height > TALL_RATIO * box.width


def sideways_share(page: OcrPage) -> float:
    """Share of the page's characters read in boxes much taller than wide."""
    chars = tall = 0
    for line in page.lines:
        n = len(line.text.strip())
        chars += n
        if _is_tall(line):
            tall += n
    return tall / chars if chars else 0.0


def is_sideways(page: OcrPage) -> bool:
    return len(page.lines) >= MIN_LINES and sideways_share(page) >= SIDEWAYS_SHARE


def worth_checking(page: OcrPage) -> bool:
    """Whether :func:`turn_for` can find anything to turn: a page read sideways, or one read
    with too little confidence to be upright text. A confident reading of lines across the
    page is upright, and the page image need not be decoded again to say so."""
    if len(page.lines) < MIN_LINES:
        return False
    return is_sideways(page) or page.confidence < UPRIGHT_CONFIDENCE


def _crops(grey: np.ndarray, lines: list[OcrLine], quarter_turns: int) -> list[np.ndarray]:
    """Crops of ``lines`` (at least 3 characters), each turned ``quarter_turns`` clockwise,
    spread over the page."""
    picked = [line for line in lines if len(line.text.strip()) >= 3]
    if len(picked) > _MAX_CROPS:
        idx = np.linspace(0, len(picked) - 1, _MAX_CROPS).round().astype(int)
        picked = [picked[i] for i in idx]
    h, w = grey.shape
    crops = []
    for line in picked:
        box = line.bbox
        x0, y0 = max(0, int(box.x0)), max(0, int(box.y0))
        x1, y1 = min(w, int(np.ceil(box.x1))), min(h, int(np.ceil(box.y1)))
        if x1 - x0 < 4 or y1 - y0 < 4:
            continue
        crop = np.ascontiguousarray(np.rot90(grey[y0:y1, x0:x1], k=-quarter_turns))
        crops.append(crop)
    return crops


def _upside_down_vote(grey: np.ndarray, lines: list[OcrLine], quarter_turns: int) -> float | None:
    """Mean classifier vote that ``lines``, turned ``quarter_turns`` clockwise, are upside
    down; None without the classifier or with too few lines to judge."""
    crops = _crops(grey, lines, quarter_turns)
    if len(crops) < _MIN_CROPS:
        return None
    probs = enhance.upside_down_probabilities(crops)
    return None if probs is None else float(np.mean(probs))


def turn_for(page: OcrPage, image: np.ndarray) -> int:
    """Clockwise quarter turns (0-3) that should make the page upright; see the module doc."""
    if len(page.lines) < MIN_LINES:
        return 0
    grey = cv2.cvtColor(image, cv2.COLOR_BGR2GRAY) if image.ndim == 3 else image
    if is_sideways(page):
        tall = [line for line in page.lines if _is_tall(line)]
        # A quarter turn anticlockwise (3) or clockwise (1) lays the lines flat; the classifier
        # says which of the two leaves them upside down. Without it, 3: preprocessing's own
        # mistake is a clockwise turn of an upright page.
        vote = _upside_down_vote(grey, tall, 3)
        return 1 if vote is not None and vote > 0.5 else 3
    if page.confidence >= UPRIGHT_CONFIDENCE:
        return 0
    wide = [line for line in page.lines if not _is_tall(line)]
    vote = _upside_down_vote(grey, wide, 0)
    if vote is not None and vote > UPSIDE_DOWN_VOTE:
        return 2
    return 0


def score(page: OcrPage) -> float:
    """How much a reading says: characters in lines read across the page, weighted by their
    confidence (a sideways reading's tall boxes count for nothing)."""
    return sum(
        len(line.text.strip()) * line.confidence for line in page.lines if not _is_tall(line)
    )


def better(turned: OcrPage, original: OcrPage) -> bool:
    """Whether the turned page's reading beats the original one clearly (10 % more)."""
    return score(turned) > 1.1 * score(original)


def turn_image(image: np.ndarray, quarter_turns: int) -> np.ndarray:
    """``image`` turned ``quarter_turns`` × 90° clockwise, then deskewed as preprocessing would
    (its skew was measured on the page the wrong way round)."""
    turned = np.ascontiguousarray(np.rot90(image, k=-quarter_turns))
    grey = cv2.cvtColor(turned, cv2.COLOR_BGR2GRAY) if turned.ndim == 3 else turned
    scale = min(1.0, 1200 / max(grey.shape))
    small = cv2.resize(grey, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    angle = enhance.estimate_skew(np.ascontiguousarray(small))
    if abs(angle) < 0.1:
        return turned
    return enhance.unskew(turned, angle)
