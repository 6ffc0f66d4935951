"""A throwaway stage, added to the pipeline through the stage table alone.

The test app's processes import :mod:`.stage_api` (gunicorn) or :mod:`.stage_worker` (Celery),
which call :func:`install` before building their app, so the API and every worker see the same
table: the real stages with ``stamp`` between OCR and prediction.
"""

from __future__ import annotations

from invoice_scanner_common.contracts import STAGES
from invoice_scanner_common.registry import (
    RetryPolicy,
    StageRegistry,
    StageSpec,
    StatusSpec,
    WorkerSpec,
)

#: How long the stamp stage works, so a polling client sees its status.
STAMP_SECONDS = 2.0

STAMP = StageSpec(
    name="stamp",
    task="invoice_scanner.stamp_document",
    queue="stamp",
    running=StatusSpec("stamping", "Stamping", "A received-stamp is being put on the document"),
    done=(StatusSpec("stamped", "Stamped", "The document carries its received-stamp"),),
    error=StatusSpec("stamp_error", "Stamp Error", "The received-stamp could not be written"),
    method="stamp",
    artefact="stamp.json",
    retry=RetryPolicy(max_retries=1, countdown=1),
    soft_time_limit=30,
    time_limit=40,
    worker=WorkerSpec(concurrency=1, concurrency_var=None),
)

AFTER = "ocr"


def install(registry: StageRegistry = STAGES) -> StageRegistry:
    """Add the stamp stage after OCR (once per process)."""
    if STAMP.name not in {spec.name for spec in registry}:
        registry.register(STAMP, after=AFTER)
    return registry


def expected_registry() -> StageRegistry:
    """A copy of the real table with the stamp stage, for the test's expectations."""
    return install(StageRegistry(list(STAGES), orchestrator=STAGES.orchestrator))
