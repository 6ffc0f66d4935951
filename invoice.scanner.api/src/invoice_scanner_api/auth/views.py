from __future__ import annotations

import uuid
from typing import Any

from flask import current_app, request
from flask.views import MethodView
from flask_jwt_extended import create_access_token, create_refresh_token, get_jwt, jwt_required
from flask_limiter.util import get_remote_address
from flask_smorest import Blueprint, abort
from redis.exceptions import RedisError
from werkzeug.wrappers import Response

from invoice_scanner_api.auth import service
from invoice_scanner_api.auth.schemas import (
    AccessTokenSchema,
    LoginSchema,
    MessageSchema,
    RegisteredSchema,
    RegisterSchema,
    TokenSchema,
)
from invoice_scanner_api.config import ApiSettings
from invoice_scanner_api.extensions import db, limiter, revocations

blp = Blueprint(
    "auth", __name__, url_prefix="/auth", description="Registration, login, refresh and logout"
)
SECURITY: list[dict[str, list[str]]] = [{"bearerAuth": []}]
RATE_LIMITED = "Too many attempts; retry after the number of seconds in Retry-After"
BUSY = "Too many logins at once; please retry in a few seconds"


def _limits() -> Any:
    settings: ApiSettings = current_app.config["SETTINGS"]
    return settings.rate_limits


def _account_key() -> str:
    """The email the request is about (normalised); the address when the body has none."""
    body = request.get_json(silent=True)
    email = body.get("email") if isinstance(body, dict) else None
    if isinstance(email, str) and email.strip():
        return service.normalise_email(email)[:320]
    return get_remote_address()


def _failed(response: Response) -> bool:
    return response.status_code == 401


def _tokens(user_id: str, company_id: str, session_id: str) -> dict[str, Any]:
    claims = {"cid": company_id, "sid": session_id}
    expires = current_app.config["JWT_ACCESS_TOKEN_EXPIRES"]
    return {
        "access_token": create_access_token(identity=user_id, additional_claims=claims),
        "token_type": "Bearer",
        "expires_in": int(expires.total_seconds()),
    }


@blp.route("/register")
class Register(MethodView):
    @limiter.limit(lambda: _limits().register_per_address, scope="register-address")
    @limiter.limit(
        lambda: _limits().register_per_account, key_func=_account_key, scope="register-account"
    )
    @blp.arguments(RegisterSchema)
    @blp.response(201, RegisteredSchema)
    @blp.alt_response(409, description="The email is already registered")
    @blp.alt_response(429, description=RATE_LIMITED)
    @blp.alt_response(503, description=BUSY)
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Create a company and its first user.

        The password needs at least ``PASSWORD_MIN_LENGTH`` characters (default 10) and must
        not be a common leaked password; otherwise 422 names the problem.
        """
        try:
            user = service.register(
                db.session, body["email"], body["password"], body["company_name"]
            )
        except service.EmailTakenError:
            abort(409, message="An account with this email already exists")
        except service.HashingBusyError:
            abort(503, message=BUSY)
        return {"user": user, "company": user.company}


@blp.route("/login")
class Login(MethodView):
    @limiter.limit(lambda: _limits().login_per_address, scope="login-address")
    @limiter.limit(
        lambda: _limits().login_per_account,
        key_func=_account_key,
        scope="login-account",
        deduct_when=_failed,
    )
    @blp.arguments(LoginSchema)
    @blp.response(200, TokenSchema)
    @blp.alt_response(401, description="Wrong email or password")
    @blp.alt_response(429, description=RATE_LIMITED)
    @blp.alt_response(503, description=BUSY)
    def post(self, body: dict[str, Any]) -> dict[str, Any]:
        """Exchange email and password for a short-lived access token and a refresh token.

        Limited per client address (every attempt) and per account (failed attempts only).
        """
        try:
            user = service.authenticate(db.session, body["email"], body["password"])
        except service.HashingBusyError:
            abort(503, message=BUSY)
        if user is None:
            abort(401, message="Invalid email or password")
            raise AssertionError("abort() raises")  # for type checkers
        user_id, company_id, session_id = str(user.id), str(user.company_id), uuid.uuid4().hex
        refresh_expires = current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
        refresh = create_refresh_token(
            identity=user_id, additional_claims={"cid": company_id, "sid": session_id}
        )
        return {
            **_tokens(user_id, company_id, session_id),
            "refresh_token": refresh,
            "refresh_expires_in": int(refresh_expires.total_seconds()),
        }


@blp.route("/refresh")
class Refresh(MethodView):
    @jwt_required(refresh=True)
    @blp.response(200, AccessTokenSchema)
    @blp.alt_response(401, description="Missing, expired or revoked refresh token")
    @blp.doc(security=SECURITY)
    def post(self) -> dict[str, Any]:
        """A new access token for the refresh token in ``Authorization: Bearer``."""
        claims = get_jwt()
        return _tokens(str(claims["sub"]), str(claims["cid"]), str(claims.get("sid", "")))


@blp.route("/logout")
class Logout(MethodView):
    @jwt_required(verify_type=False)
    @blp.response(200, MessageSchema)
    @blp.alt_response(401, description="Missing, expired or already revoked token")
    @blp.alt_response(503, description="The revocation store (Redis) is unreachable")
    @blp.doc(security=SECURITY)
    def post(self) -> dict[str, str]:
        """Revoke the presented token and every token of its login (access and refresh).

        Send either the access or the refresh token; both stop working at once.
        """
        claims = get_jwt()
        refresh_expires = current_app.config["JWT_REFRESH_TOKEN_EXPIRES"]
        try:
            revocations.revoke(claims, int(refresh_expires.total_seconds()))
        except RedisError:
            abort(503, message="Logout is unavailable right now; please retry shortly")
        return {"message": "Logged out; the tokens of this login are revoked"}
