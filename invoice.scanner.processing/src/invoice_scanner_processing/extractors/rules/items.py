"""Line-item reading: tables found by their header row, and till-slip lines without one.

Tables: columns are the header cells' horizontal spans; each body cell goes to the column it
overlaps most (numbers are usually right-aligned under their header, so the nearest right edge
breaks ties). The table ends at the first summary row (subtotal, VAT, total: a summary label
that is not an item's description, or words under the number columns with no description) or
at the end of the page. A row with a description but no numbers continues the previous item.

Till slips and receipts print items without a header row, as ``2 x 1.42   2.84`` under (or after)
the description. Such a line is an item only when quantity × unit price gives the amount, which
keeps addresses and phone numbers out; it is read only on documents without a table.

Most receipts print neither: a name and its price, perhaps a count before the name ("2 ×
Tiramisu   €13.00", "Banana Bread  $6.90"). :func:`read_priced_rows` reads those rows above the
first summary line, once the totals are known, and keeps them only where they add up to the net
or to net and VAT, as the evaluation's line-items check asks; a stray row (an address with a
price-like number, a pump's litres) breaks the sum and the rows are not read.
"""

from __future__ import annotations

import re
from decimal import ROUND_HALF_UP, Decimal

from invoice_scanner_processing.extractors.rules.currencies import ISO_CODES, WHOLE_CURRENCIES
from invoice_scanner_processing.extractors.rules.lexicon import column_index, compact
from invoice_scanner_processing.extractors.rules.parsing import FoundAmount, find_amounts
from invoice_scanner_processing.extractors.rules.segments import Page, Segment
from invoice_scanner_processing.schema import CENT, InvoiceFields, LineItem

_STOP_FIELDS = {"net", "vat", "total", "amount_due", "discount", "shipping"}
_NUMERIC_ROLES = ("quantity", "unit_price", "amount", "tax_rate")
_CENT = CENT


_ALTERNATIVES = re.compile(r"\s*(?:/|&|\+|\band\b|\bund\b|\bet\b|\by\b|\bo\b|\bou\b)\s*")


#: A currency after a column's name ("Amount GBP", "Betrag EUR", "EP €"): the column's unit.
_CURRENCY_AFTER = re.compile(r"(?:\s+[A-Z]{3}|\s*[€$£¥₹])\s*$")


def _role(text: str) -> str | None:
    """The column a header cell names: ``Product / Service`` and ``Menge (Stk.)`` name one
    column in two ways, ``Amount GBP`` is the amount; the first way we know wins."""
    index = column_index()
    text = _CURRENCY_AFTER.sub("", text) or text
    role = index.get(compact(text))
    if role is not None:
        return role
    for part in _ALTERNATIVES.split(re.sub(r"\(.*?\)", " ", text)):
        role = index.get(compact(part))
        if role is not None:
            return role
    return None


def _header_roles(row: list[Segment]) -> list[tuple[str, Segment]] | None:
    roles: list[tuple[str, Segment]] = []
    for seg in row:
        role = _role(seg.text)
        if role is None:
            return None if len(row) <= 2 else _loose(row)
        roles.append((role, seg))
    return _valid(roles)


def _loose(row: list[Segment]) -> list[tuple[str, Segment]] | None:
    roles = [(role, s) for s in row if (role := _role(s.text)) is not None]
    if len(roles) < 0.75 * len(row):
        return None
    return _valid(roles)


def _valid(roles: list[tuple[str, Segment]]) -> list[tuple[str, Segment]] | None:
    names = [r for r, _ in roles]
    if len(roles) < 3 or "description" not in names:
        return None
    if not {"amount", "unit_price", "quantity"} & set(names):
        return None
    # "Total" both as unit price and amount header: the right-most numeric header is the amount.
    numeric = [i for i, (r, _) in enumerate(roles) if r in ("amount", "unit_price")]
    if numeric and roles[numeric[-1]][0] != "amount" and "amount" not in names:
        i = numeric[-1]
        roles[i] = ("amount", roles[i][1])
    seen: set[str] = set()
    out = []
    for role, seg in roles:
        if role in seen:
            role = "amount" if role == "unit_price" else role
        seen.add(role)
        out.append((role, seg))
    return out


def _assign(seg: Segment, columns: list[tuple[str, Segment]]) -> str:
    best_role = columns[0][0]
    best = -1e9
    for role, head in columns:
        ov = seg.bbox.x_overlap(head.bbox)
        score = ov - 0.1 * abs(seg.bbox.x1 - head.bbox.x1)
        if score > best:
            best, best_role = score, role
    return best_role


def _number(text: str) -> Decimal | None:
    amounts = find_amounts(text)
    return amounts[-1].value if amounts else None


def _consistent(qty: Decimal | None, price: Decimal | None, amount: Decimal | None) -> bool:
    """Quantity × unit price gives the amount, to the cent (printed prices are rounded)."""
    if qty is None or price is None or amount is None or qty == 0:
        return False
    product = (qty * price).quantize(_CENT, rounding=ROUND_HALF_UP)
    return abs(product - amount) <= _CENT or abs(abs(product) - abs(amount)) <= _CENT


def _is_stop_label(seg: Segment) -> bool:
    return any(h.start == 0 and _STOP_FIELDS & set(h.fields) for h in seg.hits)


def _summary_row(row: list[Segment], roles: list[str], numbers: dict[str, Decimal | None]) -> bool:
    """Whether a row below the table header is a summary line (subtotal, VAT, total) and so
    ends the table. An item whose description starts like a label ("Delivery pallets",
    "Shipping insurance") keeps its quantity and its arithmetic; a summary line has neither."""
    if _consistent(numbers.get("quantity"), numbers.get("unit_price"), numbers.get("amount")):
        return False
    for seg, role in zip(row, roles, strict=True):
        if not _is_stop_label(seg):
            continue
        if role != "description" or numbers.get("quantity") is None or _priced_quantity(row, roles):
            return True
    first = row[0]
    if first.hits and first.hits[0].start == 0 and len(row) <= 2 and not _is_stop_label(first):
        # "Payment terms: ...", "Page 2 of 3" at the left margin: the table is over, unless the
        # label is only a word inside an item's description that has numbers after it.
        return numbers.get("amount") is None or "description" not in roles
    if "description" not in roles:
        # Words under the number columns and no description: "Items total   1,234.00".
        words = [
            s
            for s, r in zip(row, roles, strict=True)
            if r in _NUMERIC_ROLES and not find_amounts(s.text) and _letters(s.text) >= 3
        ]
        return bool(words)
    return False


def _priced_quantity(row: list[Segment], roles: list[str]) -> bool:
    """A number under the quantity column that names its currency ("290,00 EUR" beside
    "Montant total hors TVA"): money set in the column, as a summary under the table prints
    it, never a count of items."""
    return any(
        a.currency
        for seg, role in zip(row, roles, strict=True)
        if role == "quantity"
        for a in find_amounts(seg.text)
    )


def _letters(text: str) -> int:
    return sum(c.isalpha() for c in text)


def _position(seg: Segment, columns: list[tuple[str, Segment]]) -> bool:
    """A bare line number left of the description column (its "#" header may be lost)."""
    desc = next((h for r, h in columns if r == "description"), None)
    return (
        desc is not None
        and seg.bbox.x1 <= desc.bbox.x0 + 0.5 * desc.bbox.height
        and seg.text.strip().rstrip(".").isdigit()
    )


def _read_tables(pages: list[Page]) -> tuple[list[LineItem], list[Segment]]:
    items: list[LineItem] = []
    used: list[Segment] = []
    for page in pages:
        r = 0
        while r < len(page.rows):
            columns = _header_roles(page.rows[r])
            if columns is None:
                r += 1
                continue
            aside = _aside_of(page.rows[r])
            used.extend(page.rows[r])
            r = _read_body(page, r + 1, columns, items, used, aside)
    return items, used


def _aside_of(header: list[Segment]) -> float:
    """Where text ends that stands aside of the table whose header is ``header``: a sidebar
    left of its first column (the seller's ABN, the invoice's number and dates under their
    labels, set beside the item rows) ends well before the header's left-most cell starts."""
    h = max(max(s.bbox.height for s in header), 1.0)
    return min(s.bbox.x0 for s in header) - 3 * h


def _beside_table(seg: Segment, aside: float) -> bool:
    """A segment of a sidebar (:func:`_aside_of`) in the table's rows, no line's position."""
    return seg.bbox.x1 < aside and not seg.text.strip().rstrip(".").isdigit()


def _read_body(
    page: Page,
    r: int,
    columns: list[tuple[str, Segment]],
    items: list[LineItem],
    used: list[Segment],
    aside: float,
) -> int:
    """The table's rows from row ``r`` on into ``items`` (their segments into ``used``), up to
    the first summary row or the page's end; the index of the row after the body. Text aside
    of the table (:func:`_aside_of`) is no part of it."""
    while r < len(page.rows):
        cells = [s for s in page.rows[r] if not _beside_table(s, aside)]
        row = [s for s in cells if not _position(s, columns)]
        if row and not _take_row(row, columns, items):
            break
        used.extend(cells)
        r += 1
    return r


def _take_row(
    row: list[Segment], columns: list[tuple[str, Segment]], items: list[LineItem]
) -> bool:
    """One body row: a new item, or more description for the last one; False where the row
    ends the table (a summary row, or one with neither numbers nor a description)."""
    roles = [_assign(seg, columns) for seg in row]
    cells: dict[str, list[str]] = {}
    for seg, role in zip(row, roles, strict=True):
        cells.setdefault(role, []).append(seg.text)
    numbers = {k: _number(" ".join(v)) for k, v in cells.items() if k in _NUMERIC_ROLES}
    if _summary_row(row, roles, numbers):
        return False
    item = LineItem(description=" ".join(cells.get("description", [])) or None)
    item.quantity = numbers.get("quantity")
    item.unit_price = numbers.get("unit_price")
    item.amount = numbers.get("amount")
    item.tax_rate = numbers.get("tax_rate")
    if "unit" in cells:
        item.unit = " ".join(cells["unit"])
    has_numbers = any(v is not None for v in numbers.values())
    if not has_numbers and items and item.description:
        prev = items[-1]
        prev.description = f"{prev.description or ''} {item.description}".strip()
    elif has_numbers:
        items.append(item)
    elif not item.description:
        return False
    return True


# --------------------------------------------------------------------------------------------
# Items without a table: "2 x 1.42   2.84"

_NUM = r"-?\d[\d.,'\s]*?\d|-?\d"
#: ``[description] qty x unit price`` with the amount further right; ``×``, ``x``, ``*`` and
#: ``@`` all stand for "times" on till slips.
_QTY_PRICE = re.compile(
    r"^(?P<desc>.*?)\s*(?<![\w.,])(?P<qty>\d+(?:[.,]\d{1,3})?)\s*(?:[x×X*]|@)\s*"
    r"(?P<price>[^\d\s-]{0,3}\s?-?\d[\d.,'\s]*?[.,]\d{2})(?!\d)"
)


def _row_text(row: list[Segment]) -> str:
    return "  ".join(s.text for s in row)


def _slip_item(row: list[Segment]) -> tuple[LineItem, bool] | None:
    """An item line of a till slip, and whether its description is on this line."""
    text = _row_text(row)
    m = _QTY_PRICE.search(text)
    if m is None:
        return None
    qty_found = find_amounts(m.group("qty"))
    price_found = find_amounts(m.group("price"))
    rest = find_amounts(text[m.end() :])
    if not qty_found or not price_found or not rest:
        return None
    qty, price, amount = qty_found[-1].value, price_found[-1].value, rest[-1].value
    if not _consistent(qty, price, amount):
        return None
    if amount < 0 < price:
        price = -price
    desc = m.group("desc").strip(" .:-")
    own = _letters(desc) >= 2
    item = LineItem(
        description=desc if own else None, quantity=qty, unit_price=price, amount=amount
    )
    return item, own


def _description_row(row: list[Segment]) -> bool:
    text = _row_text(row)
    if _letters(text) < 2 or any(_is_stop_label(s) for s in row):
        return False
    if _starts_with_label(row):
        return False
    # A separator line ("------") or a line of numbers is no description.
    return not find_amounts(text) or _letters(text) > 0.5 * len(text.replace(" ", ""))


def _read_slip(pages: list[Page]) -> tuple[list[LineItem], list[Segment]]:
    items: list[LineItem] = []
    used: list[Segment] = []
    for page in pages:
        pending: list[list[Segment]] = []
        for row in page.rows:
            found = _slip_item(row)
            if found is None:
                if _description_row(row):
                    pending.append(row)
                    pending = pending[-2:]  # a description wraps over two lines at most
                else:
                    pending = []
                continue
            item, own = found
            if not own and pending:
                item.description = " ".join(_row_text(r) for r in pending)
                for r in pending:
                    used.extend(r)
            pending = []
            items.append(item)
            used.extend(row)
    return items, used


def read_line_items(pages: list[Page]) -> tuple[list[LineItem], list[Segment]]:
    """Items of every table on every page, and the segments that made them up; on a document
    without a table, the quantity × price lines of a till slip."""
    items, used = _read_tables(pages)
    if items:
        return items, used
    return _read_slip(pages)


#: A count before an item's name ("2 × Tiramisu", "2x Cola", "3 Tacos al pastor"): one or two
#: digits, then a times sign or a space, then a letter.
_LEADING_COUNT = re.compile(r"^\s*(\d{1,2})(?:\s*[x×X*]\s*|\s+)(?=[^\W\d_])")
#: What may follow a receipt row's price: a tax code's letter or two ("6,40 A", "3.50 T1"), and
#: a scan's speck.
_AFTER_PRICE = re.compile(r"^[\s*.,·]*(?:[A-Z]\d?|[A-Z]{2})?[\s*.,·]*$")
#: A count after an item's name ("Flat white × 2", "Cola x2", "Blend Coffee (eat-in) x2").
_TRAILING_COUNT = re.compile(r"(?<=[^\d\s])\s*[x×X*]\s*(\d{1,2})\s*$")


def _priced_row(row: list[Segment], whole: bool = False) -> tuple[LineItem, bool] | None:
    """A receipt row of a name and its price at the right end, perhaps with a count before or
    after the name or a count and unit price in columns before the price, and whether it
    printed a count; None for any other row."""
    text = _row_text(row)
    priced = _row_price(text, whole)
    if priced is None:
        return None
    price, columns = priced
    amount = price.value
    if columns is not None:
        desc, count, each = columns
        item = LineItem(description=desc, quantity=count, unit_price=each, amount=amount)
        return (item, True) if _letters(desc) >= 2 else None
    desc, quantity = _counted_name(_without_currency(text[: price.start].strip(" .:·-–|\t")))
    if _letters(desc) < 2:
        return None
    if quantity is None:
        item = LineItem(description=desc, quantity=Decimal(1), unit_price=amount, amount=amount)
        return item, False
    # "3 bagels $5.00" (three for five): no unit price that makes the amount.
    each = (amount / quantity).quantize(_CENT, rounding=ROUND_HALF_UP)
    unit_price = each if each * quantity == amount else None
    return LineItem(description=desc, quantity=quantity, unit_price=unit_price, amount=amount), True


def _row_price(
    text: str, whole: bool
) -> tuple[FoundAmount, tuple[str, Decimal, Decimal] | None] | None:
    """A row's price: its last number, at its right end, and the count and unit price in
    columns before it (:func:`_count_and_price`), if any. With decimals, and the row's only
    one but for such a unit price; in a currency of whole units (``whole``) a whole number,
    and sizes in the name ("Green tea 600ml") may print numbers of their own. A rate is no
    price ("Card surcharge 1.5%   $1.01")."""
    found = [a for a in find_amounts(text) if not text[a.end :].lstrip().startswith("%")]
    if not found or not _AFTER_PRICE.match(text[found[-1].end :]):
        return None
    last = found[-1]
    if whole:
        if last.value != last.value.to_integral():
            return None
        return last, _count_and_price(text, last)
    money = [a for a in found if a.decimals]
    if not money or money[-1] is not last or len(money) > 2:
        return None
    columns = _count_and_price(text, last)
    if len(money) == 2 and columns is None:
        return None
    return last, columns


def _without_currency(desc: str) -> str:
    """A name without the currency printed before its price ("Espresso  EUR", "Tea  $")."""
    if desc and desc[-1] in "$€£¥₹":
        return desc[:-1].rstrip()
    if desc[-4:-3].isspace() and desc[-3:] in ISO_CODES:
        return desc[:-4].rstrip()
    return desc


def _counted_name(desc: str) -> tuple[str, Decimal | None]:
    """A name and the count printed before or after it ("2 × Tiramisu", "Flat white × 2")."""
    m = _LEADING_COUNT.match(desc)
    if m and int(m.group(1)) > 0:
        return desc[m.end() :], Decimal(m.group(1))
    m = _TRAILING_COUNT.search(desc)
    if m and int(m.group(1)) > 0:
        return desc[: m.start()].rstrip(), Decimal(m.group(1))
    return desc, None


#: A row's count and unit price in columns before its amount ("Phở bò tái chín | 2 | 75.000 |
#: 150.000", "Tacos al pastor  3  98.00  294.00").
_COUNT_AND_PRICE = re.compile(r"^(?P<desc>.*?\S)\s+(?P<count>\d{1,3})\s+(?P<each>\S+)\s+$")


def _count_and_price(text: str, price: FoundAmount) -> tuple[str, Decimal, Decimal] | None:
    """The description, count and unit price of a row whose ``price`` follows a count and a
    unit price that make it; None for any other row."""
    m = _COUNT_AND_PRICE.match(text[: price.start])
    if m is None or not int(m.group("count")):
        return None
    each = find_amounts(m.group("each"))
    if len(each) != 1 or each[0].start != 0 or each[0].end != len(m.group("each")):
        return None
    count = Decimal(m.group("count"))
    if count * each[0].value != price.value:
        return None
    return m.group("desc").strip(" .:·-–|\t"), count, each[0].value


def _priced(row: list[Segment], whole: bool = False) -> bool:
    """Whether a row prints money: a summary line does, a "TAX INVOICE" heading does not."""
    return any(a.decimals or whole for a in find_amounts(_row_text(row)))


def _starts_with_label(row: list[Segment]) -> bool:
    """A row with a segment that opens with a field's label ("Subtotal", "Driver tip")."""
    return any(s.hits and s.hits[0].start == 0 for s in row)


def _labelled_row(row: list[Segment]) -> bool:
    """A row that starts with a field's label ("Driver tip", "Card surcharge"), or names a
    summary's amount anywhere ("Fare excl. VAT")."""
    return _starts_with_label(row) or any(_STOP_FIELDS & set(h.fields) for s in row for h in s.hits)


def read_priced_rows(pages: list[Page], fields: InvoiceFields) -> list[LineItem]:
    """The name-and-price rows of a receipt without a table or ``qty x price`` lines, above the
    first summary line after them: the longest stretch of them whose amounts add up to the net,
    or to net and VAT, before or after the discount and shipping read (see the module's
    docstring). A row that starts with a label ("Card surcharge 1.5%", "Reward: free coffee")
    may be an item or a charge of the summary: the stretch may end before such rows."""
    if fields.amount is None:
        return []
    wholes = {fields.amount, fields.amount + (fields.vat or 0)}
    summary = {v for v in (*wholes, fields.vat, fields.total) if v is not None}
    whole = fields.currency in WHOLE_CURRENCIES
    rows: list[tuple[LineItem, bool, bool]] = []
    for page in pages:
        for row in page.rows:
            # A total printed first, over the rows it sums (a ride's or an app's e-mailed
            # receipt: "Total £14.81" above "Base fare £2.50"), ends no items yet.
            if any(_is_stop_label(s) for s in row) and _priced(row, whole):
                if rows:
                    return _summed_stretch(rows, wholes, fields)
                continue
            if _adjustment_row(row):
                continue  # a rounding, tip or payment line is no item
            found = _priced_row(row, whole)
            if found is None or not _item_price(found, summary):
                continue
            rows.append((*found, _labelled_row(row)))
    return []


def _item_price(found: tuple[LineItem, bool], summary: set[Decimal]) -> bool:
    """Whether a priced row may be an item: a zero is no item's price but a summary's empty
    line ("Gesamtbetrag der Zuschläge 0,00", "Op. Exonerada S/ 0.00"), and the net, the VAT or
    the total is a summary line under a word of its own ("Positionssumme 286,52", "New Charges
    $100.54"), unless a count says it is the one item ("1 × Parking 4h €12.00")."""
    item, counted = found
    if not item.amount:
        return False
    return counted or all(abs(item.amount - whole) > _CENT for whole in summary)


#: Labels of a summary's adjustments and of payment lines, never an item.
_ADJUSTMENT_FIELDS = frozenset({"_rounding", "_tip", "_tendered", "amount_due"})


def _adjustment_row(row: list[Segment]) -> bool:
    return any(s.hits and _ADJUSTMENT_FIELDS & set(s.hits[0].fields) for s in row)


def _summed_stretch(
    rows: list[tuple[LineItem, bool, bool]], wholes: set[Decimal], fields: InvoiceFields
) -> list[LineItem]:
    """The longest stretch of ``rows`` that ends at the last one, or before labelled rows only
    (the items end where the summary starts; a header's stray rows come first), and adds up to
    one of ``wholes``."""
    ends = [len(rows)]
    while ends[-1] > 0 and rows[ends[-1] - 1][2]:
        ends.append(ends[-1] - 1)
    # A row that prints the sum of two or more rows above it is their subtotal, whatever its
    # word ("Zwischentotal 34.22"): the items may end there.
    amounts = [item.amount or Decimal(0) for item, _, _ in rows]
    ends += [
        end
        for end in range(2, len(rows))
        if any(abs(sum(amounts[start:end]) - amounts[end]) <= _CENT for start in range(end - 1))
    ]
    ends = list(dict.fromkeys(ends))  # each end once, in the order found
    adjust = -(fields.discount or 0) + (fields.shipping or 0)
    stretches = sorted(
        ((start, end) for end in ends for start in range(end)), key=lambda se: se[0] - se[1]
    )
    for start, end in stretches:
        if end - start == 1 and not rows[start][1]:
            # One row that is the whole may be the summary line itself ("Fare excl. VAT
            # £12.34"); one item shows its count ("1 × Parking 4h").
            continue
        lines = sum(amounts[start:end], Decimal(0))
        sums = (lines, lines + adjust)
        if any(abs(total - whole) <= _CENT for total in sums for whole in wholes):
            return [item for item, _, _ in rows[start:end]]
    return []
