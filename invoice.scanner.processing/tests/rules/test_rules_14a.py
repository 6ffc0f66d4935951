"""Invented pages for round 14a (blind set 14a: e-invoices as viewers print them and fiscal
till receipts): a second tax on a base another rate taxes, a dotted legal form glued by a
point, and a deposit paid before the balance to pay."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import read_page


def test_a_base_two_taxes_are_charged_on_counts_once() -> None:
    # Croatia's PNP 3 % is charged on the drinks' base that PDV 25 % taxes too: the net is
    # 74,34 + 28,44, not 28,44 twice.
    fields = read_page(
        [
            (300, 100, "KONOBA MATEJ", 80),
            (137, 300, "Račun br.: 118/PP1/2", 55),
            (137, 360, "Datum: 14.06.2026. 21:14", 55),
            (135, 1160, "UKUPNO EUR:", 76),
            (979, 1169, "120,40", 65),
            (138, 1327, "Porez", 48),
            (408, 1324, "Stopa", 55),
            (666, 1321, "Osnovica", 54),
            (1042, 1320, "Iznos", 55),
            (137, 1376, "PDV", 50),
            (457, 1376, "13%", 52),
            (736, 1373, "74,34", 54),
            (1064, 1373, "9,66", 55),
            (137, 1425, "PDV", 50),
            (457, 1425, "25%", 50),
            (734, 1421, "28,44", 61),
            (1064, 1423, "7,11", 57),
            (137, 1477, "PNP", 50),
            (478, 1480, "3%", 47),
            (736, 1475, "28,44", 57),
            (1064, 1475, "0,85", 57),
        ]
    )
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("102.78"),
        Decimal("17.62"),
        Decimal("120.40"),
    )


def test_a_dotted_legal_form_glued_to_the_name_by_a_point() -> None:
    fields = read_page(
        [
            (300, 100, "Gostilna Pri Lipi.d.o.o.", 60),
            (300, 170, "Celovška cesta 12, 1000 Ljubljana", 40),
            (137, 300, "Račun št.: 2026-0412", 45),
            (137, 360, "Datum: 14.06.2026", 45),
            (135, 900, "SKUPAJ EUR", 50),
            (900, 900, "24,40", 50),
            (135, 960, "DDV 9,5%", 45),
            (900, 960, "2,12", 45),
        ]
    )
    assert fields.vendor_name == "Gostilna Pri Lipi d.o.o."


def test_a_deposit_paid_before_leaves_the_total_ttc() -> None:
    # "Acompte versé" between "Total TTC" and "NET À PAYER": the invoice's total is the TTC,
    # the lower line what is left to pay.
    fields = read_page(
        [
            (111, 120, "Atelier Lumière SAS", 44),
            (1100, 120, "FACTURE", 44),
            (900, 220, "Facture n°", 25),
            (1250, 220, "FA-2026-0918", 25),
            (900, 255, "Date", 25),
            (1250, 255, "23/02/2026", 25),
            # The VAT recap and the totals share their rows, as the page sets them side by side.
            (959, 1100, "Total HT", 26),
            (1348, 1100, "8 229,50 €", 26),
            (119, 1157, "Taux", 25),
            (475, 1157, "Base HT", 25),
            (803, 1157, "TVA", 25),
            (959, 1145, "Total TVA", 26),
            (1348, 1145, "869,65 €", 26),
            (119, 1201, "10 %", 25),
            (478, 1201, "7 762,50", 25),
            (776, 1201, "776,25", 25),
            (959, 1190, "Total TTC", 26),
            (1348, 1190, "9 099,15 €", 26),
            (119, 1245, "20 %", 25),
            (499, 1245, "467,00", 25),
            (790, 1245, "93,40", 25),
            (959, 1235, "Acompte versé le 12/01/2026", 26),
            (1348, 1235, "-1 800,00 €", 26),
            (959, 1280, "NET À PAYER", 26),
            (1348, 1280, "7 299,15 €", 26),
        ]
    )
    assert (fields.amount, fields.vat, fields.total) == (
        Decimal("8229.50"),
        Decimal("869.65"),
        Decimal("9099.15"),
    )
