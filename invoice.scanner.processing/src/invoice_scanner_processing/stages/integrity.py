"""Integrity checks: what is approved is what a person sees on the page.

Each function is pure and returns one :class:`Check` (error level) for the evaluation stage:

- ``integrity.einvoice_matches_page``: the embedded e-invoice XML and the page's own reading
  agree on total, net, VAT, invoice number, seller and IBAN.
- ``integrity.text_layer_matches_image``: no text-layer text is hidden from the eye (invisible
  render mode, drawn in the background colour, outside the page), and where a page is mostly an
  image with such a text layer, the text layer says what OCR of the rendered page reads.
- ``integrity.bank_details_known``: the seller's IBAN is one the company approved before for
  this seller (the caller looks the earlier IBANs up).
- ``integrity.single_source``: every value read (not computed) is printed on the page, so no
  value stands on one source alone (only the LLM, only the XML). A net or VAT that is the sum
  of a column of amounts printed one under another (a VAT summary's rates), or a VAT whose
  rates' amounts are each printed, is printed too.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping, Sequence
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from invoice_scanner_common.checks import ADDED_TO_TOTAL
from invoice_scanner_processing.documents import OcrLine, OcrPage
from invoice_scanner_processing.stages.evaluation import Check
from invoice_scanner_processing.stages.evidence import PageTexts, locate
from invoice_scanner_processing.stages.extraction import Extraction

#: Fields the XML and the page must agree on.
EINVOICE_COMPARED = ("total", "amount", "vat", "invoice_number", "vendor_name", "iban")
#: Read values that must be found on the page to be approved automatically.
SINGLE_SOURCE_FIELDS = (
    "invoice_number",
    "invoice_date",
    "vendor_name",
    "amount",
    "vat",
    "total",
    "iban",
)
_NON_ALNUM = re.compile(r"[\W_]+")
_DIGIT_TOKEN = re.compile(r"[0-9][0-9.,' /-]*[0-9]")


def same(a: Any, b: Any) -> bool:
    """Equal up to formatting: amounts within a cent, text ignoring case and punctuation."""
    if a is None or b is None:
        return a is b
    try:
        return abs(Decimal(str(a)) - Decimal(str(b))) <= Decimal("0.01")
    except InvalidOperation:
        pass
    if isinstance(a, date) or isinstance(b, date):
        return str(a) == str(b)
    x = _NON_ALNUM.sub("", str(a).casefold())
    y = _NON_ALNUM.sub("", str(b).casefold())
    return x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x))


def einvoice_matches_page(
    einvoice: Mapping[str, Any], page: Mapping[str, Any], located: Mapping[str, bool]
) -> Check:
    """The XML's values against the page reading (``page``, the prediction from the page).

    A field the page reading missed is still fine when the XML's value is printed on the page
    (``located[field]``); a different value, or one the page does not show, fails.
    """
    problems, fields = [], []
    for name in EINVOICE_COMPARED:
        xml = einvoice.get(name)
        if xml in (None, ""):
            continue
        seen = page.get(name)
        if seen not in (None, "") and not same(xml, seen):
            problems.append(f"{name}: e-invoice {xml}, page {seen}")
            fields.append(name)
        elif seen in (None, "") and not located.get(name, False):
            problems.append(f"{name}: e-invoice {xml}, not on the page")
            fields.append(name)
    return Check(
        name="integrity.einvoice_matches_page",
        passed=not problems,
        severity="error",
        detail="; ".join(problems) or None,
        fields=fields,
    )


def text_layer_matches_image(
    hidden: Mapping[int, Sequence[OcrLine]],
    reasons: Mapping[int, str],
    ocr_pages: Iterable[OcrPage],
) -> Check:
    """Hidden text-layer text (``hidden`` lines per page, ``reasons`` per page) fails the check.

    On a page that was OCRed (mostly image under an invisible layer) the hidden text is
    compared with what OCR read: it fails only where the layer holds numbers OCR did not see
    (an OCR'd scan's own invisible layer agrees with the image); on a page whose visible text
    layer was used, any hidden text fails.
    """
    by_number = {p.page_number: p for p in ocr_pages}
    problems = []
    for number, lines in sorted(hidden.items()):
        if not lines:
            continue
        page = by_number.get(number)
        if page is not None and page.source == "ocr":
            missing = unseen_numbers(lines, page.lines)
            if missing:
                shown = ", ".join(missing[:6])
                problems.append(f"page {number}: text layer says {shown}, the image does not")
        else:
            sample = " ".join(line.text for line in lines)[:120]
            reason = reasons.get(number, "hidden text")
            problems.append(f"page {number}: {reason} ignored: {sample!r}")
    return Check(
        name="integrity.text_layer_matches_image",
        passed=not problems,
        severity="error",
        detail="; ".join(problems) or None,
        fields=[],
    )


def _numbers(lines: Iterable[OcrLine]) -> list[str]:
    out = []
    for line in lines:
        for match in _DIGIT_TOKEN.finditer(line.text):
            digits = re.sub(r"\D", "", match.group())
            if len(digits) >= 3:
                out.append(digits)
    return out


def unseen_numbers(layer: Iterable[OcrLine], seen: Iterable[OcrLine]) -> list[str]:
    """Digit strings (3+ digits) of ``layer`` that occur nowhere in ``seen``'s digits."""
    seen_digits = " ".join(_numbers(seen))
    seen_joined = re.sub(r"\D", "", " ".join(line.text for line in seen))
    return [
        n for n in dict.fromkeys(_numbers(layer)) if n not in seen_digits and n not in seen_joined
    ]


def bank_details_known(iban: str | None, known: Iterable[str] | None) -> Check:
    """``iban`` against the IBANs of the seller's earlier approved documents (``known``).

    No IBAN, or no earlier approved document of this seller, passes: there is nothing to
    compare with.
    """
    known_set = {_NON_ALNUM.sub("", k).upper() for k in (known or ()) if k}
    mine = _NON_ALNUM.sub("", iban).upper() if iban else None
    failed = bool(mine and known_set and mine not in known_set)
    return Check(
        name="integrity.bank_details_known",
        passed=not failed,
        severity="error",
        detail=(
            f"IBAN {mine} differs from the seller's approved {', '.join(sorted(known_set))}"
            if failed
            else None
        ),
        fields=["iban"] if failed else [],
    )


def single_source(
    values: Mapping[str, Any], located: Mapping[str, bool], derived: Iterable[str]
) -> Check:
    """Every read value of :data:`SINGLE_SOURCE_FIELDS` is printed on the page.

    The page's words are the second source beside whatever produced the value (the LLM, the
    XML, the rules). Computed values (``derived``) are checked by the arithmetic instead, and so
    is one of net, VAT and total when the other two are printed and net + VAT = total (a VAT
    summed over two taxes, a net worked out from a gross price).
    """
    skip = set(derived) | _implied_by_arithmetic(values, located)
    alone = [
        name
        for name in SINGLE_SOURCE_FIELDS
        if values.get(name) not in (None, "") and name not in skip and not located.get(name)
    ]
    return Check(
        name="integrity.single_source",
        passed=not alone,
        severity="error",
        detail=(f"not found on the page, only one source: {', '.join(alone)}" if alone else None),
        fields=alone,
    )


_AMOUNT_TOKEN = re.compile(r"(?<![\w.,])-?\d{1,3}(?:(?:[ .,'’])\d{3})*[.,]\d{2}(?![\w.,]*\d)")
#: Amounts summed in one column: at least two, at most this many, one under another.
_COLUMN_PARTS = 6


def _amount_cells(page: OcrPage, texts: PageTexts) -> list[tuple[Decimal, float, float, float]]:
    """The amounts printed on ``page`` as (value, right edge, top, height)."""
    cells = []
    for chars in texts.lines(page):
        for match in _AMOUNT_TOKEN.finditer(chars.text):
            digits = re.sub(r"[ .,'’]", "", match.group())
            box = chars.span(match.start(), match.end())
            cells.append((Decimal(digits) / 100, box.x1, box.y0, box.height))
    return cells


def printed_in_parts(
    name: str, values: Mapping[str, Any], pages: Sequence[OcrPage], texts: PageTexts | None = None
) -> bool:
    """Whether the net or VAT (``name``) is on the page as parts that add up to it: a column's
    amounts one under another (:func:`column_sum`), or for the VAT, each rate's amount of
    ``vat_breakdown`` printed (lines "TVA 5,50% 1,49" and "TVA 10,00% 0,90" with other lines
    between them)."""
    value = values.get(name)
    texts = texts or PageTexts()
    if column_sum(value, pages, texts):
        return True
    parts = [line.get("amount") for line in values.get("vat_breakdown") or ()]
    if name != "vat" or len(parts) < 2 or any(p in (None, "") for p in parts):
        return False
    try:
        summed = sum((Decimal(str(p)) for p in parts), Decimal(0))
        if abs(summed - Decimal(str(value))) > Decimal("0.01"):
            return False
    except InvalidOperation:
        return False
    return all(locate("vat", p, pages, None, texts) is not None for p in parts)


def column_sum(value: Any, pages: Sequence[OcrPage], texts: PageTexts | None = None) -> bool:
    """Whether ``value`` is the sum of two to six amounts printed one under another in one
    column (right edges aligned, no wider gap than a few lines), as a VAT summary prints each
    rate's net and tax but not their totals."""
    try:
        target = Decimal(str(value))
    except (InvalidOperation, TypeError):
        return False
    if not target:
        return False
    texts = texts or PageTexts()
    for page in pages:
        cells = sorted(_amount_cells(page, texts), key=lambda c: c[2])
        for i, (_, right, _top, height) in enumerate(cells):
            column = [
                (v, t, h)
                for v, r, t, h in cells[i:]
                if abs(r - right) <= max(height, 0.01 * page.width)
            ]
            run = [column[0]]
            for cell in column[1:]:
                if cell[1] - run[-1][1] > 3 * max(cell[2], run[-1][2]):
                    break
                run.append(cell)
                if len(run) > _COLUMN_PARTS:
                    break
                if len(run) >= 2 and abs(sum(v for v, _, _ in run) - target) < Decimal("0.005"):
                    return True
    return False


def _implied_by_arithmetic(values: Mapping[str, Any], located: Mapping[str, bool]) -> set[str]:
    money = ("amount", "vat", "total")
    try:
        net, vat, total = (Decimal(str(values[m])) for m in money)
        extra = sum((Decimal(str(values.get(n) or 0)) for n in ADDED_TO_TOTAL), Decimal(0))
    except (KeyError, InvalidOperation, TypeError):
        return set()
    printed = [m for m in money if located.get(m)]
    if len(printed) == 2 and abs(net + vat + extra - total) <= Decimal("0.01"):
        return set(money) - set(printed)
    return set()


def integrity_checks(
    extraction: Extraction,
    *,
    hidden_text: Mapping[int, Sequence[OcrLine]],
    hidden_reasons: Mapping[int, str],
    ocr_pages: Sequence[OcrPage],
    known_ibans: Iterable[str] | None,
) -> list[Check]:
    """The four checks for one document; see the module docstring."""
    ev = extraction.fields_evidence
    located = {name: bool(e.get("bbox")) for name, e in ev.items()}
    values = extraction.fields.model_dump(mode="json")
    texts = PageTexts()
    for name in ("amount", "vat"):
        if not located.get(name) and printed_in_parts(name, values, ocr_pages, texts):
            located[name] = True
    checks = []
    if extraction.einvoice_fields:
        checks.append(
            einvoice_matches_page(extraction.einvoice_values, extraction.page_reading, located)
        )
    checks.append(text_layer_matches_image(hidden_text, hidden_reasons, ocr_pages))
    checks.append(bank_details_known(extraction.fields.iban, known_ibans))
    checks.append(single_source(values, located, extraction.derived))
    return checks
