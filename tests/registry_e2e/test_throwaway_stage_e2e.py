"""Acceptance of the stage table: a stage added through the registry alone runs between two
real stages, and the API reports its status and progress over HTTP.

The test app (``stage_api`` for gunicorn, ``stage_worker`` for Celery) installs the throwaway
``stamp`` stage after OCR and builds the real apps over that table; nothing else knows of it.
"""

from __future__ import annotations

import json
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import requests

from tests.e2e.conftest import Stack, crash_signs, register, start_stack, stop_stack
from tests.e2e.sample_invoice import draw_pdf

from .throwaway_stage import STAMP, expected_registry

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


@pytest.fixture(scope="module")
def stamp_stack(
    test_env: dict[str, str], tmp_path_factory: pytest.TempPathFactory
) -> Iterator[Stack]:
    registry = expected_registry()
    s = start_stack(
        test_env,
        tmp_path_factory.mktemp("stamp-stack-logs"),
        celery_app="tests.registry_e2e.stage_worker",
        api_app="tests.registry_e2e.stage_api:create_app()",
        queues=[w.queue for w in registry.workers()],
    )
    try:
        yield s
        problems = crash_signs(s)
    finally:
        stop_stack(s)
    assert not problems, problems


def test_a_registered_stage_runs_between_ocr_and_prediction(
    stamp_stack: Stack, tmp_path: Path, test_env: dict[str, str]
) -> None:
    registry = expected_registry()
    flow = [s.value for s in registry.flow()]
    total = registry.total_steps()
    assert flow[2:6] == ["ocr_extracting", "stamping", "stamped", "predicting"]

    headers = register(stamp_stack, "Stamper")
    pdf = draw_pdf(tmp_path / "invoice.pdf")
    with open(pdf, "rb") as fh:
        r = requests.post(
            stamp_stack.url("/documents/upload"),
            headers=headers,
            files={"file": ("invoice.pdf", fh, "application/pdf")},
            timeout=30,
        )
    assert r.status_code == 201, r.text
    doc_id = r.json()["document"]["id"]

    seen: dict[str, dict] = {}
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        r = requests.get(
            stamp_stack.url(f"/documents/{doc_id}/status?history=true"), headers=headers, timeout=10
        )
        assert r.status_code == 200, r.text
        body = r.json()
        seen.setdefault(body["status"], body)
        if body["status"] in registry.terminal():
            break
        time.sleep(0.05)
    else:
        raise AssertionError(f"not finished; seen {list(seen)}\n{stamp_stack.log_text()}")

    final = body
    assert final["status"] == "approved", (final, stamp_stack.log_text())
    # The stamp stage's status, its name and its place in the progress, while it ran.
    stamping = seen["stamping"]
    assert stamping["status_name"] == STAMP.running.name
    assert stamping["status_description"] == STAMP.running.description
    assert stamping["progress"] == {
        "current_step": 3,
        "total_steps": total,
        "percentage": round(3 * 100 / total),
    }
    # The history has every status of the extended flow, in order.
    assert [h["status"] for h in final["history"]] == [*flow, "approved"]
    assert final["progress"] == {"current_step": total, "total_steps": total, "percentage": 100}
    assert total == 8
    # The stage wrote its artefact next to the real stages' ones.
    folder = Path(test_env["DOCUMENTS_PROCESSED_DIR"]) / doc_id
    assert json.loads((folder / "stamp.json").read_text())["stamp"] == "RECEIVED"
    # The document list accepts the new status as a filter (the API knows it).
    r = requests.get(stamp_stack.url("/documents?status=stamped"), headers=headers, timeout=10)
    assert r.status_code == 200, r.text
