# ruff: noqa: E501
"""Invented pages for round 13q (blind set 13q: garages, trades, clinics and DIY stores): the
letterhead's name printed again in the footer's legal line outranks another legal name in the
customer's window; a sentence under a tax word gives that tax no amount; a Nordic statement
that no VAT is charged leaves the VAT unknown."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _roofer(customer: str) -> OcrDocument:
    """A contractor's letterhead (its name, a tagline, address and VAT id on the right) over a
    customer's block with its own VAT id and no label, the legal name only in the footer."""
    return sized_page(
        [
            (1236, 147, "Kempische Steenweg 311", 33),
            (446, 192, "DAKWERKEN PEETERS", 50),
            (1377, 190, "3500 Hasselt", 33),
            (1272, 233, "BTW BE 0723.418.559", 33),
            (446, 256, "platte daken - hellende daken - zink", 33),
            (890, 408, customer, 40),
            (893, 444, "Industrieweg 14", 40),
            (890, 479, "3550 Heusden-Zolder", 40),
            (890, 509, "BTW BE 0456.789.123", 40),
            (178, 565, "FACTUUR", 59),
            (182, 636, "Factuurnr.:", 36), (353, 636, "26/0057", 36),
            (640, 636, "Datum:", 36), (814, 636, "12/03/2026", 36),
            (187, 791, "Plaatsen EPDM dakbedekking", 40), (1407, 791, "1.767,00", 40),
            (893, 1097, "Totaal excl. btw", 40), (1346, 1097, "€ 1.767,00", 40),
            (893, 1140, "Btw 0% - verlegd", 40), (1423, 1140, "€ 0,00", 40),
            (890, 1180, "Te betalen", 40), (1332, 1180, "€ 1.767,00", 40),
            (320, 2252, "Dakwerken Peeters BV - RPR Antwerpen - Algemene voorwaarden", 33),
        ],
        width=1700,
        height=2432,
        char_width=0.5,
    )  # fmt: skip


def test_the_letterheads_name_in_the_legal_line_outranks_the_customers_legal_name() -> None:
    pred = _predict(_roofer("Bouwonderneming Claes NV"))
    assert pred.fields.vendor_name == "Dakwerken Peeters BV"
    assert pred.fields.total == Decimal("1767.00")


def test_a_legal_line_that_repeats_no_letterhead_name_earns_nothing_from_it() -> None:
    """The footer's legal name is trusted for repeating the letterhead, not for being one: a
    footer naming someone else does not beat the window's legal name by that rule."""
    page = _roofer("Bouwonderneming Claes NV")
    footer = page.pages[0].lines[-1]
    footer.text = "Verzekerd bij Ethias NV - RPR Brussel - Algemene voorwaarden"
    assert _predict(page).fields.vendor_name != "Ethias NV"


def _clinic(statement: list[tuple[float, float, str, float]]) -> OcrDocument:
    return sized_page(
        [
            (1250, 142, "FAKTURA", 48),
            (177, 176, "Fysiokliniken Norrmalm AB", 60),
            (822, 322, "Fakturanummer", 34), (1329, 322, "10584", 34),
            (820, 349, "Fakturadatum", 34), (1329, 349, "2026-03-10", 34),
            (184, 587, "Beskrivning", 40), (1362, 587, "Belopp", 40),
            (182, 628, "Nybesök fysioterapi 60 min", 40), (1304, 628, "1 150,00 kr", 40),
            (182, 667, "Återbesök fysioterapi 30 min", 40), (1304, 667, "2 100,00 kr", 40),
            (933, 868, "Summa", 40), (1304, 868, "3 250,00 kr", 40),
            (933, 909, "Att betala", 40), (1252, 909, "3 250,00 kr", 40),
            *statement,
        ],
        width=1654,
        height=2339,
        char_width=0.45,
    )  # fmt: skip


def test_a_fee_in_the_sentence_under_a_tax_word_is_no_tax() -> None:
    """A wrapped "Ingen moms debiteras." starts its line with the tax word, and the line under
    it is the late-payment terms ending in a reminder fee: that fee is no VAT."""
    pred = _predict(
        _clinic(
            [
                (175, 1003, "Hälso- och sjukvård är enligt lagen befriad. Ingen", 40),
                (177, 1035, "moms debiteras.", 34),
                (175, 1072, "Vid betalning efter förfallodagen debiteras ränta samt avgift 60 kr.", 40),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vat is None or pred.fields.vat == 0
    assert pred.fields.amount == Decimal("3250.00")
    assert pred.fields.total == Decimal("3250.00")


def test_a_nordic_exemption_statement_leaves_the_vat_unknown() -> None:
    """The statement "Momsfri tjänst … undantagen från mervärdesskatt" states that no VAT is charged, as
    "Exento de IVA" and "Vrijgesteld van btw" do: the VAT is unknown, not a printed zero."""
    pred = _predict(
        _clinic(
            [
                (175, 1003, "Momsfri tjänst: vården är undantagen från mervärdesskatt. Ingen moms debiteras.", 40),
            ]
        )
    )  # fmt: skip
    assert pred.fields.vat is None
    assert pred.fields.amount == Decimal("3250.00")
