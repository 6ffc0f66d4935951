"""A name that heads the first page with no rival is trusted (invented pages): a shop's sign
over its address, alone, goes through; the same sign with a legal name in the footer, with a
word line under it that may carry the name on, or half Latin and half Greek letters, stays
held, because hand-keyed sets differ on which of two names is the seller's or the OCR misread
it."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor

_BODY = [
    (60, 300, "Rcpt 00417", 26), (500, 300, "14/03/2026 09:41", 26),
    (60, 360, "Flat white", 26), (560, 360, "4.50", 26),
    (60, 400, "Almond croissant", 26), (560, 400, "5.20", 26),
    (60, 460, "TOTAL", 30), (560, 460, "9.70", 30),
    (60, 500, "CARD", 26), (560, 500, "9.70", 26),
]  # fmt: skip


def _receipt(head: list[tuple[float, float, str, float]], foot=()) -> OcrDocument:  # type: ignore[no-untyped-def]
    return sized_page([*head, *_BODY, *foot], width=700, height=1100)


def _vendor(doc: OcrDocument) -> tuple[str | None, float]:
    reading = RuleExtractor().predict(doc)
    return reading.fields.vendor_name, reading.confidence.get("vendor_name", 0.0)


_SIGN = [(150, 40, "MOSSGIEL BAKEHOUSE", 44), (160, 110, "27 Harbour Row, Oban", 24)]


def test_a_sign_alone_at_the_head_of_the_page_is_trusted() -> None:
    name, conf = _vendor(_receipt(_SIGN))
    assert name == "MOSSGIEL BAKEHOUSE"
    assert conf >= 0.8


def test_a_legal_name_elsewhere_on_the_page_keeps_the_sign_held() -> None:
    name, conf = _vendor(_receipt(_SIGN, [(60, 900, "Mossgiel Foods Ltd · Co. No. 561234", 22)]))
    assert name is not None
    assert conf < 0.8


def test_a_word_line_under_the_sign_keeps_it_held() -> None:
    head = [(150, 40, "MOSSGIEL", 44), (190, 92, "BAKEHOUSE", 30), (160, 140, "27 Harbour Row", 24)]
    _name, conf = _vendor(_receipt(head))
    assert conf < 0.8


def test_a_sign_read_in_two_scripts_stays_held() -> None:
    # "ΤΑΒΕΡΝΑ" read partly as Latin capitals.
    head = [(150, 40, "TABEPNA O ΜΙΧΑΛΗΣ", 44), (160, 110, "Οδός Αθηνάς 12", 24)]
    _name, conf = _vendor(_receipt(head))
    assert conf < 0.8


def test_the_same_sign_repeated_with_its_legal_form_is_no_rival() -> None:
    name, conf = _vendor(
        _receipt(
            [(150, 40, "Mossgiel Bakehouse Ltd", 44), (160, 110, "27 Harbour Row", 24)],
            [(60, 900, "Mossgiel Bakehouse Ltd, Oban", 22)],
        )
    )
    assert name == "Mossgiel Bakehouse Ltd"
    assert conf >= 0.8


def test_a_legal_line_with_a_zero_read_for_an_o_is_a_rival() -> None:
    """OCR reads the o of a dotted legal form as a zero ("d.o.0."): still a legal name of
    another spelling under the sign, so the sign stays held."""
    head = [(150, 40, "KAVARNA POD BOROM", 44), (170, 100, "Borovec Gostinstvo d.o.0.", 26)]
    _name, conf = _vendor(_receipt(head))
    assert conf < 0.8
