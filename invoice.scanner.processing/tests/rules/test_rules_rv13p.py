"""Invented pages for the review of round 13p: a platform's copyright notice in a receipt's
foot is no seller's name over the shop's own sign, and a name broken after a joining word
before its legal line is one name."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def test_a_platforms_copyright_in_the_foot_is_no_seller_over_the_shops_sign() -> None:
    pred = _predict(
        sized_page(
            [
                (150, 40, "BLUE HERON CORNER", 34),
                (170, 90, "12 Main St, Oakland CA 94612", 24),
                (40, 140, "Receipt #2TQH-9XKV", 24), (40, 180, "Apr 11, 2026", 24),
                (40, 250, "Oat Latte", 24), (460, 250, "$12.50", 24),
                (40, 300, "Total", 26), (460, 300, "$12.50", 26),
                (40, 500, "© 2026 Square, Inc.", 20),
            ],
            width=620,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "BLUE HERON CORNER"
    assert pred.fields.total == Decimal("12.50")
    # The seller's own notice under its sign keeps its legal form.
    pred = _predict(
        sized_page(
            [
                (150, 40, "Blue Heron Corner", 34),
                (40, 140, "Receipt #2TQH-9XKV", 24), (40, 180, "Apr 11, 2026", 24),
                (40, 250, "Oat Latte", 24), (460, 250, "$12.50", 24),
                (40, 300, "Total", 26), (460, 300, "$12.50", 26),
                (40, 500, "© 2026 Blue Heron Corner Inc.", 20),
            ],
            width=620,
            height=600,
        )
    )  # fmt: skip
    assert pred.fields.vendor_name == "Blue Heron Corner Inc."


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


def test_a_name_broken_after_a_joining_word_before_a_long_legal_line_is_one_name() -> None:
    # A first line that ends on a joining word or a particle is no sign of its own, however
    # long the legal line under it.
    pred = _predict(_till("DISTRIBUIDORA DE", "ALIMENTOS DEL NORTE S.A.S."))
    assert pred.fields.vendor_name == "DISTRIBUIDORA DE ALIMENTOS DEL NORTE S.A.S."
    pred = _predict(_till("PANADERIA Y", "PASTELERIA SAN JOSE DEL SUR S.A.S."))
    assert pred.fields.vendor_name == "PANADERIA Y PASTELERIA SAN JOSE DEL SUR S.A.S."
    # A whole sign over a whole legal name stays apart (round 13p).
    pred = _predict(_till("MERCADO LA ESTRELLA", "DISTRIBUIDORA COMERCIAL ANDINA S.A.S."))
    assert pred.fields.vendor_name == "DISTRIBUIDORA COMERCIAL ANDINA S.A.S."


def _kedai(lines: list[tuple[int, int, str, int]]) -> OcrDocument:
    return sized_page(
        [
            (150, 40, "KEDAI KOPI SRI MAJU", 34),
            (40, 140, "No. Resit: 004417", 24), (40, 170, "Tarikh: 08-01-2026", 24),
            (40, 230, "2 Kopi O", 24), (480, 230, "3.60", 24),
            (40, 260, "1 Roti Bakar", 24), (480, 260, "3.20", 24),
            *lines,
        ],
        width=620,
        height=600,
    )  # fmt: skip


def test_malay_cash_and_change_lines_opened_by_jumlah_are_no_total() -> None:
    # "Jumlah" opens the cash handed over and the change as it opens the sum: "JUMLAH BAKI"
    # (the change) and "JUMLAH TUNAI" (the cash) are no total over the printed one.
    pred = _predict(
        _kedai(
            [
                (40, 330, "TOTAL", 28), (470, 330, "6.80", 28),
                (40, 370, "CASH", 24), (470, 370, "10.00", 24),
                (40, 400, "JUMLAH BAKI", 24), (480, 400, "3.20", 24),
            ]
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.80")
    pred = _predict(
        _kedai(
            [
                (40, 330, "TOTAL", 28), (470, 330, "6.80", 28),
                (40, 370, "JUMLAH TUNAI", 24), (470, 370, "10.00", 24),
                (40, 400, "BAKI", 24), (480, 400, "3.20", 24),
            ]
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.80")


def test_baki_is_change_given_back_as_kembali_is() -> None:
    # With no total printed, the cash less the change is the total, under "BAKI" as under
    # "KEMBALI".
    pred = _predict(
        _kedai(
            [
                (40, 370, "TUNAI", 24), (470, 370, "10.00", 24),
                (40, 400, "BAKI", 24), (480, 400, "3.20", 24),
            ]
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.80")
    # "JUMLAH BAYARAN" / "JUMLAH DIBAYAR" over the change is the money handed over, as
    # "AMOUNT PAID" is.
    pred = _predict(
        _kedai(
            [
                (40, 330, "TOTAL", 28), (470, 330, "6.80", 28),
                (40, 370, "JUMLAH BAYARAN", 24), (470, 370, "10.00", 24),
                (40, 400, "BAKI", 24), (480, 400, "3.20", 24),
            ]
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.80")
    pred = _predict(
        _kedai(
            [
                (40, 370, "JUMLAH DIBAYAR", 24), (470, 370, "10.00", 24),
                (40, 400, "BAKI", 24), (480, 400, "3.20", 24),
            ]
        )
    )  # fmt: skip
    assert pred.fields.total == Decimal("6.80")
