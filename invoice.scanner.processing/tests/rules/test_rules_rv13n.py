"""Review of round 13n: invented pages the round's rules read wrong."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor


def test_a_tills_sum_in_kr_before_a_capitalised_word_is_kronor() -> None:
    # A Swedish till prints its sum as "Totalt 1250 KR Kort": four digits, "KR" and a
    # capitalised word, as a Dutch postcode "2011 KR Haarlem" does, but after a label.
    doc = sized_page(
        [
            (300, 80, "Hemköp Sundbyberg", 36), (300, 130, "Org.nr 556677-8899", 22),
            (200, 240, "Datum 2026-03-02 14:33", 22),
            (200, 300, "Presentkort 1000", 24),
            (200, 340, "Blommor 250", 24),
            (200, 420, "Totalt 1250 KR Kort", 26),
        ],
        width=1200,
        height=900,
    )  # fmt: skip
    assert RuleExtractor().predict(doc).fields.currency == "SEK"
