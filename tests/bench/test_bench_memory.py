"""The supplier memory benchmark in its quick form, and the invoice series it draws."""

from __future__ import annotations

from bench import memory
from bench.invoicegen.draw import draw_invoice
from bench.invoicegen.series import HOUSE_LABELS, draw_series, series_seed


def test_a_series_keeps_the_supplier_and_changes_the_values() -> None:
    first, second, third = draw_series(11, 3, 3, "meta_table", "de-DE")
    for later in (second, third):
        assert later.vendor == first.vendor and later.iban == first.iban
        assert later.style == first.style and later.customer == first.customer
        assert later.invoice_number != first.invoice_number and later.total != first.total
        assert (later.due_date is None) == (first.due_date is None)
    assert first.style.labels["invoice_number"] in HOUSE_LABELS["invoice_number"]
    # Drawing a series leaves every ordinary invoice as it was.
    assert (
        draw_invoice(series_seed(11, 3, 0), "meta_table", "de-DE").style.labels["invoice_number"]
        not in HOUSE_LABELS["invoice_number"]
    )
    plain = draw_series(11, 3, 1, "meta_table", "de-DE", house_labels=False)[0]
    assert plain.style.labels["invoice_number"] not in HOUSE_LABELS["invoice_number"]


def test_quick_memory_bench_reads_later_invoices_better_with_memory() -> None:
    args = memory.parse_args(["--quick", "--suppliers", "2", "--kinds", "pdf", "--seed", "3"])
    result = memory.run(args)
    without, with_memory = result["later_without_memory"], result["later_with_memory"]
    assert result["suppliers"] == 2 and with_memory["documents"] == 2
    assert with_memory["field_accuracy"] > without["field_accuracy"]
    assert with_memory["field_accuracy"] >= 0.95
    assert with_memory["straight_through_rate"] >= without["straight_through_rate"]
    assert "with memory" in memory.report(result)
