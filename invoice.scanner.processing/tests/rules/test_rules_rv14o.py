"""Review of round 14o: realistic pages the parent reads right and round 14o reads wrong.
Every document here is invented."""

from __future__ import annotations

from datetime import date

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _read(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _uk_invoice(terms: str) -> OcrDocument:
    return sized_page(
        [
            (100, 80, "Pinecrest Supply Ltd", 40),
            (100, 130, "4 Market St, Leeds LS1 6AB", 24),
            (1100, 80, "INVOICE", 50),
            (1000, 200, "Invoice No 10023", 24),
            (1000, 230, "Invoice Date 03/03/2026", 24),
            (100, 400, "Bill To", 24),
            (100, 430, "Harbor Lane Cafe Ltd", 24),
            (100, 700, "Consulting services March 2026", 24),
            (1400, 700, "£1,000.00", 24),
            (1000, 800, "VAT 20%", 24),
            (1400, 800, "£200.00", 24),
            (1000, 830, "Total", 24),
            (1400, 830, "£1,200.00", 24),
            (100, 1000, terms, 24),
        ]
    )


def test_the_bills_own_due_clause_in_other_words_still_names_the_due_date() -> None:
    # The payment's own clause before "due" in words outside _PAYMENT_DUE_WORDS (British
    # "falls due", "payable", "owing", terms with "terms") is still this bill's deadline.
    for terms in (
        "This invoice falls due 31/03/2026",
        "Total payable due 31/03/2026",
        "Payment terms 14 days net due 31/03/2026",
        "Amount owing due 31/03/2026",
    ):
        assert _read(_uk_invoice(terms)).fields.due_date == date(2026, 3, 31), terms


def test_a_sign_ending_in_an_exclamation_mark_is_still_the_sellers_name() -> None:
    # A pizzeria's sign with an exclamation mark is its name, not a closing wish: the
    # receipt has no other name, and the reader must not fall back to an item line.
    lines = [
        (180, 60, "Pizzeria Mamma mia!", 48),
        (150, 160, "Via Roma 21, 40121 Bologna", 26),
        (150, 200, "P.IVA 01234567890", 26),
        (120, 300, "Margherita", 28),
        (620, 300, "8,50", 28),
        (120, 340, "Acqua naturale", 28),
        (620, 340, "2,00", 28),
        (120, 420, "TOTALE EURO", 32),
        (600, 420, "10,50", 32),
        (120, 470, "di cui IVA 10%", 26),
        (620, 470, "0,95", 26),
        (120, 520, "14-03-2026 20:41", 26),
        (160, 600, "Grazie e arrivederci", 26),
    ]
    doc = sized_page(lines, width=820, height=760)
    assert _read(doc).fields.vendor_name == "Pizzeria Mamma mia!"


def _spanish_farm(name: str, extra: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (100, 80, name, 40),
            (100, 130, "Camino del Molino s/n, 41400 Écija (Sevilla)", 24),
            (100, 160, "CIF: B41234567", 24),
            *extra,
            (1000, 250, "FACTURA Nº 2026/0042", 32),
            (1000, 300, "Fecha: 12/03/2026", 24),
            (100, 400, "Cliente:", 24),
            (100, 430, "Almazara La Campiña, S.C.A.", 24),
            (100, 460, "Avda. Andalucía 5, 41400 Écija", 24),
            (100, 700, "Aceituna hojiblanca, 2.000 kg", 24),
            (1400, 700, "1.800,00", 24),
            (1000, 800, "Base imponible", 24),
            (1400, 800, "1.800,00", 24),
            (1000, 830, "IVA 10%", 24),
            (1400, 830, "180,00", 24),
            (1000, 860, "Total factura", 24),
            (1400, 860, "1.980,00 €", 24),
        ]
    )


def test_explotacion_opening_a_farm_name_or_its_register_line_is_no_operator_label() -> None:
    # "Explotación agrícola / ganadera" is a farm, part of its legal name, and a farm's
    # register line ("Explotación agrícola nº ES...") names no operator.
    doc = _spanish_farm("Explotación Agrícola Hermanos Ruiz, S.L.", [])
    assert _read(doc).fields.vendor_name == "Explotación Agrícola Hermanos Ruiz, S.L."
    doc = _spanish_farm("EXPLOTACIÓN GANADERA EL ROBLEDAL S.L.", [])
    assert _read(doc).fields.vendor_name == "EXPLOTACIÓN GANADERA EL ROBLEDAL S.L."
    doc = _spanish_farm(
        "Hermanos Ruiz, S.L.", [(100, 190, "Explotación agrícola nº ES410390000123", 24)]
    )
    assert _read(doc).fields.vendor_name == "Hermanos Ruiz, S.L."
