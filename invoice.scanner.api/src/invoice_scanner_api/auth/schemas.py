from __future__ import annotations

from marshmallow import Schema, fields, validate


class RegisterSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=320))
    password = fields.String(
        required=True, load_only=True, validate=validate.Length(min=8, max=256)
    )
    company_name = fields.String(required=True, validate=validate.Length(min=1, max=200))


class LoginSchema(Schema):
    email = fields.String(required=True)
    password = fields.String(required=True, load_only=True)


class UserSchema(Schema):
    id = fields.UUID()
    email = fields.String()


class CompanySchema(Schema):
    id = fields.UUID()
    name = fields.String()


class RegisteredSchema(Schema):
    user = fields.Nested(UserSchema)
    company = fields.Nested(CompanySchema)


class TokenSchema(Schema):
    access_token = fields.String()
    token_type = fields.String()
    expires_in = fields.Integer(metadata={"description": "Seconds until the token expires"})
