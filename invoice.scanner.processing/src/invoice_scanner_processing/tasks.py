"""Celery tasks, made from the stage table: load a document by id, run one stage, persist.

:func:`register_tasks` registers one task per :class:`StageSpec` (its name, limits and queue
from the row) around the shared admission / retry / error handling of :func:`_run_stage`; the
per-stage code is only its *work* (call the ``Pipeline`` method, save what the API reads),
bound to the row's ``method`` with :func:`stage_work`.

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
from functools import cache
from pathlib import Path
from typing import TypeAlias, TypeVar

from celery import Celery, Task
from celery.exceptions import Ignore, SoftTimeLimitExceeded
from kombu.exceptions import OperationalError as KombuOperationalError
from pydantic import ValidationError
from sqlalchemy.dialects.postgresql import insert
from sqlalchemy.exc import DBAPIError, OperationalError
from sqlalchemy.orm import Session, object_session, sessionmaker

from invoice_scanner_common.contracts import STAGES, SWEEP_TASK
from invoice_scanner_common.contracts import DocumentStatus as S
from invoice_scanner_common.db import (
    Document,
    ExtractionResult,
    StageResult,
    make_engine,
    make_session_factory,
    session_scope,
    set_status,
)
from invoice_scanner_common.fields import FIELDS
from invoice_scanner_common.logs import document_context
from invoice_scanner_common.registry import StageRegistry, StageSpec
from invoice_scanner_processing import admission, handoff, leases
from invoice_scanner_processing.memory import (
    company_suppliers,
    memory_fields,
    record_supplier_match,
)
from invoice_scanner_processing.pipeline import get_pipeline
from invoice_scanner_processing.settings import get_settings

logger = logging.getLogger(__name__)


@cache
def session_factory() -> sessionmaker[Session]:
    """The worker process's sessions (a small pool: one task runs at a time)."""
    engine = make_engine(get_settings().common.database_url, pool_size=2, max_overflow=2)
    return make_session_factory(engine)


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


def doc_dir(document_id: uuid.UUID) -> Path:
    return get_settings().common.documents_processed_dir / str(document_id)


#: What a stage's work returns: nothing (the stage's single ``done`` status, if it has one, or
#: the status unchanged), one of its ``done`` statuses, or that with a reason.
Outcome: TypeAlias = str | tuple[str, str | None] | None

#: A stage's work: runs its pipeline method on the document and persists what the API reads.
#: It gets the document row (in an open session) and returns the :data:`Outcome`.
Work: TypeAlias = Callable[[Document], Outcome]

#: The processing side of the stage table: work by ``StageSpec.method``.
STAGE_WORK: dict[str, Work] = {}


#: Tasks that are not stages, with their Celery options (``name`` included); routed by
#: ``StageRegistry.register_task`` in the contract and registered by :func:`register_tasks`.
OTHER_TASKS: list[tuple[object, dict[str, object]]] = []

F = TypeVar("F")


def worker_task(**options: object) -> Callable[[F], F]:
    """Declare a task that is not a stage (the app is built later, from the stage table).
    ``optional=True``: an app whose registry does not route it runs without it."""

    def declare(fn: F) -> F:
        OTHER_TASKS.append((fn, options))
        return fn

    return declare


def stage_work(method: str) -> Callable[[Work], Work]:
    """Bind ``method`` (a ``StageSpec.method``) to the decorated work function."""

    def bind(work: Work) -> Work:
        STAGE_WORK[method] = work
        return work

    return bind


def _admit(
    session: Session,
    doc: Document | None,
    stage: StageSpec,
    accepts: frozenset[str],
    max_starts: int,
    task_id: str,
) -> str:
    """``run``, ``skip`` or ``gave_up`` for this delivery of ``stage`` (the caller commits)."""
    if doc is None:
        logger.error("%s: document does not exist; nothing to do", stage.name)
        return "skip"
    if doc.status not in accepts:
        # Already past this stage (a redelivered message) or failed: never redo work that
        # another run finished, and stop this chain.
        logger.warning("%s: skipped, document is %s", stage.name, doc.status)
        return "skip"
    if doc.next_task is not None and doc.next_task != stage.task:
        # The status alone cannot tell (OCR keeps ocr_extracting until prediction starts).
        logger.warning("%s: skipped, the document waits for %s", stage.name, doc.next_task)
        return "skip"
    if leases.held_by_other(doc, task_id):
        # A live worker renews this lease; a message of the same task id is a redelivery
        # after its worker died (or a retry), which may take over.
        logger.warning("%s: skipped, leased by %s", stage.name, doc.lease_owner)
        return "skip"
    doc.stage_attempts += 1
    if doc.stage_attempts > max_starts:
        # Counted before the work and committed, so a worker killed mid-stage (a segfault, the
        # OOM killer) still counts: the document is set aside instead of killing every worker.
        leases.finish(doc)
        set_status(
            session,
            doc,
            stage.error.value,
            f"the {stage.name} stage was started {doc.stage_attempts - 1} times without "
            "finishing (the worker stopped mid-stage); the document was set aside",
        )
        return "gave_up"
    leases.take(doc, task_id)
    if doc.status != stage.running.value:
        set_status(session, doc, stage.running.value)
    return "run"


def _run_stage(
    task: Task, registry: StageRegistry, stage: StageSpec, document_id: str, work: Work
) -> None:
    doc_uuid = uuid.UUID(document_id)
    limits = stage.retry
    sessions = session_factory()
    task_id = str(task.request.id)
    company_id: uuid.UUID | None = None
    with document_context(document_id):
        try:
            with session_scope(sessions) as session:
                doc = session.get(Document, doc_uuid, with_for_update=True)
                company_id = doc.company_id if doc is not None else None
                verdict = _admit(
                    session,
                    doc,
                    stage,
                    registry.accepts(stage.name),
                    limits.max_retries + 1 + MAX_CRASHES,
                    task_id,
                )
            if verdict == "gave_up":
                release_slot(task.app, registry, company_id)
            if verdict != "run":
                raise Ignore()
            with (
                leases.Heartbeat(sessions, doc_uuid, task_id),
                session_scope(sessions) as session,
            ):
                doc = session.get(Document, doc_uuid)
                assert doc is not None
                # No transaction stays open while the stage runs (OCR and LLM calls take
                # minutes); the work's writes start a new, short one.
                session.commit()
                outcome = work(doc)
                doc.stage_attempts = 0
                done, reason = _done(stage, outcome)
                if done is not None:
                    set_status(session, doc, done, reason)
                message = handoff.hand_off(session, registry, stage, doc)
            handoff.publish_now(session_factory(), task.app, message)
            if message is None:  # the pipeline ended: a slot of the company came free
                release_slot(task.app, registry, company_id)
            logger.info("%s: done", stage.name)
        except Ignore:
            raise
        except Exception as exc:
            if _is_transient(exc) and task.request.retries < limits.max_retries:
                delay = _backoff(task.request.retries, limits.countdown, exc)
                leases.extend_quietly(sessions, doc_uuid, task_id, delay)
                logger.warning(
                    "%s: transient failure (%s), retry %d/%d in %.0fs",
                    stage.name,
                    type(exc).__name__,
                    task.request.retries + 1,
                    limits.max_retries,
                    delay,
                )
                raise task.retry(exc=exc, countdown=delay) from exc
            logger.exception("%s: failed: %s", stage.name, _reason(exc))
            try:
                with session_scope(sessions) as session:
                    failed = set_status(session, doc_uuid, stage.error.value, _reason(exc))
                    leases.finish(failed)
            except Exception:
                # The database is gone too; the document keeps its stage status and the
                # stuck-document sweeper (or a re-run) picks it up.
                logger.exception("%s: could not record the failure", stage.name)
            else:
                release_slot(task.app, registry, company_id)
            raise


def _done(stage: StageSpec, outcome: Outcome) -> tuple[str | None, str | None]:
    """The status (and reason) the stage ends in; the work may only choose its own."""
    done, reason = outcome if isinstance(outcome, tuple) else (outcome, None)
    if done is None:
        return (stage.done[0].value if len(stage.done) == 1 else None), reason
    if done not in {s.value for s in stage.done}:
        raise PermanentStageError(f"the {stage.name} stage ended in an unknown status {done!r}")
    return done, reason


def _backoff(retries: int, base: int, exc: BaseException) -> float:
    retry_after = getattr(exc, "retry_after", None)
    if retry_after:
        return float(retry_after)
    # Exponential backoff with full jitter: spreads retries of many documents after an outage.
    return random.uniform(base / 2, base * (2**retries))


def _save_stage_result(
    session: Session, document_id: uuid.UUID, stage: str, data: dict[str, object]
) -> None:
    stmt = insert(StageResult).values(document_id=document_id, stage=stage, data=data)
    session.execute(
        stmt.on_conflict_do_update(
            index_elements=["document_id", "stage"], set_={"data": stmt.excluded.data}
        )
    )


def orchestrate(registry: StageRegistry, task: Task, document_id: str, company_id: str) -> None:
    """Start a document's pipeline, once, or hold it back while its company has
    ``COMPANY_MAX_IN_FLIGHT`` documents in flight (``admission``)."""
    doc_uuid = uuid.UUID(document_id)
    sessions = session_factory()
    first = next(iter(registry)).running.value
    cap = get_settings().common.admission.max_in_flight
    with document_context(document_id):
        try:
            # Of two orchestrations (a redelivered message, a repeated enqueue, a sweeper's
            # re-drive) only one finds the document unstarted: both take the company's lock
            # and then the row's. The first stage's message is written in the same
            # transaction (the outbox), and each stage queues the next one when it finishes.
            with session_scope(sessions) as session:
                admission.lock_company(session, uuid.UUID(company_id))
                doc = session.get(Document, doc_uuid, with_for_update=True)
                if (
                    doc is None
                    or doc.company_id != uuid.UUID(company_id)
                    or doc.status != first
                    or doc.pipeline_started_at is not None
                ):
                    logger.warning("orchestrate: not started (unknown, other company, or running)")
                    return
                messages = admission.orchestrate(session, registry, doc, cap)
            for message in messages:
                handoff.publish_now(session_factory(), task.app, message)
            logger.info("orchestrate: %d pipeline(s) queued", len(messages))
        except Exception as exc:
            if _is_transient(exc) or isinstance(exc, KombuOperationalError):
                raise task.retry(
                    exc=exc, countdown=_backoff(task.request.retries, 10, exc)
                ) from exc
            raise


def release_slot(app: Celery, registry: StageRegistry, company_id: uuid.UUID | None) -> None:
    """A document of the company ended: start its oldest waiting ones (``admission``)."""
    cap = get_settings().common.admission.max_in_flight
    admission.release_now(session_factory(), app, registry, company_id, cap)


def register_tasks(app: Celery, registry: StageRegistry = STAGES) -> None:
    """Register the orchestrator and one task per registry row, with the row's limits."""

    # shared=False: each app gets its own tasks (Celery otherwise adds them to every app).
    @app.task(name=registry.orchestrator[0], bind=True, acks_late=True, max_retries=5, shared=False)
    def orchestrate_document_processing(self: Task, document_id: str, company_id: str) -> None:
        orchestrate(registry, self, document_id, company_id)

    # A task that is not a stage must be routed (else start-up stops, routing.check_routes);
    # an optional one (the webhook sender) is left out of an app whose registry omits it.
    routed = registry.task_queues()
    for fn, declared in OTHER_TASKS:
        options = {k: v for k, v in declared.items() if k != "optional"}
        if declared.get("optional") and options.get("name") not in routed:
            continue
        app.task(**{"shared": False, **options})(fn)
    for spec in registry:
        work = STAGE_WORK.get(spec.method)
        if work is None:
            raise LookupError(
                f"stage {spec.name}: no work is bound to method {spec.method!r} "
                f"(bound: {', '.join(sorted(STAGE_WORK))})"
            )
        app.task(
            name=spec.task,
            bind=True,
            soft_time_limit=spec.soft_time_limit,
            time_limit=spec.time_limit,
            shared=False,
        )(_stage_task(registry, spec, work))


def register_sweeper(app: Celery, registry: StageRegistry) -> None:
    """The periodic sweep (``processing.sweeper``); its failures wait for the next run."""
    from invoice_scanner_processing.sweeper import sweep

    @app.task(name=SWEEP_TASK, ignore_result=True, shared=False)
    def sweep_documents() -> None:
        sweep(session_factory(), handoff.celery_sender(app), registry, get_settings().common)


def _stage_task(
    registry: StageRegistry, spec: StageSpec, work: Work
) -> Callable[[Task, str], None]:
    def run_stage(self: Task, document_id: str) -> None:
        _run_stage(self, registry, spec, document_id, work)

    run_stage.__name__ = run_stage.__qualname__ = f"{spec.name}_document"
    return run_stage


# --- the work of each built-in stage ----------------------------------------------------------


@stage_work("preprocess")
def preprocess_document(doc: Document) -> Outcome:
    from invoice_scanner_processing.stages.preprocessing import PreprocessError

    raw = get_settings().common.documents_raw_dir / doc.stored_path
    try:
        manifest = get_pipeline().preprocess(raw, doc_dir(doc.id))
    except PreprocessError as exc:
        raise PermanentStageError(str(exc)) from exc
    except FileNotFoundError as exc:
        raise PermanentStageError("the uploaded file is missing from storage") from exc
    doc.page_count = len(manifest.pages)
    _save_stage_result(
        _session_of(doc),
        doc.id,
        "preprocessing",
        manifest.model_dump(mode="json", exclude={"text_layer", "hidden_text"}),
    )
    return None


@stage_work("ocr")
def ocr_document(doc: Document) -> Outcome:
    def progress(done: int, total: int) -> None:
        # Shown by the status endpoint as status_reason while OCR runs; committed in its
        # own short transaction so the client sees it before the stage ends.
        logger.info("ocr: page %d of %d", done, total)
        if total > 1:
            with session_scope(session_factory()) as progress_session:
                row = progress_session.get(Document, doc.id)
                if row is not None:
                    row.status_reason = f"OCR: page {done} of {total} done"

    result = get_pipeline().ocr(doc_dir(doc.id), progress)
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
    return None


@stage_work("predict")
def predict_document(doc: Document) -> Outcome:
    session = _session_of(doc)
    suppliers = company_suppliers(session, doc.company_id)
    session.commit()  # no transaction open while the provider answers
    prediction = get_pipeline().predict(doc_dir(doc.id), suppliers)
    record_supplier_match(doc, doc_dir(doc.id))
    _save_stage_result(
        _session_of(doc),
        doc.id,
        "prediction",
        prediction.model_dump(mode="json", exclude={"fields", "evidence"}),
    )
    return None


@stage_work("extract")
def extract_document(doc: Document) -> Outcome:
    from invoice_scanner_processing.repository import company_default_currency

    default_currency = company_default_currency(_session_of(doc), doc.company_id)
    result = get_pipeline().extract(doc_dir(doc.id), default_currency)
    f = result.fields
    # ``fields``: evidence per field (value, confidence, source, page, bbox); the fields read
    # from the supplier's memory get the source ``memory``.
    data = f.model_dump(mode="json") | {"fields": result.fields_evidence}
    memory_fields(data, doc_dir(doc.id), result)
    # The field table's columns, then the whole invoice as JSON.
    values: dict[str, object] = {spec.name: getattr(f, spec.name) for spec in FIELDS.columns}
    values |= {"data": data, "field_confidence": result.confidence}
    stmt = insert(ExtractionResult).values(document_id=doc.id, **values)
    _session_of(doc).execute(
        stmt.on_conflict_do_update(index_elements=["document_id"], set_=values)
    )
    return None


@stage_work("evaluate")
def evaluate_document(doc: Document) -> Outcome:
    from invoice_scanner_processing.repository import approved_seller_ibans

    session = _session_of(doc)
    extraction = session.get(ExtractionResult, doc.id)
    data = extraction.data if extraction is not None else {}
    known = approved_seller_ibans(
        session, doc.company_id, doc.id, data.get("vendor_name"), data.get("vendor_vat_id")
    )
    result = get_pipeline().evaluate(doc_dir(doc.id), known_ibans=known)
    doc.quality_score = result.quality_score
    doc.predicted_accuracy = result.predicted_accuracy
    if extraction is not None:
        extraction.evaluation = result.model_dump(mode="json")
    decision = S.APPROVED if result.decision == "approved" else S.MANUAL_REVIEW
    return decision, "; ".join(result.reasons) or None


def _session_of(doc: Document) -> Session:
    session = object_session(doc)
    assert session is not None
    return session
