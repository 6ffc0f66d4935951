"""Seller names, third round: a legal name kept beside the one word a page leads with. Every
document here is invented."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor

CHAR_W = 0.55


def _page(lines: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(lines, width=1100, height=1800, char_width=CHAR_W)


def _read(doc: OcrDocument) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(doc)
    return reading.fields.vendor_name, reading.confidence.get("vendor_name", 0.0)


def _letter(wordmark: str, legal: str) -> OcrDocument:
    """A web shop's invoice: a one-word wordmark heading the page, the invoice's facts, the
    items, and the seller's legal name with its registration in the footer."""
    return _page(
        [
            (60, 60, wordmark, 70),
            (700, 80, "Faktura", 40),
            (700, 140, "Fakturanummer: 40017733", 26),
            (700, 180, "Fakturadatum: 2026-10-02", 26),
            (60, 300, "Kund: Ingrid Holm", 26),
            (60, 340, "Sjögatan 4, 411 05 Göteborg", 26),
            (60, 900, "Beskrivning", 30), (900, 900, "Belopp", 30),
            (60, 950, "Ullfilt 3 st", 30), (900, 950, "480,00", 30),
            (60, 1000, "Moms 25 %", 30), (900, 1000, "96,00", 30),
            (60, 1050, "Att betala", 30), (900, 1050, "576,00", 30),
            (100, 1700, f"{legal} · Org.nr 556677-8899 · Storgatan 9, 111 22 Stockholm", 22),
        ]
    )  # fmt: skip


def test_a_legal_name_saying_more_than_the_wordmark_heading_the_page_is_not_approved_unseen() -> (
    None
):
    """ "KESTREL" heads the page, "Kestrel Friluft AB" is the footer's legal name: either may
    be what a person types, so the name read is held for review."""
    name, confidence = _read(_letter("KESTREL", "Kestrel Friluft AB"))
    assert name is not None and name.casefold().startswith("kestrel")
    assert confidence < 0.8


def test_a_wordmark_that_is_the_whole_legal_names_core_leaves_it_trusted() -> None:
    """ "KESTREL" and "Kestrel AB" are one name once the legal form is set aside."""
    name, confidence = _read(_letter("KESTREL", "Kestrel AB"))
    assert name is not None and name.casefold().startswith("kestrel")
    assert confidence >= 0.8


def test_a_title_in_capitals_before_the_legal_name_is_no_part_of_it() -> None:
    """A large "RECHNUNG" beside the seller's name on the same line of the text layer, or
    glued to it by OCR: the name without the title."""
    from invoice_scanner_processing.extractors.rules.names import _clean_name

    assert _clean_name("RECHNUNG Bergmann Bürobedarf UG") == "Bergmann Bürobedarf UG"
    assert _clean_name("INVOICEAcme Supplies Ltd") == "Acme Supplies Ltd"
    assert _clean_name("FACTURE Dupont Frères SARL") == "Dupont Frères SARL"
    # Without a legal form after it, or in ordinary case, the words stay.
    assert _clean_name("Invoice Bank Ltd") == "Invoice Bank Ltd"
    assert _clean_name("RECHNUNG Bergmann") == "RECHNUNG Bergmann"


def test_a_brand_heading_the_page_over_another_legal_name_is_not_approved_unseen() -> None:
    """ "ORBITAL" heads the page, the seller's legal name is "Kestrel Friluft AB": the page
    names the business twice, differently, so a person decides."""
    name, confidence = _read(_letter("ORBITAL", "Kestrel Friluft AB"))
    assert name is not None and name.casefold().startswith("kestrel")
    assert confidence < 0.8


def test_the_owners_line_after_a_comma_is_a_part_of_its_own() -> None:
    """A sole trader's name, a comma and its owner ("…e.K., Inh. …") on one line: two parts,
    so the owner's line is never read into the seller's name."""
    from invoice_scanner_processing.extractors.rules.names import _name_parts

    assert _name_parts("Malerbetrieb Krause e.K., Inh. Sven Krause · Hauptstr. 4") == [
        "Malerbetrieb Krause e.K.",
        "Inh. Sven Krause",
        "Hauptstr. 4",
    ]
    assert _name_parts("Müller, Schmidt & Partner") == ["Müller, Schmidt & Partner"]


def test_a_credit_notes_title_is_no_wordmark() -> None:
    """ "Abono" heading a Spanish credit note is its title, not a brand beside the seller."""
    from invoice_scanner_processing.extractors.rules.lexicon import TITLES, compact

    assert {compact(t) for t in ("Abono", "Nota de crédito", "Storno")} <= TITLES


def test_capitals_inside_a_word_of_a_spaced_name_are_kept() -> None:
    """Brands spell themselves with inner capitals; a name without any space is still taken
    apart at its case changes (OCR glued it)."""
    from invoice_scanner_processing.extractors.rules.names import _clean_name

    assert _clean_name("FunkNetz Mobil GmbH") == "FunkNetz Mobil GmbH"
    assert _clean_name("TaxiCentrale Utrecht B.V.") == "TaxiCentrale Utrecht B.V."
    assert _clean_name("NordicSuppliesAB") == "Nordic Supplies AB"
