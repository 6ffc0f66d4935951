"""Integrity over the whole system: evidence per field in the database, and a seller whose
bank details changed since the company last approved one of its invoices is held for review."""

from __future__ import annotations

import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.orm import Session

from invoice_scanner_common.db import ExtractionResult

from .conftest import Stack, register
from .sample_invoice import draw_pdf
from .test_pipeline_e2e import poll_until_done, upload

pytestmark = [pytest.mark.e2e, pytest.mark.integration]

OTHER_IBAN = "GB94 BARC 1020 1530 0934 59"


def test_changed_bank_details_hold_the_invoice(stack: Stack, tmp_path: Path, db_url: str) -> None:
    buyer = register(stack, "CarefulBuyer")
    first = upload(
        stack, buyer, draw_pdf(tmp_path / "a.pdf", invoice_number="INV-B-1"), "application/pdf"
    )
    _, done = poll_until_done(stack, buyer, first["document"]["id"])
    assert done["status"] == "approved", done

    changed = draw_pdf(tmp_path / "b.pdf", invoice_number="INV-B-2", iban=OTHER_IBAN)
    second = upload(stack, buyer, changed, "application/pdf")
    _, held = poll_until_done(stack, buyer, second["document"]["id"])
    assert held["status"] == "manual_review", held
    assert "GB94BARC10201530093459" in held["status_reason"]

    with Session(create_engine(db_url)) as s:
        row = s.get(ExtractionResult, uuid.UUID(second["document"]["id"]))
        assert row is not None and row.evaluation is not None
        checks = {c["name"]: c for c in row.evaluation["checks"]}
        bank = checks["integrity.bank_details_known"]
        assert (bank["passed"], bank["severity"], bank["fields"]) == (False, "error", ["iban"])
        total = row.data["fields"]["total"]
        assert total["value"] == "1250.00" and total["source"] == "rules" and total["page"] == 1
        assert len(total["bbox"]) == 4 and all(0 <= v <= 1 for v in total["bbox"])

    # Another company's history is not this one's: the same invoice is approved there.
    other = register(stack, "OtherBuyer")
    third = upload(stack, other, changed, "application/pdf")
    _, elsewhere = poll_until_done(stack, other, third["document"]["id"])
    assert elsewhere["status"] == "approved", elsewhere
