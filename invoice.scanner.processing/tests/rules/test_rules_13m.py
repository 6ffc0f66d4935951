"""Invented pages for round 13m (blind set 13m: paper invoices and receipts as people capture
them): a provincial tax whose rate OCR glued to its name ("TVQ9,975 %") is still a tax; Chile's
"Señor(es):" opens the buyer's block; a Finnish tip ("Tippi") is a tip; a line with a price
beside it is an item, never the seller; a tip printed above the total is in the total, not in
the net a tax implies."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_rate_of_three_decimals_glued_to_its_tax_name_is_still_the_tax() -> None:
    # Québec's QST is 9.975 %; OCR dropped the space after "TVQ". Both taxes are the VAT.
    for tvq in ("TVQ9,975 % (no 1223344556 TQ0001)", "TVQ 9,975 % (no 1223344556 TQ0001)"):
        pred = _predict(
            sized_page(
                [
                    (120, 100, "ATELIER GRAPHIQUE MONTCALM", 40),
                    (120, 160, "820, rue Principale, Granby (Québec) J2G 2Y4", 22),
                    (1200, 100, "FACTURE", 40),
                    (1000, 180, "No de facture", 22), (1350, 180, "7731", 22),
                    (1000, 215, "Date", 22), (1350, 215, "2026-03-02", 22),
                    (120, 500, "Affiches 24 x 36 po", 24), (1350, 500, "2 000,00 $", 24),
                    (900, 700, "Sous-total", 24), (1350, 700, "2 000,00 $", 24),
                    (900, 740, "TPS 5 % (no 812345678 RT0001)", 24), (1350, 740, "100,00 $", 24),
                    (900, 780, tvq, 24), (1350, 780, "199,50 $", 24),
                    (900, 830, "TOTAL", 28), (1350, 830, "2 299,50 $", 28),
                ]
            )
        )  # fmt: skip
        assert pred.fields.vat == Decimal("299.50"), tvq
        assert pred.fields.amount == Decimal("2000.00"), tvq
        assert pred.fields.total == Decimal("2299.50"), tvq


def test_a_chilean_buyer_under_senores_is_not_the_seller() -> None:
    pred = _predict(
        sized_page(
            [
                (120, 90, "FERRETERIA LOS ANDES LIMITADA", 34),
                (120, 140, "R.U.T.: 76.118.220-4", 22),
                (120, 175, "Av. Matta 1230, Santiago", 22),
                (1150, 90, "FACTURA ELECTRÓNICA", 30), (1250, 135, "Nº 5521", 28),
                (120, 300, "Señor(es):", 24), (420, 300, "Inmobiliaria Quillota SpA", 24),
                (120, 335, "R.U.T.:", 24), (420, 335, "77.301.882-1", 24),
                (120, 370, "Fecha Emisión:", 24), (420, 370, "5 de marzo de 2026", 24),
                (120, 600, "Martillo carpintero", 24), (1350, 600, "$ 100.000", 24),
                (1000, 800, "MONTO NETO", 24), (1350, 800, "$ 100.000", 24),
                (1000, 840, "I.V.A. 19%", 24), (1350, 840, "$ 19.000", 24),
                (1000, 880, "TOTAL", 26), (1350, 880, "$ 119.000", 26),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "FERRETERIA LOS ANDES LIMITADA"


def test_a_finnish_tip_is_in_the_total_paid() -> None:
    pred = _predict(
        sized_page(
            [
                (100, 40, "KAHVILA RANTA", 30), (100, 85, "Kahvila Ranta Oy", 20),
                (100, 115, "Satamakatu 3, 00160 Helsinki", 20),
                (100, 160, "Kuitti 4471", 20), (330, 160, "12.03.2026 12:10", 20),
                (60, 220, "2 x Lohikeitto", 20), (420, 220, "33,80", 20),
                (60, 250, "1 x Kahvi", 20), (420, 250, "3,70", 20),
                (60, 290, "Yhteensä", 22), (420, 290, "37,50", 22),
                (60, 320, "Tippi", 20), (420, 320, "3,00", 20),
                (60, 350, "MAKSETTAVA EUR", 22), (420, 350, "40,50", 22),
                (60, 400, "ALV %", 18), (200, 400, "Veroton", 18), (330, 400, "Vero", 18),
                (60, 425, "14,0", 18), (200, 425, "32,89", 18), (330, 425, "4,61", 18),
            ],
            width=520,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("40.50")
    assert pred.fields.tip == Decimal("3.00")
    assert pred.fields.vat == Decimal("4.61")


def test_an_item_with_its_price_beside_it_is_never_the_seller() -> None:
    # A fuel station's sign is short and plain; the car wash sold, with its price beside it,
    # reads like a name but is an item. So is a ticket whose route ends in "Zürich HB"
    # (Sweden's "HB" is a legal form).
    for item in ("Lavage Programme Eco", "Sparbillett Basel SBB – Zürich HB"):
        pred = _predict(
            sized_page(
                [
                    (150, 40, "STATION DU PONT", 26),
                    (150, 75, "Route de Lyon, 38000 Grenoble", 18),
                    (60, 130, "TICKET N° 0047719", 20), (330, 130, "14/02/2026", 20),
                    (60, 200, "Gazole B7", 20),
                    (60, 225, "40,00 L x 1,800 €/L", 20), (420, 225, "72,00", 20),
                    (60, 260, item, 20), (420, 260, "12,00 €", 20),
                    (60, 300, "TOTAL TTC", 22), (420, 300, "84,00", 22),
                    (60, 330, "dont TVA 20,00%", 20), (420, 330, "14,00", 20),
                ],
                width=520,
                height=600,
            )
        )  # fmt: skip
        assert pred.fields.vendor_name == "STATION DU PONT", item


def test_a_tip_listed_above_the_total_is_no_part_of_the_net() -> None:
    # A cab's slip lists its charges, a small tax among them, then the tip and the total:
    # the net the tax implies is the total less the tax and the tip.
    pred = _predict(
        sized_page(
            [
                (100, 40, "METRO CAB COMPANY INC.", 26), (100, 80, "Medallion 2B19", 20),
                (60, 140, "Date:", 20), (330, 140, "03/04/2026", 20),
                (60, 170, "Trip #:", 20), (330, 170, "004512", 20),
                (60, 230, "Fare:", 20), (330, 230, "$18.40", 20),
                (60, 260, "Surcharge:", 20), (330, 260, "$1.00", 20),
                (60, 290, "MTA Tax:", 20), (330, 290, "$0.50", 20),
                (60, 320, "Tip:", 20), (330, 320, "$4.00", 20),
                (60, 350, "TOTAL:", 22), (330, 350, "$23.90", 22),
            ],
            width=520,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("23.90")
    assert pred.fields.vat == Decimal("0.50")
    assert pred.fields.tip == Decimal("4.00")
    assert pred.fields.amount == Decimal("19.40")
