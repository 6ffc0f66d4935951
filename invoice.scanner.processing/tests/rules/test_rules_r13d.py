"""South-East Asian till receipts (invented): a hyphen-grouped receipt id after a short label or
alone on its line, the whole id after "No." over a till's short counter, a Philippine page's
month-first date, Thailand's "(Abb.)" for the baht, a net printed as "Before VAT" under a
"Net Total", a promotion taken off the subtotal; the seller's name: a sign's first word read as
an addressee's "An", a legal name set over two lines, a legal form before the name rivalling
the sign."""

from __future__ import annotations

from collections.abc import Sequence

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.extractor import Prediction


def _predict(doc: OcrDocument) -> Prediction:
    return RuleExtractor().predict(doc)


def _receipt(
    head: Sequence[tuple[float, float, str, float]],
    foot: Sequence[tuple[float, float, str, float]] | None = None,
) -> OcrDocument:
    """A till receipt on a narrow roll: ``head`` lines over three items, a subtotal, a tax and
    a total (``foot`` replaces the lines from the subtotal on)."""
    lines = [
        *head,
        (40, 400, "Teh Tarik", 18), (380, 400, "12.00", 18),
        (40, 430, "Roti Bakar", 18), (380, 430, "18.00", 18),
        (40, 460, "Nasi Goreng", 18), (380, 460, "70.00", 18),
        *(
            foot
            or [
                (40, 510, "Subtotal", 18), (380, 510, "100.00", 18),
                (40, 540, "Tax 10%", 18), (380, 540, "10.00", 18),
                (40, 570, "TOTAL", 20), (380, 570, "110.00", 20),
            ]
        ),
    ]  # fmt: skip
    return sized_page(lines, width=520, height=800)


_SIGN = (150, 30, "LOTUS CORNER", 30)
_ADDRESS = (60, 110, "Jl. Melati Raya 22, Bogor", 16)


def test_a_grouped_id_after_a_short_receipt_label_is_the_number() -> None:
    doc = _receipt([_SIGN, _ADDRESS, (60, 150, "Struk #LTC-BGR2-260411-0093", 16)])
    assert _predict(doc).fields.invoice_number == "LTC-BGR2-260411-0093"


def test_a_grouped_id_alone_on_its_line_under_a_bill_word_is_the_number() -> None:
    doc = _receipt([_SIGN, _ADDRESS, (60, 150, "Bill", 16), (60, 175, "Q-26-118204", 16)])
    assert _predict(doc).fields.invoice_number == "Q-26-118204"


def test_a_grouped_id_after_no_beats_the_tills_short_counter() -> None:
    head = [
        _SIGN, _ADDRESS,
        (60, 140, "TIN 009-442-118-00012", 16),
        (60, 165, "R#0031187", 16),
        (60, 190, "No. 00310-00412-260115-0091", 16),
    ]  # fmt: skip
    assert _predict(_receipt(head)).fields.invoice_number == "00310-00412-260115-0091"


def test_a_grouped_id_in_a_mixed_line_after_a_marks_lost_label() -> None:
    doc = _receipt([_SIGN, _ADDRESS, (60, 150, "S HD: HN-260301-0412 Ban: B07", 16)])
    assert _predict(doc).fields.invoice_number == "HN-260301-0412"


def test_a_philippine_receipts_numeric_date_is_month_first() -> None:
    head = [
        _SIGN,
        (60, 110, "Ortigas Ave, Pasig", 16),
        (60, 135, "VAT REG TIN: 118-224-601-00003", 16),
        (60, 160, "SI No.: 00-118422", 16),
        (60, 185, "Date: 04/05/2026 Time: 11:02AM", 16),
    ]
    assert str(_predict(_receipt(head)).fields.invoice_date) == "2026-04-05"


def test_a_thai_abbreviated_tax_invoice_in_mixed_case_gives_the_baht() -> None:
    head = [_SIGN, (60, 110, "Receipt / Tax Invoice (Abb.)", 16), (60, 135, "Doc No.: 4471", 16)]
    assert _predict(_receipt(head)).fields.currency == "THB"


def test_a_net_before_vat_under_a_net_total_makes_the_net_and_the_tax() -> None:
    foot = [
        (40, 510, "Sub Total", 18), (380, 510, "100.00", 18),
        (40, 540, "Net Total", 18), (380, 540, "100.00", 18),
        (40, 570, "Before VAT", 18), (380, 570, "93.46", 18),
        (40, 600, "VAT 7%", 18), (380, 600, "6.54", 18),
        (40, 630, "Prices include VAT", 16),
    ]  # fmt: skip
    fields = _predict(_receipt([_SIGN, _ADDRESS], foot)).fields
    assert (str(fields.amount), str(fields.vat), str(fields.total)) == ("93.46", "6.54", "100.00")


def test_a_promotion_taken_off_the_subtotal_is_a_discount() -> None:
    foot = [
        (40, 510, "Subtotal", 18), (380, 510, "100.00", 18),
        (40, 540, "Promo Sore 10%", 18), (380, 540, "-10.00", 18),
        (40, 570, "PPN 11%", 18), (380, 570, "9.90", 18),
        (40, 600, "Total", 20), (380, 600, "99.90", 20),
    ]  # fmt: skip
    fields = _predict(_receipt([_SIGN, _ADDRESS], foot)).fields
    assert (str(fields.amount), str(fields.vat)) == ("90.00", "9.90")


def test_a_sign_opening_with_an_is_no_addressees_block() -> None:
    head = [
        (150, 30, "AN LAC MART", 30),
        (120, 80, "AN LAC TRADING CO., LTD.", 18),
        (60, 110, "12 Tran Phu, Ha Dong", 16),
    ]
    fields = _predict(_receipt(head)).fields
    assert fields.vendor_name is not None and "AN LAC" in fields.vendor_name


def test_a_legal_name_set_over_two_lines_under_the_sign_is_one_name() -> None:
    head = [
        (150, 30, "Harborview", 30),
        (110, 80, "HARBORVIEW CONVENIENCE", 18),
        (160, 100, "MARKETS CORP.", 18),
        (60, 130, "Roxas Blvd, Pasay", 16),
    ]
    assert _predict(_receipt(head)).fields.vendor_name == "HARBORVIEW CONVENIENCE MARKETS CORP."


def test_a_legal_form_before_the_name_rivals_the_sign() -> None:
    head = [
        (150, 30, "LA VIE CAFE", 30),
        (80, 80, "Cong ty TNHH Thuong mai Bao Minh", 16),
        (60, 110, "45 Le Loi, Q.1", 16),
    ]
    prediction = _predict(_receipt(head))
    assert prediction.fields.vendor_name == "LA VIE CAFE"
    assert prediction.confidence["vendor_name"] < 0.8
