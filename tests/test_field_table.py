"""A flat field added to the field table alone reaches every place that names fields.

The throwaway row ``buyer_reference`` (the buyer's routing reference, the XRechnung Leitweg-ID)
is appended to a copy of the table; the model, the normalisation, the e-invoice reading, the
database table, the API's schemas and document view and the benchmark are built from that copy
by the same functions that build the real ones from ``FIELDS``. (CII and UBL both carry it.)
"""

from __future__ import annotations

import re
from pathlib import Path
from types import SimpleNamespace

import pytest
from apispec import APISpec
from apispec.ext.marshmallow import MarshmallowPlugin
from marshmallow import ValidationError
from sqlalchemy.dialects import postgresql
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column
from sqlalchemy.schema import CreateTable

from bench.scoring import CORRECT, WRONG, score_document, scored_fields
from invoice_scanner_api.documents.flat_fields import correctable_fields, flat_values
from invoice_scanner_api.documents.schemas import document_schema
from invoice_scanner_api.review.schemas import field_correction_schema
from invoice_scanner_common.db.models import flat_columns
from invoice_scanner_common.fields import FIELDS, Compare, EInvoicePath, FieldSpec, ValueType
from invoice_scanner_processing.einvoice import parse_cii
from invoice_scanner_processing.einvoice_ubl import parse_ubl
from invoice_scanner_processing.schema import invoice_model
from invoice_scanner_processing.stages.extraction import normalise_fields

SAMPLE_CII = Path(__file__).parents[1] / (
    "invoice.scanner.processing/tests/preprocessing/cii_sample.xml"
)
ROW = FieldSpec(
    "buyer_reference",
    ValueType.TEXT,
    description="The buyer's routing reference (Leitweg-ID)",
    header=True,
    column=True,
    width=50,
    einvoice=EInvoicePath(
        cii="rsm:SupplyChainTradeTransaction/ram:ApplicableHeaderTradeAgreement/ram:BuyerReference",
        ubl="cbc:BuyerReference",  # BT-10
    ),
    compare=Compare.IDENTIFIER,
    api_description="The buyer's routing reference (XRechnung Leitweg-ID)",
)
TABLE = FIELDS.extended(ROW)


def test_the_row_reaches_the_invoice_model_and_its_normalisation() -> None:
    model = invoice_model(TABLE)
    assert list(model.model_fields)[-1] == "buyer_reference"
    schema = model.model_json_schema()["properties"]["buyer_reference"]
    assert schema["description"] == ROW.description
    invoice = model(buyer_reference="  04011000-12345 \n -34 ", total="12.5")
    assert invoice.header()["buyer_reference"] == "  04011000-12345 \n -34 "
    issues: list[str] = []
    normalise_fields(invoice, issues)
    assert getattr(invoice, "buyer_reference") == "04011000-12345 -34"  # noqa: B009
    too_long = model(buyer_reference="x" * 51)
    normalise_fields(too_long, issues)
    assert getattr(too_long, "buyer_reference") is None  # noqa: B009
    assert issues == ["buyer_reference of 51 characters dropped"]
    # The real model does not have it.
    assert "buyer_reference" not in invoice_model(FIELDS).model_fields


def test_the_row_is_read_from_an_einvoice_in_either_syntax() -> None:
    cii = SAMPLE_CII.read_bytes()
    assert parse_cii(cii, TABLE)["buyer_reference"] == "04011000-12345-34"
    assert "buyer_reference" not in parse_cii(cii)
    ubl = SAMPLE_CII.with_name("ubl_xrechnung_invoice.xml").read_bytes()
    assert parse_ubl(ubl, TABLE)["buyer_reference"] == "04011000-12345-03"
    assert "buyer_reference" not in parse_ubl(ubl)


def test_the_row_becomes_a_database_column() -> None:
    class Base(DeclarativeBase):
        pass

    columns = type("Columns", (), flat_columns(TABLE))

    class Result(columns, Base):  # type: ignore[misc,valid-type]
        __tablename__ = "extraction_results_with_reference"
        document_id: Mapped[int] = mapped_column(primary_key=True)

    ddl = str(CreateTable(Result.__table__).compile(dialect=postgresql.dialect()))
    assert "buyer_reference VARCHAR(50)" in ddl
    assert "invoice_number VARCHAR(100)" in ddl and "total NUMERIC(18, 2)" in ddl


def _openapi(schema: type, name: str) -> dict:
    spec = APISpec("t", "1", "3.0.3", plugins=[MarshmallowPlugin()])
    spec.components.schema(name, schema=schema)
    return spec.to_dict()["components"]["schemas"][name]["properties"]


def test_the_row_reaches_the_api_schema_and_the_document_view() -> None:
    shown = _openapi(document_schema(TABLE, "DocumentWithReferenceSchema"), "Document")
    assert shown["buyer_reference"] == {
        "type": "string",
        "description": ROW.api_description,
        "nullable": True,
    }
    names = list(shown)
    assert names.index("currency") + 1 == names.index("buyer_reference")  # after the others
    assert "buyer_reference" not in _openapi(document_schema(FIELDS, "PlainSchema"), "Plain")

    corrected = field_correction_schema(TABLE, "CorrectionWithReferenceSchema")
    assert _openapi(corrected, "Correction")["buyer_reference"]["maxLength"] == 50
    assert corrected().load({"buyer_reference": "04011000-1"}) == {"buyer_reference": "04011000-1"}
    with pytest.raises(ValidationError):
        corrected().load({"buyer_reference": "x" * 51})
    with pytest.raises(ValidationError):
        field_correction_schema(FIELDS, "PlainCorrectionSchema")().load({"buyer_reference": "1"})

    row = SimpleNamespace(**{**dict.fromkeys(TABLE.header), "buyer_reference": "04011000-1"})
    view = flat_values(row, TABLE)
    assert view["buyer_reference"] == "04011000-1"
    body = document_schema(TABLE, "DumpSchema")().dump(view)
    assert body["buyer_reference"] == "04011000-1"


def test_the_row_is_scored_by_the_benchmark() -> None:
    assert scored_fields(TABLE)[-2:] == ("line_items", "buyer_reference")
    truth = {"invoice_number": "A-1", "buyer_reference": "04011000-1"}
    right = score_document(
        truth, {"invoice_number": "A-1", "buyer_reference": " 04011000-1"}, table=TABLE
    )
    wrong = score_document(
        truth, {"invoice_number": "A-1", "buyer_reference": "04011000-2"}, table=TABLE
    )
    assert right.fields["buyer_reference"] == CORRECT
    assert wrong.fields["buyer_reference"] == WRONG and not wrong.header_all_correct
    assert "buyer_reference" not in score_document(truth, {}).fields


def test_integration_names_the_correctable_fields() -> None:
    text = (Path(__file__).parents[1] / "INTEGRATION.md").read_text()
    part = text[text.index("Corrects fields and/or") : text.index("`null` clears a value")]
    named = [name for name in re.findall(r"`([a-z_]+)`", part) if name in FIELDS]
    assert named == [spec.name for spec in correctable_fields()]
