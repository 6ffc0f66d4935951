"""Labels inside a segment's text: where each starts and ends, and the fields it may name.

Matching is done on the lexicon's compact form (:mod:`.lexicon`), mapped back to positions in
the original text so that the value after a label can be cut out cleanly.
"""

from __future__ import annotations

import re

from invoice_scanner_processing.extractors.rules.lexicon import (
    MARKED_ONLY_KEYS,
    compact,
    fold_char,
    label_index,
)
from invoice_scanner_processing.extractors.rules.parsing import find_dates
from invoice_scanner_processing.extractors.rules.segments import LabelHit
from invoice_scanner_processing.extractors.rules.vocabulary import (
    COLON_ONLY_LABELS,
    CONTAINER_WORDS,
    HEADING_ONLY_LABELS,
    PAYER_LABELS_ALONE,
)

#: A rate alone before a label: "9%", "10 %", "2.5%", also in brackets: "(8% tax ¥78)", and
#: after the letter of its tax class, as tills print it: "A 5% ÁFA", "B 18% ÁFA", also with
#: the two zeros Hungarian tills print after it ("A00 5% ÁFA", "C00 27% ÁFA").
_LEADING_RATE = re.compile(r"(?:[A-Z](?:00)?\s)?\(?\d{1,2}(?:[.,]\d{1,2})?\s?%")
#: The word of an amount's sign before its label ("Add: CGST @ 9%", "Less: Discount",
#: "zzgl. MwSt."): the label after it names the line.
_LEADING_SIGN = re.compile(r"(?:add|less|plus|minus|zzgl|abzgl|moins|más|mas|più)\s*[:.]?", re.I)
#: A label and its money amount before another money label that closes the line, its amount
#: in the next cell ("Netto 19 %: 494,20 MwSt 19 %" | "93,90", as a tax breakdown chains net
#: and tax per rate): the pair is closed, so the money label after it opens the next pair.
_CLOSED_PAIR = re.compile(r"[^\W\d_].*\d[.,]\d{2}$")
_RATE_ONLY = re.compile(r"\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s?%)?\s*:?\s*")
_MONEY_FIELDS = frozenset(("net", "vat", "total"))

#: EN 16931's number of a business term or group, printed beside its label by e-invoice
#: visualisations ("Numéro de facture (BT-1)", "Rechnungsdatum (BT-2)", "(BG-4)",
#: "(BT-38/37)"): part of the label, never its value.
_CODE = r"B[TG]\s?[-–‐]\s?\d{1,3}(?:\s?/\s?\d{1,3})*(?![\w\-–‐/])"
#: A code in brackets, as visualisations print it: stripped wherever it stands. A bare one
#: ("BT-12") might be a number's own letters, so it counts only right after a label.
_BRACKETED_CODE = re.compile(rf"(?<!\w)[(\[]\s*{_CODE}\s*[)\]]")
_TRAILING_CODES = re.compile(rf"(?:\s*(?:[(\[]\s*{_CODE}\s*[)\]]|{_CODE}))+")
#: The code alone before a label, as other visualisations print it ("BT-112 Montant total
#: TVA comprise", "BT-1 Invoice number"): the label opens the line all the same.
_LEADING_CODE = re.compile(rf"\s*(?:[(\[]\s*{_CODE}\s*[)\]]|{_CODE})\s*")


def strip_codes(text: str) -> str:
    """``text`` without the bracketed EN 16931 codes printed in it ("Total TTC (BT-112)" →
    "Total TTC")."""
    return re.sub(r"\s{2,}", " ", _BRACKETED_CODE.sub(" ", text)).strip()


def _past_codes(text: str, end: int) -> int:
    """The end of a label extended over the EN 16931 codes printed right after it."""
    m = _TRAILING_CODES.match(text, end)
    return m.end() if m else end


#: A label printed as the bracketed gloss of one in another language, before its colon:
#: "Đơn vị bán hàng (Seller) : …", "Ngày (Date): …", "الإجمالي (Total): …".
_GLOSS_OPEN = re.compile(r"\S\s*\(\s*$")
_GLOSS_CLOSE = re.compile(r"\s*\)\s*(?=[:：])")


def _past_gloss(text: str, hit: LabelHit, end: int) -> int:
    """The end of a label that fills a bracketed gloss after words of another language and
    stands before a colon ("… (Seller) : Công ty …"): past its closing bracket, so that the
    colon marks it as a label and the value after it is cut cleanly."""
    if _GLOSS_OPEN.search(text, 0, hit.start) is None:
        return end
    m = _GLOSS_CLOSE.match(text, end)
    return m.end() if m else end


def _letter_o(text: str, i: int) -> bool:
    """A zero that OCR read for the letter O: inside a word of letters ("R0UND 0FF",
    "Rounding Adj"), with no digit beside it."""
    prev = text[i - 1] if i > 0 else " "
    nxt = text[i + 1] if i + 1 < len(text) else " "
    if prev.isdigit() or nxt.isdigit():
        return False
    return prev.isalpha() or nxt.isalpha()


def _letter_l(text: str, i: int) -> bool:
    """A one that OCR read for the letter l closing a word of letters ("Bi11#", "Bil1 No",
    "Tota1"): a run of at most two ones after two letters, the last of them small, with no
    digit after the run. A code's digits ("SK01", "A1") follow a capital or a digit."""
    start = i
    while start > 0 and text[start - 1] == "1":
        start -= 1
    end = i
    while end < len(text) and text[end] == "1":
        end += 1
    if end - start > 2 or start < 2:
        return False
    if not (text[start - 1].isalpha() and text[start - 1].islower() and text[start - 2].isalpha()):
        return False
    return end == len(text) or not text[end].isalnum()


def _compact_map(text: str) -> tuple[str, list[int]]:
    chars: list[str] = []
    pos: list[int] = []
    for i, c in enumerate(text):
        if c == "1" and _letter_l(text, i):
            chars.append("l")
            pos.append(i)
            continue
        for ch in "o" if c == "0" and _letter_o(text, i) else fold_char(c):
            chars.append(ch)
            pos.append(i)
    return "".join(chars), pos


def _word_start(text: str, i: int) -> bool:
    if i == 0:
        return True
    prev, cur = text[i - 1], text[i]
    if not prev.isalnum():
        return True
    # OCR that drops spaces still leaves case changes and letter/digit changes.
    if prev.islower() and cur.isupper():
        return True
    return prev.isdigit() != cur.isdigit()


def _word_end(text: str, last: int, nxt: int | None) -> bool:
    if nxt is None:
        return True
    if nxt > last + 1:
        return True  # a space or punctuation was skipped
    a, b = text[last], text[nxt]
    # A label ending in its "#" ends there, whatever the number glued to it opens with
    # ("Order #CO-5512", "Invoice #INV-1").
    if a == "#":
        return True
    if a.islower() and b.isupper():
        return True
    return a.isdigit() != b.isdigit() or not b.isalnum()


#: After a tax's label, the words that name what it is charged on: "VAT 16% on agency, docs
#: & transport", "GST on fees", "TVA 20 % sur honoraires", "MwSt. 19 % auf Arbeitslohn".
_TAX_BASE = re.compile(r"\s*(?:\d{1,2}(?:[.,]\d{1,2})?\s?%\s*)?(?:on|sur|auf|su|sobre|op)\s")


#: Latin capitals (and signs) that look like a Greek or a Cyrillic capital, one for one: OCR
#: that lacks the script mixes them into its words ("ΣYNOΛO" for "ΣΥΝΟΛΟ", "ИTOГO").
_AS_GREEK = str.maketrans(
    {
        "A": "Α", "B": "Β", "E": "Ε", "H": "Η", "I": "Ι", "K": "Κ", "M": "Μ", "N": "Ν",
        "O": "Ο", "P": "Ρ", "T": "Τ", "X": "Χ", "Y": "Υ", "Z": "Ζ", "Ý": "Υ", "∏": "Π",
        "∆": "Δ", "∑": "Σ",
    }
)  # fmt: skip
_AS_CYRILLIC = str.maketrans(
    {
        "A": "А", "B": "В", "E": "Е", "H": "Н", "K": "К", "M": "М", "O": "О", "P": "Р",
        "C": "С", "T": "Т", "X": "Х", "Y": "У",
    }
)  # fmt: skip
_GREEK_RE = re.compile(r"[\u0370-\u03ff]")
_CYRILLIC_RE = re.compile(r"[\u0400-\u04ff]")
_MIXED_WORD_RE = re.compile(r"[^\W\d_][^\s:.,/]*")


def in_lookalike_capitals(text: str, page_text: str) -> bool:
    """Whether ``text`` is written only in Latin capitals that have a Greek (or a Cyrillic)
    twin, on a page that writes in that script: OCR read a word of the page's script in
    Latin letters ("TABEPNA" for "ΤΑΒΕΡΝΑ"), so the word as read is not the one printed."""
    letters = [c for c in text if c.isalpha()]
    if len(letters) < 3:
        return False
    for table, script in ((_AS_GREEK, _GREEK_RE), (_AS_CYRILLIC, _CYRILLIC_RE)):
        if all(ord(c) in table for c in letters) and len(script.findall(page_text)) >= 20:
            return True
    return False


def _native_script(text: str) -> str:
    """``text`` with each word that mixes Latin capitals into Greek or Cyrillic letters
    written in the word's own script, letter for letter (so every position stays): the
    labels of those scripts are then found as printed."""
    if not (_GREEK_RE.search(text) or _CYRILLIC_RE.search(text)):
        return text

    def native(m: re.Match[str]) -> str:
        word = m.group()
        if _GREEK_RE.search(word):
            return word.translate(_AS_GREEK)
        if _CYRILLIC_RE.search(word):
            return word.translate(_AS_CYRILLIC)
        return word

    return _MIXED_WORD_RE.sub(native, text)


#: A date's format note in brackets after its label, three short words or letter runs apart
#: ("Data (zi/lună/an):", "Datum (TT.MM.JJJJ)", "Date (dd/mm/yyyy)"): the label's gloss, its
#: words no labels ("an", the year in Romanian, is German's "to").
_DATE_FORMAT_NOTE = re.compile(
    r"\(\s*[^\W\d_]{1,5}\s*([/.\-])\s*[^\W\d_]{1,5}\s*\1\s*[^\W\d_]{1,5}\s*\)"
)


def _in_note(hit: LabelHit, notes: list[tuple[int, int]]) -> bool:
    """Whether ``hit`` starts inside one of the spans ``notes`` (:data:`_DATE_FORMAT_NOTE`)."""
    return any(a <= hit.start < b for a, b in notes)


def find_labels(text: str) -> list[LabelHit]:
    """Labels in ``text``: always at its start; further in only when clearly a label (followed
    by a colon, or a long specific word), so descriptions such as ``Total cleaning`` do not
    turn into labels."""
    text = _native_script(text)
    comp, pos = _compact_map(text)
    if not comp:
        return []
    notes = [m.span() for m in _DATE_FORMAT_NOTE.finditer(text)]
    index = label_index()
    hits: list[LabelHit] = []
    i = 0
    n = len(comp)
    while i < n:
        if not _word_start(text, pos[i]):
            i += 1
            continue
        best = _longest_label(text, comp, pos, i, index)
        if best is not None and (_glued_code(text, best) or _in_note(best, notes)):
            best = None
        if best is not None:
            best.end = _past_gloss(text, best, _past_codes(text, best.end))
        if best is not None and _stands_as_label(text, best, i):
            if _LEADING_CODE.fullmatch(text[: best.start]):
                best.start = 0  # the code is part of the label that opens the line
            hits.append(best)
            if "vat" in best.fields and _TAX_BASE.match(text, best.end):
                # "VAT 16% on agency, docs & transport": what follows names what the tax is
                # on, no further label (a forwarder's or agent's tax on some lines only).
                break
            while i < n and pos[i] < best.end:
                i += 1
            continue
        i += 1
    return hits


def _longest_label(
    text: str, comp: str, pos: list[int], i: int, index: dict[str, list[tuple[str, str]]]
) -> LabelHit | None:
    """The longest label starting at compact position ``i`` and ending at a word's end, with
    every field a label of that spelling names."""
    n = len(comp)
    best: LabelHit | None = None
    for key, fld in index.get(comp[i : i + 2], []):
        if best is not None and len(key) < len(best.key):
            break
        if not comp.startswith(key, i):
            continue
        j = i + len(key)
        if not _word_end(text, pos[j - 1], pos[j] if j < n else None):
            continue
        if not _label_in_place(key, text, pos[i], pos[j - 1] + 1):
            continue
        if best is None:
            best = LabelHit(pos[i], pos[j - 1] + 1, (fld,), key, text)
        elif key == best.key and fld not in best.fields:
            best.fields = (*best.fields, fld)
    return best


#: Words after "Guest" that make it a restaurant's or a card slip's word, not a folio's label
#: of the guest's name ("GUEST COPY", "Guest Receipt", "Guest Check").
_GUEST_NOT_NAMED = re.compile(r"\s*(?:copy|receipt|check|count|bill|wifi|wi-fi)\b", re.IGNORECASE)


def _guest_named(after: str) -> bool:
    """Whether "Guest" is a folio's label of the guest: a name after it ("Guest: Ms. Dana
    Reyes"), or its colon alone ("Guest:" | the name beside); a count ("Guest: 2", a
    restaurant's covers) or "Guest" alone over the restaurant's name is none."""
    rest = after.lstrip(" .")
    if rest.startswith((":", "：")):
        rest = rest[1:].strip()
        if not rest:
            return True
    return bool(_WORD_AFTER.match(rest)) and not _GUEST_NOT_NAMED.match(rest)


def _label_in_place(key: str, text: str, start: int, end: int) -> bool:
    """Whether the label ``key`` read at ``text[start:end]`` stands where a label of its kind
    may: the short and cut-short spellings below count only with what they need around them."""
    if key in MARKED_ONLY_KEYS and not _marked_label(text, start, end):
        return False
    if key in COLON_ONLY and _COLON_AFTER.match(text, end) is None:
        return False
    if key in CUT_SHORT and _WORD_AFTER.match(text, end) is not None:
        return False
    if key == "guest" and not _guest_named(text[end:]):
        return False
    if key == _NOTE_NUMBER_KEY and not _note_number(text, start, end):
        return False
    if key in HEADING_ONLY and text[:start].strip():
        return False
    return not (key in OPENING_ONLY and _WORD_BEFORE.search(text[:start]))


#: Short labels that are also the letters opening a number ("INV 2024-001", "INV-88"): a
#: label only before a colon or "#" ("Inv: 8821-24-007766"); so is India's short "Dt" for a
#: date ("Dt: 19-03-2026"), which may open a code or a name elsewhere. Poland's bare "Numer"
#: too: before its colon it is the document's ("Numer: FV/45/03/2026"); before another word it
#: opens a longer label, the number of something else ("Numer PPE:", "Numer telefonu").
COLON_ONLY = frozenset({"inv", "dt", "numer", *COLON_ONLY_LABELS})
_COLON_AFTER = re.compile(r"\.?\s*[:#：]")
#: Short labels that count only where no word of letters is printed right before them: a
#: word there names another document's date ("PO Dt:", "DC Dt:", "LR Dt:", "Due Dt:"), or
#: another date than the issue's ("Fecha Límite de Emisión", a Bolivian authorisation's
#: deadline, beside "Emissão" / "Emisión" alone over the issue date's cell).
OPENING_ONLY = frozenset({"dt", "emissao", "emision"})
#: A party block's headings that a sentence may end in ("... your billing address", "Payment
#: service provider: ..."): labels only opening their line.
HEADING_ONLY = frozenset(compact(w) for w in HEADING_ONLY_LABELS)
_WORD_BEFORE = re.compile(r"[^\W\d_]\.?\s*$")

#: A net's label with its tax word cut off ("Total excl", "Total excluding"): one only where no
#: word follows it; "Total excluding city tax", "Total excl. delivery" leave out something else.
#: So is a receipt book's French payer's label ("Reçu de", :data:`.vocabulary.PAYER_LABELS`).
CUT_SHORT = frozenset({"totalexcl", "totalexcluding", "amountexcl", "subtotalexcl"}) | frozenset(
    compact(w) for w in PAYER_LABELS_ALONE
)
_WORD_AFTER = re.compile(r"\.?\s*[^\W\d_]")

#: A French bill's "Note n°" / "NOTE N." (:data:`.vocabulary.LABELS`): its own number only as
#: the line's first words, the "n" marked and no word after it; "Note : n° de commande" is a
#: remark about an order, "Delivery note n°" another document's number.
_NOTE_NUMBER_KEY = "noten"
_NOTE_NUMBER = re.compile(r"note\s*n\s*[°º.]\s*(?:[:#]\s*)?(?![^\W\d_]{2})", re.IGNORECASE)


def _note_number(text: str, start: int, end: int) -> bool:
    """Whether "Note n" at ``text[start:end]`` is a bill's number label."""
    m = _NOTE_NUMBER.match(text, start)
    return m is not None and m.end() >= end and _WORD_BEFORE.search(text[:start]) is None


#: What follows a label of :data:`.lexicon.MARKED_ONLY_KEYS`: a colon or "#".
_MARKED_VALUE = re.compile(r"\s*[:#]")


def _marked_label(text: str, start: int, end: int) -> bool:
    """A label that counts only printed with its marks ("Số:", "HĐ:"; "SO" is a sales
    order), and only before a colon: "Số lượng" is the quantity, "Số 18 Phố Huế" an
    address."""
    return not text[start:end].isascii() and _MARKED_VALUE.match(text, end) is not None


def _stands_as_label(text: str, hit: LabelHit, i: int) -> bool:
    """At the text's start a label always counts; further in only when followed by a colon or
    "#", when long and specific, or after a separator."""
    after = text[hit.end :].lstrip(" .")
    # A label whose own key closes with its mark ("RCPT#", "TRANS#") is one mid-line too:
    # "05/11/2026 3:27 PM RCPT# 0881-2-4410" prints the receipt's number after the time.
    marked = len(hit.key) >= 4 and hit.key[-1] in "#:"
    strong = after.startswith((":", "#")) or marked or len(hit.key) >= 8
    before = text[: hit.start].rstrip()
    if i and not after.startswith((":", "#")) and _CONTAINER_END.search(before):
        # "VAT 20% included in subtotal £79.22": the label names what the tax is in.
        return False
    # "Summe / Total", "Datum / Date": bilingual labels name one value; "9% GST",
    # "10% Svc Chg": a receipt prints the rate before the tax's or charge's name.
    return (
        i == 0
        or _LEADING_CODE.fullmatch(before) is not None
        or strong
        or before.endswith(("·", "|", "•", ";", ",", "/"))
        or _LEADING_RATE.fullmatch(before) is not None
        or _LEADING_SIGN.fullmatch(before) is not None
        or _tax_code_before(before, hit, after)
        or _between_dates(before, hit, after)
        or (
            bool(_MONEY_FIELDS & set(hit.fields))
            and _CLOSED_PAIR.match(before) is not None
            and _RATE_ONLY.fullmatch(after) is not None
        )
    )


#: A till's tax class before its tax's name, a letter or digit alone ("1 MwSt 7%", "B USt
#: 19 %") or set equal to it ("G = GST 5%", "P = PST 7%" under a Canadian till's items coded
#: G and P), and the rate the name is followed by.
_TAX_CODE = re.compile(r"[A-Z0-9](?:[).:]|\s?=)?")
_RATE_AFTER = re.compile(r"\d{1,2}(?:[.,]\d{1,2})?\s?%")
#: The class before its rate before the tax's name ("1) 10% USt von 51,70").
_CODED_RATE = re.compile(r"[A-Z0-9][).:]?\s+\d{1,2}(?:[.,]\d{1,2})?\s?%")


def _tax_code_before(before: str, hit: LabelHit, after: str) -> bool:
    """A tax's label after the tax class's letter or digit and before its rate, as tills
    list one line per class ("1 MwSt 7%" | "0,63", "2 MwSt 19%" | "0,94"), or after the class
    and its rate ("1) 10% USt von 51,70" | "4,70")."""
    if "vat" not in hit.fields:
        return False
    if _CODED_RATE.fullmatch(before) is not None:
        return True
    return _TAX_CODE.fullmatch(before) is not None and _RATE_AFTER.match(after) is not None


#: A word that makes the label after it the name of a container (:data:`CONTAINER_WORDS`).
_CONTAINER_END = re.compile(
    r"\b(?:" + "|".join(re.escape(w) for w in CONTAINER_WORDS) + r")$", re.IGNORECASE
)


#: Fields whose labels a line may chain, each before its own date.
_DATE_FIELDS = frozenset(("invoice_date", "due_date", "_other_date"))


def _between_dates(before: str, hit: LabelHit, after: str) -> bool:
    """A date label between two dates: "Issued 19 May 2026 Due 18 June 2026", "Date
    02.03.2026 Due 16.03.2026" print each date after its own label on one line; the second
    label is one though it has no colon."""
    if not _DATE_FIELDS & set(hit.fields):
        return False
    ahead = find_dates(after[:40])
    if not ahead or ahead[0].start != 0:
        return False
    behind = find_dates(before)
    return bool(behind) and behind[-1].end == len(before)


#: A rate right after a label's last letter: "GST9%", "VAT20%", "SST6 %".
_GLUED_RATE = re.compile(r"\d{1,2}(?:[.,]\d{1,3})?\s?%")


def _glued_code(text: str, hit: LabelHit) -> bool:
    """``PO-7781``, ``RE-2024``, ``PO7781``: letters that open a code, not a label. A tax's
    short name glued to its rate ("GST9%", "VAT20%" where OCR dropped the space) stays a
    label: a code never ends in a per cent sign."""
    if _GLUED_RATE.match(text, hit.end):
        return False
    if text[hit.end - 1 : hit.end] == "#":
        # A label closed by its number sign ("R#0004127", "Inv#2291") is one: a code's letters
        # do not end in "#".
        return False
    rest = text[hit.end : hit.end + 2]
    if len(rest) == 2 and rest[0] in "-/" and rest[1].isalnum():
        # A word of letters after the slash is a second label joined without spaces
        # ("Rechnungsdatum/Lieferdatum", as marketplaces print it), not a code.
        return _JOINED_WORD.match(text, hit.end) is None
    return len(hit.key) <= 3 and rest[:1].isdigit()


#: A slash and a word of letters only, four or more, to the end of the word.
_JOINED_WORD = re.compile(r"/[^\W\d_]{4,}(?![\w\-/])")
