"""Decompression bombs through the real API and preprocessing worker: each ends
``preprocess_error`` once, with its reason, and no worker process dies."""

from __future__ import annotations

import io
import re
import sys
from pathlib import Path

import pytest
import requests

from .conftest import Stack, crash_signs, register
from .test_pipeline_e2e import poll_until_done

_BOMBS = Path(__file__).resolve().parents[2] / "invoice.scanner.processing/tests/preprocessing"
sys.path.insert(0, str(_BOMBS))
from bombs import attachment_bomb, page_content_bomb  # noqa: E402

pytestmark = [pytest.mark.e2e, pytest.mark.integration]


@pytest.mark.parametrize(
    ("build", "reason"),
    [
        (page_content_bomb, "needs more than 768 MB of memory"),
        (attachment_bomb, "attachment 'factur-x.xml' inflates past"),
    ],
)
def test_bomb_ends_preprocess_error_once(stack: Stack, build: object, reason: str) -> None:
    headers = register(stack, "Bombs")
    data = build()  # type: ignore[operator]
    r = requests.post(
        stack.url("/documents/upload"),
        headers=headers,
        files={"file": ("bomb.pdf", io.BytesIO(data), "application/pdf")},
        timeout=60,
    )
    assert r.status_code == 201, r.text
    seen, status = poll_until_done(stack, headers, r.json()["document"]["id"])
    assert status["status"] == "preprocess_error", seen
    assert reason in status["status_reason"]
    errors = [h for h in status["history"] if h["status"] == "preprocess_error"]
    assert len(errors) == 1
    assert crash_signs(stack) == []
    peaks = re.findall(r"bounded run: peak (\d+) MB", stack.log_text(tail=None))
    print(f"\nbomb {build.__name__}: preprocessing child peaks {peaks} MB")  # type: ignore[attr-defined]
    assert peaks and max(int(p) for p in peaks) < 1024
