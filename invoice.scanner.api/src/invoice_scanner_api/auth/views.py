from __future__ import annotations

from typing import Any

from flask import current_app
from flask.views import MethodView
from flask_jwt_extended import create_access_token
from flask_smorest import Blueprint, abort

from invoice_scanner_api.auth import service
from invoice_scanner_api.auth.schemas import (
    LoginSchema,
    RegisteredSchema,
    RegisterSchema,
    TokenSchema,
)
from invoice_scanner_api.extensions import db

blp = Blueprint("auth", __name__, url_prefix="/auth", description="Registration and login")


@blp.route("/register")
class Register(MethodView):
    @blp.arguments(RegisterSchema)
    @blp.response(201, RegisteredSchema)
    @blp.alt_response(409, description="The email is already registered")
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Create a company and its first user."""
        try:
            user = service.register(
                db.session, body["email"], body["password"], body["company_name"]
            )
        except service.EmailTakenError:
            abort(409, message="An account with this email already exists")
        return {"user": user, "company": user.company}


@blp.route("/login")
class Login(MethodView):
    @blp.arguments(LoginSchema)
    @blp.response(200, TokenSchema)
    @blp.alt_response(401, description="Wrong email or password")
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Exchange email and password for a bearer token."""
        user = service.authenticate(db.session, body["email"], body["password"])
        if user is None:
            abort(401, message="Invalid email or password")
            raise AssertionError("abort() raises")  # for type checkers
        expires = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
        token = create_access_token(
            identity=str(user.id), additional_claims={"cid": str(user.company_id)}
        )
        return {
            "access_token": token,
            "token_type": "Bearer",
            "expires_in": int(expires.total_seconds()),
        }
