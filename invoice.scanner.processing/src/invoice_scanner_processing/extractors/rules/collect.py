"""Label/value reading: for every label in a segment, the value after it in the same cell, to
its right in the same row, or below it, each read by its field's reader into a candidate.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterator
from typing import Any

from invoice_scanner_processing.extractors.rules.amounts import (
    _MONEY,
    _kilometre_post,
    _money_after_label,
)
from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.currency import _currency_after_label
from invoice_scanner_processing.extractors.rules.dates import _date_after_label
from invoice_scanner_processing.extractors.rules.identifiers import (
    _code_after_label,
    _number_after_label,
    _po_after_label,
    _pos_after_label,
    _read_invoice_number,
    join_point_of_sale,
    prefer_structured_id,
    structured_id,
    till_line_number,
    whole_receipt_number,
)
from invoice_scanner_processing.extractors.rules.labels import strip_codes
from invoice_scanner_processing.extractors.rules.lexicon import (
    TITLES,
    column_index,
    compact,
    label_key,
)
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Add,
    _Doc,
    _numeric_start,
)
from invoice_scanner_processing.extractors.rules.names import (
    _name_after_label,
)
from invoice_scanner_processing.extractors.rules.parsing import (
    find_amounts,
    find_dates,
)
from invoice_scanner_processing.extractors.rules.scorer import OWN_WORDS
from invoice_scanner_processing.extractors.rules.segments import LabelHit, Segment
from invoice_scanner_processing.extractors.rules.vocabulary import (
    CUSTOMER_POSSESSIVES,
    INCLUSIVE_VAT_WORDS,
    LATE_ORDER_WORDS,
    NUMBER_TITLES,
    ORDER_WORDS,
    PART_INVOICE_TITLES,
    RECEIPT_NUMBER_TITLES,
    RESTAURANT_HEADER_WORDS,
    SEQUENCE_COUNTER_WORDS,
    SERIES_DOCUMENT_CODES,
    TITLE_FOR_WORDS,
)

#: What joins two labels that share one value: "Invoice date / Delivery date", and a label
#: followed by its translation in brackets: "Cộng tiền hàng (Total amount):".
#: An equals sign joins them too, and a compound's first half that the next label completes
#: ("Rechnungsdatum = Liefer-/Leistungsdatum: 23.03.2026").
_JOINER = re.compile(r"[/&|+(=]|and|und|et|och|en|y|e|=?\s*[^\W\d_]{3,}-\s*/", re.IGNORECASE)


#: Greek's "Αριθμός" is its "Number".
_BARE_NUMBER_LABELS = frozenset({"no", "nr", "n", "#", "nro", "numero", "number", "αριθμος"})
#: The word "number", or its abbreviation, in the languages a page prints beside another's
#: ("Rhif / No:" in Wales, "Zk. / Nº:" in the Basque Country, "Nru / No." in Malta, "Uimh./No"
#: in Ireland, "Nr./N." in South Tyrol, "Br. / No." in the Balkans), as :func:`label_key`
#: folds them ("Nº", "N°" fold to "n", "№" to "no", "número" to "numero").
_NUMBER_WORDS_ANY = _BARE_NUMBER_LABELS | frozenset(
    {"rhif", "zk", "zenb", "zenbakia", "nru", "numru", "uimh", "uimhir", "br", "broj", "num",
     "nummer", "numer", "numro", "cislo", "sz", "szam", "номер", "ном", "бр", "број", "αρ",
     "nb", "nrn"}
)  # fmt: skip
#: A number printed after its label in two languages, or after the document's title in two
#: ("N° / Nr. 0317-2291", "Rhif / No: 4471", "KVIITUNG / ЧЕК nr 118/2204"): the label's or
#: title's words, slashes between them, then the number word and the number.
_BILINGUAL_NUMBER = re.compile(
    r"^\s*(?P<lead>(?:[^\W\d_][^\W\d_.]{0,11}\.?|N\.?[oOrº°]\.?|№)"
    r"(?:\s*/\s*(?:[^\W\d_][^\W\d_.]{0,11}\.?|N\.?[oOrº°]\.?|№))*)\s*/?\s*"
    r"(?:N\.?[oOrº°]\.?|nr\.?|no\.?|№|#)\s*[:：]?\s*"
    r"(?P<v>[A-Z0-9][\w\-/]*\d[\w\-/]*)\s*$",
    re.IGNORECASE,
)


def _bilingual_number(text: str) -> str | None:
    """The number of a line :data:`_BILINGUAL_NUMBER` matches, where every word before the
    number word is a word for "number" (:data:`_NUMBER_WORDS_ANY`) or a document's title
    ("Kviitung", "Receipt"), and the lead holds a slash: "Tel / Fax nr" is no such label."""
    m = _BILINGUAL_NUMBER.match(text)
    if m is None or "/" not in text[: m.start("v")]:
        return None
    words = [label_key(w) for w in re.split(r"[/\s]+", m.group("lead")) if w.strip()]
    if not words or not all(w in _NUMBER_WORDS_ANY or w in _RECEIPT_TITLE_KEYS for w in words):
        return None
    return _read_invoice_number(m.group("v"))


def _bare_label_cell(text: str) -> bool:
    """A cell holding only the word "number", in one language ("No.") or several joined by
    slashes ("Nr./N.", "Rhif / No")."""
    if label_key(text) in _BARE_NUMBER_LABELS:
        return True
    parts = [label_key(p) for p in text.split("/")]
    return (
        len(parts) > 1
        and all(p in _NUMBER_WORDS_ANY for p in parts)
        and any(p in _BARE_NUMBER_LABELS for p in parts)
    )


#: A number as a title prints it, with a series code apart ("FT A/345", "FS 001/45678").
_BARE_NUMBER = r"(?:\b[A-Z]{1,3}\s+)?[A-Z0-9][\w\-/.]*\d[\w\-/.]*"
_TITLE_NUMBER = re.compile(rf"^\s*([^\W\d_][^\d#:]{{2,30}}?)\s*[#:]?\s*({_BARE_NUMBER})\s*$")
_NUMBER_ALONE = re.compile(rf"^\s*({_BARE_NUMBER})\s*$")
#: The number under a title after the word "number" of the title's language ("FAKTÚRA" over
#: "číslo 2601187", "RAČUN" over "br. 45-2-1", "SZÁMLA" over "sorszám: 0093").
_NUMBERED_UNDER_TITLE = re.compile(
    r"^\s*(?:[čc]íslo|[čc]islo|[čc]\.|br\.?|broj|[šs]t\.?|[šs]tevilka|nr\.?|numer|sorsz[áa]m)"
    rf"\s*:?\s*({_BARE_NUMBER})\s*$",
    re.IGNORECASE,
)


#: The page marker a title line closes with ("FACTURA A26/0033 Pág. 1/2", "Invoice 4471 Page 1
#: of 3", "N° FM-2603-0291 — page 1/2"): not part of the number.
_TRAILING_PAGE = re.compile(
    r"(?:\s+[—–\-]\s*|\s*[|·•]\s*|\s+)"
    r"(?:page|p[aá]g|p[aá]gina|seite|blatt|sida|side|strona|strana|sayfa|sivu|feuille)\.?\s*"
    r"\d{1,3}\s*(?:/|of|von|de|di|sur|av|z)\s*\d{1,3}\s*$",
    re.I,
)
#: A date and time printed after a receipt's number on its line.
_TRAILING_STAMP = re.compile(
    r"\s+\d{1,4}[./-]\d{1,2}[./-]\d{2,4}(?:,?\s+\d{1,2}:\d{2}(?::\d{2})?)?\s*$"
)

#: Title words a number follows: the titles, a bill's ("Bill 00781") and a receipt's ("Docket
#: 22981", "Beleg 7731", "Slip: 0771-2045", "E-Invoice AB-12345678").
#: The titles of a part of a contract's billing ("Schlussrechnung", "Final invoice").
_PART_TITLES = frozenset(compact(w) for w in PART_INVOICE_TITLES)
_NUMBER_TITLES = TITLES | frozenset(compact(w) for w in (*NUMBER_TITLES, *RECEIPT_NUMBER_TITLES))

_ORDER_WORDS = tuple(compact(w) for w in ORDER_WORDS)
_LATE_ORDER_WORDS = tuple(compact(w) for w in LATE_ORDER_WORDS)
_POSSESSIVES = tuple(compact(w) for w in CUSTOMER_POSSESSIVES)

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
            _read_label(doc, seg, hit, context, add)
    join_point_of_sale(cands)
    whole_receipt_number(doc, cands)
    prefer_structured_id(doc, cands)
    _series_from_title(doc, cands)
    keyed = _keyed_title_number(doc)
    if keyed is not None:
        # The slip's other numbers ("TRAN#", "SEQ#") are its transaction's, not the document's.
        own = [c for c in cands.get("invoice_number", []) if any(w in c.label for w in OWN_WORDS)]
        cands["invoice_number"] = [*own, keyed]
    _drop_payment_transactions(cands)
    _drop_cheques(cands)
    _drop_sequence_counters(doc, cands)
    receipt = _receipt_beside_ticket(doc, cands)
    if receipt is not None:
        cands["invoice_number"] = [receipt]
    if "invoice_number" not in cands:
        # The number the title states on its own line ("Invoice: CB/2611/0093") before a bare
        # "#" anywhere: in an address the "#" opens a unit ("Blk 41 Ave 2 #08-31").
        number = (
            till_line_number(doc, cands)
            or _restaurant_check_number(doc, cands)
            or _title_number(doc)
            or _large_number_under_title(doc)
            or _series_folio(doc)
            or _bare_number_label(doc)
            or _order_number(cands)
            or _title_for_number(doc)
            or _order_heading(doc)
        )
        if number is not None:
            cands["invoice_number"] = [number]
    _series_beside(doc, cands)
    return cands


#: A series' label, folded (:func:`label_key`): "Serie", "Series", Greek "Σειρά".
_SERIES_WORDS = frozenset({"serie", "series", "σειρα"})
#: A series printed in its own cell, with its label ("Serie: A") or under it ("A").
_SERIES_CELL = re.compile(r"^\s*(?:([^\W\d_]+)\s*[:.]?\s+)?([^\W\d_][^\W_]{0,4})\s*$")


def _series_beside(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A number of digits printed in its own field with the document's series in the field
    right before it ("Serie: A" | "Nº: 0000412", or "SERIE" | "NÚMERO" over "A" | "0012345",
    as Uruguay's CFE, Greece's and Spain's invoices print them): the document's number is the
    two joined, "A-0000412", as those countries write them together."""
    for cand in cands.get("invoice_number", []):
        value = str(cand.value)
        if not value.isdigit():
            continue
        series = _series_left_of(doc, cand.segment)
        if series is not None:
            cand.value = f"{series}-{value}"


def _series_left_of(doc: _Doc, seg: Segment) -> str | None:
    """The series in the cell right before ``seg`` on its row: labelled in the cell, or
    alone under a series label in the row above."""
    h = max(seg.bbox.height, 1.0)
    left = [o for o in doc.row_of(seg) if o is not seg and o.bbox.x1 <= seg.bbox.x0 + 0.5 * h]
    if not left:
        return None
    cell = max(left, key=lambda o: o.bbox.x1)
    m = _SERIES_CELL.match(cell.text)
    if cell.bbox.x1 < seg.bbox.x0 - 10 * h or m is None:
        return None
    if m.group(1) is not None:
        return m.group(2) if label_key(m.group(1)) in _SERIES_WORDS else None
    page = doc.page_by_number[cell.page]
    above = page.rows[cell.row - 1] if cell.row > 0 else []
    heads = [
        o for o in above if o.bbox.x_overlap(cell.bbox) > 0 and cell.bbox.y0 - o.bbox.y1 < 2 * h
    ]
    if len(heads) == 1 and label_key(heads[0].text) in _SERIES_WORDS:
        return m.group(2)
    return None


def _read_label(doc: _Doc, seg: Segment, hit: LabelHit, context: dict[str, Any], add: _Add) -> None:
    """The value of one label, for each field it may name: the first source that reads."""
    same = doc.value_after(seg, hit)
    sources: list[tuple[str, Segment, float]] = []
    if same:
        sources.append((same, seg, 1.0))
    last_hit = hit is seg.hits[-1]
    # A label joined to the next one ("Invoice date / Delivery date") names the
    # same value, printed after the last of them.
    joined = not last_hit and _joins(seg, hit, same)
    if joined:
        # ... in the same cell when it follows them: "Invoice date / Delivery date 12 May".
        after = doc.value_after(seg, _last_joined(doc, seg, hit))
        if after and _JOINER.fullmatch(after) is None:
            sources.append((after, seg, 1.0))
    if last_hit and same and _JOINER.fullmatch(same) is not None:
        # ... or on the next line, where the joined label wrapped ("Rechnungsdatum /" over
        # "Lieferdatum   20.11.2026"): the value right of the label that continues it.
        sources.extend(_continued(doc, seg))
    if last_hit or joined:
        # Tried after the text in the label's own cell, so they count only when
        # that text holds no value ("Discount (SPRING10)", "Shipping & Handling").
        sources.extend(_outside(doc, seg))
    label = seg.text[hit.start : hit.end]
    for fld in _own_fields(doc, hit):
        if fld == "invoice_date" and _heads_date_column(doc, seg, hit):
            continue
        for text, src, place in _field_sources(fld, seg, sources, same, label, hit.end):
            context["strength"], context["place"] = hit.strength, place
            context["label"] = hit.key
            if _read(fld, text, place * hit.strength, src, hit, doc, add):
                break


#: The compact labels of a pro-forma invoice's number ("Proforma No.", "Pro forma invoice
#: number"): another document's where an invoice cites it.
_PROFORMA_NUMBER_KEYS = (
    "proformano",
    "proformanumber",
    "proformainvoiceno",
    "proformainvoicenumber",
)


def _own_fields(doc: _Doc, hit: LabelHit) -> tuple[str, ...]:
    """The fields ``hit`` names on this page: a pro-forma's number label names another
    document's number on an invoice that cites it, but the page's own number where the page
    is itself a pro-forma (titled "PROFORMA INVOICE"), as traders quote with them."""
    if "vat" in hit.fields and _kilometre_post(hit.label_text, hit):
        # "Expressway, Km 46": a road's post in the address, no tax.
        return tuple(f for f in hit.fields if f != "vat")
    if "_reference" not in hit.fields or hit.key not in _PROFORMA_NUMBER_KEYS:
        return hit.fields
    titled = any(
        compact(s.text) in TITLES and compact(s.text).startswith("proforma")
        for s in doc.segments[:25]
    )
    return ("invoice_number",) if titled else hit.fields


def _continued(doc: _Doc, seg: Segment) -> list[tuple[str, Segment, float]]:
    """The value right of the label that continues ``seg``'s on the line below it, flush
    with it and nothing but a label itself ("Rechnungsdatum /" over "Lieferdatum")."""
    h = max(seg.bbox.height, 1.0)
    for b in doc.below(seg, max_rows=1):
        if abs(b.bbox.x0 - seg.bbox.x0) > h or not b.hits or b.hits[0].start != 0:
            continue
        if doc.value_after(b, b.hits[-1]):
            continue
        right = [r for r in doc.right_of(b) if strip_codes(r.text)]
        if right:
            return [(right[0].text, right[0], 0.9)]
    return []


def _last_joined(doc: _Doc, seg: Segment, hit: LabelHit) -> LabelHit:
    """The last label of the chain that ``hit`` opens, each joined to the next ("Invoice
    date / Delivery date")."""
    hits = seg.hits[seg.hits.index(hit) :]
    last = hits[0]
    for nxt in hits[1:]:
        if not _joins(seg, last, doc.value_after(seg, last)):
            break
        last = nxt
    return last


#: Compact starts of the labels that state a tax as included ("inkl. MWST", "incl. VAT").
_INCLUDED = tuple(compact(w) for w in INCLUSIVE_VAT_WORDS)

#: A currency's code or sign alone, maybe in brackets: "CHF", "(EUR)", "€".
_CURRENCY_ALONE = re.compile(r"\(?\s*(?:[A-Z]{3}|[€$£¥])\s*\)?")


def _joins(seg: Segment, hit: LabelHit, between: str) -> bool:
    """Whether ``hit`` and the next label of ``seg`` name one value: joined by a word or sign
    ("Invoice date / Delivery date"), or a total's label, its currency and the statement that
    the tax is included ("Total CHF inkl. MWST 14'973.05"): the total, not the tax."""
    if _JOINER.fullmatch(between) is not None:
        return True
    if "total" not in hit.fields or _CURRENCY_ALONE.fullmatch(between) is None:
        return False
    if detect_currency(between) is None:
        return False
    nxt = [h for h in seg.hits if h.start >= hit.end]
    return bool(nxt) and min(nxt, key=lambda h: h.start).key.startswith(_INCLUDED)


#: "Nº: FS26-004512", "No.4471" closing a till's header line after its register and
#: cashier numbers ("Kasse 2 Bed. 018 No.4471"): the receipt's own number, its digits maybe
#: grouped by dots ("Nº 000.012.345", as Brazil's NF-e prints it). A speck OCR read before
#: the word on a scan (". N° T-0021-004871") is no text of the line. Spain and Portugal set
#: the ordinal's dot before its mark ("N.º"), and a series code of capitals may stand apart
#: before a number set in groups ("N.º FS 0412-2026-118833", "N° NC 2026/0009"); a tax or
#: contact word there is no series ("N° TVA FR40812345678", "Nº CIF B12345678": the
#: number of the seller's VAT id, not of the document). Greece's serial "Α/Α" (αύξων αριθμός,
#: in Greek or Latin capitals as OCR reads it) counts only with its colon ("Α/Α: 1843"): alone
#: it heads an item table's column of line numbers.
_BARE_NUMBER_IN_LINE = re.compile(
    r"(?:^[\s.,·'’`*•]*|(?<=\d\s))(?:N\.?[oOrº°]\.?|#|Αριθμός|ΑΡΙΘΜΟΣ|Αρ\.|ΑΡ\.|[AΑ]\s?/\s?[AΑ](?=\s*[:：]))\s*[:：]?\s*"
    r"(?P<v>(?:(?!(?:TVA|CIF|NIF|NIE|NIB|BTW|VAT|IVA|UID|TEL|FAX|RFC|RUC|ABN|GST|TIN|PAN|KVK|SIRET|IBAN)\b)"
    r"[A-Z]{1,3} (?=[A-Z0-9]*\d[\w]*[-/]))?"
    r"[A-Z0-9][\w\-/]*\d[\w\-/]*(?:\.\d[\w\-/]*)*)\s*$"
)


#: A cell of one letter and nothing else ("N"): a logo's monogram, never the number word
#: "N°" / "No." (which prints its mark or its second letter).
_LONE_LETTER = re.compile(r"\s*[^\W\d_]\s*")


def _monogram(doc: _Doc, seg: Segment) -> bool:
    """Whether ``seg`` is a logo's lone letter: one letter (:data:`_LONE_LETTER`) set larger
    than the page's text. "N" at the text's size is "N°" whose mark OCR lost ("N" |
    "118/2026" under an Italian "FATTURA")."""
    if not _LONE_LETTER.fullmatch(seg.text):
        return False
    heights = sorted(o.bbox.height for o in doc.segments)
    return seg.bbox.height >= 1.5 * heights[len(heights) // 2]


def _bare_number_label(doc: _Doc) -> Candidate | None:
    """A header box labelled only "No." / "Nr." / "#", the number under or beside it, or in
    the same cell when nothing but numbers comes before it; anywhere else such a bare word is
    too vague to be a label."""
    for seg in doc.segments[:80]:
        inline = _BARE_NUMBER_IN_LINE.search(_TRAILING_PAGE.sub("", seg.text))
        value = inline.group("v") if inline else ""
        number = _read_invoice_number(value) if value else None
        if number and not find_dates(seg.text) and not _money(value):
            return Candidate(number, 0.5, seg, seg.text, labelled=False)
        number = _bilingual_number(_TRAILING_PAGE.sub("", seg.text))
        if number and not find_dates(seg.text):
            return Candidate(number, 0.5, seg, seg.text, labelled=False)
        if not _bare_label_cell(seg.text) or _column_header(doc, seg):
            continue
        if _monogram(doc, seg):
            continue  # a logo's monogram ("N" beside the letterhead), no "N°" label
        for text, src, place in _outside(doc, seg):
            number = _read_invoice_number(text)
            money = any(a.decimals or a.currency for a in find_amounts(text))
            if number and not find_dates(text) and not money:
                return Candidate(number, 0.6 * place, src, text)
    return None


#: Generic date labels, which also head a table's column of dates ("Date | Description |
#: Charges" on a hotel folio, a statement's lines).
_GENERIC_DATE_LABELS = frozenset(("date", "datum", "fecha", "data", "dato"))


def _heads_date_column(doc: _Doc, seg: Segment, hit: LabelHit) -> bool:
    """Whether a generic date label alone in its cell heads a table's column, beside two or
    more other column headers ("Date", "Description", "Charges", "Credits"): the dates under
    it are its lines', not the document's."""
    if hit.key not in _GENERIC_DATE_LABELS or compact(seg.text) != hit.key:
        return False
    return _headers_beside(doc, seg)[1] >= 2


def _column_header(doc: _Doc, seg: Segment) -> bool:
    """Whether ``seg`` heads a table's column ("Nr." beside "Description", "Qty", "Price"):
    the number under it is a line's position."""
    cells, headers = _headers_beside(doc, seg)
    return cells >= 2 and headers >= 1


def _headers_beside(doc: _Doc, seg: Segment) -> tuple[int, int]:
    """How many other cells share ``seg``'s row, and how many of them are column headers."""
    others = [o for o in doc.page_by_number[seg.page].rows[seg.row] if o is not seg]
    columns = column_index()
    return len(others), sum(compact(o.text) in columns for o in others)


def _number_title(text: str) -> bool:
    """A title that a number may follow: one word of :data:`_NUMBER_TITLES`, or several in
    as many languages joined by slashes ("Rechnung / Invoice", "Facture / Invoice")."""
    parts = [compact(p) for p in text.split("/")]
    return all(p in _NUMBER_TITLES for p in parts)


def _is_title(text: str) -> bool:
    """A title line: one of :data:`TITLES`, or several joined by slashes as a page in two or
    three languages prints it ("Factuur / Facture / Invoice", "Rechnung / Invoice")."""
    if compact(text) in TITLES or compact(text) in _PART_TITLES:
        return True
    parts = [compact(p) for p in text.split("/")]
    return len(parts) > 1 and all(p in TITLES for p in parts)


def _title_number(doc: _Doc) -> Candidate | None:
    """ "INVOICE 2024-001" / "Rechnung 4711": a title followed by the number, on its line or
    alone on the line below it ("FATURA SIMPLIFICADA" / "FS 001/45678")."""
    for seg in doc.segments[:80]:
        m = _TITLE_NUMBER.match(_TRAILING_PAGE.sub("", seg.text))
        if m is None:
            # A till's receipt line states its number before the date and time it was
            # printed ("Beleg 77120 12.01.2026 07:12", "Docket 22981 03/02/26 19:40").
            m = _TITLE_NUMBER.match(_TRAILING_STAMP.sub("", seg.text))
            m = m if m and compact(m.group(1)) in _RECEIPT_TITLES else None
        number = _titled_number(m)
        if number:
            return Candidate(number, 0.6, seg, seg.text, labelled=False)
        headed = _number_below_title(doc, seg) if _is_title(seg.text) else None
        if headed is None and _DOCUMENT_WORD.search(seg.text):
            headed = _initials_number_beside_date(seg, _next_row(doc, seg))
        if headed is not None:
            return headed
        # "Invoice:  SI-0049312": the title with a colon is a label for the cell
        # beside it; without the colon a title beside a number is only a heading.
        m = _TITLE_COLON.match(seg.text)
        right = doc.right_of(seg) if m and compact(m.group(1)) in TITLES else []
        number = _read_invoice_number(right[0].text) if right else None
        if number and not find_dates(right[0].text):
            return Candidate(number, 0.55, right[0], right[0].text)
        coded = _coded_number_beside(doc, seg)
        if coded is not None:
            return coded
    return None


def _number_below_title(doc: _Doc, seg: Segment) -> Candidate | None:
    """The number set under the title ``seg``: in the cell right under it, or the series'
    number on the row under it beside the date (:func:`_series_number_beside_date`)."""
    below = row_below = _next_row(doc, seg)
    if len(below) > 1:
        # A logo or address beside it: the number is the cell right under the title; a
        # receipt's centred title has its number set flush left below it, a copy's mark
        # ("Original") clear of the title on the right: the one cell under it at all.
        spanning = [b for b in below if _under(seg, b)]
        touching = [b for b in below if _overlaps(seg, b)]
        below = spanning or (touching if len(touching) == 1 else [])
    under = _cell_under(doc, seg)
    for cells in (below, under) if under != below else (below,):
        headed = _number_under_title(cells)
        if headed is not None:
            return headed
    return _series_number_beside_date(row_below)


#: A word naming the document in a heading of several words ("SALES INVOICE", "OFFICIAL
#: RECEIPT", "FACTURA SIMPLIFICADA").
_DOCUMENT_WORD = re.compile(
    r"\b(?:invoice|receipt|bill|factura|fatura|facture|fattura|recibo|ricevuta|rechnung"
    r"|quittung|nota)\b",
    re.IGNORECASE,
)
#: A number behind a code of two to four capitals ("SI 00047112", "OR-0021877").
_CODE_NUMBER = re.compile(r"^\s*([A-Z]{2,4})[\s#:-]{0,3}(\d{4,12})\s*$")


def _initials_number_beside_date(title: Segment, row: list[Segment]) -> Candidate | None:
    """The row under a centred title holding a number whose code is the title's initials
    ("SALES INVOICE" over "SI 00047112" at the left and the date and time at the right, as
    the Philippines' tills print it; "OFFICIAL RECEIPT" over "OR 0021877"): the document's
    number, code and all."""
    words = re.findall(r"[^\W\d_]+", title.text)
    if len(words) < 2 or len(row) < 2 or not any(find_dates(o.text) for o in row):
        return None
    initials = "".join(w[0] for w in words).upper()
    numbers = [
        o
        for o in row
        if (m := _CODE_NUMBER.match(o.text)) and m.group(1) == initials and not o.hits
    ]
    number = _read_invoice_number(numbers[0].text) if len(numbers) == 1 else None
    return Candidate(number, 0.55, numbers[0], numbers[0].text, labelled=False) if number else None


#: A document number coded with letters and a separator ("CN-004812", "INV-2026/118"): no
#: phone number, postcode, amount or date has that shape.
_CODED_NUMBER = re.compile(r"^\s*([A-Z]{1,5}[-/][A-Z0-9]*\d{3,}[A-Z0-9\-/]*)\s*$")


#: The receipt-number words of :data:`RECEIPT_NUMBER_TITLES` ("Docket", "Beleg", "Slip").
_RECEIPT_TITLES = frozenset(compact(w) for w in RECEIPT_NUMBER_TITLES)
#: A document's title words, one language's each ("Kviitung", "Чек", "Receipt", "Factura"):
#: what may stand before a bilingual number word (:func:`_bilingual_number`).
_RECEIPT_TITLE_KEYS = TITLES | _RECEIPT_TITLES | frozenset({"чек", "kviitung", "квитанция"})
#: A number of digits alone in its cell ("004193", "#22981").
_PLAIN_NUMBER = re.compile(r"^\s*#?\s*(\d{3,10})\s*$")


#: Two long groups of digits joined by a hyphen ("0417-7729", "2026-0017", as pay stations and
#: small tools number their tickets and invoices): no date (three groups), no phone number
#: with a short exchange ("555-0133") and no amount has that shape.
_GROUPED_DIGITS = re.compile(r"^\s*(\d{4,6}-\d{4,8})\s*$")
#: A telephone number dialled with its trunk prefix, area code and hyphen ("0484-2356781",
#: "0211-123456"), as letterheads print it beside the title with only an icon before it.
_TRUNK_PHONE = re.compile(r"^\s*0\d{3,5}-\d{5,8}\s*$")


def _coded_number_beside(doc: _Doc, seg: Segment) -> Candidate | None:
    """A title alone in its cell with one cell beside it on its row, a coded number
    ("CREDIT NOTE" | "CN-004812", as invoicing tools set a document's heading): the
    document's number, though no label or colon names it. Read as unlabelled."""
    receipt_title = compact(seg.text) in _RECEIPT_TITLES
    if not _is_title(seg.text) and not receipt_title:
        return None
    # The cells on its left are another column's (the buyer's address block beside a
    # final invoice's heading, "Herrn und Frau" | "Schlussrechnung" | "SR-2026-017").
    row = [o for o in doc.row_of(seg) if o is not seg and o.bbox.x0 >= seg.bbox.x0]
    right = doc.right_of(seg)
    if len(row) != 1 or len(right) != 1 or right[0] is not row[0]:
        return None
    # A till's or docket's own number word in its left column ("Docket" | "004193", as dry
    # cleaners, pubs and tills print it): the plain number beside it is the receipt's.
    m = (_PLAIN_NUMBER if receipt_title else _CODED_NUMBER).match(right[0].text)
    if m is None and not _TRUNK_PHONE.match(right[0].text):
        m = _GROUPED_DIGITS.match(right[0].text)
    number = _read_invoice_number(m.group(1)) if m else None
    return Candidate(number, 0.5, right[0], right[0].text, labelled=False) if number else None


def _large_number_under_title(doc: _Doc) -> Candidate | None:
    """A coded number set alone in large type in the head of the page, under a heading that
    names an invoice ("Electronic Invoice Proof" / "115 May-Jun" / "AB-12345678", as Taiwan's
    uniform e-invoice prints it): the document's number, though no label names it. Read as
    unlabelled."""
    head = doc.segments[:8]
    heights = sorted(s.bbox.y1 - s.bbox.y0 for s in doc.segments)
    if len(heights) < 5:
        return None
    usual = heights[len(heights) // 2]
    titled = False
    for seg in head:
        if "invoice" in compact(seg.text):
            titled = True
            continue
        m = _CODED_NUMBER.match(seg.text) if titled else None
        if m is None or len(doc.row_of(seg)) > 1 or seg.bbox.y1 - seg.bbox.y0 < 1.3 * usual:
            continue
        number = _read_invoice_number(m.group(1))
        if number:
            return Candidate(number, 0.5, seg, seg.text, labelled=False)
    return None


def _series_from_title(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A number labelled apart from its series ("Serie: A" beside "Folio: 8842", as Mexico's
    CFDI, and Spanish and Portuguese invoices print them) where the title prints the two
    joined ("FACTURA A-8842"): the document's number is the title's, series and all. Only a
    title number that ends in the labelled one after a separator, behind a code with letters,
    or behind numbers the page prints apart as its till's ("Invoice 0231-05-7741" under "Store
    0231 Reg 05" and "Trans 7741": the store, register and transaction make the number)."""
    numbers = cands.get("invoice_number", [])
    title = _title_number(doc) if numbers else None
    if title is None:
        return
    titled = [(str(title.value), title.segment), *_inline_title_numbers(doc)]
    for cand in numbers:
        value = str(cand.value)
        for full, seg in titled:
            head = full[: -len(value)] if len(full) > len(value) + 1 else ""
            if not full.endswith(value) or head[-1:] not in ("-", "/"):
                continue
            if any(c.isalpha() for c in head) or _printed_apart(doc, seg, head):
                cand.value = full
                break


def _inline_title_numbers(doc: _Doc) -> Iterator[tuple[str, Segment]]:
    """Each number a title word states on its line ("Invoice 0231-05-7741"), wherever on the
    page it stands."""
    for seg in doc.segments:
        number = _titled_number(_TITLE_NUMBER.match(_TRAILING_PAGE.sub("", seg.text)))
        if number:
            yield number, seg


def _titled_number(m: re.Match[str] | None) -> str | None:
    """The number of a :data:`_TITLE_NUMBER` match whose words are a title a number follows."""
    if m is None or not _number_title(m.group(1)):
        return None
    return _read_invoice_number(m.group(2))


def _printed_apart(doc: _Doc, seg: Segment, head: str) -> bool:
    """Whether each of the number groups of ``head`` ("0231-05-") stands alone in another
    line of the page than ``seg``, each in one line with them all."""
    groups = [g for g in re.split(r"[-/]", head) if g]
    if not groups or not all(g.isdigit() for g in groups):
        return False
    pattern = re.compile(r"".join(rf"(?<![\w./-]){g}(?![\w./-]).*?" for g in groups))
    return any(o is not seg and pattern.search(o.text) for o in doc.segments)


def structured_id_alone(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A page where nothing else gave a number (no label, no title, no fallback of
    :func:`_collect`, no party block's title line): a hyphen-grouped id opening a line of its
    head (:func:`.identifiers.structured_id`), read as unlabelled."""
    if cands.get("invoice_number"):
        return
    found = structured_id(doc)
    if found is not None:
        cands["invoice_number"] = [found[0]]


def late_order_number(cands: dict[str, list[Candidate]]) -> None:
    """A page that prints no number of its own, read after every other reader of it has
    had its turn (the sections', the structured ids'): the number of its order under
    another language's word for one ("Auftragsnummer", "N° de commande"), read unlabelled and
    held (:func:`_order_number`)."""
    if "invoice_number" in cands:
        return
    # Only an order's label that opens its line: "Ihr Auftrag Nr. 4471-22", "Votre commande",
    # "Su pedido", "Vostro ordine" name the customer's own order, no reference of the page's.
    opening = {
        k: [c for c in cands.get(k, []) if not _word_before_label(c)]
        for k in ("po", "_booking_ref")
    }
    number = _order_number(opening, _LATE_ORDER_WORDS)
    if number is not None:
        cands["invoice_number"] = [number]


def _word_before_label(c: Candidate) -> bool:
    """Whether a word comes before ``c``'s label on its line ("Ihr Auftrag Nr."), or the label
    opens with the customer's possessive ("Votre commande")."""
    if c.label.startswith(_POSSESSIVES):
        return True
    hit = next((h for h in c.segment.hits if h.key == c.label), None)
    return hit is not None and any(ch.isalpha() for ch in c.segment.text[: hit.start])


def _order_number(
    cands: dict[str, list[Candidate]], words: tuple[str, ...] = _ORDER_WORDS
) -> Candidate | None:
    """A document that prints no number of its own but an order's ("Ordrenr. 4471-2210" on a
    ticket seller's receipt, "Order #WS-1187" on a web shop's): the order's number is its only
    reference. Read as unlabelled, never approved unseen."""
    orders = [
        c
        for c in cands.get("po", []) + cands.get("_booking_ref", [])
        if any(w in c.label for w in words) and c.labelled
    ]
    if not orders:
        return None
    best = max(orders, key=lambda c: c.score)
    return Candidate(best.value, 0.5, best.segment, best.text, labelled=False)


#: A receipt's own number on a line of its own after the receipt word ("Receipt 26-0514-0993",
#: "Rcpt 88120").
#: A speck after the number ("Receipt 26-03-0412.") ends the line as well.
_RECEIPT_LINE = re.compile(
    r"^\s*(?:receipt|rcpt)\s*(?:no\.?|#|:)?\s*(\d[\d\-/]{2,}\d)[.,]?\s*$", re.I
)


#: A payment's own transaction id named as such ("Payment Transaction ID: UPI/6041…", "Payment
#: Txn ID"): the bank's or the wallet's number for the payment, not the document's.
_PAYMENT_TRANSACTION = re.compile(r"\bpayment\s+(?:transaction|trans|txn|tran)\b", re.I)


def _drop_payment_transactions(cands: dict[str, list[Candidate]]) -> None:
    """A payment's transaction id where the page labels its own number as the invoice's
    (or the bill's, the receipt's): the payment's id is no candidate. Alone, it stays."""
    numbers = cands.get("invoice_number", [])
    paid = [
        c
        for c in numbers
        if c.labelled
        and _PAYMENT_TRANSACTION.search(c.segment.text) is not None
        and not any(w in c.label for w in OWN_WORDS)
    ]
    if paid and any(c.labelled and any(w in c.label for w in OWN_WORDS) for c in numbers):
        cands["invoice_number"] = [c for c in numbers if c not in paid]


#: A payment named before a "Check #" on its line ("Paid: [ ]Cash [x] Check # 3318", "Payment
#: by check #1042"): the customer's cheque, not a restaurant's guest check.
_PAID_BEFORE = re.compile(r"\b(?:paid|payment|pay|cash|card|remit\w*)\b", re.IGNORECASE)


def _drop_cheques(cands: dict[str, list[Candidate]]) -> None:
    """A "Check #" number on a line that pays with it is the cheque's number: no candidate
    for the document's own."""
    _drop_numbers(
        cands,
        lambda c: (
            c.labelled
            and c.label == _CHECK_LABEL
            and _PAID_BEFORE.search(c.segment.text[: _label_start(c)]) is not None
        ),
    )


#: The compact label of a restaurant's guest check ("Check #4471").
_CHECK_LABEL = compact("check #")


def _label_start(c: Candidate) -> int:
    """Where the candidate's label starts in its line (the line's end where the value sits in
    a cell of its own, away from the label)."""
    return next((h.start for h in c.segment.hits if h.key == c.label), len(c.segment.text))


def _drop_numbers(cands: dict[str, list[Candidate]], drop: Callable[[Candidate], bool]) -> None:
    """The invoice-number candidates less those ``drop`` says are another number."""
    numbers = cands.get("invoice_number", [])
    kept = [c for c in numbers if not drop(c)]
    if len(kept) < len(numbers):
        cands["invoice_number"] = kept
        if not kept:
            del cands["invoice_number"]


#: A counter word of a card terminal's slip ("Trx. Seq-Cnt", "SEQ NO", "Zähler").
_SEQUENCE_COUNTER = re.compile(
    r"(?<![^\W\d_])(?:" + "|".join(SEQUENCE_COUNTER_WORDS) + r")(?![^\W\d_])", re.I
)


def _drop_sequence_counters(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A number whose label names a running count ("Trx. Seq-Cnt" | "9098" on a card slip):
    the terminal's counter of its transactions, not the document's number, which the page
    prints elsewhere ("Quittung" | "396664") or not at all."""
    _drop_numbers(cands, lambda c: _counted(doc, c))


def _counted(doc: _Doc, cand: Candidate) -> bool:
    """Whether ``cand``'s label, in its own cell or in the cell left of it on its row, names
    a running count."""
    if not cand.labelled or any(w in cand.label for w in OWN_WORDS):
        return False
    seg = cand.segment
    left = [o.text for o in doc.row_of(seg) if o is not seg and o.bbox.x1 <= seg.bbox.x0 + 1]
    texts = [seg.text[: max(seg.text.find(str(cand.value)), 0)], *left[-1:]]
    return any(_SEQUENCE_COUNTER.search(t) for t in texts)


def _receipt_beside_ticket(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
    """A car park's or an entry's receipt prints the ticket's number ("Ticket # 0048127733",
    the ticket taken at the gate) and, apart, the receipt's own ("Receipt 26-0514-0993"): the
    receipt's is the document's. Only where every labelled number is a ticket's; read as
    unlabelled."""
    numbers = cands.get("invoice_number", [])
    if not numbers or not all(c.label.startswith("ticket") for c in numbers):
        return None
    for seg in doc.segments:
        m = _RECEIPT_LINE.match(seg.text)
        if m is not None:
            return Candidate(m.group(1), 0.6, seg, seg.text, labelled=False)
    return None


#: A restaurant check's header line: a table, guests or server word, then its value ("Tbl: 21",
#: "Guests 4", "Server: KIT").
_RESTAURANT_HEADER = re.compile(
    rf"^\s*(?:{'|'.join(RESTAURANT_HEADER_WORDS)})\s*(?:no\.?|#)?\s*:?\s*\w+", re.I
)


#: A bare "Check" / "Chk" label, and what it labels as the check's number: a plain number
#: first ("Check: 88214", "Chk 4521"), not a word ("Check Closed 03/12/2026 19:45"), an
#: amount paid by cheque ("Check 54.79"), a date or a split's count ("Check 2 of 3").
_BARE_CHECK = frozenset({"check", "chk"})
_BARE_CHECK_VALUE = re.compile(r"[\s:#.]*#?\s*\d{1,10}(?!\d|[.,:/-]\d)(?!\s*(?:of\b|/))", re.I)


def _restaurant_check_number(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
    """A restaurant check's own number ("Check No: 4471"), where the page names its table,
    guests or server: elsewhere "Check No." names a cheque's number. Read as unlabelled."""
    checks = [
        c
        for c in cands.get("_check_number", [])
        if c.labelled and (c.label not in _BARE_CHECK or _BARE_CHECK_VALUE.match(c.text))
    ]
    if not checks or not any(_RESTAURANT_HEADER.match(s.text) for s in doc.segments[:40]):
        return None
    best = max(checks, key=lambda c: c.score)
    return Candidate(best.value, 0.6, best.segment, best.text, labelled=False)


#: An order's number as a line of its own under a receipt's header ("Order 318.", "ORDER
#: #57", "Order 114-0057"): the order word, a space or "#", the number (two groups of digits
#: joined by a hyphen, as a till numbers its orders per terminal, too).
_ORDER_HEADING = re.compile(r"^\s*([^\W\d_]+)(?:\s+#?|\s*#)\s*(\d{1,10}(?:-\d{2,8})?)\.?\s*$")


#: A title, a word "for" and a "#" number: "Invoice for #MM1047", "Rechnung für #4471".
_TITLE_FOR_NUMBER = re.compile(
    rf"^\s*([^\W\d_][^\d#:]{{2,30}}?)\s+(?:{'|'.join(TITLE_FOR_WORDS)})\s+#\s*({_BARE_NUMBER})\s*$",
    re.IGNORECASE,
)


def _title_for_number(doc: _Doc) -> Candidate | None:
    """The number a title says the document is for ("Invoice for #MM1047", as web shops head
    an order's invoice): the order's number, the page's only reference. Read as an order's
    number, never approved unseen."""
    for seg in doc.segments[:40]:
        m = _TITLE_FOR_NUMBER.match(seg.text)
        if m is not None and _number_title(m.group(1)):
            number = _read_invoice_number(m.group(2))
            if number:
                return Candidate(number, 0.5, seg, seg.text, labelled=False)
    return None


def _order_heading(doc: _Doc) -> Candidate | None:
    """A receipt that prints no number but its order's on a line of its own ("Order 318." at
    a café's counter): the order's number is its only reference. Read as unlabelled. A page
    with a label for its own number ("Invoice No." beside "Order 88123") left it unread: an
    order's number there is another document's."""
    if any("invoice_number" in h.fields for s in doc.segments for h in s.hits):
        return None
    for seg in doc.segments[:40]:
        m = _ORDER_HEADING.match(seg.text)
        if m is not None and compact(m.group(1)) in _ORDER_WORDS and not find_dates(m.group(2)):
            return Candidate(m.group(2), 0.5, seg, seg.text, labelled=False)
    return None


def _keyed_title_number(doc: _Doc) -> Candidate | None:
    """A title word as one key of a slip's column of keys ("INVOICE 058871" between "PUMP#"
    and "TRAN#", "SEQ#", "AUTH#" on a pay-at-pump slip): the number beside it is the
    document's own, the slip's other numbers its transaction's. A title is no label: the
    number is read as unlabelled, never approved unseen."""
    for seg in doc.segments[:80]:
        if seg.hits or compact(seg.text) not in TITLES or not _in_key_column(doc, seg):
            continue
        right = doc.right_of(seg)
        alone = _NUMBER_ALONE.match(right[0].text) if len(right) == 1 else None
        if alone is None or find_dates(alone.group(1)) or _money(alone.group(1)):
            continue
        number = _read_invoice_number(alone.group(1))
        if number:
            key = compact(seg.text)
            return Candidate(number, 0.8, right[0], right[0].text, False, 0.8, 0.95, False, key)
    return None


def _in_key_column(doc: _Doc, seg: Segment) -> bool:
    """Whether the row above or below ``seg`` holds a label set flush with it, at its left
    edge or, as an invoice's block of keys right-aligned against their values ("INVOICE |
    1047" over "DATE | 02/13/2026", "TERMS", "DUE DATE"), at its right edge: the slip's or
    the invoice's keys set one under another."""
    page = doc.page_by_number[seg.page]
    h = max(seg.bbox.height, 1.0)
    near = [page.rows[r] for r in (seg.row - 1, seg.row + 1) if 0 <= r < len(page.rows)]
    return any(
        o.hits
        and o.hits[0].start == 0
        and (
            abs(o.bbox.x0 - seg.bbox.x0) < h
            or (abs(o.bbox.x1 - seg.bbox.x1) < h and o.hits[0].end >= len(o.text.rstrip(" :")))
        )
        for row in near
        for o in row
    )


#: A pre-printed form's series, a dash, then its number sign before the number ("0001- Nº
#: 002315", as Peru's boletas print them): one number, "0001-002315".
_SERIES_DASH_SIGN = re.compile(r"^(\s*[A-Z0-9]{3,5})\s*-\s*N[º°oO]\.?\s*(?=\d)")


def _number_under_title(below: list[Segment]) -> Candidate | None:
    """The number alone in the one cell under a title, or after a number word there ("číslo
    2601187"), or a pre-printed form's series and number ("0001- Nº 002315")."""
    text = _SERIES_DASH_SIGN.sub(r"\1-", below[0].text) if len(below) == 1 else ""
    alone = _NUMBER_ALONE.match(text) or _NUMBERED_UNDER_TITLE.match(text)
    if alone is None or find_dates(alone.group(1)) or _money(alone.group(1)):
        return None
    number = _read_invoice_number(alone.group(1))
    return Candidate(number, 0.55, below[0], below[0].text, labelled=False) if number else None


#: A number with a series code in capitals before it, as Portugal's certified tills and
#: invoicing tools print it ("FS A/4821", "FT 2026/118", "FR FR01/392"): the document type's
#: code, the series, a slash and the running number.
_SERIES_SLASH_NUMBER = re.compile(r"^\s*([A-Z]{2,3}\s+[A-Z0-9]{1,10}/\d{1,10})\s*$")


def _series_number_beside_date(row: list[Segment]) -> Candidate | None:
    """The row under a centred title holding the document's number with its series ("FATURA
    SIMPLIFICADA" over "FS A/4821" at the left and the date and time at the right), where
    the date's cell, not the number's, lies under the title: the one cell of that shape."""
    if len(row) < 2 or not any(find_dates(o.text) for o in row):
        return None
    # A label's code before a number ("TEL 0211/12345", "NIF 516/1234") names another one.
    # Only a document type's code opens it: a table and its covers ("TBL 12/4"), a till
    # ("POS 02/1182") or an account ("KD 10/44718") is set there in that shape too.
    numbers = [
        o
        for o in row
        if (m := _SERIES_SLASH_NUMBER.match(o.text))
        and m.group(1).split()[0] in SERIES_DOCUMENT_CODES
        and not o.hits
    ]
    if len(numbers) != 1:
        return None
    number = _read_invoice_number(numbers[0].text)
    return Candidate(number, 0.55, numbers[0], numbers[0].text, labelled=False) if number else None


def _cell_under(doc: _Doc, seg: Segment) -> list[Segment]:
    """The cell set right under a title, within a line's height and a half of it, where the
    row right under the title holds none: a header's other column (a logo's initials, a
    tagline beside the seller's name) may set a line of its own between the title and its
    number ("Facture" / "F-2026-00214" at the right, "MB" / "Traiteur · Nantes" at the
    left). A cell with another close on its left is that one's value ("N° :" |
    "FA-2026-1187" under "FACTURE"), which its label reads."""
    page = doc.page_by_number[seg.page]
    limit = seg.bbox.y1 + 1.5 * max(seg.bbox.height, 1.0)
    for row in page.rows[seg.row + 1 : seg.row + 3]:
        under = [o for o in row if _under(seg, o) and o.bbox.y0 <= limit]
        if under:
            x0 = min(o.bbox.x0 for o in under)
            near = [o for o in row if o.bbox.x1 <= x0 and x0 - o.bbox.x1 < seg.bbox.width]
            return [] if near else under
    return []


def _overlaps(seg: Segment, other: Segment) -> bool:
    """Whether ``other`` shares some of ``seg``'s width."""
    return seg.bbox.x_overlap(other.bbox) > 0


#: Mexico's CFDI prints its number as a series and a folio ("Serie A Folio 0352", "Serie: B
#: Folio: 1187"): the document's number is the two together.
_SERIES_FOLIO = re.compile(r"^\s*serie\s*:?\s*([A-Z0-9]{1,5})\s+folio\s*:?\s*(\d{1,10})\s*$", re.I)


def _series_folio(doc: _Doc) -> Candidate | None:
    """The number of an invoice that labels it only as its series and folio, on one line
    ("Serie A Folio 0352"), read as "A 0352"; unlabelled, never approved unseen. The fiscal
    folio (a UUID) and a register's folio do not have this shape."""
    for seg in doc.segments[:80]:
        m = _SERIES_FOLIO.match(seg.text)
        if m is not None and any(c.isalpha() for c in m.group(1)):
            number = f"{m.group(1).upper()} {m.group(2)}"
            return Candidate(number, 0.6, seg, seg.text, labelled=False)
    return None


def _under(seg: Segment, other: Segment) -> bool:
    """Whether ``other`` spans most of ``seg``'s width (a cell set right under it)."""
    return seg.bbox.x_overlap(other.bbox) > 0.5 * seg.bbox.width


def _next_row(doc: _Doc, seg: Segment) -> list[Segment]:
    """The row right under ``seg`` (a line's height or so below it), else nothing."""
    page = doc.page_by_number[seg.page]
    if seg.row + 1 >= len(page.rows):
        return []
    row = page.rows[seg.row + 1]
    gap = min(o.bbox.y0 for o in row) - seg.bbox.y1
    return row if gap <= 1.5 * max(seg.bbox.height, 1.0) else []


def _money(text: str) -> bool:
    return any(a.decimals or a.currency for a in find_amounts(text))


def _outside(doc: _Doc, seg: Segment) -> list[tuple[str, Segment, float]]:
    """Values for the segment's last label outside its cell: to its right in the same row
    (all of it, and its first cell alone), then directly below."""
    sources: list[tuple[str, Segment, float]] = []
    # A cell holding only an e-invoice's term code ("(BT-1)") belongs to the label.
    right = [r for r in doc.right_of(seg) if strip_codes(r.text)]
    if right:
        sources.append((" ".join(r.text for r in right), right[0], 0.95))
        if len(right) > 1:
            sources.append((right[0].text, right[0], 0.93))
    below = doc.below(seg)
    for b in below:
        if b.hits and b.hits[0].start == 0 and not _numeric_start(b.text):
            continue
        if strip_codes(b.text):
            sources.append((b.text, b, 0.85))
    if not below:
        sources.extend(_same_rank_below(doc, seg))
    return sources


def _running_text(text: str) -> bool:
    """A line of a sentence, not a value's cell: four or more words in lower case ("Vid
    betalning efter förfallodagen debiteras … påminnelseavgift 60 kr." under a line ending
    "moms debiteras."). An amount it states belongs to its sentence, never to a label above
    it; a name under its label has few words in lower case ("Bar Pasticceria Aurora di
    Rossi")."""
    return sum(1 for word in text.split() if word[0].islower()) >= 4


#: Words after a number's label in its own cell that make the label a heading ("Transaction
#: details", "Order summary"): the line under it is the section's first, not the number.
_HEADING_AFTER_LABEL = re.compile(r"[^\W\d_]{4,}(?:\s+[^\W\d_]+)*", re.UNICODE)

#: A number word or mark in a label, closing it ("Invoice No.", "Rechnungsnummer",
#: "Számlaszám"), opening it ("Numéro de facture", "Nº Factura", "Số hóa đơn") or anywhere
#: ("Bill #", "請求書番号"): such a label asks for its number though words follow it in its
#: cell, another language's label or a copy's mark ("Invoice No. Rēķina numurs", "Invoice
#: No. Original"); only a bare word ("Transaction details") heads a section.
_NUMBER_WORD_IN_LABEL = re.compile(
    r"(?:nr|no|n[°º]|nro|num|numero|número|nummer|numer|number|numurs|[čc]islo|sz[áa]m|ref|id)"
    r"[.:]?\s*$"
    r"|^(?:n[°º]|no|nr|nro|num|numero|número|numéro|numer|number|αριθμός|αρ|số)(?![^\W\d_])"
    r"|[#№]|番号|号码|號碼|번호",
    re.IGNORECASE,
)


#: A number's mark and the number after a money field's label in its own cell ("GST/HST #
#: 81234 5678 RT0001", "VAT Reg. No. GB 123 4567 89", "TAX ID: 12-3456789"): the label names
#: the seller's tax number, and no amount beside or under it is the tax. A short number is a
#: till's count of its taxes ("TAX #1 | 0.75"), no id.
_ID_AFTER_LABEL = re.compile(
    r"\s*(?:[#№]|n[°º]|nos?\b|nr\b|reg(?:istration)?\b\.?\s*(?:no\b|nr\b|#)?|id\b)"
    r"\s*[.:]?\s*[A-Z]{0,3}\s*(?:\d{4,}|\d{2,}[-\s]\d{3,})",
    re.IGNORECASE,
)


def _field_sources(
    fld: str,
    seg: Segment,
    sources: list[tuple[str, Segment, float]],
    same: str = "",
    label: str = "",
    label_end: int = 0,
) -> list[tuple[str, Segment, float]]:
    """The sources of the label's line ``seg`` read for field ``fld``: an amount's lack the
    lines of running text under it (:func:`_running_text`). Other values are written in such
    words under their label, and read: payment terms ("zahlbar innerhalb von 14 Tagen ohne
    Abzug"), a date with its weekday ("segunda-feira, 13 de abril de 2026"). A number's
    label of a bare word (``label``, no number word: :data:`_NUMBER_WORD_IN_LABEL`) followed
    in its cell by words alone heads a section (:data:`_HEADING_AFTER_LABEL`): it is read in
    its own cell only."""
    if (
        fld == "invoice_number"
        and _HEADING_AFTER_LABEL.fullmatch(same.strip())
        and not _NUMBER_WORD_IN_LABEL.search(label.strip())
    ):
        return [(text, src, place) for text, src, place in sources if src is seg]
    if fld not in _MONEY:
        return sources
    if label_end and _ID_AFTER_LABEL.match(seg.text, label_end):
        return []
    return [
        (text, src, place)
        for text, src, place in sources
        if not (src.page == seg.page and src.row > seg.row and _running_text(text))
    ]


#: A form's answer in a cell of its own, compared compact: yes or no.
_YES_NO = frozenset(
    ("yes", "no", "sim", "nao", "si", "oui", "non", "ja", "nein", "nee", "tak", "nie", "sì")
)


def _value_cell(text: str) -> bool:
    """A cell that opens with a number or holds an amount ("R$ 390,00")."""
    return _numeric_start(text) or _money(text)


def _same_rank_below(doc: _Doc, seg: Segment) -> list[tuple[str, Segment, float]]:
    """A header row over a row of as many values whose columns the page set wider than its
    words ("Base de Cálculo (R$) | Alíquota (%) | Valor do ISS (R$)" over "8.500,00 | 2,00 |
    170,00", each value right of its header): the value of the same rank, where nothing
    lies under the label itself. One cell of the row may hold a form's yes or no ("ISS
    Retido" over "Não"; a VAT summary's rate code, "Z" | "8.00", is no such word), so long as
    the value of the same rank is a number or an amount ("R$ 390,00")."""
    page = doc.page_by_number[seg.page]
    row = page.rows[seg.row]
    below = _next_row(doc, seg)
    if len(row) < 3 or len(below) != len(row):
        return []
    words = [b for b in below if not _value_cell(b.text)]
    if len(words) > 1 or any(compact(b.text) not in _YES_NO for b in words):
        return []
    value = below[row.index(seg)]
    if not _value_cell(value.text):
        return []
    return [(value.text, value, 0.8)]


def _terms_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """Payment terms: the text after the label, as printed. Terms that are a means of payment
    and one date ("Pagamento | RiBa 30/04/2026", "Zahlung: Überweisung bis 15.04.2026") give
    that date as the due date, trusted less than a due date's own label."""
    if len(text) > 2:
        add(fld, text.strip(), score * 0.8, seg, text)
        found = find_dates(text, dayfirst=doc.dayfirst)
        words = {compact(w) for w in _TERMS_WORDS.findall(text)}
        if len(found) == 1 and words and words <= _DUE_TERMS_WORDS:
            add("due_date", found[0].value, score * 0.6, seg, text, found[0].ambiguous)
        return True
    return False


#: The words of payment terms beside their date.
_TERMS_WORDS = re.compile(r"[^\W\d_]{2,}")
#: Terms whose date is when the money is due: only a means of payment and a word for "by" or
#: "due" beside it ("RiBa 30/04/2026", "Bonifico entro il 30/04/2026", "Überweisung bis
#: 15.04.2026"). "30 Tage nach 06.05.2026" starts a period, "pagato il 05/05/2026" is paid.
_DUE_TERMS_WORDS = frozenset(
    compact(w)
    for w in (
        "riba", "ri", "ba", "bonifico", "bancario", "rimessa", "diretta", "sepa", "sdd", "rid",
        "uberweisung", "lastschrift", "transferencia", "bancaria", "virement", "bank",
        "transfer", "wire", "scadenza", "faellig", "fallig", "due", "bis", "zum", "entro",
        "il", "al", "el", "le", "am", "ate", "hasta", "by", "before", "prima", "del",
    )
)  # fmt: skip


#: Reads the value of field ``fld`` from ``text`` after a label and records it with ``add``;
#: whether it found one.
_Reader = Callable[[str, str, float, Segment, LabelHit, _Doc, _Add], bool]

#: The reader of each field a label may name.
_READERS: dict[str, _Reader] = {
    "invoice_number": _number_after_label,
    **dict.fromkeys(("invoice_date", "due_date", "_other_date"), _date_after_label),
    **dict.fromkeys(_MONEY, _money_after_label),
    **dict.fromkeys(("vat_id", "iban", "bic"), _code_after_label),
    "po": _po_after_label,
    "_booking_ref": _po_after_label,
    "_printout_number": _po_after_label,
    "_check_number": _po_after_label,
    "_point_of_sale": _pos_after_label,
    "payment_terms": _terms_after_label,
    "currency": _currency_after_label,
    **dict.fromkeys(("customer", "vendor"), _name_after_label),
}


def _read(
    fld: str,
    text: str,
    score: float,
    seg: Segment,
    hit: LabelHit,
    doc: _Doc,
    add: _Add,
) -> bool:
    reader = _READERS.get(fld)
    return reader is not None and reader(fld, text, score, seg, hit, doc, add)
