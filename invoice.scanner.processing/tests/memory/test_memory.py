"""Supplier memory on the reading side, on hand-made OCR pages: a remembered place beats the
rules only when its label is there and the text parses; evaluation still holds a document whose
remembered values break a check; identifiers must have their shape."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import Any

from invoice_scanner_common import layout_memory as lm
from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.memory import apply_memory, parse_as
from invoice_scanner_processing.schema import HEADER_FIELDS, InvoiceFields, Prediction
from invoice_scanner_processing.stages.evaluation import evaluate
from invoice_scanner_processing.stages.extraction import extract

TODAY = date(2026, 6, 1)


def ocr(rows: list[list[tuple[str, float]]], dy: float = 0.0) -> OcrDocument:
    lines = []
    for i, row in enumerate(rows):
        y = 100 + 60 * i + dy
        for text, x in row:
            box = BBox(x0=x, y0=y, x1=x + 18 * len(text), y1=y + 30)
            lines.append(OcrLine(text=text, bbox=box, words=[OcrWord(text=text, bbox=box)]))
    page = OcrPage(page_number=1, width=1700, height=2200, source="ocr", engine="t", lines=lines)
    return OcrDocument(pages=[page], engine="t")


def invoice(number: str, net: str, vat: str, total: str, dy: float = 0.0) -> OcrDocument:
    return ocr(
        [
            [("Nordic", 100), ("Paper", 230), ("AB", 350)],
            [("VAT", 100), ("no", 180), ("SE556677889901", 240)],
            [("Voucher", 1000), (number, 1250)],
            [("Written", 1000), ("03.02.2026", 1250)],
            [("Net", 1000), (net, 1400)],
            [("VAT", 1000), (vat, 1400)],
            [("To", 1000), ("settle", 1060), (total, 1400)],
            [("Thank", 100), ("you", 220), ("for", 300), ("your", 380), ("order", 470)],
        ],
        dy=dy,
    )


TRUTH = {
    "invoice_number": "A-1001",
    "vendor_vat_id": "SE556677889901",
    "amount": "100.00",
    "vat": "25.00",
    "total": "125.00",
    "due_date": None,  # this supplier prints no due date; the reviewer confirmed it empty
}


def suppliers_from(document: OcrDocument) -> list[dict[str, Any]]:
    pages = lm.pages_of(document.model_dump(mode="json"))
    return [
        {
            "id": "s1",
            "vat_id": "SE556677889901",
            "iban": None,
            "name_key": "nordic paper",
            "layouts": [
                {
                    "id": 7,
                    "version": 1,
                    "fingerprint": lm.fingerprint(pages),
                    "fields": lm.learn(TRUTH, pages),
                }
            ],
        }
    ]


def rules(**values: Any) -> Prediction:
    base: dict[str, Any] = {
        "invoice_number": "Voucher",
        "invoice_date": date(2026, 2, 3),
        "vendor_name": "Nordic Paper AB",
        "vendor_vat_id": "SE556677889901",
        "currency": "SEK",
        "amount": Decimal("80.00"),
        "vat": Decimal("20.00"),
        "total": Decimal("100.00"),
    }
    base.update(values)
    # The rules doubt what they guessed (the number and the amounts), not the rest.
    confidence = dict.fromkeys(base, 0.9) | dict.fromkeys(
        ("invoice_number", "amount", "vat", "total"), 0.45
    )
    return Prediction(fields=InvoiceFields(**base), provider="offline", confidence=confidence)


def test_remembered_places_override_the_rules_with_source_memory() -> None:
    known = suppliers_from(invoice("A-1001", "100.00", "25.00", "125.00"))
    later = invoice("B-2002", "80.00", "20.00", "100.00", dy=30)
    out, outcome = apply_memory(later, rules(), known)
    assert outcome.supplier_id == "s1" and outcome.layout_id == 7
    assert "vat_id" in outcome.matched_by and "layout" in outcome.matched_by
    assert out.fields.invoice_number == "B-2002"
    assert out.evidence["invoice_number"]["source"] == "memory"
    assert out.confidence["invoice_number"] == 0.97
    assert {"invoice_number", "amount", "vat", "total"} <= set(outcome.fields)
    assert outcome.confirmed_absent == ["due_date"] and out.confidence["due_date"] == 0.97
    ev = evaluate(extract(out), today=TODAY)
    assert ev.decision == "approved", ev.reasons


def test_memory_never_approves_against_a_failing_check() -> None:
    known = suppliers_from(invoice("A-1001", "100.00", "25.00", "125.00"))
    # The page itself does not add up: memory reads what is printed, the check still fails.
    later = invoice("B-2002", "80.00", "20.00", "130.00")
    out, outcome = apply_memory(later, rules(total=Decimal("130.00")), known)
    assert out.fields.total == Decimal("130.00") and "total" in outcome.fields
    ev = evaluate(extract(out), today=TODAY)
    assert ev.decision == "manual_review"
    assert any("!=" in reason for reason in ev.reasons), ev.reasons


def test_without_the_label_or_a_parsable_value_the_rules_stand() -> None:
    known = suppliers_from(invoice("A-1001", "100.00", "25.00", "125.00"))
    later = invoice("no digits", "80.00", "20.00", "100.00")
    out, outcome = apply_memory(later, rules(invoice_number="R-1"), known)
    assert out.fields.invoice_number == "R-1" and "invoice_number" not in outcome.fields
    assert out.evidence.get("invoice_number", {}).get("source") != "memory"


def test_other_suppliers_and_no_suppliers_change_nothing() -> None:
    known = suppliers_from(invoice("A-1001", "100.00", "25.00", "125.00"))
    stranger = ocr([[("Rechnung", 100), ("R-9", 400)], [("Summe", 100), ("9.00", 400)]])
    prediction = rules(vendor_vat_id="DE123456789", vendor_name="Fremd GmbH")
    assert apply_memory(stranger, prediction, known)[0] == prediction
    assert apply_memory(stranger, prediction, [])[0] == prediction


def test_identifiers_must_have_their_shape() -> None:
    where = {"kind": "text"}
    assert parse_as(where, "iban", "GB29 NWBK 6016 1331 9268 19") == "GB29 NWBK 6016 1331 9268 19"
    assert parse_as(where, "iban", "GB28 NWBK 6016 1331 9268 19") is None  # check digits
    assert parse_as(where, "invoice_number", "Voucher") is None
    assert parse_as(where, "bic", "NWBKGB2L") == "NWBKGB2L"
    assert parse_as({"kind": "text", "words": 3}, "customer_name", "Granite State LLC")
    assert parse_as({"kind": "text", "words": 3}, "customer_name", "a b c d e f") is None
    assert parse_as({"kind": "amount"}, "total", "1.234,50 €") == Decimal("1234.50")
    assert parse_as({"kind": "date", "hint": "mdy"}, "invoice_date", "02/03/2026") == date(
        2026, 2, 3
    )


def test_header_fields_are_the_scored_ones() -> None:
    assert set(HEADER_FIELDS) - {"currency"} <= set(lm.FIELD_KINDS)


def test_remembered_amounts_never_break_a_sum_the_reader_got_right() -> None:
    known = suppliers_from(invoice("A-1001", "100.00", "25.00", "125.00"))
    # The net's old place now holds the lines' subtotal (a discount appeared): 90 + 20 != 100.
    later = invoice("B-2002", "90.00", "20.00", "100.00")
    out, outcome = apply_memory(later, rules(), known)
    assert (out.fields.amount, out.fields.vat, out.fields.total) == (
        Decimal("80.00"),
        Decimal("20.00"),
        Decimal("100.00"),
    )
    assert not {"amount", "vat", "total"} & set(outcome.fields)
    assert out.fields.invoice_number == "B-2002"


def test_a_known_supplier_keeps_the_accents_ocr_dropped() -> None:
    """OCR read "Björk & Akerlund AB"; the supplier recognised by its VAT id is stored as
    "Björk & Åkerlund AB": the stored spelling is reported. A name that differs by more than
    accents and case (another word) keeps the page's reading."""
    page = invoice("B-2002", "80.00", "20.00", "100.00")
    known = [{**suppliers_from(page)[0], "name": "Björk & Åkerlund AB", "layouts": []}]
    out, outcome = apply_memory(page, rules(vendor_name="Björk & Akerlund AB"), known)
    assert out.fields.vendor_name == "Björk & Åkerlund AB"
    assert outcome.fields == ["vendor_name"]
    assert out.evidence["vendor_name"]["source"] == "memory"
    other = rules(vendor_name="Björk & Akerlund Bygg AB")
    out, outcome = apply_memory(page, other, known)
    assert out.fields.vendor_name == "Björk & Akerlund Bygg AB" and outcome.fields == []
