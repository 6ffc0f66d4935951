"""Review of round r13i (invented pages): a craftsman's boast under the firm's name
("Meisterbetrieb", "Familienunternehmen") is not part of its sign; ..."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _joinery_invoice(head: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            *head,
            (120, 230, "Lindenweg 12 · 93047 Regensburg · Tel. 0941 55 21 90", 22),
            (120, 330, "Herrn Thomas Keller", 24),
            (120, 365, "Am Anger 3", 24),
            (120, 400, "93051 Regensburg", 24),
            (120, 520, "Rechnung", 36),
            (1100, 520, "Rechnung Nr.", 24), (1350, 520, "2026-0418", 24),
            (1100, 560, "Datum", 24), (1350, 560, "14.04.2026", 24),
            (120, 700, "Einbau Küchenschrank, Material und Montage", 24),
            (1350, 700, "1.250,00", 24),
            (1000, 900, "Nettobetrag", 24), (1350, 900, "1.250,00 EUR", 24),
            (1000, 940, "MwSt. 19 %", 24), (1350, 940, "237,50 EUR", 24),
            (1000, 980, "Gesamtbetrag", 24), (1350, 980, "1.487,50 EUR", 24),
            (120, 1100, "Steuernummer 244/123/45678", 20),
            (120, 1130, "IBAN DE44 7505 0000 0001 2345 67", 20),
        ]
    )  # fmt: skip


def test_a_craftsmans_boast_under_the_firms_name_is_not_part_of_its_sign() -> None:
    doc = _joinery_invoice([(500, 80, "Schreinerei Brandl", 56), (580, 150, "Meisterbetrieb", 44)])
    assert _predict(doc).fields.vendor_name == "Schreinerei Brandl"
    doc = _joinery_invoice([(500, 80, "Elektro Huber", 56), (480, 150, "Innungsfachbetrieb", 44)])
    assert _predict(doc).fields.vendor_name == "Elektro Huber"
    doc = _joinery_invoice(
        [(450, 80, "Metzgerei Ostermann", 56), (440, 150, "Familienunternehmen", 44)]
    )
    assert _predict(doc).fields.vendor_name == "Metzgerei Ostermann"
