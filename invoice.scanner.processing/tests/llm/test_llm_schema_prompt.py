"""The generated JSON schema, the prompt rendering, answer parsing and Retry-After parsing."""

from __future__ import annotations

import email.utils
import re
from collections.abc import Callable
from typing import Any

import pytest
from llm_fakes import GOOD_FIELDS

from invoice_scanner_processing.documents import BBox, OcrDocument, OcrLine, OcrPage
from invoice_scanner_processing.providers.llm.base import ProviderError
from invoice_scanner_processing.providers.llm.json_schema import invoice_json_schema
from invoice_scanner_processing.providers.llm.parsing import MalformedOutputError, parse_fields
from invoice_scanner_processing.providers.llm.prompt import render_document
from invoice_scanner_processing.providers.llm.retry import (
    call_with_retries,
    parse_retry_after,
    redact,
)
from invoice_scanner_processing.providers.llm.settings import LlmSettings
from invoice_scanner_processing.schema import InvoiceFields


def _objects(node: Any) -> list[dict[str, Any]]:
    found: list[dict[str, Any]] = []
    if isinstance(node, dict):
        if node.get("type") == "object":
            found.append(node)
        for value in node.values():
            found.extend(_objects(value))
    elif isinstance(node, list):
        for value in node:
            found.extend(_objects(value))
    return found


def _keys(node: Any) -> set[str]:
    if isinstance(node, dict):
        return set(node) | {k for v in node.values() for k in _keys(v)}
    if isinstance(node, list):
        return {k for v in node for k in _keys(v)}
    return set()


def test_schema_meets_openai_strict_mode() -> None:
    schema = invoice_json_schema()
    objects = _objects(schema)
    assert len(objects) == 3  # the invoice, a VAT line, a line item
    for obj in objects:
        assert obj["additionalProperties"] is False
        assert obj["required"] == list(obj["properties"])
    assert not _keys(schema) & {"$ref", "$defs", "default", "title"}
    # Every field of the model is there; optional ones are nullable.
    assert list(schema["properties"]) == list(InvoiceFields.model_fields)
    assert schema["properties"]["total"]["anyOf"] == [{"type": "number"}, {"type": "null"}]
    assert {"type": "string", "format": "date"} in schema["properties"]["invoice_date"]["anyOf"]
    assert schema["properties"]["currency"]["description"].startswith("ISO 4217")
    line_item = schema["properties"]["line_items"]["items"]
    assert line_item["properties"]["quantity"]["anyOf"][0] == {"type": "number"}


def test_a_schema_shaped_answer_validates() -> None:
    fields = parse_fields(GOOD_FIELDS)
    assert fields.model_dump(mode="json")["invoice_date"] == "2025-03-14"


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ("", "empty"),
        ("Here you go: {", "not valid JSON"),
        ("[1, 2]", "expected a JSON object"),
        ('{"invoice_date": "14.03.2025"}', "invoice_date"),
        ('{"total": "a lot"}', "total"),
    ],
)
def test_malformed_answers_say_what_is_wrong(payload: str, message: str) -> None:
    with pytest.raises(MalformedOutputError, match=message):
        parse_fields(payload)


def test_fenced_json_from_local_models_is_accepted() -> None:
    assert parse_fields('```json\n{"invoice_number": "7"}\n```').invoice_number == "7"


def _line(text: str, x: float, y: float, h: float = 20) -> OcrLine:
    return OcrLine(text=text, bbox=BBox(x0=x, y0=y, x1=x + 100, y1=y + h))


def test_render_orders_rows_and_columns_with_positions() -> None:
    page = OcrPage(
        page_number=2,
        width=1000,
        height=1400,
        source="ocr",
        engine="t",
        lines=[
            _line("Total", 100, 803),
            _line("119.00", 600.4, 800),  # same row, slightly higher box
            _line("Invoice   No:  7", 100, 100),
            _line("   ", 100, 200),  # blank lines are dropped
        ],
    )
    text = render_document(OcrDocument(pages=[page], engine="t"), max_tokens=1000)
    lines = text.splitlines()
    assert len(lines) == 2
    assert lines[0].startswith("[p2 x=100 y=100] Invoice") and lines[0].endswith("7")
    # Label and value on one visual row become one line, the column gap kept.
    assert re.fullmatch(r"\[p2 x=100 y=800\] Total {2,}119\.00", lines[1])


def test_render_truncates_the_middle_keeping_top_and_totals() -> None:
    lines = [
        _line(f"item line number {i:03d} with some text", 100, 100 + 30 * i) for i in range(300)
    ]
    page = OcrPage(page_number=1, width=1000, height=10000, source="ocr", engine="t", lines=lines)
    text = render_document(OcrDocument(pages=[page], engine="t"), max_tokens=600)
    rendered = text.splitlines()
    assert len(text) <= 600 * 3.5 + 40
    assert rendered[0].endswith("item line number 000 with some text")
    assert rendered[-1].endswith("item line number 299 with some text")
    marker = [line for line in rendered if "lines omitted" in line]
    assert len(marker) == 1
    omitted = int(marker[0].split()[1])
    assert omitted + len(rendered) - 1 == 300


def test_retry_after_forms() -> None:
    assert parse_retry_after({"Retry-After": "7"}) == 7.0
    assert parse_retry_after({"retry-after-ms": "1500", "Retry-After": "2"}) == 1.5
    now = 1_800_000_000.0
    http_date = email.utils.formatdate(now + 30, usegmt=True)
    assert parse_retry_after({"Retry-After": http_date}, now=now) == pytest.approx(30, abs=1)
    assert parse_retry_after({"Retry-After": email.utils.formatdate(now - 30)}, now=now) == 0.0
    assert parse_retry_after({"Retry-After": "soon"}) is None
    assert parse_retry_after(None) is None


def test_redact_removes_the_key_and_key_shapes() -> None:
    text = redact(
        "bad key sk-live-abcdefghijklmnop and AIzaSyA1234567890abcdefghijk, mykey", "mykey"
    )
    assert "sk-live" not in text and "AIza" not in text and "mykey" not in text
    assert text.count("***") == 3


def _failing(errors: list[ProviderError]) -> Callable[[], str]:
    calls = iter(errors)

    def call() -> str:
        error = next(calls, None)
        if error is None:
            return "ok"
        raise error

    return call


def test_retry_policy_caps_retry_after_and_jitters_the_rest() -> None:
    settings = LlmSettings(
        max_retries=3, backoff_base_s=1.0, backoff_max_s=3.0, retry_after_max_s=2.0
    )
    slept: list[float] = []
    errors = [
        ProviderError("429", transient=True, retry_after=100.0),
        ProviderError("503", transient=True),
        ProviderError("503", transient=True),
    ]
    assert call_with_retries(_failing(errors), settings, what="t", sleep=slept.append) == "ok"
    assert slept[0] == 2.0  # Retry-After, capped
    # Full jitter: uniform in [0, min(max, base * 2**n)].
    assert 0.0 <= slept[1] <= 2.0 and 0.0 <= slept[2] <= 3.0


def test_retry_policy_gives_up_after_the_budget_and_never_retries_permanent_errors() -> None:
    settings = LlmSettings(max_retries=2, backoff_base_s=0.0)
    slept: list[float] = []
    transient = [ProviderError(f"503 #{i}", transient=True) for i in range(5)]
    with pytest.raises(ProviderError, match="#2"):
        call_with_retries(_failing(transient), settings, what="t", sleep=slept.append)
    assert len(slept) == 2
    permanent = [ProviderError("401", transient=False)]
    with pytest.raises(ProviderError, match="401"):
        call_with_retries(_failing(permanent), settings, what="t", sleep=slept.append)
    assert len(slept) == 2
