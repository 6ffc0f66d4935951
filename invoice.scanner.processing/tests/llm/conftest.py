"""Fixtures for the LLM provider tests: the fake server, a clean client cache, a document."""

from __future__ import annotations

import socket
from collections.abc import Iterator
from typing import Any

import pytest
from llm_fakes import FakeLlmServer

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage
from invoice_scanner_processing.providers.llm import factory


@pytest.fixture
def server() -> Iterator[FakeLlmServer]:
    fake = FakeLlmServer()
    fake.thread.start()
    try:
        yield fake
    finally:
        fake.httpd.shutdown()
        fake.httpd.server_close()


@pytest.fixture(autouse=True)
def _loopback_only(monkeypatch: pytest.MonkeyPatch) -> None:
    """Fail any connection that is not to this machine: these tests never reach the internet."""
    connect = socket.socket.connect

    def guarded(self: socket.socket, address: Any) -> Any:
        host = address[0] if isinstance(address, tuple) else address
        if host not in {"127.0.0.1", "::1", "localhost"} and not isinstance(address, str | bytes):
            raise AssertionError(f"test tried to connect to {address!r}")
        return connect(self, address)

    monkeypatch.setattr(socket.socket, "connect", guarded)


@pytest.fixture(autouse=True)
def _fresh_clients() -> Iterator[None]:
    # Each test gets its own server port, hence its own settings: close the SDK clients it
    # built, so no socket is left for the garbage collector to complain about in a later test.
    factory.close_providers()
    yield
    factory.close_providers()


# --- a document -----------------------------------------------------------------------------


def _line(text: str, x: float, y: float, width: float = 300.0) -> OcrLine:
    return OcrLine(text=text, bbox=BBox(x0=x, y0=y, x1=x + width, y1=y + 24))


@pytest.fixture
def invoice_document() -> OcrDocument:
    """One German invoice page as an OCR engine reports it (not in reading order)."""
    lines = [
        _line("Rechnung", 120, 80),
        _line("Muster Bürobedarf GmbH", 120, 140),
        _line("USt-IdNr.: DE123456789", 120, 170),
        _line("Beispiel AG", 120, 260),
        _line("Rechnungsnummer: RE-2025-0042", 900, 260),
        _line("Rechnungsdatum: 14.03.2025", 900, 290),
        _line("Fällig am: 13.04.2025", 900, 320),
        _line("Nettobetrag", 900, 900, 200),
        _line("1.000,00 EUR", 1200, 900, 150),
        _line("MwSt. 19 %", 900, 930, 200),
        _line("190,00 EUR", 1200, 930, 150),
        _line("Gesamtbetrag", 900, 960, 200),
        _line("1.190,00 EUR", 1200, 960, 150),
    ]
    # Engines report boxes in detection order; shuffle deterministically to prove we re-sort.
    shuffled = lines[7:] + lines[:7]
    page = OcrPage(
        page_number=1, width=1654, height=2339, source="ocr", engine="test", lines=shuffled
    )
    return OcrDocument(pages=[page], engine="test")
