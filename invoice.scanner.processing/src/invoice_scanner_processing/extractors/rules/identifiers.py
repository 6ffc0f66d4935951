"""Identifier fields: the invoice number (and purchase order), the seller's VAT id, IBAN and BIC."""

from __future__ import annotations

import re

from invoice_scanner_processing.extractors.rules.currencies import detect_currency
from invoice_scanner_processing.extractors.rules.doctype import _is_credit
from invoice_scanner_processing.extractors.rules.labels import strip_codes
from invoice_scanner_processing.extractors.rules.lexicon import CREDIT_WORDS, TITLES, compact
from invoice_scanner_processing.extractors.rules.model import (
    Candidate,
    _Add,
    _Doc,
)
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.extractors.rules.scoring import (
    _best,
)
from invoice_scanner_processing.extractors.rules.segments import LabelHit, Segment
from invoice_scanner_processing.extractors.rules.vocabulary import (
    DEDUCTING_WORDS,
    RECEIPT_NUMBER_WORDS,
    REPLACING_WORDS,
    STORE_KEY_WORDS,
    TILL_WORDS,
)

#: A number's token: Latin letters and digits, and the Greek and Cyrillic capitals a series
#: letter is printed in ("Α-1842" on a Greek receipt, "АБ-0412").
_INV_TOKEN = re.compile(r"[A-Za-z0-9Α-ΩА-ЯЁ][A-Za-z0-9Α-ΩА-ЯЁ\-/._]*[A-Za-z0-9Α-ΩА-ЯЁ]|[0-9]")


# A bare "N" is a prefix only before a space, colon, "#" or digit: "NCB-24-1" keeps its "N".
# "ID" is a label word too where OCR glued it to the number ("TRANS ID0417-04-08812"); a
# full-width colon ("Nº：T2-118452", as OCR trained on Asian scripts reads it) is a colon.
_NO_PREFIX = re.compile(
    r"^(?:(?:no|nr|num|number|nummer|n)(?:[.°º]+|(?=[\s:：#\d]))|id(?=[\s:：#]*\d)|n°|nº|#|[°º])"
    r"\s*[:：#.]?\s*",
    re.I,
)


#: A series code printed apart from the number it belongs to: "FT 2024A/1287", "FV 12/2024",
#: "FT A/345" (Portuguese series letter and number).
#: Romania and Lithuania print the series and its number with a number word between ("LMN nr.
#: 0456", "Serija VBT Nr. 004517").
#: Portugal's series may run letter and year together ("FS A2026/1547").
#: A series of two codes joined by a hyphen ("POS-E 18820", Colombia's electronic POS document).
#: Greece prints the document type's code, the series letter and the number ("ΑΠΥ Α 18437",
#: "ΤΔΑ Β 2210"), in Greek capitals.
_SERIES = re.compile(
    r"^([A-ZΑ-Ω]{1,3}(?:-[A-ZΑ-Ω]{1,3})?(?:\s[A-ZΑ-Ω])?)\s+(?:(?:nr|Nr|NR|no)\.?\s*)?"
    r"(?=\d|[A-Z0-9]{1,4}/\d|[A-Z]\d{2,6}/\d)"
)

#: A number printed in groups of digits with spaces between ("2026 1187 4410", as carriers
#: and utilities print long numbers for reading aloud), maybe closed by a short check-digit
#: group ("2026 0312 3456 7"): one number, kept as printed.
#: A group may carry a short period after a hyphen, as a telecom's bill number ends in its
#: month ("5129 4478 2026-03": the account's number and the billing month).
_SPACED_GROUPS = re.compile(r"\d{3,5}(?:-\d{2,5})?(?: \d{3,5}(?:-\d{2,5})?){2,4}(?: \d{1,2})?")


#: A number printed as a year or counter, a short series code in capitals and a running
#: number with single spaces between ("2026 FC 0219", as French public-sector and accounting
#: tools number their invoices): one number, kept as printed when it fills the cell.
_CODED_GROUPS = re.compile(r"\d{2,6} [A-Z]{1,3} \d{2,6}")


#: Two to four groups of three to five digits with single spaces between.
_EVEN_GROUPS = re.compile(r"\d{3,5}(?: \d{3,5}){1,3}")


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


def _is_a_date(token: str) -> bool:
    """A date, perhaps behind letters ("14.11.2026", "RE-2026-11-14"); a number that only
    holds a date among its digits ("INV-2026-11-08-017") is none."""
    found = find_dates(token)
    if not found:
        return False
    rest = token[: found[0].start] + token[found[0].end :]
    return not any(c.isdigit() for c in rest)


def _coded_groups(text: str) -> bool:
    """Whether ``text`` is one number set as year, series code and running number; a date
    ("12 MAR 2026") or an amount with its currency ("100 EUR 20") is none."""
    if not _CODED_GROUPS.fullmatch(text) or find_dates(text):
        return False
    return detect_currency(text.split()[1]) is None


def _read_invoice_number(text: str) -> str | None:
    # An e-invoice's term code ("(BT-1)") printed apart from its label is no number.
    text = _NO_PREFIX.sub("", strip_codes(text))
    series = _SERIES.match(text)
    prefix = ""
    if series and detect_currency(series.group(1)) is None:
        prefix, text = series.group(1) + " ", text[series.end() :]
    if _SPACED_GROUPS.fullmatch(text.strip()):
        return prefix + text.strip()
    if not prefix and _coded_groups(text.strip()):
        return text.strip()
    if prefix and _EVEN_GROUPS.fullmatch(text.strip()):
        # After a series's letters, groups of digits as long as each other filling the cell
        # ("INV 6617 2043", "FA 2026 0118"): one number set in groups, kept as printed.
        groups = text.split()
        if len({len(g) for g in groups}) == 1:
            return prefix + " ".join(groups)
    for token in _INV_TOKEN.findall(text):
        if not any(c.isdigit() for c in token):
            prefix = ""
            continue
        if _is_a_date(token):
            prefix = ""
            continue
        if len(token) < 2 and not token.isdigit():
            continue
        return prefix + _fix_o(token)
    return None


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


def _vat_id(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
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


#: A number with a label of its own in the cell read as a value ("Lic. No. 78214", "Reg. Nr.
#: 4471"): another number, not the one the label beside it names.
_OWN_NUMBER_LABEL = re.compile(r"^\s*([^\W\d_]{2,})\.?\s+(?:no|nr|n[°º]|#)(?=[\s.:#\d])", re.I)

#: A money amount ("1,200.00", "€ 34,95"): never an invoice number, though its first digits
#: read like one.
_AMOUNT_ONLY = re.compile(r"^\s*[-(]?\D{0,3}\s?\d{1,3}(?:[.,\s']\d{3})*[.,]\d{2}\s*\D{0,3}\s*$")


#: Other documents whose numbers a value may cite ("Quotation Q-0931", "Order 4471").
_OTHER_DOCUMENTS = frozenset(
    compact(w)
    for w in (
        "quotation", "quote", "offer", "order", "delivery note", "angebot", "bestellung",
        "auftrag", "lieferschein", "devis", "commande", "pedido", "presupuesto", "albaran",
        "ordine", "preventivo", "offerte", "bestelling", "offert", "proforma",
    )
)  # fmt: skip
_LEADING_WORD = re.compile(r"^[\s:]*([^\W\d_]{4,})\s+\S*\d")


#: A payment period ("30 days", "14 Tage netto"): never an invoice number.
_PERIOD = re.compile(
    r"^[\s:]*\d{1,3}\s*(?:days?|tagen?|jours?|d[ií]as|giorni|dagen|dagar|dage|dias)\b", re.I
)


def _other_numbers_label(text: str) -> bool:
    """Whether ``text`` holds another number's label before its number: "Lic. No. 78214",
    "Quotation Q-0931"."""
    m = _OWN_NUMBER_LABEL.match(text)
    if m is not None and compact(m.group(1)) not in TITLES:
        return True
    lead = _LEADING_WORD.match(text)
    return lead is not None and compact(lead.group(1)) in _OTHER_DOCUMENTS


#: A page number ("Page 1 of 2", "Sayfa 1", "Pag. 1/1", "Seite 2 von 3"): never an invoice
#: number.
_PAGE = re.compile(
    r"^[\s:]*(?:page|pag|pagina|p[aá]gina|sayfa|seite|strana|strona|oldal|sivu|sida|side|"
    r"trang|halaman|blatt|feuille)\b\.?\s*\d{1,3}(?:\s*(?:/|of|von|de|di|sur|av|z)\s*\d{1,3})?"
    r"\s*$",
    re.I,
)

#: An id a tax office or company register gives ("100234567800003", "0681234567",
#: "12345678-0001"): eight digits or more, nothing but digits and separators. A till's
#: transaction number under the same label ("TRN:7721") is short.
_REGISTRATION_SHAPE = re.compile(r"^[A-Z]{0,4}[\d\s\-./]*$")

#: A UUID (Mexico's CFDI "folio fiscal", Turkey's ETTN): an e-invoice's registration key,
#: not the number the seller gave it.
_UUID = re.compile(r"\b[0-9A-F]{8}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{4}-[0-9A-F]{12}\b", re.I)


_SERIES_LABELS = frozenset({"seria", "serie", "series", "serija"})


def _registration_id(value: str) -> bool:
    """Whether ``value`` has the shape of a tax or company registration id."""
    digits = sum(c.isdigit() for c in value)
    return digits >= 8 and _REGISTRATION_SHAPE.match(value.upper()) is not None


def _not_an_invoice_number(text: str, hit: LabelHit) -> bool:
    """A money amount, a payment period, another number's label, a page number or a UUID;
    after a label that names a tax id as well ("TRN"), a registration id."""
    # After "Seria" the series code comes before the number word: "Seria LMN nr. 0456".
    own_label = hit.key not in _SERIES_LABELS and _other_numbers_label(text)
    if _AMOUNT_ONLY.match(text) or _PERIOD.match(text) or own_label:
        return True
    if _PAGE.match(text) or _UUID.search(text):
        return True
    if "_tax_id" in hit.fields:
        value = _read_invoice_number(text)
        return value is not None and _registration_id(value)
    return False


#: A company register's entry ("Registro Mercantil de Valencia, Tomo 9876, Folio 45, Hoja
#: V-123456"): its volume, sheet and page ("folio") numbers are no invoice number.
_REGISTER_ENTRY = re.compile(
    r"registro\s+mercantil|registo\s+comercial|\btomo\s+\d|\bhoja\s+[A-Z]{0,3}-?\d|\blibro\s+\d",
    re.I,
)


#: A word that refers to another document right before an invoice number's label ("rif.
#: fattura n. 112/2026" on a credit note, "zu Rechnung Nr.", "ref. invoice no."): the number
#: after it is the referenced invoice's, never the document's own.
_REFERRED = re.compile(
    r"(?<!\w)(?:rif|ref|réf|riferimento|reference|referencia|référence|bezug|zu|zur|to|for"
    r"|against|gegen|original|ursprüngliche|storno\s+(?:della|de|der|zu))\.?\s*[:\-]?\s*$",
    re.IGNORECASE,
)
#: A word right after a number's label that makes it another document's ("Réf. facture
#: d'origine", "N° de facture originale", "Factura rectificada nº", "Original invoice no."
#: reads before): on a credit note or correction, the invoice it corrects.
_OF_ORIGIN = re.compile(
    r"^\s*(?:d['’]\s?origine|originale?|original|initiale|rectificad[ao]|rectifi[ée]e"
    r"|corrig[ée]e|ursprüngliche[nr]?|of origin|being (?:credited|corrected))\b",
    re.IGNORECASE,
)
#: A verb naming the document replaced or corrected, with its article, before the label.
REPLACED = re.compile(
    r"(?<!\w)(?:" + "|".join(REPLACING_WORDS) + r")"
    r"(?:\s+(?:die|den|das|unsere|ihre|the|our|your|la|le|notre|votre))?\s*$",
    re.IGNORECASE,
)


#: A word that deducts an earlier document right before its title or label
#: (:data:`.vocabulary.DEDUCTING_WORDS`), with its full stop or colon, and the article or
#: possessive and the word for an advance that may stand between ("abzüglich der
#: Anzahlungsrechnung Nr.", "less our advance invoice no.", "moins la facture d'acompte").
DEDUCTED = re.compile(
    r"(?<!\w)(?:" + "|".join(DEDUCTING_WORDS) + r")\.?\s*:?"
    r"(?:\s+(?:der|die|den|des|unsere[rn]?|ihre[rn]?|the|our|your|la|le|les|l'|notre|nos"
    r"|votre|vos|el|los|las|nuestra|nuestras|il|della|delle))?"
    r"(?:\s+(?:advance|deposit|interim|progress|partial|prepayment))?\s*$",
    re.IGNORECASE,
)


def cites_earlier(before: str) -> bool:
    """Whether the text ``before`` a number's title or label names an earlier document the
    number belongs to: one it replaces (:data:`REPLACED`) or deducts (:data:`DEDUCTED`)."""
    return REPLACED.search(before) is not None or DEDUCTED.search(before) is not None


#: A postcode of letters and digits in two groups, as Canada ("M5A 1T3") and the United
#: Kingdom ("LS29 8DP", "SW1A 1AA") print them: an address line's, never a document's number.
_POSTCODE = re.compile(r"\b(?:[A-Z]\d[A-Z] \d[A-Z]\d|[A-Z]{1,2}\d[A-Z\d]? \d[A-Z]{2})\b")


def _postcode_part(value: str, text: str) -> bool:
    """Whether ``value`` is one group of a postcode in ``text`` (a label's neighbour in the
    next column is an address line: "Invoice Number" | "Toronto ON M5A 1T3")."""
    return any(value in m.group(0).split() for m in _POSTCODE.finditer(text))


def _opens_account(value: str, text: str) -> bool:
    """Whether the number ``value`` read in ``text`` opens an IBAN, its check digits right
    (Slovenia's "Št. računa: SI56 2633 0001 2039 086", account no., read as "SI56"): the
    seller's bank account, not the invoice's number. "Račun" is the invoice and the bank
    account alike in Slovene and Croatian."""
    start = text.find(value)
    found = _IBAN_RE.match(text, start) if start >= 0 else None
    return found is not None and _read_iban(found.group()) is not None


def _number_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """An invoice number after its label; a VAT id, an IBAN, a money amount, a page number, a
    registration id, a company register's entry or a number under a label of its own there
    is no invoice number."""
    if _not_an_invoice_number(text, hit) or _REGISTER_ENTRY.search(seg.text):
        return False
    before = seg.text[: hit.start]
    if _REFERRED.search(before) or cites_earlier(before):
        return False
    if _OF_ORIGIN.match((hit.label_text or seg.text)[hit.end :]):
        return False
    value = _read_invoice_number(text)
    if value and (_postcode_part(value, text) or _opens_account(value, text)):
        return False
    if value and not _vat_id_only(value) and not _read_iban(value):
        add(fld, value, score, seg, text)
        return True
    return False


#: A country's letters, then digits in three or more groups joined by hyphens ("GB-2603-48210"):
#: a document number in a series, though without its hyphens it reads as a VAT id (GB and nine
#: digits). VAT ids are printed in one piece or grouped by spaces or dots ("GB 389 1122 44",
#: "CHE-123.456.789"), not so.
_HYPHENED_SERIES = re.compile(r"[A-Z]{2}-\d+(?:-\d+)+")


def _vat_id_only(value: str) -> bool:
    """Whether an invoice number's label is followed by a VAT id rather than a number."""
    return bool(_read_vat_id(value)) and not _HYPHENED_SERIES.fullmatch(value)


def _code_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """A VAT id, IBAN or BIC after its label."""
    reader = {"vat_id": _read_vat_id, "iban": _read_iban, "bic": _read_bic}[fld]
    value = reader(text)
    if value:
        add(fld, value, score, seg, text)
        return True
    return False


def _po_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """A purchase-order number after its label, read like an invoice number."""
    po = _read_invoice_number(text)
    if po:
        add(fld, po, score * 0.9, seg, text)
        return True
    return False


#: A point of sale's number (Argentina's "Punto de Venta: 00004", "P.V. Nro.: 0007").
_POINT_OF_SALE = re.compile(r"^[\s:#.]*(\d{4,5})\s*$")


def _pos_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """The point of sale's number after its label."""
    m = _POINT_OF_SALE.match(text)
    if m:
        add(fld, m.group(1), score, seg, text)
        return True
    return False


def join_point_of_sale(cands: dict[str, list[Candidate]]) -> None:
    """Argentina splits the number into point of sale and number ("P.V. Nro.: 0007",
    "Nro. T.: 00048213"); the country writes them joined ("0007-00048213")."""
    points = cands.get("_point_of_sale", [])
    if len({c.value for c in points}) != 1:
        return
    point = points[0].value
    for cand in cands.get("invoice_number", []):
        if re.fullmatch(r"\d{8}", str(cand.value)):
            cand.value = f"{point}-{cand.value}"


#: A Polish fiscal receipt's till line: the receipt's number, then the till's ("00421 #Kasa 2
#: Kasjer nr 3 08:41").
_TILL_LINE = re.compile(r"^\s*(\d{3,8})\s*#\s*kas+a\b", re.I)


#: A till's line that names the till, then the receipt's number after a receipt word ("Kassa 4
#: Bon 0551-7782", "Kasse 02 Beleg 4471", "Caisse 3 Ticket 000418", "Till 2 Receipt 88120").
_TILL_RECEIPT_LINE = re.compile(
    r"^\s*(?:kassa|kasse|caisse|cassa|caja|kasa|till|register|reg)\.?\s*(?:nr\.?|no\.?|#)?\s*\d{1,3}"
    r"\s+(?:bon|beleg|ticket|receipt|rcpt|bonnr|belegnr)\.?\s*(?:nr\.?|no\.?|#|:)?\s*"
    r"(\d[\d\-/]{2,}\d)\s*$",
    re.I,
)


#: A British till's line of short keys, each with its number ("ST:2914 OP:4471 TE:12 TR:5588":
#: store, operator, terminal, transaction).
#: Australian and American tills print the keys without colons and name the lane and the
#: transaction in three letters ("ST 0412 LN 05 OP 118 TRN 6603"); OCR reads "OP" as "0P".
#: Others name the till itself, the register or the point of sale ("ST:0412 TILL:03 TR:5571").
_TILL_KEY = re.compile(
    r"(?<![A-Za-z0-9])(ST|OP|0P|TE|LN|TILL|REG|POS|TRN|TR)\s?:?\s?(\d{1,8})(?![\d.,:/])"
)
_TILL_KEYS = frozenset({"ST", "OP", "TE", "LN", "TILL", "REG", "POS"})


def _transaction_on_till_keys(text: str) -> str | None:
    """The transaction's number ("TR:") on a line of a till's keys, with two of the store's,
    operator's and terminal's keys beside it; ``None`` elsewhere."""
    keys = {("OP" if k == "0P" else k): v for k, v in _TILL_KEY.findall(text)}
    transaction = keys.get("TR") or keys.get("TRN")
    if transaction is None or len(_TILL_KEYS & keys.keys()) < 2:
        return None
    return transaction


#: An American till's line of store, register and transaction numbers before the date and
#: time ("0417 00023 59814 03/21/26 10:41 AM").
_STORE_REGISTER_LINE = re.compile(
    r"^\s*(\d{3,5})\s+(\d{2,5})\s+(\d{3,6})\s+\d{1,2}/\d{1,2}/\d{2,4}\b"
)


def _store_register_transaction(doc: _Doc) -> Candidate | None:
    """The transaction's number on a till's line of store, register and transaction numbers
    before the date, where the header names that store ("HOME CENTER #0417" over "0417 00023
    59814 03/21/26"): the third number is the receipt's."""
    stores = {
        m.group(1).lstrip("0") for s in doc.segments[:10] for m in _STORE_SIGN.finditer(s.text)
    }
    for seg in doc.segments:
        m = _STORE_REGISTER_LINE.match(seg.text)
        if m is not None and m.group(1).lstrip("0") in stores:
            return Candidate(m.group(3), 0.6, seg, seg.text, labelled=False)
    return None


#: A store's number after its name in a header ("HOME CENTER #0417", "Store # 112").
_STORE_SIGN = re.compile(r"#\s?(\d{3,5})\b")


def till_line_number(doc: _Doc, cands: dict[str, list[Candidate]]) -> Candidate | None:
    """A receipt without a labelled number: the number that opens its till line, or the
    transaction's on a line of the till's keys ("ST:… OP:… TE:… TR:5588"), else its printout
    counter ("nr wydr."), which counts every printout, not receipts."""
    for seg in doc.segments:
        m = _TILL_LINE.match(seg.text) or _TILL_RECEIPT_LINE.match(seg.text)
        if m is not None:
            return Candidate(m.group(1), 0.6, seg, seg.text, labelled=False)
        transaction = _transaction_on_till_keys(seg.text)
        if transaction is not None:
            return Candidate(transaction, 0.6, seg, seg.text, labelled=False)
    store_line = _store_register_transaction(doc)
    if store_line is not None:
        return store_line
    receipt_line = receipt_word_line(doc)
    if receipt_line is not None:
        return receipt_line
    printouts = cands.get("_printout_number", [])
    return _best(printouts) if printouts else None


#: The document kinds a title names, as they appear inside a number's label
#: ("Invoice number", "Rechnungsnummer", "Receipt No.", "Bonnummer").
_KIND_STEMS = (
    "invoice", "rechnung", "facture", "factura", "factuur", "fattura", "faktura", "fatura",
    "receipt", "quittung", "kvitto", "recibo", "ricevuta", "kassenbon", "ticket", "folio",
    "kvittering", "kuitti", "paragon", "uctenka",
)  # fmt: skip


#: The label words of a receipt's own number (Norway's and Denmark's "Kvittering nr.",
#: Finland's "Kuitti nro", Poland's "Paragon nr", Czechia's "Účtenka č." as well).
_RECEIPT_STEMS = (
    "receipt", "quittung", "kvitto", "kassenbon", "beleg", "kvittering", "kuitti", "paragon",
    "uctenka",
)  # fmt: skip

#: The label words of an invoice's own number.
_INVOICE_STEMS = (
    "invoice", "rechnung", "facture", "factura", "factuur", "fattura", "faktura", "fatura",
)  # fmt: skip


def _title_kind(doc: _Doc) -> tuple[str, ...]:
    """The label words that name the kind of document the page's title line names: the credit
    words for a credit note, else the kind word of its first title line ("Invoice", "TAX
    INVOICE", "Kvitto"); empty without a title."""
    if _is_credit(doc):
        return CREDIT_WORDS
    for seg in doc.segments[:25]:
        title = compact(seg.text)
        if title in TITLES:
            kind = tuple(w for w in _KIND_STEMS if w in title)
            # A receipt's number is labelled as a receipt's or a voucher's ("QUITTUNG" over
            # "Beleg-Nr."), a parking or entry ticket's beside it ("Ticket-Nr.") is another's.
            return (*kind, *_RECEIPT_STEMS) if set(kind) & set(_RECEIPT_STEMS) else kind
    return ()


def keep_own_number(doc: _Doc, cands: dict[str, list[Candidate]]) -> bool:
    """The number candidates whose label names the kind of document the title names, where
    others name another: a credit note prints the number of the invoice it credits beside its
    own ("Credit Note No." over "Invoice Ref."), a paid invoice its payment receipt's number
    ("Invoice number" over "Receipt number").

    Whether the choice stays in doubt: a payment's receipt that prints the number of the
    invoice it pays ("Receipt" over "Invoice number" and "Receipt number") is keyed by its
    receipt's number on some pages and by the invoice's on others; the receipt's is kept, but
    never approved unseen."""
    kind = _title_kind(doc)
    numbers = cands.get("invoice_number", [])
    own = [c for c in numbers if any(w in c.label for w in kind)]
    if own and len(own) < len(numbers):
        cands["invoice_number"] = own
        if set(kind) & set(_RECEIPT_STEMS):
            return any(
                c.labelled and any(w in c.label for w in _INVOICE_STEMS)
                for c in numbers
                if c not in own
            )
    return False


_TILL_WORD = "|".join(sorted(TILL_WORDS, key=len, reverse=True))
#: A till word and the till's own short number ("Kasse 3", "CAISSE 014", "Kassa Nr. 2").
_TILL_AND_NUMBER = r"(?:" + _TILL_WORD + r")\.?\s*(?:nr\.?|no\.?|#)?\s*\d{1,3}"

#: A receipt word, then the receipt's number ("Bon 4471", "TICKET 00418", "Beleg-Nr. 0884",
#: "Receipt 40-118733": a till's two digits before the sale's; "DOC.N.0233-0019": "N."
#: abbreviates the number only with its dot). Italy's documento commerciale counts only with
#: its "N." ("DOCUMENTO N. 0412-0087"): "Doc. 4471 del 05/03" refers to another document (a
#: delivery note).
_RECEIPT_WORD_NUMBER = re.compile(
    r"(?<![\w-])(?:"
    + "|".join(sorted(RECEIPT_NUMBER_WORDS, key=len, reverse=True))
    + r"|doc(?:umento)?(?=\.?\s*n[.°º]))"
    r"\.?(?:[\s-]*(?:nr|no|n°|nº|n(?=\.))\.?)?\s*[:#]?\s*"
    r"(\d{3,8}(?:[-/]\d{2,8})?|\d{2}[-/]\d{4,8})(?![\d.,:/-])",
    re.I,
)

#: What may come before the receipt word on its till line: the date, the time and the till's
#: own number ("20/06/2026 10:27 CAISSE 014 TICKET 00418").
#: The store's number may open the line before the till's ("MAG 0412 CAISSE 007 TICKET 3826").
_TILL_LINE_LEAD = re.compile(
    r"^[\s\d/.:\-]*(?:(?:am|pm)\s*)?"
    r"(?:(?:" + "|".join(STORE_KEY_WORDS) + r")\.?\s*(?:nr\.?|no\.?|#)?\s*\d{1,6}\s+"
    r"(?=" + _TILL_WORD + r"))?"
    r"(?:" + _TILL_AND_NUMBER + r"\s*)?$",
    re.I,
)

#: A till's own short number ("Kasse 3", "CAISSE 014", "Kassa 2").
_TILL_NUMBER = re.compile(r"(?<![\w-])" + _TILL_AND_NUMBER + r"(?![\d.,])", re.I)


def receipt_word_line(doc: _Doc) -> Candidate | None:
    """A receipt without a labelled number: the number after a receipt word that opens its
    till line ("Bon 4471", "Kvitto 7741 2026-11-20 17:05 Kassa 3", "20/06/2026 10:27 CAISSE
    014 TICKET 00418"), where the line or its row names the till or prints the date. A
    receipt word inside a line's text ("Rückgabe zu Bon 187990", "Leergutbon Nr. 0412") names
    another receipt or a voucher."""
    for seg in doc.segments:
        if seg.in_table:
            continue
        m = _RECEIPT_WORD_NUMBER.search(seg.text)
        if m is None or not _TILL_LINE_LEAD.match(seg.text[: m.start()]):
            continue
        row = " ".join(s.text for s in doc.row_of(seg))
        if _TILL_NUMBER.search(row) or find_dates(row) or _till_line_beside(doc, seg):
            return Candidate(m.group(1), 0.6, seg, seg.text, labelled=False)
    return None


def _till_line_beside(doc: _Doc, seg: Segment) -> bool:
    """Whether the row right above or below ``seg`` is the till's line, naming both the till
    and the date ("17-03-2026 17:48 KASSA 3" over "BON 0003-2614 KASSIERE: SANNE"): a till
    that prints its closing block over two lines."""
    rows = doc.page_by_number[seg.page].rows
    h = max(seg.bbox.height, 1.0)
    for i in (seg.row - 1, seg.row + 1):
        if not 0 <= i < len(rows) or not rows[i]:
            continue
        if min(abs(s.bbox.cy - seg.bbox.cy) for s in rows[i]) > 1.6 * h:
            continue
        text = " ".join(s.text for s in rows[i])
        if _TILL_NUMBER.search(text) and find_dates(text):
            return True
    return False


#: A number printed in three or more groups with hyphens on a line of its own, as tills print
#: the receipt's whole id under its barcode ("0417-0088-4471": store, register, transaction).
_GROUPED_ID = re.compile(r"^\s*(\d{2,6}(?:-\d{2,6}){2,4})\s*$")


def whole_receipt_number(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A till's transaction number read after its key ("STORE 0417 REG 08 TRANS 4471") is only
    the last part of the receipt's id, which the till prints whole on a line of its own
    ("0417-0088-4471"): where such an id ends with the number read and begins with another
    number of the same till line (the store's), the whole id is the receipt's number."""
    numbers = cands.get("invoice_number", [])
    short = [c for c in numbers if re.fullmatch(r"\d{3,8}", str(c.value))]
    if not short:
        return
    ids = [m.group(1) for s in doc.segments if (m := _GROUPED_ID.match(s.text))]
    for cand in short:
        value = str(cand.value)
        row = doc.row_of(cand.segment)
        on_line = {t.lstrip("0") for s in row for t in re.findall(r"\d+", s.text)}
        for whole in ids:
            groups = whole.split("-")
            if groups[-1] == value and groups[0].lstrip("0") in on_line:
                cand.value = whole
                break


#: A document id a till or e-receipt prints in three to five groups joined by hyphens, store or
#: branch code, date and running number ("B-26-004318", "KRN-BDG1-260310-0077",
#: "00214-02118-260304-0445"), opening its line or after a short label of one to three words
#: ("No.", "Struk #", "Số HĐ:" as OCR may read it without its marks, "S HD:").
_STRUCTURED_ID = re.compile(
    r"^\s*(?P<lead>(?:[^\W\d_]{1,8}\.?(?:\s+|(?=[#:：]))){0,3}[#:：]?)\s*#?"
    r"(?P<id>[A-Z0-9]{1,8}(?:-[A-Z0-9]{1,10}){2,4})(?![\w\-/.,])"
)


#: A document id set as its type's code, a series and a running number after a slash, alone
#: on its line: Portugal's ("FS 2026A/3381", "FT A/345", "NC 2026/12": invoice, simplified
#: invoice, invoice-receipt, credit and debit note, sale) and Spain's series ("FV 26/00793")
#: under the document's title, with no label. Only those codes: "TEL 0211/12345" is a phone.
_SERIES_ID_LINE = re.compile(
    r"\s*(?P<id>(?:FT|FS|FR|NC|ND|VD|FA|FV|FC) [A-Z0-9]{1,10}/\d{1,10})\s*"
)


def structured_id(doc: _Doc) -> tuple[Candidate, str] | None:
    """The first line in the head of the page (outside tables and the customer's block) that
    opens with a hyphen-grouped document id, and its label compacted: an id with letters after
    any short label or none, one of digits alone only after a bare "No." (else it reads like a
    tax id, a phone or a card number). Six digits at least, and no date alone. A series id
    alone on its line (:data:`_SERIES_ID_LINE`, "FS 2026A/3381") is taken as it stands."""
    for seg in doc.segments[:40]:
        if seg.in_table or seg.in_customer:
            continue
        series = _SERIES_ID_LINE.fullmatch(seg.text)
        if series is not None:
            return Candidate(series.group("id"), 0.5, seg, seg.text, labelled=False), ""
        m = _STRUCTURED_ID.match(seg.text)
        if m is None:
            continue
        value, lead = m.group("id"), compact(m.group("lead"))
        if sum(c.isdigit() for c in value) < 6 or _is_a_date(value):
            continue
        lettered = any(c.isalpha() for c in value)
        if not lettered and lead not in {"no", "n", "nr", "nº", "n°"}:
            continue
        if lead and (_other_numbers_label(seg.text) or _labels_another(seg)):
            continue
        if not lead and _under_a_label(doc, seg):
            continue
        return Candidate(value, 0.5, seg, seg.text, labelled=False), lead
    return None


def _labels_another(seg: Segment) -> bool:
    """Whether a label of another field opens the line ("Votre commande : BC-2026-114")."""
    return any(h.start == 0 and "invoice_number" not in h.fields for h in seg.hits)


def _under_a_label(doc: _Doc, seg: Segment) -> bool:
    """Whether a label for an id alone in its cell sits right above it or left of it on its
    row ("Objednávka č.:" over "OBJ-2026-118", "Proforma No.:" beside "PF-25-0077"): a cell
    ending with a colon, or another field's label alone."""
    page = doc.page_by_number[seg.page]
    left = [o for o in page.rows[seg.row] if o is not seg and o.bbox.x1 <= seg.bbox.x0]
    above = page.rows[seg.row - 1] if seg.row > 0 else []
    for other in [*left, *(o for o in above if o.bbox.x_overlap(seg.bbox) > 0)]:
        alone = any(h.start == 0 and not other.text[h.end :].strip(" .:：#") for h in other.hits)
        if other.text.rstrip().endswith((":", "：")) or alone:
            return True
    return False


def prefer_structured_id(doc: _Doc, cands: dict[str, list[Candidate]]) -> None:
    """A receipt whose labelled numbers are only short runs of digits ("R#0009921", a till's
    running counter) and which prints a whole hyphen-grouped id after a bare "No." ("No.
    00214-02118-260304-0445"): the whole id is the document's number, as the till's counter
    only counts its receipts."""
    numbers = cands.get("invoice_number", [])
    if not numbers or not all(re.fullmatch(r"\d{3,8}", str(c.value)) for c in numbers):
        return
    found = structured_id(doc)
    if found is not None and found[1] in {"no", "nr"}:
        cands["invoice_number"] = [found[0]]
