"""Faults of round r13j found in review (rv13j). Every page here is invented for the test."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import layout, sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_a_trading_name_sentence_under_a_heading_name_is_no_name_in_full() -> None:
    """ "Smith & Co." heading an invoice, "Smith & Co. is a trading name of Harlow Smith Ltd"
    in the footer: the footer is a sentence that opens with the heading's name and ends in
    another firm's legal form, not the heading's name in full; the heading stays the seller."""
    doc = sized_page(
        [
            (140, 110, "Smith & Co.", 60), (1180, 110, "INVOICE", 40),
            (140, 300, "Invoice No.", 24), (470, 300, "SC-2026-120", 24),
            (140, 340, "Date", 24), (470, 340, "04/05/2026", 24),
            (900, 300, "Bill to:", 24), (900, 340, "Mr James Holt", 24),
            (900, 380, "8 Elm Road", 24), (900, 420, "Leeds LS1 4AB", 24),
            (180, 600, "Bookkeeping April", 24), (1360, 600, "£50.00", 24),
            (180, 660, "Subtotal", 24), (1360, 660, "£50.00", 24),
            (180, 700, "VAT 20%", 24), (1360, 700, "£10.00", 24),
            (180, 760, "Total due", 28), (1340, 760, "£60.00", 28),
            (140, 2150, "Smith & Co. is a trading name of Harlow Smith Ltd", 18),
        ],
        source="text_layer",
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.vendor_name == "Smith & Co."


def test_a_lastschrift_sentence_closed_by_another_verb_gives_no_due_date() -> None:
    """ "Ihr Jahresbeitrag für 2027 wird am 01.01.2027 per Lastschrift fällig." and "Die
    nächste Rechnung wird am 05.06.2026 per Lastschrift beglichen.": each sentence ends on its
    line with a verb other than a debit's; the day is next year's fee or the next bill's, not
    this bill's due date."""
    for sentence in (
        "Ihr Jahresbeitrag für 2027 wird am 01.01.2027 per Lastschrift fällig.",
        "Die nächste Rechnung wird am 05.06.2026 per Lastschrift beglichen.",
    ):
        doc = layout(
            [
                (180, 300, "Stadtwerke Kelsbach GmbH · Am Ring 3 · 34117 Kassel"),
                (180, 360, "Herrn"), (180, 400, "Jonas Weber"),
                (180, 440, "Bachstraße 12"), (180, 480, "34119 Kassel"),
                (1000, 400, "Rechnungsnummer"), (1270, 400, "RG-2026-88120"),
                (1000, 440, "Rechnungsdatum"), (1270, 440, "05.05.2026"),
                (190, 800, "Grundpreis Strom"), (1350, 800, "40,00 €"),
                (830, 900, "Summe netto"), (1340, 900, "40,00 €"),
                (830, 940, "zzgl. 19 % USt"), (1350, 940, "7,60 €"),
                (830, 980, "Rechnungsbetrag"), (1330, 980, "47,60 €"),
                (180, 1100, sentence), (180, 1130, "Vielen Dank."),
                (180, 2100, "Stadtwerke Kelsbach GmbH · USt-IdNr.: DE123456789"),
            ]
        )  # fmt: skip
        assert RuleExtractor().predict(doc).fields.due_date is None


def test_a_whole_tip_ending_its_sentence_line_is_a_tip() -> None:
    """A Colombian check in whole pesos: "Propina voluntaria sugerida 4000" on one line. The
    number ends the line and has four digits: money, not a count of guests; the net is the
    subtotal, not the total less the tax."""
    doc = layout(
        [
            (500, 90, "RESTAURANTE LA BRASA"), (600, 200, "Cra 7 # 45-10 Bogota"),
            (80, 560, "Factura 8812"), (80, 640, "07/04/2026"),
            (240, 900, "Bandeja paisa"), (1790, 900, "40000"),
            (90, 1500, "Subtotal"), (1790, 1500, "40000"),
            (90, 1590, "IVA 19%"), (1790, 1590, "7600"),
            (90, 1680, "Propina voluntaria sugerida 4000"),
            (90, 1770, "TOTAL"), (1790, 1770, "51600"),
        ],
        width=2100,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.amount == Decimal("40000")
    assert fields.total == Decimal("51600")
