"""Evidence per field: where on which page a value is printed, found in the page's own words.

A model's coordinates are never trusted: every value is rendered the ways a page prints it
(amounts with either decimal separator and any thousands grouping, dates in the common numeric
and written forms of several languages, identifiers and names ignoring case, spaces and
punctuation) and looked up in the OCR artefact's lines, whose boxes come from the text layer or
from the OCR engine. Among several places the one inside the extractor's reported segment wins,
then the nearest to it, then (for totals) the largest print.

Pure: :func:`locate` takes values and pages, returns boxes normalised to 0-1 of the page.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from difflib import SequenceMatcher
from functools import cache, cached_property, lru_cache
from typing import Any

from babel import Locale

from invoice_scanner_common.fields import FIELDS, ValueType
from invoice_scanner_processing.documents import BBox, OcrLine, OcrPage
from invoice_scanner_processing.schema import HEADER_FIELDS

#: Locales whose written month names are tried for dates.
DATE_LOCALES = (
    *("en", "de", "de_AT", "fr", "sv", "nl", "es", "it", "da", "nb", "fi", "pl", "pt", "cs"),
)
#: Numeric date forms: day-month-year, month-day-year and year-month-day orders, padded or not,
#: two- or four-digit years, with each common separator.
_NUMERIC_DATES = tuple(
    sep.join(order)
    for sep in (".", "/", "-", " ")
    for day, month in (("dd", "MM"), ("d", "M"))
    for year in ("y", "yy")
    for order in ((day, month, year), (month, day, year), (year, month, day))
    if not (order[0] == year and year == "yy")
)
_DATE_PATTERNS = (*_NUMERIC_DATES, "d. M. y", "dd. MM. y", "d. M. yy")
_WRITTEN_PATTERNS = (
    *("d MMMM y", "dd MMMM y", "d. MMMM y", "dd. MMMM y", "MMMM d, y", "MMMM dd, y"),
    *("d MMM y", "dd MMM y", "MMM d, y", "d. MMM y", "d MMM. y", "MMM. d, y", "d-MMM-y"),
    *("dd-MMM-y", "d 'de' MMMM 'de' y", "dd 'de' MMMM 'de' y"),
    # Month first without the comma, as receipts and e-mailed receipts print it: "Nov 16 2026".
    *("MMMM d y", "MMM d y", "MMM dd y", "MMM dd, y"),
    # Tills print the month's abbreviation between slashes ("09/NOV/2026"), letters a comma
    # after the month ("20 November, 2026").
    *("dd/MMM/y", "d/MMM/y", "d MMMM, y", "dd MMMM, y"),
    # A two-digit year after the month's abbreviation, as Indian accounting software (Tally)
    # and many tills print it: "18-Jan-26", "18 Jan 26".
    *("d-MMM-yy", "dd-MMM-yy", "d MMM yy", "dd MMM yy"),
)
#: East Asian year-month-day with its year, month and day characters: "2026年11月21日" (Chinese
#: and Japanese), "2026년 11월 21일" (Korean); spaced or not, padded or not.
_EAST_ASIAN_PATTERNS = tuple(
    f"y{a}{y}{b}{month}{a}{m}{b}{day}{a}{d}"
    for y, m, d in (("年", "月", "日"), ("년", "월", "일"))
    for a in ("", " ")
    for b in ("", " ")
    for month, day in (("M", "d"), ("MM", "dd"))
)
#: Thailand counts years from the Buddha's death: 2569 is 2026 ("25/11/2569", "25/11/69").
BUDDHIST_ERA = 543
#: Vietnam's "ngày 12 tháng 11 năm 2026", marks perhaps lost to OCR and an English gloss
#: perhaps after each word ("Ngày (Date) 12 tháng (month) 11 năm (year) 2026").
_GLOSS = r"\s*(?:\([a-z]+\)\s*)?"
#: Fuzzy matches (OCR misreads) of names and identifiers must be at least this similar.
MIN_FUZZY = 0.85
#: The OCR detector pads each text box (DB ``unclip_ratio`` 1.5) to about 1.7x the glyphs'
#: height; boxes from OCR pages are cut back to this share of their height, around the centre.
OCR_BOX_HEIGHT = 0.6
_AMOUNT_FIELDS = frozenset(FIELDS.of_type(ValueType.MONEY))
_CURRENCY_SIGNS = {"EUR": "€", "USD": "$", "GBP": "£", "JPY": "¥", "INR": "₹", "CHF": "CHF"}


@dataclass(frozen=True)
class Located:
    """A value's place: 1-based page and box normalised to the page (x0, y0, x1, y1)."""

    page: int
    bbox: tuple[float, float, float, float]
    exact: bool


@dataclass(frozen=True)
class _Chars:
    """A line's text with one pixel box per character (proportional within each word)."""

    text: str
    #: (x0, y0, x1, y1) of each character: plain tuples, as a page holds thousands of them and
    #: only the few spans a value is found at become :class:`BBox` objects.
    boxes: list[tuple[float, float, float, float]]

    @cached_property
    def folded(self) -> str:
        return _fold_keep_length(self.text)

    @cached_property
    def alnum(self) -> tuple[str, list[int]]:
        return _alnum(self.text)

    @cached_property
    def alnum_counts(self) -> Counter[str]:
        return Counter(self.alnum[0])

    def span(self, start: int, end: int) -> BBox:
        """The box of ``text[start:end]``."""
        part = self.boxes[start : max(end, start + 1)]
        return BBox(
            x0=min(b[0] for b in part),
            y0=min(b[1] for b in part),
            x1=max(b[2] for b in part),
            y1=max(b[3] for b in part),
        )


def _line_chars(line: OcrLine) -> _Chars:
    words = line.words or []
    if not words or " ".join(w.text for w in words) != line.text:
        return _Chars(line.text, _spread(line.text, line.bbox))
    text_parts: list[str] = []
    boxes: list[tuple[float, float, float, float]] = []
    for i, word in enumerate(words):
        if i:
            text_parts.append(" ")
            boxes.append((boxes[-1][2], word.bbox.y0, word.bbox.x0, word.bbox.y1))
        text_parts.append(word.text)
        boxes.extend(_spread(word.text, word.bbox))
    return _Chars("".join(text_parts), boxes)


def _spread(text: str, box: BBox) -> list[tuple[float, float, float, float]]:
    n = max(1, len(text))
    step = box.width / n
    x0, y0, y1 = box.x0, box.y0, box.y1
    return [(x0 + i * step, y0, x0 + (i + 1) * step, y1) for i in range(len(text))]


# ----------------------------------------------------------------------------- renderings


def amount_variants(value: Decimal) -> set[str]:
    """``value`` as pages print it: ``1234.56 1234,56 1,234.56 1.234,56 1 234,56 1'234.56``,
    and India's ``12,34,567.89``."""
    q = abs(value).quantize(Decimal("0.01"))
    whole, cents = f"{q:.2f}".split(".")
    groups: list[str] = []
    rest = whole
    while len(rest) > 3:
        groups.insert(0, rest[-3:])
        rest = rest[:-3]
    groups.insert(0, rest)
    out = {f"{whole}.{cents}", f"{whole},{cents}"}
    for sep, dec in ((",", "."), (".", ","), (" ", ","), (" ", "."), ("'", "."), ("\u2019", ".")):
        out.add(sep.join(groups) + dec + cents)
    if cents == "00":
        out.update({whole, ",".join(groups), ".".join(groups), " ".join(groups)})
    if len(whole) > 5:
        # India's grouping: thousands, then lakhs and crores by two digits ("3,02,906.00").
        head, lakh = whole[:-3], [whole[-3:]]
        while head:
            lakh.insert(0, head[-2:])
            head = head[:-2]
        out.add(",".join(lakh) + "." + cents)
    return out


_DATE_FIELDS = {
    "dd": lambda v, months: f"{v.day:02d}",
    "d": lambda v, months: str(v.day),
    "MMMM": lambda v, months: months["wide"][v.month],
    "MMM": lambda v, months: months["abbreviated"][v.month],
    "MM": lambda v, months: f"{v.month:02d}",
    "M": lambda v, months: str(v.month),
    "yy": lambda v, months: f"{v.year % 100:02d}",
    "y": lambda v, months: str(v.year),
}
_DATE_TOKEN = re.compile(r"'([^']*)'|dd|d|MMMM|MMM|MM|M|yy|y")


@cache
def _month_names(locale: str) -> dict[str, Any]:
    """The locale's month names as a date's format context uses them (babel's CLDR data)."""
    months = Locale.parse(locale).months["format"]
    return {"wide": months["wide"], "abbreviated": months["abbreviated"]}


def _format_date(value: date, pattern: str, locale: str = "en") -> str:
    """``babel.dates.format_date`` for the patterns used here (day, month, year fields and
    quoted literals), about twenty times faster: a date is written some 270 ways per lookup.
    A test compares both over whole years in every locale of :data:`DATE_LOCALES`."""
    months = _month_names(locale)

    def field(match: re.Match[str]) -> str:
        literal = match.group(1)
        if literal is not None:
            return literal
        return _DATE_FIELDS[match.group()](value, months)

    return _DATE_TOKEN.sub(field, pattern)


def date_variants(value: date) -> set[str]:
    """``value`` in numeric forms and in written forms of :data:`DATE_LOCALES`, casefolded."""
    return set(_date_variants(value))


@lru_cache(maxsize=512)
def _date_variants(value: date) -> frozenset[str]:
    out = {_format_date(value, p) for p in (*_DATE_PATTERNS, *_EAST_ASIAN_PATTERNS)}
    out |= _buddhist_era_variants(value)
    for loc in DATE_LOCALES:
        for pattern in _WRITTEN_PATTERNS:
            out.add(_format_date(value, pattern, loc))
    # English ordinals: "3rd March 2024", "March 3rd, 2024", "3rd of March 2024".
    day = value.day
    suffix = "th" if 10 <= day % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    month = _format_date(value, "MMMM")
    out |= {
        f"{day}{suffix} {month} {value.year}",
        f"{day}{suffix} of {month} {value.year}",
        f"{month} {day}{suffix}, {value.year}",
        f"{day}{suffix} {month}, {value.year}",
    }
    # OCR often drops the space after a comma or a dot: "May 24,2024", "24.Mai 2024".
    out |= {v.replace(", ", ",").replace(". ", ".") for v in out}
    return frozenset(_fold(v) for v in out)


def _buddhist_era_variants(value: date) -> set[str]:
    """``value`` day first with a Buddhist-era year, four digits or two ("25/11/2569",
    "25.11.69")."""
    era = value.year + BUDDHIST_ERA
    out = set()
    for sep in (".", "/", "-", " "):
        for day, month in ((f"{value.day:02d}", f"{value.month:02d}"), (value.day, value.month)):
            for year in (f"{era}", f"{era % 100:02d}"):
                out.add(f"{day}{sep}{month}{sep}{year}")
    return out


@lru_cache(maxsize=512)
def _vietnamese_date(value: date) -> re.Pattern[str]:
    """``value`` as Vietnam writes it in words, on casefolded text (:func:`_fold_keep_length`)."""
    return re.compile(
        rf"(?<!\d)0?{value.day}{_GLOSS}th\wng{_GLOSS}0?{value.month}{_GLOSS}n\wm{_GLOSS}"
        rf"{value.year}(?!\d)"
    )


def _fold(text: str) -> str:
    text = unicodedata.normalize("NFKC", text).casefold()
    return re.sub(r"\s+", " ", text).strip()


def _alnum(text: str) -> tuple[str, list[int]]:
    """Letters and digits only, casefolded, with each kept character's index in ``text``."""
    if text.isascii():  # NFKC leaves ASCII alone and its casefold is lower()
        index = [i for i, ch in enumerate(text) if ch.isalnum()]
        return "".join(text[i] for i in index).lower(), index
    kept, index = [], []
    for i, ch in enumerate(text):
        for c in unicodedata.normalize("NFKC", ch).casefold():
            if c.isalnum():
                kept.append(c)
                index.append(i)
    return "".join(kept), index


# ----------------------------------------------------------------------------- matching


@dataclass(frozen=True)
class _Hit:
    page: OcrPage
    box: BBox
    exact: bool


_TIME = re.compile(r"\d{1,2}[:.]\d{2}(?!\d)")


def _literal_hits(chars: _Chars, variants: Iterable[str], fold: bool) -> list[tuple[int, int]]:
    """Spans of ``chars.text`` equal to a variant, not glued to a neighbouring digit.

    Letters may touch: "EUR1,234.56", "2024-06-12T10:15". ``fold``: compare casefolded.
    """
    text = chars.folded if fold else chars.text
    spans = []
    for variant in variants:
        if not variant:
            continue
        start = text.find(variant)
        while start >= 0:
            end = start + len(variant)
            before = text[start - 1] if start else " "
            after = text[end] if end < len(text) else " "
            # A till glues the time to the date's year: "15/11/202617:48", "2026-11-1608:41".
            timed = fold and variant[-1].isdigit() and _TIME.match(text, end) is not None
            glued = before.isdigit() or (after.isdigit() and not timed)
            # "1.234,56" is not "234,56", nor "12.5" inside "12.50".
            glued |= before in ".,'" and start >= 2 and text[start - 2].isdigit()
            glued |= after in ".," and end + 1 < len(text) and text[end + 1].isdigit()
            if not glued:
                spans.append((start, end))
            start = text.find(variant, start + 1)
    return spans


def _fold_keep_length(text: str) -> str:
    """Casefold character by character, keeping indices (for written dates)."""
    out = []
    for ch in text:
        folded = unicodedata.normalize("NFKC", ch).casefold()
        out.append(folded[0] if len(folded) == 1 else ch.lower())
    return "".join(" " if c.isspace() else c for c in out)


def _text_hits(chars: _Chars, value: str) -> list[tuple[int, int, bool]]:
    """Spans matching ``value`` ignoring case and punctuation; fuzzy when nothing is exact."""
    wanted, _ = _alnum(value)
    if not wanted:
        return []
    have, index = chars.alnum
    spans: list[tuple[int, int, bool]] = []
    start = have.find(wanted)
    while start >= 0:
        first, last = index[start], index[start + len(wanted) - 1]
        before = chars.text[first - 1] if first else " "
        after = chars.text[last + 1] if last + 1 < len(chars.text) else " "
        # An identifier must not be the tail of a longer one ("42" in "INV-0042").
        if len(wanted) >= 6 or not (before.isalnum() or after.isalnum()):
            spans.append((first, last + 1, True))
        start = have.find(wanted, start + 1)
    if spans or len(wanted) < 5:
        return spans
    best, best_at = 0.0, -1
    n = len(wanted)
    # No window of the line shares more characters with the value than the whole line does:
    # a line below the threshold even so holds no fuzzy match (most lines, for most values).
    need = _counts(wanted)
    common = sum(min(c, chars.alnum_counts[ch]) for ch, c in need.items())
    if 2.0 * common / (n + min(n, len(have))) < MIN_FUZZY:
        return spans
    for i, bound in enumerate(_overlap_bounds(wanted, have)):
        # The ratio never exceeds the characters' multiset overlap (difflib's quick_ratio):
        # a window whose bound is below the threshold or the best so far cannot win.
        if bound < MIN_FUZZY or bound <= best:
            continue
        ratio = SequenceMatcher(None, wanted, have[i : i + n], autojunk=False).ratio()
        if ratio > best:
            best, best_at = ratio, i
    if best >= MIN_FUZZY and best_at >= 0:
        end = min(len(index), best_at + n) - 1
        spans.append((index[best_at], index[end] + 1, False))
    return spans


@lru_cache(maxsize=256)
def _counts(text: str) -> Counter[str]:
    return Counter(text)


def _overlap_bounds(wanted: str, have: str) -> list[float]:
    """For each window of ``have`` as long as ``wanted`` (at least one, as the fuzzy search
    slides it), ``2 * |multiset overlap| / (len(wanted) + len(window))``: difflib's
    ``quick_ratio``, an upper bound of ``ratio``, updated in O(1) per step."""
    n = len(wanted)
    need = Counter(wanted)
    window = Counter(have[:n])
    common = sum(min(c, window[ch]) for ch, c in need.items())
    bounds = [2.0 * common / (n + min(n, len(have)))]
    for i in range(1, len(have) - n + 1):
        out, into = have[i - 1], have[i + n - 1]
        if out != into:
            if window[out] <= need[out]:
                common -= 1
            window[out] -= 1
            window[into] += 1
            if window[into] <= need[into]:
                common += 1
        bounds.append(2.0 * common / (2 * n))
    return bounds


_CURRENCY_AFTER = re.compile(r"^\s?(?:[A-Z]{3}\b|[€$£¥₹]|kr\b|zł|Kč|Fr\.?)")
_CURRENCY_BEFORE = re.compile(r"(?:\b[A-Z]{3}|[€$£¥₹]|kr|Fr\.?)\s?$")


def _with_currency(text: str, start: int, end: int) -> tuple[int, int]:
    """The span widened to a currency code or sign printed right before or after the amount."""
    after = _CURRENCY_AFTER.match(text[end:])
    if after:
        return start, end + after.end()
    before = _CURRENCY_BEFORE.search(text[:start])
    if before:
        return before.start(), end
    return start, end


def _variants(name: str, value: Any) -> tuple[set[str], bool] | None:
    """Literal renderings and whether they are compared casefolded; None for free text."""
    if isinstance(value, Decimal):
        return amount_variants(value), False
    if isinstance(value, date):
        return date_variants(value), True
    if name == "currency" and isinstance(value, str):
        sign = _CURRENCY_SIGNS.get(value.upper())
        return ({value.upper(), sign} if sign else {value.upper()}), False
    return None


def _required(value: Any) -> tuple[str, ...]:
    """Parts one of which every literal rendering of ``value`` contains: a line without any
    holds none of them. An amount's last (up to) three digits before the cents; a date's
    two-digit year, common or Buddhist-era (2026 is 2569: "26" or "69")."""
    if isinstance(value, Decimal):
        return (f"{abs(value).quantize(Decimal('0.01')):.2f}".split(".")[0][-3:],)
    if isinstance(value, date):
        return (f"{value.year % 100:02d}", f"{(value.year + BUDDHIST_ERA) % 100:02d}")
    return ("",)


def _joined(upper: _Chars, lower: _Chars) -> _Chars:
    last = upper.boxes[-1] if upper.boxes else (0.0, 0.0, 0.0, 0.0)
    gap = (last[2], last[1], last[2], last[3])
    return _Chars(upper.text + " " + lower.text, [*upper.boxes, gap, *lower.boxes])


def _line_pairs(page: OcrPage, chars: Sequence[_Chars]) -> list[_Chars]:
    """Each line joined with the line right below it in the same column: a name set over two
    lines ("MVM Musterhafter" / "Versicherungsverein Musterstadt a.G.") is one value.
    ``chars``: the page's lines as :func:`_line_chars` makes them, in the same order."""
    pairs = []
    for a, a_chars in zip(page.lines, chars, strict=True):
        for b, b_chars in zip(page.lines, chars, strict=True):
            h = max(a.bbox.height, 1.0)
            below = 0 <= b.bbox.y0 - a.bbox.y1 <= 1.2 * h and b is not a
            if below and min(a.bbox.x1, b.bbox.x1) > max(a.bbox.x0, b.bbox.x0):
                pairs.append(_joined(a_chars, b_chars))
    return pairs


class PageTexts:
    """Each page's lines (and pairs of lines) as characters with boxes, made once per page
    for all the fields looked up on it (pages are identified by object, so keep them alive)."""

    def __init__(self) -> None:
        self._lines: dict[int, list[_Chars]] = {}
        self._pairs: dict[int, list[_Chars]] = {}

    def lines(self, page: OcrPage) -> list[_Chars]:
        found = self._lines.get(id(page))
        if found is None:
            found = self._lines[id(page)] = [_line_chars(x) for x in page.lines]
        return found

    def pairs(self, page: OcrPage) -> list[_Chars]:
        found = self._pairs.get(id(page))
        if found is None:
            found = self._pairs[id(page)] = _line_pairs(page, self.lines(page))
        return found


def _hits(name: str, value: Any, pages: Sequence[OcrPage], texts: PageTexts) -> list[_Hit]:
    hits = _line_hits(name, value, pages, texts.lines)
    if not hits and _variants(name, value) is None:
        hits = _line_hits(name, value, pages, texts.pairs)
    joined = _POINT_AND_NUMBER.fullmatch(str(value)) if name == "invoice_number" else None
    if (
        not hits
        and joined is not None
        and any(h.exact for h in _hits(name, joined.group(1), pages, texts))
    ):
        # Argentina's number as it is written, point of sale and number joined
        # ("00004-00012987"), from the boxes that print them apart ("Punto de Venta: 00004",
        # "Comp. Nro: 00012987"): found where its number is.
        hits = _hits(name, joined.group(2), pages, texts)
    return hits


#: A point of sale and a number joined by a hyphen, as Argentina writes a document's number.
_POINT_AND_NUMBER = re.compile(r"(\d{4,5})-(\d{8})")


def _line_hits(
    name: str,
    value: Any,
    pages: Sequence[OcrPage],
    texts: Callable[[OcrPage], list[_Chars]],
) -> list[_Hit]:
    variants = _variants(name, value)
    required = _required(value)
    hits = []
    for page in pages:
        for chars in texts(page):
            if variants is not None:
                text = chars.folded if variants[1] else chars.text
                if not any(part in text for part in required):
                    continue
                spans = [(s, e, True) for s, e in _literal_hits(chars, variants[0], variants[1])]
                if isinstance(value, date):
                    found = _vietnamese_date(value).finditer(chars.folded)
                    spans += [(m.start(), m.end(), True) for m in found]
                if name in _AMOUNT_FIELDS:
                    spans = [(*_with_currency(chars.text, s, e), x) for s, e, x in spans]
            else:
                spans = _text_hits(chars, str(value))
            for start, end, exact in spans:
                box = chars.span(start, end)
                if page.source == "ocr":
                    pad = box.height * (1 - OCR_BOX_HEIGHT) / 2
                    box = BBox(x0=box.x0, y0=box.y0 + pad, x1=box.x1, y1=box.y1 - pad)
                hits.append(_Hit(page, box, exact))
    return hits


def _rank(name: str, hit: _Hit, hint: dict[str, Any] | None) -> tuple[float, ...]:
    near = 0.0
    if hint and hint.get("page") == hit.page.page_number and hint.get("bbox"):
        x0, y0, x1, y1 = (float(v) for v in hint["bbox"])
        inside = x0 - 2 <= hit.box.cx <= x1 + 2 and y0 - 2 <= hit.box.cy <= y1 + 2
        dist = abs(hit.box.cx - (x0 + x1) / 2) + abs(hit.box.cy - (y0 + y1) / 2)
        near = 2.0 if inside else 1.0 / (1.0 + dist / 100.0)
    # Totals are printed largest and last; other values are taken in reading order.
    size = hit.box.height / max(1.0, hit.page.height) if name == "total" else 0.0
    low = hit.box.cy / max(1.0, hit.page.height) if name in _AMOUNT_FIELDS else 0.0
    return (float(hit.exact), near, size, low, -hit.page.page_number, -hit.box.cy)


def locate(
    name: str,
    value: Any,
    pages: Sequence[OcrPage],
    hint: dict[str, Any] | None = None,
    texts: PageTexts | None = None,
) -> Located | None:
    """The place of ``value`` (field ``name``) on ``pages``, or None when it is not printed.

    ``hint`` is the extractor's evidence (``page``, ``bbox`` in page pixels), preferred when
    several places match. ``texts``: the pages' lines prepared by an earlier lookup.
    """
    if value is None or value == "":
        return None
    hits = _hits(name, value, pages, texts or PageTexts())
    if not hits:
        return None
    best = max(hits, key=lambda h: _rank(name, h, hint))
    w, h = max(1.0, best.page.width), max(1.0, best.page.height)
    box = (
        _clip(best.box.x0 / w),
        _clip(best.box.y0 / h),
        _clip(best.box.x1 / w),
        _clip(best.box.y1 / h),
    )
    return Located(page=best.page.page_number, bbox=box, exact=best.exact)


def _clip(v: float) -> float:
    return round(min(1.0, max(0.0, v)), 4)


def iou(a: Sequence[float], b: Sequence[float]) -> float:
    """Intersection over union of two (x0, y0, x1, y1) boxes."""
    ix = max(0.0, min(a[2], b[2]) - max(a[0], b[0]))
    iy = max(0.0, min(a[3], b[3]) - max(a[1], b[1]))
    inter = ix * iy
    union = (a[2] - a[0]) * (a[3] - a[1]) + (b[2] - b[0]) * (b[3] - b[1]) - inter
    return inter / union if union > 0 else 0.0


# ----------------------------------------------------------------------------- fields object

#: Fields given in the ``fields`` object: the flat header fields and the payee's IBAN.
EVIDENCE_FIELDS = (*HEADER_FIELDS, "iban")


def field_source(
    name: str,
    *,
    einvoice_fields: Iterable[str],
    derived: Iterable[str],
    provider: str,
    defaulted: Iterable[str] = (),
) -> str:
    """``e_invoice``, ``company_default`` (the company's setting, the document states none),
    ``inferred`` (computed from other fields), ``rules`` or ``llm:<provider>``."""
    if name in set(einvoice_fields):
        return "e_invoice"
    if name in set(defaulted):
        return "company_default"
    if name in set(derived):
        return "inferred"
    return "rules" if provider == "offline" else f"llm:{provider}"


def fields_object(
    values: dict[str, Any],
    confidence: dict[str, float],
    sources: dict[str, str],
    pages: Sequence[OcrPage],
    hints: dict[str, dict[str, Any]],
) -> dict[str, dict[str, Any]]:
    """``{field: {value, confidence, source, page, bbox}}`` for :data:`EVIDENCE_FIELDS`.

    ``values`` are JSON-ready (ISO dates, amounts as strings are fine), ``confidence`` per field
    in 0-1 (a field without one gets 0.7 when it has a value, 0 otherwise).
    """
    out: dict[str, dict[str, Any]] = {}
    texts = PageTexts()
    for name in EVIDENCE_FIELDS:
        raw = values.get(name)
        found = locate(name, raw, pages, hints.get(name), texts) if raw is not None else None
        conf = confidence.get(name)
        if conf is None:
            conf = 0.7 if raw is not None else 0.0
        out[name] = {
            "value": _json(raw),
            "confidence": round(max(0.0, min(1.0, float(conf))), 4),
            "source": sources.get(name, "rules") if raw is not None else None,
            "page": found.page if found else None,
            "bbox": list(found.bbox) if found else None,
        }
    return out


def _json(value: Any) -> Any:
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal):
        return str(value)
    return value
