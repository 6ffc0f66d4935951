"""The versioned instruction and how a document's OCR output is rendered for an LLM.

Every :class:`~invoice_scanner_processing.schema.Prediction` records :data:`PROMPT_VERSION`, so a
change in wording here must bump it: accuracy numbers are only comparable per version.

The document is rendered as one line of text per OCR line in reading order, prefixed with its
page and rounded top-left position (``[p1 x=120 y=340] Invoice No: 123``), so the model can use
layout (a label left of its value, totals at the bottom right) without seeing the image.
"""

from __future__ import annotations

from invoice_scanner_processing.documents import OcrDocument
from invoice_scanner_processing.layout import row_lines

PROMPT_VERSION = "2026-11-28.1"

_SYSTEM_TEMPLATE = """\
You extract structured data from invoices. The user message holds the OCR text of one invoice, \
one line per text line in reading order, each prefixed with [p<page> x=<left> y=<top>] in page \
pixels (y grows downwards).

Rules:
- Use only what the document says; never invent values. A value that is absent is null.
- Dates as ISO 8601 (YYYY-MM-DD). Resolve the document's date order from its language and \
country (e.g. 03/04/2025 in a German invoice is 2025-04-03).
- Numbers as plain JSON numbers with a dot as decimal separator and no thousands separators \
or currency symbols (1.234,50 becomes 1234.5).
- currency as an ISO 4217 code (EUR, USD, SEK ...), inferred from symbols such as € or $.
- amount is the net total before VAT, vat the total VAT amount, total the gross amount \
including VAT; vat_breakdown has one entry per VAT rate, rates in percent (25 for 25 %).
- vendor is the party that issued the invoice, customer the party billed.
- line_items in the order printed; leave the list empty if there is no item table.
- Reply with a single JSON object that matches the given schema and nothing else.

(Instructions version {version}.)"""

#: Sent as the system message; carries its version so a request shows which one it used.
SYSTEM_PROMPT = _SYSTEM_TEMPLATE.format(version=PROMPT_VERSION)

REPAIR_PROMPT = """\
Your previous answer could not be used: {error}
Reply again with only the corrected JSON object that matches the schema."""

#: Characters per token we assume when budgeting. Real tokenizers need downloaded vocabularies;
#: 3.5 is conservative for Latin-script invoices, so we err towards sending less.
CHARS_PER_TOKEN = 3.5


def render_document(document: OcrDocument, max_tokens: int) -> str:
    """The OCR text with layout, truncated to about ``max_tokens`` tokens.

    When the text is too long the beginning and the end are kept and the middle is replaced by
    an omission marker: header fields sit at the top and totals at the bottom of invoices.
    """
    # One line per visual row (layout.row_lines): a table row reads as one line and a label
    # stays beside its value; runs of spaces keep the columns apparent.
    lines = [
        f"[p{page.page_number} x={round(line.bbox.x0)} y={round(line.bbox.y0)}] {text}"
        for page in document.pages
        for line in row_lines(page)
        if (text := line.text.strip())
    ]
    budget = int(max_tokens * CHARS_PER_TOKEN)
    if sum(len(line) + 1 for line in lines) <= budget:
        return "\n".join(lines)
    # Two thirds of the budget to the top of the document, the rest to its end.
    head = _fit(lines, budget * 2 // 3)
    rest = lines[len(head) :]
    tail = _fit(rest[::-1], budget - sum(len(line) + 1 for line in head))
    omitted = len(rest) - len(tail)
    marker = [f"[... {omitted} lines omitted ...]"] if omitted else []
    return "\n".join([*head, *marker, *reversed(tail)])


def _fit(lines: list[str], budget: int) -> list[str]:
    """The longest prefix of ``lines`` whose rendered length fits ``budget`` characters."""
    out: list[str] = []
    used = 0
    for line in lines:
        used += len(line) + 1
        if used > budget:
            break
        out.append(line)
    return out


def user_prompt(document: OcrDocument, max_tokens: int) -> str:
    """The user message: the rendered document."""
    return "Invoice OCR text:\n\n" + render_document(document, max_tokens)
