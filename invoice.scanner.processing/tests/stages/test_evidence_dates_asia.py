"""Evidence finds the dates the rule reader parses in East Asian, Thai Buddhist-era and
Vietnamese forms, and its prefilter still keeps every rendering."""

from __future__ import annotations

from datetime import date

import pytest

from invoice_scanner_processing.documents import BBox, OcrLine, OcrPage, OcrWord
from invoice_scanner_processing.stages.evidence import _required, date_variants, locate


def _line(text: str, x: float = 40, y: float = 60) -> OcrLine:
    words, cursor = [], x
    for part in text.split(" "):
        box = BBox(x0=cursor, y0=y, x1=cursor + len(part) * 10, y1=y + 20)
        words.append(OcrWord(text=part, bbox=box))
        cursor += (len(part) + 1) * 10
    return OcrLine(text=text, bbox=BBox(x0=x, y0=y, x1=cursor - 10, y1=y + 20), words=words)


def _page(*lines: OcrLine) -> OcrPage:
    return OcrPage(
        page_number=1, width=1000, height=2000, source="ocr", engine="t", lines=list(lines)
    )


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("発行日 2027年3月4日(木) 12:30", date(2027, 3, 4)),
        ("开票日期：2027年03月04日", date(2027, 3, 4)),
        ("거래일시 2027년 3월 4일 14:05", date(2027, 3, 4)),
        ("2027 년 03 월 04 일", date(2027, 3, 4)),
        ("วันที่ 04/03/2570 09:12", date(2027, 3, 4)),
        ("Date 4.3.70", date(2027, 3, 4)),
        ("Ngày 04 tháng 03 năm 2027", date(2027, 3, 4)),
        ("Ngày (Date) 4 tháng (month) 3 năm (year) 2027", date(2027, 3, 4)),
        ("NGAY 4 THANG 3 NAM 2027", date(2027, 3, 4)),
    ],
)
def test_dates_of_east_asia_thailand_and_vietnam_are_found(printed: str, value: date) -> None:
    found = locate("invoice_date", value, [_page(_line("KASSE 3"), _line(printed, y=200))])
    assert found is not None
    assert found.bbox[1] > 0.09  # on the date's line, not the header's


@pytest.mark.parametrize(
    "printed", ["2027年3月5日", "04/03/2571", "Ngày 4 tháng 3 năm 2028", "4 tháng 30 năm 2027"]
)
def test_another_date_in_those_forms_is_not_taken(printed: str) -> None:
    assert locate("invoice_date", date(2027, 3, 4), [_page(_line(printed))]) is None


def test_a_buddhist_era_year_is_not_the_common_years_digits() -> None:
    value = date(2027, 3, 4)
    assert "27" not in "04/03/2570"
    assert any(part in "04/03/2570" for part in _required(value))
    for day in (value, date(2031, 12, 9), date(2000, 1, 1)):
        assert all(any(r in v for r in _required(day)) for v in date_variants(day)), day


@pytest.mark.parametrize(
    ("printed", "value"),
    [
        ("Fecha:07/03/202719:02", date(2027, 3, 7)),
        ("2027-03-0708:15", date(2027, 3, 7)),
        ("2027/03/0711:40:09", date(2027, 3, 7)),
        ("FECHA:07/MAR/2027", date(2027, 3, 7)),
        ("7th March, 2027", date(2027, 3, 7)),
        ("07 March, 2027", date(2027, 3, 7)),
    ],
)
def test_dates_glued_to_a_time_or_with_a_month_between_slashes(printed: str, value: date) -> None:
    assert locate("invoice_date", value, [_page(_line(printed))]) is not None


@pytest.mark.parametrize(
    ("printed", "value"),
    [("07/03/2027190", date(2027, 3, 7)), ("2027-03-071", date(2027, 3, 7))],
)
def test_a_date_glued_to_more_digits_than_a_time_is_not_taken(printed: str, value: date) -> None:
    assert locate("invoice_date", value, [_page(_line(printed))]) is None
