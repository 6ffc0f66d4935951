from __future__ import annotations

from datetime import date
from decimal import Decimal

from invoice_scanner_common.checks import VALUE_CHECK_NAMES, value_checks

GOOD = {
    "invoice_number": "A-1",
    "invoice_date": "2026-03-01",
    "due_date": date(2026, 3, 31),
    "vendor_name": "Acme",
    "currency": "EUR",
    "amount": Decimal("100.00"),
    "vat": "25.00",
    "total": 125.01,  # within the one-cent tolerance
}


def by_name(values: dict, lines: list | None = None) -> dict:
    return {c.name: c for c in value_checks(values, lines or [], today=date(2026, 4, 1))}


def test_plain_values_of_any_json_shape_pass() -> None:
    checks = by_name(GOOD, ["60.00", Decimal("40")])
    assert all(c.passed for c in checks.values()), checks
    assert set(checks) == VALUE_CHECK_NAMES


def test_each_rule_fails_with_its_fields_and_detail() -> None:
    bad = {
        **GOOD,
        "vendor_name": "",
        "total": "125.02",
        "invoice_date": "2029-01-01",
        "due_date": "2028-12-01",
        "currency": None,
    }
    checks = by_name(bad, ["50.00"])
    failed = {n: c for n, c in checks.items() if not c.passed}
    assert set(failed) == {
        "required.vendor_name",
        "arithmetic.net_plus_vat_equals_total",
        "dates.invoice_date_plausible",
        "dates.due_not_before_issue",
        "arithmetic.lines_sum_to_net",
        "currency.present",
    }
    assert failed["arithmetic.net_plus_vat_equals_total"].detail == "100.00 + 25.00 != 125.02"
    assert failed["arithmetic.net_plus_vat_equals_total"].fields == ("amount", "vat", "total")
    assert failed["arithmetic.lines_sum_to_net"].severity == "warning"
    assert failed["dates.due_not_before_issue"].fields == ("invoice_date", "due_date")


def test_unreadable_or_missing_amounts_fail_the_sum_without_raising() -> None:
    checks = by_name({**GOOD, "vat": "twenty", "amount": None}, ["x"])
    assert not checks["arithmetic.net_plus_vat_equals_total"].passed
    assert "arithmetic.lines_sum_to_net" not in checks
    assert not by_name({})["required.total"].passed


def test_tip_and_rounding_are_part_of_the_total_not_the_net() -> None:
    receipt = {**GOOD, "amount": "100.00", "vat": "25.00", "tip": "18.00", "rounding": "-0.02"}
    ok = by_name({**receipt, "total": "142.98"})["arithmetic.net_plus_vat_equals_total"]
    assert ok.passed and ok.fields == ("amount", "vat", "total", "tip", "rounding")
    bad = by_name({**receipt, "total": "125.00"})["arithmetic.net_plus_vat_equals_total"]
    assert bad.detail == "100.00 + 25.00 + tip 18.00 + rounding -0.02 != 125.00"


def test_lines_with_tax_or_a_credit_notes_sign_agree_with_the_net() -> None:
    assert by_name(GOOD, ["100.00", "25.00"])["arithmetic.lines_sum_to_net"].passed  # gross
    credit = {**GOOD, "amount": "-100.00", "vat": "-25.00", "total": "-125.00"}
    assert by_name(credit, ["60.00", "40.00"])["arithmetic.lines_sum_to_net"].passed
    assert not by_name(GOOD, ["100.00", "20.00"])["arithmetic.lines_sum_to_net"].passed


def test_a_bill_without_tax_adds_up_when_its_net_is_the_total() -> None:
    """VAT unknown (null: no tax printed) means none was charged; the net must be the total."""
    no_tax = {**GOOD, "amount": "300.00", "vat": None, "total": "300.00"}
    assert by_name(no_tax)["arithmetic.net_plus_vat_equals_total"].passed
    short = by_name({**no_tax, "total": "310.00"})["arithmetic.net_plus_vat_equals_total"]
    assert not short.passed


def test_net_vat_and_total_share_one_sign() -> None:
    # A discount read as the tax adds up (90.70 - 4.54 = 86.16) and is still refused.
    discount_as_vat = by_name({**GOOD, "amount": "90.70", "vat": "-4.54", "total": "86.16"})
    assert discount_as_vat["arithmetic.net_plus_vat_equals_total"].passed
    signs = discount_as_vat["arithmetic.signs_agree"]
    assert not signs.passed and signs.severity == "error"
    assert signs.fields == ("amount", "vat", "total")
    assert (
        signs.detail
        == "net, VAT and total have different signs: amount 90.70, vat -4.54, total 86.16"
    )
    # A credit note is negative throughout; a zero VAT and an unknown net say nothing.
    credit = {**GOOD, "amount": "-100.00", "vat": "-25.00", "total": "-125.00"}
    assert by_name(credit)["arithmetic.signs_agree"].passed
    assert by_name({**GOOD, "vat": "0.00", "total": "100.00"})["arithmetic.signs_agree"].passed
    assert "arithmetic.signs_agree" not in by_name({**GOOD, "amount": None, "vat": None})
