"""Review of round 14h (rv14h): faults a reviewer found in 252428c, each passing on 4b983d1
and failing on 252428c. "BAM" in a firm's name is no currency; Bulgaria's leva printed beside
euro prices (2026) leave the page in euros; a Russian settlement account's "счёт №" is no
invoice number label."""

from __future__ import annotations

from decimal import Decimal

from rules_builders import sized_page

from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import detect_currency


def test_a_firm_named_bam_invoicing_in_euros_is_priced_in_euros() -> None:
    prediction = RuleExtractor().predict(
        sized_page(
            [
                (100, 60, "BAM Infra Nederland B.V.", 30),
                (100, 100, "Runnenburg 9, 3981 AZ Bunnik", 20),
                (1000, 200, "FACTUUR", 30),
                (1000, 250, "Factuurnummer: 2026-00417", 22),
                (1000, 280, "Factuurdatum: 11-03-2026", 22),
                (1000, 330, "Bedragen in EUR", 22),
                (100, 600, "Grondwerk fase 2", 22), (1300, 600, "1.000,00", 22),
                (100, 660, "BTW 21%", 22), (1300, 660, "210,00", 22),
                (100, 700, "Totaal", 26), (1300, 700, "1.210,00", 26),
                (100, 900, "BAM Infra Nederland B.V. - KvK 30062385 - BTW NL001234567B01", 18),
            ]
        )
    )  # fmt: skip
    fields = prediction.fields
    assert fields.total == Decimal("1210.00")
    assert fields.currency == "EUR"


def test_a_euro_receipt_with_its_leva_equivalent_is_in_euros() -> None:
    prediction = RuleExtractor().predict(
        sized_page(
            [
                (200, 60, "ЛАВКА ЕООД", 30),
                (200, 100, "гр. София, ул. Витоша 15", 20),
                (200, 130, "ЕИК 201234567", 20),
                (60, 200, "Хляб 1,53 € / 3,00 лв.", 22),
                (60, 230, "Мляко 1,28 € / 2,50 лв.", 22),
                (60, 300, "ОБЩО", 26), (600, 300, "2,81", 26),
                (60, 340, "12.03.2026 10:15", 20),
            ]
        )
    )  # fmt: skip
    fields = prediction.fields
    assert fields.total == Decimal("2.81")
    assert fields.currency == "EUR"


def test_a_euro_total_with_its_leva_equivalent_is_in_euros() -> None:
    assert detect_currency("Общо: 1 200,00 € (2 346,97 лв.)") == "EUR"


def test_a_settlement_account_is_no_invoice_number() -> None:
    prediction = RuleExtractor().predict(
        sized_page(
            [
                (100, 60, "Romashka LLC", 30),
                (100, 100, "Moscow, Russia", 20),
                (1000, 200, "INVOICE 2026-118", 30),
                (1000, 280, "Date: 10.03.2026", 22),
                (100, 600, "Services / Услуги", 22), (1300, 600, "1,000.00", 22),
                (100, 700, "Total / Итого USD", 26), (1300, 700, "1,000.00", 26),
                (100, 900, "Bank / Банк: ПАО Сбербанк, БИК 044525225", 20),
                (100, 930, "Расчётный счёт №: 40702810938000012345", 20),
            ]
        )
    )  # fmt: skip
    assert prediction.fields.invoice_number == "2026-118"


def test_a_nominal_code_cell_is_no_number_word() -> None:
    """ "N/C" heads a UK ledger's nominal code column, "C/N" a consignment note: neither is the
    word "number" in two languages (:func:`.collect._bare_label_cell`)."""
    from invoice_scanner_processing.extractors.rules.collect import _bare_label_cell

    assert not _bare_label_cell("N/C")
    assert not _bare_label_cell("C/N")
    assert _bare_label_cell("Nr./N.")
