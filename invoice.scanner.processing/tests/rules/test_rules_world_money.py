"""Currencies, number formats, tax words and tendered cash of countries the reader rarely saw
(after blind set 2026-11c was studied): letter signs printed against amounts, a bare "$" read
as the peso or dollar of the country the page names, whole amounts of zero-decimal
currencies grouped by dots or spaces, the tax words of further languages, and cash handed
over or change given back, which is never the total. Every text here is invented."""

from __future__ import annotations

from collections.abc import Callable
from decimal import Decimal

import pytest

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency, infer_currency
from invoice_scanner_processing.extractors.rules.parsing import find_amounts, parse_amount
from invoice_scanner_processing.schema import InvoiceFields

Layout = Callable[..., OcrDocument]

SHOP = [(100, 80, "Tienda Quillay Ltda"), (100, 110, "Calle Ombú 77")]


def _fields(doc: OcrDocument) -> InvoiceFields:
    return RuleExtractor().predict(doc).fields


def _money(fields: InvoiceFields) -> tuple[object, object, object]:
    return fields.amount, fields.vat, fields.total


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("Total R 2 310,45\nVAT No. 4999888777", "ZAR"),
        ("Balance R1 480.00", "ZAR"),
        ("TOTAL KSh 3,250.00", "KES"),
        ("TOTALKSH\n3,250.00", "KES"),
        ("Grand total ₦18,400.00", "NGN"),
        ("Fizetendő 48 260 Ft", "HUF"),
        ("Tổng cộng 86.000đ", "VND"),
        ("Toplam 1.420,50 TL", "TRY"),
        ("Amount due P4,350.00", "PHP"),
        ("Total 812.00 Baht", "THB"),
        ("Total (NGN) 9,000.00", "NGN"),
    ],
)
def test_letter_signs_and_codes_of_more_countries(text: str, code: str) -> None:
    assert detect_currency(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("C.U.I.T. 30-11111111-2\nTOTAL $ 4.250,00", "ARS"),
        ("Responsable Inscripto\nIVA 21% $ 310,00\nTotal $ 1.786,19", "ARS"),
        ("R.U.T.: 77.111.222-3\nBoleta electrónica\nTOTAL $8.450", "CLP"),
        ("RFC XAXX010101000\nTotal $ 250.00 M.N.", "MXN"),
        ("IVA 16%\nTotal $ 250.00", "MXN"),
        ("Total NZ$48.00\nCash $50.00\nChange $2.00", "NZD"),
        ("Austin, TX 78701\nTotal $ 19.99", "USD"),
    ],
)
def test_bare_dollar_is_the_currency_of_the_country_named(text: str, code: str) -> None:
    assert detect_currency(text) == code


def test_words_that_only_look_like_currencies_name_none() -> None:
    # A street abbreviation that spells a code, and a misread letter glued to "$".
    assert detect_currency("ÇINAR CAD. NO:12 KONAK\nLTD. $TI.") is None
    assert detect_currency("Room R2, table P1, 3 pcs") is None


@pytest.mark.parametrize(
    ("text", "value"),
    [
        ("Rp125.500", Decimal("125500")),
        ("48 260 Ft", Decimal("48260")),
        ("86.000đ", Decimal("86000")),
        ("R 2 310,45", Decimal("2310.45")),
        ("-R 1 000,00", Decimal("-1000.00")),
        ("P4,350.00", Decimal("4350.00")),
        ("B95.00", Decimal("95.00")),
        ("KSh 3,250.00", Decimal("3250.00")),
        ("1.420,50 TL", Decimal("1420.50")),
        ("$8.450", Decimal("8450")),
        ("4.875.300", Decimal("4875300")),
    ],
)
def test_amounts_with_letter_signs_and_zero_decimal_grouping(text: str, value: Decimal) -> None:
    assert parse_amount(text) == value


def test_a_signed_whole_amount_counts_as_money() -> None:
    """Forints, rupiah and dong print no decimals; their sign marks them as money."""
    assert [a.decimals for a in find_amounts("740 Ft")] == [True]
    assert [a.decimals for a in find_amounts("Rp9.000")] == [True]
    assert [a.decimals for a in find_amounts("740 pcs")] == [False]


def test_a_lone_letter_before_a_code_is_no_sign() -> None:
    assert find_amounts("P01/2231") == []
    assert find_amounts("R12") == []


def test_a_rate_printed_after_its_percent_sign_is_no_amount() -> None:
    """Turkish pages print the percent sign first: "KDV (%20)"."""
    assert parse_amount("Hesaplanan KDV (%20,00)") is None


def test_turkish_kdv_and_toplam(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Yıldız Kırtasiye Ltd. Şti."),
            (100, 110, "Fatura No: YK2026000412"),
            (900, 800, "Ara Toplam"), (1400, 800, "2.500,00 TL"),
            (900, 830, "Hesaplanan KDV (%20)"), (1400, 830, "500,00 TL"),
            (900, 860, "Genel Toplam"), (1400, 860, "3.000,00 TL"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("2500.00"), Decimal("500.00"), Decimal("3000.00"))
    assert fields.currency == "TRY"


def test_hungarian_afa_included_in_a_forint_total(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Duna Mosoda Kft."),
            (100, 110, "Nyugtaszám: M7/004411"),
            (900, 800, "ÖSSZESEN"), (1400, 800, "6 350 Ft"),
            (900, 830, "ebből ÁFA 27%"), (1400, 830, "1 350 Ft"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("5000"), Decimal("1350"), Decimal("6350"))
    assert fields.currency == "HUF"


def test_indonesian_dpp_and_ppn_in_rupiah(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Apotek Sehat Sentosa"),
            (100, 110, "No. Nota: AS-88120"),
            (900, 800, "DPP"), (1400, 800, "Rp90.000"),
            (900, 830, "PPN 11%"), (1400, 830, "Rp9.900"),
            (900, 860, "Total Bayar"), (1400, 860, "Rp99.900"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("90000"), Decimal("9900"), Decimal("99900"))
    assert fields.currency == "IDR"


def test_chilean_included_iva_and_cash_tendered(make_layout: Layout) -> None:
    """The words "El IVA de esta boleta es" state the tax inside the total; the cash handed over and
    the change are no part of the sum."""
    doc = make_layout(
        [
            *SHOP,
            (100, 140, "R.U.T.: 76.000.111-9"),
            (100, 170, "BOLETA ELECTRÓNICA N°7781"),
            (900, 800, "TOTAL"), (1400, 800, "$5.950"),
            (900, 830, "Efectivo"), (1400, 830, "$10.000"),
            (900, 860, "Vuelto"), (1400, 860, "$4.050"),
            (900, 890, "El IVA de esta boleta es:"), (1400, 890, "$950"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("5000"), Decimal("950"), Decimal("5950"))
    assert fields.currency == "CLP"


def test_cash_and_change_are_never_the_total(make_layout: Layout) -> None:
    """A total the reader cannot read cleanly must not fall back to the cash tendered."""
    doc = make_layout(
        [
            (100, 80, "Lotus Corner Store"),
            (100, 110, "Receipt No: 55120"),
            (900, 800, "TOTAL"), (1400, 800, "B95.00"),
            (900, 830, "CASH"), (1400, 830, "100.00"),
            (900, 860, "CHANGE"), (1400, 860, "5.00"),
            (900, 890, "VATable"), (1400, 890, "88.79"),
            (900, 920, "VAT 7%"), (1400, 920, "6.21"),
        ]
    )  # fmt: skip
    fields = _fields(doc)
    assert _money(fields) == (Decimal("88.79"), Decimal("6.21"), Decimal("95.00"))


def test_a_percent_sign_that_closes_a_rate_leaves_the_amount_after_it() -> None:
    """OCR drops the space in "VAT 25% 1 950.00"; "%20,00" (the sign leading) stays a rate."""
    from invoice_scanner_processing.extractors.rules.parsing import find_amounts

    assert [str(a.value) for a in find_amounts("VAT 25%1 950.00")] == ["1950.00"]
    assert [str(a.value) for a in find_amounts("KDV %20,00 400,00")] == ["400.00"]


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("GREEN GABLE DELI\n901 W Colfax Ave\nDenver CO 80204\nTOTAL 23.10", "USD"),
        ("Bayside Auto Care\n12 Harbor Rd\nTampa, FL 33602-4417\nAmount due 412.00", "USD"),
        # Europe prints the postal code before the town; a province in brackets is no state.
        ("Ferramenta Neri\nVia Roma 4\n20121 Milano (MI)\nTotale 41,00", None),
        ("Bäckerei Kranz\nLindenweg 3\n80331 München\nSumme 12,40", None),
    ],
)
def test_a_us_address_infers_dollars_where_no_currency_is_printed(
    text: str, code: str | None
) -> None:
    assert infer_currency(text) == code


@pytest.mark.parametrize(
    ("text", "code"),
    [
        ("KEDAI BUKU ILMU SDN BHD\nCo. Reg: 773104-U\nTotal Incl. GST 41.20", "MYR"),
        ("FARMASI SEJAHTERA S/B\nGST ID: 002001234567\nTOTAL 18.90", "MYR"),
        ("(889011-D) GST ID:000998877665\nTOTAL INCL GST 49.65", "MYR"),
        ("LION CITY BOOKS PTE LTD\nGST Reg No 201912345K\nTOTAL 23.00", "SGD"),
        # A form of another country, or none, names nothing.
        ("Harbour Books Ltd\nTOTAL 23.00", None),
    ],
)
def test_malaysian_and_singaporean_company_forms_infer_their_currency(
    text: str, code: str | None
) -> None:
    """Till receipts of Malaysia and Singapore often print no "RM" or "S$": the company's
    form ("SDN BHD", "S/B", "PTE LTD") or a Malaysian company number names the country."""
    assert infer_currency(text) == code
