"""Invoice numbers: a number printed in spaced digit groups, a company register's "Folio", a
title line closed by its page marker, a bill's reference and title, a receipt's voucher number
beside a ticket's, and the order number that is an e-receipt's only reference: rules added
after the blind set 2026-12e was studied. Every document here is invented for the test (other
names, countries and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]

TOTALS = [
    (900, 700, "Net"), (1300, 700, "200.00"),
    (900, 740, "VAT 20%"), (1300, 740, "40.00"),
    (900, 780, "Total"), (1300, 780, "240.00"),
]  # fmt: skip


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_number_printed_in_spaced_digit_groups_is_read_whole(make_layout: Layout) -> None:
    """A carrier prints its long numbers in groups for reading aloud, after a series letter or
    without one: the whole number as printed, not its first group."""
    doc = make_layout(
        [
            (100, 80, "Kustlijn Telecom"),
            (900, 180, "Klantnummer 55120388"),
            (900, 220, "Factuurnummer K 2025 3381 9902"),
            (900, 260, "Factuurdatum 4 maart 2025"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "K 2025 3381 9902"
    doc = make_layout(
        [
            (100, 80, "Alpenfunk AG"),
            (900, 220, "Rechnungsnummer: 3301 4420 8812"),
            (900, 260, "Datum: 04.03.2025"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "3301 4420 8812"


def test_a_receipts_voucher_number_beats_a_tickets_spaced_number(make_layout: Layout) -> None:
    """A car park's receipt ("QUITTUNG") prints its own number as "Beleg-Nr." and the entry
    ticket's, in spaced groups, as "Ticket-Nr.": the ticket is another document."""
    doc = make_layout(
        [
            (300, 80, "Parkgarage Rheinufer GmbH"),
            (300, 140, "QUITTUNG"),
            (100, 220, "Beleg-Nr."), (700, 220, "009127"),
            (100, 260, "Ticket-Nr."), (600, 260, "5510 2291 0043"),
            (100, 300, "Einfahrt"), (550, 300, "03.04.2025 07:55"),
            (100, 400, "Betrag EUR"), (700, 400, "14.00"),
            (100, 440, "inkl. MwSt 19%"), (700, 440, "2.24"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "009127"


REGISTER = "Inscrita en el Registro Mercantil de Girona, Tomo 2231, Folio 88, Hoja GI-5521."


def test_a_folio_in_a_company_register_entry_is_no_invoice_number(make_layout: Layout) -> None:
    """Spain's register entry ("Tomo …, Folio …, Hoja …") in the foot names the register's
    page; the number is the title's, printed before the page marker ("Pág. 1/3")."""
    doc = make_layout(
        [
            (100, 80, "SUMINISTROS COSTA BRAVA S.L."),
            (900, 80, "FACTURA B7/00412 Pág. 1/3"),
            (100, 160, "Fecha factura: 14/03/2025"),
            *TOTALS,
            (100, 900, REGISTER),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "B7/00412"


def test_a_title_number_closed_by_a_page_marker(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Harbour Line Freight Ltd"),
            (900, 80, "INVOICE 88-2291 Page 1 of 2"),
            (100, 160, "Date: 14/03/2025"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "88-2291"


def test_a_bills_reference_is_its_number(make_layout: Layout) -> None:
    """A utility's bill names its number "Bill reference", beside the account number."""
    doc = make_layout(
        [
            (100, 80, "Greenvale Water"),
            (900, 180, "Account number 71 2290 118"),
            (900, 220, "Bill reference 55120377"),
            (900, 260, "Bill date 3 March 2025"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "55120377"


def test_a_restaurant_bill_title_with_its_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (300, 80, "The Salt House"),
            (100, 160, "Bill 00342"), (800, 160, "Table 7"),
            (100, 200, "14/03/2025 19:40"),
            (100, 300, "2 Chowder"), (800, 300, "18.00"),
            (100, 400, "Total"), (800, 400, "18.00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "00342"


def test_an_e_tickets_order_number_is_its_only_reference_and_held(make_layout: Layout) -> None:
    """A ticket seller's receipt prints no number of its own but the order's: that number,
    read as a guess (held for a person)."""
    doc = make_layout(
        [
            (100, 80, "Fjordbuss AS"),
            (100, 140, "Billett og kvittering"),
            (100, 220, "Ordrenummer"), (1200, 220, "FB-2210-7781"),
            (100, 260, "Strekning"), (1200, 260, "Molde - Ålesund"),
            (100, 400, "Totalt"), (1200, 400, "412,00"),
        ]
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "FB-2210-7781"
    assert prediction.confidence["invoice_number"] < 0.6


def test_an_order_label_with_its_hash_glued_to_the_number(make_layout: Layout) -> None:
    """ "Order #WS-88120": the "#" closes the label though letters follow it."""
    doc = make_layout(
        [
            (300, 80, "PINEWOOD SUPPLY"),
            (100, 160, "Order #WS-88120 · Placed March 3, 2025"),
            (100, 300, "Camp stove"), (800, 300, "$64.00"),
            (100, 400, "Total"), (800, 400, "$64.00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "WS-88120"


def test_an_invoice_number_still_beats_the_order_number(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Pinewood Supply Inc."),
            (900, 180, "Invoice No. 20-4471"),
            (900, 220, "Order #WS-88121"),
            *TOTALS,
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "20-4471"
