# ruff: noqa: E501
"""Invented pages for round 13s (blind set 13s: discounts, deposits, refunds and split
payments): a final invoice that deducts its advance invoices (their numbers, dates and the
tax they held are not its own), its work's net under "Gesamtleistung netto", and a refund
that cites the original receipt's date."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _final_invoice(deduction: str, net_label: str = "Gesamtleistung netto") -> OcrDocument:
    """An Austrian joiner's final invoice: the work in full, then two advance invoices
    deducted with their numbers and dates, the tax they held stated under them."""
    return sized_page(
        [
            (256, 85, "ZIMMEREI HOLZER", 49),
            (1310, 90, "Annenstraße 12", 34),
            (103, 320, "Frau Mag. Eva Lindner", 41),
            (937, 309, "Schlussrechnung", 57),
            (937, 375, "Rechnungs-Nr.:", 41), (1216, 377, "SR-2026-0107", 34),
            (937, 409, "Datum:", 41), (1216, 411, "16.04.2026", 35),
            (113, 658, "Pos.", 34), (173, 656, "Leistung", 41), (1467, 656, "GP €", 36),
            (110, 706, "01", 39), (184, 708, "Dachstuhl Fichte, Abbund und Montage", 32), (1423, 706, "9.200,00", 41),
            (110, 753, "02", 39), (184, 753, "Dachlattung und Unterdeckbahn", 39), (1423, 751, "2.800,00", 41),
            (827, 953, net_label, 39), (1400, 950, "12.000,00", 42),
            (827, 989, "zzgl. 20 % USt", 41), (1411, 987, "2.400,00", 41),
            (827, 1026, "Gesamtbetrag brutto", 41), (1380, 1026, "14.400,00", 41),
            (103, 1076, f"{deduction} Anzahlungsrechnung Nr. AZ-2026-014 vom 02.02.2026", 40), (1396, 1074, "- 6.000,00", 42),
            (106, 1111, "netto 5.000,00 + 20 % USt 1.000,00, bezahlt", 31),
            (825, 1223, "Restbetrag zur Zahlung", 47), (1319, 1226, "EUR 8.400,00", 41),
            (103, 1320, "In den Anzahlungen enthaltene USt: 1.000,00 EUR. Restbetrag enthält USt 1.400,00 EUR.", 32),
            (106, 2136, "Zimmerei Holzer GmbH", 32),
        ]
    )  # fmt: skip


def test_a_deducted_advance_invoices_number_and_date_are_not_the_invoices() -> None:
    for word in ("abzügl.", "abzüglich", "abzgl."):
        fields = _predict(_final_invoice(word)).fields
        assert fields.invoice_number == "SR-2026-0107", word
        assert fields.invoice_date == date(2026, 4, 16), word


def test_the_tax_held_in_the_advances_is_not_the_invoices_tax() -> None:
    fields = _predict(_final_invoice("abzügl.")).fields
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("12000.00"),
        Decimal("2400.00"),
        Decimal("14400.00"),
    )


def test_the_whole_works_net_label_names_the_net() -> None:
    page = _final_invoice("abzügl.")
    # Without the statement of the advances' tax: the net is read from its label, so the net,
    # the tax and the total are three printed readings that agree (not a net left to chance).
    page.pages[0].lines = [ln for ln in page.pages[0].lines if "enthaltene" not in ln.text]
    pred = _predict(page)
    assert pred.fields.amount == Decimal("12000.00")
    assert pred.confidence["amount"] >= 0.9


def _refund(original: str) -> OcrDocument:
    return sized_page(
        [
            (63, 55, "BRAMBLE & OAK", 47),
            (163, 139, "14 Park Row, Bristol BS1 5LJ", 22),
            (156, 167, "VAT Reg No. GB 301 7720 18", 22),
            (151, 220, "EXCHANGE / REFUND", 27),
            (31, 278, original, 20),
            (31, 313, "RETURN Linen shirt white L", 22), (496, 313, "-£48.00", 22),
            (31, 469, "REFUND TOTAL", 30), (468, 469, "-£48.00", 30),
            (31, 510, "Refunded to VISA ****8812", 23), (511, 510, "-£48.00", 23),
            (31, 620, "Store 0311 Till 02 Trans 20417", 20),
            (31, 645, "21/02/2026 11:05", 20),
        ],
        width=630,
        height=935,
        source="text_layer",
    )  # fmt: skip


def test_a_refunds_original_receipt_date_is_not_its_own() -> None:
    for line in (
        "Original receipt 0311-02-19988, 30/01/2026",
        "Originale scontrino 19988 del 30/01/2026",
    ):
        assert _predict(_refund(line)).fields.invoice_date == date(2026, 2, 21), line


def _supplier(department: str) -> OcrDocument:
    """A supplier's invoice: a lower-case wordmark and its tagline at the left, the customer's
    window at the right with its own VAT number and the department it is sent to, the
    supplier's legal name only in the footer."""
    return sized_page(
        [
            (111, 85, "vernier", 78),
            (111, 173, "CARTONNAGES · ANNECY DEPUIS 1962", 21),
            (944, 169, "Fromagerie des Aravis SARL", 26),
            (944, 204, department, 25),
            (944, 239, "12 route du Col", 25),
            (944, 274, "74220 La Clusaz", 25),
            (944, 308, "N° TVA : FR 33 412 887 093", 25),
            (111, 232, "5 rue des Papetiers", 23),
            (111, 262, "74000 Annecy", 23),
            (111, 418, "FACTURE N° FC-2026-00417", 42),
            (111, 487, "Date de facture : 03/03/2026", 24),
            (900, 1100, "Total HT", 24), (1300, 1100, "1 500,00", 24),
            (900, 1140, "TVA 20 %", 24), (1300, 1140, "300,00", 24),
            (900, 1180, "Total TTC", 24), (1300, 1180, "1 800,00", 24),
            (111, 2163, "Cartonnages Vernier SAS au capital de 80 000 € · RCS Annecy 512 004 771", 19),
        ],
        source="text_layer",
    )  # fmt: skip


def test_the_department_a_bill_is_sent_to_marks_the_customers_block() -> None:
    """ "Service comptabilité" under a name is the office the bill is addressed to: the name
    over it is the customer's, whatever legal form and VAT number its block shows."""
    for department in ("Service comptabilité", "Accounts Payable", "Kreditorenbuchhaltung"):
        vendor = _predict(_supplier(department)).fields.vendor_name
        assert vendor != "Fromagerie des Aravis SARL", department
