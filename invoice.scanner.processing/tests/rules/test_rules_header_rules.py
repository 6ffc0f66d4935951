"""General rules for the seller's name and the document's number on invoice and till headers
(added after the second blind set was read as development data); every document here is
invented for the test."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

import pytest
from rules_builders import CHAR_W

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.identifiers import _read_invoice_number
from invoice_scanner_processing.extractors.rules.names import _fix_legal_form, _zero_as_letter
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.extractors.rules.parties import strip_name_label
from invoice_scanner_processing.extractors.rules.tradename import (
    is_operator_line,
    is_payment_line,
)
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]
TOTAL = [(1000, 900, "Total"), (1400, 900, "120.00")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _centred(y: float, text: str, width: float = 600) -> tuple[float, float, str]:
    """A till line centred on a receipt ``width`` wide."""
    return ((width - CHAR_W * len(text)) / 2, y, text)


# -- the seller's name ------------------------------------------------------------------------


def test_side_by_side_blocks_with_name_labels_in_the_line(make_layout: Layout) -> None:
    """Seller and buyer blocks side by side, each naming its party after "Denominazione:" in
    the same cell: the seller's block ends where the buyer's column starts."""
    doc = make_layout(
        [
            (60, 100, "Cedente/prestatore (fornitore)"),
            (800, 100, "Cessionario/committente (cliente)"),
            (60, 140, "Partita IVA: IT01928374650"),
            (800, 140, "Partita IVA: IT05647382910"),
            (800, 170, "Denominazione: Studio Grafico Neri s.a.s."),
            (60, 200, "Denominazione: Cartoleria Ferretti S.r.l."),
            (800, 200, "Indirizzo: Via Roma 3"),
            (60, 230, "Indirizzo: Via Emilia 120"),
            (60, 400, "Numero documento"), (60, 430, "77/2025"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).vendor_name == "Cartoleria Ferretti S.r.l."


def test_name_labels_are_cut_off_the_name() -> None:
    assert strip_name_label("Denominazione: Cartoleria Ferretti S.r.l.") == (
        "Cartoleria Ferretti S.r.l."
    )
    assert strip_name_label("Firma: Kohl Metallbau GmbH") == "Kohl Metallbau GmbH"
    assert strip_name_label("Bemerkung: bitte wenden") == "Bemerkung: bitte wenden"


@pytest.mark.parametrize("marker", ["Onchu", "御中", "様"])
def test_japanese_honorific_marks_the_addressee(make_layout: Layout, marker: str) -> None:
    doc = make_layout(
        [
            (100, 150, f"Midori Trading K.K. {marker}"),
            (100, 180, "Purchasing Dept."),
            (1000, 300, "Kawase Seiki Co., Ltd."),
            (1000, 330, "2-8-1 Umeda, Kita-ku"),
            (1000, 150, "Invoice No."), (1300, 150, "KS-5521"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).vendor_name == "Kawase Seiki Co., Ltd."


def test_payment_advice_to_names_the_payee(make_layout: Layout) -> None:
    """On the slip sent back with the payment, "To:" is the seller, not the customer."""
    doc = make_layout(
        [
            (100, 80, "TAX INVOICE"),
            (100, 130, "Redgum Homes Pty Ltd"),
            (1100, 80, "Kestrel Plumbing Pty Ltd"),
            (1100, 110, "12 Quarry St, Ipswich QLD 4305"),
            (700, 80, "Invoice Number"), (700, 110, "KP-204"),
            *TOTAL,
            (100, 1900, "PAYMENT ADVICE"),
            (100, 1950, "To:"), (300, 1950, "Kestrel Plumbing Pty Ltd"),
            (900, 1950, "Customer"), (1200, 1950, "Redgum Homes Pty Ltd"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert fields.vendor_name == "Kestrel Plumbing Pty Ltd"
    assert fields.invoice_number == "KP-204"


def test_owner_and_payment_lines_are_no_names() -> None:
    assert is_operator_line("Inh. Jonas Weber e.K.")
    assert is_operator_line("di Bassi Carla & C. S.a.s.")
    assert is_operator_line("Prop. M. Okafor")
    assert is_operator_line("Exploité par SARL Vidal")
    assert not is_operator_line("Owners Club Ltd")
    assert not is_operator_line("Diana Blumen")
    assert not is_operator_line("Di Marco Costruzioni S.r.l.")
    assert is_payment_line("KONTANT")
    assert is_payment_line("MASTERCARD CONTACTLESS")
    assert is_payment_line("Troco")
    assert not is_payment_line("BAR LUNA")


def test_owner_line_under_the_sign_is_not_the_vendor(make_layout: Layout) -> None:
    doc = make_layout(
        [
            _centred(60, "GETRAENKE HAHN"),
            _centred(90, "Inh. Jonas Hahn e.K."),
            _centred(120, "Kirchweg 4, 34117 Kassel"),
            (40, 300, "Summe"), (450, 300, "12,40"),
        ],
        width=600,
        height=1400,
    )  # fmt: skip
    assert _fields(doc).vendor_name == "GETRAENKE HAHN"


@pytest.mark.parametrize(
    ("top", "low", "want"),
    [
        ("BAECKEREI", "KRAUSE", "BAECKEREI KRAUSE"),
        ("MILLBROOK", "SERVICE STATION", "MILLBROOK SERVICE STATION"),
        # A name and its branch are not one sign: the name stands alone.
        ("KOMBINI-YA", "Nakano Ekimae-ten", "KOMBINI-YA"),
    ],
)
def test_shop_kind_on_its_own_line_joins_the_name(
    make_layout: Layout, top: str, low: str, want: str
) -> None:
    doc = make_layout(
        [
            _centred(60, top),
            _centred(90, low),
            _centred(120, "Mill Road 8, Exeter EX2 4QP"),
            (40, 300, "TOTAL"), (450, 300, "12.40"),
            (40, 340, "CASH"), (450, 340, "20.00"),
        ],
        width=600,
        height=1400,
    )  # fmt: skip
    assert _fields(doc).vendor_name == want


def test_a_zero_misread_in_a_legal_form_of_several_words() -> None:
    assert _fix_legal_form("Piekarnia Zorza Sp. z 0.o.") == "Piekarnia Zorza Sp. z o.o."
    assert _fix_legal_form("PIEKARNIA ZORZA SP. Z 0.0.") == "PIEKARNIA ZORZA SP. Z O.O."
    assert _fix_legal_form("Studio 0") == "Studio 0"


def test_a_zero_among_letters_is_the_letter_printed_elsewhere() -> None:
    text = "H0JBJERG KIOSK\nHøjbjerg Torv 2, 8270"
    assert _zero_as_letter("H0JBJERG KIOSK", text) == "HØJBJERG KIOSK"
    assert _zero_as_letter("B0OKSHOP", "") == "BOOKSHOP"
    assert _zero_as_letter("Studio 101 Design", "") == "Studio 101 Design"
    assert _zero_as_letter("A10 Motors", "") == "A10 Motors"


# -- the document's number -------------------------------------------------------------------


def test_another_labelled_number_beside_the_label_is_skipped(make_layout: Layout) -> None:
    """ "Invoice Number" with its value below, and in the next column a licence number with
    its own label on the same row."""
    doc = make_layout(
        [
            *[(100, 80, "Tallow Electrical Ltd"), (100, 110, "3 Ferry Lane, Hull HU1 2AB")],
            (700, 200, "Invoice Number"), (1200, 200, "Lic. No. 55120"),
            (700, 230, "TE-0931"),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number == "TE-0931"


@pytest.mark.parametrize(
    "value", ["1,350.00", ": 14 days", "Quotation QT-2207", "Order 88123", "Lic. No. 4471"]
)
def test_values_that_are_no_invoice_number(make_layout: Layout, value: str) -> None:
    doc = make_layout(
        [
            (100, 80, "Tallow Electrical Ltd"),
            (700, 200, "Invoice No."), (1000, 200, value),
            *TOTAL,
        ]
    )  # fmt: skip
    assert _fields(doc).invoice_number is None


@pytest.mark.parametrize(
    ("text", "want"),
    [("FT B/77", "FT B/77"), ("FR 002/9914", "FR 002/9914"), ("FV 12/2024", "FV 12/2024")],
)
def test_series_code_apart_from_its_number(text: str, want: str) -> None:
    assert _read_invoice_number(text) == want


def test_title_with_a_series_number(make_layout: Layout) -> None:
    doc = make_layout([(100, 80, "Papelaria Costa, Lda."), (1100, 80, "Fatura FT B/77"), *TOTAL])
    assert _fields(doc).invoice_number == "FT B/77"


def test_number_alone_under_the_title(make_layout: Layout) -> None:
    """A simplified invoice's title centred, its series and number left under it."""
    doc = make_layout(
        [
            _centred(60, "DROGARIA SOL, LDA"),
            _centred(160, "FATURA SIMPLIFICADA"),
            (30, 190, "FR 002/9914"),
            (30, 300, "TOTAL"), (450, 300, "9,80"),
        ],
        width=600,
        height=1400,
    )  # fmt: skip
    assert _fields(doc).invoice_number == "FR 002/9914"


@pytest.mark.parametrize(
    ("cells", "want"),
    [
        ([(100, 60, "FAKTURA - DAŇOVÝ DOKLAD"), (900, 60, "č. 2025070311")], "2025070311"),
        ([(100, 60, "ÚČTENKA č. 2025/0412")], "2025/0412"),
        ([(100, 60, "KUITTI 5520/7")], "5520/7"),
        ([(100, 60, "Nº:TK25-000914")], "TK25-000914"),
        ([(100, 60, "Kassa 3 Myyjä 12 No.8812")], "8812"),
    ],
)
def test_receipt_and_title_numbers(
    make_layout: Layout, cells: list[tuple[float, float, str]], want: str
) -> None:
    doc = make_layout([(100, 20, "Pekárna Novák"), *cells, *TOTAL])
    assert _fields(doc).invoice_number == want


def test_iso_date_glued_to_its_time() -> None:
    assert find_dates("Data:2025-06-1709:45")[0].value == date(2025, 6, 17)
    assert not find_dates("2025-06-1709")  # no time after it: four digits are no day
