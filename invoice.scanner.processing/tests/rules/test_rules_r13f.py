"""Receipts (invented): a tip named for whom it goes to ("Rider tip" on a delivery app's order)
is a tip, in the total but in neither the net nor the VAT; a ride's labelled total over a fare
subtotal, its fees and a tip is the total, its net the total less the tip; a ticket's or a
stay's booking date is its date, not the travel, validity or stay dates; a Spanish
"Justificante de pago nº" labels the document's number; a booking's confirmation number is its
only reference."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def _delivery_order(tip_label: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Order details", 30),
            (60, 120, "Saffron Garden", 40),
            (60, 300, "2x Paneer tikka", 24), (1200, 300, "£18.00", 24),
            (60, 350, "1x Pilau rice", 24), (1200, 350, "£12.00", 24),
            (60, 450, "Subtotal", 24), (1200, 450, "£30.00", 24),
            (60, 500, "Delivery fee", 24), (1200, 500, "£2.50", 24),
            (60, 550, "Service fee", 24), (1200, 550, "£1.00", 24),
            (60, 600, tip_label, 24), (1200, 600, "£3.00", 24),
            (60, 680, "Total", 30), (1200, 680, "£36.50", 30),
            (60, 740, "Includes VAT of £5.00 (tip excluded)", 22),
            (60, 800, "Sold and prepared by Saffron Garden Ltd", 22),
        ]
    )  # fmt: skip


def test_a_riders_tip_is_no_part_of_the_net() -> None:
    fields = _read(_delivery_order("Rider tip"))
    assert fields.total == Decimal("36.50")  # type: ignore[attr-defined]
    assert fields.vat == Decimal("5.00")  # type: ignore[attr-defined]
    assert fields.tip == Decimal("3.00")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("28.50")  # type: ignore[attr-defined]


def test_a_drivers_tip_is_no_part_of_the_net() -> None:
    fields = _read(_delivery_order("Driver tip"))
    assert fields.amount == Decimal("28.50")  # type: ignore[attr-defined]


def _ride_receipt(total: str) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Your Tuesday morning trip", 30),
            (60, 120, "March 3, 2026", 24),
            (60, 180, "Total", 40), (60, 240, total, 40),
            (60, 340, "Trip Fare", 24), (1200, 340, "$18.20", 24),
            (60, 390, "Subtotal", 24), (1200, 390, "$18.20", 24),
            (60, 440, "Booking Fee", 24), (1200, 440, "$2.80", 24),
            (60, 490, "Tolls and Fees", 24), (1200, 490, "$1.50", 24),
            (60, 540, "Tip", 24), (1200, 540, "$4.00", 24),
            (60, 620, "Payments", 24),
            (60, 670, "Visa 4411 3/3/26 8:12 AM", 22), (1200, 670, total, 22),
            (60, 760, "Cabway Technologies, Inc. 10 Main St, Boston, MA", 20),
        ]
    )  # fmt: skip


def test_a_labelled_total_over_the_fare_fees_and_tip_is_the_total() -> None:
    fields = _read(_ride_receipt("$26.50"))
    assert fields.total == Decimal("26.50")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("22.50")  # type: ignore[attr-defined]
    assert fields.tip == Decimal("4.00")  # type: ignore[attr-defined]
    assert fields.vat is None  # type: ignore[attr-defined]


def _rail_ticket(extra: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Online-Ticket", 40),
            (60, 140, "Reisedatum", 24), (600, 140, "Di., 21.04.2026", 24),
            (60, 190, "Gültigkeit", 24), (600, 190, "ab 21.04.2026, bis 22.04.2026 10:00 Uhr", 24),
            (60, 400, "Flexpreis", 24), (1200, 400, "64,20 €", 24),
            (60, 450, "Summe", 24), (1200, 450, "64,20 €", 24),
            (60, 500, "Nettobetrag", 24), (1200, 500, "60,00 €", 24),
            (60, 550, "enthaltene MwSt. 7 %", 24), (1200, 550, "4,20 €", 24),
            *extra,
            (60, 700, "Lindenbahn Reisen GmbH · Bahnhofplatz 3 · 04109 Leipzig", 20),
        ]
    )  # fmt: skip


def test_the_booking_date_is_the_date_of_a_ticket_with_no_invoice_date() -> None:
    doc = _rail_ticket([(60, 620, "Buchungsdatum: 07.04.2026 · Beleg-Nr. 77120", 22)])
    assert str(_read(doc).invoice_date) == "2026-04-07"  # type: ignore[attr-defined]


def test_a_booked_on_date_under_a_stays_dates_is_the_date() -> None:
    doc = sized_page(
        [
            (60, 60, "Your booking is confirmed", 30),
            (60, 120, "Gasthof Lindenhof Salzburg", 36),
            (60, 200, "Check-in", 22), (600, 200, "Check-out", 22),
            (60, 240, "Thu 9 Apr 2026", 22), (600, 240, "Sat 11 Apr 2026", 22),
            (60, 320, "Booked on", 22), (60, 360, "21 Mar 2026", 22),
            (60, 440, "Total price", 24), (1200, 440, "€ 220.00", 24),
            (60, 490, "Includes 10% VAT", 22), (1200, 490, "€ 20.00", 22),
        ]
    )  # fmt: skip
    assert str(_read(doc).invoice_date) == "2026-03-21"  # type: ignore[attr-defined]


def test_a_spanish_payment_receipts_number_is_the_documents() -> None:
    doc = sized_page(
        [
            (60, 60, "Confirmación de tu reserva QW4RTZ", 30),
            (60, 140, "Código de reserva QW4RTZ", 24),
            (60, 400, "Total sin IVA", 24), (1200, 400, "100,00 €", 24),
            (60, 450, "IVA 10 %", 24), (1200, 450, "10,00 €", 24),
            (60, 500, "TOTAL PAGADO", 24), (1200, 500, "110,00 €", 24),
            (60, 580, "Justificante de pago nº BX-26-0031187 · Fecha de emisión 03/02/2026", 22),
            (60, 640, "Brisa Vuelos, S.L. · NIF B07123458 · Palma", 20),
        ]
    )  # fmt: skip
    assert _read(doc).invoice_number == "BX-26-0031187"  # type: ignore[attr-defined]


def _booking(number_label: str, own: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Your booking is confirmed", 30),
            (60, 120, "Gasthof Lindenhof Salzburg", 36),
            (60, 200, number_label, 22), (60, 240, "5531.208.417", 22),
            (60, 440, "Total price", 24), (1200, 440, "€ 220.00", 24),
            (60, 490, "Includes 10% VAT", 22), (1200, 490, "€ 20.00", 22),
            *own,
        ]
    )  # fmt: skip


def test_a_bookings_confirmation_number_is_its_only_reference() -> None:
    fields = _read(_booking("Confirmation number", []))
    assert fields.invoice_number == "5531.208.417"  # type: ignore[attr-defined]
