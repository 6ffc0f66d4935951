"""Till receipts' tax summaries as French and Dutch tills print them (invented pages): a code
column whose one-digit number OCR joins to the rate ("1 2,10%" under "Code Taux") still
reads that row's rate; a speck OCR reads before a rate printed without its sign (".5,50" on
a faded roll) is no part of it, so the summary's first row is not lost."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _pharmacy_receipt() -> OcrDocument:
    return sized_page(
        [
            (200, 60, "PHARMACIE DES TILLEULS", 40),
            (200, 120, "12 avenue Foch, 69006 Lyon", 26),
            (40, 200, "Le 03/04/2026 à 10:12", 26),
            (40, 260, "Facture n° 26-007731", 26),
            (40, 340, "SIROP TOUX 200ML", 26), (700, 340, "6,30", 26),
            (40, 390, "GEL HYDROALCOOLIQUE", 26), (700, 390, "3,20", 26),
            (40, 440, "VITAMINE C X30", 26), (700, 440, "7,80", 26),
            (40, 490, "PANSEMENTS X20", 26), (700, 490, "12,60", 26),
            (40, 560, "TOTAL A PAYER", 30), (640, 560, "29,90 €", 30),
            (40, 620, "CARTE BANCAIRE", 26), (700, 620, "29,90", 26),
            (40, 700, "Code Taux", 26), (300, 700, "HT", 26), (480, 700, "TVA", 26),
            (680, 700, "TTC", 26),
            (40, 750, "1 2,10%", 26), (300, 750, "6,17", 26), (480, 750, "0,13", 26),
            (680, 750, "6,30", 26),
            (40, 800, "2 5,50%", 26), (300, 800, "3,03", 26), (480, 800, "0,17", 26),
            (680, 800, "3,20", 26),
            (40, 850, "3 10,00%", 26), (300, 850, "7,09", 26), (480, 850, "0,71", 26),
            (680, 850, "7,80", 26),
            (40, 900, "4 20,00%", 26), (300, 900, "10,50", 26), (480, 900, "2,10", 26),
            (680, 900, "12,60", 26),
            (40, 960, "TOTAL", 26), (680, 960, "29,90", 26),
        ],
        width=820,
        height=1100,
    )  # fmt: skip


def test_a_code_number_joined_to_the_rate_still_reads_the_rate_row() -> None:
    reading = RuleExtractor().predict(_pharmacy_receipt())
    assert reading.fields.total == Decimal("29.90")
    assert reading.fields.vat == Decimal("3.11")
    assert reading.fields.amount == Decimal("26.79")


def _bakery_receipt() -> OcrDocument:
    return sized_page(
        [
            (150, 60, "Boulangerie du Pont", 40),
            (150, 120, "3 quai Rive, 44000 Nantes", 26),
            (40, 200, "12/05/2026 08:14 Caisse 2", 26),
            (40, 250, "Ticket N° 3318", 26),
            (40, 330, "3 Pain de campagne", 26), (700, 330, "7,50", 26),
            (40, 380, "1 Tarte aux pommes", 26), (700, 380, "18,00", 26),
            (40, 430, "2 Jus d'orange", 26), (700, 430, "4,40", 26),
            (40, 510, "TOTAL TTC", 30), (620, 510, "29.,90 €", 30),
            (40, 570, "CB sans contact", 26), (650, 570, "29,90 €", 26),
            (40, 650, "TVA", 26), (300, 650, "HT", 26), (480, 650, "TVA", 26),
            (680, 650, "TTC", 26),
            (40, 700, ".5,50", 26), (300, 700, "24,17", 26), (480, 700, "1,33", 26),
            (680, 700, "25,50", 26),
            (40, 750, "10,00", 26), (300, 750, "4,00", 26), (480, 750, "0,40", 26),
            (680, 750, "4,40", 26),
        ],
        width=820,
        height=900,
    )  # fmt: skip


def test_a_speck_before_a_bare_rate_keeps_the_summary_row() -> None:
    reading = RuleExtractor().predict(_bakery_receipt())
    assert reading.fields.total == Decimal("29.90")
    assert reading.fields.vat == Decimal("1.73")
    assert reading.fields.amount == Decimal("28.17")


def _grocery_receipt() -> OcrDocument:
    return sized_page(
        [
            (200, 40, "Winkel", 30),
            (150, 80, "DE KLEINE MARKT", 36),
            (120, 130, "Kerkstraat 9, 3511 AB Utrecht", 20),
            (120, 160, "BTW NL009876543B01", 20),
            (24, 210, "2", 20), (60, 210, "Karnemelk 1L", 20), (500, 210, "2,18 A", 20),
            (24, 240, "1", 20), (60, 240, "Roggebrood", 20), (500, 240, "3,05 A", 20),
            (24, 270, "1", 20), (60, 270, "Afwasborstel", 20), (500, 270, "4,25 B", 20),
            (24, 300, "3", 20), (60, 300, "Statiegeld blik", 20), (500, 300, "0,45", 20),
            (24, 350, "TOTAAL (7 art.)", 22), (500, 350, "9,93", 22),
            (24, 380, "Afronding", 20), (500, 380, "+0,02", 20),
            (24, 410, "TE BETALEN", 22), (500, 410, "9,95", 22),
            (24, 440, "Contant", 20), (500, 440, "10,00", 20),
            (24, 470, "Wisselgeld", 20), (500, 470, "0,05", 20),
            (24, 520, "BTW", 20), (180, 520, "Excl.", 20), (340, 520, "BTW", 20),
            (500, 520, "Incl.", 20),
            (24, 550, "A 9%", 20), (180, 550, "4,80", 20), (340, 550, "0,43", 20),
            (500, 550, "5,23", 20),
            (24, 580, "B 21%", 20), (180, 580, "3,51", 20), (340, 580, "0,74", 20),
            (500, 580, "4,25", 20),
            (24, 630, "Bon 5520", 20),
        ],
        width=600,
        height=700,
    )  # fmt: skip


def test_a_vat_summary_short_of_the_labelled_total_leaves_the_total_standing() -> None:
    # The deposit bears no tax and is outside the summary: the summary's gross (9,48) is
    # not the total, and its net is only part of the net.
    reading = RuleExtractor().predict(_grocery_receipt())
    assert reading.fields.total == Decimal("9.95")
    assert reading.fields.vat == Decimal("1.17")
    assert reading.fields.amount == Decimal("8.76")


def _cafe_receipt() -> OcrDocument:
    return sized_page(
        [
            (150, 60, "Café des Arts", 40),
            (150, 120, "7 place Carnot, 21000 Dijon", 26),
            (40, 200, "08/06/2026 12:40", 26),
            (40, 280, "1 Formule déjeuner", 26), (700, 280, "15,90", 26),
            (40, 330, "1 Eau gazeuse", 26), (700, 330, "3,50", 26),
            (40, 410, "TOTAL TTC", 30), (620, 410, "19.,40 €", 30),
            (40, 480, "dont TVA 10%", 26), (700, 480, "1,76", 26),
            (40, 560, "Merci de votre visite", 26),
        ],
        width=820,
        height=700,
    )  # fmt: skip


def test_two_separators_side_by_side_before_the_cents_read_as_one() -> None:
    reading = RuleExtractor().predict(_cafe_receipt())
    assert reading.fields.total == Decimal("19.40")
    assert reading.fields.vat == Decimal("1.76")
