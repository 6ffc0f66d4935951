"""API settings, read once from the environment (see ``.env.example``)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import timedelta

from limits import parse_many

from invoice_scanner_common.intake import IntakeLimits
from invoice_scanner_common.settings import CommonSettings, ConfigError, Env, load_environ
from invoice_scanner_common.webhooks import UrlPolicy


@dataclass(frozen=True)
class RateLimits:
    """flask-limiter limit strings ("10 per minute", "30/minute;500/day").

    Login counts every request per client address and only failed logins per account (so the
    owner of an account can still log in while someone else guesses from elsewhere, within the
    address limit). Register counts every request per address and per email. Uploads count
    per company (every user of it together), whatever the answer.
    """

    login_per_address: str = "30 per minute"
    login_per_account: str = "10 per minute"
    register_per_address: str = "10 per hour"
    register_per_account: str = "5 per hour"
    upload_per_company: str = "300 per minute;10000 per day"

    @classmethod
    def from_env(cls, env: Env) -> RateLimits:
        names = [f.name for f in fields(cls)]
        return cls(**{n: _limit(env, f"RATE_LIMIT_{n.upper()}", getattr(cls, n)) for n in names})


def _limit(env: Env, name: str, default: str) -> str:
    value = env.str(name, default)
    try:
        parse_many(value)
    except ValueError:
        message = f"{name} must be a rate limit like '10 per minute', got {value!r}"
        raise ConfigError(message) from None
    return value


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
    #: Refresh tokens outlive the short access tokens; logout revokes both.
    jwt_refresh_expires: timedelta = timedelta(days=7)
    #: JSON bodies are small (credentials, review edits); uploads are multipart and separate.
    max_json_bytes: int = 64 * 1024
    password_min_length: int = 10
    rate_limits: RateLimits = field(default_factory=RateLimits)
    #: The polled reads run as statements prepared once per connection (documents/reads.py);
    #: off behind a pooler that hands a session's statements to other clients (PgBouncer in
    #: transaction mode).
    prepared_statements: bool = True
    #: Connections the polled reads keep open per API process: one per request thread
    #: (``API_THREADS``), so that a burst of polls never opens and closes connections
    #: (documents/reads.py).
    read_pool_size: int = 16
    #: Documents whose status rows each API process keeps, each dropped when Postgres notifies
    #: a change of the document (documents/statuscache.py); 0 turns the copies off. Off by
    #: default where prepared statements are (a pooler in transaction mode: ``LISTEN`` needs a
    #: session of its own).
    status_cache_size: int = 10000

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
            jwt_expires=timedelta(seconds=env.int("JWT_EXPIRES_SECONDS", 900, minimum=60)),
            jwt_refresh_expires=timedelta(
                seconds=env.int("JWT_REFRESH_EXPIRES_SECONDS", 7 * 86400, minimum=300)
            ),
            intake=IntakeLimits.from_env(env),
            bench_routes=env.bool("API_BENCH_ROUTES", False),
            readiness_timeout=env.float("READINESS_TIMEOUT", 1.0, minimum=0.1),
            webhook_policy=UrlPolicy.from_env(env),
            max_json_bytes=env.int("MAX_JSON_BYTES", 64 * 1024, minimum=1024),
            password_min_length=env.int("PASSWORD_MIN_LENGTH", 10, minimum=8),
            rate_limits=RateLimits.from_env(env),
            prepared_statements=env.bool("DB_PREPARED_STATEMENTS", True),
            read_pool_size=env.int(
                "DB_READ_POOL_SIZE", env.int("API_THREADS", 16, minimum=1), minimum=1
            ),
            status_cache_size=env.int(
                "API_STATUS_CACHE_SIZE",
                10000 if env.bool("DB_PREPARED_STATEMENTS", True) else 0,
                minimum=0,
            ),
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
            "JWT_REFRESH_TOKEN_EXPIRES": self.jwt_refresh_expires,
            "JWT_ERROR_MESSAGE_KEY": "message",
            # Werkzeug refuses bigger bodies with 413 before our view reads them; the view
            # checks the exact limit again while streaming.
            "MAX_CONTENT_LENGTH": self.intake.max_upload_bytes + 64 * 1024,
            # Rate-limit counters live in Redis so every gunicorn worker and host shares them;
            # if Redis is down the limiter counts in memory per process rather than failing.
            "RATELIMIT_STORAGE_URI": self.common.redis_url,
            "RATELIMIT_KEY_PREFIX": "invoice_scanner_limits",
            "RATELIMIT_STRATEGY": "moving-window",
            "RATELIMIT_HEADERS_ENABLED": True,
            "RATELIMIT_IN_MEMORY_FALLBACK_ENABLED": True,
            "SETTINGS": self,
        }
