"""Invented pages for round 13p (blind set 13p: what restaurants, cafés and bars buy and
what their guests get): a shop's sign over a legal name that is whole on its own line is no
first half of it."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _till(sign: str, legal: str) -> OcrDocument:
    return sized_page(
        [
            (150, 40, sign, 30),
            (90, 80, legal, 28),
            (170, 120, "NIT 900.123.456-7", 24),
            (130, 150, "Carrera 7 # 12-40, Bogotá", 24),
            (30, 220, "Factura POS No. 0457", 24),
            (30, 250, "Fecha: 14/03/2026 13:05", 24),
            (30, 320, "Almuerzo ejecutivo", 24), (450, 320, "28.000", 24),
            (30, 350, "Limonada", 24), (450, 350, "6.000", 24),
            (30, 420, "TOTAL", 26), (440, 420, "34.000", 26),
        ],
        width=620,
        height=600,
    )  # fmt: skip


def test_a_sign_over_a_whole_legal_name_is_no_part_of_it() -> None:
    pred = _predict(_till("MERCADO LA ESTRELLA", "DISTRIBUIDORA COMERCIAL ANDINA S.A.S."))
    assert pred.fields.vendor_name == "DISTRIBUIDORA COMERCIAL ANDINA S.A.S."
    assert pred.fields.total == Decimal("34000.00")


def test_a_name_broken_before_a_short_legal_line_is_still_one_name() -> None:
    pred = _predict(_till("ABARROTES Y FERRETERIA", "LA ESPERANZA S.A.S."))
    assert pred.fields.vendor_name == "ABARROTES Y FERRETERIA LA ESPERANZA S.A.S."
