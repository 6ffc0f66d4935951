"""Crafted deceptive PDFs through the real in-process pipeline (preprocessing, text layer or
RapidOCR, the offline extractor, extraction, evaluation): none is approved with its hidden
values, and each names the failed integrity check."""

from __future__ import annotations

import io
import os
from decimal import Decimal
from pathlib import Path
from typing import Any

import pypdfium2 as pdfium
import pytest
from PIL import Image, ImageDraw, ImageFont
from reportlab.lib.pagesizes import A4
from reportlab.lib.utils import ImageReader
from reportlab.pdfgen import canvas

from invoice_scanner_processing.pipeline import Pipeline, PipelineOutcome, process_file
from invoice_scanner_processing.settings import ProcessingSettings

FONT = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf"
LINES = [
    "Nordic Supplies AB",
    "Kungsgatan 12, 111 43 Stockholm",
    "Invoice No: INV-2024-0042",
    "Invoice Date: 2024-03-15",
    "Due Date: 2024-04-14",
    "Office chairs 4 x 1 250.00 5 000.00",
    "Desk lamps 10 x 280.00 2 800.00",
    "Subtotal 7 800.00",
    "VAT 25% 1 950.00",
    "Total 9 750.00 SEK",
    "IBAN SE45 5000 0000 0583 9825 7466",
]
CII = (Path(__file__).parents[1] / "preprocessing" / "cii_sample.xml").read_bytes()


@pytest.fixture(scope="module")
def pipeline() -> Pipeline:
    env = dict(os.environ)
    env.update({"LLM_PROVIDER": "offline", "OCR_ENGINE": "rapidocr", "OCR_DEVICE": "cpu"})
    env.setdefault("OCR_THREADS", "2")
    return Pipeline(ProcessingSettings.from_env(env))


def _run(pipeline: Pipeline, pdf: Path, tmp_path: Path) -> PipelineOutcome:
    return process_file(pdf, tmp_path / "work", pipeline=pipeline)


def _failed(outcome: PipelineOutcome) -> dict[str, Any]:
    return {c.name: c for c in outcome.evaluation.checks if not c.passed}


def _text_pdf(
    path: Path, extra: list[tuple[str, float, float, tuple[float, float, float]]]
) -> Path:
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for text in LINES:
        c.drawString(60, y, text)
        y -= 22
    for text, x, yy, colour in extra:
        c.setFillColorRGB(*colour)
        c.drawString(x, yy, text)
    c.save()
    return path


def test_honest_text_pdf_is_approved_with_evidence(pipeline: Pipeline, tmp_path: Path) -> None:
    outcome = _run(pipeline, _text_pdf(tmp_path / "honest.pdf", []), tmp_path)
    assert outcome.decision == "approved", outcome.evaluation.reasons
    fields = outcome.extraction.fields_evidence
    assert fields["total"]["value"] == "9750.00"
    assert fields["total"]["source"] == "rules"
    assert fields["total"]["page"] == 1
    x0, y0, x1, y1 = fields["total"]["bbox"]
    assert 0 < x0 < x1 < 1 and 0 < y0 < y1 < 1
    names = {c.name for c in outcome.evaluation.checks}
    assert {"integrity.single_source", "integrity.text_layer_matches_image"} <= names


def test_einvoice_with_other_total_and_seller_goes_to_review(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    forged = (
        CII.replace(b"RE-2024-0815", b"INV-2024-0042")
        .replace(b"Lieferant GmbH", b"Shadow Trading Ltd")
        .replace(b"119.00", b"19750.00")
    )
    base = _text_pdf(tmp_path / "base.pdf", [])
    hybrid = tmp_path / "hybrid.pdf"
    pdf = pdfium.PdfDocument(base)
    pdf.new_attachment("factur-x.xml").set_data(forged)
    pdf.save(str(hybrid))
    pdf.close()

    outcome = _run(pipeline, hybrid, tmp_path)

    assert outcome.decision == "manual_review"
    check = _failed(outcome)["integrity.einvoice_matches_page"]
    assert check.severity == "error"
    assert "19750.00" in check.detail and "9750.00" in check.detail
    assert "Shadow Trading Ltd" in check.detail and "Nordic Supplies AB" in check.detail
    assert {"total", "vendor_name"} <= set(check.fields)
    assert any(
        "integrity.einvoice_matches_page" in r or "e-invoice" in r
        for r in outcome.evaluation.reasons
    )


def _scan_with_invisible_layer(path: Path, honest: bool = False) -> Path:
    size = (1240, 1754)
    image = Image.new("RGB", size, "white")
    draw = ImageDraw.Draw(image)
    font = ImageFont.truetype(FONT, size[0] // 45)
    for i, text in enumerate(LINES):
        draw.text((size[0] // 12, size[1] // 14 + i * size[1] // 20), text, font=font, fill="black")
    buf = io.BytesIO()
    image.save(buf, "PNG")
    c = canvas.Canvas(str(path), pagesize=A4)
    c.drawImage(ImageReader(io.BytesIO(buf.getvalue())), 0, 0, width=A4[0], height=A4[1])
    text = c.beginText(60, 500)
    text.setTextRenderMode(3)  # invisible, as an OCR layer is drawn
    hidden = list(LINES)
    if not honest:
        hidden = [line.replace("9 750.00", "19 750.00") for line in hidden]
        hidden = [
            line.replace("SE45 5000 0000 0583 9825 7466", "GB33 BUKB 2020 1555 5555 55")
            for line in hidden
        ]
    for line in hidden:
        text.textLine(line)
    c.drawText(text)
    c.save()
    return path


def test_invisible_text_layer_over_image_is_not_trusted(pipeline: Pipeline, tmp_path: Path) -> None:
    outcome = _run(pipeline, _scan_with_invisible_layer(tmp_path / "layer.pdf"), tmp_path)

    assert outcome.ocr.pages[0].source == "ocr"  # the image was read, not the layer
    assert outcome.fields.total != Decimal("19750.00")
    assert outcome.fields.iban != "GB33BUKB20201555555555"
    assert outcome.decision == "manual_review"
    check = _failed(outcome)["integrity.text_layer_matches_image"]
    assert "19750" in check.detail.replace(" ", "")


def test_white_text_on_a_born_digital_page_is_ignored_and_named(
    pipeline: Pipeline, tmp_path: Path
) -> None:
    pdf = _text_pdf(
        tmp_path / "white.pdf",
        [("IBAN GB33 BUKB 2020 1555 5555 55", 60, 300, (1.0, 1.0, 1.0))],
    )
    outcome = _run(pipeline, pdf, tmp_path)

    assert outcome.fields.iban == "SE4550000000058398257466"
    assert outcome.decision == "manual_review"
    check = _failed(outcome)["integrity.text_layer_matches_image"]
    assert "background colour" in check.detail and "GB33" in check.detail


def test_an_ocr_layer_that_agrees_with_the_image_passes(pipeline: Pipeline, tmp_path: Path) -> None:
    outcome = _run(pipeline, _scan_with_invisible_layer(tmp_path / "ok.pdf", True), tmp_path)

    assert outcome.ocr.pages[0].source == "ocr"
    assert "integrity.text_layer_matches_image" not in _failed(outcome)
    assert outcome.fields.total == Decimal("9750.00")


def test_text_covered_by_an_image_is_ignored_and_named(pipeline: Pipeline, tmp_path: Path) -> None:
    path = tmp_path / "covered.pdf"
    c = canvas.Canvas(str(path), pagesize=A4)
    y = 780.0
    for text in LINES:
        c.drawString(60, y, text)
        y -= 22
    c.drawString(60, 300, "IBAN GB33 BUKB 2020 1555 5555 55")
    patch = io.BytesIO()
    picture = Image.new("RGB", (400, 40), "white")
    ImageDraw.Draw(picture).text((10, 10), "Thank you for your order", fill="black")
    picture.save(patch, "PNG")  # a picture with ink, so only the drawing order hides the text
    c.drawImage(ImageReader(io.BytesIO(patch.getvalue())), 50, 290, width=400, height=30)
    c.save()

    outcome = _run(pipeline, path, tmp_path)

    assert outcome.fields.iban == "SE4550000000058398257466"
    assert outcome.decision == "manual_review"
    check = _failed(outcome)["integrity.text_layer_matches_image"]
    assert "covered by an image" in check.detail and "GB33" in check.detail
