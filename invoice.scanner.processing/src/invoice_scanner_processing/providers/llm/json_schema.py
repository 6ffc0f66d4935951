"""The one JSON schema every hosted provider receives, generated from the pydantic model.

Design: pydantic generates the schema (so a field added to :class:`InvoiceFields` reaches every
provider), and a single transformer rewrites it into the strictest common dialect:

- ``$ref``/``$defs`` are inlined, because Gemini forbids siblings next to ``$ref`` and some local
  servers (llama.cpp's grammar converter) handle refs poorly; the invoice schema has no cycles.
- Every object lists all its properties as ``required`` and sets ``additionalProperties: false``
  (OpenAI strict mode demands both); optional fields stay nullable through their
  ``anyOf [..., {"type": "null"}]``, so "required" means "present, possibly null".
- ``Decimal`` becomes ``{"type": "number"}`` (pydantic offers number-or-string, which invites
  "1.234,50" strings); ``date`` stays ``{"type": "string", "format": "date"}``.
- ``title`` and ``default`` are dropped: strict mode rejects ``default`` and titles only cost
  tokens. Descriptions are kept because they carry the normalisation rules.

The result is accepted as-is by OpenAI ``json_schema`` strict mode, Anthropic tool
``input_schema`` and Gemini ``response_json_schema``.
"""

from __future__ import annotations

import copy
from functools import cache
from typing import Any

from pydantic import BaseModel
from pydantic.json_schema import GenerateJsonSchema, JsonSchemaValue
from pydantic_core import core_schema

from invoice_scanner_processing.schema import InvoiceFields

_DROPPED_KEYS = frozenset({"title", "default", "examples"})


class _NumberDecimals(GenerateJsonSchema):
    def decimal_schema(self, schema: core_schema.DecimalSchema) -> JsonSchemaValue:
        return {"type": "number"}


def strict_json_schema(model: type[BaseModel]) -> dict[str, Any]:
    """``model``'s validation JSON schema rewritten as described in the module docstring."""
    raw = model.model_json_schema(schema_generator=_NumberDecimals, mode="validation")
    defs = raw.pop("$defs", {})
    return _strict(raw, defs, seen=())


def _strict(node: Any, defs: dict[str, Any], seen: tuple[str, ...]) -> Any:
    if isinstance(node, list):
        return [_strict(item, defs, seen) for item in node]
    if not isinstance(node, dict):
        return node
    ref = node.get("$ref")
    if isinstance(ref, str):
        name = ref.rsplit("/", 1)[-1]
        if name in seen:
            raise ValueError(f"recursive schema reference {ref!r} cannot be inlined")
        siblings = {k: v for k, v in node.items() if k != "$ref"}
        merged = {**copy.deepcopy(defs[name]), **siblings}
        return _strict(merged, defs, (*seen, name))
    out: dict[str, Any] = {}
    for key, value in node.items():
        if key in _DROPPED_KEYS:
            continue
        if key == "properties" and isinstance(value, dict):
            out[key] = {name: _strict(prop, defs, seen) for name, prop in value.items()}
        else:
            out[key] = _strict(value, defs, seen)
    if out.get("type") == "object" or "properties" in out:
        out["type"] = "object"
        out["properties"] = out.get("properties", {})
        out["required"] = list(out["properties"])
        out["additionalProperties"] = False
    return out


@cache
def invoice_json_schema() -> dict[str, Any]:
    """The invoice schema for LLM requests (cached; callers must not mutate it)."""
    return strict_json_schema(InvoiceFields)


#: Name of the schema / tool in provider requests.
SCHEMA_NAME = "invoice_fields"
