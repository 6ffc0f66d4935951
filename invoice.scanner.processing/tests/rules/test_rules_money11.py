"""Money on receipts and fares (money11). Invented pages.

* A Japanese-style receipt prints the taxed gross of a rate with the tax included
  ("(10% tax incl. ¥12,100)") and then the tax it contains: the gross equal to the total is
  no tax, and the printed amount that is the gross's tax at its rate is the VAT, even where
  the tax line's own label was not read.
* A coupon redeemed on a receipt ("App Coupon -¥500") is a discount.
* Portuguese and Spanish tax lines print their base after "s/" (sobre): "IVA 6% s/ 62,00
  3,72 €" is a tax of 3,72, not of 62,00.
"""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _yen_receipt(tax_label: str) -> OcrDocument:
    return sized_page(
        [
            (300, 60, "SAKURA DENKI", 40),
            (300, 120, "Sakura Denki Co., Ltd.", 30),
            (250, 160, "2-3-4 Nishi-Shinjuku, Tokyo", 30),
            (350, 240, "RECEIPT", 30),
            (60, 300, "2026/05/10(Sun) 11:20", 30),
            (60, 340, "No. 0412-2605-0031", 30),
            (60, 400, "Bluetooth Speaker BX-200", 30),
            (700, 400, "¥12,600*", 30),
            (60, 470, "Subtotal", 30), (700, 470, "¥12,600", 30),
            (60, 510, "App Coupon", 30), (700, 510, "-¥500", 30),
            (60, 550, "TOTAL", 30), (700, 550, "¥12,100", 30),
            (60, 590, "(10% tax incl.", 30), (700, 590, "¥12,100)", 30),
            (60, 630, tax_label, 30), (700, 630, "¥1,100)", 30),
            (60, 670, "Credit (VISA)", 30), (700, 670, "¥12,100", 30),
            (60, 710, "Change", 30), (700, 710, "¥0", 30),
            (250, 800, "* = 10% tax rate item", 30),
            (250, 840, "Thank you for shopping!", 30),
        ],
        width=1000,
        height=1000,
        char_width=0.55,
    )  # fmt: skip


def test_a_tax_included_gross_is_no_tax_and_its_contained_tax_is_found() -> None:
    # "Consumptiont tax": the OCR's misspelt label names no tax; the amount is still read as
    # the tax the included gross contains at 10 %.
    reading = RuleExtractor().predict(_yen_receipt("(Consumptiont tax"))
    assert str(reading.fields.total) == "12100"
    assert str(reading.fields.vat) == "1100"
    assert str(reading.fields.amount) == "11000"


def test_a_coupon_is_a_discount() -> None:
    reading = RuleExtractor().predict(_yen_receipt("(Consumptiont tax"))
    assert str(reading.fields.discount) == "500"


def _fatura() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "Transportes Marítimos do Sado, S.A.", 30),
            (60, 100, "Av. Luísa Todi 120, 2900-459 Setúbal - NIF PT 503 118 442", 24),
            (60, 180, "FATURA-RECIBO", 30),
            (60, 220, "N.º FR 2026/000812", 30),
            (60, 260, "Data 14-05-2026", 30),
            (60, 340, "Descrição", 26), (600, 340, "IVA", 26), (850, 340, "Valor s/IVA", 26),
            (60, 380, "Bilhete Setúbal-Tróia", 26), (600, 380, "6%", 26), (850, 380, "45,00", 26),
            (60, 420, "Reserva de lugar", 26), (600, 420, "23%", 26), (850, 420, "10,00", 26),
            (500, 500, "Total ilíquido", 26), (850, 500, "55,00 €", 26),
            (500, 540, "IVA 6% s/ 45,00", 26), (850, 540, "2,70 €", 26),
            (500, 580, "IVA 23% s/ 10,00", 26), (850, 580, "2,30 €", 26),
            (500, 620, "TOTAL", 26), (850, 620, "60,00 €", 26),
            (60, 700, "Pago: Cartão Visa ****4410", 26),
        ],
        width=1100,
        height=900,
        char_width=0.55,
    )  # fmt: skip


def test_a_tax_base_after_s_slash_is_no_tax() -> None:
    reading = RuleExtractor().predict(_fatura())
    assert str(reading.fields.vat) == "5.00"
    assert str(reading.fields.total) == "60.00"
    assert str(reading.fields.amount) == "55.00"


def _premienota() -> OcrDocument:
    return sized_page(
        [
            (60, 60, "VEILIG VERZEKERD", 40),
            (60, 160, "Mevrouw A. de Boer", 26),
            (60, 200, "Lindelaan 4, 3811 AB Amersfoort", 26),
            (60, 280, "Premienota", 34),
            (60, 330, "Notanummer PN-2026-0099214", 26),
            (60, 370, "Datum 05-03-2026", 26),
            (60, 410, "Vervaldatum 05-04-2026", 26),
            (60, 480, "Verzekering", 26), (850, 480, "Jaarpremie", 26),
            (60, 520, "Woonhuisverzekering", 26), (850, 520, "€ 300,00", 26),
            (60, 560, "Reisverzekering", 26), (850, 560, "€ 100,00", 26),
            (500, 640, "Totaal premie", 26), (850, 640, "€ 400,00", 26),
            (500, 680, "Assurantiebelasting 21%", 26), (850, 680, "€ 84,00", 26),
            (500, 720, "Te betalen", 26), (850, 720, "€ 484,00", 26),
            (60, 800, "Verzekeringen zijn vrijgesteld van btw.", 22),
            (60, 1300, "Veilig Verzekerd N.V. · KvK 30112233", 22),
        ],
        width=1100,
        height=1400,
        char_width=0.55,
    )  # fmt: skip


def test_the_insurance_premium_tax_is_the_tax() -> None:
    reading = RuleExtractor().predict(_premienota())
    assert str(reading.fields.vat) == "84.00"
    assert str(reading.fields.amount) == "400.00"
    assert str(reading.fields.total) == "484.00"


def _swiss_till() -> OcrDocument:
    return sized_page(
        [
            (300, 60, "Apotheke am Markt", 36),
            (300, 110, "Marktgasse 3, 3011 Bern", 26),
            (300, 150, "MWST-Nr. CHE-123.456.789 MWST", 24),
            (60, 240, "Quittung 2026-0455", 26),
            (60, 280, "12.05.2026 10:14", 26),
            (60, 360, "Halstabletten", 26), (800, 360, "20.00", 26),
            (60, 400, "Taschentuecher", 26), (800, 400, "10.23", 26),
            (60, 470, "Zwischentotal", 26), (800, 470, "30.23", 26),
            (60, 510, "Rundung", 26), (800, 510, "0.02", 26),
            (60, 550, "TOTAL CHF", 30), (800, 550, "30.25", 30),
            (60, 610, "Bar", 26), (800, 610, "50.00", 26),
            (60, 650, "Rueckgeld", 26), (800, 650, "19.75", 26),
            (60, 730, "Code", 24), (200, 730, "MWST", 24), (420, 730, "Betrag inkl.", 24),
            (800, 730, "MWST", 24),
            (60, 770, "1", 24), (200, 770, "2.6%", 24), (420, 770, "20.00", 24),
            (800, 770, "0.51", 24),
            (60, 810, "2", 24), (200, 810, "8.1%", 24), (420, 810, "10.23", 24),
            (800, 810, "0.77", 24),
            (300, 900, "Gute Besserung!", 26),
        ],
        width=1000,
        height=1000,
        char_width=0.55,
    )  # fmt: skip


def test_a_contained_tax_summary_without_totals_row_sums_the_vat() -> None:
    # Grosses 20.00 + 10.23 = 30.23, the total 30.25 before its rounding of 0.02.
    reading = RuleExtractor().predict(_swiss_till())
    assert str(reading.fields.vat) == "1.28"
    assert str(reading.fields.total) == "30.25"
