"""The offline, rule-based invoice extractor.

How it reads an invoice:

1. Segments and rows (:mod:`.layout`); labels found in every segment (:mod:`.lexicon`).
2. The line-item table is located by its header row so that its cells are not read as labels.
3. For every label, a value is looked for in the same run after the label, then to its right
   in the same row, then directly below; each reading becomes a scored candidate.
4. Amounts are chosen as the (net, VAT, total) triple that adds up, allowing for discount and
   shipping; dates with the document's day/month order; the vendor from legal-form suffixes,
   the top block, the VAT id's neighbourhood and the footer, never the customer block.
5. Confidence per field reflects how the value was found: labelled and consistent is high,
   guessed is low.
"""

from __future__ import annotations

import itertools
import logging
import re
import time
from dataclasses import dataclass
from decimal import Decimal
from itertools import product
from typing import Any

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.normalize import (
    dayfirst_votes,
    detect_currency,
    find_amounts,
    find_dates,
    infer_currency,
    infer_dayfirst,
)
from invoice_scanner_processing.providers.llm.offline.items import read_line_items
from invoice_scanner_processing.providers.llm.offline.layout import (
    LabelHit,
    Page,
    Segment,
    build_pages,
    find_labels,
)
from invoice_scanner_processing.providers.llm.offline.lexicon import (
    CREDIT_WORDS,
    INCLUSIVE_VAT_WORDS,
    LEGAL_FORMS,
    TITLES,
    column_index,
    compact,
    label_index,
)
from invoice_scanner_processing.providers.llm.offline.lexicon import (
    LEGAL_RE as _LEGAL_RE,
)
from invoice_scanner_processing.providers.llm.offline.lexicon import (
    legal_form as _legal_form,
)
from invoice_scanner_processing.providers.llm.offline.sections import party_blocks, title_reading
from invoice_scanner_processing.schema import CENT, DocumentType, InvoiceFields, Prediction, VatLine

logger = logging.getLogger(__name__)

MODEL = "rules-v1"
PROMPT_VERSION = "offline-rules-1"

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


class _Doc:
    """Everything derived from one document while extracting it."""

    def __init__(self, document: OcrDocument) -> None:
        self.pages: list[Page] = build_pages(document)
        self.segments: list[Segment] = [s for p in self.pages for s in p.segments]
        self.full_text = "\n".join(s.text for s in self.segments)
        for seg in self.segments:
            seg.hits = [h for h in find_labels(seg.text) if not _names_company(seg.text, h)]
        texts = [s.text for s in self.segments]
        self.locale_hint = self._locale_hint()
        self.dayfirst = infer_dayfirst(texts, self.locale_hint)
        #: Whether unambiguous dates on the page (13/01/2024) settle the day/month order.
        self.order_known = dayfirst_votes(texts) != 0
        self.page_by_number = {p.number: p for p in self.pages}

    def _locale_hint(self) -> str | None:
        """``en_US`` when the document looks American (dates then default to month first)."""
        text = self.full_text
        signals = len(_US_SIGNALS.findall(text))
        if detect_currency(text) == "USD":
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
        row = self.row_of(seg)
        out = []
        for other in row:
            # OCR boxes of a label and its value may overlap by a few pixels.
            tolerance = max(2.0, 0.6 * seg.bbox.height)
            if (
                other is seg
                or other.bbox.x0 < seg.bbox.x1 - tolerance
                or other.bbox.cx <= seg.bbox.x1
            ):
                continue
            if other.hits and other.hits[0].start == 0 and not _numeric_start(other.text):
                break
            out.append(other)
        return out

    def below(self, seg: Segment, max_rows: int = 2) -> list[Segment]:
        page = self.page_by_number[seg.page]
        out: list[Segment] = []
        h = max(seg.bbox.height, 1.0)
        for r in range(seg.row + 1, min(len(page.rows), seg.row + 1 + max_rows)):
            for other in page.rows[r]:
                if other.bbox.y0 - seg.bbox.y1 > 3.0 * h:
                    return out
                ov = min(other.bbox.x1, seg.bbox.x1) - max(other.bbox.x0, seg.bbox.x0)
                if ov > 0.3 * min(other.bbox.width, seg.bbox.width) or (
                    abs(other.bbox.x0 - seg.bbox.x0) < 2 * h
                ):
                    out.append(other)
            if out:
                return out
        return out


def _names_company(text: str, hit: LabelHit) -> bool:
    """A label word that is the first word of a company name ("Lieferant GmbH", "Supplier
    Ltd"): only a legal form follows it, so it is no label."""
    rest = text[hit.end :].strip(" :,.")
    return bool(rest) and _LEGAL_RE.fullmatch(" " + rest) is not None


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


def _read_sections(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """Party blocks and the title line (:mod:`.sections`) as candidates: a headed block's
    name is its party's name, its generic numbers are the party's ids (never the invoice
    number), and the number and date in the title are the document's own."""
    members: set[int] = set()
    for page in doc.pages:
        for block in party_blocks(page):
            members.update(id(s) for s in block.segments)
            if block.party == "customer":
                for seg in block.segments:
                    seg.in_customer = True
            parts = block.name_segments()
            name = _clean_name(" ".join(p.text for p in parts)) if parts else ""
            if name and _looks_like_name(name):
                key = "vendor" if block.party == "vendor" else "customer"
                cands.setdefault(key, []).append(
                    Candidate(name, 0.96, parts[-1], name, label="party block")
                )
    if "invoice_number" in cands:
        cands["invoice_number"] = [
            c for c in cands["invoice_number"] if id(c.segment) not in members
        ]
    title = title_reading(doc.segments, doc.pages[0].number)
    if title is None:
        return
    cands.setdefault("invoice_number", []).append(
        Candidate(_fix_o(title.number), 0.9, title.segment, title.segment.text, label="title")
    )
    found = find_dates(title.date_text or "", dayfirst=doc.dayfirst)
    if found:
        cands.setdefault("invoice_date", []).append(
            Candidate(
                found[0].value,
                0.97,
                title.segment,
                title.segment.text,
                label="title",
                ambiguous=found[0].ambiguous,
            )
        )


#: Payment wording that states the due date in a sentence: "Please remit until 2019-07-01",
#: "Zahlbar innerhalb 30 Tagen netto bis 04.07.2018", "à régler avant le 15/03/2024".
_DUE_SENTENCE = re.compile(
    r"\b(?:remit|pay|payable|payment|paid|zahlbar|zahlen|zahlung|überweisen|fällig|due|payer"
    r"|régler|réglement|règlement|payable|betalas|betales|betalen|betaling|pagar|pagare|pago"
    r"|pagamento|maksettava|splatnost)\b[^.;]{0,60}?\b(?:until|by|before|on or before"
    r"|no later than|bis(?: zum| spätestens)?|spätestens(?: am| bis)?|avant le|au plus tard le"
    r"|senast|voor|uiterlijk|antes del|entro il|innen)\s+(?=\S*\d)",
    re.IGNORECASE,
)


def _due_in_sentence(doc: _Doc) -> Candidate | None:
    """The first date a payment sentence names, outside the line-item table."""
    for seg in doc.segments:
        if seg.in_table:
            continue
        for m in _DUE_SENTENCE.finditer(seg.text):
            found = find_dates(seg.text[m.end() : m.end() + 30], dayfirst=doc.dayfirst)
            if found and found[0].start == 0:
                return Candidate(
                    found[0].value, 0.7, seg, seg.text, labelled=False,
                    ambiguous=found[0].ambiguous,
                )  # fmt: skip
    return None


def _with_name_line_above(doc: _Doc, best: Candidate) -> Candidate:
    """A company name broken before its legal form at the very top of the page ("ABARROTES Y
    FERRETERIA" / "LA ESPERANZA S.A. DE C.V."): the first line joins the legal-form line when
    it is set the same way, names nothing else and repeats none of its words (a shop sign
    above the legal name, "KOPI HARTANAH" / "Kopi Hartanah Pte. Ltd.", stays apart)."""
    seg = best.segment
    if best.labelled or not _legal_form(best.value) or seg.row != 1 or seg.index == 0:
        return best
    page = doc.page_by_number[seg.page]
    above = page.rows[0]
    if len(above) != 1:
        return best
    top = above[0].text.strip()
    words = {w.casefold() for w in re.findall(r"\w+", best.value)}
    if (
        top.isupper() != best.value.isupper()
        or len(top.split()) < 2
        or any(c.isdigit() for c in top)
        or above[0].hits
        or _legal_form(top)
        or _ADDRESSY.search(top)
        or words & {w.casefold() for w in re.findall(r"\w+", top)}
        or compact(top) in TITLES
    ):
        return best
    joined = f"{top} {best.value}"
    return Candidate(joined, best.score, seg, joined, labelled=False)


#: A tax line's base: "von 9,18", "on 17.17", "sur 100,00", "su 50,00", "over 15,64".
#: Registration and tax ids that a seller's legal line prints beside its name.
_LEGAL_LINE_RE = re.compile(
    r"\b(?:SIRET|SIREN|RCS|TVA|VAT|USt|UID|KvK|KVK|HRB|HRA|Handelsregister|ABN|ACN|GSTIN|CIF|NIF"
    r"|P\.?\s?IVA|Partita IVA|IČO|NIP|Org\.?\s?nr|CVR|Company No|Registered in)\b"
)
_ON_BASE_RE = re.compile(
    r"\b(?:von|on|of|sur|su|de|over|av|z)\s+[-\d.,\s']*\d[.,]\d{2}(?=\s+\S*\d)", re.IGNORECASE
)


def _numeric_start(text: str) -> bool:
    t = text.lstrip(" -−(€$£")
    return bool(t) and t[0].isdigit()


# --------------------------------------------------------------------------------------------
# Candidate readers per field kind

_INV_TOKEN = re.compile(r"[A-Za-z0-9][A-Za-z0-9\-/._]*[A-Za-z0-9]|[0-9]")
# A bare "N" is a prefix only before a space, colon, "#" or digit: "NCB-24-1" keeps its "N".
_NO_PREFIX = re.compile(
    r"^(?:(?:no|nr|num|number|nummer|n)(?:[.°º]+|(?=[\s:#\d]))|n°|nº|#|[°º])\s*[:#.]?\s*", re.I
)
#: A series code printed apart from the number it belongs to: "FT 2024A/1287", "FV 12/2024".
_SERIES = re.compile(r"^([A-Z]{1,3})\s+(?=\d)")


#: What joins two labels that share one value: "Invoice date / Delivery date".
_JOINER = re.compile(r"[/&|+]|and|und|et|och|en|y|e", re.IGNORECASE)

_BARE_NUMBER_LABELS = frozenset({"no", "nr", "n", "#", "nro", "numero", "number"})

_TITLE_NUMBER = re.compile(
    r"^\s*([^\W\d_][^\d#:]{2,30}?)\s*[#:]?\s*([A-Z0-9][\w\-/.]*\d[\w\-/.]*)\s*$"
)


#: Compact label starts that state VAT as contained in the total, not added to it.
_INCLUSIVE = tuple(compact(w) for w in INCLUSIVE_VAT_WORDS)

_TITLE_COLON = re.compile(r"^\s*([^\W\d_][^\d#:]{2,30}?)\s*:\s*$")


def _fix_o(token: str) -> str:
    """OCR reads 0 as O inside number runs (``INV-2O24``); fix it where digits dominate."""
    parts = re.split(r"([\-/._])", token)
    fixed = []
    for part in parts:
        digits = sum(c.isdigit() for c in part)
        if "O" in part or "o" in part:
            letters = sum(c.isalpha() for c in part)
            if digits and digits >= letters:
                part = part.replace("O", "0").replace("o", "0")
        fixed.append(part)
    return "".join(fixed)


def _read_invoice_number(text: str) -> str | None:
    text = _NO_PREFIX.sub("", text.strip())
    series = _SERIES.match(text)
    prefix = ""
    if series and detect_currency(series.group(1)) is None:
        prefix, text = series.group(1) + " ", text[series.end() :]
    for token in _INV_TOKEN.findall(text):
        if not any(c.isdigit() for c in token):
            prefix = ""
            continue
        if find_dates(token):
            prefix = ""
            continue
        if len(token) < 2 and not token.isdigit():
            continue
        return prefix + _fix_o(token)
    return None


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

_VAT_ID_RE = re.compile(
    r"\b(?:ATU\d{8}|BE[01]\d{9}|DE\d{9}|DK\d{8}|ES[A-Z0-9]\d{7}[A-Z0-9]|FI\d{8}|"
    r"FR[A-Z0-9]{2}\d{9}|GB\d{9}(?:\d{3})?|IE\d[A-Z0-9]\d{5}[A-Z]{1,2}|IT\d{11}|LU\d{8}|"
    r"NL\d{9}B\d{2}|PL\d{10}|PT\d{9}|SE\d{10}01|NO\d{9}(?:MVA)?|CHE\d{9}(?:MWST|TVA|IVA)?|"
    r"CZ\d{8,10}|AT\d{9})\b"
)
_IBAN_RE = re.compile(r"\b[A-Z]{2}\d{2}(?:[ ]?[A-Z0-9]){11,30}\b")
_BIC_RE = re.compile(r"\b[A-Z]{4}[A-Z]{2}[A-Z0-9]{2}(?:[A-Z0-9]{3})?\b")


def _read_vat_id(text: str) -> str | None:
    """A VAT id printed with or without spaces and dots (``DE 123 456 789``, ``CHE-123.456.789
    MWST``): consecutive tokens are joined and matched whole, so neighbours never merge in."""
    tokens = [t for t in re.split(r"[\s·|,;:()]+", text.upper()) if t]
    for i in range(len(tokens)):
        for j in range(i + 1, min(len(tokens), i + 5) + 1):
            cand = re.sub(r"[.\-]", "", "".join(tokens[i:j]))
            if len(cand) > 17:
                break
            if _VAT_ID_RE.fullmatch(cand):
                return cand
    return None


def _iban_ok(iban: str) -> bool:
    if not 15 <= len(iban) <= 34:
        return False
    moved = iban[4:] + iban[:4]
    digits = "".join(str(int(c, 36)) for c in moved)
    return int(digits) % 97 == 1


def _read_iban(text: str) -> str | None:
    squeezed = re.sub(r"[\s]", "", text.upper()).replace("IBAN", " ").replace(":", " ")
    for m in re.finditer(r"[A-Z]{2}\d{2}[A-Z0-9]{11,30}", squeezed):
        cand = m.group(0)
        for end in range(len(cand), 14, -1):
            if _iban_ok(cand[:end]):
                return cand[:end]
    return None


def _read_bic(text: str) -> str | None:
    cleaned = re.sub(r"(?i)\b(bic|swift)[\s:/]*(code)?[:\s]*", " ", text)
    m = _BIC_RE.search(cleaned.upper() if cleaned.isupper() else cleaned)
    return m.group(0) if m else None


# --------------------------------------------------------------------------------------------


class OfflineExtractor:
    """Rule-based field extraction from OCR lines; needs no network and no model files."""

    name = "offline"

    def __init__(self) -> None:
        # Build the lexicon indexes and month tables now, so that the first document does
        # not pay for loading CLDR data.
        label_index()
        column_index()
        find_dates("1 Jan 2000")

    def predict(self, document: OcrDocument) -> Prediction:
        started = time.perf_counter()
        doc = _Doc(document)
        fields = InvoiceFields()
        confidence: dict[str, float] = {}
        evidence: dict[str, dict[str, Any]] = {}
        flags: list[str] = []
        if not doc.segments:
            flags.append("no text")
            return Prediction(
                fields=fields,
                provider=self.name,
                model=MODEL,
                prompt_version=PROMPT_VERSION,
                flags=flags,
                seconds=time.perf_counter() - started,
            )

        items, table_segments = read_line_items(doc.pages)
        for seg in table_segments:
            seg.in_table = True
        fields.line_items = items
        if items:
            confidence["line_items"] = 0.6

        cands = self._collect(doc)
        self._mark_customer(doc)
        _read_sections(doc, cands)
        _vat_table_totals(doc, cands)

        def put(name: str, cand: Candidate | None, conf: float | None = None) -> None:
            if cand is None:
                return
            setattr(fields, name, cand.value)
            confidence[name] = round(min(1.0, conf if conf is not None else cand.score), 3)
            if cand.value is not None:
                evidence[name] = _evidence(cand.segment, cand.text)

        number = _best(cands.get("invoice_number"))
        if number is not None:
            put(
                "invoice_number", number, _read_confidence(number, cands["invoice_number"], compact)
            )
        self._dates(doc, cands, put)
        self._amounts(doc, cands, fields, confidence, evidence)
        self._currency(doc, cands, fields, confidence, evidence)
        fields.document_type = _document_type(doc, fields)
        put("vendor_vat_id", self._vat_id(doc, cands))
        put("iban", _best(cands.get("iban")))
        put("bic", _best(cands.get("bic")))
        put("purchase_order", _best(cands.get("po")))
        put("payment_terms", _best(cands.get("payment_terms")))
        put("customer_name", _best(cands.get("customer")))
        if items:
            confidence["line_items"] = _items_confidence(fields)
        vendor = self._vendor(doc, cands, fields)
        put("vendor_name", vendor)
        if fields.total is None:
            flags.append("total not found")
        prediction = Prediction(
            fields=fields,
            provider=self.name,
            model=MODEL,
            prompt_version=PROMPT_VERSION,
            confidence=confidence,
            evidence=evidence,
            flags=flags,
            seconds=time.perf_counter() - started,
        )
        return prediction

    # ----------------------------------------------------------------------------------------

    def _collect(self, doc: _Doc) -> dict[str, list[Candidate]]:
        cands: dict[str, list[Candidate]] = {}
        context: dict[str, Any] = {"strength": 1.0, "place": 1.0, "label": ""}

        def add(
            fld: str, value: Any, score: float, seg: Segment, text: str, ambiguous: bool = False
        ) -> None:
            strength, place = context["strength"], context["place"]
            cands.setdefault(fld, []).append(
                Candidate(
                    value, score, seg, text, True, strength, place, ambiguous, context["label"]
                )
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
                    sources.extend(self._outside(doc, seg))
                for fld in hit.fields:
                    for text, src, place in sources:
                        context["strength"], context["place"] = hit.strength, place
                        context["label"] = hit.key
                        if self._read(fld, text, place * hit.strength, src, hit, doc, add):
                            break
        if "invoice_number" not in cands:
            # A header box labelled only "No." / "Nr." / "#", the number under or beside it;
            # anywhere else such a bare word is too vague to be a label.
            for seg in doc.segments[:80]:
                if compact(seg.text) not in _BARE_NUMBER_LABELS:
                    continue
                for text, src, place in self._outside(doc, seg):
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

    @staticmethod
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
        self,
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

    # ----------------------------------------------------------------------------------------

    def _dates(self, doc: _Doc, cands: dict[str, list[Candidate]], put: Any) -> None:
        if _is_credit(doc):
            # A credit memo prints the credited invoice's date too; its own date is the one
            # whose label names the credit ("Credit Date", "Gutschriftsdatum").
            own = [
                c
                for c in cands.get("invoice_date", [])
                if any(w in c.label for w in _CREDIT_DATE_WORDS)
            ]
            # Without one, a date labelled as an invoice's ("Invoice date 28 Oct") belongs to
            # the credited invoice; the note's own is the other ("Date 14 Nov").
            own = own or [
                c
                for c in cands.get("invoice_date", [])
                if not any(w in c.label for w in _INVOICE_WORDS)
            ]
            if own:
                cands["invoice_date"] = own
        inv = _best(cands.get("invoice_date"))
        due = _best(cands.get("due_date")) or _due_in_sentence(doc)
        if inv is None:
            # No labelled date: the first date on the first page that is not a due or other
            # labelled date is the invoice date, more often than not.
            taken = {c.value for k in ("due_date", "_other_date") for c in cands.get(k, [])}
            first_page = doc.pages[0].number
            for seg in doc.segments:
                if seg.page != first_page or seg.in_table:
                    continue
                found = [
                    f for f in find_dates(seg.text, dayfirst=doc.dayfirst) if f.value not in taken
                ]
                if found:
                    inv = Candidate(found[0].value, 0.45, seg, seg.text, labelled=False)
                    break
        if inv is not None and due is not None and due.value < inv.value:
            # Labels mixed up (a "Date" label matched the due date): trust order on the page.
            alt = [c for c in cands.get("invoice_date", []) if c.value <= due.value]
            inv = _best(alt) or inv
        if inv is not None:
            put("invoice_date", inv, _date_confidence(doc, inv, cands.get("invoice_date", [])))
        if due is not None and (inv is None or due.value >= inv.value):
            put("due_date", due, _date_confidence(doc, due, cands.get("due_date", [])))
        elif due is not None:
            # A due date printed before the invoice date: the page contradicts itself, so
            # null is only a guess and a person should look.
            put("due_date", Candidate(None, 0.5, due.segment, due.text, labelled=False))
        elif not any("due_date" in h.fields for seg in doc.segments for h in seg.hits):
            # No due-date label anywhere (a receipt, "payable on receipt"): null is the answer,
            # and a confident one; with a label but no readable date it is a weaker one.
            put("due_date", Candidate(None, 0.85, doc.segments[0], "", labelled=False))
        else:
            put("due_date", Candidate(None, 0.75, doc.segments[0], "", labelled=False))

    def _amounts(
        self,
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
            fields.vat_breakdown = [
                VatLine(rate=r, amount=c.value) for (r, _), c in by_rate.items()
            ]
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
            self._set(fields, confidence, evidence, "total", t, conf)
            self._set(fields, confidence, evidence, "amount", n, conf)
            if abs(n.value + v.value - t.value) > _CENT:
                # The printed net is the goods' subtotal before the discount and shipping the
                # fit needed; the net the VAT is charged on is what remains of the total.
                fields.amount = t.value - v.value - rounded
            if v is not zero:
                self._set(fields, confidence, evidence, "vat", v, conf)
            else:
                fields.vat = Decimal(0)
                confidence["vat"] = round(conf * 0.8, 3)
            # What is payable after the tip or the rounding line ("TOTAL INCL. GST 41.19",
            # "ROUNDING ADJ 0.01", "TOTAL (RM) 41.20") is the total, when it is printed.
            payable = [c for c in totals if extra and c.labelled and c.value == t.value + extra]
            if payable and abs(n.value + v.value - t.value) <= _CENT:
                self._set(fields, confidence, evidence, "total", payable[0], conf)
                fields.amount = payable[0].value - v.value - rounded
        else:
            t_best = _best(totals)
            n_best = _best(nets)
            v_best = _best(vats)
            if t_best is None and pool:
                t_best = max(pool, key=lambda c: abs(c.value))
                t_best.score = 0.35
            if t_best is not None:
                self._set(fields, confidence, evidence, "total", t_best, t_best.score * 0.6)
            if n_best is not None:
                self._set(fields, confidence, evidence, "amount", n_best, n_best.score * 0.5)
            if v_best is not None:
                self._set(fields, confidence, evidence, "vat", v_best, v_best.score * 0.5)
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

    @staticmethod
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

    def _currency(
        self,
        doc: _Doc,
        cands: dict[str, list[Candidate]],
        fields: InvoiceFields,
        confidence: dict[str, float],
        evidence: dict[str, dict[str, Any]],
    ) -> None:
        labelled = _best(cands.get("currency"))
        if labelled is not None:
            fields.currency = labelled.value
            confidence["currency"] = round(labelled.score, 3)
            evidence["currency"] = _evidence(labelled.segment, labelled.text)
            return
        code = detect_currency(doc.full_text)
        if code:
            fields.currency = code
            confidence["currency"] = _currency_confidence(doc, code, evidence)
            for seg in doc.segments:
                if detect_currency(seg.text, doc.full_text) == code:
                    evidence["currency"] = _evidence(seg)
                    break
            return
        # Nothing names a currency (many European invoices print bare amounts): the seller's
        # country, from VAT ids, IBANs and country names, is a guess a person should confirm.
        code = infer_currency(doc.full_text)
        if code:
            fields.currency = code
            confidence["currency"] = 0.5
            evidence["currency"] = {"page": None, "bbox": None, "text": "", "inferred": True}

    def _vat_id(self, doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
        labelled = [c for c in cands.get("vat_id", []) if not c.segment.in_customer]
        if labelled:
            return _best(labelled)
        for seg in doc.segments:
            if seg.in_customer or seg.in_table:
                continue
            vid = _read_vat_id(seg.text)
            if vid:
                return Candidate(vid, 0.5, seg, seg.text, labelled=False)
        return None

    def _mark_customer(self, doc: _Doc) -> None:
        """Mark the customer's address block so the vendor is never taken from it."""
        self._mark_attention(doc)
        for seg in doc.segments:
            if seg.page != doc.pages[0].number:
                continue
            if not any("customer" in h.fields and h.start == 0 for h in seg.hits):
                continue
            if any(f in h.fields for h in seg.hits for f in ("vendor",)):
                continue
            page = doc.page_by_number[seg.page]
            seg.in_customer = True
            h = max(seg.bbox.height, 1.0)
            left = seg.bbox.x0 - 2 * h
            right = seg.bbox.x0 + 0.45 * page.width
            last_y = seg.bbox.y1
            for r in range(seg.row, min(len(page.rows), seg.row + 7)):
                row_hit = False
                for other in page.rows[r]:
                    if other is seg or not left <= other.bbox.x0 <= right:
                        continue
                    if r > seg.row and other.bbox.y0 - last_y > 2.5 * h:
                        continue
                    other.in_customer = True
                    row_hit = True
                    last_y = max(last_y, other.bbox.y1)
                if r > seg.row and not row_hit:
                    break

    @staticmethod
    def _mark_attention(doc: _Doc) -> None:
        """An "Attn:" / "z. Hd." / "c/o" line is addressed *to* someone: it, the name line
        above it and the address lines below it (same column, no wide gap) are the
        customer's, whether or not the block has a "Bill to" label."""
        first = doc.pages[0]
        for seg in first.segments:
            salutation = _SALUTATION_RE.match(seg.text) is not None
            if not salutation and not _ATTENTION_RE.search(seg.text):
                continue
            seg.in_customer = True
            h = max(seg.bbox.height, 1.0)
            column = [
                o for o in first.segments if abs(o.bbox.x0 - seg.bbox.x0) <= 2 * h and o is not seg
            ]
            # A salutation opens the address; an attention line follows the company's name.
            above = [o for o in column if o.bbox.y0 <= seg.bbox.y0 - 0.5 * h and not salutation]
            if above:
                near = max(above, key=lambda o: o.bbox.y0)
                if seg.bbox.y0 - near.bbox.y1 <= 1.5 * h:
                    near.in_customer = True
            last_y = seg.bbox.y1
            for o in sorted(
                (o for o in column if o.bbox.y0 >= seg.bbox.y0 + 0.5 * h), key=lambda o: o.bbox.y0
            ):
                if o.bbox.y0 - last_y > 1.5 * h or len(o.text) > 60:
                    break
                o.in_customer = True
                last_y = o.bbox.y1

    def _vendor(
        self, doc: _Doc, cands: dict[str, list[Candidate]], fields: InvoiceFields
    ) -> Candidate | None:
        labelled = _best(cands.get("vendor"))
        # "Vendeur : CLAIRE", "Verkäufer: Hans": on a till receipt the label names the
        # salesperson; a seller's name has two words or a legal form.
        if (
            labelled is not None
            and _looks_like_name(labelled.value)
            and (
                labelled.label == "party block"
                or len(labelled.value.split()) > 1
                or _legal_form(labelled.value)
            )
        ):
            return labelled
        scored: list[Candidate] = []
        first = doc.pages[0]
        customer_names = {compact(c.value) for c in cands.get("customer", [])}
        vat_segs = [c.segment for c in cands.get("vat_id", [])]
        counts: dict[str, int] = {}
        for seg in doc.segments:
            for part in _name_parts(seg.text):
                counts[compact(part)] = counts.get(compact(part), 0) + 1
        heights = sorted(s.bbox.height for s in first.segments[:60])
        median = heights[len(heights) // 2] if heights else 0.0
        for seg in doc.segments:
            if seg.in_customer or seg.in_table:
                continue
            if seg.hits and seg.hits[0].start == 0 and len(seg.hits[0].key) >= 4:
                continue
            page = doc.page_by_number[seg.page]
            for raw in _name_parts(seg.text):
                part, cut = _cut_after_legal_form(_fix_legal_form(raw))
                if not _looks_like_name(part):
                    continue
                key = compact(part)
                if key in customer_names:
                    continue
                score = 0.2
                if _legal_form(part):
                    score += 0.45
                rel_y = seg.bbox.y0 / max(page.height, 1.0)
                if seg.page == first.number and rel_y < 0.25:
                    score += 0.25 * (1 - rel_y / 0.25)
                elif rel_y > 0.85:
                    score += 0.05
                if seg.page != first.number and rel_y < 0.85:
                    score -= 0.2
                if seg.bbox.height > 1.3 * median:
                    score += 0.15
                if counts.get(key, 0) > 1:
                    score += 0.1
                if any(
                    v.page == seg.page and abs(v.bbox.y0 - seg.bbox.y0) < 6 * seg.bbox.height
                    for v in vat_segs
                ):
                    score += 0.05
                if any(ch.isdigit() for ch in part):
                    score -= 0.2
                if (
                    part != seg.text.strip()
                    and _legal_form(part)
                    and _LEGAL_LINE_RE.search(seg.text)
                ):
                    # The footer's legal line names the seller beside its registration
                    # ("Atelier Brunet SARL – SIRET 823 … – TVA FR47 …").
                    score += 0.2
                if _legal_form(part) and _heads_address(page, seg):
                    score += 0.1
                if seg.bbox.x0 <= 0.005 * page.width or seg.bbox.x1 >= 0.995 * page.width:
                    # Text running into the page's edge may be cut off: "äfer & Rheinland".
                    score = min(score, 0.4)
                if cut:
                    score = min(score, 0.45)
                scored.append(Candidate(_clean_name(part), min(score, 0.95), seg, seg.text, False))
        if not scored:
            return labelled
        best = max(scored, key=lambda c: (c.score, -c.segment.index))
        return _with_name_line_above(doc, best)


# --------------------------------------------------------------------------------------------


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
        conf -= 0.25
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
    and a currency seen only elsewhere on the page, or several currencies, is a weaker reading.
    """
    total_text = evidence.get("total", {}).get("text", "")
    on_total = {a.currency for a in find_amounts(total_text) if a.currency}
    if re.search(rf"(?<![A-Za-z]){code}(?![A-Za-z])", total_text) or (
        code in on_total and any(_SURE_SYMBOLS.get(sym) == code for sym in total_text)
    ):
        conf = 0.97
    elif code in on_total and code == "USD":
        conf = 0.93 if doc.locale_hint == "en_US" else 0.8
    elif code in on_total:
        conf = 0.9  # kr: the country words decided between SEK, NOK and DKK
    else:
        conf = 0.8
    others = {
        c
        for c in (detect_currency(s.text, doc.full_text) for s in doc.segments)
        if c is not None and c != code
    }
    if others:
        conf -= 0.15
    return conf


def _items_confidence(fields: InvoiceFields) -> float:
    """Items whose amounts add up to the net amount (before or after discount and shipping)
    are very likely all there and all right; otherwise some row was missed or misread."""
    amounts = [i.amount for i in fields.line_items]
    if fields.amount is None or any(a is None for a in amounts):
        return 0.5
    lines = sum((a for a in amounts if a is not None), Decimal(0))
    adjusted = lines - (fields.discount or 0) + (fields.shipping or 0)
    if abs(lines - fields.amount) <= _CENT or abs(adjusted - fields.amount) <= _CENT:
        return 0.95
    return 0.5


_GLUED_AFTER_FORM = re.compile(r"(?<=\s)(LTD|LLC|LLP|INC|PLC|GMBH|CORP)(?=[A-Z]{3,})")


def _cut_after_legal_form(text: str) -> tuple[str, bool]:
    """A name whose legal form is followed by other text with digits ("Acme GmbH Tel. 0221
    ...": OCR merged the next column into the box) ends at the legal form and its bracketed
    addition; the bool says it had to be cut, so that the name is not trusted much."""
    # OCR glues a capitalised form to a capitalised title after it ("LTDAPPLICATION").
    unglued = _GLUED_AFTER_FORM.sub(r"\1 ", text)
    glued, text = unglued != text, unglued
    m = _LEGAL_RE.search(text)
    if m is None or not _legal_form(text):
        return text, False
    end = m.end(1)
    rest = text[end:]
    # A document title run into the name ("ACME LTD  VAT INVOICE") is cut off like digits are.
    titled = any(compact(w) in TITLES for w in re.findall(r"[^\W\d_]+", rest))
    if not rest.strip() or not (titled or glued or any(c.isdigit() for c in rest)):
        return text, False
    bracket = re.match(r"\s*\([^()\d]{2,30}\)", rest)
    if bracket:
        end += bracket.end()
    return text[:end].rstrip(" ,;"), True


def _heads_address(page: Page, seg: Segment) -> bool:
    """Whether the row below starts, at the same left edge, with a street or postcode: a
    name heading an address block, as in a letterhead or a footer's company details."""
    if seg.row + 1 >= len(page.rows):
        return False
    h = max(seg.bbox.height, 1.0)
    return any(
        abs(other.bbox.x0 - seg.bbox.x0) < 2 * h
        and other.bbox.y0 - seg.bbox.y1 < 2 * h
        and _ADDRESSY.search(other.text)
        for other in page.rows[seg.row + 1]
    )


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


_CREDIT_DATE_WORDS = (*CREDIT_WORDS, "credit", "gutschrift", "avoir", "kredit")


_RECEIPT_WORDS = tuple(
    compact(w)
    for w in (
        "receipt", "kassenbon", "kassenbeleg", "quittung", "kvitto", "ticket de caisse",
        "recibo", "ricevuta", "scontrino", "kassabon", "bon", "paragon", "cash sale",
    )
)  # fmt: skip
_INVOICE_WORDS = tuple(
    compact(w)
    for w in (
        "invoice",
        "rechnung",
        "facture",
        "factura",
        "fattura",
        "factuur",
        "faktura",
        "fatura",
    )
)


def _document_type(doc: _Doc, fields: InvoiceFields) -> DocumentType:
    """``credit_note`` when the head names a credit or the total is negative, ``receipt``
    when it names a receipt and no invoice, else ``invoice``."""
    if (fields.total is not None and fields.total < 0) or _is_credit(doc):
        return "credit_note"
    head = compact(" ".join(s.text for s in doc.segments[:25]))
    if any(w in head for w in _RECEIPT_WORDS) and not any(w in head for w in _INVOICE_WORDS):
        return "receipt"
    return "invoice"


def _is_credit(doc: _Doc) -> bool:
    """Whether the document's head names it a credit note."""
    head = compact(" ".join(s.text for s in doc.segments[:40]))
    return any(w in head for w in CREDIT_WORDS)


def _best(cands: list[Candidate] | None) -> Candidate | None:
    if not cands:
        return None
    return max(cands, key=lambda c: (c.score, -c.segment.index))


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


_SPLITTERS = re.compile(r"\s[·•|–]\s|\s{3,}|\s-\s|,\s(?=\d)")


def _name_parts(text: str) -> list[str]:
    return [p.strip(" ,;:") for p in _SPLITTERS.split(text) if p.strip(" ,;:")]


_ADDRESSY_ALWAYS = re.compile(
    r"\d{4,5}\s|(?:str\.|stra(?:ss|ß)e|straat|gatan|gata|vägen|väg|weg|gasse|platz|allee|laan|"
    r"plein|gracht|kade|vej|veien|gate)\b|@|www\.|https?:",
    re.IGNORECASE,
)
#: Street words that are also words of names ("Marlowe Street Kitchen", "Via Bella"): an
#: address only beside a house number.
_STREET_WORDS = re.compile(
    r"\b(?:road|street|st\.|avenue|ave\.|blvd|lane|rue|chemin|boulevard|calle|avenida|paseo"
    r"|plaza|via|viale|piazza|corso|box|p\.?o\.?)\b",
    re.IGNORECASE,
)


class _Addressy:
    """``search(text)``: the text reads as an address line."""

    @staticmethod
    def search(text: str) -> bool:
        if _ADDRESSY_ALWAYS.search(text):
            return True
        return _STREET_WORDS.search(text) is not None and any(c.isdigit() for c in text)


_ADDRESSY = _Addressy()


#: Legal forms that OCR glues to the name before them ("MaschinenbauGmbH", "Oakwoodplc").
_GLUABLE_FORMS = sorted(
    (f for f in LEGAL_FORMS if len(f) >= 2 and f not in ("Co.", "Company", "Corporation")),
    key=len,
    reverse=True,
)


def _looks_like_name(text: str) -> bool:
    if len(text) < 3 or len(text) > 80:
        return False
    letters = sum(c.isalpha() for c in text)
    if letters < 3 or letters < 0.5 * len(text.replace(" ", "")):
        return False
    if compact(text) in TITLES:
        return False
    if _ADDRESSY.search(text) and not _legal_form(text):
        return False
    if find_dates(text) or _read_iban(text):
        return False
    if _FIELD_NAME_END.search(text):
        return False  # "Valuation No", "Valuation date": a label whose value sits beside it
    return not find_labels(text) or _legal_form(text)


_ATTENTION_RE = re.compile(
    r"(?:^|[\s(])(?:attn\b|attention:|z\.\s?hd\.?|zu h(?:ä|ae)nden|c/o\b|"
    r"(?:à|a) l['’]attention|t\.a\.v\.?|a la atenci[oó]n|alla c\.a\.)",
    re.IGNORECASE,
)

#: A person addressed by a salutation ("Ms Priya Nair", "Herrn Max Huber") opens the
#: addressee's block. "Dr." is left out: doctors head their own letterheads.
_SALUTATION_RE = re.compile(
    r"^\s*(?:Mr|Mrs|Ms|Miss|Mx|Herrn?|Frau|Mme|Mlle|Madame|Monsieur|Sra?|Dhr|Mevr)\.?\s+"
    r"(?:[A-Z]\.?\s+)*[A-ZÀ-Ý][a-zà-ÿ]"
)

#: A name never ends in a number or date word; a key-value label does.
_FIELD_NAME_END = re.compile(
    r"\b(?:no|nr|n°|no\.|nr\.|#|number|date|datum|id|ref)\s*[.:]?\s*$", re.IGNORECASE
)


_GLUED_TITLE = re.compile(
    r"(?<=[\w.)])(?:Rechnung|RECHNUNG|Invoice|INVOICE|Faktura|FAKTURA|Facture|FACTURE)$"
)


#: Characters OCR confuses inside legal forms ("S.r.I." for "S.r.l.", "A8" for "AB").
_LEGAL_CONFUSIONS = (("I", "l"), ("l", "I"), ("1", "l"), ("0", "O"), ("8", "B"), ("5", "S"))
_LEGAL_SET = frozenset(LEGAL_FORMS)


def _fix_legal_form(text: str) -> str:
    """A last word that is a legal form but for one OCR confusion is that legal form."""
    head, _, last = text.rpartition(" ")
    if not head or last in _LEGAL_SET:
        return text
    for wrong, right in _LEGAL_CONFUSIONS:
        fixed = last.replace(wrong, right)
        if fixed != last and fixed in _LEGAL_SET:
            return f"{head} {fixed}"
    return text


def _clean_name(text: str) -> str:
    text = _fix_legal_form(text.strip(" :,;"))
    # A title run into the name on the same line ("Acme GmbH Rechnung"): drop it.
    words = text.split()
    if len(words) > 1 and compact(words[-1]) in TITLES:
        text = " ".join(words[:-1])
    glued = _GLUED_TITLE.search(text)
    if glued and _legal_form(text[: glued.start()]):
        text = text[: glued.start()]
    # Space-dropping OCR: "NordicSuppliesAB", "Kühne Handel UG(haftungsbeschränkt)".
    had_spaces = " " in text
    text = re.sub(r"(?<=[^\W\d_])\((?=[^\W\d_])", " (", text)
    for form in _GLUABLE_FORMS:
        if text.endswith(form) and len(text) > len(form) + 2:
            before = text[-len(form) - 1]
            if before.islower() or (before in ".)" and form[0].isupper()):
                text = f"{text[: -len(form)]} {form}"
                break
    text = re.sub(r"(?<=[a-zäöüåéèáíóúñ])&(?=[A-ZÄÖÜÅÉ])", " & ", text)
    if not had_spaces and len(text) > 8:
        # No space at all: case changes mark the lost spaces.
        text = re.sub(r"(?<=[a-zäöüåéèáíóúñ])(?=[A-ZÄÖÜÅÉ])", " ", text)
    else:
        # Partly spaced: split only long glued words ("KühneHandel"), never "McKinsey".
        text = re.sub(r"(?<=[a-zäöüåéèáíóúñ]{3})(?=[A-ZÄÖÜÅÉ][a-zäöüåéèáíóúñ]{2})", " ", text)
    # ... but never inside the legal form itself ("Gmb H").
    for form in _GLUABLE_FORMS:
        spaced = re.sub(r"(?<=[a-z])(?=[A-Z])", " ", form)
        if spaced != form and text.endswith(spaced):
            text = text[: -len(spaced)] + form
    return text
