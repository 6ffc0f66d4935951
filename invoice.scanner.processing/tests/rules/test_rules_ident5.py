"""Invoice numbers and dates of further layouts and countries: letters without a decomposition
match their labels, Vietnam's marked labels, a number under its own column beside a party
block, a title's number below it, a printer's permit date, Buddhist-era years."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.identifiers import _read_invoice_number
from invoice_scanner_processing.extractors.rules.items import _role
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.lexicon import compact
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]
TOTAL = [(1000, 900, "Total"), (1400, 900, "185.000")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


@pytest.mark.parametrize(
    ("printed", "label"),
    [
        ("Số hóa đơn:", "so hoa don"),
        ("Fatura Numarası:", "fatura numarasi"),
        ("Beløp eks. mva:", "belop eks mva"),
    ],
)
def test_letters_without_a_decomposition_fold_as_their_labels_spell_them(
    printed: str, label: str
) -> None:
    assert [h.key for h in find_labels(printed)] == [compact(label)]


def test_a_turkish_dotless_i_label_is_read(make_layout: Layout) -> None:
    doc = make_layout([(60, 60, "ANKARA KIRTASIYE"), (60, 120, "Fatura Numarası: KRT2026000451")])
    assert _fields(doc).invoice_number == "KRT2026000451"


@pytest.mark.parametrize("label", ["Số:", "Ső:", "HĐ:", "Số HĐ:", "So hoa don:", "Hoa don so"])
def test_vietnamese_receipt_number_labels(make_layout: Layout, label: str) -> None:
    doc = make_layout(
        [
            (60, 40, "QUÁN PHỞ BẮC HẢI"),
            (60, 100, f"{label} 0087321"),
            (60, 140, "Ngày: 03/12/2026"),
            *TOTAL,
        ]
    )
    fields = _fields(doc)
    assert fields.invoice_number == "0087321"
    assert fields.invoice_date == date(2026, 12, 3)


@pytest.mark.parametrize(
    "text", ["SO: 55120", "So lượng: 2", "Số lượng 2", "HD: 1080p", "Số 42 Phố Hàng Bạc"]
)
def test_unmarked_or_valueless_marked_words_are_no_number_labels(text: str) -> None:
    assert not [h for h in find_labels(text) if "invoice_number" in h.fields]


def test_labels_of_other_scripts_are_matched_as_printed(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 40, "ひだまり書店"),
            (60, 100, "伝票番号 58-2071"),
            (60, 140, "発行日 2026年12月3日"),
            (60, 180, "お支払期限 2027年1月10日"),
            *TOTAL,
        ]
    )
    fields = _fields(doc)
    assert fields.invoice_number == "58-2071"
    assert fields.invoice_date == date(2026, 12, 3)
    assert fields.due_date == date(2027, 1, 10)


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("2027年2月8日(月) 18:04", date(2027, 2, 8)),
        ("2027년 2월 8일", date(2027, 2, 8)),
        ("08/02/2570", date(2027, 2, 8)),
        ("08/02/70", date(2027, 2, 8)),
        ("08/02/27", date(2027, 2, 8)),
        ("Ngày (Date) 8 tháng (month) 2 năm (year) 2027", date(2027, 2, 8)),
        ("Ngay 08 thang 02 nam 2027", date(2027, 2, 8)),
    ],
)
def test_east_asian_vietnamese_and_buddhist_era_dates(text: str, value: date) -> None:
    assert [f.value for f in find_dates(text, dayfirst=True)] == [value]


def test_a_thai_receipt_dated_in_the_buddhist_era(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 40, "CHAO PHRAYA GROCER"),
            (60, 100, "No. CP12-004471"),
            (60, 140, "Date 08/02/2570  07:41"),
            *TOTAL,
        ]
    )
    assert _fields(doc).invoice_date == date(2027, 2, 8)


def test_a_number_under_its_label_beside_the_bill_to_block_is_the_invoices(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [
            (60, 40, "Kestrel Roofing (Pty) Ltd"),
            (60, 200, "BILL TO"), (700, 200, "Invoice No."), (1000, 200, "Date"),
            (60, 230, "Ms A. Dlamini"), (700, 230, "KR-33187"), (1000, 230, "4 March 2027"),
            (60, 260, "8 Protea Lane"),
            (60, 290, "Durbanville"),
            *TOTAL,
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "KR-33187"
    assert fields.customer_name == "Ms A. Dlamini"


def test_a_number_right_under_the_title_beside_a_logo(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (1300, 40, "INVOICE"),
            (60, 70, "pasarkita"), (1255, 70, "INV/20270214/PK/5512"),
            (60, 200, "Penjual: Toko Bintang"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "INV/20270214/PK/5512"


def test_a_permits_issue_date_is_not_the_invoice_date(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 40, "NORTHPOINT AUTO GLASS"),
            (60, 100, "SALES INVOICE"), (1200, 100, "No. 004518"),
            (60, 140, "Date:"), (200, 140, "February 8, 2027"),
            *TOTAL,
            (300, 1900, "Authority to Print No. 0AB1234567"),
            (300, 1930, "Date Issued: 03/22/2026 · Printer: Lakeside Press, Cebu"),
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_date == date(2027, 2, 8)


def test_a_direct_debit_date_broken_onto_the_next_line_is_the_due_date(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [
            (60, 40, "Glenwater Utilities"),
            (1000, 80, "Bill number 7710294"),
            (1000, 110, "Bill date 2 March 2027"),
            *TOTAL,
            (800, 960, "We will collect this by Direct Debit on or after"),
            (800, 990, "17 March 2027."),
        ]
    )  # fmt: skip
    assert _fields(doc).due_date == date(2027, 3, 17)


def test_a_number_holding_a_date_among_its_digits_is_still_a_number(
    make_layout: Layout,
) -> None:
    doc = make_layout(
        [(60, 40, "Lindqvist Verktyg AB"), (60, 100, "Invoice No: FAC-2027-03-02-0041"), *TOTAL]
    )
    assert _fields(doc).invoice_number == "FAC-2027-03-02-0041"


@pytest.mark.parametrize("text", ["02.03.2027", "R-2027-03-02", "No. 2027-03-02"])
def test_a_date_is_no_number(text: str) -> None:
    assert _read_invoice_number(text) is None


def test_dated_beside_the_invoice_number_is_the_invoice_date(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (700, 20, "TAX INVOICE"),
            (60, 60, "Kaveri Agro Supplies"),
            (840, 60, "Invoice No."), (1250, 60, "KAS/27-28/0093"),
            (60, 100, "Plot 7, APMC Yard, 1-3-2027 Block"),
            (840, 100, "Dated"), (1250, 100, "4-May-2027"),
            *TOTAL,
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.invoice_date == date(2027, 5, 4)
    assert prediction.confidence["invoice_date"] >= 0.9


@pytest.mark.parametrize(
    ("cell", "role"),
    [
        ("Amount NZD", "amount"),
        ("Betrag CHF", "amount"),
        ("GP €", "amount"),
        ("Amt(RM)", "amount"),
        ("Nature of Service", "description"),
        ("Descrição", "description"),
        ("Qtd.", "quantity"),
        ("Preço unit.", "unit_price"),
        ("Ext. Price", "amount"),
        ("S.No", "position"),
    ],
)
def test_table_header_words_and_a_currency_after_a_columns_name(cell: str, role: str) -> None:
    assert _role(cell) == role


def test_a_table_under_header_words_of_further_countries_is_read(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 40, "Oficina Tejo, Lda"),
            (60, 300, "Descrição"), (800, 300, "Qtd."), (1000, 300, "Preço unit."),
            (1300, 300, "Valor"),
            (60, 330, "Revisão anual"), (820, 330, "2"), (1010, 330, "45,00"),
            (1300, 330, "90,00"),
            (60, 360, "Filtro de óleo"), (820, 360, "3"), (1010, 360, "12,50"),
            (1300, 360, "37,50"),
            (1000, 420, "Total"), (1300, 420, "127,50"),
        ]
    )  # fmt: skip
    items = _fields(doc).line_items
    assert [(i.description, i.quantity, i.amount) for i in items] == [
        ("Revisão anual", 2, Decimal("90.00")),
        ("Filtro de óleo", 3, Decimal("37.50")),
    ]
