"""Scoring extracted invoice fields against ground truth.

Rules (also in bench/README.md); which rule a field gets is its ``compare`` in the field table
(``invoice_scanner_common.fields``), and every field with one is scored:

* Every field is scored per document as ``correct``, ``wrong`` or ``missing`` (truth has a
  value, the prediction has none). A value where the truth is null (e.g. an invented due date)
  is ``wrong``; null where the truth is null is ``correct``.
* ``invoice_number``: Unicode NFKC, casefold, all whitespace removed, leading/trailing ``#:.``
  stripped. ``INV 2024-001`` = ``inv2024-001``; other punctuation inside must match.
* ``vendor_name``: NFKC, casefold, punctuation read as space, whitespace collapsed, then trailing
  legal-form words dropped (``GmbH``, ``AB``, ``Ltd``, ``S.r.l.``, ``Lda``, ``& Co. KG`` ...), and a
  legal form printed first (``EURL``, ``SARL``, ``SAS``, ``PT``, ``GmbH`` ...). So
  ``Müller GmbH`` = ``MÜLLER`` = ``SARL Müller`` but ``Müller`` ≠ ``Muller``: accents are part
  of the name.
* ``currency``: ISO code, case-insensitive.
* dates: the same calendar day.
* ``amount``, ``vat``, ``total``: equal to the cent, sign included (a credit note's total is
  negative, and a positive total on it is wrong).
* ``line_items``: a predicted item matches a truth item when its amount is equal to the cent and
  its description is similar (normalised like text, ``difflib`` ratio >= 0.8, or one contains the
  other). Items are matched one-to-one, greedily in truth order. The field is ``correct`` when
  every truth item is matched and no extra items were predicted (per-document, all-or-nothing);
  item-level precision/recall/F1 are reported alongside.
"""

from __future__ import annotations

import difflib
import re
import unicodedata
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from typing import Any

from invoice_scanner_common.fields import FIELDS, Compare, FieldTable
from invoice_scanner_processing.schema import CENT


def scored_fields(table: FieldTable = FIELDS) -> tuple[str, ...]:
    """The fields with a comparison rule in ``table`` (line items included), in table order."""
    return tuple(spec.name for spec in table if spec.compare is not None)


def _compared(how: Compare, table: FieldTable = FIELDS) -> tuple[str, ...]:
    return tuple(spec.name for spec in table if spec.compare is how)


#: Scored per document: the table's fields with a comparison rule.
SCORED_FIELDS = scored_fields()
AMOUNT_FIELDS = _compared(Compare.AMOUNT)
DATE_FIELDS = _compared(Compare.DATE)

CORRECT, WRONG, MISSING = "correct", "wrong", "missing"
#: A field the truth leaves null on a real document: its source could not say (real-dev's
#: README: "a null field is not scored"), so it counts neither way.
NOT_SCORED = "not_scored"

#: Legal-form words dropped from the end of a vendor name (after punctuation became spaces).
LEGAL_FORM_WORDS = frozenset(
    (
        *("gmbh", "ag", "kg", "ohg", "ug", "haftungsbeschränkt", "ek", "co", "mbh", "kgaa", "se"),
        *("ab", "hb", "kb", "aktiebolag", "handelsbolag", "oy", "oyj", "as", "asa", "aps"),
        *("ltd", "limited", "llp", "plc", "llc", "inc", "incorporated", "corp", "corporation"),
        *("company", "lp", "sarl", "sas", "sa", "eurl", "sasu", "sci", "snc", "sl", "slu"),
        *("bv", "nv", "vof", "srl", "spa"),
        # The legal forms of more countries, as the blind sets print them: southern Africa and
        # Australia ("(Pty) Ltd", "CC"), Malaysia and Singapore ("Sdn Bhd", "Pte Ltd"), India
        # ("Pvt Ltd"), Latin America ("S.A. de C.V.", "Ltda", "SpA", "S.R.L."), Hungary ("Kft.",
        # "Bt.", "Zrt."), Turkey ("Ltd. Şti.", "A.Ş."), central and eastern Europe ("s.r.o.",
        # "Sp. z o.o.", "d.o.o.", "OOO", "UAB"), Belgium, the Nordics, Japan ("K.K."), Indonesia.
        *("pty", "cc", "sdn", "bhd", "pte", "pvt", "private", "ltda", "cv", "sac", "eirl"),
        *("kft", "bt", "zrt", "nyrt", "şti", "sti", "aş", "sro", "spol", "sp", "zoo", "oo", "doo"),
        *("ooo", "uab", "sia", "ou", "oü", "jsc", "sprl", "bvba", "srl", "sàrl", "ky", "aps"),
        *("kk", "gk", "tbk", "pllc", "pc", "ltée", "ltee", "ag", "sagl", "ehf", "hf", "ivs"),
        # Portugal's private limited company ("Farmácia Avenida, Lda", "Unipessoal, Lda").
        *("lda", "unipessoal"),
    )
)
#: Joining words inside a multi-word legal form ("S.A. de C.V.", "S. de R.L."), dropped only
#: between two legal-form words.
LEGAL_FORM_JOINERS = frozenset(("de", "y", "und", "z"))
#: Legal forms printed before the name ("EURL Bertin Rénovation", "SARL Dupuis", "PT Maju
#: Jaya", "GmbH Müller" rarely): dropped from the start as the others are from the end.
LEADING_LEGAL_FORMS = frozenset(
    ("sarl", "sas", "sasu", "eurl", "sci", "snc", "selarl", "gmbh", "pt", "cv", "ooo")
)
_PUNCT = re.compile(r"[\W_]+", re.UNICODE)
_SDN_BHD_SHORT = re.compile(r"(?<![\w/])s\s?/\s?b(?![\w/])")
_SPACE = re.compile(r"\s+")


def norm_text(value: str | None) -> str:
    """NFKC, casefold, whitespace collapsed."""
    if value is None:
        return ""
    return _SPACE.sub(" ", unicodedata.normalize("NFKC", value).casefold()).strip()


def norm_invoice_number(value: str | None) -> str:
    text = _SPACE.sub("", norm_text(value))
    return text.strip("#:.")


def norm_vendor(value: str | None) -> str:
    """A vendor name without punctuation, without trailing legal-form words and without a
    legal form printed first."""
    # Dots go first so dotted forms collapse to one word: "S.r.l." -> "srl", "e.K." -> "ek".
    text = norm_text(value).replace(".", "").replace("&", " ")
    # Malaysia's "S/B" is "Sdn Bhd" written short ("CHIN HUAT S/B").
    text = _SDN_BHD_SHORT.sub(" sdn bhd", text)
    words = _PUNCT.sub(" ", text).split()
    while len(words) > 1 and words[-1] in LEGAL_FORM_WORDS:
        words.pop()
        if len(words) > 2 and words[-1] in LEGAL_FORM_JOINERS and words[-2] in LEGAL_FORM_WORDS:
            words.pop()
    while len(words) > 1 and words[0] in LEADING_LEGAL_FORMS:
        words.pop(0)
    return " ".join(words)


def to_decimal(value: Any) -> Decimal | None:
    """Decimal from Decimal/int/float/str (str as in our truth JSON: ``"-12.50"``)."""
    if value is None or value == "":
        return None
    if isinstance(value, bool):
        return None
    if isinstance(value, float):
        value = repr(value)
    try:
        return Decimal(str(value).strip())
    except InvalidOperation:
        return None


def to_date(value: Any) -> date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    try:
        return date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def _value(pred: Any, name: str) -> Any:
    if pred is None:
        return None
    if isinstance(pred, Mapping):
        return pred.get(name)
    return getattr(pred, name, None)


def _status(truth_present: bool, pred_present: bool, equal: bool) -> str:
    if not pred_present:
        return MISSING if truth_present else CORRECT
    if not truth_present:
        return WRONG
    return CORRECT if equal else WRONG


def _same_amount(truth: Any, pred: Any) -> str:
    t, p = to_decimal(truth), to_decimal(pred)
    equal = (
        t is not None
        and p is not None
        and t.quantize(CENT, ROUND_HALF_UP) == p.quantize(CENT, ROUND_HALF_UP)
    )
    return _status(t is not None, p is not None, equal)


def _same_day(truth: Any, pred: Any) -> str:
    td, pd = to_date(truth), to_date(pred)
    return _status(td is not None, pred not in (None, ""), td == pd)


#: Text comparisons: both sides normalised, then equal.
_NORMALISERS: dict[Compare, Callable[[str | None], str]] = {
    Compare.IDENTIFIER: norm_invoice_number,
    Compare.NAME: norm_vendor,
    Compare.CODE: lambda v: norm_text(v).upper(),
    Compare.TEXT: norm_text,
}


def score_field(name: str, truth: Any, pred: Any, table: FieldTable = FIELDS) -> str:
    """``correct``, ``wrong`` or ``missing`` for one flat field, by its rule in ``table``."""
    how = table[name].compare if name in table else None
    if how is Compare.AMOUNT:
        return _same_amount(truth, pred)
    if how is Compare.DATE:
        return _same_day(truth, pred)
    normaliser = _NORMALISERS.get(how or Compare.TEXT, norm_text)
    tn, pn = normaliser(truth), normaliser(pred)
    return _status(bool(tn), bool(pn), tn == pn)


def description_matches(truth: str | None, pred: str | None) -> bool:
    t = _PUNCT.sub(" ", norm_text(truth)).split()
    p = _PUNCT.sub(" ", norm_text(pred)).split()
    ts, ps = " ".join(t), " ".join(p)
    if not ts or not ps:
        return ts == ps
    if ts in ps or ps in ts:
        return True
    return difflib.SequenceMatcher(None, ts, ps, autojunk=False).ratio() >= 0.8


@dataclass(frozen=True)
class LineItemScore:
    truth: int
    predicted: int
    matched: int

    @property
    def all_correct(self) -> bool:
        return self.matched == self.truth == self.predicted

    @property
    def status(self) -> str:
        if self.all_correct:
            return CORRECT
        return MISSING if self.predicted == 0 else WRONG


def score_line_items(truth: Sequence[Any], pred: Sequence[Any]) -> LineItemScore:
    used: set[int] = set()
    matched = 0
    for t in truth:
        t_amount = to_decimal(_value(t, "amount"))
        for j, p in enumerate(pred):
            if j in used:
                continue
            p_amount = to_decimal(_value(p, "amount"))
            if t_amount is None or p_amount is None:
                continue
            if t_amount.quantize(CENT, ROUND_HALF_UP) != p_amount.quantize(CENT, ROUND_HALF_UP):
                continue
            if description_matches(_value(t, "description"), _value(p, "description")):
                used.add(j)
                matched += 1
                break
    return LineItemScore(truth=len(truth), predicted=len(pred), matched=matched)


@dataclass
class DocumentScore:
    fields: dict[str, str] = field(default_factory=dict)
    line_items: LineItemScore = field(default_factory=lambda: LineItemScore(0, 0, 0))

    def _header(self) -> list[str]:
        return [status for name, status in self.fields.items() if name != "line_items"]

    @property
    def header_all_correct(self) -> bool:
        return all(status in (CORRECT, NOT_SCORED) for status in self._header())

    @property
    def header_scored(self) -> tuple[int, int]:
        """(right, scored) over the flat fields."""
        scored = [status for status in self._header() if status != NOT_SCORED]
        return sum(s == CORRECT for s in scored), len(scored)


def _absolute(value: Any) -> Any:
    d = to_decimal(value)
    return abs(d) if d is not None else value


def _is_credit(truth: Mapping[str, Any], pred: Any) -> bool:
    kind = truth.get("document_type") or _value(pred, "document_type")
    return str(kind or "").lower() in ("credit_note", "credit note")


def _flat_scored(table: FieldTable) -> list[str]:
    return [s.name for s in table if s.compare is not None and s.compare is not Compare.LINE_ITEMS]


def score_document(
    truth: Mapping[str, Any], pred: Any, *, real: bool = False, table: FieldTable = FIELDS
) -> DocumentScore:
    """Score a prediction (``InvoiceFields``, a mapping, or None) against a truth mapping.

    ``real`` applies the rules of real ground truth: a credit note's amounts are compared
    without their sign (an e-invoice XML states them positive, its page may print them
    negative), and where the truth was taken from an e-invoice XML (its ``origin`` says so) a
    field the truth leaves null is not scored: the XML did not say, the page may well.
    """
    score = DocumentScore()
    credit = real and _is_credit(truth, pred)
    unknown_nulls = real and "xml" in str(truth.get("origin") or "").lower()
    for name in _flat_scored(table):
        t, p = truth.get(name), _value(pred, name)
        if unknown_nulls and t is None:
            score.fields[name] = NOT_SCORED
            continue
        if credit and table[name].compare is Compare.AMOUNT:
            t, p = _absolute(t), _absolute(p)
        score.fields[name] = score_field(name, t, p, table)
    items = score_line_items(truth.get("line_items") or [], _value(pred, "line_items") or [])
    score.line_items = items
    score.fields["line_items"] = items.status
    return score


def _printable(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value


def prediction_values(pred: Any) -> dict[str, Any]:
    """The scored fields of a prediction as JSON-ready values (for the per-document report)."""
    out = {name: _printable(_value(pred, name)) for name in _flat_scored(FIELDS)}
    keys = ("description", "quantity", "unit_price", "amount")
    out["line_items"] = [
        {k: _printable(_value(item, k)) for k in keys}
        for item in (_value(pred, "line_items") or [])
    ]
    return out
