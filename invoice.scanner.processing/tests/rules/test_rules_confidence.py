"""Per-field confidence follows the evidence: labelled and unambiguous is high, guessed or
contradicted is low. The evaluation stage approves at a mean header confidence of 0.9, so both
directions matter."""

from __future__ import annotations

from collections.abc import Callable

from rules_builders import layout

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.collect import _collect
from invoice_scanner_processing.extractors.rules.lexicon import compact
from invoice_scanner_processing.extractors.rules.model import _Doc
from invoice_scanner_processing.extractors.rules.parsing import dayfirst_votes
from invoice_scanner_processing.extractors.rules.scoring import _read_confidence, choose

Layout = Callable[..., OcrDocument]


def _invoice(meta: list[tuple[float, float, str]], total: str = "EUR 119,00") -> OcrDocument:
    return layout(
        [
            (100, 80, "Beispiel Handel GmbH"),
            (100, 110, "Hauptstraße 5"),
            (1100, 80, "RECHNUNG"),
            *meta,
            (1000, 800, "Nettobetrag"),
            (1400, 800, "EUR 100,00"),
            (1000, 830, "MwSt. 19 %"),
            (1400, 830, "EUR 19,00"),
            (1000, 860, "Gesamtbetrag"),
            (1400, 860, total),
        ]
    )


def test_clearly_labelled_fields_are_confident() -> None:
    doc = _invoice(
        [
            (1000, 300, "Rechnungsnummer: RE-2024-0815"),
            (1000, 330, "Rechnungsdatum: 21.12.2024"),
            (1000, 360, "Fällig am: 04.01.2025"),
        ]
    )
    p = RuleExtractor().predict(doc)
    for name in ("invoice_number", "invoice_date", "due_date", "amount", "vat", "total"):
        assert p.confidence[name] >= 0.9, name
    assert p.confidence["currency"] >= 0.95  # the ISO code is printed on the total
    header = [p.confidence.get(n, 0.5) for n in ("vendor_name", "currency")]
    assert min(header) >= 0.85


def test_day_month_order_guessed_from_the_locale_only_is_less_sure() -> None:
    sure = _invoice([(1000, 330, "Rechnungsdatum: 21.12.2024")])
    guessed = _invoice([(1000, 330, "Rechnungsdatum: 03.04.2024")])
    settled = _invoice(
        [(1000, 330, "Rechnungsdatum: 03.04.2024"), (1000, 360, "Lieferdatum: 28.03.2024")]
    )
    extractor = RuleExtractor()
    c_sure = extractor.predict(sure).confidence["invoice_date"]
    c_guessed = extractor.predict(guessed).confidence["invoice_date"]
    c_settled = extractor.predict(settled).confidence["invoice_date"]
    assert c_guessed < 0.9 <= c_settled <= c_sure


def test_conflicting_labelled_numbers_lower_the_confidence() -> None:
    one = _invoice([(1000, 300, "Rechnungsnummer: RE-1001")])
    two = _invoice(
        [(1000, 300, "Rechnungsnummer: RE-1001"), (1000, 330, "Rechnungsnummer: RE-2002")]
    )
    extractor = RuleExtractor()
    assert extractor.predict(one).confidence["invoice_number"] >= 0.9
    assert extractor.predict(two).confidence["invoice_number"] < 0.75


def test_absent_due_date_is_a_confident_null() -> None:
    # No due-date label anywhere (a receipt): null is the answer. A due label whose date
    # cannot be read is a weaker null.
    extractor = RuleExtractor()
    p = extractor.predict(_invoice([(1000, 330, "Rechnungsdatum: 21.12.2024")]))
    assert p.fields.due_date is None
    assert p.confidence["due_date"] >= 0.85
    assert "due_date" not in p.evidence
    unread = _invoice([(1000, 330, "Rechnungsdatum: 21.12.2024"), (1000, 360, "Fällig am: —")])
    q = extractor.predict(unread)
    assert q.fields.due_date is None
    assert q.confidence["due_date"] < p.confidence["due_date"]


def test_currency_confidence_by_evidence() -> None:
    extractor = RuleExtractor()
    code = extractor.predict(_invoice([], total="EUR 119,00")).confidence["currency"]
    symbol = extractor.predict(_invoice([], total="119,00 €")).confidence["currency"]
    assert code >= 0.95 and symbol >= 0.95
    # A second currency on the page makes the reading weaker.
    mixed = _invoice([(100, 1500, "Wechselkurs: 1 USD = 0,92 EUR")])
    assert extractor.predict(mixed).confidence["currency"] < code


def test_legal_form_misread_by_ocr_is_repaired(make_layout: Layout) -> None:
    doc = make_layout(
        [
            (100, 80, "Fiorentino S.r.I."),
            (100, 110, "Via Roma 12"),
            (100, 140, "50123 Firenze"),
            (1000, 300, "Numero fattura: 2024/77"),
            (1000, 800, "Totale"),
            (1400, 800, "€ 122,00"),
        ]
    )
    p = RuleExtractor().predict(doc)
    assert p.fields.vendor_name == "Fiorentino S.r.l."


def test_vendor_cut_off_at_the_page_edge_is_not_trusted(make_layout: Layout) -> None:
    # A name wider than a till slip runs off the image: what is left may be cut.
    doc = make_layout(
        [
            (0, 20, "äfer & Rheinland UG (haftungsbeschränl"),
            (208, 60, "Schillerstraße 24"),
            (39, 300, "Summe"),
            (497, 300, "12,00 €"),
        ],
        width=342,
        height=1000,
    )
    p = RuleExtractor().predict(doc)
    assert p.fields.vendor_name is not None
    assert p.confidence["vendor_name"] <= 0.6


def test_dayfirst_votes() -> None:
    assert dayfirst_votes(["13/01/2024", "14.02.2024"]) == 2
    assert dayfirst_votes(["01/13/2024"]) == -1
    assert dayfirst_votes(["03/04/2024", "2024-01-13"]) == 0


def test_name_merged_with_the_next_column_is_cut_and_distrusted(make_layout: Layout) -> None:
    # OCR merged the footer's name with the phone number beside it.
    doc = make_layout(
        [
            (133, 2100, "Weißdorn Druckerei UG (haftungsbeschränkt) Tel. 09 06 964 96 82"),
            (133, 2130, "Hauptstraße 6"),
            (1000, 300, "Rechnungsnummer: RE-1"),
            (1000, 800, "Gesamtbetrag"),
            (1400, 800, "119,00 €"),
        ]
    )
    p = RuleExtractor().predict(doc)
    assert p.fields.vendor_name == "Weißdorn Druckerei UG (haftungsbeschränkt)"
    assert p.confidence["vendor_name"] < 0.5


def test_choose_is_the_seam_from_candidates_to_a_field(make_layout: Layout) -> None:
    doc = _Doc(
        make_layout(
            [
                (100, 100, "Invoice No: INV-7"),
                (100, 140, "IBAN: DE89 3704 0044 0532 0130 00"),
                (900, 100, "Date: 2024-03-01"),
            ]
        )
    )
    cands = _collect(doc)
    chosen = choose("invoice_number", cands["invoice_number"], doc)
    assert chosen is not None
    number, conf = chosen
    assert number.value == "INV-7"
    assert conf == _read_confidence(number, cands["invoice_number"], compact)
    iban = choose("iban", cands["iban"], doc)
    assert iban is not None and iban[0].value == "DE89370400440532013000"
    assert iban[1] == iban[0].score
    assert choose("bic", cands.get("bic"), doc) is None
