"""Money fields: net, VAT and total chosen as the triple that adds up (allowing for discount,
shipping, tip and rounding), the VAT breakdown and its summary tables, credit-note signs.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import replace
from decimal import Decimal
from itertools import product
from typing import Any

from invoice_scanner_processing.extractors.rules.currencies import WHOLE_CURRENCIES
from invoice_scanner_processing.extractors.rules.doctype import (
    _is_credit,
)
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.lexicon import compact, label_key
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Add,
    _Doc,
    _evidence,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    FoundAmount,
    find_amounts,
    find_dates,
    parse_amount,
    strip_accents,
)
from invoice_scanner_processing.extractors.rules.scoring import (
    _best,
)
from invoice_scanner_processing.extractors.rules.segments import LabelHit, Segment
from invoice_scanner_processing.extractors.rules.vat import (
    CONTAINED_TABLE,
    RATES,
    _vat_table,
    _VatTable,
)
from invoice_scanner_processing.extractors.rules.vocabulary import (
    BARE_CASH_WORDS,
    CARRIED_FORWARD_WORDS,
    CHANGE_LABELS,
    COMPONENT_TAX_TOTALS,
    CONDITIONAL_TOTAL_WORDS,
    CONTAINED_TAX_LABELS,
    CONTAINED_TAX_STATEMENT,
    INCLUDED_AFTER,
    INCLUSIVE_VAT_LABELS,
    INCLUSIVE_VAT_WORDS,
    NFE_TAX_LABELS,
    NOT_TAXED_WORDS,
    OPTIONAL_SERVICE_WORDS,
    PAYMENT_LABEL_WORDS,
    SURCHARGE_TAX_LABELS,
    TAX_SUM_LABELS,
    TAX_WORDS,
    TILL_PAID_LABELS,
    TIP_OPTION_HEADINGS,
    TOTAL_PART_WORDS,
    UNCHARGED_TIP_WORDS,
    VATABLE_NET_LABELS,
)
from invoice_scanner_processing.schema import CENT, InvoiceFields, VatLine

_MONEY = (
    "net", "vat", "total", "amount_due", "discount", "shipping", "_tip", "_rounding",
    "_withheld", "_service", "_tendered", "_charges", "_settled", "_other_tax", "_prepaid",
)  # fmt: skip


_CENT = CENT


#: VAT and sales-tax rates in use in the markets we read, in percent.
_RATES = RATES


#: A tax line's base: "von 9,18", "on 17.17", "sur 100,00", "su 50,00", "over € 15,64",
#: "op 525,00", "auf CHF 4'420.00", "(base 1.735,00 €)"; the English and Dutch words also as
#: OCR reads their O as a zero ("PST 7% 0N 48.96"); Portuguese and Spanish "sobre", written
#: "s/" ("IVA 6% s/ 62,00").
#: The base ends where its number does, not at a group of the Indian grouping that looks like
#: cents ("IGST @ 18% on 3,35,600.00": "3,35" is no base).
_ON_BASE_RE = re.compile(
    r"\b(?:(?:von|auf|[o0]n|[o0]f|sur|su|de|sobre|[o0]ver|[o0]p|av|z|base|basis)\s+|s/\s*)(?:[€$£]\s?|[A-Z]{3}\s)?[-\d.,\s']*?\d[.,]\d{2}\b(?![.,]\d)",
    re.IGNORECASE,
)


_BRACKETED_BASE_RE = re.compile(r"\((?:[€$£]\s?|[A-Z]{3}\s)?[-\d.,\s']*?\d[.,]\d{2}\)")

#: Compact label starts that state VAT as contained in the total, not added to it.
_INCLUSIVE = (
    *(compact(w) for w in (*INCLUSIVE_VAT_WORDS, *INCLUSIVE_VAT_LABELS, *CONTAINED_TAX_LABELS)),
    compact(CONTAINED_TAX_STATEMENT),
    CONTAINED_TABLE,
)


#: A time of day: hours and minutes, maybe seconds ("22:10", "07:58:13").
_TIME_OF_DAY = re.compile(r"(?<![\d.,:])\d{1,2}:\d{2}(?::\d{2})?(?![\d.,:])")


def _read_amount(
    text: str, money_only: bool = False, first: bool = False
) -> tuple[Decimal, str | None] | None:
    """The amount ``text`` holds (the last with decimals, else the last; the first with
    ``first``); with ``money_only`` only one printed as money, with decimals or a currency."""
    spans = [(d.start, d.end) for d in find_dates(text)]
    if spans:
        # A date's time of day beside it ("17/03/2026 22:10") is no amount either; alone,
        # "245:50" may be Swedish kronor and öre.
        spans += [(t.start(), t.end()) for t in _TIME_OF_DAY.finditer(text)]
    amounts = [
        a
        for a in find_amounts(text)
        if not any(s <= a.start < e for s, e in spans)
        and abs(a.value) < Decimal("1e10")
        and (a.decimals or a.currency or not money_only)
    ]
    if not amounts:
        return None
    with_decimals = [a for a in amounts if a.decimals]
    best = (with_decimals or amounts)[0 if first else -1]
    return best.value, best.currency


#: A bracketed note without a money amount in it: "(8.25% ON PARTS)", "(#81234 RT0001)";
#: an accounting negative "(12,430.00)" has one and stays, and so does a sign in brackets
#: before the amount ("Round Off (-)0.46", as Indian accounting software prints it).
_NOTE_RE = re.compile(r"\((?!\s?[-\u2212\u2013+]\s?\))(?![^()]*\d[.,]\d{2}(?![\d%]|\s?%))[^()]*\)")


#: A rate; OCR may set a stray point before its sign ("MwSt 10.%").
_RATE_RE = re.compile(r"(\d{1,2}(?:[.,]\d{1,2})?)[.,]?\s?%")


#: A rate written with its sign before it, as Turkey prints it ("Hesaplanan KDV (%10)",
#: "KDV %20"): whole percent, the sign right before the digits.
_PREFIX_RATE_RE = re.compile(r"(?<![\d.,])%(\d{1,2})(?![\d.,]?\d)")


#: What the money readers fill in: the fields, their confidence and their evidence.
_Out = tuple[InvoiceFields, dict[str, float], dict[str, dict[str, Any]]]

#: The most an unlabelled amount may be of the net to be read as its tax: the highest
#: rates in use (27 %, 28 %) and little more.
_MAX_RATE = Decimal("0.28")

#: A chosen (net, VAT, total) triple: its score, the total, the net and the VAT.
_Triple = tuple[float, Candidate, Candidate, Candidate]


def _amounts(
    doc: _Doc,
    cands: dict[str, list[Candidate]],
    fields: InvoiceFields,
    confidence: dict[str, float],
    evidence: dict[str, dict[str, Any]],
) -> None:
    out: _Out = (fields, confidence, evidence)
    credit = _credit_magnitudes(doc, cands)
    foreign = _second_currency(doc, cands)
    _drop_whole_totals(cands)
    _drop_carried_forward(doc, cands)
    _drop_tip_options(doc, cands)
    _drop_uncharged_tips(doc, cands)
    _paid_less_change(doc, cands)
    _drop_change_as_balance(cands)
    _off_discounts(doc, cands)
    _unnamed_deductions(doc, cands)
    _drop_offered_discounts(doc, cands)
    _drop_totals_before_discount(doc, cands)
    _drop_part_totals(doc, cands)
    _vatable_part(doc, cands)
    _rounded_payable(cands)
    payable = _nets_after_the_taxes(cands)
    nets = _dedupe([c for c in cands.get("net", []) if c not in payable])
    nets = _dedupe(nets + _column_sums(doc, nets))
    vats = [c for c in cands.get("vat", []) if not _statement_only(c)]
    vats.extend(_contained_tax_statement(doc))
    vats = _no_gross_as_tax(vats, cands.get("total", []))
    # A tax column's header over each line's tax ("Tax Amt" over "Rs.228.81", "Rs.139.29"):
    # the column's sum is the whole tax, as a net column's is the whole net; a sum beyond
    # what any rate takes of a labelled total is a column of line totals, not of taxes.
    vats.extend(
        s
        for s in _column_sums(doc, vats)
        if all(s.value != v.value for v in vats)
        and any(
            t.labelled and abs(s.value) <= _MAX_RATE * abs(t.value) for t in cands.get("total", [])
        )
    )
    vats = _dedupe(vats + _component_sums(vats) + _contained_sums(vats) + _surcharge_sums(vats))
    payable = _scaled(payable, 0.9)
    # "Total Charges" sums a folio's or a statement's charges column (its credits column
    # paying it off): a total, though weaker than one labelled as such (an e-invoice's "Sum
    # of charges" is a surcharge, which adds up with no net and tax of its own).
    charges = _scaled(cands.get("_charges", []), 0.5)
    printed = cands.get("total", []) + _scaled(cands.get("amount_due", []), 0.9) + payable + charges
    totals = _after_settlements(
        _dedupe(printed),
        # Cash or a card named as the means of a payment made ("Payment on February 2,
        # 2026 using cash: $500.00") settles part of the total as well: it is taken off.
        cands.get("_settled", [])
        # A deposit or advance paid before ("Acompte versé le 12/01/2026 -1 800,00 €",
        # "Anzahlung 300,00") is taken off the total like a payment.
        + [
            replace(c, value=-abs(c.value))
            for c in cands.get("_tendered", []) + cands.get("_prepaid", [])
        ],
        printed,
    )
    discount = _best(cands.get("discount"))
    shipping = _best(cands.get("shipping"))
    tip = _best(cands.get("_tip"))
    rounding = _best(cands.get("_rounding"))
    vat_rates = cands.get("_vat_rate", [])
    grosses = [c for c in vat_rates if _gross_as_tax(c, c.value[1], cands.get("total", []))]
    vat_rates = [c for c in vat_rates if c not in grosses]
    vat_rates = vat_rates + _rates_on_base_line(doc, vats, vat_rates)

    vats.extend(_taxes_in_grosses(grosses, _pool(doc) if grosses else []))
    _vat_lines(vat_rates, vats, fields)
    vats.extend(_with_other_taxes(vats, cands.get("_other_tax", [])))
    _rate_part_sums(vat_rates, nets, totals)
    _net_line_sums(nets)
    _vat_line_sums(vats)
    _nightly_tax_sums(doc, cands.get("vat", []), vats)
    nets, vats, totals, table = _with_vat_table(doc, nets, vats, totals)
    _rated_as_included(doc, vats)
    extra = sum((c.value for c in (tip, rounding) if c is not None), Decimal(0))
    less = _deducted(cands)
    _implied_nets(totals, vats, nets, vat_rates, extra, rounding, tip, discount, less)
    if table is not None:
        _nets_beyond_the_table(totals, nets, table, extra)

    # Unlabelled amounts from the lower part of the last page are fallbacks for any role.
    # Cash handed over and change given back are never the net, the VAT or the total.
    # Cash paid exactly the bill's sum that a page with no total labels as its net ("NET
    # AMOUNT 735.00" / "Paid: CASH 735.00", India's name for the sum) leaves it in the pool.
    labelled = set() if totals else {c.value for c in nets if c.labelled}
    tendered = {c.value for c in cands.get("_tendered", []) if c.value not in labelled}
    pool = [c for c in _pool(doc) if c.value not in tendered]
    pool = _rated_taxes(doc, pool, totals, read_tax=bool(vats or vat_rates))
    if not totals:
        # No labelled total: an unlabelled amount that a VAT line's rate splits exactly
        # ("¥4,180" over "consumption tax 10%: ¥380") implies the net.
        _nets_from_rates(pool, nets, vat_rates, limit=20)
        _nets_from_contained(pool, nets, vats)
    # VAT 0 is a fallback for invoices without VAT lines, not a way around a printed one.
    has_vat = any(c.value for c in vats)
    zero = Candidate(Decimal(0), 0.0 if has_vat else 0.3, doc.segments[-1], "", labelled=False)
    computed = _computed_totals(nets, vats)
    # A tip and a rounding line are added to the goods' total after the tax; neither
    # belongs to the net, and both are reported as fields of their own.
    service = _best(cands.get("_service"))
    adjust = _adjustment(shipping, discount) + extra - less + (service.value if service else 0)
    # A discount already taken off the printed net ("Less: Trade discount" over "Taxable
    # value") adds nothing after it, while a rounding line under the tax still does.
    adjusts = (adjust, extra) if extra and extra != adjust else (adjust,)

    # A discount is kept as a magnitude, and printed with its minus ("MEMBER DISC -4.54"):
    # neither reading of it is the VAT.
    side_values = {
        sign * c.value
        for k in ("shipping", "discount", "_tip", "_rounding", "_service")
        for c in cands.get(k, [])
        for sign in (1, -1)
    }
    # A cash rounding printed as a line of its own ("Rundungsdifferenz 0.02") is part of
    # the sum the page prints: net + VAT + it = the total, as exactly as without one.
    printed_rounding = (
        rounding.value
        if rounding is not None and rounding.labelled and _cash_rounding(rounding)
        else Decimal(0)
    )
    best = _best_of(
        (totals, computed, nets, [*vats, *pool, zero], pool),
        zero, adjusts, side_values, has_vat, printed_rounding,
    )  # fmt: skip
    best = _tipped_total(best, totals, nets, tip, zero, taxed=bool(vats or vat_rates))
    if best is not None:
        # The payable after a tax withheld is often labelled as no total ("Net Payment",
        # "Importe líquido"): any amount printed there will do.
        # A tip written in on a card slip: the tip-inclusive total is often printed (or
        # written) where no label reads it; an amount that is the total plus the tip is it.
        payables = totals + nets + pool if less else totals + (pool if tip else [])
        agreed = _tax_at_its_rate(doc, best)
        _set_triple(out, best, zero, payables, (tip, rounding), less, agreed)
        _hold_one_rate_row(out, best, zero, cands)
        _hold_read_as_payable(confidence, best, payable, foreign)
        _hold_beside_printed_total(doc, out, cands.get("total", []))
        _hold_zero_beside_taxes(confidence, best[3] is zero and has_vat)
        if best[3] is zero and not vats and not vat_rates:
            parts = _parts_printed(doc, cands) and not _discounted_subtotal(cands, fields.total)
            _unprinted_tax(doc, out, best, service, less, parts)
            _untaxed_net(doc, out, less)
        _no_highlighted_tax(doc, out)
    else:
        _set_unbalanced(out, totals, nets, vats, pool)
    _set_side_amounts(out, discount, shipping, _best(cands.get("amount_due")))

    # Credit notes: a positive total on a document titled "credit note" is a refund.
    if fields.total is not None and fields.total > 0 and credit:
        for name in ("total", "amount", "vat", "amount_due"):
            value = getattr(fields, name)
            if isinstance(value, Decimal) and value > 0:
                setattr(fields, name, -value)
        # Tip and rounding were read against the magnitudes: they turn with them, whatever
        # their sign, so that net + VAT + tip + rounding = total still holds.
        for name in ("tip", "rounding"):
            value = getattr(fields, name)
            if isinstance(value, Decimal):
                setattr(fields, name, -value)


def _cash_rounding(rounding: Candidate, *rounded: Candidate) -> bool:
    """Whether a rounding line's value is a cash rounding: less than one unit, or in a
    currency without minor units in use a few whole units ("Kerekítés -1 Ft", forints
    rounded to 5), the currency printed on the rounding's line or on the total it rounds
    ("KEREKÍTÉS 2" over "ÖSSZESEN: 5 260 Ft")."""
    value = abs(rounding.value)
    if 0 < value < 1:
        return True
    if not (0 < value < 5) or value != value.to_integral_value():
        return False
    texts = [rounding.text or "", *(c.text or "" for c in rounded)]
    return any(a.currency in WHOLE_CURRENCIES for t in texts for a in find_amounts(t))


#: The label of a tax read by its row's rate alone (:func:`_rated_taxes`).
_RATE_ONLY = "%"
#: A word a reader could take for a label: three letters or more ("VA" is what is left of one).
_LABEL_WORD_RE = re.compile(r"[^\W\d_]{3,}")
#: A rate printed on a row: "15%", "7.5 %".
_ROW_RATE = re.compile(r"(?<![\d.,])(\d{1,2}(?:[.,]\d{1,2})?)\s?%")


def _rated_taxes(
    doc: _Doc, pool: list[Candidate], totals: list[Candidate], *, read_tax: bool
) -> list[Candidate]:
    """With no tax read: an unlabelled amount on a row that prints a rate and no word OCR
    could read ("VA 15% 21.26", the tax's name lost) and that is that rate of another amount
    of the page, the two making a read total (141.74 + 21.26 = 163.00), is the tax: it
    outweighs the fallback of no tax, though it stays as weak as any unlabelled amount
    otherwise, and its confidence that of no tax read (:func:`_set_triple`)."""
    if read_tax:
        return pool
    out: list[Candidate] = []
    for c in pool:
        row = doc.row_of(c.segment)
        text = " ".join(o.text for o in row)
        rates = [Decimal(m.replace(",", ".")) / 100 for m in _ROW_RATE.findall(text)]
        rated = (
            rates
            and not any(o.hits for o in row)
            and _LABEL_WORD_RE.search(text) is None
            and any(
                n is not c
                and abs(n.value * rate - c.value) <= _CENT
                and any(abs(n.value + c.value - t.value) <= _CENT for t in totals)
                for n in pool
                for rate in rates
                if 0 < rate <= _MAX_RATE
            )
        )
        out.append(
            Candidate(c.value, 0.3, c.segment, c.text, labelled=False, label=_RATE_ONLY)
            if rated
            else c
        )
    return out


def _no_gross_as_tax(vats: list[Candidate], totals: list[Candidate]) -> list[Candidate]:
    """Receipts that print the taxed gross per rate with the tax included ("(10% tax incl.
    ¥48,690)" on a Japanese receipt, the gross then the consumption tax): an amount after a
    "tax included" label that equals a labelled total is that gross, never the tax (a tax
    equal to the total would leave no net)."""
    return [c for c in vats if not _gross_as_tax(c, c.value, totals)]


def _gross_as_tax(c: Candidate, value: Decimal, totals: list[Candidate]) -> bool:
    """An amount after a "tax included" label that equals a labelled total (see
    :func:`_no_gross_as_tax`)."""
    gross = any(t.labelled and t.value == value for t in totals)
    return c.label in _INCLUDED_AFTER and gross and value != 0


def _taxes_in_grosses(grosses: list[Candidate], pool: list[Candidate]) -> list[Candidate]:
    """The tax a "tax included" gross contains ("(10% tax incl. ¥48,690)" holds ¥4,426 at
    10 %): an unlabelled amount printed below that is the gross's tax at its rate, to
    within one unit of the currency (tills round the contained tax down or to the nearest
    unit), is the VAT, where the page's own tax label was not read."""
    out: list[Candidate] = []
    for g in grosses:
        rate, gross = g.value
        if not rate or rate >= 100:
            continue
        tax = gross * rate / (100 + rate)
        for p in pool:
            if p.value > 0 and abs(p.value - tax) < 1 and p.segment.bbox.y0 >= g.segment.bbox.y0:
                out.append(Candidate(p.value, 0.6, p.segment, p.text, label=g.label))
    return out


def _second_currency(doc: _Doc, cands: dict[str, list[Candidate]]) -> set[int]:
    """Amounts repeated in a second currency ("Taxable amount EUR 111.73 · VAT EUR 25.70 ·
    Total EUR 137.44" under a bill in dollars, at the exchange rate printed): where the page
    prints most of its money in one currency, a net, VAT or total printed in another is a
    conversion, weak beside the bill's own. The ids of those candidates (a triple of them is
    held for a person to see)."""
    counts = Counter(
        a.currency
        for seg in doc.segments
        for a in find_amounts(seg.text)
        if a.currency and a.decimals
    )
    if len(counts) < 2:
        return set()
    (main, n), (_, m) = counts.most_common(2)
    if n <= m:
        return set()
    out: set[int] = set()
    for key in ("net", "vat", "total", "amount_due"):
        for c in cands.get(key, []):
            found = _as_printed(c)
            if found and found[0].currency and found[0].currency != main:
                c.score *= 0.3
                out.add(id(c))
    return out


def _column_sums(doc: _Doc, nets: list[Candidate]) -> list[Candidate]:
    """A net (or a tax) read below its label that heads a column of amounts (a tax summary's
    "Taxable Value" over one row per HSN code or rate, an item table's "Tax Amt" over each
    line's tax): the first row is one part of the net, the column's sum the whole. The sum
    is read down the column while each next row holds an amount under the first and stops
    at a row that totals the ones above (already read)."""
    out: list[Candidate] = []
    for n in nets:
        if not n.labelled or n.place >= 0.9 or not n.value:
            continue
        seg = n.segment
        page = doc.page_by_number[seg.page]
        h = max(seg.bbox.height, 1.0)
        values, last = [n.value], seg
        for row in page.rows[seg.row + 1 :]:
            under = [
                o
                for o in row
                if o.bbox.x_overlap(seg.bbox) > 0.5 * min(o.bbox.width, seg.bbox.width)
            ]
            if not under or under[0].bbox.y0 - last.bbox.y1 > 1.5 * h:
                break
            read = _read_amount(under[0].text, money_only=True)
            if read is None or not read[0] or abs(read[0] - sum(values)) <= _CENT:
                break
            values.append(read[0])
            last = under[0]
        if len(values) > 1:
            total = sum(values, Decimal(0))
            out.append(
                Candidate(
                    total, n.score * 0.95, n.segment, n.text,
                    strength=n.strength, place=n.place, label=n.label,
                )
            )  # fmt: skip
    return out


def _hold_zero_beside_taxes(confidence: dict[str, float], zero_beside: bool) -> None:
    """A tax of zero where the page prints a tax's amount (``zero_beside``): a reading that
    left the tax out (a gross subtotal read as the net beside a rounding line), never sure."""
    if not zero_beside:
        return
    for name in ("amount", "vat"):
        if name in confidence:
            confidence[name] = min(confidence[name], 0.5)


def _hold_read_as_payable(
    confidence: dict[str, float],
    best: _Triple,
    payable: list[Candidate],
    foreign: set[int] | None = None,
) -> None:
    """A total read after a net's label (:func:`_nets_after_the_taxes`) is held for a person
    to see, and the net, VAT, tip and rounding that add up with it too; so is a triple read
    (in part) from amounts repeated in a second currency (:func:`_second_currency`)."""
    if any(best[1] is c for c in payable):
        for name in ("total", "amount", "vat", "tip", "rounding"):
            if name in confidence:
                confidence[name] = min(confidence[name], 0.75)
    if foreign and any(id(c) in foreign for c in best[1:]):
        for name in ("total", "amount", "vat"):
            if name in confidence:
                confidence[name] = min(confidence[name], 0.6)


def _hold_beside_printed_total(doc: _Doc, out: _Out, printed: list[Candidate]) -> None:
    """A total that no labelled total prints, where one labelled total is printed less than a
    unit away from it ("Celkem k úhradě 53 688,00 Kč" under a VAT table summing to 53 688,42,
    its rounding line misread): the page says another amount is payable, and which one the
    reading should give is for a person to see. Where the printed one is a cash-rounded
    amount (its cents a multiple of five), the sum is not, and the difference is printed on
    the page (the rounding line's amount, its label misread), it is the payable the page
    rounded to: it is the total, and the difference the rounding."""
    fields, confidence, evidence = out
    total = fields.total
    if total is None:
        return
    labelled = [c for c in printed if c.labelled]
    if any(abs(c.value) == abs(total) for c in labelled):
        return
    near = [c for c in labelled if 0 < abs(abs(c.value) - abs(total)) < 1]
    if not near:
        return
    for name in ("total", "amount", "vat", "rounding"):
        if name in confidence:
            confidence[name] = min(confidence[name], 0.6)
    rounded = [c for c in near if _cash_rounded(c.value) and not _cash_rounded(total)]
    if len(rounded) == 1 and fields.rounding is None and fields.tip is None:
        payable = rounded[0]
        gap = abs(abs(payable.value) - abs(total))
        if not any(abs(c.value) == gap for c in _pool(doc)):
            return
        value = payable.value if total > 0 else -abs(payable.value)
        fields.rounding = value - total
        confidence["rounding"] = 0.6
        _set(fields, confidence, evidence, "total", replace(payable, value=value), 0.6)


def _cash_rounded(value: Decimal) -> bool:
    """Whether an amount is rounded as cash is: its cents a multiple of five."""
    return (abs(value) * 100) % 5 == 0


def _nets_after_the_taxes(cands: dict[str, list[Candidate]]) -> list[Candidate]:
    """A "net amount" printed under every tax line, below a smaller subtotal over them ("Sub
    Total 1,230.00", "CGST 32.29", "SGST 32.29", "Round Off", "Net Amount 1,356.00"), is the
    bill's payable, as Indian and other bills name it: no net before the tax."""
    vats = [c for c in cands.get("vat", []) if c.labelled and c.value]
    if not vats:
        return []
    page = vats[0].segment.page
    first = min(v.segment.index for v in vats)
    last = max(v.segment.index for v in vats)
    nets = [c for c in cands.get("net", []) if c.labelled and c.segment.page == page]
    return [
        n
        for n in nets
        if n.segment.index > last
        and all(v.segment.page == page for v in vats)
        and any(o.segment.index < first and 0 < o.value < n.value for o in nets)
    ]


def _as_printed(c: Candidate) -> list[FoundAmount]:
    """The amounts of a candidate's text that are its value (its sign aside), as printed."""
    return [a for a in find_amounts(c.text) if abs(a.value) == abs(c.value)]


def _printed(c: Candidate) -> tuple[bool, bool]:
    """Whether a candidate's amount is printed with minor units ("117.83"), and whether it is
    printed as a bare whole number, without them or a currency ("BALANCE: 1,482")."""
    found = _as_printed(c)
    cents = any(a.decimals for a in found)
    return cents, bool(found) and not cents and not any(a.currency for a in found)


def _drop_whole_totals(cands: dict[str, list[Candidate]]) -> None:
    """On a page whose totals are printed with minor units ("TOTAL 117.83"), a bare whole
    number after a total or balance label ("POINTS EARNED: 117" / "BALANCE: 1,482") counts
    points, items or visits: it is no money."""
    keys = ("total", "amount_due", "net")
    printed = {id(c): _printed(c) for k in keys for c in cands.get(k, [])}
    if not any(c.labelled and printed[id(c)][0] for k in keys for c in cands.get(k, [])):
        return
    for k in ("total", "amount_due"):
        if k in cands:
            cands[k] = [c for c in cands[k] if not printed[id(c)][1]]


#: A carried-forward subtotal's words (:data:`.vocabulary.CARRIED_FORWARD_WORDS`).
_CARRIED_RE = re.compile(
    r"(?<!\w)(?:" + "|".join(CARRIED_FORWARD_WORDS) + r")(?!\w)", re.IGNORECASE
)


def _drop_carried_forward(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A subtotal carried from one page to the next ("Übertrag 59.499,85", "A reporter",
    "Subtotal forward from page 1") is a running sum of the lines so far: no net, total or
    amount due is read on its row."""
    rows: dict[tuple[int, int], bool] = {}

    def carried(c: Candidate) -> bool:
        key = (c.segment.page, c.segment.row)
        if key not in rows:
            text = " ".join(o.text for o in doc.row_of(c.segment))
            rows[key] = _CARRIED_RE.search(f"{text} {c.text}") is not None
        return rows[key]

    for k in ("net", "total", "amount_due"):
        if k in cands:
            cands[k] = [c for c in cands[k] if not carried(c)]


def _rounded_payable(cands: dict[str, list[Candidate]]) -> None:
    """A cash rounding printed under the total, where no rounded total is printed ("TOTAL
    $97.12", "Rounding $-0.02", "CASH $110.00", "CHANGE $12.90"): the printed total is the
    bill before the rounding, which is added after it; the total paid is the two together.
    Not printed as such, it stands in for the printed one as an unlabelled reading (held)."""
    rounding = _best(cands.get("_rounding"))
    t = _best(cands.get("total"))
    if rounding is None or t is None or not rounding.value:
        return
    if (rounding.segment.page, rounding.segment.row) <= (t.segment.page, t.segment.row):
        return
    paid = t.value + rounding.value
    if any(c.value == paid for k in ("total", "amount_due") for c in cands.get(k, [])):
        return
    rounded = Candidate(paid, t.score, rounding.segment, rounding.text, labelled=False)
    cands["total"] = [rounded] + [c for c in cands["total"] if c.value != t.value]


#: Compact headings of a tip guide (:data:`.vocabulary.TIP_OPTION_HEADINGS`).
_TIP_HEADINGS = tuple(compact(w) for w in TIP_OPTION_HEADINGS)


def _drop_tip_options(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A restaurant check (mostly American) prints a tip guide under its total: "Suggested
    Gratuity", then per rate a "Tip $8.63" and a "Total $60.42". Those totals and tips are
    the guest's options, not the bill's: the totals and tips read below the guide's heading
    on its page are dropped, where a total is read above it (the check's own)."""
    heads = [s for s in doc.segments if any(compact(s.text).startswith(h) for h in _TIP_HEADINGS)]
    if not heads:
        return
    head = heads[0]
    end = _inline_guide_end(doc, head)
    if end is not None:
        # The guide's options on its heading's row and the rows after it that print a rate:
        # dropped; the slip's own tip and total below them stay.
        def inside(c: Candidate) -> bool:
            seg = c.segment
            if seg.page != head.page or not head.bbox.y0 <= seg.bbox.cy <= end:
                return False
            return not _beside_guide(doc, head, seg)

        for key in ("total", "_tip"):
            kept = [c for c in cands.get(key, []) if not inside(c)]
            if kept:
                cands[key] = kept
            else:
                cands.pop(key, None)
        return

    def below(c: Candidate) -> bool:
        seg = c.segment
        return seg.page == head.page and seg.bbox.y0 >= head.bbox.y1 - 0.25 * head.bbox.height

    kept = [c for c in cands.get("total", []) if not below(c)]
    if not kept or len(kept) == len(cands.get("total", [])):
        return
    cands["total"] = kept
    if "_tip" in cands:
        cands["_tip"] = [c for c in cands["_tip"] if not below(c)]


_GUIDE_OPTION = re.compile(r"\d\s*%.*\d[.,]\d{2}")


def _beside_guide(doc: _Doc, head: Segment, seg: Segment) -> bool:
    """Whether ``seg`` stands in a column of its own right of a tip guide's rows, printing no
    rate with an amount ("Tip guide: 18% 11.88" | "Total" | "66.00"): the check's own."""
    row = doc.row_of(seg)
    guide = [s.bbox.x1 for s in row if s is head or _GUIDE_OPTION.search(s.text)]
    if not guide:
        return False
    right = [s for s in row if s.bbox.x0 >= max(guide)]
    return any(s is seg for s in right) and not _GUIDE_OPTION.search(
        " ".join(s.text for s in right)
    )


def _inline_guide_end(doc: _Doc, head: Segment) -> float | None:
    """Where a tip guide printed beside its heading ends ("Suggested tip: 18% 15.52 | 20%
    17.25"): after the last row from the heading's on that prints a rate with an amount. The
    "Tip:" and "Total:" lines under it, with no rate, are the slip's own, filled in by the
    guest. The same for a heading alone whose next rows print the rates. ``None`` for a
    guide whose heading stands alone over options without their rates ("Tip $8.63" /
    "Total $60.42")."""
    rows = doc.page_by_number[head.page].rows
    row_text = " ".join(s.text for s in rows[head.row])
    first = head.row
    if not _GUIDE_OPTION.search(row_text):
        # A heading alone over rows that each print a rate with its amounts ("Suggested
        # gratuity (on subtotal):" / "18% = 18.90   total 133.22" / "20% = …"): the guide
        # ends with those rows, and the card slip's own "Tip" and "TOTAL" under them stay.
        following = rows[head.row + 1] if head.row + 1 < len(rows) else []
        if not _GUIDE_OPTION.search(" ".join(s.text for s in following)):
            return None
        first = head.row + 1
    end = max(s.bbox.y1 for s in rows[first])
    for row in rows[first + 1 :]:
        if not _GUIDE_OPTION.search(" ".join(s.text for s in row)):
            break
        end = max(s.bbox.y1 for s in row)
    return end


#: Compact words that say a tip is not charged (:data:`.vocabulary.UNCHARGED_TIP_WORDS`).
_UNCHARGED_TIP = tuple(w for w in map(compact, UNCHARGED_TIP_WORDS) if w)


def _drop_uncharged_tips(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A tip the bill suggests and says it does not charge ("Propina sugerida 10%:
    $11.750,00" over "(no incluida - gracias!)"): no part of the total, so no tip. The words
    are read on the tip's row and the row under it."""
    tips = cands.get("_tip")
    if not tips:
        return

    def uncharged(c: Candidate) -> bool:
        page = doc.page_by_number[c.segment.page]
        rows = page.rows[c.segment.row : c.segment.row + 2]
        text = compact(" ".join(s.text for row in rows for s in row))
        return any(w in text for w in _UNCHARGED_TIP)

    cands["_tip"] = [c for c in tips if not uncharged(c)]


#: A discount stated as a share taken off ("FOUNDERS10 (10% off Growth plan)", "20% OFF").
_OFF_RE = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%\s?off\b", re.IGNORECASE)


def _off_discounts(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A coupon's line in an English bill's totals ("FOUNDERS10 (10% off Growth plan)
    -$89.90"), as online shops and payment platforms print it, names no discount word: a
    row outside the item table that says "N% off" and prints a negative amount is a
    discount, where no labelled one is read."""
    if cands.get("discount"):
        return
    for seg in doc.segments:
        if seg.in_table or not _OFF_RE.search(seg.text):
            continue
        row = doc.page_by_number[seg.page].rows[seg.row]
        text = " ".join(s.text for s in row if s.bbox.x0 >= seg.bbox.x0)
        found = [a for a in find_amounts(text) if a.decimals and a.value < 0]
        if len(found) == 1:
            cands.setdefault("discount", []).append(
                Candidate(-found[0].value, 0.6, seg, text, label="off")
            )


def _unnamed_deductions(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A row of the totals between a labelled subtotal and the tax or total below it that
    prints one negative amount, under a name no discount word covers ("Promotional credit
    (STARTUP-2026) -$50.00", "Gutschein Nr. 4411 -10,00", "Rabat 5 % -190,95"): a discount,
    where taking it off the subtotal, with a VAT read on the page or none, makes the total.
    Only where no discount is read, and only one such row, with no label read on it. A row
    under the tax or under another total is taken off what is owed, not off the goods: a
    deposit paid, a tax withheld ("Less: TDS @ 2%"), an advance ("Záloha")."""
    if cands.get("discount"):
        return
    nets = [c for c in cands.get("net", []) if c.labelled and c.value > 0]
    totals = [c for c in cands.get("total", []) if c.labelled and c.value > 0]
    vats = cands.get("vat", [])
    taxes = {Decimal(0)} | {c.value for c in vats if c.value >= 0}
    read = {id(c.segment) for key in cands for c in cands[key]}
    found: list[Candidate] = []
    for net in nets:
        at = net.segment
        rows = doc.page_by_number[at.page].rows
        for total in totals:
            if total.segment.page != at.page or total.segment.row <= at.row:
                continue
            stops = [total.segment.row] + [
                c.segment.row
                for c in (*totals, *vats)
                if c.segment.page == at.page and at.row < c.segment.row < total.segment.row
            ]
            for row in rows[at.row + 1 : min(stops)]:
                # A row with a label of its own is read as what its label names.
                if any(s.in_table or s.hits or id(s) in read for s in row):
                    continue
                text = " ".join(s.text for s in row)
                cut = [a for a in find_amounts(text) if a.decimals]
                if len(cut) != 1 or cut[0].value >= 0:
                    continue
                off = cut[0].value
                if any(abs(net.value + off + tax - total.value) <= _CENT for tax in taxes):
                    found.append(Candidate(-off, 0.6, row[-1], text, label="deduction"))
    if len({(c.segment.page, c.segment.row) for c in found}) == 1:
        cands["discount"] = [found[0]]


def _drop_offered_discounts(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A discount's label on a line that offers it on a condition ("Early-pay discount: pay
    $2,952.07 if received by 03/13/2026 (1%)", "2 % Skonto bei Zahlung innerhalb 10 Tagen"):
    nothing the bill takes off; its amount is the offer's, never a discount of the sum."""
    if "discount" not in cands:
        return

    def offered(c: Candidate) -> bool:
        lines = (c.segment.text, c.text)
        return any(_CONDITIONAL_WORDS.search(strip_accents(t).lower()) for t in lines)

    cands["discount"] = [c for c in cands["discount"] if not offered(c)]


def _drop_totals_before_discount(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A labelled total over a labelled discount over another labelled total that is the
    first less the discount ("Valor total R$ 44,20", "Desconto R$ 4,20", "Valor a pagar R$
    40,00", as Brazil's NFC-e prints them): the first is the goods' sum before the discount,
    never the total, which is the lower one. Not where the discount or the lower amount holds
    on a condition (an early payment's, a next visit's: :func:`_conditional`). A labelled
    surcharge between a total and a higher one that adds it likewise drops the first."""
    totals = [c for c in cands.get("total", []) if c.labelled]
    discounts = [c for c in cands.get("discount", []) if c.labelled and c.value]

    def at(c: Candidate) -> tuple[int, int]:
        return c.segment.page, c.segment.row

    before = {
        id(t)
        for t in totals
        for d in discounts
        for lower in totals
        if at(t) < at(d) < at(lower)
        and abs(t.value - abs(d.value) - lower.value) <= _CENT
        and not _conditional(doc, d, lower)
    }
    # Likewise a surcharge between them ("Valor total R$ 40,00", "Acréscimos R$ 4,00",
    # "Valor a pagar R$ 44,00"): the higher one after it is the total.
    extras = [c for c in cands.get("_service", []) if c.labelled and c.value > 0]
    before |= {
        id(t)
        for t in totals
        for x in extras
        for higher in totals
        if at(t) < at(x) < at(higher) and abs(t.value + x.value - higher.value) <= _CENT
    }
    if before:
        cands["total"] = [c for c in cands["total"] if id(c) not in before]


def _drop_part_totals(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A labelled total under which every row adds an amount up to a higher labelled total
    ("TOTAL MATERIALS 1,375.00", "LABOR 377.50", "SALES TAX 96.25", "TOTAL 1,848.75" on a
    tradesman's form): the first totals one part of the bill, never the bill."""
    totals = [c for c in cands.get("total", []) if c.labelled]
    parts = {
        id(t)
        for t in totals
        for higher in totals
        if higher.segment.page == t.segment.page
        and higher.segment.row > t.segment.row + 1
        and higher.value > t.value
        and _adds_up(doc, t, higher)
    }
    if parts:
        cands["total"] = [c for c in cands["total"] if id(c) not in parts]


def _adds_up(doc: _Doc, low: Candidate, high: Candidate) -> bool:
    """Whether each row between two totals ends in an amount, and ``low`` plus them is
    ``high``."""
    rows = doc.page_by_number[low.segment.page].rows[low.segment.row + 1 : high.segment.row]
    added = Decimal(0)
    for row in rows:
        found = [a for a in find_amounts(row[-1].text) if a.decimals]
        if not found:
            return False
        added += found[-1].value
    return abs(low.value + added - high.value) <= _CENT


_CONDITIONAL_WORDS = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in CONDITIONAL_TOTAL_WORDS) + r")\b"
)


def _conditional(doc: _Doc, *lines: Candidate) -> bool:
    """Whether a discount and the lower total after it hold only on a condition: a deadline's
    date on their lines ("Total if paid by 11/24/2026") or its words ("Early payment discount
    2%", "Total next visit"): the total above them stays the total."""
    for c in lines:
        text = strip_accents(" ".join(o.text for o in doc.row_of(c.segment))).lower()
        if find_dates(text) or _CONDITIONAL_WORDS.search(text):
            return True
    return False


#: Compact labels that state a tax as included after its name ("GST (included)").
_INCLUDED_AFTER = frozenset(compact(w) for w in INCLUDED_AFTER)


def _statement_only(c: Candidate) -> bool:
    """A tax stated as included with no amount beside it ("POS#04 | VAT INCLUDED"): the
    amount under the statement is an item's price, not the tax."""
    return c.label in _INCLUDED_AFTER and c.place < 0.9


def _best_of(
    options: tuple[list[Candidate], ...],
    zero: Candidate,
    adjust: tuple[Decimal, ...],
    side_values: set[Decimal],
    has_vat: bool,
    rounding: Decimal = Decimal(0),
) -> _Triple | None:
    """The triple that adds up from the read totals, else (or if better) from the computed
    ones too. ``options``: the totals, the computed totals, the nets, the VATs, the pool;
    ``rounding``: a cash rounding printed as a line of its own."""
    totals, computed, nets, vat_opts, pool = options
    best = _best_triple(totals + pool, nets + pool, vat_opts, zero, adjust, side_values, rounding)
    # A computed total stands in for a printed one the OCR misread; where a printed total
    # adds up with a printed tax, no sum of two other lines replaces it.
    if best is None or not best[1].labelled or (best[3] is zero and has_vat):
        again = _best_triple(
            totals + computed + pool, nets + pool, vat_opts, zero, adjust, side_values, rounding
        )
        if again is not None and (best is None or again[0] > best[0]):
            best = again
    return best


#: The label of a net computed as a labelled total less its labelled tip (:func:`_tipped_total`).
_LESS_TIP = "-tip"


def _tipped_total(
    best: _Triple | None,
    totals: list[Candidate],
    nets: list[Candidate],
    tip: Candidate | None,
    zero: Candidate,
    *,
    taxed: bool,
) -> _Triple | None:
    """A page that prints no tax, a labelled tip and a labelled total that no triple read
    holds (a ride's "Total $44.84" over "Subtotal $27.64" for the fare alone, the fees and
    the tip listed under it): the labelled total is the total, and the net is what it holds
    less the tip (net + tip = total). An unlabelled amount read as the total, below the
    labelled one by the tip or more, is a part of it, never the total."""
    if taxed or tip is None or not tip.labelled or tip.value <= 0:
        return best
    if best is not None and best[1].labelled:
        return best
    # What the total must hold: the amount read as the total, else the subtotal, and the tip.
    part = best[1].value if best is not None else max((c.value for c in nets), default=Decimal(0))
    over = [c for c in totals if c.labelled and c.value >= part + tip.value]
    if not over:
        return best
    total = max(over, key=lambda c: c.score)
    net = replace(total, value=total.value - tip.value, labelled=False, score=0.15, label=_LESS_TIP)
    return (best[0] if best is not None else total.score, total, net, zero)


_TILL_PAID = frozenset(compact(w) for w in TILL_PAID_LABELS)
_CHANGE = frozenset(compact(w) for w in CHANGE_LABELS)


def _paid_less_change(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """Money paid is the total only where no change comes back. A paid amount read as a total
    ("AMOUNT PAID 20.00", "Importe pagado") over the change given back ("CHANGE 1.50") is the
    cash handed over: the total is the paid less the change, a printed total of that value
    ("TOTAL 18.50") and, where none is printed, that difference at a weaker score (so too under
    cash handed over, "Efectivo 20,00" / "Cambio 7,50", on a page where no total is read). An
    invoice's payment already made ("Amount paid" over "Balance due") has no change under it
    and is left as it is."""
    tendered = cands.get("_tendered", [])
    changes = [c for c in tendered if c.label in _CHANGE and c.value > 0]
    if not changes:
        return
    keys = ("total", "amount_due")
    cash = [c for c in tendered if c.label not in _CHANGE] or _bare_cash(doc)
    paids = [(k, c) for k in keys for c in cands.get(k, []) if _till_paid(doc, c)]
    if not any(cands.get(k) for k in keys):
        paids = [("_tendered", c) for c in cash]
    for key, paid in paids:
        at = _at(paid)
        back = [c for c in changes if _at(c) > at and c.value < paid.value]
        if not back:
            continue
        change = min(back, key=_at)
        # The change answers the cash handed over printed between them ("AMOUNT PAID CASH
        # 221.10" / "CASH TENDERED 250.00" / "CHANGE 28.90"): then the paid is the total.
        if any(at < _at(c) < _at(change) for c in cash if c is not paid):
            continue
        # So too where an amount the page prints is the paid plus the change, whatever its
        # label and place ("TOTAL PAID 14.15" / "Payment (Cash) 20.00" / "CHANGE 5.85",
        # "Cash Received 20.00" over "TOTAL PAID 14.15").
        if _cash_printed(doc, paid, change):
            continue
        if key != "_tendered":
            cands[key] = [c for c in cands[key] if c is not paid]
            cands["_tendered"].append(paid)
        # A printed total stands, equal to the paid less the change or not (a cash rounding
        # after it); where none is left, that difference is the total, at a weaker score.
        if not any(cands.get(k) for k in keys):
            total = paid.value - change.value
            cands.setdefault("total", []).append(
                replace(paid, value=total, score=paid.score * 0.5, labelled=False)
            )


def _bare_cash(doc: _Doc) -> list[Candidate]:
    """The cash handed over under a German till's bare word for it, alone in its cell with
    one amount beside it ("Bar" | "20,00"): read only as a paid amount over the change."""
    found = []
    for seg in doc.segments:
        if seg.in_table or seg.text.strip().casefold() not in BARE_CASH_WORDS:
            continue
        right = doc.right_of(seg)
        amounts = find_amounts(right[0].text) if len(right) == 1 else []
        if len(amounts) == 1 and amounts[0].decimals:
            found.append(Candidate(amounts[0].value, 0.8, right[0], right[0].text, label="bar"))
    return found


def _cash_printed(doc: _Doc, paid: Candidate, change: Candidate) -> bool:
    """Whether a line on the page holds the ``paid`` plus the ``change``: the cash handed
    over, which the change answers (the paid is then the total)."""
    handed = paid.value + change.value
    return any(
        seg.page == paid.segment.page and any(a.value == handed for a in find_amounts(seg.text))
        for seg in doc.segments
    )


def _at(c: Candidate) -> tuple[int, float]:
    """Where ``c`` is printed: its page, then its height on it."""
    return (c.segment.page, c.segment.bbox.y0)


def _till_paid(doc: _Doc, c: Candidate) -> bool:
    """Whether ``c`` was read after a label of money paid at a till: its label, or the text
    before it in its row ("Importe pagado" read after "Importe")."""
    if c.value <= 0:
        return False
    if c.label in _TILL_PAID:
        return True
    row = [o for o in doc.row_of(c.segment) if o.bbox.x0 < c.segment.bbox.x0]
    text = " ".join(o.text for o in row) + " " + c.segment.text.replace(c.text, " ")
    return re.sub(r"[\d#%]", "", compact(text)) in _TILL_PAID


def _drop_change_as_balance(cands: dict[str, list[Candidate]]) -> None:
    """A "Balance" under a total and the cash handed over that is that cash less the total is
    the change given back, as tills in India, Malaysia or Singapore name it ("TOTAL 1,454.00" /
    "CASH 1,500.00" / "BALANCE 46.00"), not an amount still due. India's tills may label
    the bill's sum as its "NET AMOUNT" ("NET AMOUNT Rs. 735.00" / "Paid: CASH 1000.00" /
    "Balance 265.00"): cash less such a sum is the change as well."""
    totals = cands.get("total", []) + cands.get("net", [])
    tendered = cands.get("_tendered", [])

    def change(due: Candidate) -> bool:
        return any(
            due.value == cash.value - total.value
            and total.value > 0
            and due.segment.page == total.segment.page
            and due.segment.bbox.y0 > total.segment.bbox.y0
            for total in totals
            for cash in tendered
        )

    if totals and tendered and cands.get("amount_due"):
        cands["amount_due"] = [c for c in cands["amount_due"] if not change(c)]


def _unprinted_tax(
    doc: _Doc,
    out: _Out,
    best: _Triple,
    service: Candidate | None,
    less: Decimal = Decimal(0),
    parts: bool = True,
) -> None:
    """A triple of no tax on a page where no tax amount is read at all; ``parts``: whether
    the page prints parts of its total (:func:`_parts_printed`)."""
    fields, confidence, evidence = out
    if not _tax_printed(doc):
        # A service charge left to the guest is a gratuity, no part of the net.
        _no_tax(out, best, None if service is None or _optional(doc, service) else service)
        # A page that names a tax only to say it is not registered for one ("NON-VAT Reg.
        # TIN") states nothing of this bill: its net is left to :func:`_untaxed_net`.
        if not parts and _TAX_WORD_RE.search(doc.full_text) is None:
            _gross_as_net(out, less)
    elif _tax_stated(doc):
        # A tax stated only in a sentence as included or exempt, with no amount read
        # anywhere ("Im Gesamtbetrag sind 19 % MwSt. enthalten" on a small-amount invoice,
        # "Taxi fares are exempt from VAT"): the tax is unknown (null), not a printed zero;
        # the net is as read.
        fields.vat = None
        confidence.pop("vat", None)
        evidence.pop("vat", None)


#: Brazil's statement of a small business taxed under the Simples Nacional ("Documento emitido
#: por ME ou EPP optante pelo Simples Nacional"): its NF-e highlights no tax. Not its denial
#: ("Empresa não optante pelo Simples Nacional", "Optante pelo Simples Nacional: Não").
_SIMPLES_RE = re.compile(
    r"(?<!n[ãa]o\s)\boptante\s+pelo\s+simples\s+nacional\b(?!\s*:?\s*n[ãa]o\b)", re.IGNORECASE
)


def _no_highlighted_tax(doc: _Doc, out: _Out) -> None:
    """A VAT of zero read from the tax boxes of an NF-e issued under the Simples Nacional
    ("VALOR DO ICMS 0,00", "VALOR TOTAL IPI 0,00"): the tax is paid in the business's single
    monthly levy and no amount of it is printed, so the VAT is unknown (null), not zero."""
    fields, confidence, evidence = out
    if fields.vat is not None and not fields.vat and _SIMPLES_RE.search(doc.full_text):
        fields.vat = None
        confidence.pop("vat", None)
        evidence.pop("vat", None)


#: The Philippine BIR block's sales beside the VATable ones ("VAT-Exempt Sales 50.00",
#: "Zero-Rated Sales 0.00"), with the amount printed after them.
_OTHER_SALES = re.compile(
    r"\b(?:vat[\s-]*exempt|zero[\s-]*rated)\s+sales\b\W*(\d[\d,.]*)", re.IGNORECASE
)
_VATABLE_KEYS = frozenset(compact(w) for w in VATABLE_NET_LABELS)


def _vatable_part(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """ "VATable Sales" is the whole net only where the exempt and zero-rated sales printed
    beside it are nil; otherwise it is a part of the net, no net (a senior citizen's exempt
    meal: "VATable Sales 100.00", "VAT Exempt Sales 50.00", "TOTAL 162.00")."""
    nets = cands.get("net", [])
    vatable = [c for c in nets if compact(str(c.label or "")) in _VATABLE_KEYS]
    if not vatable:
        return  # the page's text is searched only where the label was read
    parts = [m.group(1) for m in _OTHER_SALES.finditer(doc.full_text)]
    if not any(ch not in "0.," for part in parts for ch in part):
        return
    cands["net"] = [c for c in nets if c not in vatable]


def _untaxed_net(doc: _Doc, out: _Out, less: Decimal) -> None:
    """A page that states no tax is charged ("Not VAT registered", "TVA non applicable, art.
    293 B du CGI", "§ 19 UStG") bills its whole gross as the net: where no net is printed the
    net is the total plus any tax the buyer withholds. Computed, not read: kept below the
    confidence that approves a field."""
    fields, confidence, evidence = out
    if not _UNTAXED_RE.search(doc.full_text):
        return
    if less and fields.vat is not None and fields.vat == -less:
        # The tax withheld, taken for a negative VAT: no tax is charged.
        fields.vat = None
        confidence.pop("vat", None)
        evidence.pop("vat", None)
    if fields.vat is not None and not fields.vat and "vat" not in evidence:
        # A VAT of zero only implied by a net equal to the total (the tax line prints a dash
        # or nothing): no tax is printed, so none is reported.
        fields.vat = None
        confidence.pop("vat", None)
    if fields.amount is not None or fields.total is None or fields.vat is not None:
        return
    if fields.total > 0:
        _total_as_net(out, fields.total, less, 0.6)


def _total_as_net(out: _Out, total: Decimal, less: Decimal, cap: float) -> None:
    """The net set to ``total`` plus any tax the buyer withholds: computed, not read, so
    reported as inferred at ``cap`` at most (below the confidence that approves a field)."""
    fields, confidence, evidence = out
    fields.amount = total + less
    confidence["amount"] = round(min(confidence.get("total", cap), cap), 3)
    if "total" in evidence:
        evidence["amount"] = dict(evidence["total"], inferred=True)


#: Lines that split a total into parts: a subtotal or net, shipping, a discount, a tip, a cash
#: rounding, a service charge, fees and charges summed, an amount settled.
_PARTS = ("net", "shipping", "discount", "_tip", "_rounding", "_service", "_charges", "_settled")


#: A line opened by a word that names a part of a total (:data:`.vocabulary.TOTAL_PART_WORDS`).
_PART_RE = re.compile(
    r"^\W*(?:" + "|".join(re.escape(w) for w in TOTAL_PART_WORDS) + r")\b", re.IGNORECASE
)


def _parts_printed(doc: _Doc, cands: dict[str, list[Candidate]]) -> bool:
    """Whether the page prints any line that makes part of its total: one read in a role
    of :data:`_PARTS`, or one opened by a word naming such a part ("Fare", "Booking fee")."""
    if any(cands.get(k) for k in _PARTS):
        return True
    return any(
        _PART_RE.match(text) and (_PART_RE.fullmatch(text) or find_amounts(text))
        for text in (seg.text.strip() for seg in doc.segments)
    )


def _discounted_subtotal(cands: dict[str, list[Candidate]], total: Decimal | None) -> bool:
    """Whether the only parts read are a subtotal and a discount taken off it that leaves the
    total ("SUBTOTAL 107.60", "Member Disc 5% -5.38", "NETT TOTAL 102.22"): no part outside
    the net, so with no tax the total is the net."""
    if total is None or any(cands.get(k) for k in _PARTS if k not in ("net", "discount")):
        return False
    return any(
        abs(n.value - abs(d.value) - total) <= _CENT
        for n in cands.get("net", [])
        for d in cands.get("discount", [])
        if d.value
    )


def _gross_as_net(out: _Out, less: Decimal) -> None:
    """No tax printed, no net read and no line that makes part of the total (a subtotal, a
    fee, a discount, a tip, a rounding): the total is the net, as net + tip + rounding = total
    holds where the VAT is null (plus any tax the buyer withholds). Where the page splits its
    total into parts, which of them make the net is left open (null). Computed, not read:
    reported as inferred, at 0.55 at most, below the confidence that approves a field, so
    that it never lets a document through alone."""
    fields = out[0]
    if fields.amount is not None or fields.total is None or fields.vat is not None:
        return
    if fields.total > 0 and not fields.tip and not fields.rounding:
        _total_as_net(out, fields.total, less, 0.55)


def _no_tax(out: _Out, best: _Triple, service: Candidate | None = None) -> None:
    """No tax anywhere on the page: the VAT is unknown (null), not a printed zero; the net is
    the page's own subtotal where it prints one that is the whole net, never the total (or
    the fare before a booking fee) taken for one. A service charge added to the subtotal
    ("Subtotal 836.00", "10% Service Charge 83.60", "TOTAL 919.60") is no tax: with no tax
    the net is what the two make, the total."""
    fields, confidence, evidence = out
    fields.vat = None
    whole = best[2].value
    if (
        service is not None
        and fields.amount is not None
        and abs(whole + service.value - fields.amount) <= _CENT
    ):
        whole = fields.amount
    # The net a labelled total implies less its labelled tip (:func:`_tipped_total`) stands:
    # with no tax, net + tip = total.
    kept = best[2].label == _LESS_TIP and whole == fields.amount
    if (not best[2].labelled and not kept) or whole != fields.amount:
        fields.amount = None
        confidence.pop("amount", None)
        evidence.pop("amount", None)


#: Words that leave a service charge to the guest (:data:`.vocabulary.OPTIONAL_SERVICE_WORDS`).
_OPTIONAL_RE = re.compile(r"\b(?:" + "|".join(OPTIONAL_SERVICE_WORDS) + r")\b", re.IGNORECASE)


def _optional(doc: _Doc, service: Candidate) -> bool:
    """Whether the service charge's line states it as the guest's choice ("Serviço 10%
    (opcional)"): then it is a gratuity, no part of the net."""
    row = " ".join(o.text for o in doc.row_of(service.segment))
    return _OPTIONAL_RE.search(f"{row} {service.text}") is not None


def _credit_magnitudes(doc: _Doc, cands: dict[str, list[Candidate]]) -> bool:
    """Whether the document is a credit; if so its amount candidates become magnitudes."""
    totals = cands.get("total", [])
    # A negative line under a larger positive total is a deduction from it ("abzügl.
    # Anzahlung -300,00" under "Gesamtbetrag 1.653,80"), not the sign of the document.
    largest = max((abs(c.value) for c in totals), default=Decimal(0))
    # So is a payment printed negative ("Amount paid -$555.69" under "Total $555.69"): it
    # settles the total of a paid invoice.
    positive = {c.value for c in totals if c.value > 0}
    credit = _is_credit(doc) or any(
        c.value < 0 and abs(c.value) >= largest and not _settles(c, positive) for c in totals
    )
    if credit:
        # A credit note prints its amounts with mixed signs ("Total HT -218,48",
        # "Taxes 14,99", "Total TTC -233,47"): the triple is matched on magnitudes and
        # the credit's sign is applied at the end.
        for name in ("net", "vat", "total", "amount_due"):
            for c in cands.get(name, []):
                c.value = abs(c.value)
    return credit


def _settles(c: Candidate, positive: set[Decimal]) -> bool:
    """Whether negative ``c`` is a payment of a positive total the page prints: its label
    names a payment ("Amount paid", "Payment") and its magnitude is that total."""
    return -c.value in positive and any(w in c.label for w in PAYMENT_LABEL_WORDS)


#: Taxes printed as components of one sales tax, each on its own line: India's central and
#: state (or integrated, union-territory) GST, Canada's federal and provincial taxes, and
#: Brazil's ICMS, ICMS by substitution and IPI in an NF-e's tax grid.
_COMPONENT_TAXES = (
    frozenset({"cgst", "sgst", "utgst", "igst"}),
    frozenset(label_key(w) for w in COMPONENT_TAX_TOTALS),
    frozenset({"gst", "pst", "qst", "hst", "tps", "tvq"}),
    frozenset(label_key(w) for w in NFE_TAX_LABELS),
)


def _sum_of(
    parts: Iterable[Candidate], score: float, *, label: str = "", labelled: bool = True
) -> Candidate:
    """One candidate for the sum of ``parts``' values, placed at the part printed first."""
    parts = list(parts)
    first = min(parts, key=lambda c: c.segment.index)
    summed = sum((c.value for c in parts), Decimal(0))
    return Candidate(summed, score, first.segment, first.text, labelled=labelled, label=label)


def _line_parts(cands: Iterable[Candidate], *, best: bool) -> Iterator[tuple[str, list[Candidate]]]:
    """Per label, one reading a printed line (the best scored with ``best``, else the first
    read), where two lines or more hold different values: the parts of one amount printed
    line by line under one label. One line read twice, or one amount printed again, is
    no parts."""
    by_label: dict[str, dict[int, Candidate]] = {}
    for c in cands:
        lines = by_label.setdefault(c.label, {})
        key = id(c.segment)
        if key not in lines or (best and lines[key].score < c.score):
            lines[key] = c
    for label, lines in by_label.items():
        parts = list(lines.values())
        if len(parts) >= 2 and len({c.value for c in parts}) == len(parts):
            yield label, parts


#: The statement of the taxes contained in a Brazilian consumer's prices (Lei 12.741/2012).
_TRIBUTOS_RE = re.compile(r"\btributos\b.*(?:incidentes|aprox|12\.?741)", re.IGNORECASE)
#: One of its amounts, after the real's sign ("Federal R$ 6,69", "R$18,47").
#: The levels of government the statement splits the tax between.
_LEVELS_RE = re.compile(r"\b(?:federal|estadual|municipal)\b", re.IGNORECASE)
_REAIS_RE = re.compile(r"R\$\s?(\d{1,3}(?:\.\d{3})*,\d{2})(?!\d)")


def _contained_tax_statement(doc: _Doc) -> list[Candidate]:
    """The taxes a Brazilian NFC-e states as contained in its prices ("Tributos Totais
    Incidentes (Lei Federal 12.741/2012): R$ 18,47", or per level of government on the lines
    under it, "Federal R$ 6,69", "Estadual R$ 19,40"): the only tax such a receipt prints, so
    the VAT contained in the total, their sum. The law's number is no amount."""
    for seg in doc.segments:
        if not _TRIBUTOS_RE.search(seg.text):
            continue
        rows = doc.page_by_number[seg.page].rows[seg.row : seg.row + 4]
        values: list[Decimal] = []
        for i, row in enumerate(rows):
            # A row's cells read as one line: the amount may stand apart from its "R$",
            # right-aligned ("(Lei Federal 12.741/2012) R$ | 9,46").
            line = " ".join(o.text for o in row)
            found = _REAIS_RE.findall(line)
            levels = _LEVELS_RE.search(line) is not None
            if i and (not found or (values and not levels)):
                break  # past the statement: a line of its own amount, or none
            values.extend(Decimal(v.replace(".", "").replace(",", ".")) for v in found)
        if values:
            label = compact(CONTAINED_TAX_STATEMENT)
            return [Candidate(sum(values, Decimal(0)), 0.6, seg, seg.text, label=label)]
    return []


def _component_sums(vats: list[Candidate]) -> list[Candidate]:
    """The sum of a sales tax's components printed on lines of their own ("CGST 3,110.50",
    "SGST 3,110.50"): a VAT candidate, whether or not the lines print their rates. Each
    component counts once, by its best reading; equal amounts are no duplicate here."""
    out: list[Candidate] = []
    for family in _COMPONENT_TAXES:
        parts: dict[str, Candidate] = {}
        for c in vats:
            if c.label in family and (c.label not in parts or parts[c.label].score < c.score):
                parts[c.label] = c
        # A bilingual line names one tax twice ("GST / TPS 5%", "QST / TVQ 9.975%"): one part
        # per amount printed, however many of the family's names its label holds.
        by_place = {(id(c.segment), c.value): c for c in parts.values()}
        if len(by_place) > 1:
            first = min(by_place.values(), key=lambda c: c.segment.index)
            score = min(c.score for c in by_place.values())
            out.append(_sum_of(by_place.values(), score, label=first.label))
            # Each part alone is half the tax: weaker than the sum where a triple adds up
            # with either (a total with the sum, an implied net with one part).
            for c in vats:
                if c.label in family:
                    c.score *= 0.95
    return out


#: The recargo de equivalencia's labels, and the labels of the IVA it is charged beside.
_SURCHARGE_LABELS = frozenset(compact(w) for w in SURCHARGE_TAX_LABELS)
_IVA_LABELS = frozenset(
    compact(w) for w in ("iva", "cuota iva", "importe iva", "total iva", "cuota i.v.a.")
)


def _surcharge_sums(vats: list[Candidate]) -> list[Candidate]:
    """The IVA and the recargo de equivalencia charged beside it ("Cuota IVA 595,39",
    "Cuota R.E. 147,43"): both are taxes, their sum is the VAT. One candidate of the best IVA
    reading and the best recargo reading, on other lines or cells; each alone is weaker."""
    iva = _best([c for c in vats if c.label in _IVA_LABELS and c.value])
    surcharge = _best([c for c in vats if c.label in _SURCHARGE_LABELS and c.value])
    if iva is None or surcharge is None or iva.segment is surcharge.segment:
        return []
    for c in vats:
        if c.label in _IVA_LABELS or c.label in _SURCHARGE_LABELS:
            c.score *= 0.95
    return [_sum_of((iva, surcharge), min(iva.score, surcharge.score), label=iva.label)]


def _contained_sums(vats: list[Candidate]) -> list[Candidate]:
    """Tax stated as contained on several lines under one label, one per rate ("(8% target
    ¥756)", "(tax incl. ¥56)", "(10% target ¥1,318)", "(tax incl. ¥120)", as Japanese tills
    print it): the lines' sum is the tax contained in the total, each line a part of it."""
    out: list[Candidate] = []
    contained = (c for c in vats if c.labelled and c.value and c.label.startswith(_INCLUSIVE))
    for label, parts in _line_parts(contained, best=True):
        out.append(_sum_of(parts, min(c.score for c in parts), label=label))
        for c in vats:
            if c.label == label:
                c.score *= 0.95
    return out


def _rates_on_base_line(
    doc: _Doc, vats: list[Candidate], vat_rates: list[Candidate]
) -> list[Candidate]:
    """Tax lines that print no rate, each under the line of its rate and base ("10% target
    ¥5,280" / "(Tax ¥480)", "8% target ¥160" / "(Tax ¥12)", as tills print a tax contained
    per rate): each tax, at the rate of the line above where it is that rate of the line's
    amount (contained in it or charged on it), as a ``_vat_rate``; :func:`_vat_lines` then
    sums them. Only where two lines or more at different rates check out so: one line alone
    is no breakdown."""
    seen = {id(c.segment) for c in vat_rates}
    found: dict[int, Candidate] = {}
    for c in vats:
        seg = c.segment
        if not c.labelled or c.value <= 0 or id(seg) in seen or id(seg) in found:
            continue
        rows = doc.page_by_number[seg.page].rows
        own = " ".join(o.text for o in rows[seg.row])
        if seg.row == 0 or _RATE_RE.search(own):
            continue
        above = " ".join(o.text for o in rows[seg.row - 1])
        rates = _RATE_RE.findall(above)
        if len(rates) != 1:
            continue
        rate = Decimal(rates[0].replace(",", "."))
        if 0 < rate <= 30 and any(_rate_of(a.value, rate, c.value) for a in find_amounts(above)):
            found[id(seg)] = Candidate((rate, c.value), c.score, seg, c.text, label=c.label)
    if len({c.value[0] for c in found.values()}) < 2:
        return []
    return list(found.values())


def _rate_of(base: Decimal, rate: Decimal, tax: Decimal) -> bool:
    """Whether ``tax`` is ``rate`` percent of ``base`` or contained in it at that rate, to
    the cent, or to the unit where both are whole (a currency without minor units)."""
    whole = base == base.to_integral_value() and tax == tax.to_integral_value()
    limit = Decimal("0.99") if whole else _CENT
    return any(abs(base * rate / d - tax) <= limit for d in (Decimal(100), 100 + rate))


def _vat_lines(vat_rates: list[Candidate], vats: list[Candidate], fields: InvoiceFields) -> None:
    """The VAT breakdown by rate, and the VAT total of several lines as a VAT candidate."""
    # Several VAT lines (19 % and 7 %, or CGST 9 % and SGST 9 %) add up to the VAT total;
    # one tax printed twice at one rate is one line.
    by_rate: dict[tuple[Decimal, str], Candidate] = {}
    for c in vat_rates:
        rate, amount = c.value
        key = (rate, c.label)
        if key not in by_rate or by_rate[key].score < c.score:
            by_rate[key] = Candidate(amount, c.score, c.segment, c.text, label=c.label)
    if len(by_rate) > 1:
        summed = sum((c.value for c in by_rate.values()), Decimal(0))
        first = next(iter(by_rate.values()))
        # Lines that all state their tax as contained ("10% Uchi Shohizei ¥70", "8% ...
        # ¥67") sum to a tax contained too, whatever the rate in their labels ("enthält 20%
        # USt", "enthält 10% USt").
        labels = {c.label for c in by_rate.values()}
        contained = all(la.startswith(_INCLUSIVE) for la in labels)
        label = first.label if len(labels) == 1 or contained else ""
        vats.append(Candidate(summed, 0.7, first.segment, first.text, label=label))
        if len({rate for rate, _ in by_rate}) > 1:
            # Lines at different rates ("PTU A 23% 0,09", "PTU B 8% 0,70") are parts of
            # the VAT: none of them alone is the VAT where the page prints their sum
            # ("Suma PTU 3,09"), or where the sum stands in for it.
            parts = {(id(c.segment), c.value) for c in by_rate.values()}
            for c in vats:
                if (id(c.segment), c.value) in parts:
                    c.score *= 0.6
    if by_rate:
        fields.vat_breakdown = [VatLine(rate=r, amount=c.value) for (r, _), c in by_rate.items()]


def _rate_part_sums(
    vat_rates: list[Candidate], nets: list[Candidate], totals: list[Candidate]
) -> None:
    """A till or bill that prints its tax per rate with the rate's own net and gross ("TVA
    5,50% 1,49 / HT 27,11 TTC 28,60", "TVA 10,00% 0,90 / HT 9,00 TTC 9,90"), as French
    tickets and many European receipts do: each rate's net and gross are parts, and one
    rate's (net, tax, gross) adds up as well as the whole bill's. Where every one of two or
    more rates has a labelled net its tax checks out against, the parts' sums are the net
    and (where each rate prints its gross) the total; each part alone is weak beside them."""
    by_rate: dict[Decimal, Decimal] = {}
    for c in vat_rates:
        rate, amount = c.value
        by_rate.setdefault(rate, amount)
    if len(by_rate) < 2:
        return
    net_parts: list[Candidate] = []
    total_parts: list[Candidate] = []
    for rate, amount in by_rate.items():
        fits = {
            n.value: n
            for n in nets
            if n.labelled and n.value > 0 and abs(n.value * rate / 100 - amount) <= _CENT
        }
        if len(fits) != 1 or not amount:
            return
        n = next(iter(fits.values()))
        net_parts.append(n)
        total_parts.extend(t for t in totals if t.labelled and t.value == n.value + amount)
    if len({id(c.segment) for c in net_parts}) < len(net_parts):
        return
    first = min(net_parts, key=lambda c: c.segment.index)
    nets.append(_sum_of(net_parts, 0.7, label=first.label))
    gross = {c.value for c in total_parts}
    if len(gross) == len(net_parts):
        seg = min(total_parts, key=lambda c: c.segment.index)
        totals.append(Candidate(sum(gross, Decimal(0)), 0.7, seg.segment, seg.text))
    for c in (*net_parts, *(t for t in totals if t.value in gross)):
        c.score *= 0.6


def _net_line_sums(nets: list[Candidate]) -> None:
    """A till's tax block per rate whose rate lines the OCR left unlabelled ("2 MwSt 19%
    1,02 / Netto 5,38  Br 6,40", "1 MwSt 7% 0,97 / Netto 13,83  Br 14,80", "MwSt gesamt
    1,99"): the net lines under one label, each on its own line, are the parts of the net;
    their sum is a net too, where no read net is it. It counts only in a triple that adds up
    with a printed tax and total, and as a sum never read is held for a person to see."""
    lined = [c for c in nets if c.labelled and c.label and c.value > 0 and c.place >= 0.9]
    for _, parts in _line_parts(lined, best=False):
        summed = _sum_of(parts, 0.5, labelled=False)
        if not any(n.value == summed.value for n in nets):
            nets.append(summed)


def _with_other_taxes(vats: list[Candidate], others: list[Candidate]) -> list[Candidate]:
    """The IVA and the other taxes charged beside it, summed under a label of their own
    ("IVA 21%: $ 314370,00", "Importe Otros Tributos: $ 44910,00", as Argentina's invoices
    print them): every tax the page charges, so their sum is a tax candidate, which counts
    where a triple adds up with it. The best tax read, with the best other taxes' amount;
    nothing where either is zero."""
    other = _best([c for c in others if c.value > 0])
    if other is None:
        return []
    taxes = [
        c for c in vats
        if c.value > 0 and c.segment is not other.segment and c.value != other.value
    ]  # fmt: skip
    tax = _best(taxes)
    if tax is None:
        return []
    return [_sum_of((tax, other), min(tax.score, other.score), label=tax.label)]


def _vat_line_sums(vats: list[Candidate]) -> None:
    """Tax lines under one label, each on its own line, that name their rates in words the
    reader takes for no rate ("IVA tasa mínima 3.739,14", "IVA tasa básica 1.834,80", as
    Uruguay's e-Factura prints them): the parts of the tax; their sum is a tax too, where no
    read tax is it. Like :func:`_net_line_sums`, it counts only in a triple that adds up with
    a printed total, and as a sum never read is held for a person to see."""
    lined = [c for c in vats if c.labelled and c.label and c.value > 0 and c.place >= 0.9]
    for _, parts in _line_parts(lined, best=False):
        summed = _sum_of(parts, 0.5, labelled=False)
        if not any(v.value == summed.value for v in vats):
            vats.append(summed)


def _nightly_tax_sums(doc: _Doc, read: list[Candidate], vats: list[Candidate]) -> None:
    """Tax lines under one label, each on a row of its own dated a different day, as a hotel
    folio charges its lodging tax night by night ("04/06/2026 Lodging Tax 14.75% 33.78", the
    same again on 04/07 and 04/08): the parts of the tax however alike their values, and
    their sum the tax (one amount printed twice is dated once, or not at all), as the sum of
    lines at several rates is (:func:`_vat_lines`). ``read``: the tax lines as read, before
    alike values were merged into ``vats``."""
    # A night's tax taken back ("04/09 Lodging Tax -33.78", a stay cut short) is a part too.
    lined = [c for c in read if c.labelled and c.label and c.value != 0 and c.place >= 0.9]
    by_label: dict[str, dict[int, Candidate]] = {}
    for c in lined:
        by_label.setdefault(c.label, {}).setdefault(id(c.segment), c)
    for lines in by_label.values():
        parts = list(lines.values())
        if len(parts) < 2 or len({c.value for c in parts}) == len(parts):
            continue  # distinct values are :func:`_vat_line_sums`' parts
        days = [_row_date(doc, c.segment) for c in parts]
        if None in days or len(set(days)) != len(days):
            continue
        summed = _sum_of(parts, 0.7, labelled=False)
        if summed.value > 0 and not any(v.value == summed.value for v in vats):
            vats.append(summed)
            # None of the nights' lines alone is the tax where their sum stands for it.
            nights = {id(c.segment) for c in parts}
            for c in vats:
                if id(c.segment) in nights and c is not summed:
                    c.score *= 0.6


def _row_date(doc: _Doc, seg: Segment) -> object:
    """The one date printed on ``seg``'s row, else ``None``."""
    found = [d.value for o in doc.row_of(seg) for d in find_dates(o.text)]
    return found[0] if len(found) == 1 else None


def _with_vat_table(
    doc: _Doc, nets: list[Candidate], vats: list[Candidate], totals: list[Candidate]
) -> tuple[list[Candidate], list[Candidate], list[Candidate], _VatTable | None]:
    """The net, VAT and total candidates once a VAT breakdown table has been read, and
    the table."""
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
        labelled = [c.value for c in totals if c.labelled]
        net = table.net
        if table.net_once is not None and any(
            abs(table.net_once + table.vat - v) <= _CENT for v in labelled
        ):
            # A base two rates tax ("PDV 25% | 28,44 | 7,11", "PNP 3% | 28,44 | 0,85") is one
            # base: counted once, the table adds up with the page's total.
            net = table.net_once
        nets.append(Candidate(net, 0.8, seg, seg.text))
        vats.append(Candidate(table.vat, 0.8, seg, seg.text))
        # A gross under every labelled total leaves lines out (a bottle deposit outside
        # the tax): the page's own total stands, the table's net being part of its net.
        gross = table.gross
        short = gross is not None and bool(labelled) and all(v > gross + _CENT for v in labelled)
        if gross is not None and not short:
            # Rows that print their gross too ("A 10% | 9,45 | 0,95 | 10,40") sum to the
            # total, whatever label (or none) the page's own total line bears.
            totals.append(Candidate(gross, 0.8, seg, seg.text))
    return nets, vats, totals, table


def _nets_beyond_the_table(
    totals: list[Candidate], nets: list[Candidate], table: _VatTable, extra: Decimal
) -> None:
    """A total above a VAT table's net and VAT: lines the table leaves out bear no tax
    (a bottle deposit, an exempt fee) and are in the net too: the total less the VAT."""
    for t in totals[:4]:
        base = t.value - table.vat - extra
        if base > table.net + _CENT and all(o.value != base for o in nets):
            nets.append(Candidate(base, 0.2, t.segment, t.text, labelled=False))


#: A tax line that states the tax as included with its rate before the word, and nothing
#: after it but its amount ("GST 9% included $3.90", "MwSt. 19 % enthalten"): the tax in the
#: total, as "GST included" states it. One that goes on ("VAT 20% included in subtotal") names
#: what the tax is in, and is read as that says.
_RATED_INCLUDED = re.compile(
    rf"^\W*(?P<tax>{'|'.join(TAX_WORDS)})\.?\s*\(?\s*"
    r"\d{1,2}(?:[.,]\d{1,2})?\s?%\s*\)?\s*"
    r"(?:included|inclusive|incl\.?|enthalten|inbegrepen|comprise|incluid[ao]|inclus[aeo]?)"
    # ... and where it is included ("ICMS 12% (incluso no valor)", "IVA incluido en el precio").
    r"(?:\s+(?:in|im|no|na|en|el|nel|dans|le|the|o)(?:\s+(?:the|el|le|o|il))?\s+"
    r"(?:valor|precio|preço|preco|prezzo|price|preis|prix|total|importe|montant)\w*)?\s*\)?"
    r"\s*[:=]?\s*(?:[$€£¥]?\s*\d[\d.,' ]*)?$",
    re.IGNORECASE,
)


#: A tax line that states its rate and then the amount it is taken of, its base
#: (:data:`_ON_BASE_RE`: "1 MWST 8.1% von 27.10", "VAT 20% on 120.00", "TVA 5,5 % sur
#: 10,55"), its tax in a cell of its own.
_RATED_BASE = re.compile(
    rf"^\W*(?:\d\s+)?(?P<tax>{'|'.join(TAX_WORDS)})\.?\s*"
    r"(?P<rate>\d{1,2}(?:[.,]\d{1,2})?)\s?%\s*(?P<base>" + _ON_BASE_RE.pattern + r")\s*$",
    re.IGNORECASE,
)


def _rated_as_included(doc: _Doc, vats: list[Candidate]) -> None:
    """The tax lines read under a tax's name whose line states the tax as included after its
    rate (:data:`_RATED_INCLUDED`), or whose tax is the rate's share of a gross it is taken of
    ("MWST 8.1% von 27.10" and 2.03: 27.10 × 8.1 / 108.1, where 8.1 % of 27.10 would be 2.20;
    :data:`_RATED_BASE`): relabelled as the tax included in the total."""
    for i, c in enumerate(vats):
        if not c.labelled or c.label.startswith(_INCLUSIVE):
            continue
        for seg in doc.row_of(c.segment):
            text = seg.text.strip()
            m = _RATED_INCLUDED.match(text)
            if m is None:
                m = _RATED_BASE.match(text)
                if m is None or not _share_of_gross(m, c.value):
                    continue
            if compact(m.group("tax")) == c.label:
                vats[i] = replace(c, label=compact(f"{m.group('tax')} included"))
                break


def _share_of_gross(m: re.Match[str], tax: Decimal) -> bool:
    """Whether ``tax`` is the rate's share of the base as a gross (to the cent) and not the
    rate of it as a net."""
    rate, base = parse_amount(m.group("rate")), parse_amount(m.group("base"))
    if rate is None or base is None or not rate or not base:
        return False
    inclusive = abs(base * rate / (100 + rate) - tax) <= _CENT
    return inclusive and abs(base * rate / 100 - tax) > _CENT


def _implied_nets(
    totals: list[Candidate],
    vats: list[Candidate],
    nets: list[Candidate],
    vat_rates: list[Candidate],
    extra: Decimal = Decimal(0),
    rounding: Candidate | None = None,
    tip: Candidate | None = None,
    discount: Candidate | None = None,
    less: Decimal = Decimal(0),
) -> None:
    """Nets a total and a VAT imply where none (or only a gross subtotal) is printed;
    ``extra`` (a tip and a rounding line) is in the total but never in a net; ``rounding``:
    the rounding line, ``tip`` the tip's, ``discount`` the discount's; ``less``: a tax
    withheld from the total."""
    _nets_from_rates(totals, nets, vat_rates)
    _nets_beyond_the_taxed(totals, nets, vat_rates, extra)
    _nets_from_vats(totals, vats, nets, extra, rounding, tip, discount, less)


def _nets_from_rates(
    totals: list[Candidate], nets: list[Candidate], vat_rates: list[Candidate], limit: int = 4
) -> None:
    """A labelled total and a VAT line with its rate imply the net where none is printed
    ("Amount paid $53.86", "Tax (9.92%) $4.86"), when the rate checks out."""
    for t in totals[:limit] if not nets else ():
        for c in vat_rates:
            rate, amount = c.value
            base = t.value - amount
            if amount and base and abs(base * rate / 100 - amount) <= _CENT:
                nets.append(Candidate(base, 0.3, t.segment, t.text, labelled=False))


def _nets_from_contained(
    pool: list[Candidate], nets: list[Candidate], vats: list[Candidate]
) -> None:
    """No labelled total, and a tax stated as contained ("DI CUI IVA 1,26", "waarvan BTW"):
    the unlabelled amount whose net (the amount less the tax) bears that tax at a rate in
    use is the total ("13,90" over "20,00" handed over); the net is what the tax leaves."""
    for v in vats[:4]:
        if not v.value or not v.label.startswith(_INCLUSIVE):
            continue
        for p in pool:
            base = p.value - v.value
            fits = base > 0 and any(abs(base * r / 100 - v.value) <= _CENT for r in _RATES[1:])
            if fits and all(n.value != base for n in nets):
                nets.append(Candidate(base, 0.3, p.segment, p.text, labelled=False))


def _nets_beyond_the_taxed(
    totals: list[Candidate], nets: list[Candidate], vat_rates: list[Candidate], extra: Decimal
) -> None:
    """A tax whose rate checks out against a printed subtotal, and a total above the two:
    lines after the tax that bear none (a fee note's disbursements) are in the net too."""
    for t in totals[:4]:
        for c, n in product(vat_rates, nets[:4]):
            rate, amount = c.value
            base = t.value - amount
            if not amount or abs(n.value * rate / 100 - amount) > _CENT:
                continue
            if base - extra > n.value + _CENT and all(o.value != base for o in nets):
                nets.append(Candidate(base, 0.2, t.segment, t.text, labelled=False))


def _nets_from_vats(
    totals: list[Candidate],
    vats: list[Candidate],
    nets: list[Candidate],
    extra: Decimal,
    rounding: Candidate | None = None,
    tip: Candidate | None = None,
    discount: Candidate | None = None,
    less: Decimal = Decimal(0),
) -> None:
    """Without a printed net, a labelled VAT still implies one (total less VAT) when the
    rate does not check out against it: tax charged on part of the bill only ("Tax 8.25% on
    parts"). VAT stated as included in the total ("Includes 19% VAT €36.99") implies it even
    beside a printed subtotal, which is then a gross figure; a cash rounding or a tip in that
    total is no part of the net. A subtotal equal to the total above a tax line is gross too
    (a till's "SUBTOTAL 164,14 / TOTAL 164,14 / TVA 23,93"), and so is one that the
    discount alone takes down to the total ("ARA TOPLAM 1.567,30", "İNDİRİMLER -95,00",
    "TOPKDV 104,14", "TOPLAM 1.472,30": the tax is in the prices)."""
    off = abs(discount.value) if discount is not None and discount.value else None
    # The nets that stop a total's implied one are those read before any is implied here: a
    # net implied from one total is printed nowhere and stops no other total's (a solicitor's
    # "TOTAL £3,780.20" above "BALANCE DUE £2,780.20" after money held on account, with no
    # net printed, implies a net from each). Nor does a printed net that adds up with a tax
    # (or none) to no total on the page, less the extras and the discount or not, and falls
    # short of every total with any tax (a subtotal before charges the page adds after it,
    # freight, a service, a fee it names oddly). One that a tax takes past a total stays: what
    # the page deducts after it (a tax withheld, a deposit) is read or not, never made up.
    taxes = (Decimal(0), *(c.value for c in vats[:4]))
    fitting = [
        n
        for n in nets
        if any(_net_fits(t.value + less, n.value, taxes, extra, off) for t in totals)
        or not all(_short_of(t.value + less, n.value, taxes) for t in totals[:4])
    ]
    for t in totals[:4]:
        # Every subtotal read off the page is the total itself: it is gross, and the net is
        # not printed at all, so the one a printed tax implies is likelier than where no
        # subtotal is (nets implied by other totals are no subtotal of this one). So is a
        # subtotal the discount alone takes down to the total.
        read = [n for n in nets if n.labelled]
        gross_only = bool(read) and all(n.value == t.value for n in read)
        discounted = (
            not gross_only
            and off is not None
            and bool(read)
            and all(n.value in (t.value, t.value + off) for n in read)
        )
        printed_any = any(n.value != t.value for n in fitting)
        for c in vats[:4]:
            # ... unless another total adds the tax to this one (a builder's "Amount due this
            # application" after "Less previously certified", then "VAT" and "TOTAL NOW DUE").
            off_gross = discounted and not any(
                abs(o.value - t.value - c.value) <= _CENT for o in totals
            )
            gross = gross_only or off_gross
            printed = printed_any and not off_gross
            inclusive = c.label.startswith(_INCLUSIVE)
            # The sum of the taxes of several rates implies the whole net beside one rate's;
            # only where another tax figure is read ("Total VAT" on a one-rate bill is just
            # its VAT, and a net implied from each of several totals could balance a wrong one).
            whole = c.labelled and c.label in _TAX_SUMS and any(o.value != c.value for o in vats)
            if (printed and not inclusive and not whole) or not c.value:
                continue
            if abs(c.value) >= abs(t.value):
                continue
            # A total that is another printed total plus the tip or rounding ("Total
            # 4'928.37", "Rundung -0.02", "Rechnungsbetrag 4'928.35") holds them.
            # So does a total printed under a cash rounding line that is the only extra
            # ("Kerekítés -1 Ft" over "ÖSSZESEN 8 080 Ft").
            held = (
                inclusive
                or (extra and any(o.value == t.value - extra for o in totals))
                or _rounded_below(t, rounding, extra)
                or _tip_above(t, tip)
            )
            base = t.value - c.value - (extra if held else 0)
            if all(n.value != base for n in nets):
                score = 0.35 if inclusive or gross else 0.2
                nets.append(Candidate(base, score, t.segment, t.text, labelled=False))


def _net_fits(
    total: Decimal, net: Decimal, taxes: tuple[Decimal, ...], extra: Decimal, off: Decimal | None
) -> bool:
    """Whether ``net`` and one of ``taxes`` (zero among them) make ``total``, with or without
    ``extra`` and the discount ``off``, within a cent."""
    gaps = {total - net, total - net - extra}
    if off:
        gaps |= {g + off for g in gaps}
    return any(abs(g - v) <= _CENT for g in gaps for v in taxes)


def _short_of(total: Decimal, net: Decimal, taxes: tuple[Decimal, ...]) -> bool:
    """Whether ``net`` with any of ``taxes`` (zero among them) stays more than a cent below
    ``total``."""
    return 0 < abs(net) < abs(total) and all(abs(total) - abs(net) - v > _CENT for v in taxes)


def _tip_above(t: Candidate, tip: Candidate | None) -> bool:
    """Whether a labelled tip is printed above the total ``t`` on its page ("MTA Tax $0.50",
    "Tip $6.51", "TOTAL $39.06", as a cab's or a restaurant's slip lists its charges): the
    total holds the tip, and the net a tax implies does not."""
    if tip is None or not tip.labelled or tip.value <= 0 or tip.value >= t.value:
        return False
    return tip.segment.page == t.segment.page and _at(tip) < _at(t)


def _rounded_below(t: Candidate, rounding: Candidate | None, extra: Decimal) -> bool:
    """Whether the total ``t`` is printed under a labelled cash rounding line that is all of
    ``extra`` (no tip): the total is the rounded one, and holds the rounding."""
    if rounding is None or not rounding.labelled or not extra or extra != rounding.value:
        return False
    if not _cash_rounding(rounding, t):
        return False
    r, s = rounding.segment, t.segment
    return (r.page, r.row) < (s.page, s.row)


#: The labels of the sum of several rates' taxes (:data:`.vocabulary.TAX_SUM_LABELS`).
_TAX_SUMS = frozenset(label_key(w) for w in TAX_SUM_LABELS)


def _computed_totals(nets: list[Candidate], vats: list[Candidate]) -> list[Candidate]:
    """A total the OCR misread (a lost digit) can still be had from a labelled net and VAT
    whose ratio is a plausible rate; such a total is computed, never read."""
    totals: list[Candidate] = []
    for n in nets[:4]:
        for v in vats[:4]:
            # VAT stated as included in a total is never added to a net to make one.
            if v.label.startswith(_INCLUSIVE):
                continue
            if n.value and v.value and abs(v.value) < abs(n.value):
                ratio = v.value / n.value * 100
                if any(abs(ratio - r) < Decimal("0.05") for r in _RATES):
                    totals.append(
                        Candidate(n.value + v.value, 0.3, n.segment, n.text, labelled=False)
                    )
    return totals


#: Words that name a tax; a page without any prints no tax at all.
_TAX_WORD_RE = re.compile(
    r"\b(?:vat|tax|taxes|gst|hst|pst|qst|sst|cgst|sgst|igst|mwst|ust|tva|iva|btw|moms|mva|alv|"
    r"dph|ptu|afa|áfa|kdv|ppn|gtgt|φπα|impuesto|imposta|steuer|taxe|"
    # The Nordic names in full ("undantagen från mervärdesskatt", "fritatt for merverdiavgift").
    r"mervärdesskatt|mervärdeskatt|merverdiavgift)\b",
    re.IGNORECASE,
)


#: Statements that an invoice bills no tax at all ("I am not registered for VAT", "Gemäß § 19
#: UStG wird keine Umsatzsteuer berechnet", "TVA non applicable, art. 293 B du CGI"): the gross
#: is its net (:func:`_untaxed_net`).
_UNTAXED = (
    r"\bnot\s+(?:registered\s+for|liable\s+(?:for|to))\s+(?:vat|gst|tax)\b"
    r"|\bnot\s+(?:vat|gst)[- ]registered\b|\bno\s+(?:vat|gst|tax)\s+(?:is\s+)?charged\b"
    r"|\bkeine\s+(?:umsatzsteuer|mehrwertsteuer|mwst|ust)\b|§\s?19\s+ustg\b"
    r"|\btva\s+non\s+applicable\b|\bexon[ée]r[ée]\s+de\s+tva\b"
)
_UNTAXED_RE = re.compile(_UNTAXED, re.IGNORECASE)
#: Statements that no tax is charged: those, and the ones that say no more than that the page
#: prints none, a registration marker printed on every receipt of a kind ("NON-VAT Reg. TIN")
#: or "not valid for claim of input tax". A tax word in them prints no tax.
_NO_TAX_RE = re.compile(
    r"\bnon[- ]?vat\b|" + _UNTAXED + r"|\bclaim\s+of\s+input\s+tax\b"
    r"|\bkein(?:en)?\s+ausweis\s+(?:der|von)\s+(?:umsatzsteuer|mehrwertsteuer|mwst|ust)\b"
    # "Hong Kong does not levy VAT or GST on these services", "we do not charge GST".
    r"|\b(?:does|do|did|will)\s+not\s+(?:levy|charge)\s+(?:vat|gst|tax)"
    r"(?:\s*(?:or|and|/)\s*(?:vat|gst|tax))?\b",
    re.IGNORECASE,
)


def _no_tax_spans(text: str) -> list[tuple[int, int]]:
    return [m.span() for m in _NO_TAX_RE.finditer(text)]


def _tax_printed(doc: _Doc) -> bool:
    """Whether the page names a tax: a VAT label, or a tax word anywhere ("Tax ID" counts
    too, so that such a bill keeps its VAT of zero) outside a statement that none is
    charged ("not registered for VAT")."""
    for seg in doc.segments:
        spans = _no_tax_spans(seg.text)
        for h in seg.hits:
            if (
                "vat" in h.fields
                and not any(a <= h.start < b for a, b in spans)
                and not _kilometre_post(seg.text, h)
                and not _distance_beside(doc, seg, h)
            ):
                return True
    return _TAX_WORD_RE.search(_NO_TAX_RE.sub(" ", doc.full_text)) is not None


#: A whole number and a word after "KM": a kilometre post of an address ("KM 22 Jalan Kuala
#: Selangor", "Km. 5 Carretera de Toledo"), not Estonia's käibemaks ("KM 22%", "KM 4,40").
_KILOMETRE_POST = re.compile(r"\.?\s*\d{1,3}(?![\d.,%])\s*,?\s+[^\W\d_]{2,}")


#: ... or a whole number ending an address line after a comma ("Lagos-Ibadan Expressway, Km
#: 46", "Carretera Federal 200, km 12"): the road's post, where a tax prints minor units or
#: its rate ("KM 20% 4,40").
_KILOMETRE_END = re.compile(r"\.?\s*\d{1,3}\s*$")


def _kilometre_post(text: str, hit: LabelHit) -> bool:
    if hit.key != "km":
        return False
    if _KILOMETRE_POST.match(text, hit.end) is not None:
        return True
    return (
        text[: hit.start].rstrip().endswith(",") and _KILOMETRE_END.match(text, hit.end) is not None
    )


#: A sentence's word that states a tax as included in the prices or as not charged (or
#: not applicable).
_STATED_RE = re.compile(
    r"\b(?:enthalten|enth[äa]lt|included|inclus[ea]?|incluid[oa]|exempt|befreit|esente"
    # Exempt in Dutch, Spanish, Portuguese, French, Polish ("Vrijgesteld van btw (art. 11 …
    # Wet OB 1968)", "Exento de IVA", "Isento de IVA", "Zwolniony z VAT").
    r"|vrijgesteld|exent[oa]|isent[oa]|exon[ée]r[ée]e?|zwolnion[ya]"
    # ... and in Swedish, Danish and Norwegian ("Momsfri tjänst: hälso- och sjukvård är
    # undantagen från mervärdesskatt", "fritaget for moms", "fritatt for merverdiavgift").
    r"|undantagen|undantaget|momsfri|momsfritt|fritaget|fritatt"
    # "Sales tax: not applicable to the services on this invoice."; "No VAT is applicable in
    # the State of Kuwait", "No GST charged".
    r"|not\s+applicable|nicht\s+anwendbar|no\s+aplicable|non\s+applicabile"
    r"|(?<![\w-])no\s+(?:vat|gst|tax|sales\s+tax)\s+(?:is\s+)?(?:applicable|charged|payable|levied)"
    # A margin scheme's tax, inside the price and never shown ("IVA – Regime especial de
    # tributação das margens … não discriminado", "Differenzbesteuerung nach § 25a UStG").
    r"|n[ãa]o\s+discriminad[oa]|no\s+desglosad[oa]|non\s+esposta|margin\s+scheme"
    r"|differenzbesteuerung|margeregeling|r[ée]gime\s+(?:particulier\s+)?de\s+la\s+marge"
    r"|regime\s+del\s+margine|tributa[çc][ãa]o\s+das\s+margens"
    # "Freight charges are not subject to sales tax."
    r"|" + "|".join(NOT_TAXED_WORDS) + r")\b",
    re.IGNORECASE,
)


#: A tax label's value cell that states the tax does not apply: a stated word, or "N/A".
_STATED_CELL_RE = re.compile(_STATED_RE.pattern + r"|n/a\b", re.IGNORECASE)


def _tax_stated(doc: _Doc) -> bool:
    """Whether a line names a tax in a statement that it is included or exempt ("Im
    Gesamtbetrag sind 19 % MwSt. enthalten", "Taxi fares are exempt from VAT"), or in the
    value cell right of a tax label ("Tax" | "not applicable"), rather than only a tax number
    ("Tax ID 16-1234567", which keeps the bill's VAT of zero)."""
    return any(
        _TAX_WORD_RE.search(seg.text)
        and (
            _STATED_RE.search(seg.text)
            # The statement in a tax amount label's own value cell ("Tax" | "not applicable");
            # "VAT No." | "N/A" says only that no tax number is printed.
            or (
                any(h.fields == ("vat",) or h.key == "vat" for h in seg.hits)
                and not any(h.fields == ("vat_id",) for h in seg.hits)
                and any(_STATED_CELL_RE.match(o.text.strip(" :")) for o in doc.right_of(seg)[:1])
            )
        )
        for seg in doc.segments
    )


def _after_settlements(
    totals: list[Candidate], settled: list[Candidate], printed: list[Candidate]
) -> list[Candidate]:
    """Totals less the ones that are what is left to pay. Where the page settles part of its
    total or carries an earlier balance into it ("Insurance payment -486.40", "Previous
    balance", "Past due balance"), a total below another that differs from it by such lines
    ("PATIENT BALANCE DUE", "TOTAL AMOUNT DUE") is the amount due, not the document's own total
    (BT-112): it counts for little. ``printed``: every printing of the totals, where one value
    is printed twice ("Amount Due" in the header and again under the payment)."""
    values = [c.value for c in settled[:8]]
    if not values:
        return totals
    sums = {
        sum((v for v, keep in zip(values, mask, strict=True) if keep), Decimal(0))
        for mask in product((False, True), repeat=len(values))
    } - {Decimal(0)}

    def at(c: Candidate) -> tuple[int, float]:
        return (c.segment.page, c.segment.bbox.y0)

    def below(a: Candidate, b: Candidate) -> bool:
        return any(
            at(x) > at(y)
            for x in printed
            if x.value == a.value
            for y in printed
            if y.value == b.value
        )

    # What is left to pay is printed below the total it is worked out from.
    due = {
        c.value
        for c in totals
        for o in totals
        if o.value != c.value and c.value - o.value in sums and below(c, o)
    }
    return [Candidate(c.value, c.score * 0.3, c.segment, c.text, c.labelled) if c.value in due
            else c for c in totals]  # fmt: skip


def _deducted(cands: dict[str, list[Candidate]]) -> Decimal:
    """What the page deducts from the gross to give its total: a tax withheld by the buyer
    (IRPF, ritenuta d'acconto). A deposit or payment already made is not deducted: the total
    stays the invoice's, and what remains is the amount due."""
    best = _best(cands.get("_withheld"))
    return abs(best.value) if best is not None else Decimal(0)


def _adjustment(shipping: Candidate | None, discount: Candidate | None) -> Decimal:
    """What shipping and a discount add to the goods' total."""
    adjust = Decimal(0)
    if shipping is not None:
        adjust += shipping.value
    if discount is not None:
        adjust -= discount.value
    return adjust


def _best_triple(
    tot_opts: list[Candidate],
    net_opts: list[Candidate],
    vat_opts: list[Candidate],
    zero: Candidate,
    adjust: tuple[Decimal, ...],
    side_values: set[Decimal],
    rounding: Decimal = Decimal(0),
) -> _Triple | None:
    """The (total, net, VAT) candidates that add up, allowing for one of ``adjust`` (shipping,
    discount, tip, rounding; or the tip and rounding alone), with the highest summed score;
    ``None`` when none add up. A printed cash ``rounding`` that closes the gap fits almost
    as well as an exact sum."""
    best: _Triple | None = None
    for t, n, v in product(tot_opts[:30], net_opts[:30], vat_opts[:31]):
        if t is n or n is v or t is v:
            continue
        if t.value == 0:
            continue
        fit = _fit(t, n, v, adjust, rounding)
        if not fit:
            continue
        if abs(v.value) > abs(n.value) and v is not zero:
            continue
        if v.value * t.value < 0:
            continue  # a tax never runs against the total (a discount's minus is no VAT)
        if not v.labelled and v is not zero and v.value in side_values:
            continue  # a shipping or discount line is not the VAT
        if not v.labelled and v is not zero and abs(v.value) > _MAX_RATE * abs(n.value):
            continue  # cash handed over less the change is no net and tax

        score = t.score + n.score + v.score * (1.0 if v is not zero else 0.7) + fit
        if best is None or score > best[0]:
            best = (score, t, n, v)
    return best


def _fit(
    t: Candidate,
    n: Candidate,
    v: Candidate,
    adjust: tuple[Decimal, ...],
    rounding: Decimal = Decimal(0),
) -> float:
    """How well net + VAT give the total: 0.6 exactly, 0.5 with a printed cash ``rounding``,
    0.2 with one of the adjustments, else 0."""
    gap = n.value + v.value - t.value
    # An exact net + VAT = total beats one that needs the discount or shipping added
    # in: a printed net after those adjustments is the net the invoice means.
    fit = 0.6 if abs(gap) <= _CENT else 0.0
    if not fit and rounding and abs(gap + rounding) <= _CENT:
        fit = 0.5
    if not fit and any(a and abs(gap + a) <= _CENT for a in adjust):
        fit = 0.2
    return fit


#: The confidence of a total and its tax whose net the page does not print, where the tax is
#: the rate its line prints of that net to the cent (:func:`_tax_at_its_rate`).
_RATE_AGREED = 0.9


def _tax_at_its_rate(doc: _Doc, best: _Triple) -> bool:
    """Whether the tax of ``best`` is, to the cent, the rate its own line prints of the net
    (the total less the tax): "TOTAL (incl. GST) 27.60" and "GST 9% included 2.28", 25.32 ×
    9 % = 2.28. Exactly one rate printed in the tax's row; a tax summed over several rates
    or a rate of another line confirms nothing."""
    _, t, n, v = best
    if not v.value or not n.value or abs(n.value + v.value - t.value) > _CENT:
        return False
    rates = {
        Decimal(m.group(1).replace(",", "."))
        for seg in doc.row_of(v.segment)
        for m in _RATE_RE.finditer(seg.text)
    }
    if len(rates) != 1:
        return False
    rate = rates.pop()
    return bool(rate) and abs(abs(n.value) * rate / 100 - abs(v.value)) <= _CENT


def _set_triple(
    out: _Out,
    best: _Triple,
    zero: Candidate,
    totals: list[Candidate],
    sides: tuple[Candidate | None, Candidate | None],
    less: Decimal = Decimal(0),
    agreed: bool = False,
) -> None:
    """Total, net and VAT from the triple that adds up; confident as it is labelled. ``sides``
    are the tip and the rounding line: reported as fields where the total holds them;
    ``less`` is what the page deducts from the gross (a tax withheld), so that the total is
    the payable."""
    fields, confidence, evidence = out
    _, t, n, v = best
    extra = sum((c.value for c in sides if c is not None), Decimal(0)) - less
    labelled = sum(c.labelled for c in (t, n) + ((v,) if v is not zero else ()))
    conf = 0.97 if labelled >= 3 or (labelled == 2 and v is zero) else 0.75
    if labelled <= 1:
        conf = 0.55
    if (
        agreed
        and labelled == 2
        and v is not zero
        and v.labelled
        and not n.labelled
        and not less
        and all(c is None for c in sides)
    ):
        # Net and tax are the total split at the rate the tax's line prints: the total and
        # the tax, two printed readings, agree through a third (:func:`_tax_at_its_rate`).
        conf = _RATE_AGREED
    _set(fields, confidence, evidence, "total", t, conf)
    _set(fields, confidence, evidence, "amount", n, conf)
    # Whether the total holds the tip and rounding lines (then reported as fields); a
    # rounding of one cent ("ROUNDING ADJ -0.01" between "SUBTOTAL 104.61" and "TOTAL
    # 104.60") is within the cent a fit allows, but the total holds it exactly all the same.
    gap = t.value - n.value - v.value
    added = abs(gap) > _CENT or (bool(extra) and gap == extra)
    if added:
        # The printed net is the goods' subtotal before the discount and shipping the
        # fit needed; the net the VAT is charged on is what remains of the total.
        fields.amount = t.value - v.value - extra
    if v is not zero:
        # A tax read by its rate alone, its name lost, is as uncertain as no tax read at all.
        rate_only = not v.labelled and v.label == _RATE_ONLY
        _set(fields, confidence, evidence, "vat", v, round(conf * 0.8, 3) if rate_only else conf)
    else:
        fields.vat = Decimal(0)
        confidence["vat"] = round(conf * 0.8, 3)
    # What is payable after the tip or the rounding line ("TOTAL INCL. GST 41.19",
    # "ROUNDING ADJ 0.01", "TOTAL (RM) 41.20") is the total, when it is printed.
    tipped = sides[0] is not None and sides[0].value > 0
    payable = [
        c
        for c in totals
        if extra and (c.labelled or less or tipped) and c.value == t.value + extra and c.value > 0
    ]
    payable.sort(key=lambda c: not c.labelled)
    if payable and (not added or _rounded_after(t, payable[0], sides[1])):
        # An unlabelled line read as the total after the tip is a guess: the slip is held.
        unlabelled = not payable[0].labelled and not less
        _set(
            fields,
            confidence,
            evidence,
            "total",
            payable[0],
            min(conf, 0.6) if unlabelled else conf,
        )
        fields.amount = payable[0].value - v.value - extra
        added = True
    for name, side in zip(("tip", "rounding"), sides, strict=True):
        if added and side is not None:
            _set(fields, confidence, evidence, name, side, conf)


def _rounded_after(t: Candidate, payable: Candidate, rounding: Candidate | None) -> bool:
    """Whether a labelled cash rounding line is printed under the total ``t`` and a labelled
    total that holds it under the rounding line ("Total Incl. Tax 65.41", "Rounding Adj
    -0.01", "TOTAL (RM) 65.40"): ``t`` is the bill before the rounding, whatever sum of the
    net and its side lines made it fit, and the lower one is the total paid."""
    if rounding is None or not rounding.labelled or not payable.labelled:
        return False
    if not rounding.value or not _cash_rounding(rounding):
        return False
    t_at, r_at, p_at = ((c.segment.page, c.segment.row) for c in (t, rounding, payable))
    return t_at < r_at < p_at


def _hold_one_rate_row(
    out: _Out, best: _Triple, zero: Candidate, cands: dict[str, list[Candidate]]
) -> None:
    """A net, tax and gross read off one row ("2 = 2.6 %  2'702.10  70.25  2'772.35") add up
    as one rate's line of a VAT summary does: where the page labels a larger total or net
    elsewhere ("Total CHF 14'657.60", "SUMME 130,96"), that row is a part, not the whole, and
    the triple is held."""
    _, confidence, _ = out
    _, t, n, v = best
    if v is zero:
        return
    rows = {(c.segment.page, c.segment.row) for c in (t, n, v)}
    # Three cells of the row, each read under its own column (a sum of the table's rows is
    # placed at its first part: no row of its own).
    if len(rows) != 1 or len({id(c.segment) for c in (t, n, v)}) != 3:
        return
    # The larger amount stands on a line of its own ("Total CHF", "SUMME EUR"): a row that
    # holds a tax too is another row of a table (a correction's "before" and "after" rows).
    taxed = {(c.segment.page, c.segment.row) for c in cands.get("vat", [])}
    larger = any(
        c.labelled
        and abs(c.value) > abs(t.value) + _CENT
        and (c.segment.page, c.segment.row) not in taxed
        for k in ("total", "net", "amount_due")
        for c in cands.get(k, [])
    )
    if larger:
        for name in ("total", "amount", "vat"):
            if name in confidence:
                confidence[name] = min(confidence[name], 0.6)


def _set_unbalanced(
    out: _Out,
    totals: list[Candidate],
    nets: list[Candidate],
    vats: list[Candidate],
    pool: list[Candidate],
) -> None:
    """No triple adds up: each amount's best reading on its own, with a low confidence."""
    fields, confidence, evidence = out
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


def _set_side_amounts(
    out: _Out, discount: Candidate | None, shipping: Candidate | None, due: Candidate | None
) -> None:
    """Discount, shipping and the amount due, as read."""
    fields, confidence, _ = out
    if discount is not None:
        fields.discount = discount.value
        confidence["discount"] = round(discount.score * 0.8, 3)
    if shipping is not None:
        fields.shipping = shipping.value
        confidence["shipping"] = round(shipping.score * 0.8, 3)
    if due is not None:
        fields.amount_due = due.value
        confidence["amount_due"] = round(due.score * 0.8, 3)


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
            # Money without minor units is marked by its currency ("¥4,180"); "$3.459" a
            # gallon is no such amount.
            whole = a.currency in WHOLE_CURRENCIES
            if not (a.decimals or whole) or any(s <= a.start < e for s, e in spans):
                continue
            out.setdefault(a.value, Candidate(a.value, 0.15, seg, seg.text, labelled=False))
        if len(out) >= 20:
            break
    return list(out.values())


def _rated(before: str, hit: LabelHit) -> bool:
    """Whether a tax line prints its rate before its base: in the text after the label ("USt
    10% von 9,18") or in the label itself ("zzgl. 19 % USt | auf 1.072,50 | 203,78"); then
    the tax is in the next cell."""
    return bool(_RATE_RE.search(before) or _RATE_RE.search(hit.label_text[: hit.end]))


def _base_of(fld: str, text: str) -> re.Match[str] | None:
    """The base a tax's label prints before the tax: after a preposition, or for a tax
    withheld also in brackets after what it is of ("Less CIS deduction @ 20% on labour
    (£1,850.00)")."""
    if fld not in ("vat", "_withheld"):
        return None
    base = _ON_BASE_RE.search(text)
    if base is None and fld == "_withheld":
        base = _BRACKETED_BASE_RE.search(text)
    return base


def _money_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """An amount after its label; after a VAT label also its rate, as a ``_vat_rate``."""
    # A note in brackets after the label names a rate or a registration number
    # ("GST 5% (#81234 5678 RT0001)", "TAX (8.25% ON PARTS)"), never the amount.
    text = _NOTE_RE.sub(" ", text)
    text = _joined_minor_units(text, doc)
    text = _space_grouped_whole(text, doc)
    # The statement is in the label's own cell, wherever the value is looked for (the line
    # under "Gemäß § 19 UStG wird keine Umsatzsteuer berechnet." is no tax either).
    own = hit.label_text or seg.text
    # "TVA non applicable, art. 293 B du CGI": the 293 is no tax; nor is the tax of the
    # advances a final invoice deducts (:func:`_advances_tax`).
    if fld == "vat" and (
        any(a <= hit.start < b for a, b in _no_tax_spans(own)) or _advances_tax(own, hit)
    ):
        return False
    # "USt 10% von 9,18  0,92", "VAT 20% on 17.17  3.43": the base follows the
    # preposition; the tax is the amount after it, or in the next cell when the base ends
    # this one ("Btw 21% over € 69,26 | € 14,54").
    # A tax withheld prints its base the same way ("Less withholding tax 3% (of 115,400.00)").
    base = _base_of(fld, text)
    # A withholding named in a sentence ("soggetta a ritenuta d'acconto ai sensi dell'art.
    # 25 DPR 600/1973") cites laws, not money: what is withheld is printed as money.
    money_only = fld == "_withheld"
    read = _read_amount(text[base.end() :], money_only) if base else None
    if base is not None and read is None and _rated(text[: base.start()], hit):
        return False
    if fld == "_charges":
        # "Total Charges | 833.71 | -833.71": the charges column's sum, then the credits'.
        read = _read_amount(text, money_only=True, first=True)
    else:
        read = read or _read_amount(text, money_only)
    if read is None:
        return False
    amount, _cur = read
    # A cab's "KM | 9.6" is the distance driven, not Estonia's käibemaks.
    distance = hit.key == "km" and _DISTANCE_RE.fullmatch(text) is not None
    if fld == "vat" and (_no_tax_amount(text, hit) or _code_cell(text, seg, hit, doc) or distance):
        return False
    if _no_side_amount(fld, text, amount, _cur):
        return False
    if fld == "total" and _net_and_tax_columns(doc, seg, add, score):
        return True
    add(fld, abs(amount) if fld == "discount" else amount, score, seg, text)
    if fld == "vat":
        rate = (
            _RATE_RE.search(text)
            or _RATE_RE.search(hit.label_text)
            or _PREFIX_RATE_RE.search(hit.label_text)
        )
        if rate:
            r = Decimal(rate.group(1).replace(",", "."))
            add("_vat_rate", (r, amount), score, seg, text)
    return True


def _advances_tax(own: str, hit: LabelHit) -> bool:
    """Whether a tax's label follows advance payments' in its line ("In den Anzahlungen
    enthaltene USt: 1.400,00 EUR. Restbetrag enthält USt 1.323,20 EUR." under a final
    invoice's deductions): the tax of the advances or of the balance, not the invoice's."""
    return any("_prepaid" in h.fields for h in find_labels(own[: hit.start]))


def _header_over(doc: _Doc, seg: Segment) -> Segment | None:
    """The nearest line above ``seg`` in its column that holds a label: the column's header,
    read over any rows of amounts between (a table's "Tax" over each line's tax)."""
    page = doc.page_by_number[seg.page]
    for row in reversed(page.rows[: seg.row]):
        header = next(
            (
                o
                for o in row
                if o.hits and o.bbox.x_overlap(seg.bbox) > 0.3 * min(o.bbox.width, seg.bbox.width)
            ),
            None,
        )
        if header is not None:
            return header
    return None


def _net_and_tax_columns(doc: _Doc, seg: Segment, add: _Add, score: float) -> bool:
    """A total's label over a table's closing row whose amounts stand under the table's
    amount and tax columns ("Total (Heji)" | "¥14,678.90" | "¥1,258.73" under "Amount" and
    "Tax", a Chinese fapiao's 合计 row): the sums of those columns, the net and the tax, not
    the total (printed elsewhere, or their sum). Read as the net and the VAT; whether it was."""
    cells = [seg, *doc.right_of(seg)]
    amounts = [(c, _read_amount(c.text, money_only=True)) for c in cells]
    money = [(c, read[0]) for c, read in amounts if read is not None and read[0]]
    if len(money) != 2 or money[1][1] >= money[0][1]:
        return False
    heads = [_header_over(doc, c) for c, _ in money]
    if heads[0] is None or heads[1] is None or heads[0] is heads[1]:
        return False
    if not any("vat" in h.fields for h in heads[1].hits):
        return False
    if any("vat" in h.fields for h in heads[0].hits):
        return False
    (net_cell, net), (tax_cell, tax) = money
    add("net", net, score, net_cell, net_cell.text)
    add("vat", tax, score, tax_cell, tax_cell.text)
    # The label's total is the two columns' sum, where the page prints it elsewhere ("(in
    # figures) ¥15,937.63" under "Total price and tax"): that printing is the total. A sum
    # printed nowhere is left to the computed totals, which confirm nothing.
    gross = net + tax
    printed = next(
        (
            o
            for o in doc.segments
            if o is not seg and any(a.value == gross for a in find_amounts(o.text))
        ),
        None,
    )
    if printed is not None:
        add("total", gross, score * 0.9, printed, printed.text)
    return True


def _no_tip(text: str, amount: Decimal, currency: str | None) -> bool:
    """Whether what a tip's label reads is no tip: a tip guide's options ("Suggested
    gratuity: 18% = $10.85 20% = $12.05"), or a sentence's count of guests ("Gratuity added
    for parties of 6+", :func:`_count_in_sentence`)."""
    return len(_RATE_RE.findall(text)) > 1 or _count_in_sentence(text, amount, currency)


#: A word of a sentence: three letters or more.
_SENTENCE_WORD_RE = re.compile(r"[^\W\d_]{3,}")


def _count_in_sentence(text: str, amount: Decimal, currency: str | None) -> bool:
    """Whether a tip's label opens a sentence whose only number is a whole one without a
    currency, after words ("Gratuity added for parties of 6+", "Tip included for groups of
    8 or more"): a count of guests, not money. A tip's own amount follows its label, with at
    most a rate or a colon between ("Gratuity 18% 17.55", "Tip: 5")."""
    parts = _whole_number_parts(text, amount, currency)
    if parts is None or "." in text or "," in text:
        return False
    words, digits, after = parts
    # A count is a few guests, followed by its "+" or its words ("6+", "8 or more"); a whole
    # amount ending the line is money ("Propina voluntaria sugerida 4000" in pesos).
    counted = digits is None or (len(digits.group()) <= 2 and bool(after.strip()))
    return len(words) >= 2 and counted


def _whole_number_parts(
    text: str, amount: Decimal, currency: str | None
) -> tuple[list[str], re.Match[str] | None, str] | None:
    """For a label's line read as a whole ``amount`` without a currency: the words before its
    first number, that number and the text after it (:func:`_count_in_sentence`,
    :func:`_number_in_sentence`); None for any other amount."""
    if currency or amount != amount.to_integral_value():
        return None
    digits = re.search(r"\d+", text)
    head = text[: digits.start()] if digits else text
    after = text[digits.end() :] if digits else ""
    return _SENTENCE_WORD_RE.findall(head), digits, after


def _no_side_amount(fld: str, text: str, amount: Decimal, currency: str | None) -> bool:
    """Whether what a tip's or a rounding's label reads is none (:func:`_no_tip`,
    :func:`_number_in_sentence`)."""
    if fld == "_tip":
        return _no_tip(text, amount, currency)
    return fld == "_rounding" and _number_in_sentence(text, amount, currency)


def _number_in_sentence(text: str, amount: Decimal, currency: str | None) -> bool:
    """Whether a rounding's label opens a sentence whose number is a whole one without a
    currency after three words or more and words after it ("Kerekítés nélkül, forintban
    kiállítva. A számla 1 példányban készült.": issued without rounding, in one copy): a count,
    no rounding. A
    rounding's own amount follows its label, with a word or two at most between ("Rounding
    Adj -0.01", "Kerekítés -1 Ft")."""
    parts = _whole_number_parts(text, amount, currency)
    if parts is None:
        return False
    words, _, after = parts
    # A count counts something after it ("1 példányban"); a whole amount ending the line is
    # the rounding's own, however many words its label runs to ("Kerekítés a készpénzes
    # fizetés miatt: -2", rounding for cash payment).
    return len(words) >= 3 and bool(_SENTENCE_WORD_RE.search(after))


#: A number with one decimal at most and no currency ("9.6", "12"): after "KM" a distance,
#: as a cab's meter slip prints it; Estonia's tax after "KM" prints its cents ("KM 4,40").
_DISTANCE_RE = re.compile(r"\s*\d{1,4}(?:[.,]\d)?\s*")


def _distance_beside(doc: _Doc, seg: Segment, hit: LabelHit) -> bool:
    """Whether a "KM" label alone in its cell has a distance in the cell beside it
    (:data:`_DISTANCE_RE`): a meter slip's line, no tax named."""
    if hit.key != "km" or seg.text[hit.end :].strip(" :"):
        return False
    right = doc.right_of(seg)
    return bool(right) and _DISTANCE_RE.fullmatch(right[0].text) is not None


#: A bare one- or two-digit number alone in a cell: a tax code or a count, as a till's VAT
#: table prints it ("Code 1 | 2.6% | 32.73 | 0.83").
_BARE_CODE_RE = re.compile(r"\s*\d{1,2}\s*")


def _code_cell(text: str, seg: Segment, hit: LabelHit, doc: _Doc) -> bool:
    """A VAT label's neighbouring cell that holds only a bare small number ("1" under a
    receipt's "Code | MWST" header) on a page printing its money with decimals: a tax code
    or a line count, never the tax (receipts and invoices in currencies with minor units).
    So is such a number in the label's own cell where the row prints the tax further right
    with decimals: the tax line's number ("TAX 1 | 7.25% ON 26.26 | 1.90"). On a page whose
    money is marked in a currency of whole units ("4 494 Ft", "¥4,180") the bare number is
    the tax ("A 5% ÁFA | 97"): a stray decimal elsewhere (a misread date) does not make it
    a code."""
    if not _BARE_CODE_RE.fullmatch(text):
        return False
    if seg.text == hit.label_text:
        return any(a.decimals for r in doc.right_of(seg) for a in find_amounts(r.text))
    found = [a for s in doc.segments for a in find_amounts(s.text)]
    if any(a.currency in WHOLE_CURRENCIES for a in found):
        return False
    return any(a.decimals for a in found)


#: Whole units and their minor units in two cells ("16,338 | 28" under "Rs. | P.").
_SPLIT_MINOR_RE = re.compile(r"\s*((?:Rs\.?|₹)\s?)?(\d{1,3}(?:,\d{2,3})*|\d{1,7})\s+(\d{2})\s*")
#: A column header of minor units alone: paise ("P.", "Ps.", "Paise"), cents ("Cts", "c").
_MINOR_HEADER_RE = re.compile(
    r"(?m)(?:^|\s)(?:P\.|Ps\.?|Paise|Cts\.?|Cents)\s*$|(?:Rs\.?|Rupees)\s+(?:P\.|Ps\.?)(?!\w)"
)


def _joined_minor_units(text: str, doc: _Doc) -> str:
    """Money whose whole and minor units sit in two columns, as India's duplicate books and
    other pre-printed bill forms rule them ("Amount Rs. | P." over "16,338 | 28"): read as one
    amount ("16338.28"), on a page whose header prints the minor units' column."""
    m = _SPLIT_MINOR_RE.fullmatch(text)
    if m is None or not any(_MINOR_HEADER_RE.search(s.text) for s in doc.segments):
        return text
    return f"{m.group(1) or ''}{m.group(2).replace(',', '')}.{m.group(3)}"


#: A cell that is one whole number grouped by spaces ("1 014"), and such money printed with
#: its currency sign ("8 081 Ft", "12 500 Kč").
_SPACE_GROUPED_RE = re.compile(r"\s*(\d{1,3}(?:[\u00a0\u202f ]\d{3})+)\s*")
_SIGNED_SPACE_GROUPED_RE = re.compile(r"(?<![\d.,])\d{1,3}(?:[\u00a0\u202f ]\d{3})+(?![\d.,])")


def _space_grouped_whole(text: str, doc: _Doc) -> str:
    """A label's value text that is one whole number grouped by spaces ("ÁFA ÖSSZESEN" |
    "1 014"), read as that number ("1014") on a page that prints its money whole and grouped by
    spaces with its currency sign ("8 081 Ft"): there the space is the thousands mark, not a gap
    between a count and an amount. :data:`~.parsing._NUM_BODY` reads such a number by itself
    when a sign or cents mark it, or when it fills its text from the first character ("3 170"
    alone in a cell); this rule takes it with spaces around it as well."""
    m = _SPACE_GROUPED_RE.fullmatch(text)
    if m is None:
        return text
    for seg in doc.segments:
        for g in _SIGNED_SPACE_GROUPED_RE.finditer(seg.text):
            if any(
                a.start == g.start()
                and a.currency
                and not _DECIMAL_TAIL_RE.search(seg.text[a.start : a.end])
                for a in find_amounts(seg.text)
            ):
                return re.sub(r"[\u00a0\u202f ]", "", m.group(1))
    return text


_DECIMAL_TAIL_RE = re.compile(r"\d[.,]\d{1,2}(?!\d)")


#: A word of letters ("Tbl", "Receipt", "travaux"), beyond a currency's sign.
_WORD_RE = re.compile(r"[^\W\d_]{2,}")


def _no_tax_amount(text: str, hit: LabelHit) -> bool:
    """Whether the number read after a tax label is no tax amount: a bare whole number (no
    minor units, no currency) that is part of the label's name ("CGST9 (9%)", "VAT20"), or
    one standing among words ("GST ID : 002175694848", "Tbl 07", "TVA à 10 % : travaux ...
    de plus de 2 ans"): a table number, a registration or a sentence's number, never money.
    """
    spans = [(d.start, d.end) for d in find_dates(text)]
    found = [a for a in find_amounts(text) if not any(s <= a.start < e for s, e in spans)]
    if not found or any(a.decimals or a.currency for a in found):
        return False
    glued = hit.label_text[hit.end : hit.end + 1].isdigit()
    return glued or _WORD_RE.search(text) is not None
