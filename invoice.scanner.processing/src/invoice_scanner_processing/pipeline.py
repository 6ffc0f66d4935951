"""The five stages wired over a document's artefact folder, without Celery.

Celery tasks call one method each (``tasks.py``); the accuracy benchmark and a future embedded
mode call :func:`process_file`, which runs them all in-process. Each method reads the previous
stage's artefact from ``doc_dir`` and writes its own atomically, so a stage can be re-run after
a crash and gives the same result.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import TypeVar

from invoice_scanner_processing import storage
from invoice_scanner_processing.documents import Manifest, OcrDocument
from invoice_scanner_processing.engines.ocr.base import OcrEngine
from invoice_scanner_processing.extractors.base import FieldExtractor
from invoice_scanner_processing.schema import InvoiceFields, Prediction
from invoice_scanner_processing.settings import ProcessingSettings, get_settings
from invoice_scanner_processing.stages.evaluation import Evaluation, evaluate
from invoice_scanner_processing.stages.extraction import Extraction, extract

logger = logging.getLogger(__name__)

T = TypeVar("T")


class Pipeline:
    """Stage runner; OCR engine and extractors are built on first use, once per process."""

    def __init__(self, settings: ProcessingSettings | None = None) -> None:
        self.settings = settings or get_settings()
        self._engine: OcrEngine | None = None
        self._provider: FieldExtractor | None = None
        self._reference: FieldExtractor | None = None

    @property
    def engine(self) -> OcrEngine:
        if self._engine is None:
            from invoice_scanner_processing.engines.ocr.factory import get_engine

            self._engine = get_engine(self.settings.ocr)
        return self._engine

    @property
    def provider(self) -> FieldExtractor:
        """The extractor ``LLM_PROVIDER`` names (the rule reader for ``offline``)."""
        if self._provider is None:
            from invoice_scanner_processing.providers.llm.factory import build_provider

            self._provider = build_provider(self.settings.llm)
        return self._provider

    @property
    def reference(self) -> FieldExtractor | None:
        """The rule reader beside a hosted provider (second opinion and fallback), else None."""
        if self._reference is None and self.settings.llm.is_hosted:
            from invoice_scanner_processing.providers.llm.factory import build_reference

            self._reference = build_reference(self.settings.llm)
        return self._reference

    def preprocess(self, raw_path: Path, doc_dir: Path) -> Manifest:
        from invoice_scanner_processing.stages.preprocessing import preprocess

        return preprocess(raw_path, doc_dir, settings=self.settings.preprocess)

    def ocr(self, doc_dir: Path, progress: Callable[[int, int], None] | None = None) -> OcrDocument:
        from invoice_scanner_processing.stages.ocr import run_ocr

        manifest = storage.read_model(doc_dir / storage.MANIFEST, Manifest)
        needs_engine = any(not p.use_text_layer for p in manifest.pages)
        result = run_ocr(manifest, doc_dir, self.engine if needs_engine else None, progress)
        _follow_turned_pages(doc_dir, manifest, result)
        storage.write_model(doc_dir / storage.OCR, result)
        return result

    def predict(
        self, doc_dir: Path, suppliers: Sequence[Mapping[str, object]] | None = None
    ) -> Prediction:
        """The provider's prediction, then the company's supplier memory (``suppliers``, see
        :mod:`invoice_scanner_processing.memory`) read first where a known layout fits; what
        matched goes to ``memory.json``."""
        from invoice_scanner_processing.memory import MemoryOutcome, apply_memory
        from invoice_scanner_processing.stages.prediction import predict

        document = storage.read_model(doc_dir / storage.OCR, OcrDocument)
        prediction = predict(document, self.provider, self.settings.llm, reference=self.reference)
        outcome = MemoryOutcome()
        if suppliers:
            try:
                prediction, outcome = apply_memory(document, prediction, suppliers)
            except Exception:
                # Memory is a help, never a reason to lose the reader's answer.
                logger.exception("supplier memory failed; using the reader's values")
        storage.write_model(doc_dir / storage.MEMORY, outcome)
        storage.write_model(doc_dir / storage.PREDICTION, prediction)
        return prediction

    def extract(self, doc_dir: Path, default_currency: str | None = None) -> Extraction:
        """Normalise the prediction; ``default_currency``: the company's setting (ISO 4217),
        used only when the document states no currency."""
        prediction = storage.read_model(doc_dir / storage.PREDICTION, Prediction)
        manifest = storage.read_model(doc_dir / storage.MANIFEST, Manifest)
        einvoice = None
        if manifest.embedded_invoice_xml:
            from invoice_scanner_processing.einvoice import parse_einvoice

            try:
                einvoice = parse_einvoice((doc_dir / manifest.embedded_invoice_xml).read_bytes())
            except Exception as exc:
                # A broken attachment must not lose the document: fall back to the prediction.
                logger.warning("embedded e-invoice unreadable, using prediction: %s", exc)
        result = extract(prediction, einvoice, default_currency=default_currency)
        result.fields_evidence = self._evidence(doc_dir, result, prediction)
        storage.write_model(doc_dir / storage.EXTRACTION, result)
        return result

    @staticmethod
    def _evidence(
        doc_dir: Path, extraction: Extraction, prediction: Prediction
    ) -> dict[str, dict[str, object]]:
        from invoice_scanner_processing.stages.evidence import field_source, fields_object

        ocr_path = doc_dir / storage.OCR
        pages = storage.read_model(ocr_path, OcrDocument).pages if ocr_path.exists() else []
        names = extraction.fields.model_dump(mode="json")
        sources = {
            name: field_source(
                name,
                einvoice_fields=extraction.einvoice_fields,
                derived=extraction.derived,
                provider=extraction.provider,
                defaulted=extraction.defaulted,
            )
            for name in names
        }
        values = {name: getattr(extraction.fields, name) for name in names}
        return fields_object(values, extraction.confidence, sources, pages, prediction.evidence)

    def evaluate(self, doc_dir: Path, known_ibans: Iterable[str] | None = None) -> Evaluation:
        """Checks and decision; ``known_ibans``: the seller's IBANs the company approved before."""
        from invoice_scanner_processing.stages.integrity import integrity_checks

        extraction = storage.read_model(doc_dir / storage.EXTRACTION, Extraction)
        manifest = storage.read_model(doc_dir / storage.MANIFEST, Manifest)
        ocr_path = doc_dir / storage.OCR
        ocr_conf = None
        document = None
        if ocr_path.exists():
            document = storage.read_model(ocr_path, OcrDocument)
            if any(p.source == "ocr" for p in document.pages):
                ocr_conf = document.confidence
        extra = integrity_checks(
            extraction,
            hidden_text=manifest.hidden_text,
            hidden_reasons={
                p.page_number: p.hidden_text_reason for p in manifest.pages if p.hidden_text_reason
            },
            ocr_pages=document.pages if document is not None else [],
            known_ibans=known_ibans,
        )
        result = evaluate(
            extraction,
            ocr_confidence=ocr_conf,
            threshold=self.settings.approval_threshold,
            min_field_confidence=self.settings.min_field_confidence,
            extra_checks=extra,
        )
        storage.write_model(doc_dir / storage.EVALUATION, result)
        return result


@cache
def get_pipeline() -> Pipeline:
    """The process-wide pipeline of a worker (its engine and provider are built once)."""
    return Pipeline(get_settings())


@dataclass
class PipelineOutcome:
    fields: InvoiceFields
    decision: str
    quality_score: float
    predicted_accuracy: float
    prediction: Prediction
    extraction: Extraction
    evaluation: Evaluation
    ocr: OcrDocument
    seconds: float
    stage_seconds: dict[str, float] = field(default_factory=dict)


def _follow_turned_pages(doc_dir: Path, manifest: Manifest, result: OcrDocument) -> None:
    """Rewrite the manifest where OCR turned a page image (a page read sideways, see
    :mod:`~invoice_scanner_processing.stages.reorient`): its size, and the turn as a step.
    Sizes are compared rather than ``turned`` read, so a re-run after a crash between the image
    and the manifest still mends the manifest."""
    by_number = {p.page_number: p for p in result.pages if p.source == "ocr"}
    pages, changed = [], False
    for page in manifest.pages:
        ocr_page = by_number.get(page.page_number)
        size = (round(ocr_page.width), round(ocr_page.height)) if ocr_page else None
        if size is not None and size != (page.width, page.height):
            page = page.model_copy(update={"width": size[0], "height": size[1]})
            changed = True
        pages.append(page)
    prefix = len(manifest.pages) > 1
    steps = manifest.steps + [
        f"{f'p{p.page_number}:' if prefix else ''}ocr-turn:{p.turned * 90}"
        for p in result.pages
        if p.turned
    ]
    if not changed and steps == manifest.steps:
        return
    updated = manifest.model_copy(update={"pages": pages, "steps": steps})
    storage.write_bytes_atomic(
        doc_dir / storage.MANIFEST, updated.model_dump_json(indent=1, exclude={"seconds"}).encode()
    )


def process_file(
    raw_path: Path,
    work_dir: Path,
    *,
    pipeline: Pipeline | None = None,
    default_currency: str | None = None,
) -> PipelineOutcome:
    """Run every stage in-process on ``raw_path``; artefacts go to ``work_dir``.

    ``default_currency``: a company's default currency, as the extraction task passes it."""
    pipe = pipeline or Pipeline()
    timings: dict[str, float] = {}
    start = time.perf_counter()
    timed(timings, "preprocessing", lambda: pipe.preprocess(raw_path, work_dir))
    ocr = timed(timings, "ocr", lambda: pipe.ocr(work_dir))
    return decide(pipe, work_dir, ocr, timings, start, default_currency)


def timed(timings: dict[str, float], name: str, fn: Callable[[], T]) -> T:
    """``fn()``, its wall time recorded in ``timings[name]``."""
    t0 = time.perf_counter()
    value = fn()
    timings[name] = time.perf_counter() - t0
    return value


def decide(
    pipe: Pipeline,
    work_dir: Path,
    ocr: OcrDocument,
    timings: dict[str, float],
    start: float,
    default_currency: str | None = None,
) -> PipelineOutcome:
    """The stages after OCR (prediction, extraction, evaluation) on ``work_dir``, whose OCR
    artefact is ``ocr``; the outcome's time counts from ``start``."""
    prediction = timed(timings, "prediction", lambda: pipe.predict(work_dir))
    extraction = timed(timings, "extraction", lambda: pipe.extract(work_dir, default_currency))
    evaluation = timed(timings, "evaluation", lambda: pipe.evaluate(work_dir))
    return PipelineOutcome(
        fields=extraction.fields,
        decision=evaluation.decision,
        quality_score=evaluation.quality_score,
        predicted_accuracy=evaluation.predicted_accuracy,
        prediction=prediction,
        extraction=extraction,
        evaluation=evaluation,
        ocr=ocr,
        seconds=time.perf_counter() - start,
        stage_seconds=timings,
    )
