"""Dates and currency: rules added after the blind set 2026-12e was studied. A stay's last day
dates its ticket or folio, a table's "Date" column is no date label, a receipt's purchase date
beats the travel date it prints, a browser's print stamp is no date of the document, and a
currency code hyphenated onto a product name is no currency. Every document here is invented
for the test (other names, countries and numbers than the pages that showed the gaps)."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.schema import Prediction

Layout = Callable[..., OcrDocument]


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_car_park_ticket_is_dated_on_the_exit_day(make_layout: Layout) -> None:
    """ "Einfahrt" / "Ausfahrt" of a car park: the ticket is paid, and dated, on the way out."""
    doc = make_layout(
        [
            (300, 80, "PARKHAUS AM DOMPLATZ GmbH"),
            (300, 120, "Domplatz 3, 50667 Köln"),
            (60, 240, "Einfahrt"), (900, 240, "14.10.2026 22:10"),
            (60, 280, "Ausfahrt"), (900, 280, "15.10.2026 07:40"),
            (60, 320, "Parkdauer"), (900, 320, "9h 30min"),
            (60, 400, "Netto"), (900, 400, "10,08"),
            (60, 440, "MwSt 19%"), (900, 440, "1,92"),
            (60, 480, "Gesamt"), (900, 480, "12,00 EUR"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2026, 10, 15)


def test_a_hotel_folio_is_dated_on_departure_not_by_its_date_column(
    make_layout: Layout,
) -> None:
    """A folio's table opens with a "Date" column: its first line's date is no invoice date;
    the folio closes on the departure day printed after the arrival."""
    doc = make_layout(
        [
            (400, 60, "LAKESIDE LODGE"),
            (300, 100, "12 Shore Road, Queenstown 9300"),
            (1000, 180, "Arrival 03/12/2027"),
            (1000, 220, "Departure 03/15/2027"),
            (100, 300, "Date"), (300, 300, "Description"), (900, 300, "Charges"),
            (1200, 300, "Credits"),
            (100, 350, "03/12/2027"), (300, 350, "Room"), (900, 350, "240.00"),
            (100, 390, "03/13/2027"), (300, 390, "Room"), (900, 390, "240.00"),
            (100, 430, "03/14/2027"), (300, 430, "Room"), (900, 430, "240.00"),
            (100, 470, "03/15/2027"), (300, 470, "MASTERCARD"), (1200, 470, "-720.00"),
            (300, 540, "Total Charges"), (900, 540, "720.00"),
            (300, 580, "Balance Due"), (1200, 580, "0.00"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2027, 3, 15)


def test_a_flight_departing_before_it_arrives_is_no_stay(make_layout: Layout) -> None:
    """A journey prints its departure before its arrival: neither dates the receipt."""
    doc = make_layout(
        [
            (300, 60, "SKYLARK AIR"),
            (100, 140, "Issued 02 Mar 2027"),
            (100, 200, "Departure 20 Mar 2027 06:10"),
            (100, 240, "Arrival 20 Mar 2027 08:45"),
            (100, 320, "Fare"), (900, 320, "180.00"),
            (100, 360, "Total"), (900, 360, "180.00 GBP"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2027, 3, 2)


def test_a_ticket_is_dated_by_its_purchase_not_its_travel_day(make_layout: Layout) -> None:
    """A train ticket prints the day of travel first and the day it was bought ("Købt")
    at its foot: the receipt is the purchase's."""
    doc = make_layout(
        [
            (100, 60, "Kystbanen Rejser"),
            (100, 140, "Bestillingsnr"), (900, 140, "KR-7720-1184"),
            (100, 180, "Afgang"), (700, 180, "Lørdag 20.03.2027 kl. 10:05"),
            (100, 260, "Voksen, Aarhus-Odense"), (900, 260, "300,00"),
            (100, 320, "Heraf moms 25 %"), (900, 320, "60,00"),
            (100, 360, "I alt (DKK)"), (900, 360, "300,00"),
            (100, 440, "Købt 02.03.2027 kl. 18:22 · Betalt med MobilePay"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2027, 3, 2)


def test_a_browser_print_stamp_is_not_the_receipts_date(make_layout: Layout) -> None:
    """A receipt e-mail printed from the browser: the print date in the page's top row (with
    the page's address in its bottom row) is the day of printing; the mail's is the receipt's."""
    doc = make_layout(
        [
            (150, 60, "Mail - Your Pinecrest Books order #PB-88213"),
            (1400, 60, "3/9/27, 10:15 AM"),
            (150, 160, "Pinecrest Books <orders@pinecrest.example>"),
            (1200, 160, "Tue, Mar 2, 2027 at 6:40 PM"),
            (600, 260, "PINECREST BOOKS"),
            (900, 400, "Subtotal"), (1400, 400, "$42.00"),
            (900, 440, "Sales Tax (8%)"), (1400, 440, "$3.36"),
            (900, 480, "Order Total"), (1400, 480, "$45.36"),
            (150, 1700, "https://mail.example.com/mail/u/0/?view=pt"), (1500, 1700, "1/1"),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_date == date(2027, 3, 2)


def test_a_currency_code_hyphenated_onto_a_product_name_is_no_currency() -> None:
    """ "MAXI-CAD 200ML" is a product; the receipt's total is in euros."""
    text = "MAXI-CAD 200ML 23% 7,90\nAQUA-SEK GEL 6% 3,10\nTOTAL 11,00 EUR"
    assert detect_currency(text) == "EUR"
    assert detect_currency("Total 250.00 CAD") == "CAD"
    assert detect_currency("Betrag EUR-Konto 12,00 EUR") == "EUR"
