"""Label/value reading: for every label in a segment, the value after it in the same cell, to
its right in the same row, or below it, each read by its field's reader into a candidate.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from invoice_scanner_processing.extractors.rules.amounts import (
    _MONEY,
    _NOTE_RE,
    _ON_BASE_RE,
    _RATE_RE,
    _read_amount,
)
from invoice_scanner_processing.extractors.rules.identifiers import (
    _read_bic,
    _read_iban,
    _read_invoice_number,
    _read_vat_id,
)
from invoice_scanner_processing.extractors.rules.layout import (
    LabelHit,
    Segment,
)
from invoice_scanner_processing.extractors.rules.lexicon import (
    TITLES,
    compact,
)
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Doc,
    _numeric_start,
)
from invoice_scanner_processing.extractors.rules.names import (
    _clean_name,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    detect_currency,
    find_amounts,
    find_dates,
)

#: What joins two labels that share one value: "Invoice date / Delivery date".
_JOINER = re.compile(r"[/&|+]|and|und|et|och|en|y|e", re.IGNORECASE)


_BARE_NUMBER_LABELS = frozenset({"no", "nr", "n", "#", "nro", "numero", "number"})


_TITLE_NUMBER = re.compile(
    r"^\s*([^\W\d_][^\d#:]{2,30}?)\s*[#:]?\s*([A-Z0-9][\w\-/.]*\d[\w\-/.]*)\s*$"
)


_TITLE_COLON = re.compile(r"^\s*([^\W\d_][^\d#:]{2,30}?)\s*:\s*$")


def _collect(doc: _Doc) -> dict[str, list[Candidate]]:
    cands: dict[str, list[Candidate]] = {}
    context: dict[str, Any] = {"strength": 1.0, "place": 1.0, "label": ""}

    def add(
        fld: str, value: Any, score: float, seg: Segment, text: str, ambiguous: bool = False
    ) -> None:
        strength, place = context["strength"], context["place"]
        cands.setdefault(fld, []).append(
            Candidate(value, score, seg, text, True, strength, place, ambiguous, context["label"])
        )

    for seg in doc.segments:
        if seg.in_table:
            continue
        for hit in seg.hits:
            same = doc.value_after(seg, hit)
            sources: list[tuple[str, Segment, float]] = []
            if same:
                sources.append((same, seg, 1.0))
            last_hit = hit is seg.hits[-1]
            # A label joined to the next one ("Invoice date / Delivery date") names the
            # same value, printed after the last of them.
            joined = not last_hit and _JOINER.fullmatch(same) is not None
            if last_hit or joined:
                # Tried after the text in the label's own cell, so they count only when
                # that text holds no value ("Discount (SPRING10)", "Shipping & Handling").
                sources.extend(_outside(doc, seg))
            for fld in hit.fields:
                for text, src, place in sources:
                    context["strength"], context["place"] = hit.strength, place
                    context["label"] = hit.key
                    if _read(fld, text, place * hit.strength, src, hit, doc, add):
                        break
    if "invoice_number" not in cands:
        # A header box labelled only "No." / "Nr." / "#", the number under or beside it;
        # anywhere else such a bare word is too vague to be a label.
        for seg in doc.segments[:80]:
            if compact(seg.text) not in _BARE_NUMBER_LABELS:
                continue
            for text, src, place in _outside(doc, seg):
                number = _read_invoice_number(text)
                money = any(a.decimals or a.currency for a in find_amounts(text))
                if number and not find_dates(text) and not money:
                    cands["invoice_number"] = [Candidate(number, 0.6 * place, src, text)]
                    break
            if "invoice_number" in cands:
                break
    if "invoice_number" not in cands:
        # "INVOICE 2024-001" / "Rechnung 4711": a title followed by the number.
        for seg in doc.segments[:80]:
            m = _TITLE_NUMBER.match(seg.text)
            if m and compact(m.group(1)) in TITLES:
                number = _read_invoice_number(m.group(2))
                if number:
                    cands["invoice_number"] = [
                        Candidate(number, 0.6, seg, seg.text, labelled=False)
                    ]
                    break
            # "Invoice:  SI-0049312": the title with a colon is a label for the cell
            # beside it; without the colon a title beside a number is only a heading.
            m = _TITLE_COLON.match(seg.text)
            right = doc.right_of(seg) if m and compact(m.group(1)) in TITLES else []
            number = _read_invoice_number(right[0].text) if right else None
            if number and not find_dates(right[0].text):
                cands["invoice_number"] = [Candidate(number, 0.55, right[0], right[0].text)]
                break
    return cands


def _outside(doc: _Doc, seg: Segment) -> list[tuple[str, Segment, float]]:
    """Values for the segment's last label outside its cell: to its right in the same row
    (all of it, and its first cell alone), then directly below."""
    sources: list[tuple[str, Segment, float]] = []
    right = doc.right_of(seg)
    if right:
        sources.append((" ".join(r.text for r in right), right[0], 0.95))
        if len(right) > 1:
            sources.append((right[0].text, right[0], 0.93))
    for b in doc.below(seg):
        if b.hits and b.hits[0].start == 0 and not _numeric_start(b.text):
            continue
        sources.append((b.text, b, 0.85))
    return sources


def _read(
    fld: str,
    text: str,
    score: float,
    seg: Segment,
    hit: LabelHit,
    doc: _Doc,
    add: Any,
) -> bool:
    if fld == "invoice_number":
        value = _read_invoice_number(text)
        if value and not _read_vat_id(value) and not _read_iban(value):
            add(fld, value, score, seg, text)
            return True
    elif fld in ("invoice_date", "due_date", "_other_date"):
        found = find_dates(text, dayfirst=doc.dayfirst)
        if found:
            ambiguous = found[0].ambiguous
            add(fld, found[0].value, score * (0.9 if ambiguous else 1.0), seg, text, ambiguous)
            return True
    elif fld in _MONEY:
        # A note in brackets after the label names a rate or a registration number
        # ("GST 5% (#81234 5678 RT0001)", "TAX (8.25% ON PARTS)"), never the amount.
        text = _NOTE_RE.sub(" ", text)
        # "USt 10% von 9,18  0,92", "VAT 20% on 17.17  3.43": the base follows the
        # preposition; the tax is the amount after it.
        base = _ON_BASE_RE.search(text) if fld == "vat" else None
        read = _read_amount(text[base.end() :] if base else text)
        if read is not None:
            amount, _cur = read
            if fld == "discount":
                amount = abs(amount)
            add(fld, amount, score, seg, text)
            if fld == "vat":
                rate = _RATE_RE.search(text) or _RATE_RE.search(hit.label_text)
                if rate:
                    r = Decimal(rate.group(1).replace(",", "."))
                    add("_vat_rate", (r, amount), score, seg, text)
            return True
    elif fld in ("vat_id", "iban", "bic"):
        reader = {"vat_id": _read_vat_id, "iban": _read_iban, "bic": _read_bic}[fld]
        value = reader(text)
        if value:
            add(fld, value, score, seg, text)
            return True
    elif fld == "po":
        po = _read_invoice_number(text)
        if po:
            add(fld, po, score * 0.9, seg, text)
            return True
    elif fld == "payment_terms":
        if len(text) > 2:
            add(fld, text.strip(), score * 0.8, seg, text)
            return True
    elif fld == "currency":
        code = detect_currency(text, doc.full_text) or (
            text.strip().upper() if re.fullmatch(r"[A-Z]{3}", text.strip().upper()) else None
        )
        if code:
            add(fld, code, score, seg, text)
            return True
    elif fld in ("customer", "vendor"):
        name = text.strip()
        if name and sum(c.isalpha() for c in name) >= 2 and not _numeric_start(name):
            add(fld, _clean_name(name), score * 0.8, seg, text)
            return True
    return False
