"""A title printed in several languages joined by slashes ("Factuur / Facture / Invoice",
"Rechnung / Invoice") heads the document's number set alone under it as a one-language
title does (invented pages)."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _platform_invoice(title: str) -> OcrDocument:
    return sized_page(
        [
            (120, 70, "veldmarkt", 44), (900, 62, title, 30),
            (1010, 110, "VMK-FAC-26-0048213", 26),
            (120, 130, "online market for used goods", 20),
            (60, 250, "Klant / Customer", 22), (700, 250, "Datum / Date", 22),
            (1100, 250, "14/04/2026", 22),
            (60, 285, "Tuinhuis Verbeke BV", 22),
            (60, 315, "Stationsstraat 41", 22),
            (60, 345, "8500 Kortrijk, België", 22),
            (60, 500, "Omschrijving / Description", 22), (1150, 500, "Bedrag €", 22),
            (60, 550, "Commissie maart 2026", 22), (1170, 550, "318,40", 22),
            (60, 600, "Advertentiepakket", 22), (1180, 600, "39,00", 22),
            (700, 680, "Totaal excl. btw / Total excl. VAT", 22), (1160, 680, "€ 357,40", 22),
            (700, 720, "Btw 21 % / VAT 21 %", 22), (1170, 720, "€ 75,05", 22),
            (700, 760, "Totaal / Total", 22), (1160, 760, "€ 432,45", 22),
            (60, 1500, "Veldmarkt NV · Meir 12, 2000 Antwerpen · BTW BE 0798.765.432", 18),
        ],
        width=1300,
        height=1600,
    )  # fmt: skip


def test_a_number_under_a_slash_joined_title_is_the_invoice_number() -> None:
    for title in ("Factuur / Facture / Invoice", "Rechnung / Invoice"):
        reading = RuleExtractor().predict(_platform_invoice(title))
        assert reading.fields.invoice_number == "VMK-FAC-26-0048213", title


def _credit_note_beside(title: str) -> OcrDocument:
    return sized_page(
        [
            (100, 80, "Lindqvist & Moor", 40), (1000, 90, "Dock 3, Harbour Road", 20),
            (100, 130, "WORKSHOP SUPPLIES", 20),
            (100, 240, title, 30), (1100, 244, "KN-007315", 26),
            (100, 360, "Credit to", 22), (850, 360, "Date / Datum", 22),
            (1150, 360, "9 May 2026", 22),
            (100, 395, "Oakfield Joinery Ltd", 22),
            (100, 430, "14 Mill Lane, Leeds LS2 7QT", 22),
            (100, 560, "Description", 22), (1150, 560, "Amount", 22),
            (100, 610, "Returned drill bits, damaged", 22), (1160, 610, "84.00", 22),
            (850, 700, "Subtotal", 22), (1160, 700, "84.00", 22),
            (850, 740, "VAT 20%", 22), (1160, 740, "16.80", 22),
            (850, 780, "Total credit", 22), (1150, 780, "100.80", 22),
        ],
        width=1300,
        height=1000,
    )  # fmt: skip


def test_a_coded_number_beside_a_slash_joined_title_is_the_number() -> None:
    for title in ("CREDIT NOTE", "Gutschrift / Credit note"):
        reading = RuleExtractor().predict(_credit_note_beside(title))
        assert reading.fields.invoice_number == "KN-007315", title
