"""Fixtures for the offline extractor's tests; the document builders live in
``rules_builders`` (a unique module name, so that other test folders' conftest files never
shadow it on ``sys.path``)."""

from __future__ import annotations

from collections.abc import Callable

import pytest
from rules_builders import layout

from invoice_scanner_processing.documents import OcrDocument


@pytest.fixture
def make_layout() -> Callable[..., OcrDocument]:
    return layout
