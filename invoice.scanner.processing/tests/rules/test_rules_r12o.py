"""Bilingual Vietnamese VAT invoices as OCR reads them (invented pages): a label glossed in
brackets before its colon ("Đơn vị bán hàng (Seller) : …") gives its value, and the title
"HÓA ĐƠN GIÁ TRỊ GIA TĂNG" read without the letter under stacked marks ("GIÁ TR GIA TĂNG")
is still the title, never the seller's name."""

from __future__ import annotations

from rules_builders import sized_page

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules import RuleExtractor
from invoice_scanner_processing.extractors.rules.labels import find_labels


def _vat_invoice() -> OcrDocument:
    return sized_page(
        [
            (450, 120, "HÓA ĐON GIÁ TR GIA TĂNG", 60),
            (1210, 115, "Ký hiu (Serial) : 2C26TLM", 38),
            (1210, 150, "Ső (No.)", 38), (1410, 150, ":00000877", 34),
            (700, 185, "(VAT INVOICE)", 38),
            (500, 230, "Ngày (Date) 12 tháng (month) 03 nǎm (year) 2026", 40),
            (110, 300, "Đon vi bán hàng (Seller) : Công ty TNHH Hoa Lan Mai", 38),
            (110, 340, "Mã s thu (Tax code) : 0309876543", 38),
            (110, 380, "Đia chi (Address)", 38), (415, 380, ": 8 Lê Lợi, Quận 1, TP HCM", 38),
            (110, 530, "Tên don vi mua (Buyer)", 38), (510, 530, ": Công ty C phán Bình An", 38),
            (110, 1000, "Cng tin hàng (Total amount):", 38), (1370, 1000, "2.000.000", 40),
            (110, 1050, "Tiên thu GTGT (VAT amount):", 38), (1380, 1050, "200.000", 40),
            (110, 1100, "Tng cng tin thanh toán (Total payment):", 38),
            (1360, 1100, "2.200.000", 40),
        ],
        width=1654,
        height=2339,
    )  # fmt: skip


def test_a_label_glossed_in_brackets_before_its_colon_is_a_label() -> None:
    text = "Đon vi bán hàng (Seller) : Công ty TNHH Hoa Lan Mai"
    hits = [h for h in find_labels(text) if "vendor" in h.fields]
    assert hits
    assert text[hits[0].end :].strip(" :") == "Công ty TNHH Hoa Lan Mai"


def test_a_bracketed_word_without_a_colon_stays_no_label() -> None:
    assert not [h for h in find_labels("Nguyễn Văn (Seller) Minh") if "vendor" in h.fields]


def test_the_vietnamese_title_read_without_a_letter_is_no_seller() -> None:
    reading = RuleExtractor().predict(_vat_invoice())
    assert reading.fields.vendor_name == "Công ty TNHH Hoa Lan Mai"
    assert reading.confidence["vendor_name"] < 0.8
