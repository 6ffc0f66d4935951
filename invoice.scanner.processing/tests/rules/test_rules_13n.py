"""Invented pages for round 13n (blind set 13n: less common issuers, paper receipts): a later
date under a grid header the reader cannot read holds the document; a tagline after an em dash
is no part of the seller's name; Poland's "Podatek PTU" is the receipt's tax; a Dutch postcode's
letters "KR" are no kronor."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _grid_invoice(due_header: str) -> OcrDocument:
    return sized_page(
        [
            (120, 90, "Norrbergs Rör AB", 40), (1250, 90, "FAKTURA", 40),
            (120, 150, "Industrigatan 4 · 721 30 Västerås", 22),
            (120, 260, "Fakturanr", 22), (420, 260, "Fakturadatum", 22),
            (760, 260, due_header, 22), (1100, 260, "Kundnr", 22),
            (120, 300, "51220", 24), (420, 300, "2026-03-02", 24),
            (760, 300, "2026-04-01", 24), (1100, 300, "20871", 24),
            (120, 600, "Byte av blandare", 24), (1400, 600, "2 000,00", 24),
            (1000, 800, "Netto", 24), (1400, 800, "2 000,00", 24),
            (1000, 840, "Moms 25%", 24), (1400, 840, "500,00", 24),
            (1000, 880, "Att betala SEK", 26), (1400, 880, "2 500,00", 26),
        ]
    )  # fmt: skip


def test_a_later_date_under_an_unread_grid_header_holds_the_document() -> None:
    # OCR read "Förfallodatum" as "Förtallodatum": the due date under it is missed, and the
    # document must not be approved as having none.
    pred = _predict(_grid_invoice("Förtallodatum"))
    assert pred.fields.invoice_date == date(2026, 3, 2)
    assert pred.fields.due_date is None
    assert pred.confidence["due_date"] <= 0.5
    # Read right, the same grid gives the due date.
    assert _predict(_grid_invoice("Förfallodatum")).fields.due_date == date(2026, 4, 1)


def test_a_tagline_after_an_em_dash_is_no_part_of_the_name() -> None:
    pred = _predict(
        sized_page(
            [
                (120, 90, "Taalschool Het Anker B.V. — Nederlands voor volwassenen", 34),
                (120, 140, "Oudegracht 12, 3511 AP Utrecht", 22),
                (1250, 90, "FACTUUR", 36),
                (1000, 200, "Factuurnummer", 22), (1350, 200, "2026-0412", 22),
                (1000, 235, "Factuurdatum", 22), (1350, 235, "03-03-2026", 22),
                (120, 600, "Cursus A2, 12 lessen", 24), (1400, 600, "480,00", 24),
                (1000, 800, "Subtotaal", 24), (1400, 800, "480,00", 24),
                (1000, 840, "BTW 21%", 24), (1400, 840, "100,80", 24),
                (1000, 880, "Totaal", 26), (1400, 880, "580,80", 26),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "Taalschool Het Anker B.V."


def test_podatek_ptu_is_a_polish_receipts_tax() -> None:
    pred = _predict(
        sized_page(
            [
                (100, 40, "KSIĘGARNIA POD SOWĄ Sp. z o.o.", 26),
                (100, 80, "ul. Długa 4, 31-147 Kraków", 18), (100, 105, "NIP 676-101-22-33", 18),
                (100, 135, "2026-03-13", 18), (330, 135, "wydr. 0519", 18),
                (120, 170, "PARAGON FISKALNY", 22),
                (60, 210, "Książka", 20), (420, 210, "54,00 B", 20),
                (60, 240, "Zakładka", 20), (420, 240, "6,15 A", 20),
                (60, 280, "Sprzed. opod. PTU A", 18), (420, 280, "6,15", 18),
                (60, 300, "Kwota A 23,00%", 18), (420, 300, "1,15", 18),
                (60, 320, "Sprzed. opod. PTU B", 18), (420, 320, "54,00", 18),
                (60, 340, "Kwota B 5,00%", 18), (420, 340, "2,57", 18),
                (60, 370, "Podatek PTU", 20), (420, 370, "3,72", 20),
                (60, 400, "SUMA PLN", 24), (420, 400, "60,15", 24),
            ],
            width=520,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.vat == Decimal("3.72")
    assert pred.fields.amount == Decimal("56.43")
    assert pred.fields.total == Decimal("60.15")


def test_a_dutch_postcode_with_kr_is_no_kronor() -> None:
    pred = _predict(
        sized_page(
            [
                (100, 40, "SIGARENMAGAZIJN DE HOEK", 26),
                (100, 80, "Grote Markt 7, 2011 KR Haarlem", 18),
                (100, 105, "BTW NL001873552B47", 18),
                (60, 160, "Krant", 20), (420, 160, "3,50", 20),
                (60, 190, "Kauwgom", 20), (420, 190, "1,85", 20),
                (60, 230, "TOTAAL", 22), (420, 230, "5,35", 22),
                (60, 260, "Pin", 20), (420, 260, "5,35", 20),
                (60, 300, "Bon 7731", 18), (300, 300, "10-03-2026 10:12", 18),
            ],
            width=520,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.currency == "EUR"
