"""Documents and measuring tools for the stack benchmark: unique invoices of each kind, the
peak-memory sampler, and a Celery task-event listener."""

from __future__ import annotations

import contextlib
import os
import threading
import time
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import psutil
import pypdfium2 as pdfium

from bench.stackstats import TaskEvents
from tests.e2e.sample_invoice import draw_pdf, draw_png

#: Pages of each kind of test document.
PAGES = {"pdf": 1, "scan": 1, "pdf5": 5, "pdf1mb": 1}
MIME = {"pdf": "application/pdf", "scan": "image/png", "pdf5": "application/pdf"}
MIME["pdf1mb"] = "application/pdf"


@dataclass(frozen=True)
class BenchDoc:
    kind: str
    path: Path

    @property
    def pages(self) -> int:
        return PAGES[self.kind]

    @property
    def mime(self) -> str:
        return MIME[self.kind]


def make_doc(kind: str, folder: Path, serial: int) -> BenchDoc:
    """A new invoice of ``kind`` whose bytes differ from every other (uploads are de-duplicated
    by SHA-256): ``pdf`` born-digital page, ``scan`` 200 dpi PNG, ``pdf5`` five pages, ``pdf1mb``
    a one-page PDF padded to 1 MiB after its end marker."""
    number = f"BENCH-{os.getpid()}-{serial:05d}"
    base = folder / f"{kind}-{serial:05d}"
    if kind == "scan":
        return BenchDoc(kind, draw_png(base.with_suffix(".png"), invoice_number=number))
    if kind == "pdf5":
        merged = pdfium.PdfDocument.new()
        for page in range(5):
            part = draw_pdf(base.with_suffix(f".{page}.pdf"), invoice_number=f"{number}-{page}")
            src = pdfium.PdfDocument(str(part))
            merged.import_pages(src)
            src.close()
            part.unlink()
        path = base.with_suffix(".pdf")
        merged.save(str(path))
        merged.close()
        return BenchDoc(kind, path)
    path = draw_pdf(base.with_suffix(".pdf"), invoice_number=number)
    if kind == "pdf1mb":
        with path.open("ab") as fh:
            pad = 1024 * 1024 - path.stat().st_size
            fh.write(b"\n%" + b"x" * max(0, pad - 3) + b"\n")
    return BenchDoc(kind, path)


class MemorySampler(threading.Thread):
    """Samples the resident memory of each named process and its children every ``interval``
    seconds; keeps the peak per name and the peak of their sum."""

    def __init__(self, pids: Mapping[str, int], interval: float = 0.5) -> None:
        super().__init__(daemon=True)
        self.pids = dict(pids)
        self.interval = interval
        self.peak: dict[str, int] = dict.fromkeys(self.pids, 0)
        self.peak_total = 0
        self._stop_event = threading.Event()

    def _rss(self, pid: int) -> int:
        try:
            proc = psutil.Process(pid)
            procs = [proc, *proc.children(recursive=True)]
        except psutil.Error:
            return 0
        total = 0
        for p in procs:
            with contextlib.suppress(psutil.Error):
                total += p.memory_info().rss
        return total

    def run(self) -> None:
        while not self._stop_event.is_set():
            total = 0
            for name, pid in self.pids.items():
                rss = self._rss(pid)
                self.peak[name] = max(self.peak[name], rss)
                total += rss
            self.peak_total = max(self.peak_total, total)
            self._stop_event.wait(self.interval)

    def stop(self) -> dict[str, Any]:
        self._stop_event.set()
        self.join(timeout=5)
        mib = 1024 * 1024
        return {
            "peak_mib": {k: round(v / mib, 1) for k, v in self.peak.items()},
            "stack_peak_mib": round(self.peak_total / mib, 1),
        }


class EventListener(threading.Thread):
    """Receives the workers' Celery task events (Redis pub/sub) into a TaskEvents."""

    def __init__(self, broker_url: str) -> None:
        super().__init__(daemon=True)
        from celery import Celery

        self.app = Celery("invoice_scanner_bench", broker=broker_url)
        self.events = TaskEvents()
        self.ready = threading.Event()
        self._lock = threading.Lock()

    def _on_event(self, event: dict[str, Any]) -> None:
        with self._lock:
            self.events.feed(event)

    def run(self) -> None:
        with self.app.connection_for_read() as conn:
            self.receiver = self.app.events.Receiver(conn, handlers={"*": self._on_event})
            # Called once per loop, after the subscription exists: from then on nothing is missed.
            self.receiver.on_iteration = self.ready.set  # type: ignore[method-assign]
            self.receiver.capture(limit=None, timeout=None, wakeup=False)

    def stage_seconds(self, document_id: str) -> dict[str, float]:
        with self._lock:
            return self.events.stage_seconds(document_id)

    def stop(self) -> None:
        if hasattr(self, "receiver"):
            self.receiver.should_stop = True
        self.join(timeout=5)


def wait_until(predicate: Any, timeout: float, interval: float = 0.05) -> bool:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if predicate():
            return True
        time.sleep(interval)
    return False
