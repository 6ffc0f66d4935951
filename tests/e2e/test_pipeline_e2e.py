"""Acceptance of the walking skeleton: register, log in, upload over HTTP, poll the status
endpoint through every status of the flow, and read the right fields back."""

from __future__ import annotations

import time
import uuid
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import create_engine, select
from sqlalchemy.orm import Session

from invoice_scanner_common.contracts import STATUS_FLOW, DocumentStatus
from invoice_scanner_common.db import Document, StatusTransition
from invoice_scanner_common.fields import FIELDS

from .conftest import Stack, register
from .sample_invoice import EXPECTED, draw_pdf, draw_png

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

FLOW = [s.value for s in STATUS_FLOW]


def poll_until_done(stack: Stack, headers: dict[str, str], doc_id: str) -> tuple[list[str], dict]:
    seen: list[str] = []
    deadline = time.monotonic() + 180
    while time.monotonic() < deadline:
        r = requests.get(
            stack.url(f"/documents/{doc_id}/status?history=true"), headers=headers, timeout=10
        )
        assert r.status_code == 200, r.text
        body = r.json()
        if not seen or seen[-1] != body["status"]:
            seen.append(body["status"])
        if DocumentStatus(body["status"]).is_terminal:
            return seen, body
        time.sleep(0.02)
    raise AssertionError(f"not finished; seen {seen}\n{stack.log_text()}")


def upload(stack: Stack, headers: dict[str, str], path: Path, mime: str) -> dict[str, Any]:
    with open(path, "rb") as fh:
        r = requests.post(
            stack.url("/documents/upload"),
            headers=headers,
            files={"file": (path.name, fh, mime)},
            timeout=30,
        )
    assert r.status_code == 201, r.text
    return r.json()


@pytest.mark.parametrize("kind", ["pdf", "png"])
def test_invoice_through_the_whole_system(
    stack: Stack, tmp_path: Path, db_url: str, raw_dir: Path, kind: str
) -> None:
    headers = register(stack, "Buyer")
    path = (
        draw_pdf(tmp_path / "invoice.pdf") if kind == "pdf" else draw_png(tmp_path / "invoice.png")
    )
    body = upload(stack, headers, path, "application/pdf" if kind == "pdf" else "image/png")
    doc_id = body["document"]["id"]
    assert body["document"]["status"] == "preprocessing"
    assert body["task_id"]

    seen, final = poll_until_done(stack, headers, doc_id)
    assert final["status"] == "approved", (final, stack.log_text())
    # What polling saw is in flow order (fast steps may fall between two polls) ...
    order = [*FLOW, "approved"]
    assert seen == sorted(seen, key=order.index), seen
    assert seen[-1] == "approved"
    # ... and the history the status endpoint reports has every status, in order, with times.
    history = final["history"]
    assert [h["status"] for h in history] == order
    times = [h["at"] for h in history]
    assert times == sorted(times)
    steps = len(FLOW)  # six with the real stage table
    assert final["progress"] == {"current_step": steps, "total_steps": steps, "percentage": 100}
    assert 0 < final["quality_score"] <= 1

    doc = requests.get(stack.url(f"/documents/{doc_id}"), headers=headers, timeout=10).json()
    for field, value in EXPECTED.items():
        assert doc[field] == value, (field, doc)
    # The whole invoice has every field of the field table; identifiers are normalised by
    # their value type (spaces removed, upper case).
    assert set(FIELDS.names()) <= set(doc["invoice"]), doc["invoice"]
    assert doc["invoice"]["vendor_vat_id"] == "GB123456789", doc["invoice"]
    assert doc["invoice"]["iban"] == "GB29NWBK60161331926819", doc["invoice"]
    assert 0 < doc["predicted_accuracy"] <= 1

    # Nothing lost: the raw file is on disk and the row has its full history.
    with Session(create_engine(db_url)) as s:
        row = s.get(Document, uuid.UUID(doc_id))
        assert row is not None
        assert (raw_dir / row.stored_path).read_bytes() == path.read_bytes()
        statuses = s.scalars(
            select(StatusTransition.status)
            .where(StatusTransition.document_id == row.id)
            .order_by(StatusTransition.id)
        ).all()
        assert statuses == order


def test_second_company_cannot_see_the_document(stack: Stack, tmp_path: Path) -> None:
    owner = register(stack, "Owner")
    other = register(stack, "Intruder")
    body = upload(
        stack, owner, draw_pdf(tmp_path / "x.pdf", invoice_number="INV-X-1"), "application/pdf"
    )
    doc_id = body["document"]["id"]
    for path in (f"/documents/{doc_id}", f"/documents/{doc_id}/status"):
        r = requests.get(stack.url(path), headers=other, timeout=10)
        assert r.status_code == 404
        assert r.json()["message"]
    poll_until_done(stack, owner, doc_id)


@pytest.mark.parametrize("seed", [0, 4])  # 0: stored sideways with an EXIF rotation tag
def test_phone_photo_of_the_invoice(stack: Stack, tmp_path: Path, seed: int) -> None:
    from PIL import Image

    from bench.invoicegen.photo import photo_page

    headers = register(stack, "Photos")
    page = Image.open(draw_png(tmp_path / "page.png")).convert("RGB")
    data, params = photo_page(page, seed)
    photo = tmp_path / "IMG_0001.jpg"
    photo.write_bytes(data)
    assert params.exif_orientation == (6 if seed == 0 else 1)
    doc_id = upload(stack, headers, photo, "image/jpeg")["document"]["id"]
    _, final = poll_until_done(stack, headers, doc_id)
    assert final["status"] in {"approved", "manual_review"}, final
    doc = requests.get(stack.url(f"/documents/{doc_id}"), headers=headers, timeout=10).json()
    for field, value in EXPECTED.items():
        assert doc[field] == value, (field, doc)
    # The whole invoice has every field of the field table; identifiers are normalised by
    # their value type (spaces removed, upper case).
    assert set(FIELDS.names()) <= set(doc["invoice"]), doc["invoice"]
    assert doc["invoice"]["vendor_vat_id"] == "GB123456789", doc["invoice"]
    assert doc["invoice"]["iban"] == "GB29NWBK60161331926819", doc["invoice"]
