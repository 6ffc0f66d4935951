"""Review of round r13g (invented pages): what its rules must leave alone on ordinary
receipts. A seller whose name ends in "KG" (a German partnership) and that prints its
opening hours beside it is the seller, no item sold by the kilogram."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor


def _read(doc: OcrDocument) -> object:
    return RuleExtractor().predict(doc).fields


def test_a_partnership_with_its_opening_hours_beside_it_is_the_seller() -> None:
    doc = sized_page(
        [
            (40, 40, "Bäckerei Sonnenkorn KG", 22), (330, 40, "Mo-Fr 6.30-18.00", 16),
            (40, 70, "Marktplatz 3, 93047 Regensburg", 18),
            (40, 120, "2 Brezen", 18), (380, 120, "1,80", 18),
            (40, 145, "1 Roggenbrot", 18), (380, 145, "4,20", 18),
            (40, 180, "SUMME EUR", 20), (380, 180, "6,00", 20),
            (40, 210, "MwSt 7% 0,39", 18),
            (40, 240, "Bon-Nr. 4711", 18), (300, 240, "03.02.2026 08:12", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Bäckerei Sonnenkorn KG"  # type: ignore[attr-defined]
