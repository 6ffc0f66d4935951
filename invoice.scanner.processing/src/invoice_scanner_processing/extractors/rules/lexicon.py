"""Matching labels and names: the compact form every label is compared in, the indexes of the
label and column words (:mod:`.vocabulary`), document titles, credit words and legal forms."""

from __future__ import annotations

import re
from functools import cache, lru_cache

from invoice_scanner_processing.extractors.rules.parsing import strip_accents
from invoice_scanner_processing.extractors.rules.vocabulary import (
    COLUMNS,
    LABELS,
    MARKED_ONLY,
    MORE_LEGAL_FORMS,
    SUFFIX_ONLY_FORMS,
)

_COMPACT_RE = re.compile(r"[^0-9a-z#%]+")
_ORDINALS = str.maketrans("", "", "º°")

#: Letters that have no decomposition to strip a mark from ("ł", "đ", "ø", Turkish "ı"),
#: spelled as the letters their labels are written with in :mod:`.vocabulary` ("Beløp" is
#: "belop", "Số hóa đơn" is "so hoa don", "Fatura Numarası" is "fatura numarasi").
FOLDED_LETTERS = str.maketrans(
    {
        "ß": "ss", "ẞ": "SS", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ð": "d", "Ð": "D",
        "ø": "o", "Ø": "O", "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ı": "i", "þ": "th",
        "Þ": "TH",
    }
)  # fmt: skip


@lru_cache(maxsize=4096)
def compact(text: str) -> str:
    """Lowercase, accents removed, only letters, digits, ``#`` and ``%`` kept."""
    text = strip_accents(text.translate(_ORDINALS).translate(FOLDED_LETTERS)).lower()
    return _COMPACT_RE.sub("", text)


def one_letter_apart(a: str, b: str) -> bool:
    """Whether two spellings of one length differ in exactly one letter: one OCR misread."""
    return len(a) == len(b) and sum(x != y for x, y in zip(a, b, strict=True)) == 1


@cache
def fold_char(c: str) -> str:
    """One character as a label is matched on ("" when dropped): :func:`compact`'s form for
    Latin letters, letters of other scripts lowercased and kept ("取引番号", "συνολο")."""
    if c in "º°":
        return ""  # "Nº" / "N°" fold to "n", not "no"
    if c in "Λλ":
        # Greek capitals Λ and Α differ by a crossbar OCR often loses ("ΣΥΝΟΑΟ ΦΠΑ" for
        # "ΣΥΝΟΛΟ ΦΠΑ"): both are matched as one letter.
        return "α"
    folded = strip_accents(c.translate(FOLDED_LETTERS)).lower()
    return "".join(ch for ch in folded if ch.isalnum() or ch in "#%")


def label_key(label: str) -> str:
    """A label as the text it is found in is folded (:func:`fold_char`), so that labels of
    any script match; for Latin labels it is their :func:`compact` form."""
    return "".join(fold_char(c) for c in label)


@cache
def label_index() -> dict[str, list[tuple[str, str]]]:
    """Folded label (:func:`label_key`) → field, bucketed by its first two characters."""
    index: dict[str, list[tuple[str, str]]] = {}
    seen: set[tuple[str, str]] = set()
    for field, labels in LABELS.items():
        for label in labels:
            key = label_key(label)
            if len(key) < 2 or (key, field) in seen:
                continue
            seen.add((key, field))
            index.setdefault(key[:2], []).append((key, field))
    for bucket in index.values():
        bucket.sort(key=lambda kv: -len(kv[0]))
    return index


#: Compact labels that count only printed with their marks (:data:`.vocabulary.MARKED_ONLY`).
MARKED_ONLY_KEYS = frozenset(compact(w) for w in MARKED_ONLY)


@cache
def column_index() -> dict[str, str]:
    out: dict[str, str] = {}
    for role, words in COLUMNS.items():
        for word in words:
            out.setdefault(compact(word), role)
    return out


#: Words that make a line the document's title rather than a name.
TITLES = frozenset(
    compact(t)
    for t in (
        "invoice", "tax invoice", "credit note", "credit memo", "rechnung", "gutschrift",
        "facture", "avoir", "faktura", "kreditfaktura", "factura", "factura rectificativa",
        "factuur", "creditnota", "fattura", "nota di credito", "receipt", "quittung",
        "proforma", "pro forma invoice", "invoice copy", "original", "copy", "kopie",
        "commercial invoice", "fatura", "kreditnota", "kvitto", "ticket", "ricevuta", "recibo",
        "bon", "kassenbon", "kvittering", "sales receipt", "kassenbeleg", "cash receipt",
        "faktura vat", "folio", "guest folio", "fatura simplificada", "factura simplificada",
        "fatura recibo", "kuitti", "uctenka", "paragon", "paragon fiskalny",
        # Credit and debit notes' titles: "Abono" heads a Spanish credit note.
        "abono", "factura de abono", "nota de credito", "nota de crédito", "nota credito",
        "debit note", "nota de debito", "nota de débito", "storno", "stornorechnung",
        "rechnungskorrektur", "creditfactuur",
        # Latin America's electronic documents: Peru's "Factura Electrónica" and "Boleta de
        # Venta Electrónica", Chile's "Boleta Electrónica", Uruguay's "e-Factura"/"e-Ticket".
        "factura electronica", "boleta de venta", "boleta de venta electronica",
        "boleta electronica", "e-factura", "e-ticket",
    )
)  # fmt: skip

CREDIT_WORDS = tuple(
    compact(t)
    for t in (
        "credit note", "credit memo", "gutschrift", "avoir", "kreditfaktura", "kreditnota",
        "factura rectificativa", "creditnota", "nota di credito", "nota de credito",
        "stornorechnung", "rechnungskorrektur", "facture d avoir", "abono", "creditfactuur",
        "kreditnota", "credit invoice",
    )
)  # fmt: skip

#: Legal-form suffixes that mark a company name, matched as whole words at the end of a name.
LEGAL_FORMS = (
    "GmbH", "GmbH & Co. KG", "UG (haftungsbeschränkt)", "AG", "KG", "OHG", "UG", "e.K.", "e.V.",
    "mbH", "KGaA", "SE",
    "AB", "HB", "KB", "AS", "ASA", "A/S", "ApS", "Oy", "Oyj",
    "Ltd", "Ltd.", "Limited", "LLC", "L.L.C.", "Inc", "Inc.", "Corp", "Corp.", "Co.",
    "Corporation", "plc", "PLC", "LLP", "LP", "Pty Ltd", "Company",
    "SARL", "S.A.R.L.", "SAS", "S.A.S.", "SA", "S.A.", "SASU", "EURL", "SNC", "SCI",
    "S.L.", "SL", "S.L.U.", "SLU", "S.Coop.",
    "B.V.", "BV", "N.V.", "NV", "V.O.F.", "VOF",
    "S.r.l.", "Srl", "SRL", "S.p.A.", "SpA", "S.n.c.", "S.a.s.", "S.R.L.",
    "Lda", "Ltda", "sp. z o.o.", "s.r.o.", "Kft.", "e.U.", "PC", "P.C.",
    "a.G.", "eG", "gGmbH", "Sdn Bhd", "Sdn. Bhd.", "S/B", "Bhd", "Berhad", "Pte Ltd",
    "Pte. Ltd.", "Pvt Ltd", "Pvt. Ltd.", "Private Limited", "K.K.", "Co., Ltd.",
    "S.A. de C.V.", "SA de CV", "S.C.", "Sp. j.", "a.s.", "spol. s r.o.", "AG & Co. KG",
    # Forms as they are usually capitalised in Central and Eastern Europe, the Balkans, the
    # Baltics, Turkey, Latin America, Belgium, Switzerland and South-East Asia.
    "Sp. z o.o.", "Sp.z o.o.", "sp.z o.o.", "Sp. k.", "S.K.A.", "k.s.", "v.o.s.", "d.o.o.",
    "d.d.", "Zrt.", "Nyrt.", "Bt.", "UAB", "SIA", "OÜ", "A.Ş.", "Ltd. Şti.", "EIRELI", "S/A",
    "S. de R.L. de C.V.", "S. de R.L.", "Ltda.", "Lda.", "S.A.S", "Sàrl", "SàRL", "BVBA",
    "SPRL", "JSC", "PCL", "Public Company Limited", "Co.,Ltd.", "Co.,Ltd", "Co., Ltd",
    # Greece (Α.Ε., Ο.Ε., Ε.Ε., Ι.Κ.Ε., Ε.Π.Ε., also without dots), Bulgaria, Russia, Ukraine,
    # Serbia and North Macedonia in Cyrillic; Peru and Chile (E.I.R.L., S.A.C., S.A.A.);
    # Brazil's size marks only after the form they follow ("LTDA ME", "Ltda. EPP": alone, "ME"
    # and "EPP" are words); Turkey's forms as OCR without Turkish letters reads them; and forms
    # of Spain, Portugal, Colombia, Argentina, Romania, Slovenia, Croatia, Iceland, Denmark
    # and Finland.
    "Α.Ε.", "Ο.Ε.", "Ε.Ε.", "Ι.Κ.Ε.", "Ε.Π.Ε.", "Α.Β.Ε.Ε.", "Ανώνυμη Εταιρεία", "ΑΕ", "ΟΕ", "ΕΕ",
    "ΙΚΕ", "ΕΠΕ", "ΑΒΕΕ",
    "ЕООД", "ООД", "АД", "ЕАД", "ЕТ", "ООО", "ОАО", "ЗАО", "ПАО", "АО", "ТОВ", "ДОО", "ДООЕЛ",
    # Kazakhstan's limited partnership (LLP) and Cyprus's "Ltd" in Greek letters.
    "ТОО", "ΛΤΔ", "Λτδ",
    "E.I.R.L.", "EIRL", "S.A.C.", "SAC", "S.A.A.", "S. en C.", "S. en C.S.",
    # France's sole trader, who must print "EI" after the name since 2022 ("Julien Marchand EI").
    "EI", "E.I.",
    "Ltda ME", "Ltda. ME", "Ltda EPP", "Ltda. EPP", "Ltda - ME", "Ltda - EPP", "EIRELI ME",
    "EIRELI EPP",
    "Ltd. Şti.", "LTD. ŞTİ.", "Ltd. Sti.", "Ltd.Şti.", "LTD.ŞTİ.", "Ltd.Sti.", "Ltd Şti",
    "LTD ŞTİ", "Ltd Sti",
    "S.A.U.", "SAU", "S.L.L.", "S.C.S.", "Unipessoal Lda", "S.A.S.U.", "S.C.A.", "S.e.n.c.",
    "d.o.o.e.l.", "DOOEL", "s.p.", "d.n.o.", "j.d.o.o.", "k.d.", "ehf.", "I/S", "K/S",
    "IVS", "Oy Ab", "SRL-D",
    *MORE_LEGAL_FORMS,
)  # fmt: skip


# Letterheads set names in capitals ("BRAMLEY & SONS LTD"): the capitalised spelling of a
# mixed-case form counts too; all-lowercase matching would take "as" or "co" for one.
LEGAL_SPELLINGS = {
    f
    for form in LEGAL_FORMS
    for f in (form, form.upper(), form.lower() if "." in form else form)
    if len(f) >= 3
}
LEGAL_SPELLINGS |= set(LEGAL_FORMS)
_PLACE_AFTER = r"\s+(?!(?i:ltd|inc|limited|pte|pvt|sdn|llc|ohg|gmbh|kg)\b)[A-Z][A-Za-z]{2,}"
LEGAL_RE = re.compile(
    # After a space, or after a comma glued to the name as OCR reads it ("Bajío,S.A. de C.V.",
    # "Foo,Ltd"); not a bare two capitals there, an address's state or canton ("Calgary,AB",
    # "Zug,AG").
    r"(?:^|\s|(?<=[^\W\d_]),(?=[^\s,]*\.|[^\W\d_]{3}))("
    + "|".join(re.escape(f) for f in sorted(LEGAL_SPELLINGS, key=len, reverse=True))
    + r")(?=$|[\s,])"
    # France's "EI" closes a name; before another word it is Spanish "El" as OCR reads it
    # ("BAR EI FARO").
    + r"(?!(?<=EI)\s+[^\W\d_])"
    # "Est. 1921" under a letterhead is the year the business was established, and "Riverside
    # Ind. Est." an industrial estate in an address: no legal form.
    + r"(?!(?<=[Ee][Ss][Tt]\.)\s*\d)(?<!(?i:ind\. est\.))(?<!(?i:industrial est\.))"
    # "Co." after a town's comma or opening the line, before a place's name ("Cahir, Co.
    # Tipperary", "Co. Cork"), is Ireland's "County"; a company's "Co." closes its name or goes
    # on with a form ("& Co. KG", "Trading Co. Ltd", "Jones & Co. Solicitors").
    + rf"(?!(?<=, [Cc][Oo]\.){_PLACE_AFTER})(?!(?<=^[Cc][Oo]\.){_PLACE_AFTER})"
)


def _opens_line(text: str, m: re.Match[str]) -> bool:
    """Whether the legal form ``m`` found is one printed only after a name that opens the
    line before other words ("PC OPTIMUM PTS EARNED"); alone on its line ("Pty Ltd" under
    the name it ends) it is still a form."""
    form = m.group(1)
    if text[: m.start(1)].strip() or form.upper() not in SUFFIX_ONLY_FORMS:
        return False
    return bool(text[m.end(1) :].strip())


def legal_form(text: str) -> bool:
    """A legal-form suffix as a word; a Dutch or Swedish postcode ("9936 AB") is none, nor a
    form only printed after a name where it opens a line of words (:func:`_opens_line`)."""
    m = next((f for f in LEGAL_RE.finditer(text) if not _opens_line(text, f)), None)
    if m is None:
        return False
    before = text[: m.start(1)].rstrip().rsplit(" ", 1)[-1]
    # A postcode ends in letters without dots; a dotted form after a number is a legal form
    # ("Ruta 3 S.R.L.").
    return not before.isdigit() or m.group(1).count(".") >= 2
