"""European invoices and till receipts (invented): a card slip's sequence counter is no receipt
number and the "Quittung" number beside its key is; a legal form OCR read with a look-alike
letter ("S.à r.I.") is put back; "Nettofällig am" names the due date under Skonto terms; a bank's
name over the IBAN is no seller; a letterhead name broken over two lines is joined where the
footer prints it whole; Belgium's "HTVA" / "TVAC"; a till's tax class before its tax label
("1 MwSt 7%", "1) 10% USt von 40,00"); a line of trades set apart by middle dots is no first line
of a name; and a store's key before the till on a receipt's closing line."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _read(doc: OcrDocument) -> object:
    return _predict(doc).fields


def test_a_card_slips_sequence_counter_is_no_receipt_number() -> None:
    doc = sized_page(
        [
            (200, 100, "Drogerie Sonnenberg AG", 50),
            (260, 170, "Marktgasse 14, 3011 Bern", 36),
            (300, 230, "CHE-222.333.444 MWST", 36),
            (50, 330, "Sonnencreme LSF 30", 36), (960, 330, "18.90", 36),
            (50, 390, "Zahnpasta Mint", 36), (960, 390, "4.60", 36),
            (50, 480, "TOTAL CHF", 40), (960, 480, "23.50", 40),
            (50, 560, "Satz 8.1%", 36), (400, 560, "21.74", 36), (960, 560, "1.76", 36),
            (50, 660, "Quittung", 36), (960, 660, "771204", 36),
            (50, 720, "14.03.2026", 36), (960, 720, "16:42", 36),
            (400, 820, "Debit Mastercard", 36),
            (50, 880, "Trm-Id", 36), (900, 880, "28471103", 36),
            (50, 940, "Trx. Seq-Cnt", 36), (960, 940, "5521", 36),
            (50, 1000, "Auth. Code", 36), (930, 1000, "118273", 36),
            (50, 1060, "Total-EFT CHF:", 36), (960, 1060, "23.50", 36),
        ],
        width=1196,
    )  # fmt: skip
    prediction = _predict(doc)
    assert prediction.fields.invoice_number == "771204"
    assert prediction.confidence["invoice_number"] < 0.6


def test_a_legal_form_read_with_a_look_alike_letter_is_put_back() -> None:
    doc = sized_page(
        [
            (1100, 100, "Papeterie Centrale S.à r.I.", 30),
            (1100, 140, "24, route d'Arlon", 26),
            (1100, 175, "L-8009 Strassen", 26),
            (150, 330, "Facturé à :", 26), (900, 330, "Facture n°", 26),
            (1250, 330, "FC-3391", 26),
            (150, 370, "Cabinet Weber & Hoffmann S.A.", 26), (900, 370, "Date", 26),
            (1250, 370, "03.03.2026", 26),
            (150, 560, "Désignation", 24), (1000, 560, "Quantité", 24), (1300, 560, "Total", 24),
            (150, 610, "Enveloppes C4, boîte de 250", 24), (1050, 610, "4", 24),
            (1300, 610, "120,00", 24),
            (1000, 800, "Total HT", 26), (1300, 800, "120,00", 26),
            (1000, 840, "TVA 17 %", 26), (1310, 840, "20,40", 26),
            (1000, 880, "Total TTC", 26), (1300, 880, "140,40", 26),
        ]
    )  # fmt: skip
    assert _read(doc).vendor_name == "Papeterie Centrale S.à r.l."  # type: ignore[attr-defined]


def test_the_net_due_date_under_skonto_terms_is_the_due_date() -> None:
    doc = sized_page(
        [
            (150, 100, "Hofmann Getränke GmbH", 40),
            (150, 160, "Industriestraße 8 · 24103 Kiel", 24),
            (150, 300, "Rechnung 7701234 vom 02.02.2026", 28),
            (150, 400, "Artikel", 24), (1000, 400, "Menge", 24), (1300, 400, "Betrag", 24),
            (150, 440, "Mineralwasser 12 x 0,75 l", 24), (1000, 440, "10", 24),
            (1300, 440, "89,00", 24),
            (1000, 600, "Nettobetrag", 24), (1300, 600, "89,00", 24),
            (1000, 640, "MwSt 19 %", 24), (1310, 640, "16,91", 24),
            (1000, 680, "Rechnungsbetrag", 24), (1300, 680, "105,91", 24),
            (150, 800, "Zahlungsbedingung: 10 Tage 3 % Skonto, 30 Tage netto", 24),
            (150, 830, "Bei Zahlung bis 12.02.2026: 102,73 EUR (Skonto 3,18 EUR)", 24),
            (150, 860, "Nettofällig am 04.03.2026", 24),
        ]
    )  # fmt: skip
    assert _read(doc).due_date == date(2026, 3, 4)  # type: ignore[attr-defined]


def _letter(head: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            *head,
            (157, 380, "K. Brandl · Marktplatz 3 · 84028 Landshut", 20),
            (157, 440, "Frau Sabine Huber", 22), (984, 440, "Rechnungs-Nr.", 22),
            (1380, 440, "2026-077", 22),
            (157, 470, "Am Anger 9", 22), (984, 470, "Datum", 22), (1370, 470, "02.03.2026", 22),
            (157, 500, "84034 Landshut", 22),
            (157, 850, "Rechnung Nr. 2026-077", 26),
            (157, 960, "Pos.", 22), (535, 960, "Beschreibung", 22), (1360, 960, "Gesamtpreis", 22),
            (157, 1000, "1", 22), (535, 1000, "Fliesen verlegen, Bad", 22),
            (1400, 1000, "800,00 €", 22),
            (945, 1250, "Zwischensumme netto", 22), (1400, 1250, "800,00 €", 22),
            (945, 1290, "zzgl. 19 % USt", 22), (1400, 1290, "152,00 €", 22),
            (945, 1330, "Rechnungsbetrag", 22), (1400, 1330, "952,00 €", 22),
            (157, 2119, "Fliesenlegerei Korbinian Brandl", 20),
            (604, 2119, "Steuernummer 132/456/78901", 20),
            (1050, 2119, "Volksbank Landshut eG", 20),
            (157, 2142, "Marktplatz 3, 84028 Landshut", 20),
            (604, 2142, "USt-IdNr. DE 312 456 789", 20),
            (1050, 2142, "IBAN DE12 7439 0000 0001 2345 67", 20),
            (1050, 2166, "BIC GENODEF1LH1", 20),
        ]
    )  # fmt: skip


def test_a_banks_name_over_the_iban_is_no_seller() -> None:
    doc = _letter([(1000, 120, "Fliesenlegerei", 48), (1000, 250, "Meisterbetrieb", 24)])
    assert "bank" not in str(_read(doc).vendor_name).lower()  # type: ignore[attr-defined]


def test_a_letterhead_name_broken_over_two_lines_is_joined_where_repeated() -> None:
    doc = _letter(
        [
            (1000, 120, "Fliesenlegerei", 48),
            (950, 180, "Korbinian Brandl", 48),
            (1000, 260, "Meisterbetrieb", 24),
        ]
    )
    assert _read(doc).vendor_name == "Fliesenlegerei Korbinian Brandl"  # type: ignore[attr-defined]


def test_htva_is_the_net_and_tvac_the_total() -> None:
    doc = sized_page(
        [
            (150, 100, "Atelier Mertens SRL", 40),
            (150, 160, "Rue de la Station 12, 5000 Namur", 24),
            (150, 200, "TVA BE 0412.345.678", 24),
            (1000, 300, "FACTURE", 34), (1000, 350, "N° F26/0311", 26),
            (1000, 385, "Date : 10/03/2026", 26),
            (150, 500, "Description", 24), (1000, 500, "P.U. HTVA", 24),
            (1300, 500, "Total HTVA", 24),
            (150, 540, "Reliure cuir, 20 ex.", 24), (1000, 540, "25,00", 24),
            (1300, 540, "500,00", 24),
            (150, 580, "Impression brochure", 24), (1000, 580, "300,00", 24),
            (1300, 580, "300,00", 24),
            (150, 800, "Taux", 24), (300, 800, "Base HTVA", 24), (600, 800, "TVA", 24),
            (150, 840, "6 %", 24), (300, 840, "500,00", 24), (600, 840, "30,00", 24),
            (150, 880, "21 %", 24), (300, 880, "300,00", 24), (600, 880, "63,00", 24),
            (1000, 800, "Total HTVA", 24), (1300, 800, "800,00", 24),
            (1000, 840, "Total TVA", 24), (1310, 840, "93,00", 24),
            (1000, 880, "TOTAL TVAC", 24), (1300, 880, "893,00 EUR", 24),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.total == Decimal("893.00")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("800.00")  # type: ignore[attr-defined]


def _bakery_slip(tax_lines: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (200, 120, "Backhaus Lindner GmbH", 40),
            (250, 180, "Bahnhofstraße 2, 09111 Chemnitz", 30),
            (50, 300, "Mohnschnecke", 32), (800, 300, "10,70 1", 32),
            (50, 360, "Kaffee außer Haus", 32), (800, 360, "5,95 2", 32),
            (50, 460, "Summe EUR", 36), (800, 460, "16,65", 36),
            (50, 520, "Bar", 32), (800, 520, "20,00", 32),
            (50, 580, "Rückgeld", 32), (800, 580, "3,35", 32),
            *tax_lines,
            (50, 1000, "Beleg 3-11820", 32),
            (50, 1060, "09.03.2026", 32), (400, 1060, "06:55", 32),
        ],
        width=1040,
    )  # fmt: skip


def test_a_tax_class_digit_before_the_tax_label_is_read() -> None:
    doc = _bakery_slip(
        [
            (50, 700, "1 MwSt 7%", 32), (850, 700, "0,70", 32),
            (100, 760, "Netto", 32), (850, 760, "10,00", 32),
            (50, 820, "2 MwSt 19%", 32), (850, 820, "0,95", 32),
            (100, 880, "Netto", 32), (850, 880, "5,00", 32),
        ]
    )  # fmt: skip
    fields = _read(doc)
    assert fields.vat == Decimal("1.65")  # type: ignore[attr-defined]
    assert fields.total == Decimal("16.65")  # type: ignore[attr-defined]


def test_a_tax_class_and_rate_before_the_tax_label_are_read() -> None:
    doc = sized_page(
        [
            (300, 100, "Gasthof Zur Linde", 44),
            (300, 160, "Hauptplatz 4, 4020 Linz", 30),
            (100, 300, "Rechnung Nr. 2026-1187", 30),
            (100, 360, "Datum", 30), (870, 360, "12.03.2026 19:40", 30),
            (100, 460, "1 Schnitzel", 30), (1080, 460, "18,70 1", 30),
            (100, 520, "1 Bier 0,5", 30), (1100, 520, "4,80 2", 30),
            (100, 620, "Summe EUR", 30), (1075, 620, "23,50", 30),
            (100, 690, "1) 10% USt von 18,70", 30), (1140, 690, "1,70", 30),
            (100, 750, "2) 20% USt von 4,80", 30), (1140, 750, "0,80", 30),
            (100, 810, "Netto gesamt", 30), (1110, 810, "21,00", 30),
            (100, 900, "Trinkgeld", 30), (1140, 900, "1,50", 30),
            (100, 960, "GESAMT (Karte)", 30), (1075, 960, "25,00", 30),
        ],
        width=1384,
    )  # fmt: skip
    fields = _read(doc)
    assert fields.vat == Decimal("2.50")  # type: ignore[attr-defined]
    assert fields.amount == Decimal("21.00")  # type: ignore[attr-defined]


def test_a_line_of_listed_trades_is_no_first_line_of_a_name() -> None:
    doc = sized_page(
        [
            (300, 100, "Rosengarten", 60),
            (420, 210, "Bäckerei · Konditorei", 36),
            (430, 270, "Café Rosengarten AG", 36),
            (390, 330, "Seestrasse 9, 6300 Zug", 30),
            (60, 450, "1 Gipfeli", 30), (1200, 450, "2.40", 30),
            (60, 510, "1 Cappuccino", 30), (1200, 510, "5.20", 30),
            (60, 600, "Total CHF", 32), (1200, 600, "7.60", 32),
            (60, 660, "MWST 8.1% inkl.", 30), (1200, 660, "0.57", 30),
            (60, 760, "Beleg 40112", 30), (60, 820, "11.03.2026 09:12", 30),
        ],
        width=1384,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Café Rosengarten AG"  # type: ignore[attr-defined]


def test_a_stores_key_before_the_till_opens_the_receipts_line() -> None:
    doc = sized_page(
        [
            (200, 80, "PROXI MARCHÉ", 40),
            (220, 140, "12 RUE DES LILAS", 28), (230, 180, "69003 LYON", 28),
            (60, 280, "BAGUETTE", 28), (520, 280, "1,10", 28),
            (60, 320, "LAIT DEMI-ECREME", 28), (520, 320, "1,35", 28),
            (60, 400, "TOTAL", 30), (520, 400, "2,45", 30),
            (60, 460, "CB", 28), (520, 460, "2,45", 28),
            (130, 560, "MAG 0217 CAISSE 003 TICKET 5512", 28),
            (200, 600, "10/03/2026", 28), (360, 600, "08:14:55", 28),
        ],
        width=700,
    )  # fmt: skip
    assert _read(doc).invoice_number == "5512"  # type: ignore[attr-defined]
