"""Invented pages for the review of round 13q: a line of running text under a label names no
amount of that label, but payment terms and dates are written in such words under theirs."""

from __future__ import annotations

import datetime
from decimal import Decimal

import pytest
from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _haustechnik(label: str, value: str) -> OcrDocument:
    """A German plumber's invoice with its payment terms under their label at the foot."""
    return sized_page(
        [
            (177, 176, "Müller Haustechnik GmbH", 60),
            (177, 250, "Hauptstraße 12, 80331 München", 34),
            (1250, 142, "RECHNUNG", 48),
            (822, 322, "Rechnungsnr.", 34), (1329, 322, "RE-2026-0417", 34),
            (822, 360, "Rechnungsdatum", 34), (1329, 360, "12.03.2026", 34),
            (184, 587, "Beschreibung", 40), (1362, 587, "Betrag", 40),
            (182, 628, "Wartung Heizungsanlage", 40), (1304, 628, "1.000,00 €", 40),
            (933, 868, "Nettobetrag", 40), (1304, 868, "1.000,00 €", 40),
            (933, 909, "MwSt. 19 %", 40), (1304, 909, "190,00 €", 40),
            (933, 950, "Gesamtbetrag", 40), (1304, 950, "1.190,00 €", 40),
            (182, 1100, label, 36),
            (182, 1145, value, 36),
        ]
    )  # fmt: skip


@pytest.mark.parametrize(
    ("label", "terms"),
    [
        ("Zahlungsbedingungen:", "zahlbar innerhalb von 14 Tagen ohne Abzug"),
        ("Payment terms:", "payable within 30 days of the invoice date"),
    ],
)
def test_payment_terms_written_as_a_phrase_under_their_label_are_read(
    label: str, terms: str
) -> None:
    fields = RuleExtractor().predict(_haustechnik(label, terms)).fields
    assert fields.payment_terms == terms
    assert fields.total == Decimal("1190.00")


def test_a_due_date_written_with_its_weekday_under_its_label_is_read() -> None:
    """Portuguese writes a date in words, its weekday first ("segunda-feira, 13 de abril de
    2026": four words in lower case), under its label."""
    page = sized_page(
        [
            (177, 176, "Construções Tejo, Lda.", 60),
            (177, 250, "Rua Augusta 120, 1100-053 Lisboa", 34),
            (1250, 142, "FATURA", 48),
            (822, 322, "Fatura n.º", 34), (1329, 322, "FT 2026/118", 34),
            (822, 360, "Data de vencimento:", 34),
            (822, 400, "segunda-feira, 13 de abril de 2026", 34),
            (184, 587, "Descrição", 40), (1362, 587, "Valor", 40),
            (182, 628, "Reparação de cobertura", 40), (1304, 628, "1.000,00 €", 40),
            (933, 868, "Total s/ IVA", 40), (1304, 868, "1.000,00 €", 40),
            (933, 909, "IVA 23%", 40), (1304, 909, "230,00 €", 40),
            (933, 950, "Total", 40), (1304, 950, "1.230,00 €", 40),
        ]
    )  # fmt: skip
    fields = RuleExtractor().predict(page).fields
    assert fields.due_date == datetime.date(2026, 4, 13)
    assert fields.total == Decimal("1230.00")
