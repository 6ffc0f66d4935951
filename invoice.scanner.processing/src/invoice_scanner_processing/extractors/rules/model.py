"""The rule reader's document model: the segments and rows of one document, the labels in
them, and the candidate values read for each field with the evidence of how they were found.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any, Protocol

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.extractors.rules.currencies import (
    US_ADDRESS,
    WHOLE_CURRENCIES,
    detect_currency,
)
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.lexicon import LEGAL_RE as _LEGAL_RE
from invoice_scanner_processing.extractors.rules.parsing import dayfirst_votes, infer_dayfirst
from invoice_scanner_processing.extractors.rules.scorer import HandScorer, Scorer
from invoice_scanner_processing.extractors.rules.segments import (
    LabelHit,
    Page,
    Segment,
    build_pages,
)


@dataclass
class Candidate:
    value: Any
    score: float
    segment: Segment
    text: str
    labelled: bool = True
    #: How the value was found, for its confidence: the label's specificity
    #: (:attr:`LabelHit.strength`), where the value sat (1.0 after the label in the same cell,
    #: 0.95/0.93 to its right, 0.85 below), and whether a numeric date's day/month order was
    #: a guess.
    strength: float = 1.0
    place: float = 1.0
    ambiguous: bool = False
    #: The compact label the value was read after ("" when unlabelled).
    label: str = ""


class _Add(Protocol):
    """Records a value read after a label as a candidate of field ``fld``."""

    def __call__(
        self, fld: str, value: Any, score: float, seg: Segment, text: str, ambiguous: bool = False
    ) -> None: ...


class _Put(Protocol):
    """Sets field ``name`` from a chosen candidate, with ``conf`` or else its score as the
    confidence (``extractor._Reading.put``)."""

    def __call__(self, name: str, cand: Candidate | None, conf: float | None = None) -> None: ...


def _evidence(seg: Segment, text: str | None = None) -> dict[str, Any]:
    b = seg.source_bbox or seg.bbox
    return {
        "page": seg.page,
        "bbox": [round(b.x0, 1), round(b.y0, 1), round(b.x1, 1), round(b.y1, 1)],
        "text": text if text is not None else seg.text,
    }


#: Things only US invoices print: a state and ZIP code, an EIN, sales tax.
_US_SIGNALS = re.compile(
    r"\b(?:AL|AK|AZ|AR|CA|CO|CT|DE|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|"
    r"NV|NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY)\s\d{5}(?:-\d{4})?\b"
    r"|\bEIN\b|\b(?i:sales tax)\b|\bTax ID\b"
)

#: Words only Philippine sales invoices print (the seller's "VAT REG TIN", the VAT block's
#: "VATable Sales", the till's permit "PTU No.", the tax office's "BIR Permit"): dates there
#: are month first even where no peso is printed.
_PH_TAX_WORDS = re.compile(
    r"\bVAT\s?REG\.?\s?TIN\b|(?i:\bVATable\s+Sales\b|\bVAT-Exempt\s+Sales\b)|\bPTU\s?No\b"
    r"|\bBIR\s+(?:Permit|Accr)"
)


class _Doc:
    """Everything derived from one document while extracting it."""

    def __init__(self, document: OcrDocument, scorer: Scorer | None = None) -> None:
        #: Picks among the candidates of the invoice number, the dates and the vendor
        #: (:func:`~.scoring.pick`); the reader passes its own, else the hand-set rule.
        self.scorer: Scorer = scorer if scorer is not None else HandScorer()
        self.pages: list[Page] = build_pages(document)
        self.segments: list[Segment] = [s for p in self.pages for s in p.segments]
        self.full_text = "\n".join(s.text for s in self.segments)
        #: The currency the page's codes and symbols name, if any (:func:`.detect_currency`).
        self.printed_currency = detect_currency(self.full_text)
        #: Whether that currency is counted in whole units ("2 630 Ft", "¥4,180"): its
        #: amounts are printed without decimals and its taxes are rounded to the unit.
        self.whole_units = self.printed_currency in WHOLE_CURRENCIES
        for seg in self.segments:
            seg.hits = [h for h in find_labels(seg.text) if not _names_company(seg.text, h)]
        texts = [s.text for s in self.segments]
        self.locale_hint = self._locale_hint()
        self.dayfirst = infer_dayfirst(texts, self.locale_hint)
        #: Whether unambiguous dates on the page (13/01/2024) settle the day/month order.
        self.order_known = dayfirst_votes(texts) != 0
        self.page_by_number = {p.number: p for p in self.pages}
        #: Reasons a person should look at the document, found while reading it (the
        #: prediction's flags: each holds it for review).
        self.flags: list[str] = []

    def _locale_hint(self) -> str | None:
        """``en_US`` when the document looks American, ``en_PH`` when it is Philippine (its
        peso, or its tax office's words: "VAT REG TIN", "VATable Sales", "PTU No."): dates then
        default to month first, as both countries write them ("03/08/2026" is 8 March)."""
        text = self.full_text
        currency = self.printed_currency
        if currency == "PHP" or (currency is None and _PH_TAX_WORDS.search(text)):
            return "en_PH"
        signals = len(_US_SIGNALS.findall(text)) + len(US_ADDRESS.findall(text))
        if currency == "USD":
            signals += 2
        if re.search(r"€|£|\b(CAD|AUD|GBP|CHF|EUR)\b|\bVAT\b", text):
            signals -= 2
        # European tax words and day-first dotted dates ("05.03.2018") are never American.
        if re.search(r"\b(?:USt|MwSt|TVA|IVA|BTW|Moms|MVA)\b|\b\d{2}\.\d{2}\.\d{4}\b", text):
            signals -= 2
        return "en_US" if signals >= 2 else None

    def row_of(self, seg: Segment) -> list[Segment]:
        return self.page_by_number[seg.page].rows[seg.row]

    def value_after(self, seg: Segment, hit: LabelHit) -> str:
        """Text between this label and the next label of the same segment."""
        nxt = [h.start for h in seg.hits if h.start >= hit.end]
        end = min(nxt) if nxt else len(seg.text)
        return seg.text[hit.end : end].strip(" :#.-–=\t")

    def right_of(self, seg: Segment) -> list[Segment]:
        out = []
        for other in self.row_of(seg):
            if other is seg or not _right_of(seg, other):
                continue
            if _label_cell(other):
                break
            out.append(other)
        return self._value_of_nearer_row(seg, out)

    def _value_of_nearer_row(self, seg: Segment, out: list[Segment]) -> list[Segment]:
        """``out`` (the cells right of a label in its row), its first cell replaced by a cell
        of the row above or below where that one shares more of the label's height and the
        first shares little of it: a photographed column of labels set close together is
        grouped into rows unevenly ("Förfallodatum" fell into the row of "Fakturadatum" and
        its date, its own date into the next row)."""
        if not out:
            return out

        def shared(o: Segment) -> float:
            return o.bbox.y_overlap(seg.bbox)

        h = max(seg.bbox.height, 1.0)
        if shared(out[0]) >= 0.6 * h:
            return out
        # Only where the first cell is another label's of the same column, one that shares
        # more of that cell's height: a value set a little lower than its own label (a boxed
        # or larger value) stays its label's.
        first = out[0]
        column = [
            o
            for o in self.row_of(seg)
            if o is not seg
            and o.hits
            and o.hits[0].start == 0
            and abs(o.bbox.x0 - seg.bbox.x0) < 2 * h
        ]
        if not any(o.bbox.y_overlap(first.bbox) > shared(first) for o in column):
            return out
        page = self.page_by_number[seg.page]
        near = [
            o
            for r in (seg.row - 1, seg.row + 1)
            if 0 <= r < len(page.rows)
            for o in page.rows[r]
            if _right_of(seg, o) and not _label_cell(o)
        ]
        best = max(near, key=shared, default=None)
        if best is None or shared(best) < 0.6 * h or shared(best) <= shared(out[0]):
            return out
        return [best, *out[1:]]

    def below(self, seg: Segment, max_rows: int = 2) -> list[Segment]:
        page = self.page_by_number[seg.page]
        out: list[Segment] = []
        h = max(seg.bbox.height, 1.0)
        for r in range(seg.row + 1, min(len(page.rows), seg.row + 1 + max_rows)):
            for other in page.rows[r]:
                if other.bbox.y0 - seg.bbox.y1 > 3.0 * h:
                    return out
                ov = other.bbox.x_overlap(seg.bbox)
                if (
                    ov > 0.3 * min(other.bbox.width, seg.bbox.width)
                    or abs(other.bbox.x0 - seg.bbox.x0) < 2 * h
                    or (r == seg.row + 1 and self._right_aligned_under(seg, other))
                ):
                    out.append(other)
            if out:
                return out
        return out

    def _right_aligned_under(self, seg: Segment, other: Segment) -> bool:
        """A boxed header field sets its value flush right on the next line, just past the
        end of a label that stands alone at the right of its row ("Número da Nota" above
        "00004127")."""
        h = max(seg.bbox.height, 1.0)
        if not seg.bbox.x1 - h < other.bbox.x0 < seg.bbox.x1 + 5 * h:
            return False
        if any(o.bbox.x0 > seg.bbox.x0 for o in self.row_of(seg) if o is not seg):
            return False
        row = self.page_by_number[other.page].rows[other.row]
        return not any(
            o is not other and o.bbox.x1 > seg.bbox.x0 and o.bbox.x0 < other.bbox.x0 for o in row
        )


def _names_company(text: str, hit: LabelHit) -> bool:
    """A label word that is the first word of a company name ("Lieferant GmbH", "Supplier
    Ltd"): only a legal form follows it, so it is no label."""
    rest = text[hit.end :].strip(" :,.")
    return bool(rest) and _LEGAL_RE.fullmatch(" " + rest) is not None


def _right_of(seg: Segment, other: Segment) -> bool:
    """Whether ``other`` stands right of the label ``seg`` (OCR boxes of a label and its value
    may overlap by a few pixels)."""
    tolerance = max(2.0, 0.6 * seg.bbox.height)
    return other.bbox.x0 >= seg.bbox.x1 - tolerance and other.bbox.cx > seg.bbox.x1


def _label_cell(seg: Segment) -> bool:
    """Whether ``seg`` opens with a label and is no amount: a cell of its own label."""
    return bool(seg.hits) and seg.hits[0].start == 0 and not _numeric_start(seg.text)


def _numeric_start(text: str) -> bool:
    t = text.lstrip(" -−(€$£")
    return bool(t) and t[0].isdigit()
