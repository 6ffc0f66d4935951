"""A footer's parts separated by a middle dot that OCR glued to the word before it
("Hotelgruppe Seeblick GmbH· Hafenstr. 4· 24103 Kiel", invented): the legal name is still a
part of its own, so its legal form is seen."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.lexicon import legal_form
from invoice_scanner_processing.extractors.rules.names import _name_parts

_FOOT = "Hotelgruppe Seeblick GmbH· Hafenstr. 4· 24103 Kiel · Amtsgericht Kiel HRB 4411"


def test_a_glued_middle_dot_separates_the_parts_of_a_line() -> None:
    parts = _name_parts(_FOOT)
    assert parts[:3] == ["Hotelgruppe Seeblick GmbH", "Hafenstr. 4", "24103 Kiel"]
    assert legal_form(parts[0])


def test_a_hyphenated_name_is_not_split() -> None:
    assert _name_parts("Müller-Lüdenscheidt GmbH") == ["Müller-Lüdenscheidt GmbH"]


def test_the_footers_legal_name_is_read_beside_the_hotels_sign() -> None:
    doc = sized_page(
        [
            (500, 100, "SEEBLICK", 64),
            (560, 180, "HOTEL · KIEL", 40),
            (1000, 330, "Rechnung Nr.", 40), (1350, 330, "2026/55120", 40),
            (1000, 380, "Datum", 40), (1350, 380, "12.03.2026", 40),
            (160, 360, "Nordlicht Beratung GmbH", 38),
            (160, 400, "Am Kai 5, 20457 Hamburg", 38),
            (160, 700, "Übernachtung", 40), (1350, 700, "300,00", 40),
            (160, 760, "Netto", 40), (1350, 760, "280,37", 40),
            (160, 810, "MwSt 7 %", 40), (1350, 810, "19,63", 40),
            (160, 860, "Gesamt EUR", 40), (1350, 860, "300,00", 40),
            (160, 2130, _FOOT, 30),
        ]
    )  # fmt: skip
    reading = RuleExtractor().predict(doc)
    assert reading.fields.vendor_name == "Hotelgruppe Seeblick GmbH"
