"""Embedded UBL (XRechnung) through the real in-process pipeline: the XML's values win field by
field, and ``integrity.einvoice_matches_page`` compares them with the page as it does for CII."""

from __future__ import annotations

import os
from decimal import Decimal
from pathlib import Path

import pypdfium2 as pdfium
import pytest
from reportlab.lib.pagesizes import A4
from reportlab.pdfgen import canvas

from invoice_scanner_processing.pipeline import Pipeline, PipelineOutcome, process_file
from invoice_scanner_processing.settings import ProcessingSettings

SAMPLES = Path(__file__).parents[1] / "preprocessing"
INVOICE_XML = (SAMPLES / "ubl_xrechnung_invoice.xml").read_bytes()
CREDIT_XML = (SAMPLES / "ubl_xrechnung_creditnote.xml").read_bytes()

INVOICE_PAGE = [
    "Elektro Schmidt GmbH",
    "Industriestraße 14, 70565 Stuttgart",
    "USt-IdNr.: DE298765431",
    "RECHNUNG",
    "Rechnungsnummer: RE-2025-00417",
    "Rechnungsdatum: 03.02.2025",
    "Fällig am: 05.03.2025",
    "Installation Beleuchtung Sitzungssaal 7 x 150,00 1.050,00",
    "Fachbuch Elektrotechnik, 12. Auflage 3 x 95,00 285,00",
    "Nettobetrag 1.335,00 EUR",
    "USt. 19% auf 1.050,00 199,50 EUR",
    "USt. 7% auf 285,00 19,95 EUR",
    "Gesamtbetrag 1.554,45 EUR",
    "IBAN: DE75 5121 0800 1245 1261 99",
]
CREDIT_PAGE = [
    "Elektro Schmidt GmbH",
    "Industriestraße 14, 70565 Stuttgart",
    "USt-IdNr.: DE298765431",
    "GUTSCHRIFT",
    "Gutschriftsnummer: GS-2025-0031",
    "Datum: 20.02.2025",
    "zu Rechnung RE-2025-00417",
    "Installation Beleuchtung Sitzungssaal (Korrektur) 2 x 150,00 300,00",
    "Nettobetrag 300,00 EUR",
    "USt. 19% 57,00 EUR",
    "Gesamtbetrag 357,00 EUR",
    "IBAN: DE75 5121 0800 1245 1261 99",
]


def _hybrid(tmp_path: Path, lines: list[str], xml: bytes, name: str = "xrechnung.xml") -> Path:
    page = tmp_path / "page.pdf"
    c = canvas.Canvas(str(page), pagesize=A4)
    y = 780.0
    for text in lines:
        c.drawString(60, y, text)
        y -= 22
    c.save()
    pdf = pdfium.PdfDocument(page)
    pdf.new_attachment(name).set_data(xml)
    out = tmp_path / "hybrid.pdf"
    pdf.save(str(out))
    pdf.close()
    return out


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    env = {**os.environ, "LLM_PROVIDER": "offline", "OCR_ENGINE": "rapidocr", "OCR_DEVICE": "cpu"}
    return Pipeline(ProcessingSettings.from_env(env))


def _run(pipeline: Pipeline, pdf: Path, tmp_path: Path) -> PipelineOutcome:
    return process_file(pdf, tmp_path / "work", pipeline=pipeline)


def _check(outcome: PipelineOutcome, name: str) -> tuple[bool, str]:
    [check] = [c for c in outcome.evaluation.checks if c.name == name]
    return check.passed, check.detail


def test_embedded_xrechnung_invoice_wins_and_matches_the_page(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    outcome = _run(pipeline, _hybrid(tmp_path, INVOICE_PAGE, INVOICE_XML), tmp_path)
    fields = outcome.fields
    assert (fields.invoice_number, fields.vendor_name, fields.currency) == (
        "RE-2025-00417",
        "Elektro Schmidt GmbH",
        "EUR",
    )
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("1335.00"),
        Decimal("219.45"),
        Decimal("1554.45"),
    )
    assert len(fields.line_items) == 2 and len(fields.vat_breakdown) == 2
    assert outcome.extraction.source == "einvoice"
    evidence = outcome.extraction.fields_evidence
    assert evidence["total"]["source"] == "e_invoice" and evidence["total"]["page"] == 1
    passed, detail = _check(outcome, "integrity.einvoice_matches_page")
    assert passed, detail
    assert outcome.decision == "approved", outcome.evaluation.reasons


def test_embedded_xrechnung_credit_note_is_negative_like_its_page(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    outcome = _run(pipeline, _hybrid(tmp_path, CREDIT_PAGE, CREDIT_XML), tmp_path)
    fields = outcome.fields
    assert fields.document_type == "credit_note"
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("-300.00"),
        Decimal("-57.00"),
        Decimal("-357.00"),
    )
    # The page reader reports the titled credit note negative too, so the two agree.
    assert outcome.prediction.fields.total == Decimal("-357.00")
    passed, detail = _check(outcome, "integrity.einvoice_matches_page")
    assert passed, detail


def test_embedded_ubl_that_disagrees_with_the_page_is_held(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    forged = INVOICE_XML.replace(b"1554.45", b"15544.50").replace(
        b"DE75512108001245126199", b"GB94BARC10201530093459"
    )
    outcome = _run(pipeline, _hybrid(tmp_path, INVOICE_PAGE, forged), tmp_path)
    assert outcome.decision == "manual_review"
    passed, detail = _check(outcome, "integrity.einvoice_matches_page")
    assert not passed
    assert "15544.50" in detail and "1554.45" in detail
    assert "GB94BARC10201530093459" in detail
