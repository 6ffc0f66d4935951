"""Spaces put back from the CTC decoder's character columns (engines/ocr/spaces.py).

The pure functions run on invented column sequences; one test reads a rendered monospaced
receipt with the real engine.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
import pytest
from PIL import Image, ImageDraw, ImageFont

from invoice_scanner_processing.engines.ocr.base import OcrEngine
from invoice_scanner_processing.engines.ocr.spaces import (
    SpacingDecoder,
    char_columns,
    insert_spaces,
    line_pitch,
    missing_spaces,
    respace,
)

MONO_BOLD = "/usr/share/fonts/truetype/dejavu/DejaVuSansMono-Bold.ttf"


def columns(*steps: int, start: int = 2) -> list[int]:
    """Columns of consecutive characters from the steps between them."""
    out = [start]
    for step in steps:
        out.append(out[-1] + step)
    return out


def test_monospaced_gap_of_two_pitches_is_a_space() -> None:
    # SUNRISE MARKET in bold receipt type: pitch 4, the dropped space leaves a step of 9.
    text = "SUNRISEMARKET"
    cols = columns(4, 4, 4, 4, 4, 4, 9, 4, 4, 4, 4, 4)
    assert missing_spaces(text, cols) == [7]
    assert respace(text, cols) == "SUNRISE MARKET"


def test_label_and_number_split_where_the_space_was() -> None:
    text = "TRANS ID0417-04"
    # pitch 3; "TRANS ID" already has its emitted space (two steps around it)
    cols = columns(3, 3, 3, 3, 3, 3, 3, 7, 3, 3, 3, 3, 3, 3)
    assert respace(text, cols) == "TRANS ID 0417-04"


def test_wide_letters_of_a_proportional_font_stay_in_their_word() -> None:
    # "MAXIMUM WAGE": M and W step 1.5 pitches; no space goes inside a word.
    text = "MAXIMUMWAGE"
    cols = columns(6, 4, 3, 3, 6, 4, 10, 6, 4, 4)
    assert line_pitch(text, cols) == 4.0
    assert missing_spaces(text, cols) == [7]


def test_threshold_follows_the_line_pitch_not_a_column_count() -> None:
    # the same step of 8 columns is a space at pitch 4 and not at pitch 6
    assert respace("ABCDEF", columns(4, 4, 8, 4, 4)) == "ABC DEF"
    assert respace("ABCDEF", columns(6, 6, 8, 6, 6)) == "ABCDEF"


def test_coarse_columns_need_the_models_space_hint() -> None:
    # small print: pitch 2, an "m" steps 4 columns; only the space class tells a space apart
    text = "Summenetto"
    cols = columns(2, 2, 4, 2, 3, 2, 2, 2, 2)
    probs = np.zeros(cols[-1] + 2)
    assert missing_spaces(text, cols) == []
    assert missing_spaces(text, cols, probs) == []
    probs[cols[4] + 1] = 0.3  # the model nearly emitted a space between "Summe" and "netto"
    assert respace(text, cols, probs) == "Summe netto"


def test_space_hint_without_a_gap_adds_nothing() -> None:
    text = "TOTAL12"
    cols = columns(3, 3, 3, 3, 3, 3)
    probs = np.full(cols[-1] + 2, 0.4)
    assert missing_spaces(text, cols, probs) == []


def test_emitted_spaces_do_not_count_in_the_pitch() -> None:
    text = "AB CD EF"
    cols = columns(3, 3, 3, 3, 3, 3, 3)
    assert line_pitch(text, cols) == 3.0
    assert respace(text, cols) == text


def test_short_lines_and_mismatched_columns_are_left_alone() -> None:
    assert missing_spaces("ABC", columns(3, 9)) == []  # two steps: no pitch to trust
    assert missing_spaces("ABCDE", [1, 2, 3]) == []


def test_no_spaces_between_cjk_characters() -> None:
    assert respace("収入印紙税込合計", columns(4, 4, 9, 4, 4, 4, 4)) == "収入印紙税込合計"
    # nor between an ideograph and a Latin letter
    assert missing_spaces("東京都港区AB", columns(4, 4, 4, 4, 9, 4)) == []


def test_char_columns_are_the_first_column_of_each_run() -> None:
    tokens = np.array([0, 5, 5, 0, 0, 7, 0, 7, 7, 0, 3])
    assert char_columns(tokens).tolist() == [1, 5, 7, 10]


def test_insert_spaces() -> None:
    assert insert_spaces("ABCDEF", [3, 1]) == "A BC DEF"
    assert insert_spaces("ABC", []) == "ABC"


def _decoder() -> SpacingDecoder:
    from rapidocr.ch_ppocr_rec.utils import CTCLabelDecode

    return SpacingDecoder(CTCLabelDecode(character=list("ABCDEFGHIJKLMNOPQRSTUVWXYZ")))


def _preds(
    decoder: SpacingDecoder, text: str, cols: list[int], length: int, hints: tuple[int, ...] = ()
) -> np.ndarray:
    """CTC output emitting ``text[i]`` at ``cols[i]`` (two columns per character), the space
    class at 0.3 (below the blank) in the ``hints`` columns."""
    classes = len(decoder.inner.character)
    preds = np.zeros((1, length, classes), dtype=np.float32)
    preds[0, :, 0] = 1.0
    for char, col in zip(text, cols, strict=True):
        index = decoder.inner.dict[char]
        for c in (col, col + 1):
            preds[0, c, :] = 0.0
            preds[0, c, index] = 0.9
            preds[0, c, 0] = 0.1
    for c in hints:
        preds[0, c, 0] = 0.7
        preds[0, c, decoder.inner.dict[" "]] = 0.3
    return preds


def test_decoder_puts_the_space_back_and_keeps_the_score() -> None:
    decoder = _decoder()
    plain = decoder.inner
    cols = columns(4, 4, 4, 4, 4, 4, 9, 4, 4, 4, 4, 4)
    preds = _preds(decoder, "SUNRISEMARKET", cols, cols[-1] + 4)
    (before,), _ = plain(preds)
    (after,), _ = decoder(preds)
    assert before[0] == "SUNRISEMARKET"
    assert after == ("SUNRISE MARKET", before[1])


def test_decoder_splits_word_info_with_word_boxes() -> None:
    decoder = _decoder()
    # pitch 3, a step of 5 with the space class at 0.3: rapidocr's own word split (> 5 columns)
    # keeps one word, the space goes in and the word is split with it
    cols = columns(3, 3, 3, 5, 3, 3)
    preds = _preds(decoder, "CASHBIL", cols, cols[-1] + 4, hints=(cols[3] + 2,))
    assert ["".join(w) for w in decoder.inner(preds, True)[1][0].words] == ["CASHBIL"]
    lines, words = decoder(preds, True, wh_ratio_list=[4.0], max_wh_ratio=4.0)
    assert lines[0][0] == "CASH BIL"
    assert ["".join(w) for w in words[0].words] == ["CASH", "BIL"]
    assert words[0].word_cols == [cols[:4], cols[4:]]


def test_decoder_decodes_the_same_from_the_reduced_outputs() -> None:
    """A GPU session hands over only the arg-max, its probability and the space class's column
    (``decode_arrays``); the text, score and word split are those of the full output."""
    decoder = _decoder()
    cols = columns(3, 3, 3, 5, 3, 3)
    preds = _preds(decoder, "CASHBIL", cols, cols[-1] + 4, hints=(cols[3] + 2,))
    full = decoder(preds, True, wh_ratio_list=[4.0], max_wh_ratio=4.0)
    idx = preds.argmax(axis=2)
    reduced = decoder.decode_arrays(
        idx, preds.max(axis=2), preds[:, :, decoder.space_index], True, [4.0], 4.0
    )
    assert reduced[0] == full[0] == [("CASH BIL", full[0][0][1])]
    assert [w.words for w in reduced[1]] == [w.words for w in full[1]]


def test_decoder_without_a_space_class_uses_gaps_only() -> None:
    decoder = _decoder()
    decoder.space_index = None
    cols = columns(4, 4, 9, 4, 4)
    (line,), _ = decoder(_preds(decoder, "ABCDEF", cols, cols[-1] + 4))
    assert line[0] == "ABC DEF"


@pytest.fixture(scope="module")
def receipt_page(tmp_path_factory: pytest.TempPathFactory) -> Path:
    lines = ["SUNRISE MARKET", "TRANS ID 0417-04-08812", "THANK YOU FOR SHOPPING"]
    font = ImageFont.truetype(MONO_BOLD, 44)
    image = Image.new("L", (800, 100 + 80 * len(lines)), 255)
    draw = ImageDraw.Draw(image)
    for i, text in enumerate(lines):
        draw.text((40, 50 + 80 * i), text, font=font, fill=0)
    path = tmp_path_factory.mktemp("receipt") / "receipt.png"
    image.save(path)
    return path


def test_monospaced_receipt_reads_with_its_spaces(
    rapid_engine: OcrEngine, receipt_page: Path
) -> None:
    texts = [line.text for line in rapid_engine.read_page(receipt_page, 1).lines]
    assert texts == ["SUNRISE MARKET", "TRANS ID 0417-04-08812", "THANK YOU FOR SHOPPING"]
