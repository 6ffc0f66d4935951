"""VAT summaries printed apart from the labelled amounts: the breakdown table (rate, net, VAT
per row) and a summary's totals row (net, VAT and gross after a total word)."""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal

from invoice_scanner_processing.extractors.rules.lexicon import compact
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
from invoice_scanner_processing.extractors.rules.parsing import find_amounts
from invoice_scanner_processing.extractors.rules.segments import Segment
from invoice_scanner_processing.schema import CENT

_CENT = CENT

#: First words of a VAT summary table's totals row ("Gesamt 19,94 2,06 22,00").
_TOTAL_ROW_WORDS = frozenset(
    compact(w)
    for w in (
        "total", "totals", "gesamt", "summe", "tot", "totaal", "totale", "totalt", "razem",
        "suma", "sum", "somme", "summa", "i alt", "total general", "totales",
    )
)  # fmt: skip


#: A rate as the page prints it: "21%", "Cota TVA: 21 %".
_PRINTED_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def _vat_table_totals(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A row that starts with a total word and holds exactly three amounts where the first
    two add up to the third is a VAT summary's totals row: net, VAT and gross, in that
    order, as receipts and many invoices print them. With two amounts only, the second
    must be the first at a rate the page prints ("Cota TVA: 21%" above "Total 19.040,00
    3.998,40"): the item table's net and VAT columns summed; or the first the tax at such a
    rate on what it leaves of the second: the VAT and gross columns summed."""
    rates = {
        Decimal(m.group(1).replace(",", ".")) for m in _PRINTED_RATE.finditer(doc.full_text)
    } & set(RATES[1:])
    for page in doc.pages:
        for row in page.rows:
            if not row or compact(row[0].text.split()[0] if row[0].text.split() else "") not in (
                _TOTAL_ROW_WORDS
            ):
                continue
            text = " ".join(s.text for s in row)
            head = row[0].text.split()[0]
            amounts = [a.value for a in find_amounts(text[len(head) :]) if a.decimals]
            read: tuple[tuple[str, Decimal], ...] = ()
            if len(amounts) == 3:
                net, vat, gross = amounts
                if 0 <= vat < net and abs(net + vat - gross) <= _CENT:
                    read = (("net", net), ("vat", vat), ("total", gross))
            elif len(amounts) == 2 and any(
                abs(amounts[0] * r / 100 - amounts[1]) <= _CENT for r in rates
            ):
                # The gross is not printed in this row: the page's own total line has it.
                read = (("net", amounts[0]), ("vat", amounts[1]))
            elif len(amounts) == 2 and any(
                abs((amounts[1] - amounts[0]) * r / 100 - amounts[0]) <= _CENT for r in rates
            ):
                # The item table's tax and total columns summed ("TOTAL: ₹16,091.54
                # ₹1,05,489.00" under "Tax Amount" and "Total Amount", 18 % printed): the
                # net is what the tax leaves of the total.
                vat, gross = amounts
                read = (("net", gross - vat), ("vat", vat), ("total", gross))
            for key, value in read:
                cands.setdefault(key, []).append(
                    Candidate(value, 0.92, row[-1], text, label="vat table")
                )


#: A rate cell: "19 %", "A 19 %", "10% items", and a GST summary's tax code before the rate
#: ("SR @ 6%", "ZR @ 0%", "S = 6%", "Z 0%").
_RATE_CELL = re.compile(
    r"^\s*(?:[A-Z]\s+|[A-Z]{1,3}\s*[@=]\s*|[A-Z]{2,3}\s+)?(\d{1,2}(?:[.,]\d{1,2})?)\s?%"
    r"(?:\s+[^\W\d_]+)?\s*$"
)

#: A rate printed without its sign, in a column headed "%IVA" or "Rate": "22,00", "4".
_BARE_RATE_CELL = re.compile(r"^\s*(\d{1,2}(?:[.,]\d{1,2})?)\s*$")

#: VAT and sales-tax rates in use in the markets we read, in percent.
RATES = tuple(
    Decimal(r)
    for r in (
        "0", "2.1", "2.5", "2.6", "3", "3.7", "4", "5", "5.5", "6", "7", "7.7", "8", "8.1", "9",
        "10", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25",
        "25.5", "27",
    )
)  # fmt: skip


@dataclass
class _VatTable:
    net: Decimal
    vat: Decimal
    segment: Segment
    rates: int
    #: ids of the segments in the rows read, whose amounts are per-rate, not the sums.
    cells: set[int]
    #: The gross sum, where every row read prints its gross (net + VAT) after the VAT.
    gross: Decimal | None = None


def _vat_table(doc: _Doc) -> _VatTable | None:
    """Sums of a VAT breakdown table: rows holding a rate cell ("19 %", "A 19 %") followed by
    a net and a VAT amount (and maybe the gross) that agree with the rate to the cent. The
    largest row per rate stands for that rate, so that item rows of one rate and their summary
    row are not added twice."""
    best: dict[Decimal, tuple[Decimal, Decimal, Segment, Decimal | None]] = {}
    cells: set[int] = set()
    #: (page, row index) of every rate row read.
    read: set[tuple[int, int]] = set()
    for page in doc.pages:
        for r, row in enumerate(page.rows):
            for i, seg in enumerate(row):
                rate = _rate_cell(seg, row)
                if rate is None:
                    continue
                amounts, unit = _row_amounts(row[i + 1 :])
                for k, (net, vat) in enumerate(itertools.pairwise(amounts)):
                    if not net or abs(net * rate / 100 - vat) > unit:
                        continue
                    after = amounts[k + 2] if k + 2 < len(amounts) else None
                    gross = after if after is not None and after == net + vat else None
                    if rate not in best or best[rate][0] < net:
                        best[rate] = (net, vat, seg, gross)
                    cells.update(id(s) for s in row)
                    read.add((page.number, r))
                    break
    if not best or all(rate == 0 for rate in best):
        return None
    untaxed = _untaxed_rows(doc, read, cells)
    net = sum((v[0] for v in best.values()), untaxed)
    vat = sum((v[1] for v in best.values()), Decimal(0))
    grosses = [v[3] for v in best.values() if v[3] is not None]
    gross = sum(grosses, untaxed) if len(grosses) == len(best) else None
    return _VatTable(net, vat, next(iter(best.values()))[2], len(best), cells, gross)


def _untaxed_rows(doc: _Doc, read: set[tuple[int, int]], cells: set[int]) -> Decimal:
    """The sum of a VAT summary's untaxed rows right under (or above) its rate rows:
    a row without a rate whose net is its gross and whose tax is a dash, nothing or zero
    ("Fuori campo IVA (art. 15) | 48,00 | – | 48,00", "Exempt | 12.00 | 0.00 | 12.00"): a city tax,
    a deposit, a stamp duty outside the VAT, still in the net and in the total."""
    total = Decimal(0)
    for number, r in sorted(read):
        page = doc.page_by_number[number]
        for near in (r + 1, r - 1):
            if (number, near) in read or not 0 <= near < len(page.rows):
                continue
            row = page.rows[near]
            if any(_RATE_CELL.match(s.text) for s in row):
                continue
            amounts, _ = _row_amounts(row)
            if len(amounts) == 3 and amounts[1] == 0:
                amounts = [amounts[0], amounts[2]]  # "Exempt | 12.00 | 0.00 | 12.00"
            if len(amounts) == 2 and amounts[0] == amounts[1] > 0:
                total += amounts[0]
                read = read | {(number, near)}
                cells.update(id(s) for s in row)
    return total


#: Minor units as printed: "100,00", "4.50" (not the grouping of "45,000").
_MINOR_UNITS = re.compile(r"[.,]\d{1,2}(?!\d)")


def _row_amounts(cells: list[Segment]) -> tuple[list[Decimal], Decimal]:
    """The amounts of a rate row's cells, and how far a tax may be off its rate: a cent, or
    one unit where the money has no minor units and is marked by its currency ("¥5,760",
    "¥460": Japan's tax on 8 % items is rounded down to the yen)."""
    found = [
        (a, s.text[a.start : a.end])
        for s in cells
        for a in find_amounts(s.text)
        if a.decimals or a.currency
    ]
    whole = bool(found) and not any(_MINOR_UNITS.search(text) for _, text in found)
    return [a.value for a, _ in found], Decimal(1) if whole else _CENT


def _rate_cell(seg: Segment, row: list[Segment]) -> Decimal | None:
    """The rate a cell prints: with its percent sign, or without it as a rate in use
    (non-zero) in a row outside the line-item table."""
    m = _RATE_CELL.match(seg.text)
    if m is None and not any(s.in_table for s in row):
        m = _BARE_RATE_CELL.match(seg.text)
        if m is not None and Decimal(m.group(1).replace(",", ".")) in RATES[1:]:
            return Decimal(m.group(1).replace(",", "."))
        return None
    return Decimal(m.group(1).replace(",", ".")) if m else None
