"""Queue names, task names and the document status flow.

This module is the whole contract between the API and the workers: the API sends tasks by the
names below and reads statuses from Postgres; it never imports processing code.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum


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


#: Where each task runs. A task missing here stops worker start-up (see processing.routing).
TASK_QUEUES: dict[TaskName, Queue] = {
    TaskName.ORCHESTRATE: Queue.PREPROCESSING,
    TaskName.PREPROCESS: Queue.PREPROCESSING,
    TaskName.OCR: Queue.OCR,
    TaskName.PREDICT: Queue.LLM,
    TaskName.EXTRACT: Queue.EXTRACTION,
    TaskName.EVALUATE: Queue.EVALUATION,
    TaskName.DELIVER_WEBHOOK: Queue.WEBHOOKS,
}


class DocumentStatus(StrEnum):
    """Every status a document can have. Values are stored in Postgres and shown by the API."""

    PREPROCESSING = "preprocessing"
    PREPROCESSED = "preprocessed"
    OCR_EXTRACTING = "ocr_extracting"
    PREDICTING = "predicting"
    EXTRACTION = "extraction"
    AUTOMATED_EVALUATION = "automated_evaluation"
    APPROVED = "approved"
    MANUAL_REVIEW = "manual_review"
    PREPROCESS_ERROR = "preprocess_error"
    OCR_ERROR = "ocr_error"
    PREDICT_ERROR = "predict_error"
    EXTRACTION_ERROR = "extraction_error"
    EVALUATION_ERROR = "evaluation_error"

    @property
    def info(self) -> StatusInfo:
        return STATUS_INFO[self]

    @property
    def is_terminal(self) -> bool:
        return self in TERMINAL_STATUSES

    @property
    def is_error(self) -> bool:
        return self.value.endswith("_error")


@dataclass(frozen=True)
class StatusInfo:
    name: str
    description: str
    step: int


#: The happy path, in order. ``step`` counts how many of TOTAL_STEPS are done.
STATUS_FLOW: tuple[DocumentStatus, ...] = (
    DocumentStatus.PREPROCESSING,
    DocumentStatus.PREPROCESSED,
    DocumentStatus.OCR_EXTRACTING,
    DocumentStatus.PREDICTING,
    DocumentStatus.EXTRACTION,
    DocumentStatus.AUTOMATED_EVALUATION,
)
TOTAL_STEPS = 6

STATUS_INFO: dict[DocumentStatus, StatusInfo] = {
    DocumentStatus.PREPROCESSING: StatusInfo(
        "Preprocessing", "The document is queued or being converted into page images", 0
    ),
    DocumentStatus.PREPROCESSED: StatusInfo(
        "Preprocessed", "Page images are ready and waiting for OCR", 1
    ),
    DocumentStatus.OCR_EXTRACTING: StatusInfo("OCR Extracting", "OCR extraction is in progress", 2),
    DocumentStatus.PREDICTING: StatusInfo(
        "Predicting", "Invoice fields are being predicted from the text", 3
    ),
    DocumentStatus.EXTRACTION: StatusInfo(
        "Extraction", "Predicted fields are being validated and normalised", 4
    ),
    DocumentStatus.AUTOMATED_EVALUATION: StatusInfo(
        "Automated Evaluation", "The result is being checked for completeness and consistency", 5
    ),
    DocumentStatus.APPROVED: StatusInfo(
        "Approved", "All checks passed; the data was approved automatically", 6
    ),
    DocumentStatus.MANUAL_REVIEW: StatusInfo(
        "Manual Review", "Processing finished but a person should check the data", 6
    ),
    DocumentStatus.PREPROCESS_ERROR: StatusInfo(
        "Preprocessing Error", "The document could not be read or converted", 0
    ),
    DocumentStatus.OCR_ERROR: StatusInfo("OCR Error", "Text recognition failed", 2),
    DocumentStatus.PREDICT_ERROR: StatusInfo(
        "Prediction Error", "Invoice fields could not be predicted", 3
    ),
    DocumentStatus.EXTRACTION_ERROR: StatusInfo(
        "Extraction Error", "Predicted fields could not be normalised", 4
    ),
    DocumentStatus.EVALUATION_ERROR: StatusInfo(
        "Evaluation Error", "The automated evaluation failed", 5
    ),
}

TERMINAL_STATUSES = frozenset(
    {DocumentStatus.APPROVED, DocumentStatus.MANUAL_REVIEW}
    | {s for s in DocumentStatus if s.value.endswith("_error")}
)


def progress(status: DocumentStatus) -> dict[str, int]:
    """Progress numbers the status endpoint reports for ``status``."""
    step = status.info.step
    return {
        "current_step": step,
        "total_steps": TOTAL_STEPS,
        "percentage": round(step * 100 / TOTAL_STEPS),
    }
