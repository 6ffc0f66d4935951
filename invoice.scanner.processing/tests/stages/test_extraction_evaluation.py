from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_scanner_processing.schema import HEADER_FIELDS, InvoiceFields, LineItem, Prediction
from invoice_scanner_processing.stages.evaluation import evaluate
from invoice_scanner_processing.stages.extraction import Extraction, extract

TODAY = date(2025, 6, 1)


def prediction(**fields: object) -> Prediction:
    base: dict[str, object] = {
        "invoice_number": " INV-1 ",
        "invoice_date": date(2025, 1, 10),
        "due_date": date(2025, 2, 9),
        "vendor_name": "Acme  Ltd",
        "currency": "eur",
        "amount": Decimal("100"),
        "vat": Decimal("25"),
        "total": Decimal("125"),
    }
    base.update(fields)
    conf = dict.fromkeys(
        HEADER_FIELDS,
        0.97,
    )
    return Prediction(fields=InvoiceFields(**base), provider="test", confidence=conf)


def test_extract_normalises_text_currency_and_money() -> None:
    ex = extract(prediction(iban="gb29 nwbk 6016 1331 9268 19"))
    f = ex.fields
    assert f.invoice_number == "INV-1"
    assert f.vendor_name == "Acme Ltd"
    assert f.currency == "EUR"
    assert f.total == Decimal("125.00") and str(f.total) == "125.00"
    assert f.iban == "GB29NWBK60161331926819"
    assert ex.derived == [] and ex.issues == []


def test_extract_drops_unknown_currency_and_says_so() -> None:
    ex = extract(prediction(currency="XYZ1"))
    assert ex.fields.currency is None
    assert ex.issues == ["unknown currency 'XYZ1' dropped"]


def test_extract_derives_the_missing_amount_with_lower_confidence() -> None:
    ex = extract(prediction(vat=None))
    assert ex.fields.vat == Decimal("25.00")
    assert ex.derived == ["vat"]
    assert ex.confidence["vat"] <= 0.6
    ex = extract(prediction(total=None))
    assert ex.fields.total == Decimal("125.00") and ex.derived == ["total"]


def test_a_net_equal_to_the_total_leaves_an_unprinted_vat_unknown() -> None:
    """No VAT read and the net is the total: no tax was printed, so none is derived (null,
    not 0.00), and the sum check still holds."""
    ex = extract(prediction(vat=None, total=Decimal("100.00")))
    assert ex.fields.vat is None and "vat" not in ex.derived
    ev = evaluate(ex, today=TODAY)
    assert all(c.passed for c in ev.checks if c.name == "arithmetic.net_plus_vat_equals_total")


def test_einvoice_values_win_and_are_certain() -> None:
    ex = extract(prediction(), {"invoice_number": "XR-9", "total": "125.00"})
    assert ex.fields.invoice_number == "XR-9"
    assert ex.confidence["invoice_number"] == 1.0
    assert ex.source == "einvoice"


def test_consistent_confident_invoice_is_approved() -> None:
    ev = evaluate(extract(prediction()), today=TODAY)
    assert ev.decision == "approved", ev.reasons
    assert all(c.passed for c in ev.checks)
    assert 0.9 <= ev.predicted_accuracy <= 1
    assert 0 < ev.quality_score <= 1


def test_totals_that_do_not_add_up_go_to_review() -> None:
    ev = evaluate(extract(prediction(total=Decimal("130"))), today=TODAY)
    assert ev.decision == "manual_review"
    failed = {c.name for c in ev.checks if not c.passed}
    assert "arithmetic.net_plus_vat_equals_total" in failed
    assert any("!=" in r for r in ev.reasons)


def test_missing_required_field_goes_to_review() -> None:
    ev = evaluate(extract(prediction(invoice_number=None)), today=TODAY)
    assert ev.decision == "manual_review"
    assert "invoice_number is missing" in ev.reasons


def test_due_before_issue_and_implausible_dates_fail() -> None:
    ev = evaluate(extract(prediction(due_date=date(2024, 1, 1))), today=TODAY)
    assert "dates.due_not_before_issue" in {c.name for c in ev.checks if not c.passed}
    ev = evaluate(extract(prediction(invoice_date=date(1970, 1, 1), due_date=None)), today=TODAY)
    assert "dates.invoice_date_plausible" in {c.name for c in ev.checks if not c.passed}


def test_low_confidence_is_not_approved() -> None:
    pred = prediction()
    pred.confidence = dict.fromkeys(pred.confidence, 0.5)
    ev = evaluate(extract(pred), today=TODAY)
    assert ev.decision == "manual_review"
    assert ev.predicted_accuracy < 0.9


def test_flags_from_prediction_force_review() -> None:
    pred = prediction()
    pred.flags = ["llm_malformed_output"]
    ev = evaluate(extract(pred), today=TODAY)
    assert ev.decision == "manual_review"
    assert "llm_malformed_output" in ev.reasons


def test_line_items_that_do_not_sum_are_a_warning() -> None:
    items = [
        LineItem(description="a", amount=Decimal("60")),
        LineItem(description="b", amount=Decimal("30")),
    ]
    ev = evaluate(extract(prediction(line_items=items)), today=TODAY)
    check = next(c for c in ev.checks if c.name == "arithmetic.lines_sum_to_net")
    assert not check.passed and check.severity == "warning"


def test_one_doubtful_field_blocks_approval_despite_a_high_mean() -> None:
    pred = prediction()
    pred.confidence["vendor_name"] = 0.4
    ev = evaluate(extract(pred), today=TODAY)
    assert ev.predicted_accuracy >= 0.85
    assert ev.decision == "manual_review"
    assert "low confidence in vendor_name (0.40)" in ev.reasons
    # A missing field is judged by the required-field checks, not by its confidence.
    pred = prediction(due_date=None)
    pred.confidence["due_date"] = 0.55
    assert evaluate(extract(pred), today=TODAY).decision == "approved"


def test_the_seller_name_needs_more_confidence_than_other_fields() -> None:
    pred = prediction()
    pred.confidence["vendor_name"] = 0.75  # enough for any other field
    ev = evaluate(extract(pred), today=TODAY)
    assert ev.decision == "manual_review"
    assert "low confidence in vendor_name (0.75)" in ev.reasons
    pred.confidence["vendor_name"] = 0.82
    assert evaluate(extract(pred), today=TODAY).decision == "approved"
    pred.confidence["invoice_number"] = 0.75
    assert evaluate(extract(pred), today=TODAY).decision == "approved"


def test_a_deducted_deposit_is_held_for_a_person() -> None:
    paid = prediction(amount_due=Decimal("75.00"))
    ev = evaluate(extract(paid), today=TODAY)
    assert ev.decision == "manual_review"
    assert ev.reasons == [
        "a deposit or advance is deducted: amount due 75.00 differs from the total 125.00"
    ]
    # A balance of zero is a bill paid in full, and one equal to the total deducts nothing.
    assert evaluate(extract(prediction(amount_due=Decimal("0.00"))), today=TODAY).decision == (
        "approved"
    )
    assert evaluate(extract(prediction(amount_due=Decimal("125.00"))), today=TODAY).decision == (
        "approved"
    )


def test_implausible_values_are_dropped_not_stored() -> None:
    ex = extract(prediction(invoice_number="X" * 150, total=Decimal("1e30")))
    assert ex.fields.invoice_number is None
    # The implausible total is dropped, then derived from net + VAT and marked as derived.
    assert ex.fields.total == Decimal("125.00") and "total" in ex.derived
    assert "invoice_number of 150 characters dropped" in ex.issues
    assert any(i.startswith("total 1E+30 is not a plausible amount") for i in ex.issues)
    assert evaluate(ex, today=TODAY).decision == "manual_review"


def _printed(ex: Extraction, *names: str) -> Extraction:
    """``ex`` with an evidence box for ``names`` (what the pipeline's evidence step finds)."""
    box = {"page": 1, "bbox": [0.7, 0.5, 0.8, 0.52]}
    ex.fields_evidence = {name: dict(box) for name in names}
    return ex


def test_printed_amounts_that_add_up_are_confirmed_by_the_page() -> None:
    pred = prediction()
    for name in ("amount", "vat", "total"):
        pred.confidence[name] = 0.55  # read without labels: the reader doubts them
    held = evaluate(_printed(extract(pred), "amount", "vat"), today=TODAY)
    assert held.decision == "manual_review"  # the total is not printed: nothing confirmed
    approved = evaluate(_printed(extract(pred), "amount", "vat", "total"), today=TODAY)
    assert approved.decision == "approved", approved.reasons
    # Amounts that do not add up confirm nothing, printed or not.
    wrong = prediction(total=Decimal("126"))
    wrong.confidence.update(dict.fromkeys(("amount", "vat", "total"), 0.55))
    ev = evaluate(_printed(extract(wrong), "amount", "vat", "total"), today=TODAY)
    assert ev.decision == "manual_review"
    assert "low confidence in amount (0.55)" in ev.reasons
    # No VAT: one printed number read as net and total is no cross-check.
    untaxed = prediction(amount=Decimal("125"), vat=Decimal("0"))
    untaxed.confidence.update(dict.fromkeys(("amount", "vat", "total"), 0.55))
    ev = evaluate(_printed(extract(untaxed), "amount", "vat", "total"), today=TODAY)
    assert ev.decision == "manual_review"


def test_a_tip_is_derived_around_and_checked_with_the_total() -> None:
    ex = extract(
        prediction(
            amount=None, tip=Decimal("18"), rounding=Decimal("-0.02"), total=Decimal("142.98")
        )
    )
    assert ex.fields.amount == Decimal("100.00") and ex.derived == ["amount"]
    ev = evaluate(extract(prediction(tip=Decimal("18"), total=Decimal("143"))), today=TODAY)
    check = next(c for c in ev.checks if c.name == "arithmetic.net_plus_vat_equals_total")
    assert check.passed


def test_a_mean_of_exactly_the_threshold_passes() -> None:
    pred = prediction()
    # These add up to 7.2, whose float mean is 0.8999999999999999.
    values = (0.94, 0.74, 0.84, 0.8, 0.97, 0.97, 0.97, 0.97)  # the seller at its minimum, 0.8
    pred.confidence = dict(zip(HEADER_FIELDS, values, strict=True))
    ev = evaluate(extract(pred), today=TODAY, threshold=0.9)
    assert ev.predicted_accuracy == 0.9 and ev.decision == "approved", ev.reasons
