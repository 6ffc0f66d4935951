"""Money fields: net, VAT and total chosen as the triple that adds up (allowing for discount,
shipping, tip and rounding), the VAT breakdown and its summary tables, credit-note signs.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from invoice_scanner_processing.extractors.rules.doctype import (
    _is_credit,
)
from invoice_scanner_processing.extractors.rules.layout import (
    Segment,
)
from invoice_scanner_processing.extractors.rules.lexicon import (
    INCLUSIVE_VAT_WORDS,
    compact,
)
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Doc,
    _evidence,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    find_amounts,
    find_dates,
)
from invoice_scanner_processing.extractors.rules.scoring import (
    _best,
)
from invoice_scanner_processing.schema import CENT, InvoiceFields, VatLine

_MONEY = ("net", "vat", "total", "amount_due", "discount", "shipping", "_tip", "_rounding")


_CENT = CENT


#: VAT and sales-tax rates in use in the markets we read, in percent.
_RATES = tuple(
    Decimal(r)
    for r in (
        "0", "2.1", "2.5", "2.6", "3", "3.7", "4", "5", "5.5", "6", "7", "7.7", "8", "8.1", "9",
        "10", "12", "13", "14", "15", "16", "17", "18", "19", "20", "21", "22", "23", "24", "25",
        "25.5", "27",
    )
)  # fmt: skip


#: First words of a VAT summary table's totals row ("Gesamt 19,94 2,06 22,00").
_TOTAL_ROW_WORDS = frozenset(
    compact(w)
    for w in (
        "total", "totals", "gesamt", "summe", "tot", "totaal", "totale", "totalt", "razem",
        "suma", "sum", "somme", "summa", "i alt", "total general", "totales",
    )
)  # fmt: skip


def _vat_table_totals(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A row that starts with a total word and holds exactly three amounts where the first
    two add up to the third is a VAT summary's totals row: net, VAT and gross, in that
    order, as receipts and many invoices print them."""
    for page in doc.pages:
        for row in page.rows:
            if not row or compact(row[0].text.split()[0] if row[0].text.split() else "") not in (
                _TOTAL_ROW_WORDS
            ):
                continue
            text = " ".join(s.text for s in row)
            head = row[0].text.split()[0]
            amounts = [a.value for a in find_amounts(text[len(head) :]) if a.decimals]
            if len(amounts) != 3:
                continue
            net, vat, gross = amounts
            if not (0 <= vat < net) or abs(net + vat - gross) > _CENT:
                continue
            for key, value in (("net", net), ("vat", vat), ("total", gross)):
                cands.setdefault(key, []).append(
                    Candidate(value, 0.92, row[-1], text, label="vat table")
                )


#: A tax line's base: "von 9,18", "on 17.17", "sur 100,00", "su 50,00", "over 15,64".
_ON_BASE_RE = re.compile(
    r"\b(?:von|on|of|sur|su|de|over|av|z)\s+[-\d.,\s']*\d[.,]\d{2}(?=\s+\S*\d)", re.IGNORECASE
)


#: Compact label starts that state VAT as contained in the total, not added to it.
_INCLUSIVE = tuple(compact(w) for w in INCLUSIVE_VAT_WORDS)


def _read_amount(text: str) -> tuple[Decimal, str | None] | None:
    spans = [(d.start, d.end) for d in find_dates(text)]
    amounts = [
        a
        for a in find_amounts(text)
        if not any(s <= a.start < e for s, e in spans) and abs(a.value) < Decimal("1e10")
    ]
    if not amounts:
        return None
    with_decimals = [a for a in amounts if a.decimals]
    best = (with_decimals or amounts)[-1]
    return best.value, best.currency


#: A bracketed note without a money amount in it: "(8.25% ON PARTS)", "(#81234 RT0001)";
#: an accounting negative "(12,430.00)" has one and stays.
_NOTE_RE = re.compile(r"\((?![^()]*\d[.,]\d{2}(?![\d%]|\s?%))[^()]*\)")


_RATE_RE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def _amounts(
    doc: _Doc,
    cands: dict[str, list[Candidate]],
    fields: InvoiceFields,
    confidence: dict[str, float],
    evidence: dict[str, dict[str, Any]],
) -> None:
    credit = _is_credit(doc) or any(c.value < 0 for c in cands.get("total", []))
    if credit:
        # A credit note prints its amounts with mixed signs ("Total HT -218,48",
        # "Taxes 14,99", "Total TTC -233,47"): the triple is matched on magnitudes and
        # the credit's sign is applied at the end.
        for name in ("net", "vat", "total", "amount_due"):
            for c in cands.get(name, []):
                c.value = abs(c.value)
    nets = _dedupe(cands.get("net", []))
    vats = _dedupe(cands.get("vat", []))
    totals = _dedupe(cands.get("total", []) + _scaled(cands.get("amount_due", []), 0.9))
    discount = _best(cands.get("discount"))
    shipping = _best(cands.get("shipping"))
    tip = _best(cands.get("_tip"))
    rounding = _best(cands.get("_rounding"))
    vat_rates = cands.get("_vat_rate", [])

    # Several VAT lines (19 % and 7 %, or CGST 9 % and SGST 9 %) add up to the VAT total;
    # one tax printed twice at one rate is one line.
    by_rate: dict[tuple[Decimal, str], Candidate] = {}
    for c in vat_rates:
        rate, amount = c.value
        key = (rate, c.label)
        if key not in by_rate or by_rate[key].score < c.score:
            by_rate[key] = Candidate(amount, c.score, c.segment, c.text)
    if len(by_rate) > 1:
        summed = sum((c.value for c in by_rate.values()), Decimal(0))
        first = next(iter(by_rate.values()))
        vats.append(Candidate(summed, 0.7, first.segment, first.text))
    if by_rate:
        fields.vat_breakdown = [VatLine(rate=r, amount=c.value) for (r, _), c in by_rate.items()]
    table = _vat_table(doc)
    if table is not None:
        # A VAT breakdown table (rate, net, VAT[, gross] per row) whose rows check out
        # gives the net and VAT sums, even where no VAT total is printed; with several
        # rates, one row's amounts (read under the table's own headers) are no sums.
        if table.rates > 1:
            nets, vats, totals = (
                [c for c in group if id(c.segment) not in table.cells]
                for group in (nets, vats, totals)
            )
        seg = table.segment
        nets.append(Candidate(table.net, 0.8, seg, seg.text))
        vats.append(Candidate(table.vat, 0.8, seg, seg.text))
    # A labelled total and a VAT line with its rate imply the net where none is printed
    # ("Amount paid $53.86", "Tax (9.92%) $4.86"), when the rate checks out.
    for t in totals[:4] if not nets else ():
        for c in vat_rates:
            rate, amount = c.value
            base = t.value - amount
            if amount and base and abs(base * rate / 100 - amount) <= _CENT:
                nets.append(Candidate(base, 0.3, t.segment, t.text, labelled=False))
    # Without a printed net, a labelled VAT still implies one (total less VAT) when the
    # rate does not check out against it: tax charged on part of the bill only ("Tax
    # 8.25% on parts"). VAT stated as included in the total ("Includes 19% VAT €36.99")
    # implies it even beside a printed subtotal, which is then a gross figure.
    for t in totals[:4]:
        for c in vats[:4]:
            inclusive = c.label.startswith(_INCLUSIVE)
            if (nets and not inclusive) or not c.value or abs(c.value) >= abs(t.value):
                continue
            base = t.value - c.value
            if all(n.value != base for n in nets):
                score = 0.35 if inclusive else 0.2
                nets.append(Candidate(base, score, t.segment, t.text, labelled=False))

    # Unlabelled amounts from the lower part of the last page are fallbacks for any role.
    pool = _pool(doc)
    # VAT 0 is a fallback for invoices without VAT lines, not a way around a printed one.
    has_vat = any(c.value for c in vats)
    zero = Candidate(Decimal(0), 0.0 if has_vat else 0.3, doc.segments[-1], "", labelled=False)
    # A total the OCR misread (a lost digit) can still be had from a labelled net and VAT
    # whose ratio is a plausible rate; such a total is computed, never read.
    for n in nets[:4]:
        for v in vats[:4]:
            if n.value and v.value and abs(v.value) < abs(n.value):
                ratio = v.value / n.value * 100
                if any(abs(ratio - r) < Decimal("0.05") for r in _RATES):
                    totals.append(
                        Candidate(n.value + v.value, 0.3, n.segment, n.text, labelled=False)
                    )
    adjust = Decimal(0)
    if shipping is not None:
        adjust += shipping.value
    if discount is not None:
        adjust -= discount.value
    # A tip and a rounding line are added to the goods' total; the rounding never belongs
    # to the net, the tip does (the net is what the total leaves after the tax).
    rounded = rounding.value if rounding is not None else Decimal(0)
    extra = rounded + (tip.value if tip is not None else Decimal(0))
    adjust += extra

    side_values = {
        c.value for k in ("shipping", "discount", "_tip", "_rounding") for c in cands.get(k, [])
    }
    best: tuple[float, Candidate, Candidate, Candidate] | None = None
    net_opts = nets + pool
    vat_opts = [*vats, *pool, zero]
    tot_opts = totals + pool
    for t, n, v in product(tot_opts[:30], net_opts[:30], vat_opts[:31]):
        if t is n or n is v or t is v:
            continue
        if t.value == 0:
            continue
        gap = n.value + v.value - t.value
        # An exact net + VAT = total beats one that needs the discount or shipping added
        # in: a printed net after those adjustments is the net the invoice means.
        fit = 0.6 if abs(gap) <= _CENT else 0.0
        if not fit and adjust and abs(gap + adjust) <= _CENT:
            fit = 0.2
        if not fit:
            continue
        if abs(v.value) > abs(n.value) and v is not zero:
            continue
        if not v.labelled and v is not zero and v.value in side_values:
            continue  # a shipping or discount line is not the VAT
        score = t.score + n.score + v.score * (1.0 if v is not zero else 0.7) + fit
        if best is None or score > best[0]:
            best = (score, t, n, v)

    if best is not None:
        _, t, n, v = best
        labelled = sum(c.labelled for c in (t, n) + ((v,) if v is not zero else ()))
        conf = 0.97 if labelled >= 3 or (labelled == 2 and v is zero) else 0.75
        if labelled <= 1:
            conf = 0.55
        _set(fields, confidence, evidence, "total", t, conf)
        _set(fields, confidence, evidence, "amount", n, conf)
        if abs(n.value + v.value - t.value) > _CENT:
            # The printed net is the goods' subtotal before the discount and shipping the
            # fit needed; the net the VAT is charged on is what remains of the total.
            fields.amount = t.value - v.value - rounded
        if v is not zero:
            _set(fields, confidence, evidence, "vat", v, conf)
        else:
            fields.vat = Decimal(0)
            confidence["vat"] = round(conf * 0.8, 3)
        # What is payable after the tip or the rounding line ("TOTAL INCL. GST 41.19",
        # "ROUNDING ADJ 0.01", "TOTAL (RM) 41.20") is the total, when it is printed.
        payable = [c for c in totals if extra and c.labelled and c.value == t.value + extra]
        if payable and abs(n.value + v.value - t.value) <= _CENT:
            _set(fields, confidence, evidence, "total", payable[0], conf)
            fields.amount = payable[0].value - v.value - rounded
    else:
        t_best = _best(totals)
        n_best = _best(nets)
        v_best = _best(vats)
        if t_best is None and pool:
            t_best = max(pool, key=lambda c: abs(c.value))
            t_best.score = 0.35
        if t_best is not None:
            _set(fields, confidence, evidence, "total", t_best, t_best.score * 0.6)
        if n_best is not None:
            _set(fields, confidence, evidence, "amount", n_best, n_best.score * 0.5)
        if v_best is not None:
            _set(fields, confidence, evidence, "vat", v_best, v_best.score * 0.5)
        if t_best is not None and fields.vat is not None and fields.amount is None:
            fields.amount = t_best.value - fields.vat
            confidence["amount"] = 0.3
        elif t_best is not None and fields.amount is not None and fields.vat is None:
            fields.vat = t_best.value - fields.amount
            confidence["vat"] = 0.3
    if discount is not None:
        fields.discount = discount.value
        confidence["discount"] = round(discount.score * 0.8, 3)
    if shipping is not None:
        fields.shipping = shipping.value
        confidence["shipping"] = round(shipping.score * 0.8, 3)
    due = _best(cands.get("amount_due"))
    if due is not None:
        fields.amount_due = due.value
        confidence["amount_due"] = round(due.score * 0.8, 3)

    # Credit notes: a positive total on a document titled "credit note" is a refund.
    if fields.total is not None and fields.total > 0 and credit:
        for name in ("total", "amount", "vat", "amount_due"):
            value = getattr(fields, name)
            if isinstance(value, Decimal) and value > 0:
                setattr(fields, name, -value)


def _set(
    fields: InvoiceFields,
    confidence: dict[str, float],
    evidence: dict[str, dict[str, Any]],
    name: str,
    cand: Candidate,
    conf: float,
) -> None:
    setattr(fields, name, cand.value)
    confidence[name] = round(max(0.0, min(1.0, conf)), 3)
    evidence[name] = _evidence(cand.segment, cand.text)


_RATE_CELL = re.compile(r"^\s*(?:[A-Z]\s+)?(\d{1,2}(?:[.,]\d{1,2})?)\s?%\s*$")


@dataclass
class _VatTable:
    net: Decimal
    vat: Decimal
    segment: Segment
    rates: int
    #: ids of the segments in the rows read, whose amounts are per-rate, not the sums.
    cells: set[int]


def _vat_table(doc: _Doc) -> _VatTable | None:
    """Sums of a VAT breakdown table: rows holding a rate cell ("19 %", "A 19 %") followed by
    a net and a VAT amount (and maybe the gross) that agree with the rate to the cent. The
    largest row per rate stands for that rate, so that item rows of one rate and their summary
    row are not added twice."""
    best: dict[Decimal, tuple[Decimal, Decimal, Segment]] = {}
    cells: set[int] = set()
    for page in doc.pages:
        for row in page.rows:
            for i, seg in enumerate(row):
                m = _RATE_CELL.match(seg.text)
                if not m:
                    continue
                rate = Decimal(m.group(1).replace(",", "."))
                amounts = [
                    a.value for s in row[i + 1 :] for a in find_amounts(s.text) if a.decimals
                ]
                for net, vat in itertools.pairwise(amounts):
                    if not net or abs(net * rate / 100 - vat) > _CENT:
                        continue
                    if rate not in best or best[rate][0] < net:
                        best[rate] = (net, vat, seg)
                    cells.update(id(s) for s in row)
                    break
    if not best or all(rate == 0 for rate in best):
        return None
    net = sum((v[0] for v in best.values()), Decimal(0))
    vat = sum((v[1] for v in best.values()), Decimal(0))
    return _VatTable(net, vat, next(iter(best.values()))[2], len(best), cells)


def _dedupe(cands: list[Candidate]) -> list[Candidate]:
    seen: dict[Decimal, Candidate] = {}
    for c in sorted(cands, key=lambda c: -c.score):
        seen.setdefault(c.value, c)
    return list(seen.values())


def _scaled(cands: list[Candidate], factor: float) -> list[Candidate]:
    return [Candidate(c.value, c.score * factor, c.segment, c.text, c.labelled) for c in cands]


def _pool(doc: _Doc) -> list[Candidate]:
    last = doc.pages[-1]
    out: dict[Decimal, Candidate] = {}
    for seg in reversed(last.segments):
        if seg.in_table:
            continue
        if seg.bbox.y0 < 0.3 * last.height and len(doc.pages) == 1:
            continue
        spans = [(d.start, d.end) for d in find_dates(seg.text)]
        for a in find_amounts(seg.text):
            if not a.decimals or any(s <= a.start < e for s, e in spans):
                continue
            out.setdefault(a.value, Candidate(a.value, 0.15, seg, seg.text, labelled=False))
        if len(out) >= 20:
            break
    return list(out.values())
