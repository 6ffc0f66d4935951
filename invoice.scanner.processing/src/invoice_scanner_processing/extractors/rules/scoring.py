"""Choosing among a field's candidates, and how far the chosen value can be trusted.

:func:`choose` is the seam: a field's candidates in, the chosen one and its confidence out. It
ranks with :func:`pick` (:func:`_best`, the highest score and the earliest segment on a tie;
for the invoice number, the dates and the vendor the document's :mod:`.scorer`, the fitted
one unless ``OFFLINE_SCORER=hand``) and judges with the field's confidence
function; the ``*_confidence`` functions turn how a value was found (its label's specificity,
where it sat, rival readings, a guessed day/month order, the currency's symbol) into the
field's confidence. The dates (``dates._dates``) and the vendor (``vendor._vendor``) go
through :func:`pick` too; the money triple (``amounts._best_triple``) and the dates' order
check rank with :func:`_best` inside their own rules.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any

from invoice_scanner_processing.extractors.rules.currencies import detect_currency, yen_undecided
from invoice_scanner_processing.extractors.rules.lexicon import compact
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Doc,
)
from invoice_scanner_processing.extractors.rules.parsing import find_amounts
from invoice_scanner_processing.extractors.rules.scorer import FIELDS, Context
from invoice_scanner_processing.schema import CENT, InvoiceFields


def choose(
    field: str, candidates: list[Candidate] | None, doc: _Doc
) -> tuple[Candidate, float] | None:
    """The candidate ``field`` takes and its confidence; ``None`` without candidates.

    ``field`` is the candidates' key (``invoice_number``, ``iban``, ``bic``, ``po``,
    ``payment_terms``, ``customer``). The candidate is :func:`pick`'s; the confidence is the
    hand-set rules' for whichever candidate was picked.
    """
    best = pick(field, candidates, doc)
    if best is None or candidates is None:
        return None
    return best, _confidence(field, best, candidates, doc)


def pick(
    field: str, candidates: list[Candidate] | None, doc: _Doc, hand: Candidate | None = None
) -> Candidate | None:
    """The candidate ``field`` takes: ``hand`` (default: :func:`_best`, the hand-set rule's
    choice), or for the fields of :data:`~.scorer.FIELDS` the document's scorer's pick among
    ``candidates`` (``OFFLINE_SCORER``, :mod:`.scorer`); ``hand`` without candidates."""
    if not candidates:
        return hand
    hand = hand if hand is not None else _best(candidates)
    if hand is None or field not in FIELDS:
        return hand
    chosen, _probability = doc.scorer.choose(field, candidates, hand, Context.of(doc.pages))
    return chosen


def _confidence(field: str, best: Candidate, others: list[Candidate], doc: _Doc) -> float:
    """The chosen candidate's confidence: labelled readings of the invoice number and the
    dates by how they were found, other fields by their score."""
    if field == "invoice_number":
        if not best.labelled:
            # A guess that a labelled reading of the same number confirms ("Nº 18342" beside
            # the title that reads it too) is as sure as that reading.
            agree = [c for c in others if c.labelled and compact(c.value) == compact(best.value)]
            best = max(agree, key=lambda c: c.score, default=best)
        return _read_confidence(best, others, compact)
    if field in ("invoice_date", "due_date"):
        return _date_confidence(doc, best, others)
    return best.score


def _best(cands: list[Candidate] | None) -> Candidate | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (c.score, -c.segment.index))


#: Confidence of a value read beside a specific label, before the adjustments of
#: :func:`_read_confidence`; on the synthetic tune set such values are right well above 97 %.
_LABELLED = 0.94


def _read_confidence(best: Candidate, others: list[Candidate], key: Any = lambda v: v) -> float:
    """How far a labelled reading can be trusted: a generic label ("Date", "No."), a value
    below rather than beside its label, or another labelled reading with a different value
    all lower it; a second reading with the same value raises it. Guesses stay low."""
    if not best.labelled:
        return min(best.score, 0.7)
    conf = _LABELLED
    if best.strength < 0.8:
        conf -= 0.03
    if best.place < 0.9:
        conf -= 0.02
    value = key(best.value)
    rivals = [
        c
        for c in others
        if c is not best and c.labelled and key(c.value) != value and c.score >= 0.85 * best.score
    ]
    if rivals:
        # A rival read as strongly as the choice leaves it a coin toss: held for a person.
        tied = any(c.score >= best.score for c in rivals)
        conf -= 0.4 if tied else 0.25
    elif any(c is not best and key(c.value) == value for c in others):
        conf += 0.03
    return conf


def _date_confidence(doc: _Doc, best: Candidate, others: list[Candidate]) -> float:
    """:func:`_read_confidence`, less when the day/month order of ``03/04/2024`` was guessed:
    little when other dates on the page settle the order, much when only the locale did."""
    conf = _read_confidence(best, others)
    if best.ambiguous:
        conf -= 0.02 if doc.order_known else 0.1
    return conf


#: Symbols that name one currency wherever they are printed; ``$`` and ``kr`` name several.
_SURE_SYMBOLS = {"€": "EUR", "£": "GBP"}


def _currency_confidence(doc: _Doc, code: str, evidence: dict[str, dict[str, Any]]) -> float:
    """Confidence in a currency detected from the text rather than read after a label.

    An ISO code or an unambiguous symbol on the total itself is near certain; ``$`` is USD
    only where the page looks American, ``kr`` is SEK, NOK or DKK by the surrounding words,
    and a currency seen only elsewhere on the page (less so by its code or a sure symbol), or
    several currencies, is a weaker reading.
    """
    total_text = evidence.get("total", {}).get("text", "")
    on_total = {a.currency for a in find_amounts(total_text) if a.currency}
    if code == "CNY" and "JPY" in on_total:
        on_total.add(code)  # "¥" on the total, the page's words made it the yuan
    if re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", total_text) or (
        code in on_total and any(_SURE_SYMBOLS.get(sym) == code for sym in total_text)
    ):
        conf = 0.97
    elif code in on_total and code == "USD":
        conf = 0.93 if doc.locale_hint == "en_US" else 0.8
    elif code in on_total:
        conf = 0.9  # kr: the country words decided between SEK, NOK and DKK
    elif _named_unmistakably(doc.full_text, code):
        conf = 0.9  # named unmistakably elsewhere: a column header "EUR", "£" on the lines
    else:
        conf = 0.8
    others = {
        c
        for c in (detect_currency(s.text, doc.full_text) for s in doc.segments)
        if c is not None and c != code
    }
    if others:
        conf -= 0.15
    if code in ("JPY", "CNY") and yen_undecided(doc.full_text):
        # "¥" is the yen and the yuan: a page naming neither country is a person's call.
        conf = min(conf, 0.55)
    return conf


def _named_unmistakably(text: str, code: str) -> bool:
    """Whether ``text`` prints the currency's ISO code or a symbol only it uses."""
    return bool(re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", text)) or any(
        _SURE_SYMBOLS.get(sym) == code for sym in text
    )


def _items_confidence(fields: InvoiceFields) -> float:
    """Items whose amounts add up to the net amount (before or after discount and shipping)
    are very likely all there and all right; otherwise some row was missed or misread."""
    amounts = [i.amount for i in fields.line_items]
    if fields.amount is None or any(a is None for a in amounts):
        return 0.5
    lines = sum((a for a in amounts if a is not None), Decimal(0))
    adjusted = lines - (fields.discount or 0) + (fields.shipping or 0)
    if abs(lines - fields.amount) <= CENT or abs(adjusted - fields.amount) <= CENT:
        return 0.95
    return 0.5
