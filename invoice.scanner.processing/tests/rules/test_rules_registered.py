"""A seller that prints a company register's number but never its registered name: the page is
addressed to a customer, the letterhead is a wordmark without a legal form, and the footer
prints "KvK …" or "FN …". The wordmark is reported, doubted (hand-keyed sets take the wordmark
or a registered name from elsewhere). Every document here is invented."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.schema import Prediction


def _invoice(footer: list[str], customer: str = "Factuur aan:") -> Prediction:
    lines = [
        (100, 80, "HOEKSTRA", 60),
        (100, 160, "transport en opslag sinds 1979", 22),
        (1100, 80, "Havenweg 12", 22),
        (1100, 110, "1041 AB Amsterdam", 22),
        (100, 320, customer, 22),
        (100, 350, "Bakkerij Smit B.V.", 22),
        (100, 380, "Dorpsstraat 4", 22),
        (100, 410, "1234 AB Zaandam", 22),
        (900, 320, "FACTUUR", 34),
        (900, 380, "Factuurnummer: 2026-0412", 22),
        (900, 410, "Factuurdatum: 12-03-2026", 22),
        (100, 900, "Omschrijving", 24),
        (1300, 900, "Bedrag", 24),
        (100, 950, "Opslag pallets maart 2026", 24),
        (1300, 950, "400,00", 24),
        (100, 1050, "Subtotaal", 24),
        (1300, 1050, "400,00", 24),
        (100, 1100, "BTW 21%", 24),
        (1300, 1100, "84,00", 24),
        (100, 1150, "Totaal EUR", 26),
        (1300, 1150, "484,00", 26),
    ]
    lines += [(100, 2100 + 35 * i, text, 20) for i, text in enumerate(footer)]
    return RuleExtractor().predict(sized_page(lines))


def test_a_wordmark_over_a_register_number_without_a_legal_name_is_doubted() -> None:
    # The footer's KvK number says the seller is a registered company; its registered name
    # ("Hoekstra Transport B.V."?) is printed nowhere.
    prediction = _invoice(["KvK 24318877 · BTW NL008204519B01", "IBAN NL42 RABO 0318 4477 20"])
    assert prediction.fields.vendor_name == "HOEKSTRA"
    assert (prediction.confidence.get("vendor_name") or 0) <= 0.75


def test_austrias_firmenbuch_number_counts_as_a_register() -> None:
    prediction = _invoice(["FN 412876 h · Landesgericht St. Pölten · UID ATU68419025"])
    assert prediction.fields.vendor_name == "HOEKSTRA"
    assert (prediction.confidence.get("vendor_name") or 0) <= 0.75


def test_a_vat_number_alone_is_no_register() -> None:
    # Control: a VAT number is a sole trader's too; the wordmark keeps its trust.
    prediction = _invoice(["BTW NL008204519B01", "IBAN NL42 RABO 0318 4477 20"])
    assert prediction.fields.vendor_name == "HOEKSTRA"
    assert (prediction.confidence.get("vendor_name") or 0) > 0.75


def test_a_legal_form_before_the_name_in_the_footer_prints_the_registered_name() -> None:
    # A French firm's footer opens with its form ("SELARL Hoekstra & Associés"): the
    # registered name is printed, so this rule has nothing to doubt.
    prediction = _invoice(["SELARL Hoekstra & Associés · RCS Paris 812 345 678"])
    assert (prediction.confidence.get("vendor_name") or 0) > 0.75
