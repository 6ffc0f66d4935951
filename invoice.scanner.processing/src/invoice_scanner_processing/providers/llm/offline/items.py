"""Line-item table reading: find the header row by its column words, then read rows below it.

Columns are the header cells' horizontal spans; each body cell goes to the column it overlaps
most (numbers are usually right-aligned under their header, so the nearest right edge breaks
ties). The table ends at the first row that carries a summary label (subtotal, VAT, total) or
at the end of the page. A row with a description but no numbers continues the previous item.
"""

from __future__ import annotations

from decimal import Decimal

from invoice_scanner_processing.normalize import find_amounts
from invoice_scanner_processing.providers.llm.offline.layout import Page, Segment
from invoice_scanner_processing.providers.llm.offline.lexicon import column_index, compact
from invoice_scanner_processing.schema import LineItem

_STOP_FIELDS = {"net", "vat", "total", "amount_due", "discount", "shipping"}


def _header_roles(row: list[Segment]) -> list[tuple[str, Segment]] | None:
    index = column_index()
    roles: list[tuple[str, Segment]] = []
    for seg in row:
        role = index.get(compact(seg.text))
        if role is None:
            return None if len(row) <= 2 else _loose(row)
        roles.append((role, seg))
    return _valid(roles)


def _loose(row: list[Segment]) -> list[tuple[str, Segment]] | None:
    index = column_index()
    roles = [(index[compact(s.text)], s) for s in row if compact(s.text) in index]
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
        ov = min(seg.bbox.x1, head.bbox.x1) - max(seg.bbox.x0, head.bbox.x0)
        score = ov - 0.1 * abs(seg.bbox.x1 - head.bbox.x1)
        if score > best:
            best, best_role = score, role
    return best_role


def _number(text: str) -> Decimal | None:
    amounts = find_amounts(text)
    return amounts[-1].value if amounts else None


def read_line_items(pages: list[Page]) -> tuple[list[LineItem], list[Segment]]:
    """Items of every table on every page, and the segments that made them up."""
    items: list[LineItem] = []
    used: list[Segment] = []
    for page in pages:
        r = 0
        while r < len(page.rows):
            columns = _header_roles(page.rows[r])
            if columns is None:
                r += 1
                continue
            used.extend(page.rows[r])
            r += 1
            while r < len(page.rows):
                row = page.rows[r]
                first = row[0]
                if any(
                    h.start == 0 and _STOP_FIELDS & set(h.fields) for s in row for h in s.hits
                ) or (first.hits and first.hits[0].start == 0 and len(row) <= 2):
                    break
                cells: dict[str, list[str]] = {}
                for seg in row:
                    cells.setdefault(_assign(seg, columns), []).append(seg.text)
                item = LineItem(description=" ".join(cells.get("description", [])) or None)
                numbers = {
                    k: _number(" ".join(v))
                    for k, v in cells.items()
                    if k in ("quantity", "unit_price", "amount", "tax_rate")
                }
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
                    break
                used.extend(row)
                r += 1
    return items, used
