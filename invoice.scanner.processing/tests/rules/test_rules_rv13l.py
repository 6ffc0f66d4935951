"""Review of round r13l (invented pages): a total over an early payment's discount and the
lower amount payable on that condition stays the total; Brazil's NFC-e "Valor total R$" over
a surcharge ("Acréscimos R$") yields to the higher "Valor a pagar R$"; a table and its covers,
a till or an account in a series number's shape beside the date under a title is no number."""

from __future__ import annotations

from decimal import Decimal

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_total_over_an_early_payments_discount_stays_the_total() -> None:
    """ "Total 600.00", "Early payment discount 2% 12.00", "Total if paid by 11/24/2026
    588.00": the lower amount holds only on that condition; the invoice's total is 600.00."""
    doc = sized_page(
        [
            (60, 40, "Lakeside Lumber Co.", 26),
            (60, 72, "400 Shore Dr, Duluth MN", 20),
            (380, 120, "INVOICE", 26),
            (380, 150, "Invoice No: 20418", 18),
            (380, 175, "Date: 11/14/2026", 18),
            (60, 240, "Cedar boards", 20), (430, 240, "600.00", 20),
            (60, 290, "Total", 22), (430, 290, "600.00", 22),
            (60, 330, "Early payment discount 2%", 20), (430, 330, "12.00", 20),
            (60, 355, "Total if paid by 11/24/2026", 20), (430, 355, "588.00", 20),
        ],
        width=560,
        height=700,
    )  # fmt: skip
    assert _read(doc).total == Decimal("600.00")  # type: ignore[attr-defined]


def test_a_total_over_a_next_visits_coupon_stays_the_total() -> None:
    doc = sized_page(
        [
            (120, 40, "TRATTORIA LUNA", 28),
            (100, 76, "Luna Ristorazione S.r.l.", 20),
            (60, 150, "PIZZA", 20), (400, 150, "30.00", 20),
            (60, 175, "VINO", 20), (400, 175, "20.00", 20),
            (60, 215, "TOTAL", 24), (390, 215, "50.00", 24),
            (60, 245, "Promo discount on next visit", 20), (400, 245, "5.00", 20),
            (60, 270, "Total next visit", 20), (400, 270, "45.00", 20),
            (60, 300, "VISA", 20), (400, 300, "50.00", 20),
            (60, 380, "11/14/2026 10:22", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).total == Decimal("50.00")  # type: ignore[attr-defined]


def test_an_nfce_total_over_a_surcharge_yields_to_the_payable() -> None:
    """ "Valor total R$ 40,00", "Acréscimos R$ 4,00", "Valor a pagar R$ 44,00": paid 44,00."""
    doc = sized_page(
        [
            (60, 40, "MERCADINHO SAO JORGE LTDA", 22),
            (60, 70, "CNPJ: 12.345.678/0001-90", 18),
            (60, 140, "001 ARROZ 5KG", 18), (420, 140, "27,90", 18),
            (60, 165, "002 FEIJAO 1KG", 18), (420, 165, "12,10", 18),
            (60, 230, "Qtde. total de itens", 18), (420, 230, "2", 18),
            (60, 255, "Valor total R$", 18), (420, 255, "40,00", 18),
            (60, 280, "Acréscimos R$", 18), (420, 280, "4,00", 18),
            (60, 305, "Valor a pagar R$", 18), (420, 305, "44,00", 18),
            (60, 330, "FORMA PAGAMENTO", 16), (360, 330, "VALOR PAGO R$", 16),
            (60, 355, "Cartão de Crédito", 18), (420, 355, "44,00", 18),
            (60, 420, "NFC-e nº 000012345 Série 001 02/03/2026 09:12:01", 14),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).total == Decimal("44.00")  # type: ignore[attr-defined]


@pytest.mark.parametrize("left", ["TBL 12/4", "POS 02/1182", "KD 10/44718"])
def test_a_table_till_or_account_beside_the_date_under_a_title_is_no_number(left: str) -> None:
    doc = sized_page(
        [
            (150, 40, "Harbour Grill", 30),
            (100, 80, "Harbour Dining LLC", 20),
            (120, 106, "14 Pier Rd, Boston MA", 20),
            (200, 190, "SALES RECEIPT", 24),
            (25, 222, left, 20), (390, 222, "11/14/2026 19:02", 20),
            (25, 260, "2 Burger", 20), (420, 260, "31.00", 20),
            (25, 285, "1 Soda", 20), (420, 285, "3.00", 20),
            (25, 325, "TOTAL", 24), (410, 325, "34.00", 24),
        ],
        width=640,
        height=600,
    )  # fmt: skip
    assert _read(doc).invoice_number != left  # type: ignore[attr-defined]
