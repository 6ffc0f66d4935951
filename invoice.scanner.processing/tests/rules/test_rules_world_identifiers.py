"""Invoice numbers and dates of countries beyond the main languages: tax and registration ids
are never the invoice number, page numbers and table positions neither, numbers split in
series or point of sale are joined as the country writes them, and local labels are read."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]
TOTAL = [(1000, 900, "Total"), (1400, 900, "310.00")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def test_a_long_trn_is_a_tax_id_not_the_invoice_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 60, "SAND DUNE TRADING L.L.C."),
            (60, 100, "TRN: 100999888777006"),
            (60, 160, "Invoice No:"),
            (60, 190, "SDT-7781"),
            (60, 240, "Client TRN: 100111222333004"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "SDT-7781"


def test_a_short_trn_stays_a_transaction_number(make_layout: Layout) -> None:
    doc = make_layout([(60, 60, "CORNER MART"), (60, 100, "TRN:5531"), *TOTAL])
    assert _fields(doc).invoice_number == "5531"


@pytest.mark.parametrize(
    "label",
    ["CUIT: 30-99887766-1", "VKN: 9912345678", "NPWP: 01.234.567.8-901.000", "RFC: 12345678901"],
)
def test_registration_ids_of_the_world_are_no_invoice_numbers(
    make_layout: Layout, label: str
) -> None:
    doc = make_layout(
        [(60, 60, "Mercado Norte"), (60, 100, label), (60, 140, "Nota No: 4410"), *TOTAL]
    )
    assert _fields(doc).invoice_number == "4410"


def test_a_table_position_under_a_bare_nr_is_no_invoice_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 60, "ATELIER VERDE"),
            (60, 300, "Nr."), (200, 300, "Description"), (700, 300, "Qty"),
            (900, 300, "Price"),
            (60, 340, "1"), (200, 340, "Oak shelf"), (700, 340, "2"), (900, 340, "155.00"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number is None


def test_a_page_number_is_no_invoice_number(make_layout: Layout) -> None:
    doc = make_layout([(60, 60, "Kayra Yapi"), (60, 100, "Belge No: Sayfa 1"), *TOTAL])
    assert _fields(doc).invoice_number is None


def test_romanian_series_and_number_are_joined(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 60, "MOBILA NOUA S.R.L."),
            (60, 100, "Seria MNV nr. 0712"),
            (60, 140, "Data emiterii: 03.10.2026"),
            (60, 170, "Data scadenței: 17.10.2026"),
            *TOTAL,
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "MNV 0712"
    assert fields.invoice_date == date(2026, 10, 3)
    assert fields.due_date == date(2026, 10, 17)


def test_argentine_point_of_sale_joins_the_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 60, "FERRETERIA EL ALAMO S.R.L."),
            (60, 100, "P.V. Nro.: 0012"),
            (60, 130, "Nro. T.: 00007731"),
            (60, 160, "Fecha: 02/10/2026"),
            (60, 800, "Vto. CAE: 12/10/2026"),
            *TOTAL,
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.invoice_number == "0012-00007731"
    assert fields.due_date is None  # the authorisation code's expiry


@pytest.mark.parametrize(
    ("line", "number"),
    [
        ("FIS NO : 0441", "0441"),
        ("BON FISCAL NR: 0077", "0077"),
        ("Nyugtaszám: K02/004411", "K02/004411"),
        ("Salgskvittering nr. 55120", "55120"),
        ("SI No.: 00012345", "00012345"),
        ("No. Nota: KLN-0921-12", "KLN-0921-12"),
        ("Számla sorszáma: AB-2026-77", "AB-2026-77"),
        ("Trip No : 441209", "441209"),
    ],
)
def test_receipt_and_invoice_number_labels_of_more_countries(
    make_layout: Layout, line: str, number: str
) -> None:
    doc = make_layout([(60, 60, "Shop Sample"), (60, 100, line), *TOTAL])
    assert _fields(doc).invoice_number == number


def test_a_tax_device_number_is_not_the_receipt_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (60, 60, "KIJIJI MART"),
            (60, 100, "Receipt No: 7731"),
            (60, 800, "CU INVOICE NO: KRACU0100009999/7731"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "7731"
