from __future__ import annotations

from typing import Any

from flask import current_app
from marshmallow import Schema, ValidationError, fields, validate, validates

from invoice_scanner_api.auth.passwords import MAX_LENGTH, password_problem


class RegisterSchema(Schema):
    email = fields.Email(required=True, validate=validate.Length(max=320))
    password = fields.String(
        required=True,
        load_only=True,
        metadata={
            "description": "At least PASSWORD_MIN_LENGTH (default 10) characters, at most "
            f"{MAX_LENGTH}, and not on the list of common leaked passwords"
        },
    )
    company_name = fields.String(required=True, validate=validate.Length(min=1, max=200))

    @validates("password")
    def _password_policy(self, value: str, **_kwargs: Any) -> None:
        problem = password_problem(value, current_app.config["SETTINGS"].password_min_length)
        if problem:
            raise ValidationError(problem)


class LoginSchema(Schema):
    email = fields.String(required=True, validate=validate.Length(max=320))
    # Bounded so that a megabyte "password" is refused before argon2 hashes it.
    password = fields.String(
        required=True, load_only=True, validate=validate.Length(max=MAX_LENGTH)
    )


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
    refresh_token = fields.String(
        metadata={"description": "Send to POST /auth/refresh for a new access token"}
    )
    refresh_expires_in = fields.Integer(
        metadata={"description": "Seconds until the refresh token expires"}
    )


class AccessTokenSchema(Schema):
    access_token = fields.String()
    token_type = fields.String()
    expires_in = fields.Integer(metadata={"description": "Seconds until the token expires"})


class MessageSchema(Schema):
    message = fields.String()
