# ruff: noqa: E501
"""Invented pages for round 13q (blind set 13q: garages, trades, clinics and DIY stores): the
letterhead's name printed again in the footer's legal line outranks another legal name in the
customer's window; a sentence under a tax word gives that tax no amount; a Nordic statement
that no VAT is charged leaves the VAT unknown."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _roofer(customer: str) -> OcrDocument:
    """A contractor's letterhead (its name, a tagline, address and VAT id on the right) over a
    customer's block with its own VAT id and no label, the legal name only in the footer."""
    return sized_page(
        [
            (1236, 147, "Kempische Steenweg 311", 33),
            (446, 192, "DAKWERKEN PEETERS", 50),
            (1377, 190, "3500 Hasselt", 33),
            (1272, 233, "BTW BE 0723.418.559", 33),
            (446, 256, "platte daken - hellende daken - zink", 33),
            (890, 408, customer, 40),
            (893, 444, "Industrieweg 14", 40),
            (890, 479, "3550 Heusden-Zolder", 40),
            (890, 509, "BTW BE 0456.789.123", 40),
            (178, 565, "FACTUUR", 59),
            (182, 636, "Factuurnr.:", 36), (353, 636, "26/0057", 36),
            (640, 636, "Datum:", 36), (814, 636, "12/03/2026", 36),
            (187, 791, "Plaatsen EPDM dakbedekking", 40), (1407, 791, "1.767,00", 40),
            (893, 1097, "Totaal excl. btw", 40), (1346, 1097, "€ 1.767,00", 40),
            (893, 1140, "Btw 0% - verlegd", 40), (1423, 1140, "€ 0,00", 40),
            (890, 1180, "Te betalen", 40), (1332, 1180, "€ 1.767,00", 40),
            (320, 2252, "Dakwerken Peeters BV - RPR Antwerpen - Algemene voorwaarden", 33),
        ],
        width=1700,
        height=2432,
        char_width=0.5,
    )  # fmt: skip


def test_the_letterheads_name_in_the_legal_line_outranks_the_customers_legal_name() -> None:
    pred = _predict(_roofer("Bouwonderneming Claes NV"))
    assert pred.fields.vendor_name == "Dakwerken Peeters BV"
    assert pred.fields.total == Decimal("1767.00")


def test_a_legal_line_that_repeats_no_letterhead_name_earns_nothing_from_it() -> None:
    """The footer's legal name is trusted for repeating the letterhead, not for being one: a
    footer naming someone else does not beat the window's legal name by that rule."""
    page = _roofer("Bouwonderneming Claes NV")
    footer = page.pages[0].lines[-1]
    footer.text = "Verzekerd bij Ethias NV - RPR Brussel - Algemene voorwaarden"
    assert _predict(page).fields.vendor_name != "Ethias NV"


def _clinic(statement: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (1250, 142, "FAKTURA", 48),
            (177, 176, "Fysiokliniken Norrmalm AB", 60),
            (822, 322, "Fakturanummer", 34), (1329, 322, "10584", 34),
            (820, 349, "Fakturadatum", 34), (1329, 349, "2026-03-10", 34),
            (184, 587, "Beskrivning", 40), (1362, 587, "Belopp", 40),
            (182, 628, "Nybesök fysioterapi 60 min", 40), (1304, 628, "1 150,00 kr", 40),
            (182, 667, "Återbesök fysioterapi 30 min", 40), (1304, 667, "2 100,00 kr", 40),
            (933, 868, "Summa", 40), (1304, 868, "3 250,00 kr", 40),
            (933, 909, "Att betala", 40), (1252, 909, "3 250,00 kr", 40),
            *statement,
        ],
        width=1654,
        height=2339,
        char_width=0.45,
    )  # fmt: skip


def test_a_fee_in_the_sentence_under_a_tax_word_is_no_tax() -> None:
    """A wrapped "Ingen moms debiteras." starts its line with the tax word, and the line under
    it is the late-payment terms ending in a reminder fee: that fee is no VAT."""
    pred = _predict(
        _clinic(
            [
                (175, 1003, "Hälso- och sjukvård är enligt lagen befriad. Ingen", 40),
                (177, 1035, "moms debiteras.", 34),
                (175, 1072, "Vid betalning efter förfallodagen debiteras ränta samt avgift 60 kr.", 40),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vat is None or pred.fields.vat == 0
    assert pred.fields.amount == Decimal("3250.00")
    assert pred.fields.total == Decimal("3250.00")


def test_a_nordic_exemption_statement_leaves_the_vat_unknown() -> None:
    """The statement "Momsfri tjänst … undantagen från mervärdesskatt" states that no VAT is charged, as
    "Exento de IVA" and "Vrijgesteld van btw" do: the VAT is unknown, not a printed zero."""
    pred = _predict(
        _clinic(
            [
                (175, 1003, "Momsfri tjänst: vården är undantagen från mervärdesskatt. Ingen moms debiteras.", 40),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vat is None
    assert pred.fields.amount == Decimal("3250.00")


def test_a_sign_over_home_and_hardware_is_one_name() -> None:
    """ "HOME & HARDWARE" set smaller under "LAKESIDE" is two trades joined as one phrase: the
    sign goes on in it, as "RIDGELINE" / "HARDWARE & SUPPLY" does."""
    pred = _predict(
        sized_page(
            [
                (178, 50, "LAKESIDE", 50),
                (192, 110, "HOME & HARDWARE", 23),
                (204, 138, "3120 W Algonquin Rd", 20),
                (75, 162, "Rolling Meadows, IL 60008", 19),
                (28, 206, "RCPT# 0442-07-51883", 20),
                (28, 231, "04/19/26 11:26 AM", 20),
                (28, 276, "2X4X8 SPF STUD", 19), (523, 276, "51.36", 19),
                (28, 320, "SUBTOTAL", 19), (523, 320, "51.36", 19),
                (28, 345, "TAX 10%", 19), (523, 345, "5.14", 19),
                (28, 370, "TOTAL", 22), (523, 370, "56.50", 22),
            ],
            width=630,
            height=600,
            char_width=0.5,
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "LAKESIDE HOME & HARDWARE"
    assert pred.fields.total == Decimal("56.50")


def _supplies(clause: str) -> OcrDocument:
    """A merchant's two-line heading with no legal form, the customer's block under its
    account number with one, and a retention-of-title clause under the totals."""
    return sized_page(
        [
            (1238, 93, "TAX INVOICE", 49),
            (108, 124, "KAURI COAST", 56),
            (1283, 153, "GST No. 112-458-903", 39),
            (103, 190, "BUILDING SUPPLIES", 39),
            (992, 190, "61 Hokianga Rd, Dargaville 0310", 39),
            (113, 304, "Account: 8821", 34),
            (948, 302, "Invoice No", 41), (1438, 304, "400219", 34),
            (113, 331, "Totara Build Co Ltd", 41),
            (948, 334, "Date", 36), (1393, 331, "30/03/2026", 41),
            (110, 363, "PO Box 214, Dargaville 0340", 41),
            (297, 516, "Timber 90x45 H3.2 MSG8", 44), (1452, 519, "1,947.10", 41),
            (872, 984, "Total excl. GST", 35), (1412, 976, "1,947.10", 47),
            (869, 1019, "GST 15%", 43), (1440, 1021, "292.07", 41),
            (869, 1060, "TOTAL NZD", 41), (1386, 1060, "$2,239.17", 41),
            (103, 1165, clause, 39),
        ],
        width=1654,
        height=2339,
        char_width=0.48,
    )  # fmt: skip


def test_a_retention_of_title_clause_names_the_seller() -> None:
    clause = "Ownership of goods remains with Kauri Coast Building Supplies Ltd until paid in full."
    pred = _predict(_supplies(clause))
    assert pred.fields.vendor_name == "Kauri Coast Building Supplies Ltd"
    assert pred.fields.total == Decimal("2239.17")


def test_a_clause_without_a_legal_name_names_nobody() -> None:
    """ "… remains with the seller until paid" names no one: the page is read as before."""
    pred = _predict(_supplies("Ownership of goods remains with the seller until paid in full."))
    assert pred.fields.vendor_name != "the seller"


def _plumber(paid: str, *, labour: bool = False) -> OcrDocument:
    """A pre-printed carbon-copy form: its number under the title, the payment ticked at the
    foot; with ``labour``, the labour's line under the materials' total."""
    charged = [(1216, 1521, "LABOR", 43), (1472, 1515, "377.50", 50)] if labour else []
    total = "1,649.73" if labour else "1,272.23"
    return sized_page(
        [
            (148, 127, "KOWALCZYK", 63),
            (1398, 132, "INVOICE", 56),
            (146, 190, "PLUMBING & HEATING LLC", 41),
            (1388, 205, "No.", 52), (1485, 201, "04837", 56),
            (146, 236, "1418 Brownsville Road", 38),
            (1187, 272, "DATE 3/14/26", 57),
            (154, 374, "SOLD TO", 41),
            (166, 412, "Linda Marchetti", 55),
            (272, 691, "50 gal gas water heater", 48), (1443, 686, "1,189.00", 51),
            (1069, 1461, "TOTAL MATERIALS", 41), (1446, 1456, "1,189.00", 50),
            *charged,
            (144, 1578, paid, 47),
            (935, 1584, "SALES TAX (7% on materials)", 39), (1494, 1578, "83.23", 50),
            (1218, 1644, "TOTAL", 43), (1434, 1640, total, 50),
        ],
        width=1700,
        height=2200,
        char_width=0.5,
    )  # fmt: skip


def test_a_cheque_paying_the_bill_is_no_number_of_it() -> None:
    """ "Check # 3318" after "Paid: [ ]Cash [x]" is the customer's cheque; a restaurant's
    "Check #4471" names its bill, and stays a number."""
    pred = _predict(_plumber("Paid: [ ]Cash [x] Check # 3318"))
    assert pred.fields.invoice_number != "3318"
    assert pred.fields.total == Decimal("1272.23")


def test_a_guest_check_still_numbers_the_bill() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "THE COPPER KETTLE", 34),
                (60, 120, "Check #4471", 24), (400, 120, "Table 12", 24),
                (60, 150, "03/14/2026 7:42 PM", 24),
                (60, 220, "2 Burger", 24), (450, 220, "31.00", 24),
                (60, 300, "Subtotal", 24), (450, 300, "31.00", 24),
                (60, 330, "Tax", 24), (450, 330, "2.17", 24),
                (60, 360, "TOTAL", 26), (450, 360, "33.17", 26),
            ],
            width=620,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.invoice_number == "4471"


def test_a_total_of_one_part_under_which_more_lines_add_up_is_no_total() -> None:
    """ "TOTAL MATERIALS", then the labour and the sales tax, then "TOTAL": the first totals the
    materials only; the bill's total is the last, which they add up to."""
    pred = _predict(_plumber("Paid: [ ]Cash [x] Check # 3318", labour=True))
    assert pred.fields.total == Decimal("1649.73")
    assert pred.fields.vat == Decimal("83.23")
    assert pred.fields.amount == Decimal("1566.50")
