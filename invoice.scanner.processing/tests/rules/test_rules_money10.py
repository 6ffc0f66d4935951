"""Money read from tax lines per rate, as European invoices and tills print them. Invented
pages.

* A ticket's tax block per rate with the rate's own net and gross ("TVA 5,50% 1,20" over
  "HT 21,82  TTC 23,02", then the next rate): each rate's lines are parts; the bill's net,
  tax and total are their sums and the ticket's TOTAL, never one rate's lines.
* A Kassenbon whose rate lines the OCR left unlabelled ("2 MwSt 19%" with its tax id): the
  "Netto" lines under them are parts; their sum is the net beside "MwSt gesamt" and TOTAL.
* "zzgl. 19 % USt auf 1.200,00 | 228,00": the rate between the word and the tax's name; the
  tax is in the next cell, after the base.
* "enthält 20% USt von 12,00 | 2,00": tax contained in the total, per rate.
* "Im Gesamtbetrag sind 19 % MwSt. enthalten." with no amount (a small-amount invoice): the
  VAT is unknown (null), not zero; the net stays the total.
* "Service 5%" above "PB1 10%" on an Indonesian café's roll: a service charge named by its
  rate, no item and no tax; "Pembulatan" is the rounding line.
* A US till's header with its city in capitals ("AUSTIN TX 78756") and no "$": dollars,
  inferred (held).
* A one-cent rounding line ("ROUNDING ADJ -0.01" between "SUBTOTAL 20.01" and "TOTAL 20.00")
  is within a fit's cent, but the total holds it: it is reported, so no VAT of -0.01 is
  implied downstream.
* "MwSt 10.%": a stray point before the per cent sign leaves a rate, not an amount of 10.
* A wordmark set a third larger than the page's lines ("STEINBAUER" over "Druckerei
  Steinbauer GmbH"): sets keyed by hand differ on the wordmark or the legal name, so the
  legal name is held; one the OCR split into two cells of one row ("HALLES | DU PALAIS")
  over "Halles du Palais SAS" is the legal name's core: no doubt on the vendor.
"""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.parsing import find_amounts


def test_a_ticket_with_net_and_gross_per_rate_reads_the_whole_bill() -> None:
    doc = sized_page(
        [
            (100, 40, "Le Fournil Bleu", 30),
            (80, 90, "8 place du Marché 31000 Toulouse", 20),
            (20, 150, "Pain de campagne", 20), (360, 150, "3,80 €", 20),
            (20, 180, "Éclair café", 20), (360, 180, "2,60 €", 20),
            (20, 210, "Quiche lorraine", 20), (360, 210, "6,60 €", 20),
            (20, 240, "Café", 20), (360, 240, "2,20 €", 20),
            (20, 280, "TOTAL", 26), (330, 280, "15,20 €", 26),
            (20, 320, "CB", 20), (360, 320, "15,20 €", 20),
            (20, 360, "TVA 5,50%", 20), (390, 360, "0,67", 20),
            (40, 385, "HT 12,23", 20), (330, 385, "TTC 12,90", 20),
            (20, 410, "TVA 10,00%", 20), (390, 410, "0,21", 20),
            (40, 435, "HT 2,09", 20), (340, 435, "TTC 2,30", 20),
            (20, 480, "Ticket n° 004512", 20), (20, 505, "12/05/2026", 20),
        ],
        width=460,
        height=600,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("15.20")
    assert fields.vat == Decimal("0.88")
    assert fields.amount == Decimal("14.32")


def _rechnung(tax_lines: list[tuple[float, float, str, float]]) -> list:
    return [
        (100, 60, "Gartenbau Lindner GmbH", 30),
        (100, 110, "Am Anger 3, 79100 Freiburg", 22),
        (100, 300, "Rechnung", 36),
        (100, 360, "Rechnungsnummer 2026-0311", 24),
        (100, 390, "Rechnungsdatum 02.03.2026", 24),
        (100, 500, "Pos Bezeichnung", 24), (1300, 500, "Gesamt EUR", 24),
        (100, 540, "1 Heckenschnitt", 24), (1300, 540, "1.200,00", 24),
        (100, 580, "2 Stauden", 24), (1300, 580, "300,00", 24),
        (900, 660, "Nettobetrag", 24), (1300, 660, "1.500,00", 24),
        *tax_lines,
        (100, 2200, "Gartenbau Lindner GmbH · USt-IdNr. DE123456789", 20),
    ]  # fmt: skip


def test_a_rate_between_zzgl_and_the_tax_name_is_a_tax_line() -> None:
    doc = sized_page(
        _rechnung(
            [
                (900, 700, "zzgl. 19 % USt auf 1.200,00", 24), (1300, 700, "228,00", 24),
                (900, 740, "zzgl. 7 % USt auf 300,00", 24), (1300, 740, "21,00", 24),
                (900, 800, "Rechnungsbetrag EUR", 24), (1300, 800, "1.749,00", 24),
            ]
        )
    )  # fmt: skip
    reading = RuleExtractor().predict(doc)
    assert reading.fields.vat == Decimal("249.00")
    assert reading.fields.amount == Decimal("1500.00")
    assert reading.fields.total == Decimal("1749.00")


def test_tax_contained_per_rate_after_enthaelt() -> None:
    doc = sized_page(
        [
            (100, 40, "Café Lindenhof", 34),
            (80, 100, "Lindengasse 4, 1070 Wien", 22),
            (40, 200, "1x Melange", 24), (400, 200, "4,80", 24),
            (40, 240, "1x Sachertorte", 24), (400, 240, "7,20", 24),
            (40, 300, "GESAMT EUR", 30), (380, 300, "12,00", 30),
            (40, 360, "enthält 20% USt von 4,80", 24), (420, 360, "0,80", 24),
            (40, 400, "enthält 10% USt von 7,20", 24), (420, 400, "0,65", 24),
            (40, 460, "Beleg-Nr. 2026-004417", 22), (40, 490, "14.03.2026 10:12", 22),
        ],
        width=520,
        height=700,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("12.00")
    assert fields.vat == Decimal("1.45")
    assert fields.amount == Decimal("10.55")


def test_a_stray_point_before_the_per_cent_sign_leaves_a_rate() -> None:
    assert find_amounts("MwSt 10.%") == []
    assert [a.value for a in find_amounts("MwSt 10.% 26,83")] == [Decimal("26.83")]


def test_a_wordmark_a_third_larger_doubts_the_legal_name() -> None:
    doc = sized_page(
        [
            (1050, 86, "STEINBAUER", 40),
            (1100, 130, "DRUCK · MEDIEN · LINZ", 30),
            (130, 310, "Druckerei Steinbauer GmbH · Industriezeile 36 · 4020 Linz", 30),
            (130, 350, "Sportunion Urfahr", 30), (130, 390, "Hauptstraße 12, 4040 Linz", 30),
            (835, 310, "Rechnungsnummer", 30), (1170, 310, "RE-2026-1144", 30),
            (835, 350, "Rechnungsdatum", 30), (1200, 350, "20.11.2026", 30),
            (130, 560, "Rechnung", 30),
            (130, 700, "1 Vereinsbroschüre A4", 30), (1200, 700, "2.275,00", 30),
            (835, 800, "Summe netto", 30), (1200, 800, "2.275,00", 30),
            (835, 840, "zzgl. 20 % USt", 30), (1200, 840, "455,00", 30),
            (835, 880, "Rechnungsbetrag", 30), (1200, 880, "2.730,00", 30),
            (130, 1900, "Druckerei Steinbauer GmbH · UID ATU12345678", 24),
        ],
        height=2047,
    )  # fmt: skip
    reading = RuleExtractor().predict(doc)
    assert reading.fields.vendor_name == "Druckerei Steinbauer GmbH"
    assert reading.confidence["vendor_name"] <= 0.75


def test_a_wordmark_split_in_two_cells_is_the_legal_names_core() -> None:
    doc = sized_page(
        [
            (240, 80, "HALLES", 56), (520, 80, "DU PALAIS", 56),
            (350, 160, "4 PLACE DU PALAIS", 40),
            (400, 210, "84000 AVIGNON", 40),
            (60, 520, "Tomates grappe", 36), (800, 520, "4,20", 36),
            (60, 570, "Fromage chèvre", 36), (800, 570, "6,00", 36),
            (60, 640, "TOTAL", 40), (780, 640, "10,20 €", 40),
            (60, 700, "dont TVA 5,5% 0,53 €", 36),
            (40, 800, "TICKET 0187", 36), (40, 850, "15/05/2026 09:41", 36),
            (130, 1250, "Halles du Palais SAS - SIRET 81234567800019", 36),
            (130, 1300, "TVA FR 27 812345678 - MERCI DE VOTRE VISITE", 36),
        ],
        width=1100,
        height=1400,
    )  # fmt: skip
    reading = RuleExtractor().predict(doc)
    assert reading.fields.vendor_name == "Halles du Palais SAS"
    assert reading.confidence["vendor_name"] > 0.75


def test_a_tax_stated_as_included_without_an_amount_is_unknown() -> None:
    doc = sized_page(
        [
            (700, 180, "Uwe Krause", 48),
            (380, 250, "Markthalle Stand 7 · Wilhelmstraße 3 · 45127 Essen", 36),
            (160, 450, "Rechnung / Quittung", 60), (1290, 460, "Nr. 0815/26", 40),
            (160, 555, "Datum:", 40), (355, 555, "11.02.2026", 40),
            (300, 730, "Schlüsseldienst", 40), (1390, 730, "25,50", 40),
            (300, 795, "Absätze erneuert", 40), (1390, 795, "14,00", 40),
            (910, 1075, "Gesamtbetrag:", 44), (1325, 1075, "39,50 €", 44),
            (910, 1133, "Im Gesamtbetrag sind 19 % MwSt. enthalten.", 40),
            (160, 1250, "Betrag bar erhalten.", 40),
        ],
        height=2300,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("39.50")
    assert fields.vat is None
    assert fields.amount == Decimal("39.50")


def test_net_lines_per_rate_sum_to_the_net() -> None:
    doc = sized_page(
        [
            (210, 180, "Sommerfeld", 90),
            (150, 350, "Lindenallee 3, 14050 Berlin", 50),
            (50, 510, "6 x Brötchen", 50), (780, 560, "2,70 1", 50),
            (50, 620, "2 x Cappuccino", 50), (780, 670, "6,40 2", 50),
            (50, 1100, "TOTAL", 60), (780, 1100, "9,10", 60),
            (50, 1170, "Bar", 50), (800, 1170, "10,00", 50),
            (50, 1225, "Rückgeld", 50), (830, 1225, "0,90", 50),
            (50, 1330, "2 MwSt 19%", 50), (840, 1330, "1,02", 50),
            (100, 1385, "Netto 5,38", 50), (730, 1385, "Br 6,40", 50),
            (50, 1440, "1\"MwSt 7%", 50), (840, 1440, "0,18", 50),
            (100, 1495, "Netto 2,52", 50), (730, 1495, "Br 2,70", 50),
            (50, 1550, "MwSt gesamt", 50), (840, 1550, "1,20", 50),
            (50, 1660, "Bon-Nr. 20394", 50), (50, 1710, "24.01.26 07:48", 50),
        ],
        width=1050,
        height=2300,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("9.10")
    assert fields.vat == Decimal("1.20")
    assert fields.amount == Decimal("7.90")


def test_a_service_charge_named_by_its_rate_is_no_tax() -> None:
    doc = sized_page(
        [
            (300, 100, "KOPI PAGI", 80),
            (80, 200, "Jl. Kemang Raya No. 21", 60),
            (60, 600, "2 Kopi Susu", 60), (1000, 600, "56.000", 60),
            (60, 680, "1 Croissant", 60), (1000, 680, "32.000", 60),
            (60, 800, "Subtotal", 60), (1000, 800, "88.000", 60),
            (60, 880, "Service 5%", 60), (1000, 880, "4.400", 60),
            (60, 960, "PB1 10%", 60), (1000, 960, "9.240", 60),
            (60, 1040, "Pembulatan", 60), (1100, 1040, "-40", 60),
            (60, 1120, "TOTAL", 60), (800, 1120, "Rp 101.600", 60),
            (60, 1200, "No: KP-0193", 60), (60, 1260, "21/04/2026 15:07", 60),
        ],
        width=1300,
        height=1500,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("101600")
    assert fields.vat == Decimal("9240")
    assert fields.rounding == Decimal("-40")


def test_a_us_till_header_in_capitals_infers_dollars() -> None:
    doc = sized_page(
        [
            (390, 180, "MARKET", 44),
            (345, 234, "4001 N LAMAR BLVD", 44),
            (365, 287, "AUSTIN TX 78756", 44),
            (50, 480, "ORG BANANAS", 44), (830, 480, "1.82", 44),
            (50, 540, "WHOLE MILK 1GAL", 44), (830, 540, "4.89", 44),
            (50, 640, "SUBTOTAL", 44), (830, 640, "6.71", 44),
            (50, 700, "TOTAL", 44), (830, 700, "6.71", 44),
            (50, 800, "04/11/2026 18:02", 44),
        ],
        width=1100,
        height=1400,
    )  # fmt: skip
    reading = RuleExtractor().predict(doc)
    assert reading.fields.currency == "USD"
    assert reading.confidence["currency"] <= 0.5


def test_a_one_cent_rounding_line_is_reported() -> None:
    doc = sized_page(
        [
            (300, 100, "SEGAR MAJU SDN BHD", 60),
            (300, 170, "Jalan Pasar 12, Ipoh", 50),
            (60, 400, "BERAS 5KG", 50), (900, 400, "17.50", 50),
            (60, 460, "ROTI", 50), (900, 460, "2.51", 50),
            (60, 560, "SUBTOTAL", 50), (900, 560, "20.01", 50),
            (60, 620, "ROUNDING ADJ", 50), (900, 620, "-0.01", 50),
            (60, 680, "TOTAL (RM)", 50), (900, 680, "20.00", 50),
            (60, 780, "No: 0102-0045", 50), (60, 840, "12/03/2026 10:02", 50),
        ],
        width=1200,
        height=1400,
    )  # fmt: skip
    fields = RuleExtractor().predict(doc).fields
    assert fields.total == Decimal("20.00")
    assert fields.rounding == Decimal("-0.01")
    assert fields.vat is None
