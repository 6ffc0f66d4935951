"""Import-time layering: settings are leaves, the app has no import loop, a worker starts
without the image, PDF and OCR libraries (the OCR worker loads its engine in its warm-up)."""

from __future__ import annotations

import json
import os
import subprocess
import sys

import pytest

HEAVY = (
    "cv2",
    "numpy",
    "PIL",
    "pypdfium2",
    "pdfplumber",
    "onnxruntime",
    "openvino",
    "rapidocr",
    "paddleocr",
    "torch",
    "openai",
    "anthropic",
    "google.genai",
)


def loaded_after(code: str) -> dict[str, list[str]]:
    """Run ``code`` in a fresh interpreter; which of HEAVY and of our modules it loaded."""
    probe = (
        f"{code}\nimport json, sys\n"
        f"print(json.dumps({{'heavy': [m for m in {HEAVY!r} if m in sys.modules], "
        "'ours': sorted(m for m in sys.modules if m.startswith('invoice_scanner'))}))"
    )
    env = {
        **os.environ,
        "ENV_FILE": os.devnull + ".none",
        "LLM_PROVIDER": "offline",
        "OCR_ENGINE": "rapidocr",
    }
    out = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, check=True, env=env
    ).stdout
    result: dict[str, list[str]] = json.loads(out.strip().splitlines()[-1])
    return result


@pytest.mark.parametrize(
    "module",
    [
        "invoice_scanner_processing.settings",
        "invoice_scanner_processing.engines.ocr.settings",
        "invoice_scanner_processing.providers.llm.settings",
        "invoice_scanner_processing.stages.preprocess_settings",
    ],
)
def test_settings_modules_are_leaves(module: str) -> None:
    seen = loaded_after(
        f"import {module}\n"
        "from invoice_scanner_processing.settings import get_settings\nget_settings()"
    )
    assert seen["heavy"] == []
    # Nothing of the engines, stages or tasks beyond the settings themselves.
    for name in seen["ours"]:
        assert not name.endswith(("factory", "preprocessing", "tasks", "pipeline")), name


def test_a_worker_starts_without_image_pdf_or_ocr_libraries() -> None:
    seen = loaded_after("import invoice_scanner_processing.celery_app")
    assert seen["heavy"] == []


def test_tasks_and_signals_do_not_import_the_app() -> None:
    # celery_app -> application -> (signals, tasks); neither imports back.
    seen = loaded_after(
        "import invoice_scanner_processing.tasks\nimport invoice_scanner_processing.signals"
    )
    assert "invoice_scanner_processing.celery_app" not in seen["ours"]
    assert "invoice_scanner_processing.application" not in seen["ours"]
