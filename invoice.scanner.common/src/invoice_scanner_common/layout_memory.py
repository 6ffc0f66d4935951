"""Supplier layout memory: pure geometry on OCR words, shared by both services.

The API learns from a reviewer (where did the corrected or confirmed value stand, next to which
fixed words); processing reads those places on the next document of that supplier. Both work on
the JSON of ``ocr.json`` (pages with lines with words and pixel boxes), so the API needs no
processing code.

Positions are never absolute alone: a value is stored as an offset from an *anchor* (the
nearest label-like words left of it on its row, or above it), normalised by the page size,
plus the anchor's own normalised position, which only breaks ties between several occurrences
of the same label. A scan shifted or scaled a little still finds the anchor and the value
beside it.

The layout fingerprint is the set of the first page's *fixed words* (alphabetic tokens of three
letters or more: labels, headings, the supplier's own name), each hashed to 32 bits. A page is
compared with a layout by containment (the share of the layout's words the page holds); each
time a layout is learned again its set shrinks to the words both pages share, so names, goods
and month names drop out and the fixed words remain. Exact sets of a hundred small integers are
cheap to store and compare, so no MinHash sketch is needed at this size.
"""

from __future__ import annotations

import hashlib
import itertools
import re
import unicodedata
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any

from invoice_scanner_common.fields import FIELDS, ValueType
from invoice_scanner_common.geometry import BoxGeometry

_KINDS = {
    ValueType.TEXT: "text",
    ValueType.CODE: "text",
    ValueType.DATE: "date",
    ValueType.MONEY: "amount",
}
#: Fields the memory learns and reads (the field table's ``remembered`` rows), with how their
#: value is matched on the page.
FIELD_KINDS: dict[str, str] = {spec.name: _KINDS[spec.type] for spec in FIELDS if spec.remembered}
#: Amounts usually stand in the totals block at the bottom: the last occurrence is taken.
_LAST_OCCURRENCE = {name for name, kind in FIELD_KINDS.items() if kind == "amount"}
_MAX_SPAN = 6
_WORD_RE = re.compile(r"[^\W\d_]{3,}")
#: A month name, also as OCR misreads it ("0ctober"): a token with two letters in a row.
_MONTH = r"[^\W_]*[^\W\d_]{2,}[^\W_]*\.?"
_NAMED_DATE = re.compile(
    rf"(?P<day>\d{{1,2}})\.?\s*(?:de\s+)?{_MONTH}\s*(?:de\s+)?(?P<year>\d{{4}})", re.IGNORECASE
)
_NAMED_DATE_US = re.compile(rf"{_MONTH}\s*(?P<day>\d{{1,2}}),?\s*(?P<year>\d{{4}})")
_NON_ALNUM = re.compile(r"[\W_]+")


@dataclass(frozen=True)
class Word(BoxGeometry):
    """A word and its box (processing's ``documents.BBox`` shares the box arithmetic)."""

    text: str
    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class Page:
    number: int
    width: float
    height: float
    words: tuple[Word, ...]


def fold(text: str) -> str:
    """Lower case, accents removed, only letters and digits: how words are compared."""
    plain = unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode()
    return _NON_ALNUM.sub("", plain.casefold())


def is_fixed(text: str) -> bool:
    """A label-like word: letters only (no digits), three or more of them."""
    return bool(_WORD_RE.fullmatch(_NON_ALNUM.sub("", text)))


def _line_words(line: Mapping[str, Any]) -> list[Word]:
    words = line.get("words") or []
    if words:
        out = []
        for w in words:
            b = w["bbox"]
            out.append(Word(str(w["text"]), b["x0"], b["y0"], b["x1"], b["y1"]))
        return out
    # A line without word boxes: share its width among its words by their length.
    b = line["bbox"]
    parts = str(line.get("text") or "").split()
    total = sum(len(p) + 1 for p in parts) or 1
    x, step = b["x0"], (b["x1"] - b["x0"]) / total
    out = []
    for p in parts:
        out.append(Word(p, x, b["y0"], x + len(p) * step, b["y1"]))
        x += (len(p) + 1) * step
    return out


def pages_of(ocr: Mapping[str, Any]) -> list[Page]:
    """The pages of an ``ocr.json`` document as word lists."""
    out = []
    for p in ocr.get("pages") or []:
        words = [w for line in p.get("lines") or [] for w in _line_words(line) if w.text.strip()]
        out.append(Page(int(p["page_number"]), float(p["width"]), float(p["height"]), tuple(words)))
    return out


def fingerprint(pages: Sequence[Page]) -> list[int]:
    """Sorted 32-bit hashes of the first page's fixed words."""
    if not pages:
        return []
    tokens = {fold(w.text) for w in pages[0].words if is_fixed(w.text)}
    return sorted(
        int.from_bytes(hashlib.blake2b(t.encode(), digest_size=4).digest()) for t in tokens
    )


# -- locating a known value on the page ---------------------------------------------------


def _digits(text: str) -> str:
    return "".join(ch for ch in text if ch.isdigit())


def _amount_digits(value: Any) -> set[str]:
    try:
        d = abs(Decimal(str(value)))
    except (InvalidOperation, ValueError):
        return set()
    out = {_digits(f"{d:.2f}")}
    if d == d.to_integral_value():
        out.add(_digits(f"{d:.0f}"))
    return out


def date_orders(value: Any) -> dict[str, str]:
    """Digit strings a printed date may reduce to, each with the order it means."""
    try:
        d = value if isinstance(value, date) else date.fromisoformat(str(value))
    except ValueError:
        return {}
    y, m, dd = f"{d.year:04d}", f"{d.month:02d}", f"{d.day:02d}"
    out: dict[str, str] = {}
    for day, month in ((dd, m), (str(d.day), str(d.month)), (dd, str(d.month)), (str(d.day), m)):
        for year in (y, y[2:]):
            out.setdefault(day + month + year, "dmy")
            out.setdefault(month + day + year, "mdy")
    out.setdefault(y + m + dd, "ymd")
    return out


def _matches(kind: str, value: Any, text: str) -> str | None:
    """``None`` when ``text`` does not print ``value``; else a hint (the date order, or "")."""
    if kind == "amount":
        return "" if _digits(text) in _amount_digits(value) and _digits(text) else None
    if kind == "date":
        orders = date_orders(value)
        digits = _digits(text)
        if digits in orders:
            same = {o for k, o in orders.items() if k == digits}
            return same.pop() if len(same) == 1 else ""
        # Month names: "14 March 2026", "14. März 2026", "14 de marzo de 2026", "March 14, 2026".
        d = value if isinstance(value, date) else date.fromisoformat(str(value))
        m = _NAMED_DATE.fullmatch(text.strip()) or _NAMED_DATE_US.fullmatch(text.strip())
        if m and int(m["day"]) == d.day and int(m["year"]) == d.year:
            return "name"
        return None
    want = fold(str(value))
    return "" if want and fold(text) == want else None


def locate(
    kind: str, value: Any, page: Page, last: bool = False, taken: Sequence[Word] = ()
) -> tuple[list[Word], str] | None:
    """The shortest run of words on one row that prints ``value``, with its hint; words in
    ``taken`` (another field's value) are not used again."""
    rows = _rows(page.words)
    found: list[tuple[list[Word], str]] = []
    for row in rows:
        for size in range(1, _MAX_SPAN + 1):
            for i in range(len(row) - size + 1):
                span = row[i : i + size]
                hint = _matches(kind, value, " ".join(w.text for w in span))
                if (
                    hint is not None
                    and not any(_overlaps(span, f[0]) for f in found)
                    and not _overlaps(span, list(taken))
                ):
                    found.append((span, hint))
    if not found:
        return None
    found.sort(key=lambda f: (f[0][0].cy, f[0][0].x0))
    return found[-1] if last else found[0]


def _overlaps(a: list[Word], b: list[Word]) -> bool:
    return any(w in b for w in a)


def _rows(words: Sequence[Word]) -> list[list[Word]]:
    """Words grouped into visual rows (vertical centres within half a word height), left to
    right."""
    rows: list[list[Word]] = []
    for w in sorted(words, key=lambda w: w.cy):
        for row in rows:
            ref = row[0]
            if abs(ref.cy - w.cy) <= max(ref.height, w.height) * 0.5:
                row.append(w)
                break
        else:
            rows.append([w])
    return [sorted(r, key=lambda w: w.x0) for r in rows]


def _box(span: Sequence[Word]) -> tuple[float, float, float, float]:
    return (
        min(w.x0 for w in span),
        min(w.y0 for w in span),
        max(w.x1 for w in span),
        max(w.y1 for w in span),
    )


def _label_word(w: Word) -> bool:
    return bool(w.text.strip()) and not any(ch.isdigit() for ch in w.text)


def _near_number(w: Word, row: Sequence[Word], value: Sequence[Word]) -> bool:
    """Beside a word with digits other than the value's own (a month name in another date)."""
    gap = 1.5 * w.height
    return any(
        o not in value
        and any(ch.isdigit() for ch in o.text)
        and (0 <= w.x0 - o.x1 <= gap or 0 <= o.x0 - w.x1 <= gap)
        for o in row
    )


def _rate_words(row: Sequence[Word]) -> list[Word]:
    """Words of a percentage between a label and its value ("20%", "5,5 %", "(20 %)")."""
    out = [w for w in row if "%" in w.text]
    for a, b in itertools.pairwise(row):
        if b in out and b.text.strip("()%") == "" and any(ch.isdigit() for ch in a.text):
            out.append(a)
    return out


def anchor_for(span: Sequence[Word], page: Page) -> list[Word] | None:
    """The label of a value: the words just left of it on its row, else the nearest ones above
    it that overlap it horizontally; up to two words next to each other, one of them fixed,
    none of them part of another value."""
    x0, y0, x1, y1 = _box(span)
    h = max(y1 - y0, 1.0)
    rows = _rows(page.words)
    row = next((r for r in rows if span[0] in r), [])
    left = [w for w in row if w.x1 <= x0 + 1 and w not in span]
    label: list[Word] = []
    rates = _rate_words(left)
    for w in reversed(left):
        if not label and w in rates:
            continue  # "VAT 20 %  45.00": the rate changes, the label is "VAT"
        nxt = label[0] if label else span[0]
        gap = page.width * 0.6 if not label else 1.5 * h
        if len(label) == 2 or nxt.x0 - w.x1 > gap or not _label_word(w):
            break
        label.insert(0, w)
    beside = [*span, *rates]
    if any(is_fixed(w.text) for w in label) and not any(
        _near_number(w, row, beside) for w in label
    ):
        return label
    above = [
        (w, r)
        for r in rows
        for w in r
        if w.cy < y0 and y0 - w.y1 < 4 * h and w.x0 < x1 + h and w.x1 > x0 - h
    ]
    above = [(w, r) for w, r in above if is_fixed(w.text) and not _near_number(w, r, span)]
    if not above:
        return None
    nearest = max(above, key=lambda a: a[0].cy)[0]
    same = [w for w, _ in above if abs(w.cy - nearest.cy) <= h * 0.5]
    same.sort(key=lambda w: abs(w.cx - (x0 + x1) / 2))
    return sorted(same[:1], key=lambda w: w.x0)


def learn_field(
    name: str, value: Any, pages: Sequence[Page], taken: list[Word] | None = None
) -> dict[str, Any] | None:
    """Where ``value`` of field ``name`` stands, relative to its label; ``None`` if not found.

    The value's words are added to ``taken``, so that another field with the same value (net
    and total without VAT) finds its own occurrence or none.
    """
    kind = FIELD_KINDS.get(name)
    if kind is None or value in (None, ""):
        return None
    taken = taken if taken is not None else []
    for page in pages:
        hit = locate(kind, value, page, last=name in _LAST_OCCURRENCE, taken=taken)
        if hit is None:
            continue
        span, hint = hit
        taken.extend(span)
        anchor = anchor_for(span, page)
        if anchor is None:
            continue
        ax0, ay0, ax1, _ = _box(anchor)
        vx0, vy0, vx1, vy1 = _box(span)
        w, h = page.width, page.height
        return {
            "page": page.number,
            "kind": kind,
            "hint": hint,
            "anchor": [fold(a.text) for a in anchor],
            "anchor_at": [round(ax0 / w, 4), round(ay0 / h, 4)],
            # The value box relative to the anchor's top-left corner, in page fractions.
            "box": [
                round((vx0 - ax0) / w, 4),
                round((vy0 - ay0) / h, 4),
                round((vx1 - ax0) / w, 4),
                round((vy1 - ay0) / h, 4),
            ],
            "align": "right" if ax1 < vx0 and _right_aligned(span, page) else "left",
            "words": len(span),
        }
    return None


def _right_aligned(span: Sequence[Word], page: Page) -> bool:
    """A value in the right half of the page (totals columns): its right edge is what stays."""
    return (span[0].x0 + span[-1].x1) / 2 > page.width * 0.55


def learn(values: Mapping[str, Any], pages: Sequence[Page]) -> dict[str, dict[str, Any]]:
    """Locations of every memorised field of ``values`` found on the pages; a field whose
    value is empty is remembered as ``{"absent": true}``."""
    out = {}
    taken: list[Word] = []
    # Totals first: the total is the last amount printed, the net stands above it.
    order = sorted(
        values,
        key=lambda n: (
            ("total", "vat", "amount").index(n) if n in ("total", "vat", "amount") else -1
        ),
    )
    for name in order:
        value = values[name]
        if name in FIELD_KINDS and value in (None, ""):
            # Confirmed empty: this layout does not print the field (no due date, say).
            out[name] = {"absent": True}
            continue
        where = learn_field(name, value, pages, taken)
        if where is not None:
            out[name] = where
    return out


def same_place(a: Mapping[str, Any], b: Mapping[str, Any]) -> bool:
    """Two learned locations of a field agree (same label, value box within 2 % of the page)."""
    if a.get("absent") or b.get("absent"):
        return bool(a.get("absent")) == bool(b.get("absent"))
    return (
        a.get("anchor") == b.get("anchor")
        and a.get("page") == b.get("page")
        and all(abs(x - y) <= 0.02 for x, y in zip(a["box"], b["box"], strict=True))
    )


# -- reading a remembered place --------------------------------------------------------------


def find_anchor(where: Mapping[str, Any], page: Page) -> list[Word] | None:
    """The occurrence of the stored label nearest its old place (within a quarter page)."""
    label = list(where["anchor"])
    ax, ay = where["anchor_at"]
    best: tuple[float, list[Word]] | None = None
    for row in _rows(page.words):
        folded = [fold(w.text) for w in row]
        for i in range(len(row) - len(label) + 1):
            if folded[i : i + len(label)] != label:
                continue
            words = row[i : i + len(label)]
            dist = abs(words[0].x0 / page.width - ax) + abs(words[0].y0 / page.height - ay)
            if dist <= 0.25 and (best is None or dist < best[0]):
                best = (dist, words)
    return best[1] if best else None


def read_place(where: Mapping[str, Any], page: Page) -> tuple[str, tuple[float, ...]] | None:
    """The text standing where the value stood, beside the found label; ``None`` without one."""
    anchor = find_anchor(where, page)
    if anchor is None:
        return None
    ax0, ay0 = anchor[0].x0, anchor[0].y0
    bx0, by0, bx1, by1 = where["box"]
    x0, y0 = ax0 + bx0 * page.width, ay0 + by0 * page.height
    x1, y1 = ax0 + bx1 * page.width, ay0 + by1 * page.height
    width, mid = x1 - x0, (y0 + y1) / 2
    # Values of another invoice are longer or shorter: grow from the edge that stays.
    if where.get("align") == "right":
        lo, hi = x0 - max(width, page.width * 0.08), x1 + page.width * 0.01
    else:
        lo, hi = x0 - page.width * 0.01, x1 + max(width, page.width * 0.08)
    taken = [
        w
        for w in page.words
        if abs(w.cy - mid) <= min(y1 - y0, w.height) * 0.5
        and w.cx >= lo
        and w.cx <= hi
        and w not in anchor
    ]
    if not taken:
        return None
    taken.sort(key=lambda w: w.x0)
    # Keep the run of words that touch each other from the edge that stays (a gap wider than
    # two letters' height ends the value).
    runs: list[list[Word]] = [[taken[0]]]
    for w in taken[1:]:
        if w.x0 - runs[-1][-1].x1 > 1.5 * max(w.height, runs[-1][-1].height):
            runs.append([w])
        else:
            runs[-1].append(w)
    if where.get("align") == "right":
        run = min(runs, key=lambda r: abs(r[-1].x1 - x1))
    else:
        run = min(runs, key=lambda r: abs(r[0].x0 - x0))
    return " ".join(w.text for w in run), _box(run)
