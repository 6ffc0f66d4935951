"""Celery tasks: thin wrappers that load a document by id, run one stage and persist.

Arguments are ids (JSON). Postgres is the source of truth for status; every transition is
recorded. Transient failures (database or broker hiccups, provider rate limits) are retried
with backoff and jitter within the stage's budget; permanent ones set ``{step}_error`` with a
reason and stop the chain.
"""

from __future__ import annotations

import logging
import random
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeAlias

from celery import Task, chain
from celery.exceptions import Ignore, SoftTimeLimitExceeded
from kombu.exceptions import OperationalError as KombuOperationalError
from pydantic import ValidationError
from sqlalchemy import func, update
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError, OperationalError

from invoice_scanner_common.contracts import DocumentStatus as S
from invoice_scanner_common.contracts import TaskName
from invoice_scanner_common.db import (
    Document,
    ExtractionResult,
    StageResult,
    make_engine,
    make_session_factory,
    session_scope,
    set_status,
)
from invoice_scanner_common.logs import document_context
from invoice_scanner_processing.celery_app import app
from invoice_scanner_processing.memory import (
    company_suppliers,
    memory_fields,
    record_supplier_match,
)
from invoice_scanner_processing.pipeline import Pipeline
from invoice_scanner_processing.settings import get_settings

logger = logging.getLogger(__name__)

settings = get_settings()
pipeline = Pipeline(settings)
_engine = make_engine(settings.common.database_url, pool_size=2, max_overflow=2)
SessionFactory = make_session_factory(_engine)


class PermanentStageError(Exception):
    """A stage failed in a way retrying cannot fix; the message is shown to the user."""


def _is_transient(exc: BaseException) -> bool:
    # A ProviderError reaching a task is final: the provider client already spent the llm
    # retry budget (with Retry-After), and retrying here again would multiply it.
    if isinstance(exc, OperationalError | DBAPIError):
        return bool(getattr(exc, "connection_invalidated", False)) or isinstance(
            exc, OperationalError
        )
    return isinstance(exc, ConnectionError | TimeoutError)


def _reason(exc: BaseException) -> str:
    """The reason shown to the client: our own messages, never driver or file-system text."""
    from invoice_scanner_processing.providers.llm.base import ProviderError

    if isinstance(exc, SoftTimeLimitExceeded):
        return "the stage ran out of time"
    if isinstance(exc, ValidationError):
        return f"invalid data: {exc.error_count()} validation error(s)"
    if isinstance(exc, PermanentStageError | ProviderError):
        return (str(exc).strip() or type(exc).__name__)[:500]
    # Anything else may carry SQL, parameters or server paths: name it, log the details.
    return f"unexpected {type(exc).__name__}; the worker log has the details"


#: Starts of one stage beyond its retry budget that are taken as crashes of the worker.
MAX_CRASHES = 2


@dataclass(frozen=True)
class Stage:
    key: str  # retry-table key
    accepts: frozenset[S]  # statuses this stage may start from (redelivery included)
    start: S | None
    error: S


STAGES = {
    "preprocessing": Stage("preprocessing", frozenset({S.PREPROCESSING}), None, S.PREPROCESS_ERROR),
    "ocr": Stage(
        "ocr", frozenset({S.PREPROCESSED, S.OCR_EXTRACTING}), S.OCR_EXTRACTING, S.OCR_ERROR
    ),
    "llm": Stage("llm", frozenset({S.OCR_EXTRACTING, S.PREDICTING}), S.PREDICTING, S.PREDICT_ERROR),
    "extraction": Stage(
        "extraction", frozenset({S.PREDICTING, S.EXTRACTION}), S.EXTRACTION, S.EXTRACTION_ERROR
    ),
    "evaluation": Stage(
        "evaluation",
        frozenset({S.EXTRACTION, S.AUTOMATED_EVALUATION}),
        S.AUTOMATED_EVALUATION,
        S.EVALUATION_ERROR,
    ),
}


def doc_dir(document_id: uuid.UUID) -> Path:
    return settings.common.documents_processed_dir / str(document_id)


#: What a stage's work returns: nothing (status unchanged), the next status, or it with a reason.
Outcome: TypeAlias = S | tuple[S, str | None] | None


def _admit(session: Any, doc: Document | None, stage: Stage, max_starts: int) -> str:
    """``run``, ``skip`` or ``gave_up`` for this delivery of ``stage`` (the caller commits)."""
    if doc is None:
        logger.error("%s: document does not exist; nothing to do", stage.key)
        return "skip"
    if S(doc.status) not in stage.accepts:
        # Already past this stage (a redelivered message) or failed: never redo work that
        # another run finished, and stop this chain.
        logger.warning("%s: skipped, document is %s", stage.key, doc.status)
        return "skip"
    doc.stage_attempts += 1
    if doc.stage_attempts > max_starts:
        # Counted before the work and committed, so a worker killed mid-stage (a segfault, the
        # OOM killer) still counts: the document is set aside instead of killing every worker.
        set_status(
            session,
            doc,
            stage.error,
            f"the {stage.key} stage was started {doc.stage_attempts - 1} times without "
            "finishing (the worker stopped mid-stage); the document was set aside",
        )
        return "gave_up"
    if stage.start is not None and doc.status != stage.start.value:
        set_status(session, doc, stage.start)
    return "run"


def _run_stage(
    task: Task, stage: Stage, document_id: str, work: Callable[[Document], Outcome]
) -> None:
    doc_uuid = uuid.UUID(document_id)
    limits = settings.stage_limits[stage.key]
    with document_context(document_id):
        try:
            with session_scope(SessionFactory) as session:
                doc = session.get(Document, doc_uuid, with_for_update=True)
                verdict = _admit(session, doc, stage, limits.max_retries + 1 + MAX_CRASHES)
            if verdict != "run":
                raise Ignore()
            with session_scope(SessionFactory) as session:
                doc = session.get(Document, doc_uuid)
                assert doc is not None
                # No transaction stays open while the stage runs (OCR and LLM calls take
                # minutes); the work's writes start a new, short one.
                session.commit()
                outcome = work(doc)
                doc.stage_attempts = 0
                if outcome is not None:
                    done, reason = outcome if isinstance(outcome, tuple) else (outcome, None)
                    set_status(session, doc, done, reason)
            logger.info("%s: done", stage.key)
        except Ignore:
            raise
        except Exception as exc:
            if _is_transient(exc) and task.request.retries < limits.max_retries:
                delay = _backoff(task.request.retries, limits.countdown, exc)
                logger.warning(
                    "%s: transient failure (%s), retry %d/%d in %.0fs",
                    stage.key,
                    type(exc).__name__,
                    task.request.retries + 1,
                    limits.max_retries,
                    delay,
                )
                raise task.retry(exc=exc, countdown=delay) from exc
            logger.exception("%s: failed: %s", stage.key, _reason(exc))
            try:
                with session_scope(SessionFactory) as session:
                    set_status(session, doc_uuid, stage.error, _reason(exc))
            except Exception:
                # The database is gone too; the document keeps its stage status and the
                # stuck-document sweeper (or a re-run) picks it up.
                logger.exception("%s: could not record the failure", stage.key)
            raise


def _backoff(retries: int, base: int, exc: BaseException) -> float:
    retry_after = getattr(exc, "retry_after", None)
    if retry_after:
        return float(retry_after)
    # Exponential backoff with full jitter: spreads retries of many documents after an outage.
    return random.uniform(base / 2, base * (2**retries))


def _limits(key: str) -> dict[str, Any]:
    lim = settings.stage_limits[key]
    return {"soft_time_limit": lim.soft_time_limit, "time_limit": lim.time_limit}


def _save_stage_result(session: Any, document_id: uuid.UUID, stage: str, data: dict) -> None:
    stmt = insert(StageResult).values(document_id=document_id, stage=stage, data=data)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["document_id", "stage"], set_={"data": stmt.excluded.data}
        )
    )


@app.task(name=TaskName.ORCHESTRATE.value, bind=True, acks_late=True, max_retries=5)
def orchestrate_document_processing(self: Task, document_id: str, company_id: str) -> None:
    """Chain the five stage tasks for a document, once; each runs on its own queue."""
    doc_uuid = uuid.UUID(document_id)
    with document_context(document_id):
        try:
            # Claim the document atomically: of two orchestrations (a redelivered message, a
            # repeated enqueue) only one finds pipeline_started_at empty.
            with session_scope(SessionFactory) as session:
                claimed = session.execute(
                    update(Document)
                    .where(
                        Document.id == doc_uuid,
                        Document.company_id == uuid.UUID(company_id),
                        Document.status == S.PREPROCESSING.value,
                        Document.pipeline_started_at.is_(None),
                    )
                    .values(pipeline_started_at=func.now())
                    .returning(Document.id)
                ).first()
            if claimed is None:
                logger.warning("orchestrate: not started (unknown, other company, or running)")
                return
            ids = {"document_id": document_id}
            try:
                chain(
                    *(
                        app.signature(name.value, kwargs=ids, immutable=True)
                        for name in (
                            TaskName.PREPROCESS,
                            TaskName.OCR,
                            TaskName.PREDICT,
                            TaskName.EXTRACT,
                            TaskName.EVALUATE,
                        )
                    )
                ).apply_async()
            except BaseException:
                with session_scope(SessionFactory) as session:
                    session.execute(
                        update(Document)
                        .where(Document.id == doc_uuid)
                        .values(pipeline_started_at=None)
                    )
                raise
            logger.info("orchestrate: pipeline queued")
        except Exception as exc:
            if _is_transient(exc) or isinstance(exc, KombuOperationalError):
                raise self.retry(
                    exc=exc, countdown=_backoff(self.request.retries, 10, exc)
                ) from exc
            raise


@app.task(name=TaskName.PREPROCESS.value, bind=True, **_limits("preprocessing"))
def preprocess_document(self: Task, document_id: str) -> None:
    def work(doc: Document) -> S:
        from invoice_scanner_processing.stages.preprocessing import PreprocessError

        raw = settings.common.documents_raw_dir / doc.stored_path
        try:
            manifest = pipeline.preprocess(raw, doc_dir(doc.id))
        except PreprocessError as exc:
            raise PermanentStageError(str(exc)) from exc
        except FileNotFoundError as exc:
            raise PermanentStageError("the uploaded file is missing from storage") from exc
        doc.page_count = len(manifest.pages)
        _save_stage_result(
            _session_of(doc),
            doc.id,
            "preprocessing",
            manifest.model_dump(mode="json", exclude={"text_layer"}),
        )
        return S.PREPROCESSED

    _run_stage(self, STAGES["preprocessing"], document_id, work)


@app.task(name=TaskName.OCR.value, bind=True, **_limits("ocr"))
def ocr_document(self: Task, document_id: str) -> None:
    def work(doc: Document) -> None:
        def progress(done: int, total: int) -> None:
            # Shown by the status endpoint as status_reason while OCR runs; committed in its
            # own short transaction so the client sees it before the stage ends.
            logger.info("ocr: page %d of %d", done, total)
            if total > 1:
                with session_scope(SessionFactory) as progress_session:
                    row = progress_session.get(Document, doc.id)
                    if row is not None:
                        row.status_reason = f"OCR: page {done} of {total} done"

        result = pipeline.ocr(doc_dir(doc.id), progress)
        _save_stage_result(
            _session_of(doc),
            doc.id,
            "ocr",
            {
                "engine": result.engine,
                "models": result.models,
                "device": result.device,
                "gpu_used": result.gpu_used,
                "confidence": round(result.confidence, 4),
                "seconds": round(result.seconds, 3),
                "pages": [
                    {"page": p.page_number, "source": p.source, "lines": len(p.lines)}
                    for p in result.pages
                ],
            },
        )

    _run_stage(self, STAGES["ocr"], document_id, work)


@app.task(name=TaskName.PREDICT.value, bind=True, **_limits("llm"))
def predict_document(self: Task, document_id: str) -> None:
    def work(doc: Document) -> None:
        session = _session_of(doc)
        suppliers = company_suppliers(session, doc.company_id)
        session.commit()  # no transaction open while the provider answers
        prediction = pipeline.predict(doc_dir(doc.id), suppliers)
        record_supplier_match(doc, doc_dir(doc.id))
        _save_stage_result(
            _session_of(doc),
            doc.id,
            "prediction",
            prediction.model_dump(mode="json", exclude={"fields", "evidence"}),
        )

    _run_stage(self, STAGES["llm"], document_id, work)


@app.task(name=TaskName.EXTRACT.value, bind=True, **_limits("extraction"))
def extract_document(self: Task, document_id: str) -> None:
    def work(doc: Document) -> None:
        result = pipeline.extract(doc_dir(doc.id))
        f = result.fields
        data = f.model_dump(mode="json")
        memory_fields(data, doc_dir(doc.id), result)
        values = {
            "invoice_number": f.invoice_number,
            "invoice_date": f.invoice_date,
            "due_date": f.due_date,
            "vendor_name": f.vendor_name,
            "currency": f.currency,
            "amount": f.amount,
            "vat": f.vat,
            "total": f.total,
            "data": data,
            "field_confidence": result.confidence,
        }
        stmt = insert(ExtractionResult).values(document_id=doc.id, **values)
        _session_of(doc).execute(
            stmt.on_conflict_do_update(index_elements=["document_id"], set_=values)
        )

    _run_stage(self, STAGES["extraction"], document_id, work)


@app.task(name=TaskName.EVALUATE.value, bind=True, **_limits("evaluation"))
def evaluate_document(self: Task, document_id: str) -> None:
    def work(doc: Document) -> Outcome:
        result = pipeline.evaluate(doc_dir(doc.id))
        doc.quality_score = result.quality_score
        doc.predicted_accuracy = result.predicted_accuracy
        session = _session_of(doc)
        extraction = session.get(ExtractionResult, doc.id)
        if extraction is not None:
            extraction.evaluation = result.model_dump(mode="json")
        decision = S.APPROVED if result.decision == "approved" else S.MANUAL_REVIEW
        return decision, "; ".join(result.reasons) or None

    _run_stage(self, STAGES["evaluation"], document_id, work)


def _session_of(doc: Document) -> Any:
    from sqlalchemy.orm import object_session

    session = object_session(doc)
    assert session is not None
    return session
