from __future__ import annotations

from marshmallow import Schema, fields


class DocumentSupplierSchema(Schema):
    id = fields.UUID()
    name = fields.String(allow_none=True)
    matched_by = fields.List(
        fields.String(),
        metadata={
            "description": "What recognised the supplier: vat_id, iban, registration_number, "
            "name, layout (the page's fixed words), or review (a reviewer's values)"
        },
    )
    confidence = fields.Float(allow_none=True, metadata={"description": "0 to 1"})
    layout_version = fields.Integer(
        allow_none=True, metadata={"description": "The remembered layout that was read"}
    )
    fields_from_memory = fields.List(
        fields.String(), metadata={"description": "Fields read at remembered places"}
    )


class SupplierSchema(Schema):
    id = fields.UUID()
    name = fields.String(allow_none=True)
    vat_id = fields.String(allow_none=True)
    iban = fields.String(allow_none=True)
    registration_number = fields.String(allow_none=True)


class RememberedLayoutSchema(Schema):
    id = fields.Integer()
    version = fields.Integer()
    samples = fields.Integer(metadata={"description": "Reviewed documents it was learned from"})
    fixed_words = fields.Integer(metadata={"description": "Size of the layout fingerprint"})
    fields_ = fields.Dict(
        keys=fields.String(),
        values=fields.Dict(),
        data_key="fields",
        attribute="fields",
        metadata={
            "description": "Per field: page, kind, anchor (label words), anchor_at, box (value "
            "box relative to the anchor, page fractions), align, hint"
        },
    )
    created_at = fields.DateTime()
    updated_at = fields.DateTime()


class SupplierMemorySchema(Schema):
    supplier = fields.Nested(SupplierSchema)
    documents = fields.Integer(metadata={"description": "Documents recognised as this supplier's"})
    layouts = fields.List(fields.Nested(RememberedLayoutSchema))
