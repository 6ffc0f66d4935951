"""The field table and what the common package derives from it."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from sqlalchemy import Date, Numeric, String

from invoice_scanner_common import checks, layout_memory
from invoice_scanner_common.db import ExtractionResult
from invoice_scanner_common.db import models as db_models
from invoice_scanner_common.fields import FIELDS, FieldSpec, ValueType
from invoice_scanner_common.geometry import BoxGeometry

#: The annotation a typed stub gives each value type.
STUB_TYPES = {
    ValueType.TEXT: "str | None",
    ValueType.CODE: "str | None",
    ValueType.CURRENCY: "str | None",
    ValueType.DATE: "date | None",
    ValueType.MONEY: "Decimal | None",
}


def stub_annotations(path: Path, class_name: str) -> dict[str, str]:
    """``{attribute: annotation}`` of a class declared for type checkers only."""
    tree = ast.parse(path.read_text())
    for node in ast.walk(tree):
        if isinstance(node, ast.ClassDef) and node.name == class_name:
            return {
                item.target.id: ast.unparse(item.annotation)
                for item in node.body
                if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
            }
    raise AssertionError(f"{class_name} not found in {path}")


def test_header_and_required_fields_come_from_the_table() -> None:
    assert tuple(s.name for s in FIELDS if s.header) == checks.HEADER_FIELDS
    assert checks.REQUIRED_FIELDS == ("invoice_number", "invoice_date", "vendor_name", "total")
    assert set(checks.REQUIRED_FIELDS) <= set(checks.HEADER_FIELDS)
    assert set(checks.HEADER_FIELDS) == {
        *("invoice_number", "invoice_date", "due_date", "vendor_name"),
        *("currency", "amount", "vat", "total"),
    }


def test_the_extraction_columns_are_the_tables_columns() -> None:
    table = ExtractionResult.__table__
    for spec in FIELDS.columns:
        column = table.c[spec.name]
        assert column.nullable
        if spec.type in (ValueType.TEXT, ValueType.CODE):
            assert isinstance(column.type, String) and column.type.length == spec.width
        elif spec.type is ValueType.CURRENCY:
            assert isinstance(column.type, String) and column.type.length == 3
        elif spec.type is ValueType.DATE:
            assert isinstance(column.type, Date)
        else:
            assert isinstance(column.type, Numeric) and column.type.scale == 2
    own = {"document_id", "data", "field_confidence", "evaluation", "created_at", "updated_at"}
    assert set(table.c.keys()) == own | {s.name for s in FIELDS.columns}


def test_the_typed_column_stub_matches_the_table() -> None:
    stub = stub_annotations(Path(db_models.__file__), "FlatColumns")
    assert stub, "the stub types the columns code reads by name"
    for name, annotation in stub.items():
        spec = FIELDS[name]
        assert spec.column, name
        assert annotation == f"Mapped[{STUB_TYPES[spec.type]}]", name


def test_supplier_memory_learns_the_remembered_fields() -> None:
    assert {
        s.name: {"date": "date", "money": "amount"}.get(s.type.value, "text")
        for s in FIELDS
        if s.remembered
    } == layout_memory.FIELD_KINDS
    assert "currency" not in layout_memory.FIELD_KINDS
    assert {"amount", "vat", "total"} <= set(layout_memory.FIELD_KINDS)


def test_rows_are_checked_when_the_table_is_built() -> None:
    with pytest.raises(ValueError, match="needs its own column"):
        FieldSpec("x", ValueType.DATE, header=True)
    with pytest.raises(ValueError, match="needs a width"):
        FieldSpec("x", ValueType.TEXT)
    with pytest.raises(ValueError, match="choices"):
        FieldSpec("x", ValueType.CHOICE)
    with pytest.raises(ValueError, match="repeat"):
        FIELDS.extended(FieldSpec("iban", ValueType.CODE, width=34))


def test_every_text_field_has_one_width() -> None:
    for spec in FIELDS:
        if spec.type in (ValueType.TEXT, ValueType.CODE):
            assert spec.width is not None and 0 < spec.width <= 1000, spec.name


def test_word_boxes_share_the_box_arithmetic() -> None:
    word = layout_memory.Word("Total", 10.0, 20.0, 50.0, 30.0)
    assert isinstance(word, BoxGeometry)
    assert (word.cx, word.cy, word.width, word.height) == (30.0, 25.0, 40.0, 10.0)
