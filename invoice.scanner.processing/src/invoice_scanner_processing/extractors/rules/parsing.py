"""Parsing helpers for amounts and dates as printed on invoices (currencies: :mod:`.currencies`).

Used by the rule reader (:mod:`invoice_scanner_processing.extractors.rules`: amounts, dates,
currencies and accent folding) and by the supplier memory; the extraction stage does its own
normalisation. Everything here is pure and cheap.

Why much of this is hand-written rather than delegated to a library:

- ``babel.numbers.parse_decimal`` needs the locale up front and rejects text whose grouping
  does not match it, but an invoice's locale is usually unknown, OCR drops or swaps spaces and
  one document can mix formats (``EUR 1.234,56`` next to ``1,234.56``). We read the separators
  from the text itself and use babel only to learn a locale's decimal symbol for the
  ambiguous ``1,234`` / ``1.234`` case.
- ``dateutil.parser`` is fuzzy: it fills a missing day or year from today and knows only
  English month names, so ``Rechnung 12`` would become a date. We match explicit patterns and
  take month names in en/de/fr/sv/es/nl/it (and da/nb/pt) from babel's CLDR data; dateutil is
  not used at all.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from functools import cache

from babel import Locale, UnknownLocaleError
from babel.dates import get_month_names
from babel.numbers import get_decimal_symbol

from invoice_scanner_processing.extractors.rules.currencies import _currency_of

__all__ = [
    "FoundAmount",
    "FoundDate",
    "dayfirst_votes",
    "digitize",
    "find_amounts",
    "find_dates",
    "infer_dayfirst",
    "month_number",
    "parse_amount",
    "parse_date",
    "strip_accents",
]

#: Spaces that printers and PDF generators use as thousands separators.
_GROUP_SPACES = "\u00a0\u202f\u2009\u2007 "
_MINUSES = "-\u2212\u2013\u2012"

_O_AS_ZERO = re.compile(r"(?<=\d)O|O(?=\d)|(?<=\d)o(?=\d)")


#: OCR reads the decimal point of a small price as a colon right after its currency sign
#: ("$2:77" for "$2.77"); money after a sign is never a time of day.
_COLON_AS_POINT = re.compile(r"(?<=[$€£¥₹])(\s?\d{1,3}):(?=\d{2}(?![\d:]))")

#: OCR reads the decimal comma of a grouped amount as a semicolon ("6.175;00 €" for
#: "6.175,00 €"), or of a small amount beside its currency sign ("12;50 €", "€ 656;80"): a
#: semicolon is never a decimal mark, so between such digits it is the comma misread.
_SEMICOLON_AS_COMMA = re.compile(
    r"(?<=\d[.,' ]\d{3});(?=\d{2}(?![\d;]))"
    r"|(?:(?<=(?<![\w.,;])\d)|(?<=(?<![\w.,;])\d\d)|(?<=(?<![\w.,;])\d\d\d));(?=\d{2}\s?[€$£](?!\w))"
    + "|(?:"
    + "|".join(rf"(?<=[€$£]{gap}\d{{{n}}})" for gap in ("", " ") for n in (1, 2, 3))
    + r");(?=\d{2}(?![\d;.,]))"
)


def digitize(text: str) -> str:
    """OCR reads 0 as O next to digits (``2O24``, ``1O0,00``); swap those back. The length is
    unchanged, so positions found in the result hold for the original text."""
    return _O_AS_ZERO.sub("0", text)


def strip_accents(text: str) -> str:
    """``Fälligkeit`` → ``Falligkeit``; used to compare labels regardless of diacritics."""
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def strip_accents_in_place(text: str) -> str:
    """:func:`strip_accents` character by character, the length unchanged (a character that
    does not fold to one, such as "ﬁ", or a lone combining mark, is kept), so that positions
    found in the result hold for ``text``."""
    if text.isascii():
        return text
    out = []
    for ch in text:
        folded = strip_accents(ch)
        out.append(folded if len(folded) == 1 else ch)
    return "".join(out)


# --------------------------------------------------------------------------------------------
# Amounts


@dataclass(frozen=True)
class FoundAmount:
    """An amount found inside a longer text: value, character span, and whether it had
    decimals (``1.234,00``) — money on invoices nearly always does, counts and years do not."""

    value: Decimal
    start: int
    end: int
    decimals: bool
    currency: str | None = None


# A number with optional grouping and decimals; OCR's "O" for zero is accepted inside digits.
# Spaces as thousands separators only count when the number ends in decimals, a currency
# follows it, or it fills its text alone ("3 170"); otherwise "2 1 500" in a table row would
# be read as 21500.
#: Currency signs of more countries, and letter signs printed against the number ("Rp540.000",
#: "R1 099.43", "KSh 1,541.00", "P7,900.00", "157 671 Ft", "209.520đ", "1.250,00 TL").
_SIGNS = "€£$¥₹₦₱฿₩₪₫₺"
_LETTER_SIGNS = {
    "Rp": "IDR", "Rp.": "IDR", "KSh": "KES", "KShs": "KES", "Ksh": "KES", "Kshs": "KES",
    "Ft": "HUF", "đ": "VND", "TL": "TRY", "₦": "NGN", "₱": "PHP", "฿": "THB", "₩": "KRW",
    "₪": "ILS", "₫": "VND", "₺": "TRY", "R": None, "P": None, "B": None, "W": "KRW",
    "N": None,
}  # fmt: skip
#: Single letters that are a sign only before grouped or decimal money (rand, Philippine peso,
#: and "B141.00", a baht sign as OCR reads it; "W28,100", a won sign as OCR reads it).
#: "N13,000.00": the naira sign as OCR reads it (its strokes lost), glued to money in cents.
_AMBIGUOUS_SIGNS = ("R", "P", "B", "W", "N")
_POST_SIGN = r"(?:[A-Z]{3}|[" + _SIGNS + r"]|kr\.?|:-|SEK|Ft|đ|TL)(?![A-Za-z])"
_NUM_BODY = (
    r"\d{1,3}(?:[" + _GROUP_SPACES + r"]\d{3})+[.,]\d{1,2}(?!\d)"
    # Whole amounts grouped by spaces count where a currency follows ("157 671 Ft").
    r"|\d{1,3}(?:[" + _GROUP_SPACES + r"]\d{3})+(?=\s?" + _POST_SIGN + r")"
    # ... and where the number fills its cell alone ("3 170" right of "ÖSSZESEN Ft", as
    # Hungarian, Czech or Nordic tills print whole amounts): no quantity shares the cell.
    r"|(?<![\s\S])[1-9]\d{0,2}(?:[" + _GROUP_SPACES + r"]\d{3})+(?=\s*\Z)"
    # Two separators side by side before the cents are one, a speck OCR read beside it
    # ("45.,90 €" on a faded till roll).
    r"|\d{1,3}(?:[.,]\d{3})*(?:\.,|,\.)\d{2}(?![\d.,])"
    r"|\d(?:[\dOo]|[.,'’](?=[\dOo]))*"
)
_PRE_SIGN = (
    r"(?:[A-Z]{3}|[" + _SIGNS + r"]|S?Fr\.|kr\.?|Rp\.?|KShs?|Kshs?|R(?!\$)|P|B(?=\d)"
    # The won sign as OCR reads it: a "W" glued to a whole amount grouped by commas.
    r"|(?<![A-Za-z])W(?=\d{1,3}(?:,\d{3})+(?![\d.,]))"
    # The naira sign as OCR reads it: an "N" glued to an amount in cents ("N43,800.00").
    r"|(?<![A-Za-z])N(?=\d{1,3}(?:,\d{3})*\.\d{2}(?![\d.,])))\s?"
)
_AMOUNT_RE = re.compile(
    r"(?P<open>\()?"
    r"(?P<pre>" + _PRE_SIGN + r")?"
    r"(?P<sign>[" + _MINUSES + r"]\s?)?"
    r"(?P<pre2>" + _PRE_SIGN + r")?"
    r"(?P<num>" + _NUM_BODY + r")"
    r"(?P<dash>,-{1,2}|\.-{1,2})?"
    r"(?P<post>\s?" + _POST_SIGN + r")?"
    r"(?P<trail>-(?![\d]))?"
    r"(?P<close>\))?"
)


@cache
def _locale_decimal(locale_hint: str) -> str | None:
    try:
        return str(get_decimal_symbol(Locale.parse(locale_hint.replace("-", "_"))))
    except (UnknownLocaleError, ValueError, TypeError):
        return None


#: The first of two separators side by side before the cents (:data:`_NUM_BODY`).
_DOUBLED_SEPARATOR = re.compile(r"[.,](?=[.,]\d{2}$)")


def _number_from_digits(raw: str, locale_hint: str | None) -> tuple[Decimal, bool] | None:
    """Turn ``1.234,56`` / ``1 234.56`` / ``1'234`` into a Decimal; the bool says decimals."""
    text = raw.replace("O", "0").replace("o", "0").replace("’", "'")
    text = _DOUBLED_SEPARATOR.sub("", text)
    for space in _GROUP_SPACES:
        text = text.replace(space, "'")
    decimal_sep = _decimal_separator(text, locale_hint)
    if decimal_sep is None:
        digits = text.replace(".", "").replace(",", "").replace("'", "")
        frac = ""
    else:
        cut = text.rfind(decimal_sep)
        int_part = text[:cut]
        frac = text[cut + 1 :]
        if any(c in int_part for c in ".,") and decimal_sep in int_part:
            return None
        digits = int_part.replace(".", "").replace(",", "").replace("'", "")
        if not frac.isdigit():
            return None
    if not digits.isdigit() and not (digits == "" and frac):
        return None
    try:
        value = Decimal(f"{digits or '0'}.{frac}" if frac else digits)
    except InvalidOperation:
        return None
    return value, bool(frac)


#: The mark before the thousandths where the document being read is priced in them (the
#: Gulf's dinars, the Omani rial: "KD 12.750"; Tunisia's dinar: "12,495 DT"), else ``None``:
#: its "12.750" is twelve and three quarters, not twelve thousand. Set for one document's
#: reading by :func:`money_in_thousandths`.
_THOUSANDTHS: ContextVar[str | None] = ContextVar("thousandths", default=None)


@contextmanager
def money_in_thousandths(mark: str | None) -> Iterator[None]:
    """Read every amount inside the block as money in thousandths where ``mark`` is set: that
    mark alone before three digits is the decimal mark."""
    token = _THOUSANDTHS.set(mark)
    try:
        yield
    finally:
        _THOUSANDTHS.reset(token)


def _decimal_separator(text: str, locale_hint: str | None) -> str | None:
    """Which of ``.`` and ``,`` separates the decimals in ``text`` (spaces and apostrophes
    already grouping marks), or ``None`` for a whole number."""
    seps = [(i, c) for i, c in enumerate(text) if c in ".,"]
    if not seps:
        return None
    decimal_sep: str | None
    last_i, last_c = seps[-1]
    tail = len(text) - last_i - 1
    kinds = {c for _, c in seps}
    if len(kinds) == 2:
        decimal_sep = last_c
    elif len(seps) > 1:
        # The same mark repeated is grouping (1.234.567), unless the groups are not
        # three digits long, which happens only for decimal OCR noise we cannot fix.
        decimal_sep = None if tail == 3 else last_c
    elif tail == 3:
        # "1,234" or "1.234": grouping unless the locale's decimal mark says otherwise.
        hinted = _locale_decimal(locale_hint) if locale_hint else None
        hinted = _THOUSANDTHS.get() or hinted
        head = text[:last_i].replace("'", "")
        decimal_sep = last_c if hinted == last_c or head == "0" else None
    else:
        decimal_sep = last_c
    if decimal_sep is not None and tail == 0:
        decimal_sep = None
    return decimal_sep


def _code_like(text: str, start: int, num: str) -> bool:
    """Whether the letters glued to the left of a number make it part of a code (``INV2024``,
    ``A4``) rather than a label whose space OCR dropped (``Total1,234.00``, ``betala126 010,19``).
    """
    i = start
    while i > 0 and text[i - 1].isalpha():
        i -= 1
    word = text[i:start]
    if not word:
        return False
    if len(word) <= 3:
        return True
    return word.isupper() and not any(c in num for c in ".,")


def _letter_sign(raw: str | None, num: str) -> bool:
    """Whether ``raw`` (beside the number ``num``) is one of :data:`_LETTER_SIGNS`; a lone R or
    P only before grouped or decimal money ("R 1 099.43", not "R2" or "P01")."""
    sign = (raw or "").strip()
    if sign not in _LETTER_SIGNS:
        return False
    return sign not in _AMBIGUOUS_SIGNS or bool(re.search(r"\d[.,' \u00a0]\d", num))


#: What closes a number that is a rate: its per cent sign, maybe after a stray point.
_RATE_AFTER = re.compile(r" *(?:[.,] ?)?%")


def _sign_before(m: re.Match[str], num: str) -> tuple[str | None, int]:
    """The currency sign before an amount's number, if any, and where the amount begins.

    A word's last three capitals may take the first sign's place and leave the real sign
    second ("TOTAL N49,275.00": "TAL", then "N"); the sign is the one that is one. A
    three-letter word that is no currency code ("INV-2024") is not part of the amount."""
    key = next(
        (
            k
            for k in ("pre", "pre2")
            if m.group(k) and (_currency_of(m.group(k)) or _letter_sign(m.group(k), num))
        ),
        None,
    )
    if key is None:
        return None, m.start("sign") if m.group("sign") else m.start("num")
    return m.group(key), m.start("pre2") if key == "pre2" and m.group("pre") else m.start()


#: A minus set in brackets before an amount, as Indian accounting software (Tally) prints a
#: negative round-off or deduction: "Round Off (-)0.46", "Less: (-) 1,250.00".
_BRACKETED_MINUS = re.compile(r"\(\s?[-\u2212\u2013]\s?\)(?=\s?\d)")


def _bracketed_minus(text: str) -> str:
    """``text`` with each bracketed minus made a plain one, the same length, so that the
    amounts' positions stay those of the printed text."""
    if "(" not in text:
        return text
    return _BRACKETED_MINUS.sub(lambda m: " " * (len(m.group()) - 1) + "-", text)


def _cents_in_words(text: str, start: int, num: str) -> bool:
    """Whether ``num`` at ``start`` is the cents of an amount written in words ("Four hundred
    twenty-five and 00/100 Dollars", as cheques and receipt books print it): no amount."""
    return len(num) <= 2 and text.startswith("/100", start + len(num))


#: Peru's sol sign glued to its amount ("S/106.60"), where a slash before digits is otherwise a
#: code's ("2024/118").
_SOL_SIGN = re.compile(r"(?<![^\W\d_])S/$")
#: The mask before a card's last four digits ("****0921", "**** **** **** 0921", "•••• 4417").
_CARD_MASK = re.compile(r"[*•xX]{3,}\s?$")


def _glued(text: str, start: int, num: str) -> bool:
    """Whether the number ``num`` at ``start``, printed without a sign before it, belongs to
    what it touches: a word or code (``INV2024``, ``A4``, ``2024/118``, ``#12``), a rate
    after its leading percent sign, or a card's mask before its last four digits."""
    before = text[start - 1] if start > 0 else " "
    # A percent sign that leads a rate ("KDV %20,00") makes the number a rate; one that
    # closes a rate ("VAT 25%1 950.00", OCR having lost the space) does not.
    leading_percent = before == "%" and not (start > 1 and text[start - 2].isdigit())
    return (
        (before in "#/_" and not _SOL_SIGN.search(text, 0, start))
        or before.isdigit()
        or leading_percent
        or _code_like(text, start, num)
        # a card's last four digits after its mask ("VISA****0921")
        or (
            re.fullmatch(r"\d{4}", num) is not None
            and _CARD_MASK.search(text, 0, start) is not None
        )
    )


def find_amounts(text: str, locale_hint: str | None = None) -> list[FoundAmount]:
    """Every amount-like number in ``text``, left to right, with sign and currency resolved.

    Digits that belong to words (``INV-2024``, ``A4``) are skipped: a number must not touch a
    letter on its left unless that letter is a currency code or symbol.
    """
    found: list[FoundAmount] = []
    text = _SEMICOLON_AS_COMMA.sub(",", _COLON_AS_POINT.sub(r"\1.", digitize(text)))
    text = _bracketed_minus(text)
    for m in _AMOUNT_RE.finditer(text):
        num = m.group("num")
        pre, start = _sign_before(m, num)
        if m.group("open") and not pre and m.start("open") == start - 1:
            start = m.start("open")
        before = text[start - 1] if start > 0 else " "
        if not pre and _glued(text, start, num):
            continue  # glued to a word: INV2024, A4, 2x
        if m.group("sign") and not pre and before in "-/.":
            continue  # "2024-001": a hyphen inside a code, not a minus
        after_num = text[m.start("num") + len(num) : m.start("num") + len(num) + 1]
        if (after_num.isalpha() and not m.group("post") and not m.group("dash")) or _cents_in_words(
            text, m.start("num"), num
        ):
            continue
        # A rate, also with a stray point OCR set before its sign ("MwSt 10.%").
        if _RATE_AFTER.match(text, m.start("num") + len(num)):
            continue
        parsed = _number_from_digits(num, locale_hint)
        if parsed is None:
            continue
        value, decimals = parsed
        if m.group("dash") or _letter_sign(pre, num) or _letter_sign(m.group("post"), num):
            # A number printed with its sign is money, with or without decimals ("2 400 Ft").
            decimals = True
        # Japan closes a whole yen amount with a dash ("¥358,890-", "no more than this"):
        # an end mark, not a trailing minus.
        yen_end = (pre or "").strip() == "¥" and not re.search(r"[.,]\d{1,2}$", num)
        trail = m.group("trail") and not yen_end
        negative = bool(m.group("sign") or trail or (m.group("open") and m.group("close")))
        if negative:
            value = -value
        currency = (
            _currency_of(pre)
            or _currency_of(m.group("post"))
            or _LETTER_SIGNS.get((pre or "").strip())
            or _LETTER_SIGNS.get((m.group("post") or "").strip())
        )
        found.append(FoundAmount(value, start, m.end(), decimals, currency))
    return found


def parse_amount(text: str, locale_hint: str | None = None) -> Decimal | None:
    """Parse one printed amount into a Decimal, or ``None`` when ``text`` holds no number.

    Handles ``1,234.56``, ``1.234,56``, ``1 234,56`` (also NBSP and thin space), ``1'234.56``,
    ``-1,234.56``, ``(1,234.56)``, ``1.234,56-``, ``1.234,-`` and currency symbols or codes on
    either side. ``1,234`` / ``1.234`` (one mark, three digits after it) is grouping unless
    ``locale_hint`` (``de``, ``en_US``...) uses that mark as its decimal sign. When the text
    contains several numbers, the one with decimals is preferred, then the last.
    """
    if not text:
        return None
    amounts = find_amounts(text, locale_hint)
    if not amounts:
        return None
    with_decimals = [a for a in amounts if a.decimals]
    return (with_decimals or amounts)[-1].value


# --------------------------------------------------------------------------------------------
# Dates

_DATE_LOCALES = ("en", "de", "fr", "sv", "es", "nl", "it", "da", "nb", "pt")
_WIDE_ONLY_LOCALES = ("pl", "cs", "sk", "sl", "hu", "ro", "lv", "lt", "et", "fi")


@cache
def _month_table() -> dict[str, int]:
    table: dict[str, int] = {}
    for loc in _DATE_LOCALES:
        for width in ("wide", "abbreviated"):
            for context in ("format", "stand-alone"):
                for num, name in get_month_names(width, context, loc).items():
                    key = strip_accents(str(name)).lower().rstrip(".")
                    table.setdefault(key, int(num))
    # Spellings seen on invoices that CLDR does not list.
    extra = {
        "sept": 9, "maerz": 3, "mrz": 3, "okt": 10, "dez": 12, "juin": 6, "juil": 7,
        "janv": 1, "fevr": 2, "avr": 4, "mei": 5, "mrt": 3, "sep": 9, "set": 9,
        # Austrian German: "22. Jänner 2024", "Feber"
        "janner": 1, "jaenner": 1, "jann": 1, "feber": 2,
        # Polish abbreviations as apps print them ("12 lut 2026"), those no other listed
        # language spells as a word of its own ("mar", "maj" are listed already)
        "sty": 1, "lut": 2, "kwi": 4, "cze": 6, "lip": 7, "sie": 8, "wrz": 9, "paz": 10,
        "lis": 11, "gru": 12,
        # Latvian in the locative a dated line prints ("2026. gada 9. martā"), which CLDR does
        # not list; Serbian, Croatian and Slovene genitives spell the same months so too.
        "janvari": 1, "februari": 2, "marta": 3, "aprili": 4, "maija": 5, "junija": 6,
        "julija": 7, "augusta": 8, "septembri": 9, "oktobri": 10, "novembri": 11,
        "decembri": 12,
    }  # fmt: skip
    for key, num in extra.items():
        table.setdefault(key, num)
    # Central and eastern Europe, the Baltics and Finland: their full month names only (in
    # the genitive a date prints, "13. februāris", "27 vasario", "21. února"); their
    # abbreviations are left out, as some spell another language's month.
    for loc in _WIDE_ONLY_LOCALES:
        names = (
            get_month_names("wide", "format", loc),
            get_month_names("wide", "stand-alone", loc),
        )
        for num, name in (pair for wide in names for pair in wide.items()):
            table.setdefault(strip_accents(str(name)).lower(), int(num))
    return table


def month_number(name: str) -> int | None:
    """``Dezember`` / ``déc.`` / ``mrt`` → 12 / 12 / 3; ``None`` for anything else."""
    return _month_table().get(strip_accents(name).lower().rstrip("."))


@dataclass(frozen=True)
class FoundDate:
    value: date
    start: int
    end: int
    #: True when day and month could have been swapped (both ≤ 12, numeric form).
    ambiguous: bool = False


_MONTH_WORD = r"[A-Za-zÀ-ÿĀ-ž]{3,12}\.?"
# A two-digit day (ISO) or a four-digit year (d/m/y) may run straight into a time when OCR
# drops the space: "2026-11-2911:20", "12/03/201814:22". Year first with dots, as Hungary
# prints its dates, a space may follow each dot ("2026. 02. 21."), and a scan's speck may
# double one ("2026.02..21.").
_YMD_SEP = r"(?:[-/]|\.\.?\s?)"
_ISO_RE = re.compile(
    rf"(?<!\d)(\d{{4}}){_YMD_SEP}(\d{{1,2}}){_YMD_SEP}"
    r"(\d{2}(?=\d{1,2}:\d{2}(?!\d))|\d{1,2}(?!\d))"
)
_NUMERIC_RE = re.compile(
    r"(?<![\d.])(\d{1,2})\s?([./-])\s?(\d{1,2})\s?\2\s?"
    r"(\d{4}(?=\d{1,2}[:.]\d{2}(?!\d))|(?:\d{4}|\d{2})(?!\d))"
)
_DMY_TEXT_RE = re.compile(
    r"(?<!\d)(\d{1,2})(?:\.|st|nd|rd|th|er|º)?[\s\-/]*(?:de\s+)?(" + _MONTH_WORD + r")"
    r"[\s\-/,]*(?:de\s+)?(\d{4}|'?\d{2}(?!\d))"
)
#: East Asian year-month-day: "2026年11月21日", "2026년 11월 21일".
_CJK_RE = re.compile(r"(?<!\d)(\d{4})\s*[年년]\s*(\d{1,2})\s*[月월]\s*(\d{1,2})(?!\d)")
#: Vietnam's "12 tháng 11 năm 2026" (day, month, year words; an English gloss may follow
#: each: "Ngày (Date) 12 tháng (month) 11 năm (year) 2026"); OCR may drop the marks.
_GLOSS = r"\s*(?:\([A-Za-z]+\)\s*)?"
_VN_RE = re.compile(
    rf"(?<!\d)(\d{{1,2}}){_GLOSS}th\wng{_GLOSS}(\d{{1,2}}){_GLOSS}n\wm{_GLOSS}(\d{{4}})(?!\d)",
    re.IGNORECASE,
)
#: Year first with a month name, as Latvian, Lithuanian and Hungarian print dates: "2026.
#: gada 13. februāris", "2026 m. vasario 27 d.", "2026. február 21.".
_YMD_TEXT_RE = re.compile(
    r"(?<![\d.])(\d{4})\.?\s*(?:gada\s+|m\.\s*)?"
    r"(?:(\d{1,2})\.\s*(" + _MONTH_WORD + r")|(" + _MONTH_WORD + r")\s*(\d{1,2})(?!\d))"
)
_MDY_TEXT_RE = re.compile(
    r"(?<![A-Za-zÀ-ÿ])(" + _MONTH_WORD + r")\s*(\d{1,2})(?:st|nd|rd|th)?(?!\d)[\s,.]*(\d{4})(?!\d)"
)


#: Thailand counts years from the Buddha's death, 543 before the common era: 2569 is 2026.
_BUDDHIST_ERA = 543


def _year(raw: str) -> int:
    raw = raw.lstrip("'")
    y = int(raw)
    if len(raw) == 2:
        # "25/11/69": a Thai receipt's short Buddhist-era year (2569, i.e. 2026); no
        # invoice is dated 2060-2099 or 1960-1999 in the common era.
        return 2500 + y - _BUDDHIST_ERA if y >= 60 else 2000 + y
    return y


def _make(y: int, m: int, d: int) -> date | None:
    if 2400 <= y <= 2700:
        y -= _BUDDHIST_ERA  # "25/11/2569": a Buddhist-era year
    if not 1900 <= y <= 2100:
        return None
    try:
        return date(y, m, d)
    except ValueError:
        return None


def _dayfirst_from_hint(locale_hint: str | None) -> bool:
    if not locale_hint:
        return True
    norm = locale_hint.replace("-", "_").lower()
    # Month-first is a North American habit; everything else we meet writes day first.
    return norm not in ("en_us", "us", "en_ca_us", "en_ph")


def find_dates(
    text: str, locale_hint: str | None = None, *, dayfirst: bool | None = None
) -> list[FoundDate]:
    """Every date in ``text`` (ISO, numeric d/m/y or m/d/y, or with a month name).

    For numeric dates a value above 12 decides the order; otherwise ``dayfirst`` (when given,
    e.g. from :func:`infer_dayfirst` over the whole document) or the locale hint does.
    """
    if dayfirst is None:
        dayfirst = _dayfirst_from_hint(locale_hint)
    out: list[FoundDate] = []
    taken: list[tuple[int, int]] = []
    text = _COLON_AS_DATE_POINT.sub(_date_points, digitize(text))
    _iso_dates(text, out, taken)
    _year_first_dates(text, out, taken)
    _month_name_dates(text, out, taken)
    _numeric_dates(text, dayfirst, out, taken)
    out.sort(key=lambda f: f.start)
    return out


#: A dotted date with one of its points read as a colon by OCR ("30.05:2026", "30:05.2026"):
#: the other separator is a point and the year has four digits, so no time reads so.
_COLON_AS_DATE_POINT = re.compile(r"(?<![\d.:])(\d{1,2})(?:\.(\d{1,2}):|:(\d{1,2})\.)(\d{4})(?!\d)")


def _date_points(m: re.Match[str]) -> str:
    return f"{m.group(1)}.{m.group(2) or m.group(3)}.{m.group(4)}"


def _free(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Whether ``a:b`` overlaps no date found before."""
    return all(b <= s or a >= e for s, e in taken)


def _iso_dates(text: str, out: list[FoundDate], taken: list[tuple[int, int]]) -> None:
    """Year-first dates: ISO ("2026-11-21") and East Asian ("2026年11月21日")."""
    for m in (*_ISO_RE.finditer(text), *_CJK_RE.finditer(text)):
        d = _make(int(m.group(1)), int(m.group(2)), int(m.group(3)))
        if d:
            out.append(FoundDate(d, m.start(), m.end()))
            taken.append(m.span())


#: A zero OCR read for the letter O inside a word ("15-0ct-2026", "N0v"): a zero that starts
#: a run of letters, or sits between two letters.
_ZERO_AS_O = re.compile(r"(?<!\w)0(?=[A-Za-z]{2})|(?<=[A-Za-z])0(?=[A-Za-z])")


def _year_first_dates(text: str, out: list[FoundDate], taken: list[tuple[int, int]]) -> None:
    """Dates with a month name after the year (:data:`_YMD_TEXT_RE`)."""
    for m in _YMD_TEXT_RE.finditer(text):
        month = month_number(m.group(3) or m.group(4))
        if month and _free(taken, *m.span()):
            d = _make(int(m.group(1)), month, int(m.group(2) or m.group(5)))
            if d:
                out.append(FoundDate(d, m.start(), m.end()))
                taken.append(m.span())


def _month_name_dates(text: str, out: list[FoundDate], taken: list[tuple[int, int]]) -> None:
    """Dates with a month name, day first ("5 March 2024") and then month first ("March 5,
    2024"), where no earlier date was found; Vietnam's month and year words first. A month
    name OCR spelt with a zero for its O ("15-0ct-2026") is read as the name; the swap keeps
    the length, and only a real month name makes a date of it."""
    for m in _VN_RE.finditer(text):
        d = _make(int(m.group(3)), int(m.group(2)), int(m.group(1)))
        if d and _free(taken, *m.span()):
            out.append(FoundDate(d, m.start(), m.end()))
            taken.append(m.span())
    text = _ZERO_AS_O.sub("O", text)
    for m in _DMY_TEXT_RE.finditer(text):
        month = month_number(m.group(2))
        if month and _free(taken, *m.span()):
            d = _make(_year(m.group(3)), month, int(m.group(1)))
            if d:
                out.append(FoundDate(d, m.start(), m.end()))
                taken.append(m.span())
    for m in _MDY_TEXT_RE.finditer(text):
        month = month_number(m.group(1))
        if month and _free(taken, *m.span()):
            d = _make(int(m.group(3)), month, int(m.group(2)))
            if d:
                out.append(FoundDate(d, m.start(), m.end()))
                taken.append(m.span())


def _numeric_dates(
    text: str, dayfirst: bool, out: list[FoundDate], taken: list[tuple[int, int]]
) -> None:
    """Numeric d/m/y or m/d/y dates: a value above 12 decides the order, else ``dayfirst``."""
    for m in _NUMERIC_RE.finditer(text):
        if not _free(taken, *m.span()):
            continue
        a, b, y = int(m.group(1)), int(m.group(3)), _year(m.group(4))
        if a > 12 and b <= 12:
            cand = _make(y, b, a)
            ambiguous = False
        elif b > 12 and a <= 12:
            cand = _make(y, a, b)
            ambiguous = False
        else:
            cand = _make(y, b, a) if dayfirst else _make(y, a, b)
            ambiguous = a != b
        if cand:
            out.append(FoundDate(cand, m.start(), m.end(), ambiguous))
            taken.append(m.span())


def dayfirst_votes(texts: list[str]) -> int:
    """Unambiguous numeric dates for day-first (``13/01/2024``: +1) minus those for month-first
    (``01/13/2024``: -1); 0 when the texts hold no evidence either way."""
    votes = 0
    for text in texts:
        for m in _NUMERIC_RE.finditer(digitize(text)):
            a, b = int(m.group(1)), int(m.group(3))
            if a > 12 >= b:
                votes += 1
            elif b > 12 >= a:
                votes -= 1
    return votes


def infer_dayfirst(texts: list[str], locale_hint: str | None = None) -> bool:
    """Decide day/month order for a whole document from its unambiguous numeric dates.

    ``13/01/2024`` anywhere means day-first, ``01/13/2024`` month-first; with no evidence the
    locale hint decides (only US English is month-first).
    """
    votes = dayfirst_votes(texts)
    if votes:
        return votes > 0
    return _dayfirst_from_hint(locale_hint)


def parse_date(
    text: str, locale_hint: str | None = None, *, dayfirst: bool | None = None
) -> date | None:
    """The first date in ``text``, or ``None``.

    Accepts ``2024-12-21``, ``21.12.2024``, ``12/21/2024``, ``21/12/24``, ``21 Dec 2024``,
    ``Dec 21, 2024``, ``21. Dezember 2024``, ``21 décembre 2024``, ``21 de diciembre de 2024``
    and month names in en/de/fr/sv/es/nl/it. Day/month order: see :func:`find_dates`.
    """
    if not text:
        return None
    found = find_dates(text, locale_hint, dayfirst=dayfirst)
    return found[0].value if found else None
