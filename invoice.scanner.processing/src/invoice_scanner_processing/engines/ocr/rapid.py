"""rapidocr 3.10 with the PP-OCRv6 *small* det/rec ONNX models bundled in its wheel.

Only the bundled models are used: any other ``ocr_version``/``model_type``/``lang_type`` makes
rapidocr download at run time, which must never happen, so the model paths are pinned explicitly
and construction fails if they are missing.

Two runtimes read the same ONNX files:

- ``openvino`` (CPU default): OpenVINO compiles the models for the CPU it runs on; on Xeons with
  AMX/AVX512-BF16 it infers in bf16 by default. Measured on this project's 2-core Xeon, one
  thread: detection 0.10 s vs 0.70 s and a recognition batch 0.06 s vs 0.19 s against
  onnxruntime, with the same text on the benchmark pages (``bench/ocr_README.md``).
- ``onnxruntime``: the fallback, and a GPU path (``CUDAExecutionProvider`` from
  ``onnxruntime-gpu``).
- ``torch``: the GPU path where PyTorch with CUDA is installed but onnxruntime-gpu is not
  (:mod:`.torch_backend`): the models are loaded for the CPU first (which reads the dictionary),
  then their sessions are swapped for CUDA modules converted with onnx2torch.
"""

from __future__ import annotations

import logging
import math
import time
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from invoice_scanner_processing.documents import BBox, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.engines.ocr.base import OcrEngineError
from invoice_scanner_processing.engines.ocr.common import line_from_polygon, load_bgr, ocr_page
from invoice_scanner_processing.engines.ocr.settings import OcrSettings

logger = logging.getLogger(__name__)

BACKENDS = ("openvino", "onnxruntime", "torch")
#: rapidocr scales larger pages down to this longest side before anything else.
MAX_SIDE = 2000


def det_limit_for(height: int, width: int, base: int) -> int:
    """The detector's longest input side for one page.

    ``base`` for pages shaped like A4 or wider; a narrow page (a till receipt) gets a longer side,
    up to ``MAX_SIDE``, so its short side stays at ``base / sqrt(2)`` (A4's short side at
    ``base``) and its text is not shrunk below what the detector reads. The pixel count stays
    about that of an A4 page at ``base``.
    """
    long_side, short_side = max(height, width), min(height, width)
    if short_side <= 0:
        return base
    min_short = base / math.sqrt(2)
    if short_side * base / long_side >= 0.98 * min_short:
        return base
    return min(MAX_SIDE, max(base, math.ceil(min_short * long_side / short_side)))


#: Defaults of ``OCR_PAGE_BATCH`` and ``OCR_REC_BATCH`` (0 = these): on the GPU several pages
#: and many lines per model call (measured by ``make gpu-check``); on the CPU rapidocr's page
#: at a time and six lines a call.
GPU_PAGE_BATCH = 8
GPU_REC_BATCH = 96
CPU_REC_BATCH = 6

DET_MODEL = "PP-OCRv6_det_small.onnx"
REC_MODEL = "PP-OCRv6_rec_small.onnx"


def bundled_model_dir() -> Path:
    import rapidocr

    return Path(rapidocr.__file__).parent / "models"


class RapidOcrEngine:
    """PP-OCRv6 small through rapidocr on OpenVINO or onnxruntime (CPU, or CUDA with
    onnxruntime-gpu).

    ``det_limit_side_len`` caps the detector's input (longest side); 960 keeps A4 scans at 200 dpi
    readable and cuts detection time by about 4x against rapidocr's default. The angle classifier
    is off: preprocessing delivers upright pages.
    """

    name = "rapidocr"

    def __init__(
        self,
        *,
        threads: int,
        det_limit_side_len: int = 960,
        use_gpu: bool = False,
        backend: str = "openvino",
        rec_batch_num: int = 6,
        word_boxes: bool = False,
        restore_spaces: bool = True,
        page_batch: int = 1,
        half: bool = False,
    ) -> None:
        if use_gpu and backend != "torch":
            backend = "onnxruntime"
        if backend not in BACKENDS:
            raise OcrEngineError(f"unknown rapidocr backend {backend!r}")
        try:
            from rapidocr import EngineType, RapidOCR
        except ImportError as exc:  # pragma: no cover - dependency of the package
            raise OcrEngineError(f"rapidocr is not installed: {exc}") from exc
        models = bundled_model_dir()
        for file in (DET_MODEL, REC_MODEL):
            if not (models / file).is_file():
                raise OcrEngineError(f"rapidocr's bundled model {file} is missing in {models}")
        params: dict[str, Any] = {
            "Global.log_level": "error",
            "Global.use_cls": False,
            "Global.return_word_box": word_boxes,
            "Det.model_path": str(models / DET_MODEL),
            "Rec.model_path": str(models / REC_MODEL),
            "Det.limit_side_len": det_limit_side_len,
            "Det.limit_type": "max",
            "Rec.rec_batch_num": rec_batch_num,
            "EngineConfig.onnxruntime.intra_op_num_threads": threads,
            "EngineConfig.onnxruntime.inter_op_num_threads": 1,
            "EngineConfig.onnxruntime.use_cuda": use_gpu and backend == "onnxruntime",
        }
        if backend == "openvino":
            # The ONNX metadata (the recognition dictionary) reaches OpenVINO's rt_info, which
            # rapidocr reads, so no dictionary file is needed.
            params.update(
                {
                    "Det.engine_type": EngineType.OPENVINO,
                    "Rec.engine_type": EngineType.OPENVINO,
                    "EngineConfig.openvino.inference_num_threads": threads,
                }
            )
        try:
            self._ocr = RapidOCR(params=params)
        except Exception as exc:
            raise OcrEngineError(f"rapidocr could not load its models ({backend}): {exc}") from exc
        self.backend = backend
        if backend == "torch":
            self._swap_in_torch(models, "cuda" if use_gpu else "cpu", half and use_gpu)
        self.restore_spaces = restore_spaces
        if restore_spaces:
            self._wrap_decoder()
        self.word_boxes = word_boxes
        self.det_limit_side_len = det_limit_side_len
        self.device = "gpu" if use_gpu else "cpu"
        self.models = [DET_MODEL.removesuffix(".onnx"), REC_MODEL.removesuffix(".onnx")]
        self.threads = threads
        #: Pages read in one pass by :meth:`read_pages` (1: a page at a time, as ``read_page``).
        self.page_batch = max(1, page_batch)
        self.rec_batch_num = rec_batch_num
        #: float16 models (the torch backend on the GPU only).
        self.half = half and use_gpu and backend == "torch"
        self._batcher: Any = None

    def _detector(self) -> Any:
        """rapidocr's detector (loaded on first use); None if this rapidocr hides it."""
        load = getattr(self._ocr, "_load_det_model", None)
        return load() if callable(load) else None

    def _wrap_decoder(self) -> None:
        """Put back the spaces the recogniser drops (:mod:`.spaces`): its CTC decoder is wrapped
        by one that re-inserts a space at a character gap much wider than the line's pitch."""
        from invoice_scanner_processing.engines.ocr.spaces import SpacingDecoder

        load = getattr(self._ocr, "_load_rec_model", None)
        recogniser = load() if callable(load) else None
        decoder = getattr(recogniser, "postprocess_op", None)
        if recogniser is None or not callable(getattr(decoder, "decode", None)):
            logger.warning("this rapidocr hides its CTC decoder: dropped spaces stay dropped")
            return
        recogniser.postprocess_op = SpacingDecoder(decoder)

    def _swap_in_torch(self, models: Path, device: str, half: bool = False) -> None:
        from invoice_scanner_processing.engines.ocr.torch_backend import TorchOnnxSession

        try:
            det, rec = self._ocr._load_det_model(), self._ocr._load_rec_model()
        except AttributeError as exc:  # pragma: no cover - guards a rapidocr upgrade
            raise OcrEngineError(f"this rapidocr version cannot swap sessions: {exc}") from exc
        det.session = TorchOnnxSession(models / DET_MODEL, device, half)
        rec.session = TorchOnnxSession(models / REC_MODEL, device, half)

    def runs_on_gpu(self) -> bool:
        """True when both loaded models run on CUDA (False before the first page)."""
        from invoice_scanner_processing.engines.ocr.torch_backend import TorchOnnxSession

        sessions = [
            getattr(getattr(self._ocr, attr, None), "session", None)
            for attr in ("text_det", "text_rec")
        ]
        if any(s is None for s in sessions):
            return False
        for session in sessions:
            if isinstance(session, TorchOnnxSession):
                if session.device.type != "cuda":
                    return False
                continue
            ort_session = getattr(session, "session", None)
            providers = ort_session.get_providers() if ort_session is not None else []
            if not providers or providers[0] != "CUDAExecutionProvider":
                return False
        return True

    def read_page(self, image_path: Path, page_number: int) -> OcrPage:
        if self.page_batch > 1:  # the GPU: a batch of one still reduces on the device
            return self._read_batch([(image_path, page_number)])[0]
        start = time.perf_counter()
        image = load_bgr(image_path)
        detector = self._detector()
        if detector is not None:
            height, width = image.shape[:2]
            detector.limit_side_len = det_limit_for(height, width, self.det_limit_side_len)
        try:
            out = self._ocr(image)
        except Exception as exc:
            raise OcrEngineError(f"rapidocr failed on {image_path.name}: {exc}") from exc
        return ocr_page(self.name, page_number, image, self._lines(out), start)

    def read_pages(self, pages: Sequence[tuple[Path, int]]) -> list[OcrPage]:
        """Read several pages (path, page number) in one pass: ``page_batch`` pages at a time
        through :class:`.batched.PageBatcher` (detector batched over pages, recogniser over all
        their lines, outputs reduced on the device), or one at a time by rapidocr itself when
        ``page_batch`` is 1 (the CPU default). With ``page_batch`` above 1, :meth:`read_page`
        takes the batcher's path too. Each page's ``seconds`` is its share of its pass."""
        if self.page_batch <= 1:
            return [self.read_page(path, number) for path, number in pages]
        out: list[OcrPage] = []
        for begin in range(0, len(pages), self.page_batch):
            out.extend(self._read_batch(pages[begin : begin + self.page_batch]))
        return out

    def _read_batch(self, pages: Sequence[tuple[Path, int]]) -> list[OcrPage]:
        from invoice_scanner_processing.engines.ocr.batched import PageBatcher

        start = time.perf_counter()
        if self._batcher is None:
            self._batcher = PageBatcher(
                self._ocr,
                lambda h, w: det_limit_for(h, w, self.det_limit_side_len),
                det_batch=self.page_batch,
                rec_batch=self.rec_batch_num,
                threads=self.threads,
            )
        # Decoding a page image (a 200 dpi JPEG or PNG) takes about as long as its share of the
        # GPU's work: the pages are decoded on the batcher's threads.
        images = list(self._batcher.pool.map(load_bgr, [path for path, _ in pages]))
        try:
            outputs = self._batcher.read(images)
        except Exception as exc:
            names = ", ".join(path.name for path, _ in pages)
            raise OcrEngineError(f"rapidocr failed on {names}: {exc}") from exc
        share = round((time.perf_counter() - start) / len(pages), 4)
        return [
            ocr_page(self.name, number, image, self._lines(out), start).model_copy(
                update={"seconds": share}
            )
            for (_, number), image, out in zip(pages, images, outputs, strict=True)
        ]

    def _lines(self, out: Any) -> list[OcrLine]:
        """Our lines from rapidocr's output (boxes, texts, scores, word results)."""
        lines: list[OcrLine] = []
        boxes = getattr(out, "boxes", None)
        txts = getattr(out, "txts", None)
        if boxes is not None and txts:
            scores = getattr(out, "scores", None) or (1.0,) * len(txts)
            word_results = getattr(out, "word_results", None) or ()
            for index, (box, text, score) in enumerate(zip(boxes, txts, scores, strict=True)):
                words = (
                    self._words(word_results[index])
                    if self.word_boxes and index < len(word_results)
                    else []
                )
                lines.append(line_from_polygon(text, box.tolist(), score, words))
        return lines

    @staticmethod
    def _words(result: Any) -> list[OcrWord]:
        words: list[OcrWord] = []
        for item in result or ():
            if not item or len(item) < 3 or item[2] is None:
                continue
            text, score, points = item[0], item[1], item[2]
            if not str(text).strip():
                continue
            words.append(
                OcrWord(text=str(text), bbox=BBox.from_points(points), confidence=float(score))
            )
        return words


def build(settings: OcrSettings, device: str) -> RapidOcrEngine:
    """Registered as ``rapidocr`` (see :mod:`invoice_scanner_processing.engines.ocr`)."""
    from invoice_scanner_processing.engines.ocr.factory import backend_for

    gpu = device == "gpu"
    return RapidOcrEngine(
        threads=settings.threads,
        det_limit_side_len=settings.det_limit_side_len,
        use_gpu=gpu,
        backend=backend_for(settings, device),
        word_boxes=settings.word_boxes,
        page_batch=settings.page_batch or (GPU_PAGE_BATCH if gpu else 1),
        rec_batch_num=settings.rec_batch or (GPU_REC_BATCH if gpu else CPU_REC_BATCH),
        half=settings.half and gpu,
    )
