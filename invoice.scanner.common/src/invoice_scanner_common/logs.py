"""Logging that carries the document, company, task and stage of the work in hand.

ContextVars are set by the API (document and company of a request) and by the workers (a
Celery signal sets all four around every task), and a filter copies them onto every record.
``LOG_FORMAT=json`` writes one JSON object per line (python-json-logger), so one grep on a
``document_id`` shows a document's whole life across the API and every worker.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from contextvars import ContextVar
from typing import Any

from pythonjsonlogger.json import JsonFormatter

#: The fields every line about a document carries; "-" when not known.
CONTEXT_FIELDS = ("document_id", "company_id", "task_id", "stage")

context_vars: dict[str, ContextVar[str]] = {
    name: ContextVar(name, default="-") for name in CONTEXT_FIELDS
}
document_id_var = context_vars["document_id"]

FORMAT = "%(asctime)s %(levelname)s %(name)s [doc=%(document_id)s] %(message)s"
JSON_FIELDS = "%(asctime)s %(levelname)s %(name)s %(message)s " + " ".join(
    f"%({name})s" for name in CONTEXT_FIELDS
)

#: Extra sources of context a service registers, given the record (the API: the company of the
#: JWT's caller; the workers: the task a Celery "received" line is about).
context_providers: list[Callable[[logging.LogRecord], dict[str, str]]] = []


class DocumentIdFilter(logging.Filter):
    """Adds the context fields (``document_id``, ``company_id``, ...) to every record."""

    def filter(self, record: logging.LogRecord) -> bool:
        missing = [n for n in CONTEXT_FIELDS if not hasattr(record, n)]
        for name in missing:
            setattr(record, name, context_vars[name].get())
        for provider in context_providers:
            try:
                extra = provider(record)
            except Exception:  # noqa: S112 - a log line must never fail because of its context
                continue
            for name, value in extra.items():
                if name in missing and getattr(record, name) == "-" and value:
                    setattr(record, name, str(value))
        return True


class ContextJsonFormatter(JsonFormatter):
    """One JSON object per line; context fields that are not known are left out."""

    def process_log_record(self, log_record: dict[str, Any]) -> dict[str, Any]:
        for name in CONTEXT_FIELDS:
            if log_record.get(name) == "-":
                del log_record[name]
        return log_record


def make_formatter(fmt: str = "text") -> logging.Formatter:
    if fmt == "json":
        return ContextJsonFormatter(
            JSON_FIELDS,
            rename_fields={"asctime": "time", "levelname": "level", "name": "logger"},
        )
    return logging.Formatter(FORMAT)


def configure_logging(level: str = "INFO", fmt: str = "text") -> None:
    """Install the context filter and the ``text`` or ``json`` format on the root handlers."""
    root = logging.getLogger()
    if not root.handlers:
        logging.basicConfig(level=level, format=FORMAT)
    root.setLevel(level)
    for handler in root.handlers:
        if not any(isinstance(f, DocumentIdFilter) for f in handler.filters):
            handler.addFilter(DocumentIdFilter())
        handler.setFormatter(make_formatter(fmt))


@contextmanager
def log_context(**fields: object) -> Iterator[None]:
    """Set some of ``CONTEXT_FIELDS`` for the lines logged inside the block."""
    tokens = [(context_vars[k], context_vars[k].set(str(v))) for k, v in fields.items()]
    try:
        yield
    finally:
        for var, token in reversed(tokens):
            var.reset(token)


@contextmanager
def document_context(document_id: object) -> Iterator[None]:
    with log_context(document_id=document_id):
        yield
