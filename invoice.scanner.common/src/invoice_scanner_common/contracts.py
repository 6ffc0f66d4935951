"""Queue names, task names, the document statuses and the stage table.

This module is the whole contract between the API and the workers: the API sends tasks by the
names below and reads statuses from Postgres; it never imports processing code. :data:`STAGES`
is the one table of pipeline stages: the status flow, progress numbers, routes, chain, time
limits and worker list all derive from it (see :mod:`invoice_scanner_common.registry`).
"""

from __future__ import annotations

from collections.abc import Mapping
from enum import StrEnum

from invoice_scanner_common.registry import (
    RetryPolicy,
    StageRegistry,
    StageSpec,
    StatusInfo,
    StatusSpec,
    WorkerSpec,
)


class Queue(StrEnum):
    """One Redis queue per pipeline stage; each has its own worker service."""

    PREPROCESSING = "preprocessing"
    OCR = "ocr"
    LLM = "llm"
    EXTRACTION = "extraction"
    EVALUATION = "evaluation"
    #: Signed webhook deliveries, with their own retries (not a pipeline stage).
    WEBHOOKS = "webhooks"


class TaskName(StrEnum):
    """Registered Celery task names. The orchestrator runs on the preprocessing queue."""

    ORCHESTRATE = "invoice_scanner.orchestrate_document_processing"
    PREPROCESS = "invoice_scanner.preprocess_document"
    OCR = "invoice_scanner.ocr_document"
    PREDICT = "invoice_scanner.predict_document"
    EXTRACT = "invoice_scanner.extract_document"
    EVALUATE = "invoice_scanner.evaluate_document"
    DELIVER_WEBHOOK = "invoice_scanner.deliver_webhook"


class DocumentStatus(StrEnum):
    """Every status a document can have. Values are stored in Postgres and shown by the API."""

    #: Held back before the pipeline: the company has ``COMPANY_MAX_IN_FLIGHT`` documents in
    #: flight; released oldest first as they finish.
    WAITING = "waiting"
    PREPROCESSING = "preprocessing"
    PREPROCESSED = "preprocessed"
    OCR_EXTRACTING = "ocr_extracting"
    PREDICTING = "predicting"
    EXTRACTION = "extraction"
    AUTOMATED_EVALUATION = "automated_evaluation"
    APPROVED = "approved"
    MANUAL_REVIEW = "manual_review"
    REJECTED = "rejected"
    PREPROCESS_ERROR = "preprocess_error"
    OCR_ERROR = "ocr_error"
    PREDICT_ERROR = "predict_error"
    EXTRACTION_ERROR = "extraction_error"
    EVALUATION_ERROR = "evaluation_error"

    @property
    def info(self) -> StatusInfo:
        return status_info(self)

    @property
    def is_terminal(self) -> bool:
        return is_terminal(self)

    @property
    def is_error(self) -> bool:
        return self.value.endswith("_error")


#: The sweeper (``processing.sweeper``): publishes the outbox, re-drives unfinished documents,
#: removes orphan upload files and enforces retention. It has its own small queue, consumed by
#: the ``sweeper`` service (a worker with the beat scheduler), so a busy stage never delays it.
SWEEP_TASK = "invoice_scanner.sweep"
MAINTENANCE_QUEUE = "maintenance"

_S = DocumentStatus

#: The pipeline, in order. Adding a stage: a row here (and its statuses above), the stage
#: module, its ``Pipeline`` method and task work (``processing.tasks``), a compose service.
STAGES = StageRegistry(
    [
        StageSpec(
            name="preprocessing",
            task=TaskName.PREPROCESS,
            queue=Queue.PREPROCESSING,
            running=StatusSpec(
                _S.PREPROCESSING,
                "Preprocessing",
                "The document is queued or being converted into page images",
            ),
            done=(
                StatusSpec(
                    _S.PREPROCESSED, "Preprocessed", "Page images are ready and waiting for OCR"
                ),
            ),
            error=StatusSpec(
                _S.PREPROCESS_ERROR,
                "Preprocessing Error",
                "The document could not be read or converted",
            ),
            method="preprocess",
            artefact="manifest.json",
            retry=RetryPolicy(max_retries=2, countdown=60),
            soft_time_limit=300,
            time_limit=360,
        ),
        StageSpec(
            name="ocr",
            task=TaskName.OCR,
            queue=Queue.OCR,
            running=StatusSpec(
                _S.OCR_EXTRACTING, "OCR Extracting", "OCR extraction is in progress"
            ),
            error=StatusSpec(_S.OCR_ERROR, "OCR Error", "Text recognition failed"),
            method="ocr",
            artefact="ocr.json",
            retry=RetryPolicy(max_retries=3, countdown=120),
            soft_time_limit=900,
            time_limit=960,
            # One OCR process uses every core; it loads its models before the first task.
            worker=WorkerSpec(
                concurrency=1, concurrency_var="OCR_WORKER_CONCURRENCY", warmup="ocr"
            ),
        ),
        StageSpec(
            name="llm",
            task=TaskName.PREDICT,
            queue=Queue.LLM,
            running=StatusSpec(
                _S.PREDICTING, "Predicting", "Invoice fields are being predicted from the text"
            ),
            error=StatusSpec(
                _S.PREDICT_ERROR, "Prediction Error", "Invoice fields could not be predicted"
            ),
            method="predict",
            artefact="prediction.json",
            retry=RetryPolicy(max_retries=3, countdown=300),
            soft_time_limit=600,
            time_limit=660,
            # The llm worker mostly waits on the network.
            worker=WorkerSpec(concurrency=4, concurrency_var="LLM_WORKER_CONCURRENCY"),
        ),
        StageSpec(
            name="extraction",
            task=TaskName.EXTRACT,
            queue=Queue.EXTRACTION,
            running=StatusSpec(
                _S.EXTRACTION, "Extraction", "Predicted fields are being validated and normalised"
            ),
            error=StatusSpec(
                _S.EXTRACTION_ERROR, "Extraction Error", "Predicted fields could not be normalised"
            ),
            method="extract",
            artefact="extraction.json",
            retry=RetryPolicy(max_retries=2, countdown=30),
            soft_time_limit=120,
            time_limit=150,
        ),
        StageSpec(
            name="evaluation",
            task=TaskName.EVALUATE,
            queue=Queue.EVALUATION,
            running=StatusSpec(
                _S.AUTOMATED_EVALUATION,
                "Automated Evaluation",
                "The result is being checked for completeness and consistency",
            ),
            done=(
                StatusSpec(
                    _S.APPROVED,
                    "Approved",
                    "All checks passed; the data was approved automatically",
                ),
                StatusSpec(
                    _S.MANUAL_REVIEW,
                    "Manual Review",
                    "Processing finished but a person should check the data",
                ),
                # Set by a reviewer, not by the stage; listed here so that it is terminal and
                # reports full progress like the stage's own outcomes.
                StatusSpec(
                    _S.REJECTED,
                    "Rejected",
                    "A reviewer rejected the document; the reason says why",
                ),
            ),
            error=StatusSpec(
                _S.EVALUATION_ERROR, "Evaluation Error", "The automated evaluation failed"
            ),
            method="evaluate",
            artefact="evaluation.json",
            retry=RetryPolicy(max_retries=2, countdown=30),
            soft_time_limit=120,
            time_limit=150,
        ),
    ],
    orchestrator=(TaskName.ORCHESTRATE, Queue.PREPROCESSING),
    waiting=StatusSpec(
        _S.WAITING,
        "Waiting",
        "Waiting for a processing slot: the company's earlier documents go first (at most "
        "COMPANY_MAX_IN_FLIGHT of a company's documents are processed at a time)",
    ),
)
# Webhook deliveries: not a stage, their own queue and worker (it mostly waits on receivers).
STAGES.register_queue(
    Queue.WEBHOOKS, WorkerSpec(concurrency=2, concurrency_var="WEBHOOK_WORKER_CONCURRENCY")
)
STAGES.register_task(TaskName.DELIVER_WEBHOOK, Queue.WEBHOOKS)


def status_flow() -> tuple[str, ...]:
    """The happy path's statuses, in order (``current_step`` counts how many are done)."""
    return tuple(s.value for s in STAGES.flow())


def status_info(status: str) -> StatusInfo:
    """Name, description and step of any status of the registered stages."""
    return STAGES.status_info(status)


def known_statuses() -> frozenset[str]:
    return frozenset(STAGES.statuses())


def is_terminal(status: str) -> bool:
    return status in STAGES.terminal()


def progress(status: str) -> dict[str, int]:
    """Progress numbers the status endpoint reports for ``status``."""
    return STAGES.progress(status)


def task_queues() -> dict[str, str]:
    """Where each task runs. A task missing here stops worker start-up (processing.routing)."""
    return STAGES.task_queues()


#: Snapshots of the built-in stages for importers that want constants; code that must see
#: stages registered later (a test app) calls the functions above.
STATUS_FLOW: tuple[DocumentStatus, ...] = tuple(DocumentStatus(s) for s in status_flow())
TASK_QUEUES: dict[TaskName, Queue] = {
    TaskName(name): Queue(queue) for name, queue in task_queues().items()
}


def worker_lines(environ: Mapping[str, str]) -> list[str]:
    """``queue concurrency warmup`` per worker service (``-`` for no warm-up): what
    ``scripts/run.sh`` starts, with concurrency read from the row's variable in ``environ``."""
    lines = []
    for w in STAGES.workers():
        concurrency = (environ.get(w.concurrency_var) if w.concurrency_var else None) or str(
            w.concurrency
        )
        lines.append(f"{w.queue} {concurrency} {w.warmup or '-'}")
    return lines


if __name__ == "__main__":  # python -m invoice_scanner_common.contracts workers
    import os
    import sys

    if sys.argv[1:] != ["workers"]:
        sys.exit("usage: python -m invoice_scanner_common.contracts workers")
    print("\n".join(worker_lines(os.environ)))
