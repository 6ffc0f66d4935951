"""Read many pages in one pass: the detector batched over pages of one input size, the
recogniser batched over the text lines of every page (rapidocr's models; the GPU path).

rapidocr reads a page at a time: one detector call, then the page's lines in batches of six,
each batch's full output (lines x columns x 18,710 classes) copied back and arg-maxed on the CPU.
On a GPU that leaves the device idle most of the time. :class:`PageBatcher` keeps every step of
rapidocr's own reading (its image loading, resizing, box post-processing, crops, CTC decoding and
filtering, called as they are) and changes only how the models are called:

- pages whose detector input has the same size go through the detector together, ``det_batch``
  at a time (pages of one document usually share a size, so a page's boxes are exactly those it
  gets alone);
- the lines of all pages are sorted by width over height and recognised ``rec_batch`` at a time
  (rapidocr pads a batch to its widest line, so grouping lines of similar shape keeps that
  padding small);
- where the session can (:meth:`TorchOnnxSession.run_compact`), the arg-max, its probability and
  the space class's probability are taken on the device and only those come back;
- the per-page CPU work (decoding the image, the detector's pre- and post-processing, the crops)
  and the recogniser's input batches are prepared on a thread pool while the device runs.

A line can read differently from rapidocr's one-page reading where it lands in a batch with a
wider line (more right padding) or the GPU's arithmetic follows the batch size: on the CPU the
text and boxes came out the same line for line and confidences within 0.024 (the test compares
both readings); on an H200, 24-28 of 2,164 lines of 48 scanned pages read differently, at the
same character error rate (0.0029) and key fields (``make gpu-check``).
"""

from __future__ import annotations

import time
from collections.abc import Callable, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from typing import Any

import numpy as np

from invoice_scanner_processing.engines.ocr.spaces import reduce_outputs

#: The recogniser's input height and its narrowest width (rapidocr's ``rec_img_shape``).
REC_SHAPE = (3, 48, 320)


@dataclass
class _Page:
    """One page on its way through the batch."""

    original: np.ndarray
    image: np.ndarray
    op_record: dict[str, Any]
    det_input: np.ndarray | None
    boxes: np.ndarray | None = None
    det_scores: list[float] | None = None
    crops: list[np.ndarray] = field(default_factory=list)
    texts: list[tuple[str, float]] = field(default_factory=list)
    words: list[Any] = field(default_factory=list)


def compact_outputs(
    session: Any, batch: np.ndarray, space_index: int | None
) -> tuple[np.ndarray, np.ndarray, np.ndarray | None]:
    """The recogniser's arg-max label, its probability and the space class's probability for
    every output column of ``batch`` (each ``lines x columns``).

    A session with ``run_compact`` (the torch one) computes them on its device; any other (an
    onnxruntime or OpenVINO session) returns the full output, reduced here."""
    run = getattr(session, "run_compact", None)
    if callable(run):
        idx, prob, space = run(batch, space_index)
        return idx, prob, space
    return reduce_outputs(session(batch), space_index)


class PageBatcher:
    """Batched reading with the models of one ``rapidocr.RapidOCR`` (see the module docstring).

    ``det_limit(height, width)`` gives the detector's longest input side for a page of that size
    (the engine's :func:`~.rapid.det_limit_for`). Not thread-safe: one caller at a time, as for
    the engines."""

    def __init__(
        self,
        ocr: Any,
        det_limit: Callable[[int, int], int],
        *,
        det_batch: int = 8,
        rec_batch: int = 96,
        threads: int = 4,
    ) -> None:
        self.ocr = ocr
        self.det = ocr._load_det_model()
        self.rec = ocr._load_rec_model()
        self.det_limit = det_limit
        self.det_batch = max(1, det_batch)
        self.rec_batch = max(1, rec_batch)
        self.pool = ThreadPoolExecutor(max(1, threads), thread_name_prefix="ocr-batch")
        #: Seconds of the last :meth:`read` in each step (the GPU check prints them).
        self.timings: dict[str, float] = {}

    def close(self) -> None:
        self.pool.shutdown(wait=False, cancel_futures=True)

    # ----------------------------------------------------------------------------- the steps

    def read(self, images: Sequence[np.ndarray]) -> list[Any]:
        """rapidocr's output (``RapidOCROutput``: boxes, txts, scores, word_results) for each
        BGR page image, in order."""
        clock = time.perf_counter()
        timings: dict[str, float] = {}

        def lap(step: str) -> None:
            nonlocal clock
            now = time.perf_counter()
            timings[step] = round(now - clock, 4)
            clock = now

        pages = list(self.pool.map(self._prepare, images))
        lap("prepare")
        self._detect(pages)
        lap("detect")
        list(self.pool.map(self._crop, pages))
        lap("crop")
        self._recognise(pages)
        lap("recognise")
        outputs = [self._output(page) for page in pages]
        lap("assemble")
        timings["lines"] = sum(len(page.crops) for page in pages)
        self.timings = timings
        return outputs

    def _prepare(self, image: np.ndarray) -> _Page:
        from rapidocr.ch_ppocr_det.utils import DetPreProcess
        from rapidocr.utils.process_img import apply_vertical_padding

        ocr, det = self.ocr, self.det
        original = ocr.load_img(image)
        height, width = image.shape[:2]
        limit = self.det_limit(height, width)
        img, op_record = ocr.preprocess_img(original)
        if ocr.cfg.Global.use_vertical_padding:
            img, op_record = apply_vertical_padding(
                img, op_record, ocr.width_height_ratio, ocr.min_height
            )
        else:
            op_record["padding_1"] = {"top": 0, "left": 0}
        det_input = DetPreProcess(limit, det.limit_type, det.mean, det.std)(img)
        return _Page(original=original, image=img, op_record=op_record, det_input=det_input)

    def _detect(self, pages: list[_Page]) -> None:
        """One detector call per ``det_batch`` pages of the same input size; each page's
        probability map is post-processed (boxes, scores) on the pool while the next batch
        runs."""
        by_shape: dict[tuple[int, ...], list[_Page]] = {}
        for page in pages:
            if page.det_input is not None:
                by_shape.setdefault(page.det_input.shape, []).append(page)
        pending: list[Future[None]] = []
        for group in by_shape.values():
            for start in range(0, len(group), self.det_batch):
                chunk = group[start : start + self.det_batch]
                batch = np.concatenate(
                    [page.det_input for page in chunk if page.det_input is not None]
                )
                preds = self.det.session(batch)
                for row, page in enumerate(chunk):
                    pending.append(self.pool.submit(self._boxes, page, preds[row : row + 1]))
        for future in pending:
            future.result()

    def _boxes(self, page: _Page, preds: np.ndarray) -> None:
        boxes, scores = self.det.postprocess_op(preds, page.image.shape[:2])
        if len(boxes) >= 1:
            page.boxes = self.det.sorted_boxes(boxes)
            page.det_scores = scores

    def _crop(self, page: _Page) -> None:
        if page.boxes is not None:
            page.crops = self.ocr.crop_text_regions(page.image, page.boxes)

    def _recognise(self, pages: list[_Page]) -> None:
        """Every page's lines, sorted by shape, ``rec_batch`` at a time; a batch's input is built
        on the pool while the one before it runs."""
        lines = [(page, i) for page in pages for i in range(len(page.crops))]
        for page in pages:
            page.texts = [("", 0.0)] * len(page.crops)
            page.words = [None] * len(page.crops)
        if not lines:
            return
        ratios = [page.crops[i].shape[1] / float(page.crops[i].shape[0]) for page, i in lines]
        order = np.argsort(np.array(ratios), kind="stable")
        batches = [
            [lines[k] for k in order[start : start + self.rec_batch]]
            for start in range(0, len(lines), self.rec_batch)
        ]
        inputs = [self.pool.submit(self._rec_input, batch) for batch in batches]
        decoder = self.rec.postprocess_op
        space_index = getattr(decoder, "space_index", None)
        return_word_box = bool(self.ocr.return_word_box)
        decode_arrays = getattr(decoder, "decode_arrays", None)
        for batch, future in zip(batches, inputs, strict=True):
            norm, wh_ratios, max_wh_ratio = future.result()
            idx, prob, space = compact_outputs(self.rec.session, norm, space_index)
            if callable(decode_arrays):
                results, words = decode_arrays(
                    idx, prob, space, return_word_box, wh_ratios, max_wh_ratio
                )
            else:
                results, words = decoder.decode(
                    idx, prob, return_word_box, wh_ratios, max_wh_ratio, remove_duplicate=True
                )
            for row, (page, i) in enumerate(batch):
                page.texts[i] = results[row]
                page.words[i] = words[row] if return_word_box else None
        self._reorder_right_to_left(pages)

    def _rec_input(self, batch: list[tuple[_Page, int]]) -> tuple[np.ndarray, list[float], float]:
        _, height, width = REC_SHAPE
        crops = [page.crops[i] for page, i in batch]
        wh_ratios = [crop.shape[1] / crop.shape[0] for crop in crops]
        max_wh_ratio = max([width / height, *wh_ratios])
        norm = np.stack([self.rec.resize_norm_img(crop, max_wh_ratio) for crop in crops])
        return norm.astype(np.float32, copy=False), wh_ratios, max_wh_ratio

    def _reorder_right_to_left(self, pages: list[_Page]) -> None:
        from rapidocr.ch_ppocr_rec.main import RTL_LANGS, normalize_lang, reorder_bidi_for_display

        if normalize_lang(self.rec.cfg.lang_type) not in RTL_LANGS:
            return
        for page in pages:
            if page.texts:
                txts = reorder_bidi_for_display(tuple(text for text, _ in page.texts))
                page.texts = [(str(t), s) for t, (_, s) in zip(txts, page.texts, strict=True)]

    def _output(self, page: _Page) -> Any:
        """rapidocr's own assembly: boxes back to the page's pixels, empty and low-scoring lines
        dropped (``RapidOCR.build_final_output``)."""
        from rapidocr.ch_ppocr_cls import TextClsOutput
        from rapidocr.ch_ppocr_det import TextDetOutput
        from rapidocr.ch_ppocr_rec import TextRecOutput
        from rapidocr.utils.output import RapidOCROutput

        if page.boxes is None:
            return RapidOCROutput()
        det_res = TextDetOutput(page.image, page.boxes, page.det_scores)
        txts: Any = tuple(text for text, _ in page.texts)  # rapidocr types it as tuple[str]
        rec_res = TextRecOutput(
            imgs=page.crops,
            txts=txts,
            scores=[score for _, score in page.texts],
            word_results=tuple(page.words),
        )
        return self.ocr.build_final_output(
            page.original, det_res, TextClsOutput(), rec_res, page.crops, page.op_record
        )
