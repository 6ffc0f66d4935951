"""Scoring rules: normalisation, wrong and missing fields, line-item matching."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from bench.scoring import (
    CORRECT,
    MISSING,
    WRONG,
    norm_invoice_number,
    norm_vendor,
    score_document,
    score_field,
    score_line_items,
)
from invoice_scanner_processing.schema import InvoiceFields, LineItem

TRUTH = {
    "invoice_number": "INV-2024-00017",
    "invoice_date": "2024-12-21",
    "due_date": None,
    "vendor_name": "Müller Bürobedarf GmbH & Co. KG",
    "amount": "1000.00",
    "vat": "190.00",
    "total": "1190.00",
    "currency": "EUR",
    "line_items": [
        {"description": "Kopierpapier A4, 500 Blatt", "quantity": "2", "amount": "800.00"},
        {"description": "Tonerkartusche schwarz", "quantity": "1", "amount": "200.00"},
    ],
}


def perfect() -> InvoiceFields:
    return InvoiceFields(
        invoice_number=" inv-2024- 00017",
        invoice_date=date(2024, 12, 21),
        vendor_name="MÜLLER BÜROBEDARF",
        amount=Decimal("1000"),
        vat=Decimal("190.0"),
        total=Decimal("1190.00"),
        currency="eur",
        line_items=[
            LineItem(description="Tonerkartusche  schwarz", amount=Decimal("200")),
            LineItem(description="Kopierpapier A4 500 Blatt", amount=Decimal("800.00")),
        ],
    )


def test_a_perfect_prediction_scores_all_correct() -> None:
    score = score_document(TRUTH, perfect())
    assert score.fields == dict.fromkeys(score.fields, CORRECT)
    assert score.header_all_correct
    assert score.line_items.all_correct


def test_a_wrong_field_is_counted_wrong_and_a_null_missing() -> None:
    pred = perfect().model_copy(update={"total": Decimal("1190.01"), "vat": None})
    score = score_document(TRUTH, pred)
    assert score.fields["total"] == WRONG
    assert score.fields["vat"] == MISSING
    assert score.fields["amount"] == CORRECT
    assert not score.header_all_correct


def test_an_invented_value_for_a_null_truth_is_wrong() -> None:
    pred = perfect().model_copy(update={"due_date": date(2025, 1, 20)})
    assert score_document(TRUTH, pred).fields["due_date"] == WRONG
    assert score_document(TRUTH, perfect()).fields["due_date"] == CORRECT


def test_sign_matters_for_credit_notes() -> None:
    assert score_field("total", "-119.00", Decimal("119.00")) == WRONG
    assert score_field("total", "-119.00", -119.0) == CORRECT


def test_normalisation_rules() -> None:
    assert norm_invoice_number(" #INV 2024-001 ") == norm_invoice_number("inv2024-001")
    assert norm_invoice_number("INV-2024-001") != norm_invoice_number("INV-2024-002")
    assert norm_invoice_number("F2024/17") != norm_invoice_number("F2024-17")
    assert norm_vendor("Fiorentino Tipografia S.p.A.") == norm_vendor("fiorentino tipografia")
    assert norm_vendor("Åkerlund Bygg AB") == norm_vendor("ÅKERLUND BYGG")
    assert norm_vendor("Acme Supply, Inc.") == norm_vendor("Acme Supply")
    assert norm_vendor("Müller GmbH") != norm_vendor("Muller GmbH")  # accents count
    assert norm_vendor("Acme Supply") != norm_vendor("Acme")
    assert norm_vendor("AB") == "ab"  # a name that is only a legal form keeps it
    # Legal forms of more countries, multi-word ones with their joining words.
    assert norm_vendor("Highveld Plumbing (Pty) Ltd") == norm_vendor("Highveld Plumbing")
    assert norm_vendor("Centrum Parkolóház Kft.") == norm_vendor("CENTRUM PARKOLÓHÁZ")
    assert norm_vendor("Distribuidora del Bajío, S.A. de C.V.") == "distribuidora del bajío"
    assert norm_vendor("Kowalski Sp. z o.o.") == "kowalski"
    assert norm_vendor("Kedai Runcit Sdn. Bhd.") == "kedai runcit"
    # A joining word inside a name stays: only one between two legal-form words goes.
    assert norm_vendor("Casa de Pepa") == "casa de pepa"
    # A legal form printed first goes too; a name that is only one keeps it.
    assert norm_vendor("EURL Morel Rénovation") == norm_vendor("MOREL RÉNOVATION")
    assert norm_vendor("S.A.R.L. Dupuis & Fils") == norm_vendor("Dupuis & Fils")
    assert norm_vendor("PT Sinar Abadi Tbk") == "sinar abadi"
    assert norm_vendor("SAS") == "sas"
    assert norm_vendor("Sasso Ceramiche") == "sasso ceramiche"
    assert norm_vendor("Jacaranda Pharmacy Hatfield (Pty) Ltd") != norm_vendor("Jacaranda Pharmacy")
    assert score_field("vendor_name", "Van Dijk Advies B.V.", "Van Dijk Advies BV") == CORRECT
    assert score_field("vendor_name", "Van Dijk Advies B.V.", "Noordzee B.V.") == WRONG
    assert score_field("currency", "SEK", " sek") == CORRECT
    assert score_field("invoice_date", "2024-12-21", "2024-12-12") == WRONG


def test_line_items_need_every_item_and_no_extra() -> None:
    truth = TRUTH["line_items"]
    assert isinstance(truth, list)
    one = [LineItem(description="Tonerkartusche schwarz", amount=Decimal("200"))]
    partial = score_line_items(truth, one)
    assert (partial.matched, partial.all_correct, partial.status) == (1, False, WRONG)
    wrong_amount = [
        LineItem(description="Kopierpapier A4, 500 Blatt", amount=Decimal("80.00")),
        LineItem(description="Tonerkartusche schwarz", amount=Decimal("200")),
    ]
    assert score_line_items(truth, wrong_amount).matched == 1
    extra = [*perfect().line_items, LineItem(description="Versand", amount=Decimal("5"))]
    assert not score_line_items(truth, extra).all_correct
    assert score_line_items(truth, []).status == MISSING
    other_text = [
        LineItem(description="Something else entirely", amount=Decimal("800")),
        LineItem(description="Tonerkartusche schwarz", amount=Decimal("200")),
    ]
    assert score_line_items(truth, other_text).matched == 1


def test_no_prediction_scores_missing() -> None:
    score = score_document(TRUTH, None)
    assert score.fields["invoice_number"] == MISSING
    assert score.fields["due_date"] == CORRECT  # null truth, null prediction
