"""Worker hooks: logging with the document id, and loading models once per worker process."""

from __future__ import annotations

import logging
import os
from typing import Any

from celery.signals import worker_process_init

from invoice_scanner_common.logs import configure_logging
from invoice_scanner_processing import log_context, metrics, sandbox, webhooks  # noqa: F401 (signals)

logger = logging.getLogger(__name__)


def connect() -> None:
    """Connect the hooks (idempotent: Celery keeps one connection per receiver)."""
    worker_process_init.connect(_init_worker_process, weak=False)


def _init_worker_process(**_: Any) -> None:
    from invoice_scanner_processing.pipeline import get_pipeline
    from invoice_scanner_processing.settings import get_settings

    settings = get_settings()
    configure_logging(settings.common.log_level, settings.common.log_format)
    # Documents are decoded in one reused bounded child per worker process (sandbox.py).
    sandbox.reuse_children()
    # WORKER_WARMUP names what this worker type loads before its first task, so the first
    # document does not pay for model loading (the OCR worker sets WORKER_WARMUP=ocr).
    warm = {w.strip() for w in os.environ.get("WORKER_WARMUP", "").split(",") if w.strip()}
    pipeline = get_pipeline()
    if "ocr" in warm:
        from invoice_scanner_processing.engines.ocr.factory import worker_memory_mb

        engine = pipeline.engine
        memory = worker_memory_mb()
        logger.info(
            "OCR engine %s (%s) loaded on %s; worker RSS %.0f MB (peak %.0f MB)",
            engine.name,
            ", ".join(engine.models),
            engine.device,
            memory["rss_mb"],
            memory["peak_rss_mb"],
        )
    if "llm" in warm:
        logger.info("prediction provider %s ready", pipeline.provider.name)
