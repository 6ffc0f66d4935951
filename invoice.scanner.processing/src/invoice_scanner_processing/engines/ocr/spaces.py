"""Spaces the recogniser dropped, put back from where its CTC decoder emitted each character.

PP-OCR's recogniser reads a text line as a row of output columns (one per 8 pixels of the line
scaled to 48 pixels high) and its CTC decoder emits a character at the first column of each run
of the same label. Inside a word consecutive characters sit about one character pitch apart; a
space the model saw but did not emit (it often does not in large, bold or monospaced receipt type:
``SUNRISEMARKET``, ``TRANS ID0417-04-08812``) leaves a gap of about two pitches between the
characters on either side of it.

:func:`missing_spaces` finds those gaps with thresholds relative to the line's own pitch (the
median column step between consecutive characters of the line), never a fixed number of columns,
so the wide letters (M, W) of proportional fonts stay inside their word:

- a gap of at least :data:`GAP_RATIO` pitches is a space on its own, where the pitch is at least
  :data:`MIN_PITCH` columns (large or monospaced type). Below that the columns are too coarse:
  in 2-column small print an ``m`` already steps 2 pitches (measured: 347 such steps on the
  scans of the blind sets, none a space);
- a gap of at least :data:`HINTED_GAP_RATIO` pitches is a space when the model itself gave the
  space class at least :data:`SPACE_HINT` probability in a column of the gap (it saw a space but
  the blank won the arg-max). On the synthetic scans every such junction was a true space.

rapidocr's word boxes (``Global.return_word_box``) cannot do this: they split words at a fixed
gap of 5 columns and keep neither the characters' columns nor the space probability. So
:class:`SpacingDecoder` wraps rapidocr's ``CTCLabelDecode`` (the recogniser's
``postprocess_op``): the line's box and confidence are untouched, only its text gains spaces.
"""

from __future__ import annotations

import statistics
import unicodedata
from collections.abc import Sequence
from typing import Any

import numpy as np

#: A gap between two consecutive characters counts as a space on its own when it is at least this
#: many times the line's pitch (a monospaced space makes about 2)...
GAP_RATIO = 1.75
#: ...and the pitch is at least this many output columns (coarser columns cannot tell a space
#: from a wide letter).
MIN_PITCH = 3.0
#: A gap of at least this many pitches is a space where the space class reached
#: :data:`SPACE_HINT` in one of its columns.
HINTED_GAP_RATIO = 1.5
SPACE_HINT = 0.05
#: Below this many character-to-character steps the line's pitch is not trusted (a short label).
MIN_STEPS = 3


def _spaced_script(char: str) -> bool:
    """True for letters, digits and punctuation of scripts that separate words with spaces
    (False for CJK ideographs, kana and hangul, which are written without them)."""
    if not char.strip():
        return False
    name = unicodedata.name(char, "")
    return not name.startswith(("CJK ", "HIRAGANA", "KATAKANA", "HANGUL", "FULLWIDTH"))


def char_columns(token_indices: np.ndarray, blank: int = 0) -> np.ndarray:
    """The output column at which the CTC decoder emits each character of one line: the first
    column of every run of one label that is not the blank (rapidocr's ``remove_duplicate``)."""
    tokens = np.asarray(token_indices)
    keep = np.ones(len(tokens), dtype=bool)
    keep[1:] = tokens[1:] != tokens[:-1]
    keep &= tokens != blank
    return np.flatnonzero(keep)


def line_pitch(text: str, columns: Sequence[int]) -> float | None:
    """The median column step between consecutive characters with no space between them, or
    None when the line has fewer than :data:`MIN_STEPS` such steps."""
    steps = [
        columns[i + 1] - columns[i]
        for i in range(len(text) - 1)
        if not text[i].isspace() and not text[i + 1].isspace()
    ]
    if len(steps) < MIN_STEPS:
        return None
    pitch = float(statistics.median(steps))
    return pitch if pitch > 0 else None


def missing_spaces(
    text: str, columns: Sequence[int], space_probs: Sequence[float] | np.ndarray | None = None
) -> list[int]:
    """Indices ``i`` of ``text`` that should be preceded by a space the decoder did not emit.

    ``columns[i]`` is the output column of ``text[i]`` (same length as ``text``);
    ``space_probs``, where given, the space class's probability in every output column of the
    line. Only junctions of two non-space characters of a spaced script are considered (no
    spaces go between CJK characters).
    """
    if len(columns) != len(text) or len(text) < 2:
        return []
    pitch = line_pitch(text, columns)
    if pitch is None:
        return []
    positions = []
    for i in range(len(text) - 1):
        gap = columns[i + 1] - columns[i]
        if gap < HINTED_GAP_RATIO * pitch:
            continue
        if not (_spaced_script(text[i]) and _spaced_script(text[i + 1])):
            continue
        if gap >= GAP_RATIO * pitch and pitch >= MIN_PITCH:
            positions.append(i + 1)
            continue
        if space_probs is not None:
            hint = max(space_probs[columns[i] + 1 : columns[i + 1]], default=0.0)
            if hint >= SPACE_HINT:
                positions.append(i + 1)
    return positions


def insert_spaces(text: str, positions: Sequence[int]) -> str:
    """``text`` with a space before each index in ``positions``."""
    if not positions:
        return text
    parts: list[str] = []
    last = 0
    for position in sorted(positions):
        parts.append(text[last:position])
        last = position
    parts.append(text[last:])
    return " ".join(parts)


def respace(
    text: str, columns: Sequence[int], space_probs: Sequence[float] | np.ndarray | None = None
) -> str:
    """``text`` with the spaces :func:`missing_spaces` finds put back."""
    return insert_spaces(text, missing_spaces(text, columns, space_probs))


def reduce_outputs(
    preds: np.ndarray, space_index: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """A recogniser's full output (``lines x columns x classes``) reduced to what decoding needs:
    the arg-max label of every column, its probability and the space class's probability."""
    idx = preds.argmax(axis=2)
    prob = np.take_along_axis(preds, idx[..., None], axis=2)[..., 0]
    space = preds[:, :, space_index] if space_index is not None else None
    return idx, prob, space


class SpacingDecoder:
    """A stand-in for rapidocr's ``CTCLabelDecode`` (``TextRecognizer.postprocess_op``) that
    decodes exactly as it does, then puts back the spaces :func:`missing_spaces` finds.

    It calls the wrapped decoder's own ``decode`` (so its character set, blank and duplicate
    handling stay rapidocr's) with the arg-max it computes once, so the extra work is a pass over
    each line's emitted columns. With word boxes on, each word of the returned ``WordInfo`` is
    split where a space went in, so words and text still agree.
    """

    def __init__(self, inner: Any) -> None:
        self.inner = inner
        #: The space class (rapidocr appends " " to the dictionary); None: gaps only.
        self.space_index: int | None = getattr(inner, "dict", {}).get(" ")

    def __getattr__(self, name: str) -> Any:
        return getattr(self.inner, name)

    def __call__(
        self, preds: np.ndarray, return_word_box: bool = False, **kwargs: Any
    ) -> tuple[list[tuple[str, float]], list[Any]]:
        return self.decode_arrays(
            *reduce_outputs(preds, self.space_index),
            return_word_box,
            kwargs.get("wh_ratio_list", (1.0,)),
            kwargs.get("max_wh_ratio", 1.0),
        )

    def decode_arrays(
        self,
        preds_idx: np.ndarray,
        preds_prob: np.ndarray,
        space_probs: np.ndarray | None,
        return_word_box: bool,
        wh_ratio_list: Sequence[float],
        max_wh_ratio: float,
    ) -> tuple[list[tuple[str, float]], list[Any]]:
        """Decode from the arg-max labels, their probabilities and the space class's probability
        (each ``lines x columns``): all the decoder needs, so a GPU session can reduce its output
        before it leaves the device (:mod:`.batched`)."""
        line_results, word_results = self.inner.decode(
            preds_idx,
            preds_prob,
            return_word_box,
            wh_ratio_list,
            max_wh_ratio,
            remove_duplicate=True,
        )
        for row, (text, score) in enumerate(line_results):
            columns = char_columns(preds_idx[row])
            row_space = space_probs[row] if space_probs is not None else None
            positions = missing_spaces(text, columns.tolist(), row_space)
            if not positions:
                continue
            line_results[row] = (insert_spaces(text, positions), score)
            if return_word_box and row < len(word_results):
                _split_words(word_results[row], {int(columns[p]) for p in positions})
        return line_results, word_results


def _split_words(info: Any, break_columns: set[int]) -> None:
    """Split the words of rapidocr's ``WordInfo`` before each character at ``break_columns``."""
    words, cols, types = [], [], []
    for word, word_cols, kind in zip(info.words, info.word_cols, info.word_types, strict=False):
        start = 0
        for k in range(1, len(word)):
            if word_cols[k] in break_columns:
                words.append(word[start:k])
                cols.append(word_cols[start:k])
                types.append(kind)
                start = k
        words.append(word[start:])
        cols.append(word_cols[start:])
        types.append(kind)
    info.words, info.word_cols, info.word_types = words, cols, types
