"""Review of round r13g (invented pages): what its rules must leave alone on ordinary
receipts. A seller whose name ends in "KG" (a German partnership) and that prints its
opening hours beside it is the seller, no item sold by the kilogram; a web address in a
country's domain that is also a legal form's letters ("KJELL.SE", "NAHDIONLINE.SA") is no
name glued to its legal form."""

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


def test_a_swedish_web_address_is_no_name_with_its_legal_form() -> None:
    doc = sized_page(
        [
            (120, 40, "HANDLA PÅ KJELL.SE", 22),
            (80, 70, "Kjell & Company Göteborg", 18),
            (80, 95, "Org.nr 556608-3258", 18),
            (60, 130, "Kvitto 4410", 18), (330, 130, "2026-02-14 10:05", 18),
            (60, 170, "USB-C KABEL 1M", 18), (380, 170, "199,00", 18),
            (60, 210, "TOTALT SEK", 22), (380, 210, "199,00", 22),
            (60, 240, "Moms 25%", 18), (380, 240, "39,80", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).vendor_name == "Kjell & Company Göteborg"  # type: ignore[attr-defined]


def test_a_saudi_web_address_is_no_part_of_the_sellers_name() -> None:
    doc = sized_page(
        [
            (120, 40, "AL NAHDI PHARMACY", 22),
            (80, 70, "SHOP ONLINE NAHDIONLINE.SA", 18),
            (80, 95, "VAT No. 300012345600003", 18),
            (60, 130, "Invoice No. 4410", 18), (330, 130, "14/02/2026 10:05", 18),
            (60, 170, "PANADOL 500MG", 18), (380, 170, "12.00", 18),
            (60, 210, "TOTAL SAR", 22), (380, 210, "13.80", 22),
            (60, 240, "VAT 15%", 18), (380, 240, "1.80", 18),
        ],
        width=520,
        height=600,
    )  # fmt: skip
    assert _read(doc).vendor_name == "AL NAHDI PHARMACY"  # type: ignore[attr-defined]
