"""The stage table and what derives from it, on a copy of the real table."""

from __future__ import annotations

import pytest

from invoice_scanner_common.contracts import STAGES
from invoice_scanner_common.registry import (
    RegistryError,
    RetryPolicy,
    StageRegistry,
    StageSpec,
    StatusSpec,
    WorkerSpec,
)


def copy() -> StageRegistry:
    return StageRegistry(list(STAGES), orchestrator=STAGES.orchestrator)


def stamp(**overrides: object) -> StageSpec:
    values: dict = {
        "name": "stamp",
        "task": "invoice_scanner.stamp_document",
        "queue": "stamp",
        "running": StatusSpec("stamping", "Stamping", "The document is being stamped"),
        "done": (StatusSpec("stamped", "Stamped", "The stamp is on"),),
        "error": StatusSpec("stamp_error", "Stamp Error", "Stamping failed"),
        "method": "stamp",
        "artefact": "stamp.json",
        "retry": RetryPolicy(max_retries=1, countdown=1),
        "soft_time_limit": 10,
        "time_limit": 20,
        "worker": WorkerSpec(concurrency=2, concurrency_var=None),
    }
    values.update(overrides)
    return StageSpec(**values)


def test_the_real_table_gives_the_documented_flow() -> None:
    assert [s.value for s in STAGES.flow()] == [
        "preprocessing",
        "preprocessed",
        "ocr_extracting",
        "predicting",
        "extraction",
        "automated_evaluation",
    ]
    assert STAGES.accepts("preprocessing") == {"preprocessing"}
    assert STAGES.accepts("ocr") == {"preprocessed", "ocr_extracting"}
    assert STAGES.accepts("llm") == {"ocr_extracting", "predicting"}
    assert STAGES.terminal() == {
        "approved",
        "manual_review",
        "rejected",
        "preprocess_error",
        "ocr_error",
        "predict_error",
        "extraction_error",
        "evaluation_error",
    }
    assert STAGES.statuses()["ocr_error"].step == STAGES.statuses()["ocr_extracting"].step == 2
    assert STAGES.chain()[0] == "invoice_scanner.preprocess_document"


def test_a_stage_added_between_two_others_renumbers_everything() -> None:
    registry = copy()
    registry.register(stamp(), after="ocr")
    flow = [s.value for s in registry.flow()]
    assert flow[2:5] == ["ocr_extracting", "stamping", "stamped"]
    assert registry.total_steps() == 8
    assert registry.progress("stamping") == {
        "current_step": 3,
        "total_steps": 8,
        "percentage": 38,
    }
    assert registry.progress("approved")["current_step"] == 8
    assert registry.progress("stamp_error")["current_step"] == 3
    assert registry.accepts("stamp") == {"ocr_extracting", "stamping"}
    # The next stage now starts from the new stage's done status.
    assert registry.accepts("llm") == {"stamped", "predicting"}
    assert "stamp_error" in registry.terminal()
    chain = registry.chain()
    assert chain.index("invoice_scanner.stamp_document") == 2
    assert registry.task_queues()["invoice_scanner.stamp_document"] == "stamp"
    assert [w.queue for w in registry.workers()][2] == "stamp"
    # The real table is untouched.
    assert "stamping" not in STAGES.statuses()
    registry.unregister("stamp")
    assert registry.total_steps() == 6


@pytest.mark.parametrize(
    ("overrides", "message"),
    [
        ({"running": StatusSpec("ocr_extracting", "x", "y")}, "already used by ocr"),
        ({"task": "invoice_scanner.ocr_document"}, "already used by ocr"),
        ({"name": "ocr"}, "already used by ocr"),
        ({"error": StatusSpec("stamp_failed", "x", "y")}, "must end in _error"),
        ({"soft_time_limit": 30}, "soft_time_limit"),
        (
            {"done": (StatusSpec("a", "a", "a"), StatusSpec("b", "b", "b"))},
            "only the last stage",
        ),
    ],
)
def test_an_inconsistent_row_is_refused(overrides: dict, message: str) -> None:
    registry = copy()
    with pytest.raises(RegistryError, match=message):
        registry.register(stamp(**overrides), after="ocr")
    assert registry.total_steps() == 6
