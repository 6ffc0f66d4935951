"""Company names as printed: what looks like a name, OCR repairs of legal forms and glued words,
and address lines that are not names.
"""

from __future__ import annotations

import re
from functools import lru_cache

from invoice_scanner_processing.extractors.rules.identifiers import (
    _read_iban,
)
from invoice_scanner_processing.extractors.rules.labels import find_labels
from invoice_scanner_processing.extractors.rules.lexicon import (
    LEGAL_FORMS,
    TITLES,
    compact,
    label_index,
    label_key,
)
from invoice_scanner_processing.extractors.rules.lexicon import LEGAL_RE as _LEGAL_RE
from invoice_scanner_processing.extractors.rules.lexicon import legal_form as _legal_form
from invoice_scanner_processing.extractors.rules.model import _Add, _Doc, _numeric_start
from invoice_scanner_processing.extractors.rules.parsing import (
    find_dates,
)
from invoice_scanner_processing.extractors.rules.segments import LabelHit, Segment
from invoice_scanner_processing.extractors.rules.tradename import all_in
from invoice_scanner_processing.extractors.rules.vocabulary import (
    CLOSING_ALONE,
    CLOSING_TEXTS,
    CLOSING_WORDS,
    CYRILLIC_TITLES,
    SERVICE_WORDS,
    TILL_SUPPLIER_WORDS,
    TITLE_TEXTS,
    TITLE_WORDS,
)

_GLUED_AFTER_FORM = re.compile(r"(?<=\s)(LTD|LLC|LLP|INC|PLC|GMBH|CORP)(?=[A-Z]{3,})")


#: The partners a partnership names after its legal form ("s.n.c. di Ferraro Marco & C.",
#: "S.a.s. di Rossi Anna e C."): who owns it, as an owner's line names a sole trader.
_PARTNERS_TAIL = re.compile(r"^\s*,?\s*di\s+(?:[A-Z][\w'.-]*\s+){1,4}(?:&|e)\s*C\.?\s*$")


def is_partners_tail(text: str) -> bool:
    """A line that only names a partnership's partners after its form ("di Bianchi L. & C.",
    under "… S.N.C."): whether it is a part of the name, sets key one way or the other."""
    return _PARTNERS_TAIL.match(text) is not None


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
    if not text[: m.start(1)].strip():
        # A form that opens the name ("PJSC Sevmash", "OJSC Holdings Ltd Tel 123", or a name
        # that opens with a form's letters, "PSC Insurance Brokers Pty Ltd ABN 81 ..."): the
        # name runs to the last form before any digit.
        digit = next((i for i, c in enumerate(text) if c.isdigit()), len(text))
        later = [o for o in _LEGAL_RE.finditer(text, m.end(1)) if o.end(1) <= digit]
        m = later[-1] if later else m
    end = m.end(1)
    rest = text[end:]
    if _PARTNERS_TAIL.match(rest):
        # An Italian partnership naming its partners after its form ("… s.n.c. di Ferraro
        # Marco & C."): the name ends at the form; cut, so it is doubted all the same.
        return text[:end], True
    # A document title run into the name ("ACME LTD  VAT INVOICE") is cut off like digits are.
    titled = any(compact(w) in TITLES for w in re.findall(r"[^\W\d_]+", rest))
    if not rest.strip() or not (titled or glued or any(c.isdigit() for c in rest)):
        return text, False
    bracket = re.match(r"\s*\([^()\d]{2,30}\)", rest)
    if bracket:
        end += bracket.end()
    return text[:end].rstrip(" ,;"), True


#: The words of a post-office box (:data:`_PO_BOX`, and a line's part :data:`_SPLITTERS` sets
#: apart).
_PO_BOX_WORDS = (
    r"postfach|postbus|postboks|postilokero|case postale|casella postale|bo[iî]te postale"
    r"|apartado postal|apartado de correos|caixa postal|skrytka pocztowa|p\.\s?o\.\s?box|po box"
)


#: Where a line holds several parts: separators, wide gaps, a comma before digits, or a comma
#: before the owner's line of a sole trader ("Malerbetrieb Krause e.K., Inh. Sven Krause").
#: What separates the parts of a line that names several things: a middle dot, bullet or bar
#: (also glued to the word before it, as OCR often reads "GmbH· Siegburger Str. 24", or to
#: the capitalised word after it, as a text layer gives "GmbH ·Sitz Hannover"; glued to
#: both only after a legal form, :func:`_after_form_glued`), a spaced
#: dash (hyphen, en or em dash: "De Brug B.V. — Nederlands voor anderstaligen"), a wide gap,
#: a comma before a number or before an owner's title.
_SPLITTERS = re.compile(
    r"\s?[·•|]\s|\s[·•|](?=[A-ZÀ-ÖØ-Þ])|\s[–—]\s|\s{3,}|\s-\s|,\s(?=\d)"
    r"|,\s(?=(?:Inh\.|Inhaber(?:in)?|Prop\.|Proprietor|Owner|Titolare|Propriétaire)\s)"
    # ... and before a post-office box ("Alpnet Telecom AG, Postfach, 3050 Bern").
    rf"|,\s(?=(?i:{_PO_BOX_WORDS})\b)"
)


def _name_parts(text: str) -> list[str]:
    parts = (
        s
        for p in _SPLITTERS.split(text)
        for g in _after_form_glued(p)
        for s in _sentences_after_form(g)
    )
    return [p.strip(" ,;:") for p in parts if p.strip(" ,;:")]


#: A middle dot or bullet glued to the words on both of its sides.
_GLUED_DOT = re.compile(r"(?<=\S)[·•](?=[A-ZÀ-ÖØ-Þ])")


def _after_form_glued(part: str) -> list[str]:
    """``part`` cut at a middle dot glued to both words where a legal form ends before it
    ("Blomsterhörnan i Lund AB·Org.nr 556901-4417", "Sperlhof Gastronomie KG·ATU69912234"):
    the legal name, then the registration; a name of two languages glued so ("Apotheke am
    See·Pharmacie du Lac") or a title's words ("Quittung·Quittance") stay whole."""
    for m in _GLUED_DOT.finditer(part):
        if _ends_in_form(part[: m.start()]):
            return [part[: m.start()], *_after_form_glued(part[m.end() :])]
    return [part]


#: A full stop after a word and the capitalised word of a new sentence after it.
_FULL_STOP = re.compile(r"(?<=[^\W\d_])\.\s+(?=[A-ZÀ-Ý][a-zà-ÿ]{2,})")


def _sentences_after_form(part: str) -> list[str]:
    """``part`` cut where a sentence ends with a legal form and another sentence follows
    with a number or a colon ("Brennan & Quinlan Accountants Limited. Registered in Ireland
    No. 612345. Registered office: …", "Acme GmbH. Sitz: Köln"): a footer's legal line names
    the company in its first sentence. A form whose next word goes on with the name
    ("Jones & Co. Solicitors") is no sentence's end."""
    out: list[str] = []
    start = 0
    for m in _FULL_STOP.finditer(part):
        rest = part[m.end() :]
        if not (any(ch.isdigit() for ch in rest) or ":" in rest):
            break
        sentence = re.split(r"(?<=[^\W\d_])\.\s", rest, maxsplit=1)[0]
        if len(sentence.split()) < 3 and not any(ch.isdigit() or ch == ":" for ch in sentence):
            continue
        head = part[start : m.start()]
        for name in (head + ".", head):
            if _ends_in_form(name):
                out.append(name)
                start = m.end()
                break
    return [*out, part[start:]]


def _ends_in_form(text: str) -> bool:
    """Whether ``text`` ends with a legal form ("… Limited", "… Ltd.")."""
    end = len(text.rstrip())
    return _legal_form(text) and any(m.end(1) == end for m in _LEGAL_RE.finditer(text))


#: A postcode, a street word (alone or closing a compound of three letters or more before it,
#: "Drottninggatan", "Kirkegata": a name that only ends in its letters is none, "Ngata"), a
#: mailbox or a web address.
_ADDRESSY_ALWAYS = re.compile(
    r"\d{4,5}\s|(?:(?<![^\W\d_])|(?<=[^\W\d_]{3}))"
    r"(?:str\.|stra(?:ss|ß)e|straat|gatan|gata|vägen|väg|weg|gasse|platz|allee|laan|"
    r"plein|gracht|kade|vej|veien|gate)\b|@|www\.|https?:",
    re.IGNORECASE,
)


#: Street words that are also words of names ("Marlowe Street Kitchen", "Via Bella"): an
#: address only beside a house number.
_STREET_WORDS = re.compile(
    r"\b(?:road|street|st\.|avenue|ave\.|blvd|lane|rue|chemin|boulevard|calle|avenida|paseo"
    r"|plaza|via|viale|piazza|corso|box|p\.?o\.?"
    # Malay and Indonesian streets, lanes and estates ("No. 23, Jalan Tun Abdul Razak")
    r"|jalan|jln|lorong|lrg|persiaran|taman|tmn|lebuh|lebuhraya|jl)\b",
    re.IGNORECASE,
)


#: Abbreviated street words, read as an address beside a house number ("Av. Pres. Perón
#: 8820", "Jl. Sudirman 12", "ul. Długa 5").
_STREET_ABBREVIATIONS = re.compile(
    r"(?<!\w)(?:av|avda|avd|jl|jln|ul|str|rd|blvd|cra|cl)\.(?=\s)", re.IGNORECASE
)


#: A street's name shortened with "str." before its house number ("Schanzenstr. 5",
#: "Hauptstr. 12a"): :data:`_ADDRESSY_ALWAYS` wants a word's end after the dot.
_STR_NUMBER = re.compile(r"[^\W\d_]{2,}str\.\s?\d", re.IGNORECASE)


#: A post-office box, with or without its number ("Alpnet Telecom AG, Postfach, 3050 Bern",
#: a Swiss sender line; "Postbus 1200", "Case postale 12", "P.O. Box 30112"): an address part.
_PO_BOX = re.compile(rf"\b(?:{_PO_BOX_WORDS})\b", re.IGNORECASE)


#: One word of letters and nothing else on the line.
_ONE_WORD = re.compile(r"\s*[^\W\d_]+\s*")


class _Addressy:
    """``search(text)``: the text reads as an address line."""

    @staticmethod
    def search(text: str) -> bool:
        if _PO_BOX.search(text):
            return True
        if _ONE_WORD.fullmatch(text):
            # One word alone ends in a street's word only as a name does ("GREENGATE",
            # "Eastweg"): a street's line prints its number or another word.
            return False
        if _ADDRESSY_ALWAYS.search(text) or _STR_NUMBER.search(text):
            return True
        street = _STREET_WORDS.search(text) or _STREET_ABBREVIATIONS.search(text)
        return street is not None and any(c.isdigit() for c in text)


_ADDRESSY = _Addressy()


#: Legal forms that OCR glues to the name before them ("MaschinenbauGmbH", "Oakwoodplc").
_GLUABLE_FORMS = sorted(
    (f for f in LEGAL_FORMS if len(f) >= 2 and f not in ("Co.", "Company", "Corporation")),
    key=len,
    reverse=True,
)
#: Each gluable form with a capital inside a word ("GmbH") and that form as OCR splits it at
#: the capital ("Gmb H"), longest first, made once rather than for every name cleaned.
_SPLIT_FORMS = [
    (form, spaced)
    for form in _GLUABLE_FORMS
    if (spaced := re.sub(r"(?<=[a-z])(?=[A-Z])", " ", form)) != form
]


_HEADING_WORDS = frozenset(compact(w) for w in (*TITLE_WORDS, *SERVICE_WORDS))
_TITLE_TEXTS = frozenset(TITLE_TEXTS)

#: Letters of the Latin, Greek and Cyrillic scripts that look alike, by one letter standing for
#: all of them: OCR without the Cyrillic script reads "ФАКТУРА" as "ΦAKTYPA" or "FAKTYPA".
_LOOK_ALIKE = str.maketrans(
    {
        "А": "A", "Α": "A", "В": "B", "Β": "B", "Е": "E", "Ε": "E", "К": "K", "Κ": "K",
        "М": "M", "Μ": "M", "Н": "H", "Η": "H", "О": "O", "Ο": "O", "Р": "P", "Ρ": "P",
        "С": "C", "Т": "T", "Τ": "T", "У": "Y", "Υ": "Y", "Х": "X", "Χ": "X", "Ф": "F",
        "Φ": "F", "П": "Π", "Г": "Γ", "Л": "Λ", "И": "N", "Ν": "N", "З": "3", "Ѕ": "S",
        "І": "I", "Ι": "I", "Ј": "J", "Ё": "E",
    }
)  # fmt: skip


def look_alike_skeleton(text: str) -> str:
    """``text`` in capitals, its spaces and punctuation dropped, each letter that looks
    alike in the Latin, Greek and Cyrillic scripts written as one of them ("ΦAKTYPA" and
    "ФАКТУРА" are both "FAKTYPA")."""
    letters = "".join(c for c in text.upper() if c.isalnum())
    return letters.translate(_LOOK_ALIKE)


_CYRILLIC_TITLES = frozenset(look_alike_skeleton(t) for t in CYRILLIC_TITLES)


def is_heading_line(text: str) -> bool:
    """A document's title or a bare service word, in any language, with or without the
    accents OCR keeps ("Számla", "HÓA DON GIÁ TRI GIA TĂNG", "TAXI RECEIPT", "領収書"): never
    anyone's name."""
    if re.sub(r"[\s()\[\]:.]+", "", text) in _TITLE_TEXTS:
        return True
    if look_alike_skeleton(text) in _CYRILLIC_TITLES:
        return True
    return all_in(text.replace("đ", "d").replace("Đ", "D"), _HEADING_WORDS)


_CLOSING = frozenset(compact(w) for w in CLOSING_WORDS)
_CLOSING_ALONE = frozenset(CLOSING_ALONE)
_LETTERS = re.compile(r"[^\W\d_]+")


def is_closing_line(text: str) -> bool:
    """A receipt's closing line: thanks, a farewell or a welcome opens it ("Gracias por
    elegirnos", "THANK YOU FOR SHOPPING", "Go raibh maith agat!")."""
    stripped = text.lstrip(" *-=~.!¡¿\"'")
    if stripped.startswith(CLOSING_TEXTS) or compact(text) in _CLOSING_ALONE:
        return True
    words = [compact(w) for w in _LETTERS.findall(text)[:4]]
    return any("".join(words[:n]) in _CLOSING for n in range(1, len(words) + 1))


#: The reader asks the same lines these questions again and again (the seller, the customer, a
#: till's sign: about 2.6 times each on real-dev); both answers depend on the text alone.
_TEXT_CACHE = 8192


#: What sets a bilingual title's languages apart ("Quittung · Quittance · Ricevuta").
_TITLE_SEPARATOR = re.compile(r"\s*[·•|/]\s*")


def _titles_only(text: str) -> bool:
    """A title printed in several languages, one word each and all but one of them a title
    the reader knows ("Quittung·Quittance·Ricevuta", "Receipt / Reçu"): a receipt book's
    heading, no name."""
    parts = [p for p in _TITLE_SEPARATOR.split(text) if p.strip()]
    if len(parts) < 2 or any(len(_LETTERS.findall(p)) != 1 for p in parts):
        return False
    return sum(compact(p) in TITLES for p in parts) >= len(parts) - 1


@lru_cache(maxsize=_TEXT_CACHE)
def _looks_like_name(text: str) -> bool:
    if len(text) < 3 or len(text) > 80:
        return False
    letters = sum(c.isalpha() for c in text)
    if letters < 3 or letters < 0.5 * len(text.replace(" ", "")):
        return False
    if compact(text) in TITLES or is_heading_line(text) or _titles_only(text):
        return False
    if is_closing_line(text) and not _legal_form(text):
        return False
    if _ADDRESSY.search(text) and not _legal_form(text):
        return False
    if find_dates(text) or _read_iban(text):
        return False
    if _FIELD_NAME_END.search(text):
        return False  # "Valuation No", "Valuation date": a label whose value sits beside it
    if _glossed_label(text) or _SUBJECT_RE.match(text):
        return False
    if is_sentence_fragment(text):
        return False
    # A particle that is also a short label ("Le" before a French date, "le 12/03/2026") labels
    # nothing on a line without a date: it opens a name there ("Le Petit Zinc", "Le Comptoir").
    labels = [h for h in find_labels(text) if h.key not in _PARTICLES]
    return not labels or _legal_form(text)


#: Small words that names print in lower case ("Casa de la Luz", "Van der Berg", "Smith & Co"):
#: they do not make a line read as a sentence.
_PARTICLES = frozenset(
    (
        "de", "del", "della", "delle", "dei", "di", "da", "das", "dos", "do", "du", "des", "la",
        "le", "les", "lo", "van", "von", "der", "den", "ter", "ten", "zu", "zum", "zur", "y",
        "e", "et", "and", "und", "en", "og", "och", "of", "the", "el", "al", "bin", "binti",
        "a", "o", "i", "am", "an", "im", "in", "sur", "sul", "on", "by",
    )
)  # fmt: skip
_WORD = re.compile(r"[^\W\d_][^\W_]*")


def _words(text: str) -> list[str]:
    """The words of ``text`` between spaces, each without the marks around it; a token with a
    dot inside ("greystonecabs.co.uk", "S.L.") is one word."""
    return [w for w in (t.strip("\"'“”„«»()[],;:!?.¡¿") for t in text.split()) if _WORD.match(w)]


#: A trademark notice at a receipt's or invoice's foot ("Apex is a trade mark of Apex Fuels
#: UK plc", "® registered trademark of …", "marque déposée de …"): it names the brand's owner,
#: which licenses the brand to the seller, even where it carries a legal form.
_TRADEMARK_NOTICE = re.compile(
    r"\b(?:(?:registered\s+)?trade\s?marks?\s+(?:of|owned\s+by)|registered\s+trade\s?marks?"
    r"|marques?\s+d[ée]pos[ée]es?|eingetragene\s+marke|marchio\s+registrato"
    r"|marca\s+registrada|geregistreerd\s+handelsmerk)\b",
    re.IGNORECASE,
)


def is_sentence_fragment(text: str) -> bool:
    """Words of a sentence, not a name: the line opens with a word in lower case and runs on
    in lower-case words ("es responsable de esta factura", "are not returnable."), or it
    ends in a lower-case word and a full stop ("Mercatia actúa como intermediario."), or it
    is a trademark notice (:data:`_TRADEMARK_NOTICE`). A name's words are capitalised but for
    its particles; a lower-case wordmark is a word or two."""
    if _TRADEMARK_NOTICE.search(text):
        return True
    if _legal_form(text):
        return False
    words = _words(text)
    if len(words) < 3:
        return False
    # Lower-case words of three letters or more: an abbreviation ("sp. z o.o.", "szt.") is none.
    lower = [
        w
        for w in words
        if w[0].islower() and len(w) >= 3 and "." not in w and w.casefold() not in _PARTICLES
    ]
    if len(lower) < 2:
        return False
    if words[0][0].islower():
        return True
    if len(words) >= 6 and len(lower) >= 4 and all(w[0].islower() for w in words[1:]):
        # A sentence in sentence case, capitalised only at its start, as the notices at a
        # ticket's or receipt's foot ("Ingresso valido per il giorno di emissione", "Bitte
        # bewahren sie den beleg auf"): a name capitalises its words but for its particles.
        return True
    return text.rstrip().endswith(".") and words[-1] == lower[-1]


#: A name never ends in a number or date word; a key-value label does.
_FIELD_NAME_END = re.compile(
    r"\b(?:no|nr|n°|no\.|nr\.|#|number|date|datum|id|ref)\s*[.:]?\s*$", re.IGNORECASE
)


#: How a partnership's or firm's name ends ("& Partners", "& Co", "& Sons", "Associates",
#: "Chambers"); descriptive words before it do not make a name ("Chartered Accountants").
_FIRM_END = re.compile(
    r"(?:(?:\s&|\sand|\sund|\set|\sy|\se|,)\s*(?:partners?|partner(?:schaft)?|associates|co\.?"
    r"|company|sons|söhne|sohn|cie\.?|fils|hijos|figli|filhos|zonen)"
    r"|\s(?:partners|associates|chambers|solicitors|attorneys|advocates|advocaten|avocats"
    r"|abogados|advogados|avvocati|rechtsanwälte|architects|accountants|notaries|notarios))\s*$",
    re.IGNORECASE,
)
_FIRM_DESCRIPTORS = frozenset(
    ("chartered", "certified", "public", "registered", "licensed", "legal", "law", "tax",
     "the", "our", "and", "barristers", "solicitors", "notaries", "attorneys", "advocates",
     "accountants", "architects", "auditors", "consultants", "lawyers", "engineers",
     "surveyors", "partners", "associates")
)  # fmt: skip


def is_firm_name(text: str) -> bool:
    """A firm's name without a legal form: a partnership ("Adebayo, Okafor & Partners",
    "Frommelt & Partner", "Brandt & Söhne") or a professional firm ("Wren Chambers",
    "Ortiz Abogados"), with a word of its own before the firm word."""
    m = _FIRM_END.search(text)
    if m is None:
        return False
    own = [
        w
        for w in re.findall(r"[^\W\d_]+", text[: m.start()])
        if w.casefold() not in _FIRM_DESCRIPTORS
    ]
    return bool(own)


#: A letter's subject line ("RE: ACQUISITION OF …", "Betreff:", "Objet :"): it names the
#: matter, never the seller.
_SUBJECT_RE = re.compile(
    r"^\s*(?:re|subject|betreff|betr|objet|oggetto|asunto|assunto|onderwerp|amne|ämne|emne"
    r"|aihe|temat|věc|vec|tárgy|targy|konu|perihal|hal)\s*[:.]\s",
    re.IGNORECASE,
)


#: A bracketed gloss at a line's end: "Địa chỉ (Address)", "Đơn vị bán hàng (Seller)".
_GLOSS = re.compile(r"\(([^()]{2,30})\)\s*:?\s*$")
#: Words of a party's details that a bilingual label glosses, not in the lexicon as labels.
_GLOSS_WORDS = frozenset(
    compact(w)
    for w in (
        "address", "name", "company", "company name", "full name", "phone", "telephone",
        "payment", "signature", "account", "bank", "email", "fax", "serial", "unit",
    )
)  # fmt: skip


def _glossed_label(text: str) -> bool:
    """A label printed in two languages, the second in brackets ("Địa chỉ (Address)",
    "Mã số thuế (Tax code)"): its gloss is a label or a word of a party's details."""
    m = _GLOSS.search(text)
    if m is None or not text[: m.start()].strip():
        return False
    gloss = m.group(1)
    hits = find_labels(gloss)
    return compact(gloss) in _GLOSS_WORDS or bool(hits and hits[0].start == 0)


_GLUED_TITLE = re.compile(
    r"(?<=[\w.)])(?:Rechnung|RECHNUNG|Invoice|INVOICE|Faktura|FAKTURA|Facture|FACTURE)$"
)
#: A document title in capitals before the seller's legal name on one line, as a text layer
#: joins a large title and the name beside it, or as OCR glues them ("RECHNUNG Bergmann
#: Bürobedarf UG", "INVOICEAcme Ltd"): only the titles no business is named after.
_LEADING_TITLE = re.compile(
    r"^(?:RECHNUNG|GUTSCHRIFT|INVOICE|TAX INVOICE|CREDIT NOTE|FACTURE|AVOIR|FACTURA|FACTUUR"
    r"|FATTURA|FAKTURA)(?: +|(?=[A-ZÄÖÜÅÉ][a-zäöüåéèáíóúñ]))(?=\S)"
)


#: Characters OCR confuses inside legal forms ("S.r.I." for "S.r.l.", "A8" for "AB"; Turkey's
#: "A.Ş." read "A.$.", the cedilla taken for the dollar's stroke).
_LEGAL_CONFUSIONS = (
    ("I", "l"), ("l", "I"), ("1", "l"), ("0", "O"), ("8", "B"), ("5", "S"), ("$", "Ş"),
)  # fmt: skip


#: A quantity and its unit as an item's name ends with ("5L", "8 kg", "1.5L", "6PK"): the
#: digit is a digit, not a letter of a legal form OCR misread. A size is never zero: "0G"
#: is Austria's "OG" read with a zero.
_QUANTITY = re.compile(r"(?:[1-9]\d*|0[.,]\d+)(?:[.,]\d+)?\s?(?i:l|ltr|kg|g|ml|cl|m|v|w|pk|x)")


_LEGAL_SET = frozenset(LEGAL_FORMS)
_LEGAL_FOLDED = frozenset(f.casefold() for f in LEGAL_FORMS if " " in f)
_LEGAL_UPPER = frozenset(f.upper() for f in LEGAL_FORMS if "." not in f and " " not in f)


#: A legal form in capitals glued to the word before it ("Roux & FilsSARL au capital",
#: "MüllerGmbH"): OCR lost the space.
_GLUED_TO_WORD = re.compile(r"([^\W\d_]{2}[^\W\d_A-Z])([A-Z][A-Za-z]{1,4})(?![\w.])")
#: A dotted legal form glued to a number before it ("RUTA 3S.R.L.", "LOCAL 12S.A."): OCR lost
#: the space.
_GLUED_TO_NUMBER = re.compile(r"(?<=\s)(\d+)((?:[A-Za-z]{1,2}\.){2,4})$")
#: A legal form in capitals that closes a name in capitals, joined to its last word by a
#: point where OCR read the space as one ("SUPERMERCADO DON TITO.LTDA"). A form of two
#: letters after a point is a country's web domain ("KJELL.SE", "NAHDIONLINE.SA"), no form.
_GLUED_BY_POINT = re.compile(r"(\s[^\W\d_]*[^\W\d_a-z]{3})\.([A-Z]{3,5})$")
#: A dotted legal form joined to the name's last word by a point where OCR read the space as
#: one ("Gostilna Pri Lipi.d.o.o.", "Pekárna Novák.s.r.o.").
_DOTTED_BY_POINT = re.compile(r"(\s[^\W\d_]{2,})\.((?:[^\W\d_]{1,3}\.){2,4})$")


def _unglued(text: str) -> str:
    """``text`` with a dotted legal form glued to a number ("RUTA 3S.R.L.") or to the last word
    by a point ("Pri Lipi.d.o.o."), or one in capitals glued to the last word by a point ("DON
    TITO.LTDA"), set apart by a space."""
    glued = _GLUED_TO_NUMBER.search(text)
    if glued is not None and glued.group(2) in _LEGAL_SET:
        text = f"{text[: glued.start()]}{glued.group(1)} {glued.group(2)}"
    pointed = _GLUED_BY_POINT.search(text)
    if pointed is not None and pointed.group(2) in _LEGAL_UPPER:
        text = f"{text[: pointed.end(1)]} {pointed.group(2)}"
    dotted = _DOTTED_BY_POINT.search(text)
    if dotted is not None and dotted.group(2) in _LEGAL_SET:
        text = f"{text[: dotted.end(1)]} {dotted.group(2)}"
    return text


#: A name ending in a dot, then a lone quote mark or accent that closes nothing.
_SPECK_AFTER_FORM = re.compile(r"^([^'’`´\"]*\.)\s?['’`´]$")


def _without_speck(text: str) -> str:
    """``text`` without a lone quote mark or accent after a dotted legal form."""
    speck = _SPECK_AFTER_FORM.match(text)
    return speck.group(1) if speck is not None and _legal_form(speck.group(1)) else text


def _fix_legal_form(text: str) -> str:
    """Last words that are a legal form but for one OCR confusion are that legal form ("S.r.I."
    → "S.r.l.", "Sp. z 0.o." → "Sp. z o.o."), or glued to a number ("RUTA 3S.R.L."); a
    legal form in capitals glued to the word before it anywhere ("FilsSARL"); a speck a scan
    left after a dotted legal form ("Molinos del Oeste S.R.L.'") dropped."""
    text = _without_speck(text)
    for m in reversed(list(_GLUED_TO_WORD.finditer(text))):
        # A name read with no space at all ("NordiskaVerktygAB") is split whole elsewhere.
        spaced = " " in text[: m.start()]
        if spaced and m.group(2) in _LEGAL_SET and sum(c.isupper() for c in m.group(2)) >= 2:
            text = f"{text[: m.start(2)]} {text[m.start(2) :]}"
    text = _unglued(text)
    words = text.split(" ")
    # An item's size ("Screenwash 5L", "Water 8 L") is no misread "SL" or "BV".
    tails = [
        (" ".join(words[:-n]), " ".join(words[-n:]))
        for n in (3, 2, 1)
        if len(words) > n and not _QUANTITY.fullmatch(" ".join(words[-n:]))
    ]
    if any(last in _LEGAL_SET for _, last in tails):
        return text
    for head, last in tails:
        for wrong, right in _LEGAL_CONFUSIONS:
            fixed = last.replace(wrong, right)
            if fixed != last and fixed in _LEGAL_SET:
                return f"{head} {fixed}"
    for head, last in tails[:-1]:
        # A form of several words is printed in either case ("Sp. z o.o.", "SP. Z O.O."): a
        # misread letter takes the case of the others.
        lower = sum(c.islower() for c in last) > sum(c.isupper() for c in last)
        fixed = last.replace("0", "o" if lower else "O")
        if fixed != last and fixed.casefold() in _LEGAL_FOLDED:
            return f"{head} {fixed}"
    return text


#: A speck or dot OCR reads before a name's first letter (".Kearny Mesa Fuel LLC", "·ACME"),
#: or a logo's cross or star read as a sign before it ("+ FARMASI"): no name opens with one.
_LEADING_SPECK = re.compile(r"^(?:[.·•]+|[+*]\s)(?=[^\W\d_])")


def without_leading_speck(text: str) -> str:
    """``text`` without a speck, dot or logo glyph before its first letter."""
    return _LEADING_SPECK.sub("", text)


#: A lower-case one-word wordmark after one letter of its own, apart: the logo's shape OCR or a
#: text layer reads as its initial ("a azurel", "k kleio").
_LOGO_LETTER = re.compile(r"^([a-z])\s+(\1[a-z]{2,})$")
#: The same before a wordmark in capitals ("B BRANDT & SÖHNE"); a capital before a name in
#: mixed case stays, a real initial ("B Braun"), and so does one before a legal name in
#: capitals ("M MUSTERMANN GMBH", "B BRAUN MELSUNGEN AG"): a wordmark has no legal form.
_CAPITAL_LOGO_LETTER = re.compile(r"^([A-Z])\s+(\1\w{2,}\b.*)$")


def without_logo_letter(part: str) -> str:
    """``part`` without the logo's letter before the wordmark it opens."""
    m = _LOGO_LETTER.match(part.strip())
    if m is not None:
        return m.group(2)
    m = _CAPITAL_LOGO_LETTER.match(part.strip())
    if m is not None and m.group(2).isupper() and not _legal_form(m.group(2)):
        return m.group(2)
    return part


#: An operator's words in the languages we read: who runs the place ("operated by", "betrieben
#: von", "exploité par", "drives av", "gestito da", ...), before the operator's name.
_OPERATED_BY = (
    r"operated\s+by|exploit[ée]e?\s+par|drives\s+av|drevet\s+av|drivs\s+av|drevet\s+af"
    r"|betrieben\s+(?:von|durch)|ge[ëe]xploiteerd\s+door|uitgebaat\s+door|explotad[oa]\s+por"
    r"|operad[oa]\s+por|gestit[oa]\s+da"
)
#: The words that open an operator's line before its legal name ("Exploitant: De Linde
#: Supermarkten B.V.", "drives av Sunnmøre Hotelldrift AS", "operated by Harrow Fuels Ltd"):
#: the name is what follows them.
_LEADING_OPERATOR = re.compile(
    # ... also after a few words naming the shop or the franchise ("Franchise store operated
    # by", "Kiwi Kitchen is operated by", "independently owned & operated by"), and the
    # German "Betreiber:".
    r"^(?:[^\d:;]{0,50}?\b(?:is\s+)?(?:independently\s+)?(?:owned\s+(?:and|&)\s+)?operated\s+by"
    rf"|betreiber(?:in)?(?=\s*:)|exploitant|{_OPERATED_BY})\s*:?\s+(?=\S)",
    re.IGNORECASE,
)


#: A licence the operator holds, run on after its name ("Tasman Hospitality Ltd under
#: licence from ...", "... LLC under license", "... Ltd under"): no part of the name.
_UNDER_LICENCE = re.compile(
    r"\s+under(?:\s+(?:licen[cs]e|franchise|a\s+franchise|agreement)\b.*)?\s*$", re.IGNORECASE
)
#: "by" opening a line that goes on to its licence (the second line of "This restaurant is
#: independently owned & operated" / "by Lakeshore Restaurant Group LLC under license").
_LEADING_BY = re.compile(r"^by\s+(?=\S)", re.IGNORECASE)


#: A line that ends in an operator's words, its name on the line under it ("Franchise store
#: operated by" / "Wanjiru Enterprises Ltd"): no first line of that name.
_OPERATOR_END = re.compile(
    rf"\b(?:{_OPERATED_BY}|(?:owned|managed|run)\s+by)\s*:?\s*$", re.IGNORECASE
)


def ends_with_operator_words(text: str) -> bool:
    """Whether ``text`` ends in an operator's words, the name following on the next line."""
    return _OPERATOR_END.search(text) is not None


def _without_lead(text: str) -> str:
    """A legal name without an operator's words or a document title run in before it, and
    without a licence run on after it."""
    licensed = _UNDER_LICENCE.search(text)
    if licensed and _legal_form(text[: licensed.start()]):
        text = text[: licensed.start()]
        by = _LEADING_BY.match(text)
        if by and _legal_form(text[by.end() :]):
            text = text[by.end() :]
    for lead in (_LEADING_OPERATOR, _LEADING_TITLE):
        found = lead.match(text)
        if found and _legal_form(text[found.end() :]):
            return text[found.end() :]
    return text


@lru_cache(maxsize=_TEXT_CACHE)
def _clean_name(text: str) -> str:
    text = _without_lead(_fix_legal_form(without_leading_speck(text.strip(" :,;"))))
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
    # A name with spaces keeps its capitals inside words: "FunkNetz Mobil GmbH", "TaxiCentrale
    # Utrecht B.V." are spelled so (OCR's dropped spaces are put back by the OCR engine itself,
    # engines/ocr/spaces.py).
    # ... but never inside the legal form itself ("Gmb H").
    for form, spaced in _SPLIT_FORMS:
        if text.endswith(spaced):
            text = text[: -len(spaced)] + form
    return text


#: Words of a till's software before a seller label ("POS Supplier:", "Software Provider:").
_TILL_SUPPLIER = frozenset(compact(w) for w in TILL_SUPPLIER_WORDS)


#: A rule to sign on after a party's label ("Kupac: ____________", "Customer: ..........").
SIGN_RULE_RE = re.compile(r"[\s:：]*[_.…]{4,}\s*")


def _name_after_label(
    fld: str, text: str, score: float, seg: Segment, hit: LabelHit, doc: _Doc, add: _Add
) -> bool:
    """A party's name after its label ("Bill to", "Lieferant"): words, not a number."""
    name = text.strip()
    if is_sentence_fragment(name):
        return False  # "El vendedor es responsable de esta factura": a sentence, not a label
    if SIGN_RULE_RE.fullmatch(hit.label_text[hit.end :]):
        # "Kupac: ____________": where a party signs, its name none; the line under the rule
        # is the page's footer, most often the seller's own.
        return True
    if fld == "vendor" and hit.start > 0 and compact(hit.label_text[: hit.start]) in _TILL_SUPPLIER:
        return False  # "POS Supplier: …": who supplied the till's software, not the seller
    qualified = _QUALIFIER.match(name)
    if (
        qualified is not None
        and not _known_label(qualified.group(1))
        and (" " not in qualified.group(1) or qualified.group(1).islower())
    ):
        # "Proveedor tecnológico: FacturaYa S.A.S.": a longer label the lexicon does not know
        # goes on past the one it found; the name after it is another party's (the e-invoice
        # software's provider), not the one the found label names.
        return False
    words = name.split()
    if words and len(words) <= 3 and compact(words[0]) in TITLES:
        # The heading of the next column in the label's row ("Sold by" … "Invoice details",
        # "Verkauft von" … "Rechnungsdetails"): the name is under the label, not beside it.
        return False
    name = _without_trade_name(name)
    numbered = _NUMBERED_COMPANY.match(name) is not None and _legal_form(name)
    if name and sum(c.isalpha() for c in name) >= 2 and (numbered or not _numeric_start(name)):
        add(fld, _clean_name(name), score * 0.8, seg, text)
        return True
    # "Vendedor: 03 LUCIA", "Cashier: 12 Tom": a till's clerk, by number and first name, in
    # the label's own cell. The label has its value there, no name to look for beside it.
    return seg.text == hit.label_text and _CLERK.match(name) is not None


#: A numbered company: the registry's number, then its province and a legal form ("2287416
#: Ontario Inc.", "9123-4567 Québec inc."), as Canadian firms are incorporated; a customer's
#: or supplier's number before a name is none ("Kunde: 10045 Bäckerei Sommer GmbH").
_NUMBERED_COMPANY = re.compile(
    r"^\d{4,10}(?:-\d{3,6})?\s+(?:ontario|qu[ée]bec|alberta|british\s+columbia|b\.\s?c\.?"
    r"|manitoba|saskatchewan|nova\s+scotia|n\.\s?s\.?|new\s+brunswick|n\.\s?b\.?"
    r"|newfoundland(?:\s+(?:and|&)\s+labrador)?|prince\s+edward\s+island|p\.e\.i\.?|yukon"
    r"|nunavut|northwest\s+territories|n\.w\.t\.?|canada)(?=[\s.,])",
    re.IGNORECASE,
)
#: The name a firm trades under after its legal name ("2287416 Ontario Inc. o/a Quickfix
#: Plumbing", "Acme Ltd t/a Acme Cafe", "... d/b/a ...", "trading as"): the legal name is the
#: party's.
_TRADING_AS = re.compile(
    r"\s+(?:o/a|t/a|d/b/a|dba|trading\s+as|operating\s+as|doing\s+business\s+as)\s+\S.*$",
    re.IGNORECASE,
)


def _without_trade_name(name: str) -> str:
    """``name`` without the trade name it is followed by, where a legal name precedes it."""
    m = _TRADING_AS.search(name)
    return name[: m.start()] if m and _legal_form(name[: m.start()]) else name


#: A word and a colon opening a label's value ("tecnológico: …" after "Proveedor"), or a few
#: words in lower case ("servicii de facturare: …" after Romania's "Furnizor"; a name's are
#: capitalised: "Alfa Construct SRL CUI: …").
_QUALIFIER = re.compile(r"^([^\W\d_]{3,}|[^\W\d_]{2,}(?:\s+[^\W\d_]{2,}){1,3})\s?:\s*\S")


def _known_label(word: str) -> bool:
    """Whether ``word`` is a label of its own in the lexicon ("Name", "Firma")."""
    key = label_key(word)
    return any(k == key for k, _ in label_index().get(key[:2], []))


#: A clerk's number and first name ("03 LUCIA").
_CLERK = re.compile(r"^\d{1,4}\s+[^\W\d_]{2,}(?:\s+[^\W\d_]{2,})?$")


#: A zero opening a name before an apostrophe and a letter: the Irish "O'" ("0'Donoghue's").
_ZERO_BEFORE_APOSTROPHE = re.compile(r"(?<!\w)0(?=['’][^\W\d_])")
_ZERO_WORD = re.compile(r"(?<![\w])(?=[^\W_]*0)(?=[^\W_]*[^\W\d_]{2})[^\W\d_]*0[^\W_]*(?![\w])")


def _zero_as_letter(name: str, page_text: str) -> str:
    """A ``0`` among a word's letters is a letter OCR misread ("S0NDERGADE"): spelled as the
    page prints the word elsewhere ("Søndergade 21"), else as ``O``."""

    def fix(m: re.Match[str]) -> str:
        word = m.group(0)
        if any(c.isdigit() and c != "0" for c in word):
            return word
        pattern = "".join("[^\\W\\d_]" if c == "0" else re.escape(c) for c in word)
        for other in re.finditer(rf"(?<!\w){pattern}(?!\w)", page_text, re.IGNORECASE):
            if "0" not in other.group(0):
                spelled = other.group(0)
                return (
                    spelled.upper()
                    if word.isupper() or word.replace("0", "").isupper()
                    else spelled
                )
        return word.replace("0", "O")

    return _ZERO_WORD.sub(fix, _ZERO_BEFORE_APOSTROPHE.sub("O", name))


#: Words that only a Hungarian invoice prints ("Számla", "Adószám", "Fizetési határidő").
_HUNGARIAN = re.compile(
    r"\b(?:számla|szamla|adószám|adoszam|fizetési|fizetesi|teljesítés|teljesites|kelte"
    r"|bruttó|nettó|összesen|osszesen|eladó|vevő|vevö|vevo)\b",
    re.IGNORECASE,
)
#: A word ending in consonants and "ó" or "ú", the vowel before them "e" or "é": Hungarian vowel
#: harmony wants "ő" / "ű" there ("Villanyszerelő", "vezető"); OCR reads the double acute
#: as a single one ("Villanyszereló").
_SHORTENED = re.compile(r"(?<=[eé])([^\W\daeiouáéíóöőúüű]+)([óú])(?=\W|$)", re.IGNORECASE)


def is_hungarian(text: str) -> bool:
    """Whether ``text`` reads as a Hungarian invoice: two of its words at least."""
    return len({m.group(0).casefold() for m in _HUNGARIAN.finditer(text)}) >= 2


def hungarian_long_vowels(name: str) -> str:
    """``name`` with "ó" / "ú" after a front-vowel syllable read as "ő" / "ű"."""
    long = {"ó": "ő", "Ó": "Ő", "ú": "ű", "Ú": "Ű"}
    return _SHORTENED.sub(lambda m: m.group(1) + long[m.group(2)], name)
