"""Processing's invoice model, normalisation and e-invoice paths come from the field table."""

from __future__ import annotations

import ast
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Literal, get_args

from invoice_scanner_common.fields import FIELDS, ValueType
from invoice_scanner_processing import einvoice, einvoice_ubl, schema
from invoice_scanner_processing.extractors.rules.vocabulary import LABELS
from invoice_scanner_processing.schema import InvoiceFields, LineItem, VatLine
from invoice_scanner_processing.stages.extraction import NORMALISERS, normalise_fields

PYTHON_TYPES = {
    ValueType.TEXT: str,
    ValueType.CODE: str,
    ValueType.CURRENCY: str,
    ValueType.DATE: date,
    ValueType.MONEY: Decimal,
}


def test_the_model_has_one_attribute_per_row_in_table_order() -> None:
    assert list(InvoiceFields.model_fields) == list(FIELDS.names())
    for spec in FIELDS:
        field = InvoiceFields.model_fields[spec.name]
        assert field.description == spec.description, spec.name
        args = set(get_args(field.annotation))
        if spec.type is ValueType.VAT_LINES:
            assert field.annotation == list[VatLine]
        elif spec.type is ValueType.LINE_ITEMS:
            assert field.annotation == list[LineItem]
        elif spec.type is ValueType.CHOICE:
            assert args == {Literal[spec.choices], type(None)}
        else:
            assert args == {PYTHON_TYPES[spec.type], type(None)}, spec.name


def test_the_typed_stub_matches_the_table() -> None:
    tree = ast.parse(Path(schema.__file__).read_text())
    stub = next(
        node
        for node in ast.walk(tree)
        if isinstance(node, ast.ClassDef) and node.name == "InvoiceFields"
    )
    declared = {
        item.target.id: ast.unparse(item.annotation)
        for item in stub.body
        if isinstance(item, ast.AnnAssign) and isinstance(item.target, ast.Name)
    }
    expected = {
        ValueType.TEXT: "str | None",
        ValueType.CODE: "str | None",
        ValueType.CURRENCY: "str | None",
        ValueType.DATE: "date | None",
        ValueType.MONEY: "Decimal | None",
        ValueType.CHOICE: "DocumentType | None",
        ValueType.VAT_LINES: "list[VatLine]",
        ValueType.LINE_ITEMS: "list[LineItem]",
    }
    for name, annotation in declared.items():
        assert annotation == expected[FIELDS[name].type], name
    assert get_args(schema.DocumentType) == FIELDS["document_type"].choices


def test_every_label_key_is_in_the_readers_lexicon() -> None:
    for spec in FIELDS:
        for key in spec.labels:
            assert key in LABELS, (spec.name, key)
    labelled = {s.name for s in FIELDS if s.labels}
    assert set(FIELDS.header) <= labelled


def test_every_einvoice_reader_is_known() -> None:
    for spec in einvoice.cii_fields():
        assert spec.einvoice is not None
        reader = spec.einvoice.cii_reader
        assert reader is None or reader in einvoice.CII_READERS, spec.name
    for spec in einvoice_ubl.ubl_fields():
        assert spec.einvoice is not None
        reader = spec.einvoice.ubl_reader
        assert reader is None or reader in einvoice_ubl.UBL_READERS, spec.name
    # Both syntaxes state the same header fields.
    assert {s.name for s in einvoice.cii_fields()} == set(einvoice_ubl.UBL_FIELDS)


def test_each_value_type_is_normalised_as_its_rows_say() -> None:
    fields = InvoiceFields(
        invoice_number="  INV   7 ",
        vendor_vat_id="de 123 456 789",
        iban="DE89 3704 0044 0532 0130 00",
        bic="COBA DE FF XXX",
        currency=" eur",
        amount=Decimal("10.005"),
        total=Decimal(10) ** 16,
        vendor_name="x" * 301,
    )
    issues: list[str] = []
    normalise_fields(fields, issues)
    assert fields.invoice_number == "INV 7"
    assert fields.vendor_vat_id == "DE123456789"
    assert fields.iban == "DE89370400440532013000"
    assert fields.bic == "COBADEFFXXX"
    assert fields.currency == "EUR"
    assert fields.amount == Decimal("10.01")
    assert fields.total is None and fields.vendor_name is None
    assert issues == [
        "vendor_name of 301 characters dropped",
        f"total {Decimal(10) ** 16} is not a plausible amount; dropped",
    ]
    assert {s.type for s in FIELDS.flat} - set(NORMALISERS) == {ValueType.DATE, ValueType.CHOICE}
