"""Layout memory geometry on hand-made pages: learn a place beside a label, read it again on a
shifted page, keep equal values apart, match suppliers by identifiers and layout."""

from __future__ import annotations

from invoice_scanner_common import layout_memory as lm
from invoice_scanner_common import supplier_match as sm

W, H = 1700.0, 2200.0


def page(rows: list[list[tuple[str, float]]], dx: float = 0.0, dy: float = 0.0) -> lm.Page:
    """Rows of (text, x) words, 60 px apart, 30 px high, 18 px per character."""
    words = []
    for i, row in enumerate(rows):
        y = 100 + 60 * i + dy
        for text, x in row:
            words.append(lm.Word(text, x + dx, y, x + dx + 18 * len(text), y + 30))
    return lm.Page(1, W, H, tuple(words))


def invoice(number: str, day: str, net: str, total: str, **shift: float) -> lm.Page:
    return page(
        [
            [("Nordic", 100), ("Paper", 230), ("AB", 350)],
            [("Voucher:", 1000), (number, 1250)],
            [("Written", 1000), (day, 1250)],
            [("Bill", 100), ("to", 190)],
            [("Net", 1000), (net, 1400)],
            [("VAT", 1000), ("0.00", 1400)],
            [("To", 1000), ("settle", 1060), (total, 1400)],
        ],
        **shift,
    )


def test_a_value_is_learned_beside_its_label_and_read_on_a_shifted_page() -> None:
    first = invoice("A-1001", "03.02.2026", "100.00", "100.00")
    where = lm.learn({"invoice_number": "A-1001", "invoice_date": "2026-02-03"}, [first])
    assert where["invoice_number"]["anchor"] == ["voucher"]
    assert where["invoice_date"]["anchor"] == ["written"]
    assert where["invoice_date"]["hint"] == "dmy"

    # The next invoice: other values, the whole scan shifted by 40 and 25 px.
    later = invoice("B-77", "28.03.2026", "80.00", "80.00", dx=40, dy=25)
    text, _ = lm.read_place(where["invoice_number"], later) or ("", ())
    assert text == "B-77"
    text, _ = lm.read_place(where["invoice_date"], later) or ("", ())
    assert text == "28.03.2026"


def test_equal_net_and_total_get_their_own_places() -> None:
    first = invoice("A-1001", "03.02.2026", "100.00", "100.00")
    where = lm.learn({"amount": "100.00", "total": "100.00"}, [first])
    assert where["total"]["anchor"] == ["to", "settle"]
    assert where["amount"]["anchor"] == ["net"]
    later = invoice("B-77", "28.03.2026", "80.00", "96.00")
    assert (lm.read_place(where["total"], later) or ("",))[0] == "96.00"
    assert (lm.read_place(where["amount"], later) or ("",))[0] == "80.00"


def test_a_missing_label_reads_nothing() -> None:
    first = invoice("A-1001", "03.02.2026", "100.00", "100.00")
    where = lm.learn({"invoice_number": "A-1001"}, [first])
    other = page([[("Invoice", 1000), ("B-77", 1250)]])
    assert lm.read_place(where["invoice_number"], other) is None


def test_named_dates_are_located_only_as_a_whole() -> None:
    p = page([[("Issued", 100), ("14", 300), ("février", 360), ("2025", 520), ("28", 700)]])
    assert lm.learn({"invoice_date": "2025-02-14"}, [p])["invoice_date"]["hint"] == "name"
    # OCR read the O of October as a zero: still that date.
    ocr = page([[("Raised:", 100), ("12", 800), ("0ctober", 874), ("2022", 1070)]])
    assert lm.learn({"invoice_date": "2022-10-12"}, [ocr])["invoice_date"]["anchor"] == ["raised"]
    # "février 2025 28" holds the day 28 and the year but is no date.
    assert "due_date" not in lm.learn({"due_date": "2025-02-28"}, [p])


def test_supplier_match_by_identifier_name_and_layout() -> None:
    fp = lm.fingerprint([invoice("A-1", "03.02.2026", "1.00", "1.00")])
    known = [
        {
            "id": "s1",
            "vat_id": "SE556677889901",
            "iban": None,
            "name_key": sm.normalise_name("Nordic Paper AB"),
            "layouts": [{"id": 1, "version": 1, "fingerprint": fp}],
        }
    ]
    by_vat = sm.match_supplier({"vendor_vat_id": "SE 5566 7788 9901"}, [], known)
    assert by_vat is not None and by_vat.matched_by == ("vat_id",) and by_vat.confidence >= 0.9
    by_all = sm.match_supplier({"vendor_name": "NORDIC PAPER"}, fp, known)
    assert by_all is not None and set(by_all.matched_by) == {"name", "layout"}
    assert by_all.layout_id == 1
    # The layout alone names the supplier, unless an identifier on the page says otherwise.
    assert sm.match_supplier({}, fp, known) is not None
    assert sm.match_supplier({"vendor_vat_id": "DE123456789"}, fp, known) is None
    assert sm.match_supplier({"vendor_name": "Someone Else"}, [1, 2, 3], known) is None


def test_fingerprints_keep_the_words_that_stay() -> None:
    a = lm.fingerprint([invoice("A-1", "03.02.2026", "1.00", "1.00")])
    b = lm.fingerprint([page([[("Voucher", 1), ("Written", 2), ("Other", 3), ("Words", 4)]])])
    assert sm.containment(a, a) == 1.0
    assert 0 < sm.containment(a, b) < 1
    assert sm.merge_fingerprints(a, b) == a  # too few shared words to shrink to


def test_a_rate_between_label_and_value_is_not_the_label() -> None:
    first = page([[("VAT", 1000), ("20", 1100), ("%", 1150), ("25.00", 1400)]])
    where = lm.learn({"vat": "25.00"}, [first])
    assert where["vat"]["anchor"] == ["vat"]
    later = page([[("VAT", 1000), ("5.5%", 1100), ("5.50", 1418)]])
    assert (lm.read_place(where["vat"], later) or ("",))[0] == "5.50"
