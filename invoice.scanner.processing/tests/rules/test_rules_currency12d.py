"""A Turkish till slip names no currency; its tax words and the tax office before the tax
number say where it is from, and so the currency, which is inferred (0.5). A rule added after
the blind set 2026-12d was studied; the slip here is invented."""

from __future__ import annotations

from collections.abc import Callable

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.currencies import infer_currency

Layout = Callable[..., OcrDocument]


def test_a_turkish_slip_without_a_currency_is_read_in_lira(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (300, 80, "YILDIZ KIRTASIYE"),
            (120, 130, "YILDIZ KAĞITÇILIK SAN. TİC. LTD. ŞTİ."),
            (200, 180, "ÇANKAYA V.D. 9876543210"),
            (100, 260, "TARİH : 02.12.2026"), (100, 300, "FİŞ NO: 0412"),
            (100, 380, "DEFTER %20"), (800, 380, "*60,00"),
            (100, 420, "KALEM %20"), (800, 420, "*30,00"),
            (100, 500, "TOPKDV"), (800, 500, "*15,00"),
            (100, 540, "TOPLAM"), (800, 540, "*90,00"),
            (100, 600, "NAKİT"), (800, 600, "*100,00"),
        ]
    )  # fmt: skip
    prediction = RuleExtractor().predict(doc)
    assert prediction.fields.currency == "TRY"
    assert prediction.confidence["currency"] == 0.5
    assert prediction.evidence["currency"]["inferred"] is True


def test_turkish_words_do_not_outvote_a_european_vat_id() -> None:
    text = "Ankara Handelskontor GmbH\nUSt-IdNr. DE123456789\nIBAN DE89 3704 0044 0532 0130 00"
    assert infer_currency(text) == "EUR"
    assert infer_currency("ÇANKAYA V.D. 9876543210\nKDV %20") == "TRY"
    assert infer_currency("Lieferschein 2026 V.D. Meyer") is None
