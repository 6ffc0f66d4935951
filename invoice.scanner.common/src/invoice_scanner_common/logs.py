"""Logging that carries the document id (a ContextVar set by the API and by every task)."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from contextlib import contextmanager
from contextvars import ContextVar

document_id_var: ContextVar[str] = ContextVar("document_id", default="-")

FORMAT = "%(asctime)s %(levelname)s %(name)s [doc=%(document_id)s] %(message)s"


class DocumentIdFilter(logging.Filter):
    """Adds ``record.document_id`` from the current context to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        if not hasattr(record, "document_id"):
            record.document_id = document_id_var.get()
        return True


def configure_logging(level: str = "INFO") -> None:
    """Install the document-id filter on the root handlers (idempotent)."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=level, format=FORMAT)
    root.setLevel(level)
    for handler in root.handlers:
        if not any(isinstance(f, DocumentIdFilter) for f in handler.filters):
            handler.addFilter(DocumentIdFilter())
            handler.setFormatter(logging.Formatter(FORMAT))


@contextmanager
def document_context(document_id: object) -> Iterator[None]:
    token = document_id_var.set(str(document_id))
    try:
        yield
    finally:
        document_id_var.reset(token)
