"""API settings, read once from the environment (see ``.env.example``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import timedelta

from invoice_scanner_common.intake import IntakeLimits
from invoice_scanner_common.settings import CommonSettings, ConfigError, Env, load_environ
from invoice_scanner_common.webhooks import UrlPolicy


@dataclass(frozen=True)
class ApiSettings:
    common: CommonSettings
    jwt_secret_key: str
    jwt_expires: timedelta
    intake: IntakeLimits
    page_size_max: int = 100
    #: Serve ``GET /bench/bare`` (a bare JSON answer) for `make bench`; never in production.
    bench_routes: bool = False
    #: Seconds /health/ready waits for Redis and for the workers' answers.
    readiness_timeout: float = 1.0
    #: Which webhook URLs may be registered (WEBHOOK_ALLOWED_HOSTS, WEBHOOK_ALLOW_PRIVATE).
    webhook_policy: UrlPolicy = field(default_factory=UrlPolicy)

    @classmethod
    def from_env(cls, values: Mapping[str, str] | None = None) -> ApiSettings:
        raw = load_environ() if values is None else values
        env = Env(raw)
        secret = env.str("JWT_SECRET_KEY", "")
        if not secret:
            raise ConfigError("JWT_SECRET_KEY is required: set a long random string")
        if len(secret) < 32:
            raise ConfigError("JWT_SECRET_KEY must be at least 32 characters long")
        return cls(
            common=CommonSettings.from_env(raw),
            jwt_secret_key=secret,
            jwt_expires=timedelta(seconds=env.int("JWT_EXPIRES_SECONDS", 3600, minimum=60)),
            intake=IntakeLimits.from_env(env),
            bench_routes=env.bool("API_BENCH_ROUTES", False),
            readiness_timeout=env.float("READINESS_TIMEOUT", 1.0, minimum=0.1),
            webhook_policy=UrlPolicy.from_env(env),
        )

    def flask_config(self) -> dict[str, object]:
        return {
            "API_TITLE": "invoice.scanner",
            "API_VERSION": "1.0.0",
            "OPENAPI_VERSION": "3.0.3",
            "OPENAPI_URL_PREFIX": "/",
            "OPENAPI_JSON_PATH": "openapi.json",
            "OPENAPI_SWAGGER_UI_PATH": "docs",
            # Served from the swagger-ui-bundle package (see create_app), not from a CDN.
            "OPENAPI_SWAGGER_UI_URL": "/docs/assets/",
            "API_SPEC_OPTIONS": {
                "components": {
                    "securitySchemes": {
                        "bearerAuth": {"type": "http", "scheme": "bearer", "bearerFormat": "JWT"}
                    }
                },
            },
            "JWT_SECRET_KEY": self.jwt_secret_key,
            "JWT_ACCESS_TOKEN_EXPIRES": self.jwt_expires,
            "JWT_ERROR_MESSAGE_KEY": "message",
            # Werkzeug refuses bigger bodies with 413 before our view reads them; the view
            # checks the exact limit again while streaming.
            "MAX_CONTENT_LENGTH": self.intake.max_upload_bytes + 64 * 1024,
            "SETTINGS": self,
        }
