"""The API resumes a failed document by setting the status the failed stage's task accepts.
Both sides read the stage table; this test pins what that gives for the built-in stages."""

from __future__ import annotations

from invoice_scanner_api.review.lifecycle import resume_plan
from invoice_scanner_common.contracts import STAGES, DocumentStatus, TaskName


def test_every_resume_starts_where_the_failed_stage_accepts_it() -> None:
    errors = [s for s in DocumentStatus if s.is_error and s is not DocumentStatus.PREPROCESS_ERROR]
    assert len(errors) == len(STAGES) - 1
    for error in errors:
        plan = resume_plan(error)
        assert plan is not None, error
        status, names = plan
        stage = next(spec for spec in STAGES if spec.error.value == error.value)
        assert status.value in STAGES.accepts(stage.name), (error, status)
        assert status.value != stage.running.value
        # The failed stage and every later one, in pipeline order.
        assert [n.value for n in names] == list(STAGES.chain())[list(STAGES).index(stage) :]


def test_the_built_in_resumes() -> None:
    assert resume_plan(DocumentStatus.OCR_ERROR) == (
        DocumentStatus.PREPROCESSED,
        (TaskName.OCR, TaskName.PREDICT, TaskName.EXTRACT, TaskName.EVALUATE),
    )
    assert resume_plan(DocumentStatus.EVALUATION_ERROR) == (
        DocumentStatus.EXTRACTION,
        (TaskName.EVALUATE,),
    )


def test_preprocessing_errors_and_other_statuses_start_over() -> None:
    assert resume_plan(DocumentStatus.PREPROCESS_ERROR) is None
    assert resume_plan(DocumentStatus.MANUAL_REVIEW) is None
    assert resume_plan(DocumentStatus.APPROVED) is None
