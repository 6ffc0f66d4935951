"""VAT summaries printed apart from the labelled amounts: the breakdown table (rate, net, VAT
per row) and a summary's totals row (net, VAT and gross after a total word)."""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterator
from dataclasses import dataclass
from decimal import Decimal

from invoice_scanner_processing.extractors.rules.lexicon import compact
from invoice_scanner_processing.extractors.rules.model import Candidate, _Doc
from invoice_scanner_processing.extractors.rules.parsing import find_amounts
from invoice_scanner_processing.extractors.rules.segments import Page, Segment
from invoice_scanner_processing.extractors.rules.vocabulary import TAX_BASE_WORDS
from invoice_scanner_processing.schema import CENT

#: The tax base's names, and the taxes' short names, as alternatives of a pattern.
_BASE = "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in TAX_BASE_WORDS)
_TAXES = "vat|tax|gst|hst|mwst|ust|tva|iva|btw|moms|mva|alv|dph|ptu|afa|kdv"

_CENT = CENT

#: First words of a VAT summary table's totals row ("Gesamt 19,94 2,06 22,00").
_TOTAL_ROW_WORDS = frozenset(
    compact(w)
    for w in (
        "total", "totals", "gesamt", "summe", "tot", "totaal", "totale", "totalt", "razem",
        "suma", "sum", "somme", "summa", "i alt", "total general", "totales",
        # Finnish ("Yht."), Estonian, Croatian, Slovene, Slovak, Czech, Hungarian, Latvian
        "yht", "yhteensa", "kokku", "ukupno", "skupaj", "spolu", "celkom", "celkem",
        "osszesen", "kopa",
    )
)  # fmt: skip


#: A rate as the page prints it: "21%", "Cota TVA: 21 %".
_PRINTED_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


#: The label of a VAT read from a summary that prints the tax contained in each gross ("Code
#: Satz Brutto MWST" over "Total 24.52 0.95"): a tax stated as contained in the total.
CONTAINED_TABLE = "contained vat table"


def _vat_table_totals(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A row that starts with a total word and holds exactly three amounts where the first
    two add up to the third is a VAT summary's totals row: net, VAT and gross, in that
    order, as receipts and many invoices print them. With two amounts only, the second
    must be the first at a rate the page prints ("Cota TVA: 21%" above "Total 19.040,00
    3.998,40"): the item table's net and VAT columns summed; or the first the tax at such a
    rate on what it leaves of the second: the VAT and gross columns summed; or the tax
    contained in the first at the page's rates: the gross and tax columns of a summary of
    contained tax (:func:`_contained_total`)."""
    rates = _page_rates(doc)
    for page, r, row, text, amounts in _total_rows(doc):
        read = _totals_row(amounts, rates)
        label = "vat table"
        if not read and len(amounts) == 2:
            cells = _contained_total(page, r, amounts, rates)
            if cells is not None:
                read, label = (("vat", amounts[1]),), CONTAINED_TABLE
                _drop_read_from(cands, cells | {id(s) for s in row})
        for key, value in read:
            cands.setdefault(key, []).append(Candidate(value, 0.92, row[-1], text, label=label))
    _contained_rows_alone(doc, cands)
    _rate_rows_alone(doc, cands)
    _net_tax_rows_alone(doc, cands)
    _rows_splitting_a_total(doc, cands)


def _rows_splitting_a_total(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A row that prints a rate and, after it or around it, a net, the tax at that rate on it
    and their sum, a labelled total ("Zbývá | 62 197,00 | 21 % | 13 061,37 | 75 258,37" over
    "K úhradě: 75 258,37 Kč", the part of a VAT recap left after an advance deducted): the net
    and the VAT of that total. A recap's other rows (the whole delivery, the advance) split
    other sums, and a total read off the row itself (a column header's reading) is none."""
    labelled = [c for c in cands.get("total", []) if c.labelled and c.value > 0]
    if not labelled or _split_stated(cands, {c.value for c in labelled}):
        return
    for page in doc.pages:
        for row in page.rows:
            rates = [m for s in row if (m := _ROW_RATE.search(s.text))]
            if len(rates) != 1:
                continue
            # A total read off the row itself (under a "Gross" column's header) is the row's
            # own sum: only a total printed elsewhere is split by it.
            cells = {id(s) for s in row}
            totals = {c.value for c in labelled if id(c.segment) not in cells}
            rate = Decimal(rates[0].group(1).replace(",", "."))
            amounts, unit = _row_amounts([s.text for s in row])
            for net, tax, gross in zip(amounts, amounts[1:], amounts[2:], strict=False):
                if gross not in totals or not 0 < tax < net or abs(net + tax - gross) > _CENT:
                    continue
                if abs(net * rate / 100 - tax) > unit:
                    continue
                text = " ".join(o.text for o in row)
                for key, value in (("net", net), ("vat", tax)):
                    cands.setdefault(key, []).append(
                        Candidate(value, 0.92, row[-1], text, label="vat table")
                    )


def _split_stated(cands: dict[str, list[Candidate]], totals: set[Decimal]) -> bool:
    """Whether a net and a VAT read after labels of their own add up to one of the labelled
    ``totals`` ("Netto po rabacie: 90,00" + "Podatek VAT: 20,70" = "Do zapłaty: 110,70"): the
    page states its split itself, and a row adding up to another labelled total (the gross
    before a discount, "Wartość brutto: 123,00") is an item's or a recap's, not the
    invoice's."""
    nets = {c.value for c in cands.get("net", []) if c.labelled and c.label != "vat table"}
    vats = {c.value for c in cands.get("vat", []) if c.labelled and c.label != "vat table"}
    return any(n + v in totals for n in nets for v in vats if n > 0 and v > 0)


#: A rate in a VAT summary's row, after its code or not ("1=20%", "B 7 %", "0%").
_ROW_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def _tax_off(whole: bool) -> Decimal:
    """How far a printed tax may be off its rate of the base: a cent, or one unit in money of
    whole units (the tax rounded to the unit: "C 27% | 1 189 | 321", "¥5,760 | ¥460")."""
    return Decimal(1) if whole else _CENT


def _rate_row(row: list[Segment], whole: bool = False) -> tuple[Decimal, Decimal, Decimal] | None:
    """A VAT summary's rate row without a totals row: a rate, then a net, the tax at that
    rate on it and the gross they make ("1=20% | 91,89 | 18,38 | 110,27", "0=0% | 12,80 |
    0,00 | 12,80"); in money of ``whole`` units, amounts without decimals and the tax
    rounded to the unit ("C 27% | 1 189 | 321 | 1 510")."""
    found = _rate_and_amounts(row, whole)
    if found is None or len(found[1]) < 3:
        return None
    rate, (net, tax, gross) = found[0], found[1][:3]
    if net <= 0 or abs(net + tax - gross) > _CENT or abs(net * rate / 100 - tax) > _tax_off(whole):
        return None
    return net, tax, gross


def _rate_and_amounts(
    row: list[Segment], whole: bool = False
) -> tuple[Decimal, list[Decimal]] | None:
    """The row's first rate and the amounts printed after it, in the rate's cell and the cells
    to its right: those with decimals, or any in money of ``whole`` units; None for a row
    without a rate."""
    for i, seg in enumerate(row):
        m = _ROW_RATE.search(seg.text)
        if m is None:
            continue
        rest = [seg.text[m.end() :]] + [o.text for o in row[i + 1 :]]
        amounts = [a.value for t in rest for a in find_amounts(t) if a.decimals or whole]
        return Decimal(m.group(1).replace(",", ".")), amounts
    return None


def _rate_rows_alone(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A VAT summary of net, tax and gross per rate, printed without a totals row, whose
    grosses add up to a labelled total or sum read elsewhere ("SUMME EUR 130,96" over "1=20%
    91,89 18,38 110,27", "2=10% 7,17 0,72 7,89", "0=0% 12,80 0,00 12,80"): its nets sum to the
    net, its taxes to the VAT and its grosses to the total; no one row is the whole."""
    wholes = {c.value for k in ("total", "net") for c in cands.get(k, []) if c.labelled}
    wholes |= {
        t.value - c.value
        for t in cands.get("total", [])
        for c in cands.get("_rounding", [])
        if t.labelled
    }
    for page in doc.pages:
        run: list[tuple[list[Segment], tuple[Decimal, Decimal, Decimal]]] = []
        for row in [*page.rows, []]:
            parts = _rate_row(row, doc.whole_units) if row else None
            if parts is not None:
                run.append((row, parts))
                continue
            if len(run) >= 2:
                net, tax, gross = (sum((p[i] for _, p in run), Decimal(0)) for i in range(3))
                if any(abs(gross - w) <= _CENT for w in wholes):
                    last = run[-1][0]
                    text = " ".join(s.text for s in last)
                    sums = [("net", net), ("vat", tax)]
                    # The total as summed where no total of that amount is read ("SUMME"
                    # read as a subtotal): the page's own total line is the better reading.
                    if all(c.value != gross for c in cands.get("total", [])):
                        sums.append(("total", gross))
                    for key, value in sums:
                        cands.setdefault(key, []).append(
                            Candidate(value, 0.92, last[-1], text, label="vat table")
                        )
                    return
            run = []


def _net_tax_row(row: list[Segment], whole: bool = False) -> tuple[Decimal, Decimal] | None:
    """A VAT summary's rate row of a rate, its base and the tax on it, with no gross ("A 21% |
    98,68 | 20,72", "C 0% (obaly) | -12,00 | 0,00", as Czech and Slovak tills print "Sazba |
    Základ | DPH"): the base and the tax, the tax that rate of the base (to the unit in
    money of ``whole`` units). A base may be negative (deposits taken back at no tax)."""
    found = _rate_and_amounts(row, whole)
    if found is None or len(found[1]) != 2:
        return None
    rate, (net, tax) = found[0], found[1]
    if not net or abs(net * rate / 100 - tax) > _tax_off(whole):
        return None
    return net, tax


def _net_tax_rows_alone(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A VAT summary of base and tax per rate, printed without gross and without a totals row,
    whose bases and taxes together add up to a labelled total read elsewhere ("CELKEM KČ
    228,10" over "A 21% | 98,68 | 20,72", "B 12% | 107,77 | 12,93", "C 0% | -12,00 | 0,00"):
    its bases sum to the net and its taxes to the VAT. Only where no VAT table's reading is
    made already, and a run of two rows or more with some tax in it."""
    if any(c.label in ("vat table", CONTAINED_TABLE) for c in cands.get("vat", [])):
        return
    wholes = {c.value for c in cands.get("total", []) if c.labelled}
    wholes |= {
        t.value - c.value
        for t in cands.get("total", [])
        for c in cands.get("_rounding", [])
        if t.labelled
    }
    for page in doc.pages:
        run: list[tuple[list[Segment], tuple[Decimal, Decimal]]] = []
        for row in [*page.rows, []]:
            pair = _net_tax_row(row, doc.whole_units) if row else None
            if pair is not None:
                run.append((row, pair))
                continue
            if len(run) >= 2:
                net = sum((p[0] for _, p in run), Decimal(0))
                tax = sum((p[1] for _, p in run), Decimal(0))
                if tax > 0 and net > 0 and any(abs(net + tax - w) <= _CENT for w in wholes):
                    last = run[-1][0]
                    text = " ".join(s.text for s in last)
                    for key, value in (("net", net), ("vat", tax)):
                        cands.setdefault(key, []).append(
                            Candidate(value, 0.92, last[-1], text, label="vat table")
                        )
                    return
            run = []


def _contained_rows_alone(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A receipt's contained-tax summary printed without a totals row (Swiss tills: "1 |
    2.6% | 32.73 | 0.83" and "2 | 8.1% | 27.85 | 2.09" under "Code | MWST | Betrag inkl. |
    MWST"): rate rows in a run whose grosses add up to a labelled total or subtotal read
    elsewhere (the total before a cash rounding, too); their taxes sum to the VAT, and none
    of their cells is the net, VAT or total."""
    if any(c.label == CONTAINED_TABLE for c in cands.get("vat", [])):
        return
    wholes = {c.value for k in ("total", "net") for c in cands.get(k, []) if c.labelled}
    # A cash rounding is added after the tax: the grosses sum to the total before it.
    wholes |= {
        t.value - c.value
        for t in cands.get("total", [])
        for c in cands.get("_rounding", [])
        if t.labelled
    }
    for page in doc.pages:
        run: list[tuple[int, tuple[Decimal, Decimal]]] = []
        for r, row in enumerate([*page.rows, []]):
            pair = _contained_row(row) if row else None
            if pair is not None:
                run.append((r, pair))
                continue
            if len(run) >= 2:
                gross = sum((p[0] for _, p in run), Decimal(0))
                tax = sum((p[1] for _, p in run), Decimal(0))
                if any(abs(gross - w) <= _CENT for w in wholes):
                    cells = {id(s) for q, _ in run for s in page.rows[q]}
                    _drop_read_from(cands, cells)
                    last = page.rows[run[-1][0]]
                    text = " ".join(s.text for s in last)
                    cands.setdefault("vat", []).append(
                        Candidate(tax, 0.85, last[-1], text, label=CONTAINED_TABLE)
                    )
                    return
            run = []


def _page_rates(doc: _Doc) -> set[Decimal]:
    """The non-zero rates in use that the page prints with their percent sign."""
    return {
        Decimal(m.group(1).replace(",", ".")) for m in _PRINTED_RATE.finditer(doc.full_text)
    } & set(RATES[1:])


def _total_rows(doc: _Doc) -> Iterator[tuple[Page, int, list[Segment], str, list[Decimal]]]:
    """Rows that start with a total word: the page, the row's index, its cells, its text and
    the amounts with minor units after the word."""
    for page in doc.pages:
        for r, full in enumerate(page.rows):
            row = _from_total_word(full)
            head = row[0].text.split() if row else []
            if not head or compact(head[0]) not in _TOTAL_ROW_WORDS:
                continue
            text = " ".join(s.text for s in row)
            amounts = [a.value for a in find_amounts(text[len(head[0]) :]) if a.decimals]
            yield page, r, row, text, amounts


def _from_total_word(row: list[Segment]) -> list[Segment]:
    """The row from its first cell that opens with a total word, where the cells before it
    hold words only (a signature's line left of an invoice's totals row, "Semnătura și
    ștampila furnizorului" | "Total" | "5.516,00" | "1.158,36"); else the row as it is."""
    for k, seg in enumerate(row):
        if any(ch.isdigit() for ch in seg.text):
            break
        words = seg.text.split()
        if words and compact(words[0]) in _TOTAL_ROW_WORDS:
            return row[k:]
    return row


def _totals_row(amounts: list[Decimal], rates: set[Decimal]) -> tuple[tuple[str, Decimal], ...]:
    """What a VAT summary's totals row of these amounts reads: net, VAT and gross; net and
    VAT; or VAT and gross (see :func:`_vat_table_totals`); nothing where they do not agree."""
    if len(amounts) == 3:
        net, vat, gross = amounts
        if 0 <= vat < net and abs(net + vat - gross) <= _CENT:
            return (("net", net), ("vat", vat), ("total", gross))
    if len(amounts) in (3, 4) and _tax_parts_row(amounts, rates):
        # The taxable value, the tax's parts and their sum (India's HSN summary, "Total
        # 2,77,249.00 | 24,952.41 | 24,952.41 | 49,904.82": CGST and SGST; or "Total
        # 1,00,000.00 | 18,000.00 | 18,000.00": IGST and the tax): the page's own total
        # line has the gross.
        return (("net", amounts[0]), ("vat", amounts[-1]))
    if len(amounts) == 2 and any(abs(amounts[0] * r / 100 - amounts[1]) <= _CENT for r in rates):
        # The gross is not printed in this row: the page's own total line has it.
        return (("net", amounts[0]), ("vat", amounts[1]))
    elif len(amounts) == 2 and any(
        abs((amounts[1] - amounts[0]) * r / 100 - amounts[0]) <= _CENT for r in rates
    ):
        # The item table's tax and total columns summed ("TOTAL: ₹16,091.54
        # ₹1,05,489.00" under "Tax Amount" and "Total Amount", 18 % printed): the
        # net is what the tax leaves of the total.
        vat, gross = amounts
        return (("net", gross - vat), ("vat", vat), ("total", gross))
    return ()


def _tax_parts_row(amounts: list[Decimal], rates: set[Decimal]) -> bool:
    """Whether a totals row's amounts are a taxable value, the parts of its tax, each at a
    rate the page prints, and the tax they sum to (one part, or two)."""
    net, *parts, tax = amounts
    return (
        0 < tax < net
        and abs(sum(parts, Decimal(0)) - tax) <= _CENT
        and all(any(abs(net * r / 100 - p) <= _CENT for r in rates) for p in parts)
    )


def _contained(gross: Decimal, rate: Decimal) -> Decimal:
    """The tax contained in ``gross`` at ``rate``."""
    return gross * rate / (100 + rate)


def _contained_total(
    page: Page, r: int, amounts: list[Decimal], rates: set[Decimal]
) -> set[int] | None:
    """Whether a totals row of two amounts sums a summary of contained tax: the gross and the
    tax in it ("Total 24.52 0.95" under "2.6% | 17.97 | 0.46" and "8.1% | 6.55 | 0.49"),
    either over rate rows right above it whose gross and tax (each the tax contained at its
    row's rate) add up to the row's, or, with one rate printed, as the tax contained at it.
    The ids of the rate rows' cells where there are such rows, else an empty set; ``None``
    where the row is no such total. A row whose amounts are the nets and their tax is read
    as that first (:func:`_totals_row`)."""
    gross, tax = amounts
    if not 0 < tax < gross:
        return None
    cells: set[int] = set()
    sums = [Decimal(0), Decimal(0)]
    for near in range(r - 1, max(-1, r - 9), -1):
        pair = _contained_row(page.rows[near])
        if pair is None:
            break
        sums = [sums[0] + pair[0], sums[1] + pair[1]]
        cells.update(id(s) for s in page.rows[near])
    if cells and abs(sums[0] - gross) <= _CENT and abs(sums[1] - tax) <= _CENT:
        return cells
    if len(rates) == 1 and abs(_contained(gross, next(iter(rates))) - tax) <= _CENT:
        return set()
    return None


def _contained_row(row: list[Segment]) -> tuple[Decimal, Decimal] | None:
    """A contained-tax summary's rate row: a rate, then a gross and the tax contained in it at
    that rate as its last two amounts ("1 | 2.6% | 17.97 | 0.46"), in cells of their own or
    labelled in one line ("(8% Taxable ¥842 Tax ¥62)", as Japanese tills print each rate) or
    in a line and the cells after it ("10% items ¥1,720" | "(tax ¥156)")."""
    for i, seg in enumerate(row):
        rate = _rate_cell(seg, row)
        if rate:
            texts = [s.text for s in row[i + 1 :]]
        elif i == 0 and (m := _LABELLED_RATE_LINE.match(seg.text)):
            # The labels' amounts in the line, or in the cells after it ("10% items ¥1,720" |
            # "(tax ¥156)", where the tax is set apart).
            rate = Decimal(m.group(1).replace(",", "."))
            texts = [seg.text[m.end() :], *(s.text for s in row[1:])]
        else:
            continue
        amounts, unit = _row_amounts(texts)
        if len(amounts) >= 2 and abs(_contained(amounts[-2], rate) - amounts[-1]) <= unit:
            return amounts[-2], amounts[-1]
    return None


#: A rate opening a line that labels its amounts ("(8% Taxable ¥842 Tax ¥62)").
_LABELLED_RATE_LINE = re.compile(r"^\s*\(?\s*(\d{1,2}(?:[.,]\d{1,2})?)\s?%\s+(?=[^\W\d_])")


def _drop_read_from(cands: dict[str, list[Candidate]], cells: set[int]) -> None:
    """Readings of a contained-tax summary's cells by its column headers ("Brutto" over a
    row's gross, "MWST" over its tax) or by its totals row's word ("Total 24.52 0.95" read as a
    total of 0.95): the summary's parts, none of them the net, the VAT or the total."""
    for key in ("net", "vat", "total", "amount_due"):
        if key in cands:
            cands[key] = [c for c in cands[key] if id(c.segment) not in cells]


def contained_cells(doc: _Doc) -> set[int]:
    """The ids of the cells of every contained-tax summary's rate rows (see
    :func:`_contained_total`): rows of a gross and its tax, not of a net and its tax."""
    cells: set[int] = set()
    rates = _page_rates(doc)
    for page, r, _, _, amounts in _total_rows(doc):
        if len(amounts) == 2 and not _totals_row(amounts, rates):
            cells |= _contained_total(page, r, amounts, rates) or set()
    return cells


#: A rate cell: "19 %", "A 19 %", "10% items", and a GST summary's tax code before the rate
#: ("SR @ 6%", "ZR @ 0%", "S = 6%", "Z 0%"), or its one-digit number where OCR joins the
#: code column to the rate ("1 2,10%" under "Code Taux"); a speck OCR reads before it (".21%")
#: is no part, nor is a speck read as a point before its decimal comma ("20.,0%").
_RATE_CELL = re.compile(
    r"^\s*[.,'·]?(?:[A-Z\d]\s+|[A-Z]{1,3}\s*[@=]\s*|[A-Z]{2,3}\s+)?(\d{1,2}(?:\.?[.,]\d{1,2})?)\s?%"
    r"(?:\s+[^\W\d_]+)?\s*$"
)

#: A rate row's first cell that names the tax base beside the rate, maybe with the base's
#: amount in it: "Grunnlag 12 % MVA", "A 20% Netto 9,50", "Basis 21% BTW".
_BASE_RATE_CELL = re.compile(
    rf"^\s*(?:[A-Z]\s+)?(?P<pre>(?:{_BASE})\s+)?(\d{{1,2}}(?:[.,]\d{{1,2}})?)\s?%"
    rf"(?:\s+(?:{_TAXES}))?(?P<post>\s+(?:{_BASE}))?"
    r"(?:\s+(?P<net>-?\d[\d.,' ]*[.,]\d{2}))?\s*$",
    re.IGNORECASE,
)

#: A rate printed without its sign, in a column headed "%IVA" or "Rate": "22,00", "4"; a speck
#: OCR reads before a rate with decimals (".5,50" on a faded till roll) is no part.
_BARE_RATE_CELL = re.compile(r"^\s*(?:[.,'·](?=\d{1,2}[.,]\d))?(\d{1,2}(?:[.,]\d{1,2})?)\s*$")

#: VAT and sales-tax rates in use in the markets we read, in percent.
RATES = tuple(
    Decimal(r)
    for r in (
        "0", "2.1", "2.5", "2.6", "3", "3.7", "4", "5", "5.5", "6", "7", "7.7", "8", "8.1", "9",
        "10", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25",
        "25.5", "27",
    )
)  # fmt: skip


def _base_rate_cell(seg: Segment) -> tuple[Decimal, list[Decimal]] | None:
    """The rate of a cell that names the tax base beside it (:data:`_BASE_RATE_CELL`), and the
    base's amount where the cell prints it too."""
    m = _BASE_RATE_CELL.match(seg.text)
    if m is None or not (m.group("pre") or m.group("post")):
        return None
    net = [a.value for a in find_amounts(m.group("net") or "") if a.decimals]
    return Decimal(m.group(2).replace(",", ".")), net[-1:]


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
    #: The net with a base that two rates tax counted once (Croatia's PNP 3 % on the PDV
    #: 25 % base, Spain's recargo on the IVA base): the net where that one adds up.
    net_once: Decimal | None = None


def _vat_table(doc: _Doc) -> _VatTable | None:
    """Sums of a VAT breakdown table: rows holding a rate cell ("19 %", "A 19 %") followed by
    a net and a VAT amount (and maybe the gross) that agree with the rate to the cent. The
    largest row per rate stands for that rate, so that item rows of one rate and their summary
    row are not added twice."""
    best: dict[Decimal, tuple[Decimal, Decimal, Segment, Decimal | None]] = {}
    cells: set[int] = set()
    # Rows of a gross and the tax contained in it are no rows of a net and its tax.
    contained = contained_cells(doc)
    #: (page, row index) of every rate row read.
    read: set[tuple[int, int]] = set()
    for page in doc.pages:
        for r, row in enumerate(page.rows):
            for i, seg in enumerate(row):
                rate = _rate_cell(seg, row)
                lead: list[Decimal] = []
                based = _base_rate_cell(seg) if rate is None else None
                if based is not None:
                    rate, lead = based
                if rate is None or id(seg) in contained:
                    continue
                amounts, unit = _rate_row_amounts(row, i, lead, based is not None)
                # A bare whole number before a price and a line amount is an item row's
                # quantity ("10 | 3,90 € | — | 39,00 €"), which at 10 reads exactly as a
                # rate with its tax first: such a cell reads a net, then its tax, only.
                whole = _BARE_RATE_CELL.match(seg.text) is not None and not re.search(
                    r"[.,]", seg.text
                )
                found = _rate_row_reading(amounts, rate, unit, whole)
                if found is None:
                    continue
                net, vat, gross = found
                if rate not in best or best[rate][0] < net:
                    best[rate] = (net, vat, seg, gross)
                cells.update(id(s) for s in row)
                read.add((page.number, r))
    if not best or all(rate == 0 for rate in best):
        return None
    untaxed = _untaxed_rows(doc, read, cells)
    net = sum((v[0] for v in best.values()), untaxed)
    vat = sum((v[1] for v in best.values()), Decimal(0))
    grosses = [v[3] for v in best.values() if v[3] is not None]
    gross = sum(grosses, untaxed) if len(grosses) == len(best) else None
    once = sum(dict.fromkeys(v[0] for v in best.values()), untaxed)
    return _VatTable(
        net,
        vat,
        next(iter(best.values()))[2],
        len(best),
        cells,
        gross,
        once if once != net else None,
    )


def _rate_row_amounts(
    row: list[Segment], i: int, lead: list[Decimal], based: bool
) -> tuple[list[Decimal], Decimal]:
    """The amounts of a rate row from its rate cell ``row[i]`` on, after the base the cell
    prints (``lead``), and how far a tax may be off its rate. Nordic tills print the base
    before its rate ("Mva-grunnlag Sats Mva Sum": "256,77 | 15% | 38,51 | 295,28"): where the
    rate cell names no base (``based``), the amount in the cell before it opens the amounts,
    tried as the net where none after it is. The base opens such a row, and the rate prints
    its per cent sign: an item row prints the item's name first, then its amount, its rate
    and its tax."""
    amounts, unit = _row_amounts([s.text for s in row[i + 1 :]])
    if lead or based or i != 1 or not _RATE_CELL.match(row[i].text):
        return lead + amounts, unit
    before, _ = _row_amounts([s.text for s in row[i - 1 : i]])
    return [*before[-1:], *amounts], unit


def _rate_row_reading(
    amounts: list[Decimal], rate: Decimal, unit: Decimal, whole: bool
) -> tuple[Decimal, Decimal, Decimal | None] | None:
    """The net, the tax and the gross (where printed) of a rate row's amounts: the tax in two
    halves (:func:`_split_tax`), else the first two neighbours that are a net and its tax."""
    split = _split_tax(amounts, rate, unit)
    if split is not None:
        return split[0], split[1], None
    for k, pair in enumerate(itertools.pairwise(amounts)):
        found = _net_and_tax(pair, rate, unit, net_first=whole)
        if found is None:
            continue
        net, vat = found
        after = amounts[k + 2] if k + 2 < len(amounts) else None
        return net, vat, after if after is not None and after == net + vat else None
    return None


def _split_tax(
    amounts: list[Decimal], rate: Decimal, unit: Decimal
) -> tuple[Decimal, Decimal] | None:
    """The net and the tax of a rate row that prints its tax in two equal halves, as India's
    GST summary does ("GST% TAXABLE CGST SGST": "5% | 1,109.52 | 27.74 | 27.74"): each half
    is the net at half the rate; the tax is both. Each half is rounded on its own, so the
    two may be a cent apart ("5% | 59.05 | 1.48 | 1.47"), each a cent off the half."""
    if len(amounts) < 3:
        return None
    net, first, second = amounts[:3]
    if not net or not first or abs(first - second) > unit or len(amounts) > 4:
        return None
    if any(abs(net * rate / 200 - half) > unit for half in (first, second)):
        return None
    return net, first + second


def _net_and_tax(
    pair: tuple[Decimal, Decimal], rate: Decimal, unit: Decimal, net_first: bool = False
) -> tuple[Decimal, Decimal] | None:
    """The net and the tax of two neighbouring amounts of a rate row where one is the other
    at the rate: in that order ("19 % | 100,00 | 19,00"), or the tax first, as Nordic tills
    print their moms table ("Moms% Moms Netto Brutto": "12,00 | 21,26 | 177,16 | 198,42")."""
    first, second = pair
    if first and abs(first * rate / 100 - second) <= unit:
        return first, second
    if second and rate and not net_first and abs(second * rate / 100 - first) <= unit:
        return second, first
    return None


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
            amounts, _ = _row_amounts([s.text for s in row])
            if len(amounts) == 3 and amounts[1] == 0:
                amounts = [amounts[0], amounts[2]]  # "Exempt | 12.00 | 0.00 | 12.00"
            if len(amounts) == 2 and amounts[0] == amounts[1] > 0:
                total += amounts[0]
                read = read | {(number, near)}
                cells.update(id(s) for s in row)
    return total


#: Minor units as printed: "100,00", "4.50" (not the grouping of "45,000").
_MINOR_UNITS = re.compile(r"[.,]\d{1,2}(?!\d)")


def _row_amounts(cells: list[str]) -> tuple[list[Decimal], Decimal]:
    """The amounts of a rate row's cells (their texts), and how far a tax may be off its rate:
    a cent, or one unit where the money has no minor units and is marked by its currency
    ("¥5,760", "¥460": Japan's tax on 8 % items is rounded down to the yen)."""
    found = [
        (a, text[a.start : a.end])
        for text in cells
        for a in find_amounts(text)
        if a.decimals or a.currency
    ]
    whole = bool(found) and not any(_MINOR_UNITS.search(text) for _, text in found)
    return [a.value for a, _ in found], _tax_off(whole)


def _rate_cell(seg: Segment, row: list[Segment]) -> Decimal | None:
    """The rate a cell prints: with its percent sign, or without it as a rate in use
    (non-zero) in a row outside the line-item table."""
    m = _RATE_CELL.match(seg.text)
    if m is None and not any(s.in_table for s in row):
        # A row that prints its rate with the sign ("10 | 36,50 € | 21 % | 365,00 €", an
        # item row the table's reader missed) has it there: a bare number is a quantity.
        if any(_RATE_CELL.match(s.text) for s in row if s is not seg):
            return None
        m = _BARE_RATE_CELL.match(seg.text)
        if m is not None and Decimal(m.group(1).replace(",", ".")) in RATES[1:]:
            return Decimal(m.group(1).replace(",", "."))
        return None
    return Decimal(re.sub(r"[.,]+", ".", m.group(1))) if m else None
