"""Evidence matching and the integrity checks as pure functions."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import BBox, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.stages import integrity
from invoice_scanner_processing.stages.evidence import (
    amount_variants,
    fields_object,
    iou,
    locate,
)


def _line(text: str, x: float, y: float, char_w: float = 10.0, h: float = 20.0) -> OcrLine:
    words, cursor = [], x
    for part in text.split(" "):
        words.append(
            OcrWord(text=part, bbox=BBox(x0=cursor, y0=y, x1=cursor + len(part) * char_w, y1=y + h))
        )
        cursor += (len(part) + 1) * char_w
    box = BBox(x0=x, y0=y, x1=cursor - char_w, y1=y + h)
    return OcrLine(text=text, bbox=box, words=words)


def _page(*lines: OcrLine, number: int = 1, source: str = "text_layer") -> OcrPage:
    return OcrPage(
        page_number=number, width=1000, height=2000, source=source, engine="t", lines=list(lines)
    )


def test_amount_variants_cover_separators_and_grouping() -> None:
    v = amount_variants(Decimal("1234.50"))
    assert {"1234.50", "1234,50", "1,234.50", "1.234,50", "1 234,50", "1'234.50"} <= v


def test_a_column_of_printed_parts_is_printed() -> None:
    """A till's VAT summary prints each rate's net and tax, not their sums: the net and VAT
    are on the page as a column's parts, right edges aligned, one under another."""
    summary = _page(
        _line("Rate", 0, 0),
        _line("Net", 300, 0),
        _line("VAT", 500, 0),
        _line("6%", 0, 40),
        _line("12,61", 300, 40),
        _line("0,76", 510, 40),
        _line("23%", 0, 80),
        _line("18,01", 300, 80),
        _line("4,14", 510, 80),
        _line("TOTAL 35,52", 0, 160),
    )
    assert integrity.column_sum("4.90", [summary])
    assert integrity.column_sum("30.62", [summary])
    # Not a column's parts: one amount alone, numbers of two columns, a sum nobody printed.
    assert not integrity.column_sum("0.76", [summary])
    assert not integrity.column_sum("13.37", [summary])  # 12,61 + 0,76: side by side
    assert not integrity.column_sum("4.91", [summary])
    # A text-layer row holds the cells as words; a far gap ends the column.
    rows = _page(_line("A 19% 10,00 1,90", 0, 0), _line("B 7% 5,00 0,35", 0, 40))
    assert integrity.column_sum("2.25", [rows]) and integrity.column_sum("15.00", [rows])
    apart = _page(_line("A 19% 10,00 1,90", 0, 0), _line("B 7% 5,00 0,35", 0, 400))
    assert not integrity.column_sum("2.25", [apart])


def test_a_vat_whose_rates_are_each_printed_is_printed() -> None:
    """Rate lines with other lines between them ("TVA 5,50% 1,49" / "HT 27,11 TTC 28,60" /
    "TVA 10,00% 0,90"): the VAT's parts are its breakdown's amounts, each on the page."""
    page = _page(
        _line("TVA 5,50% 1,49", 0, 0),
        _line("HT 27,11 TTC 28,60", 0, 30),
        _line("TVA 10,00% 0,90", 200, 60),
        _line("HT 9,00 TTC 9,90", 200, 90),
    )
    rates = [{"rate": "5.5", "amount": "1.49"}, {"rate": "10", "amount": "0.90"}]
    values = {"amount": "36.11", "vat": "2.39", "total": "38.50", "vat_breakdown": rates}
    assert not integrity.column_sum("2.39", [page])
    assert integrity.printed_in_parts("vat", values, [page])
    assert not integrity.printed_in_parts("amount", values, [page])
    assert not integrity.printed_in_parts("vat", {**values, "vat": "2.49"}, [page])
    unprinted = [{"rate": "5.5", "amount": "1.39"}, {"rate": "10", "amount": "1.00"}]
    assert not integrity.printed_in_parts("vat", {**values, "vat_breakdown": unprinted}, [page])


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("Total: 1.234,50 EUR", Decimal("1234.50")),
        ("Total $1,234.50", Decimal("1234.50")),
        ("Att betala 1 234,50 kr", Decimal("1234.50")),
    ],
)
def test_amount_found_as_printed_with_its_currency(printed: str, value: Decimal) -> None:
    page = _page(_line(printed, 100, 400))
    found = locate("total", value, [page])
    assert found is not None and found.page == 1
    start = printed.index(next(ch for ch in printed if ch.isdigit() or ch in "$"))
    assert found.bbox[0] <= (100 + start * 10 + 5) / 1000
    assert found.bbox[2] == pytest.approx((100 + len(printed) * 10) / 1000, abs=0.011)


def test_amount_inside_a_longer_number_is_not_a_match() -> None:
    page = _page(_line("Ref 11234.50 and 234,50", 0, 0))
    assert locate("total", Decimal("1234.50"), [page]) is None
    assert locate("total", Decimal("234.50"), [page]) is not None


def test_dates_in_page_formats() -> None:
    for printed in ("15.03.2024", "03/15/2024", "15 March 2024", "15. März 2024", "2024-03-15"):
        page = _page(_line(f"Date {printed}", 0, 100))
        assert locate("invoice_date", date(2024, 3, 15), [page]) is not None, printed


def test_names_across_words_and_ocr_misreads() -> None:
    page = _page(_line("Nordic Supp1ies AB", 0, 0), _line("Invoice No: INV-2024-0042", 0, 50))
    name = locate("vendor_name", "Nordic Supplies AB", [page])
    assert name is not None and not name.exact
    number = locate("invoice_number", "INV 2024 0042", [page])
    assert number is not None and number.exact
    assert number.bbox[1] == pytest.approx(50 / 2000)


def test_a_name_set_over_two_lines_is_found_across_them() -> None:
    page = _page(
        _line("MVM Musterhafter", 400, 100),
        _line("Versicherungsverein Musterstadt a.G.", 400, 122),
        _line("Musterstr. 12", 400, 144),
    )
    name = locate("vendor_name", "MVM Musterhafter Versicherungsverein Musterstadt a.G.", [page])
    assert name is not None and name.exact
    # The box spans both lines, and not the address below them.
    assert name.bbox[1] == pytest.approx(100 / 2000) and name.bbox[3] == pytest.approx(142 / 2000)
    # Lines far apart are not joined.
    apart = _page(_line("MVM Musterhafter", 400, 100), _line("Versicherungsverein", 400, 400))
    assert locate("vendor_name", "MVM Musterhafter Versicherungsverein", [apart]) is None


def test_hint_picks_among_several_places() -> None:
    first, second = _line("Net 100.00", 0, 100), _line("Total 100.00", 0, 900)
    page = _page(first, second)
    hint = {"page": 1, "bbox": [0, 100, 200, 120]}
    assert locate("amount", Decimal("100.00"), [page], hint).bbox[1] == pytest.approx(0.05)
    # Without a hint an amount is taken lowest on the page (totals come last).
    assert locate("amount", Decimal("100.00"), [page]).bbox[1] == pytest.approx(0.45)


def test_fields_object_shape() -> None:
    page = _page(_line("Total 9 750,00 SEK", 100, 400))
    out = fields_object(
        {"total": Decimal("9750.00"), "invoice_number": "X-1"},
        {"total": 0.9},
        {"total": "rules", "invoice_number": "llm:openai"},
        [page],
        {},
    )
    assert out["total"]["value"] == "9750.00" and out["total"]["confidence"] == 0.9
    assert out["total"]["page"] == 1 and len(out["total"]["bbox"]) == 4
    assert out["invoice_number"] == {
        "value": "X-1",
        "confidence": 0.7,
        "source": "llm:openai",
        "page": None,
        "bbox": None,
    }
    assert out["due_date"]["value"] is None and out["due_date"]["source"] is None


def test_iou() -> None:
    assert iou([0, 0, 1, 1], [0, 0, 1, 1]) == 1.0
    assert iou([0, 0, 1, 1], [2, 2, 3, 3]) == 0.0
    assert iou([0, 0, 2, 1], [1, 0, 3, 1]) == pytest.approx(1 / 3)


def test_einvoice_matches_page_names_both_values() -> None:
    check = integrity.einvoice_matches_page(
        {"total": "19750.00", "vendor_name": "Shadow Ltd", "invoice_number": "A1"},
        {"total": "9750.00", "vendor_name": "Nordic AB", "invoice_number": "A1"},
        {},
    )
    assert not check.passed and check.severity == "error"
    assert check.fields == ["total", "vendor_name"]
    assert "19750.00" in check.detail and "9750.00" in check.detail
    same = integrity.einvoice_matches_page({"iban": "DE02 1203"}, {"iban": "de021203"}, {})
    assert same.passed
    silent = integrity.einvoice_matches_page({"iban": "DE02"}, {}, {"iban": False})
    assert not silent.passed and "not on the page" in silent.detail


def test_bank_details_known() -> None:
    assert integrity.bank_details_known("DE02 1203", None).passed
    assert integrity.bank_details_known("DE021203", {"DE02 1203"}).passed
    changed = integrity.bank_details_known("GB33BUKB", {"DE021203"})
    assert not changed.passed and changed.fields == ["iban"] and "DE021203" in changed.detail


def test_single_source_needs_the_page() -> None:
    values = {"total": "10.00", "vat": "2.00", "invoice_number": "A1", "currency": "EUR"}
    located = {"total": True, "vat": False, "invoice_number": False}
    check = integrity.single_source(values, located, derived=["vat"])
    assert not check.passed and check.fields == ["invoice_number"]
    assert integrity.single_source(values, located | {"invoice_number": True}, ["vat"]).passed


def test_text_layer_check() -> None:
    layer = [_line("Total 19 750.00", 0, 0)]
    ocr_page = _page(_line("Total 9 750.00", 0, 0), source="ocr")
    failed = integrity.text_layer_matches_image({1: layer}, {1: "invisible"}, [ocr_page])
    assert not failed.passed and "1975000" in failed.detail
    agree = integrity.text_layer_matches_image({1: [_line("Total 9750.00", 0, 0)]}, {}, [ocr_page])
    assert agree.passed
    text_page = _page(_line("Total 9 750.00", 0, 0))
    hidden = integrity.text_layer_matches_image({1: layer}, {1: "white text"}, [text_page])
    assert not hidden.passed and "white text" in hidden.detail
    assert integrity.text_layer_matches_image({}, {}, [text_page]).passed


def test_single_source_takes_one_amount_from_the_arithmetic() -> None:
    values = {"amount": "100.00", "vat": "19.00", "total": "119.00"}
    summed_vat = {"amount": True, "vat": False, "total": True}
    assert integrity.single_source(values, summed_vat, []).passed
    wrong = {**values, "vat": "29.00"}
    assert not integrity.single_source(wrong, summed_vat, []).passed
    only_total = {"amount": False, "vat": False, "total": True}
    assert integrity.single_source(values, only_total, []).fields == ["amount", "vat"]


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("Invoice Date: 3rd March 2024", date(2024, 3, 3)),
        ("Datum vystavení: 10. 10. 2024", date(2024, 10, 10)),
        ("Wien, am 22. Jänner 2024", date(2024, 1, 22)),
        ("Fecha: 2024-06-12T10:15:32", date(2024, 6, 12)),
        ("Datum 31-1-2023", date(2023, 1, 31)),
    ],
)
def test_more_date_forms(printed: str, value: date) -> None:
    assert locate("invoice_date", value, [_page(_line(printed, 0, 0))]) is not None
    assert locate("invoice_date", date(2021, 1, 1), [_page(_line(printed, 0, 0))]) is None


def test_dates_are_found_as_receipts_print_them() -> None:
    from invoice_scanner_processing.stages.evidence import date_variants

    variants = date_variants(date(2026, 11, 16))
    assert {"nov 16 2026", "16 de noviembre de 2026"} <= variants
    assert "09-oct-2026" in date_variants(date(2026, 10, 9))
    assert "may 24,2024" in date_variants(date(2024, 5, 24))  # OCR dropped the space
    # Tally's two-digit year after the month ("Dated 18-Jan-26"), a till's "18 Jan 26"
    assert {"18-jan-26", "18 jan 26"} <= date_variants(date(2026, 1, 18))


def test_dates_are_written_as_babel_writes_them() -> None:
    from datetime import timedelta

    from babel.dates import format_date

    from invoice_scanner_processing.stages.evidence import (
        _DATE_PATTERNS,
        _WRITTEN_PATTERNS,
        DATE_LOCALES,
        _format_date,
    )

    days = [date(2024, 1, 1) + timedelta(days=n) for n in range(0, 366, 3)]
    for day in (*days, date(1999, 12, 31), date(2009, 7, 9), date(2031, 11, 30)):
        for pattern in _DATE_PATTERNS:
            assert _format_date(day, pattern) == format_date(day, pattern, locale="en")
        for locale in DATE_LOCALES:
            for pattern in (*_WRITTEN_PATTERNS, "MMMM"):
                assert _format_date(day, pattern, locale) == format_date(
                    day, pattern, locale=locale
                ), (day, pattern, locale)


def test_the_fuzzy_search_bound_is_difflibs_quick_ratio() -> None:
    import random
    from difflib import SequenceMatcher

    from invoice_scanner_processing.stages.evidence import _overlap_bounds

    rng = random.Random(5)
    for _ in range(300):
        wanted = "".join(rng.choice("abcde12") for _ in range(rng.randint(5, 9)))
        have = "".join(rng.choice("abcde12xy") for _ in range(rng.randint(1, 30)))
        n = len(wanted)
        bounds = _overlap_bounds(wanted, have)
        assert len(bounds) == max(1, len(have) - n + 1)
        for i, bound in enumerate(bounds):
            matcher = SequenceMatcher(None, wanted, have[i : i + n], autojunk=False)
            assert bound == pytest.approx(matcher.quick_ratio())
            assert matcher.ratio() <= bound + 1e-12


def test_every_rendering_holds_the_required_part() -> None:
    from invoice_scanner_processing.stages.evidence import _required, date_variants

    for value in (Decimal("0.5"), Decimal("7"), Decimal("-1234.5"), Decimal("1234567.89")):
        assert all(any(r in v for r in _required(value)) for v in amount_variants(value)), value
    for day in (date(2005, 3, 9), date(2000, 12, 1), date(2026, 11, 30)):
        assert all(any(r in v for r in _required(day)) for v in date_variants(day)), day
