"""Invented pages for the r12ta rules: a name set over two lines whose second line finishes it
with an organisation's word, a one-word logo over the rest of a legal name, a wordmark in
lower case over a footer's longer legal name, a heading beside a seller label, EN 16931 codes
before the totals' labels under an item table, a discount's deadline before the net one, an
invoice date named in the payment sentence, and a number in groups after its series."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.identifiers import _read_invoice_number
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.schema import InvoiceFields


def _predict(page: OcrDocument):  # type: ignore[no-untyped-def]
    return RuleExtractor().predict(page)


def _fields(page: OcrDocument) -> InvoiceFields:
    return _predict(page).fields


def _bill(head: list[tuple[float, float, str, float]]) -> OcrDocument:
    body = [
        (1000, 120, "Account number", 24),
        (1300, 120, "55-1200-7", 24),
        (1000, 156, "Bill number", 24),
        (1300, 156, "PW2611-4410", 24),
        (1000, 192, "Statement date", 24),
        (1300, 192, "03/09/2027", 24),
        (140, 312, "MARTA OKAFOR", 26),
        (140, 345, "12 BIRCH LANE", 26),
        (160, 700, "Current charges", 25),
        (1440, 700, "$88.00", 25),
        (160, 745, "Taxes", 25),
        (1450, 745, "$7.04", 25),
        (160, 790, "Total amount due", 25),
        (1440, 790, "$95.04", 25),
    ]
    return sized_page([*head, *body], width=1700, height=2200)


def test_a_name_finished_by_an_organisation_word_on_the_line_under_it_is_read_whole() -> None:
    page = _bill([(140, 123, "PINE RIDGE", 55), (140, 181, "Water Cooperative", 30)])
    pred = _predict(page)
    assert pred.fields.vendor_name == "PINE RIDGE Water Cooperative"
    assert pred.confidence["vendor_name"] <= 0.75


def test_a_sign_alone_over_its_address_stays_the_name() -> None:
    page = _bill([(140, 123, "PINE RIDGE", 55), (140, 181, "Water Street 4", 30)])
    assert _fields(page).vendor_name == "PINE RIDGE"


def _letterhead(top: str, legal: str) -> OcrDocument:
    return sized_page(
        [
            (208, 199, top, 66), (1190, 205, "Unit 12, Harbour Road", 38),
            (210, 267, legal, 38), (1160, 229, "Kochi, Kerala 682001", 38),
            (1220, 253, "GSTIN 32AAGFM8812R1Z3", 38),
            (740, 360, "TAX INVOICE", 40),
            (190, 425, "Invoice No", 34), (455, 425, "Invoice Date", 34),
            (190, 460, "KLM/2526/00712", 32), (455, 460, "04/03/2027", 32),
            (185, 530, "Billed to", 28), (180, 555, "Aruna Spices Pvt Ltd", 36),
            (900, 1100, "Taxable value", 36), (1380, 1100, "10,000.00", 36),
            (900, 1150, "IGST 18%", 36), (1380, 1150, "1,800.00", 36),
            (900, 1200, "Total", 36), (1380, 1200, "11,800.00", 36),
        ]
    )  # fmt: skip


def test_a_logo_word_over_the_rest_of_a_legal_name_is_read_with_it() -> None:
    pred = _predict(_letterhead("MALABAR", "SPICE TRADERS LLP"))
    assert pred.fields.vendor_name == "MALABAR SPICE TRADERS LLP"
    assert pred.confidence["vendor_name"] <= 0.75


def test_a_logo_word_that_repeats_the_legal_name_is_not_joined() -> None:
    assert _fields(_letterhead("MALABAR", "MALABAR LINES LLP")).vendor_name == "MALABAR LINES LLP"


def test_a_lower_case_wordmark_gives_way_to_the_longer_legal_name_it_opens() -> None:
    page = sized_page(
        [
            (110, 127, "quadrix", 66), (1300, 124, "FACTURE", 56),
            (1280, 190, "N° FA-2027-00412", 28),
            (110, 315, "Date de facture :", 24), (420, 315, "12/03/2027", 24),
            (900, 315, "ATELIER BRUN", 26),
            (900, 1100, "Total HT", 28), (1380, 1100, "100,00 €", 28),
            (900, 1140, "TVA 20 %", 28), (1380, 1140, "20,00 €", 28),
            (900, 1180, "Total TTC", 28), (1380, 1180, "120,00 €", 28),
            (110, 2200, "Quadrix Réseaux SAS au capital de 50 000 € – RCS Lyon 812 339 044", 20),
        ]
    )  # fmt: skip
    pred = _predict(page)
    assert pred.fields.vendor_name == "Quadrix Réseaux SAS"
    assert pred.confidence["vendor_name"] <= 0.75


def test_a_heading_beside_a_seller_label_is_no_seller() -> None:
    page = sized_page(
        [
            (97, 97, "shopway", 80), (1378, 105, "Invoice", 50),
            (103, 249, "Sold by", 40), (881, 249, "Invoice details", 40),
            (101, 290, "Dales Camping Goods Ltd", 40),
            (883, 290, "Invoice number", 34), (1275, 290, "DS-88120", 34),
            (103, 330, "2 Mill Lane, Skipton BD23 1AA", 38),
            (881, 330, "Invoice date", 34), (1270, 330, "22 February 2027", 34),
            (103, 470, "Billing address", 40), (105, 512, "Jo Barnes", 34),
            (900, 1100, "Subtotal", 34), (1380, 1100, "£50.00", 34),
            (900, 1150, "VAT 20%", 34), (1380, 1150, "£10.00", 34),
            (900, 1200, "Total", 34), (1380, 1200, "£60.00", 34),
        ]
    )  # fmt: skip
    assert _fields(page).vendor_name == "Dales Camping Goods Ltd"


def test_an_en16931_code_before_a_label_leaves_it_opening_the_line() -> None:
    hits = find_labels("BT-109 Montant total hors TVA")
    assert [(h.fields, h.start) for h in hits] == [(("net",), 0)]
    assert [h.fields for h in find_labels("BT-112 Montant total TVA comprise")] == [("total",)]


def test_totals_with_their_currency_under_a_quantity_column_end_the_item_table() -> None:
    page = sized_page(
        [
            (110, 100, "Lumio SARL", 40),
            (120, 300, "Numéro de facture", 22), (700, 300, "FA-2027-0099", 22),
            (120, 340, "Date d'émission", 22), (700, 340, "05/02/2027", 22),
            (120, 900, "Désignation", 22), (850, 900, "Qté", 22),
            (1100, 900, "Prix net", 22), (1400, 900, "Montant HT", 22),
            (230, 940, "Abonnement annuel", 22), (950, 940, "2", 22),
            (1100, 940, "50,00", 22), (1470, 940, "100,00", 22),
            (120, 1000, "Montant total hors TVA", 22), (850, 1000, "100,00 EUR", 22),
            (120, 1040, "Montant total de la TVA", 22), (850, 1040, "20,00 EUR", 22),
            (120, 1080, "Montant total TVA comprise", 22), (850, 1080, "120,00 EUR", 22),
        ]
    )  # fmt: skip
    fields = _fields(page)
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("100.00"), Decimal("20.00"), Decimal("120.00"),
    )  # fmt: skip


def _german(payment: str) -> OcrDocument:
    return sized_page(
        [
            (1290, 190, "BRANDT", 80),
            (246, 430, "Brandt Großhandel GmbH · Hafen 2 · 28195 Bremen", 30),
            (246, 480, "Bistro Mühle", 36),
            (1087, 484, "Rechnung Nr.", 36), (1346, 484, "310022", 36),
            (1087, 590, "Datum", 36), (1351, 590, "09.02.2027", 36),
            (1000, 1140, "Summe netto", 36), (1480, 1140, "100,00 €", 36),
            (1000, 1180, "USt 19 %", 36), (1480, 1180, "19,00 €", 36),
            (1000, 1220, "Rechnungsbetrag", 36), (1480, 1220, "119,00 €", 36),
            (246, 1410, payment, 36),
        ]
    )  # fmt: skip


def test_a_discounts_deadline_before_the_net_deadline_is_no_due_date() -> None:
    page = _german(
        "Zahlbar bis 23.02.2027 abzüglich 2 % Skonto (116,62 €) oder bis 11.03.2027 netto."
    )
    assert _fields(page).due_date == date(2027, 3, 11)


def test_a_plain_deadline_stays_the_due_date() -> None:
    assert _fields(_german("Zahlbar bis 23.02.2027 ohne Abzug.")).due_date == date(2027, 2, 23)


_PAYMENT_NL = (
    "Betaling binnen 14 dagen na factuurdatum, uiterlijk 25-02-2027, op NL83 ABNA 0412 8830 71."
)


def test_an_invoice_date_named_in_the_payment_sentence_dates_no_invoice() -> None:
    page = sized_page(
        [
            (165, 170, "DAMEN", 66), (1195, 174, "Transport Damen B.V.", 30),
            (160, 360, "Tulp Kwekerij B.V.", 34), (160, 390, "Heereweg 1", 30),
            (160, 516, "FACTUUR", 44),
            (166, 572, "Factuurnr.: TD27-0041Datum: 11-02-2027", 29),
            (990, 825, "Totaal excl. BTW", 31), (1300, 825, "1.000,00", 31),
            (930, 860, "BTW 21%", 31), (1320, 860, "210,00", 31),
            (930, 925, "Totaal incl. BTW EUR", 31), (1290, 925, "1.210,00", 31),
            (166, 1000, _PAYMENT_NL, 29),
        ]
    )  # fmt: skip
    fields = _fields(page)
    assert fields.invoice_date == date(2027, 2, 11)
    assert fields.due_date == date(2027, 2, 25)


def test_a_number_in_even_groups_after_its_series_is_read_whole() -> None:
    assert _read_invoice_number("INV 6617 2043") == "INV 6617 2043"
    assert _read_invoice_number("INV 6617 20") == "INV 6617"
    assert _read_invoice_number("6617 2043") == "6617"
