"""Receipts and invoices (invented): a sign that prints a kind of business as a compound word
("Taxibetrieb") over its owner's name is read whole, and such a word alone is never trusted as
the seller; a tax named twice on a bilingual line ("GST / TPS") counts once in the sum of the
taxes; a tip guide printed beside its heading leaves the slip's own tip and total under it; a
receipt's number line ends at a speck, and a till's closing block may name the till and date
on the line above the receipt's number; a receipt's order number under another language's
word for it ("Auftragsnummer") is its only reference; a French fee note's title labels its
number."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _cab_slip(head: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            *head,
            (90, 150, "Hafenstraße 9, 28195 Bremen", 22),
            (200, 260, "QUITTUNG", 30),
            (30, 320, "Beleg-Nr.", 22), (470, 320, "51207", 22),
            (30, 360, "Datum", 22), (420, 360, "14.04.2026", 22),
            (30, 440, "Fahrpreis", 22), (420, 440, "31,50 EUR", 22),
            (30, 500, "Gesamt", 26), (420, 500, "31,50 EUR", 26),
            (30, 560, "enth. MwSt 7%", 22), (470, 560, "2,06", 22),
            (30, 610, "Zahlart", 22), (440, 610, "Bar", 22),
        ],
        width=600,
        height=700,
    )  # fmt: skip


def test_a_kind_of_business_over_its_owners_name_is_read_whole() -> None:
    doc = _cab_slip([(160, 30, "Taxibetrieb", 40), (185, 85, "K. Brandner", 40)])
    prediction = _predict(doc)
    assert prediction.fields.vendor_name == "Taxibetrieb K. Brandner"


def test_a_kind_of_business_alone_is_never_approved_as_the_seller() -> None:
    doc = _cab_slip([(130, 50, "Kurierdienst", 44)])
    prediction = _predict(doc)
    assert prediction.confidence.get("vendor_name", 0.0) <= 0.75


def _canadian_invoice() -> OcrDocument:
    return sized_page(
        [
            (120, 100, "Laurentide Print Works Inc.", 40),
            (1200, 110, "INVOICE / FACTURE", 30),
            (1150, 200, "Invoice #", 24), (1380, 200, "LPW-4410", 24),
            (1150, 240, "Date", 24), (1380, 240, "April 2, 2026", 24),
            (120, 300, "Bill To", 24), (120, 335, "Orchard Lane Studio Inc.", 24),
            (1100, 600, "Subtotal", 24), (1420, 600, "2,000.00", 24),
            (800, 640, "GST / TPS 5% #71234 0000 RT0001", 24), (1440, 640, "100.00", 24),
            (760, 680, "QST / TVQ 9.975% #1200000001 TQ0001", 24), (1440, 680, "199.50", 24),
            (1100, 720, "Total (CAD)", 24), (1420, 720, "2,299.50", 24),
        ]
    )  # fmt: skip


def test_a_tax_named_twice_on_a_bilingual_line_counts_once() -> None:
    fields = _predict(_canadian_invoice()).fields
    assert fields.vat == Decimal("299.50")
    assert fields.amount == Decimal("2000.00")
    assert fields.total == Decimal("2299.50")


def test_the_slips_own_tip_and_total_under_an_inline_tip_guide() -> None:
    doc = sized_page(
        [
            (300, 40, "JUNIPER ROW", 50),
            (250, 110, "14 Elm St, Portland ME 04101", 24),
            (40, 200, "Check #7781", 24),
            (40, 240, "04/09/2026", 24),
            (40, 320, "2 Fish Tacos", 24), (560, 320, "24.00", 24),
            (40, 360, "1 Burger", 24), (560, 360, "18.00", 24),
            (40, 420, "Subtotal", 24), (560, 420, "42.00", 24),
            (40, 460, "ME Meals Tax 8%", 24), (560, 460, "3.36", 24),
            (40, 500, "Amount", 24), (560, 500, "45.36", 24),
            (40, 580, "Suggested tip: 15% 6.80", 24), (430, 580, "20% 9.07", 24),
            (40, 660, "Tip:", 28), (480, 650, "8.00", 40),
            (40, 740, "Total:", 28), (460, 730, "53.36", 40),
            (40, 820, "Signature:", 24),
        ],
        width=700,
        height=900,
    )  # fmt: skip
    fields = _predict(doc).fields
    assert fields.total == Decimal("53.36")


def test_a_receipt_line_ending_in_a_speck_beside_a_ticket_number() -> None:
    doc = sized_page(
        [
            (200, 40, "HARBOURSIDE PARKING", 40),
            (180, 100, "Quayline Car Parks Ltd", 30),
            (220, 200, "VAT RECEIPT", 30),
            (30, 260, "Ticket No", 26), (480, 260, "004471.", 26),
            (30, 300, "Entry", 26), (360, 300, "11/04/26 09:10", 26),
            (30, 380, "AMOUNT DUE", 26), (440, 380, "GBP 9.00", 26),
            (30, 420, "Net", 26), (480, 420, "7.50", 26),
            (30, 460, "VAT @ 20%", 26), (480, 460, "1.50", 26),
            (150, 560, "Receipt 26-04-0077.", 30),
        ],
        width=650,
        height=650,
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "26-04-0077"


def test_a_tills_closing_block_over_two_lines_gives_the_receipts_number() -> None:
    doc = sized_page(
        [
            (230, 30, "VAN GELDER", 50),
            (200, 95, "Van Gelder Versmarkt B.V.", 26),
            (30, 200, "APPELS 1KG", 26), (500, 200, "2,49", 26),
            (30, 240, "KAAS JONG", 26), (500, 240, "5,99", 26),
            (30, 300, "TOTAAL", 28), (500, 300, "8,48", 28),
            (30, 340, "PINNEN", 26), (500, 340, "8,48", 26),
            (30, 420, "02-04-2026 09:12 KASSA 2", 26),
            (30, 460, "BON 0002-1187 KASSIERE: PIM", 26),
            (150, 520, "Tot ziens!", 26),
        ],
        width=650,
        height=600,
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "0002-1187"


def test_an_order_number_is_a_receipts_only_reference() -> None:
    doc = sized_page(
        [
            (30, 40, "Bergbahn Online", 30), (400, 40, "Quittung", 26),
            (30, 120, "Luzern → Engelberg", 26),
            (30, 200, "Auftragsnummer", 22), (30, 228, "55-9031-1174", 22),
            (30, 280, "Kaufdatum", 22), (30, 308, "08.04.2026 10:02", 22),
            (30, 420, "Preis", 22), (420, 420, "CHF 38.00", 22),
            (30, 460, "davon MWST 8.1 %", 22), (430, 460, "CHF 2.85", 22),
            (30, 500, "Total bezahlt", 22), (420, 500, "CHF 38.00", 22),
        ],
        width=600,
        height=700,
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "55-9031-1174"


def test_a_fee_notes_title_labels_its_number() -> None:
    doc = sized_page(
        [
            (400, 100, "CABINET LEROUX AVOCATS", 36),
            (400, 150, "12, avenue Foch 69006 Lyon", 22),
            (900, 350, "STUDIO BELLEVILLE SARL", 24),
            (900, 380, "8, rue Oberkampf 75011 Paris", 24),
            (1100, 500, "Lyon, le 9 avril 2026", 24),
            (160, 600, "NOTE D'HONORAIRES N° 2026-112", 30),
            (160, 700, "Consultation (2 h à 250,00 €)", 24), (1350, 700, "500,00 €", 24),
            (900, 800, "Total HT", 24), (1350, 800, "500,00 €", 24),
            (900, 840, "TVA 20 %", 24), (1350, 840, "100,00 €", 24),
            (900, 880, "TOTAL TTC", 24), (1350, 880, "600,00 €", 24),
        ]
    )  # fmt: skip
    assert _predict(doc).fields.invoice_number == "2026-112"
