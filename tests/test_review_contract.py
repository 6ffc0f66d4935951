"""The API resumes a failed document by setting the status the failed stage's task accepts.
It cannot import the workers, so this cross-service test keeps its table true to theirs."""

from __future__ import annotations

from invoice_scanner_api.review.lifecycle import RESUME
from invoice_scanner_common.contracts import DocumentStatus, TaskName

STAGE_OF = {
    TaskName.OCR: "ocr",
    TaskName.PREDICT: "llm",
    TaskName.EXTRACT: "extraction",
    TaskName.EVALUATE: "evaluation",
}


def test_every_resume_starts_where_the_failed_stage_accepts_it() -> None:
    # The worker's Celery app registers the tasks module (importing it alone would not).
    import invoice_scanner_processing.celery_app  # noqa: F401
    from invoice_scanner_processing.tasks import STAGES

    errors = {s for s in DocumentStatus if s.is_error and s is not DocumentStatus.PREPROCESS_ERROR}
    assert set(RESUME) == errors
    for error, (status, names) in RESUME.items():
        stage = STAGES[STAGE_OF[names[0]]]
        assert stage.error is error, error
        assert status in stage.accepts, (error, status)
        # The failed stage and every later one, in pipeline order.
        assert list(names) == list(STAGE_OF)[list(STAGE_OF).index(names[0]) :]
