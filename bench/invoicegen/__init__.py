"""Deterministic synthetic invoices with exact ground truth, for the accuracy benchmark.

``draw_invoice`` draws the data for a seed, ``render_pdf`` prints it, ``raster`` makes the PNG and
the degraded scan, and ``corpus`` writes a whole evaluation set (``python -m bench.invoicegen``).
"""

from bench.invoicegen.corpus import DEFAULT_COUNT, DEFAULT_SEED, ensure_corpus, generate
from bench.invoicegen.draw import draw_invoice
from bench.invoicegen.model import GENERATOR_VERSION, KINDS, LAYOUTS, Invoice
from bench.invoicegen.render_pdf import render_pdf

__all__ = [
    "DEFAULT_COUNT",
    "DEFAULT_SEED",
    "GENERATOR_VERSION",
    "KINDS",
    "LAYOUTS",
    "Invoice",
    "draw_invoice",
    "ensure_corpus",
    "generate",
    "render_pdf",
]
