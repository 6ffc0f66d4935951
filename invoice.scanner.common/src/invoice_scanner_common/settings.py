"""Typed configuration from the environment (and an optional ``.env`` file).

One place reads the environment. A bad value raises :class:`ConfigError` naming the variable, so
services fail at start-up with a clear message instead of misbehaving later.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING
from urllib.parse import quote_plus, urlsplit

from dotenv import dotenv_values

if TYPE_CHECKING:
    from invoice_scanner_common.objectstore import StorageSettings

#: ``Env`` has a method named ``str``; annotations inside it use this alias.
Text = str


class ConfigError(ValueError):
    """A configuration variable is missing or has a bad value."""


def load_environ(env_file: str | os.PathLike[str] | None = None) -> dict[str, str]:
    """The process environment over the values of ``.env`` (the real environment wins)."""
    path = Path(env_file) if env_file else Path(os.environ.get("ENV_FILE", ".env"))
    values: dict[str, str] = {}
    if path.is_file():
        values.update({k: v for k, v in dotenv_values(path).items() if v is not None})
    values.update(os.environ)
    return values


class Env:
    """Typed accessors over a mapping of variables; every error names the variable."""

    def __init__(self, values: Mapping[Text, Text]) -> None:
        self.values = values

    def str(self, name: Text, default: Text | None = None) -> Text:
        value = self.values.get(name)
        if value is None or value == "":
            if default is None:
                raise ConfigError(f"{name} is required but not set")
            return default
        return value

    def optional(self, name: Text) -> Text | None:
        value = self.values.get(name)
        return value if value else None

    def int(self, name: Text, default: int, *, minimum: int | None = None) -> int:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = int(raw)
        except ValueError:
            raise ConfigError(f"{name} must be an integer, got {raw!r}") from None
        if minimum is not None and value < minimum:
            raise ConfigError(f"{name} must be at least {minimum}, got {value}")
        return value

    def float(self, name: Text, default: float, *, minimum: float | None = None) -> float:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        try:
            value = float(raw)
        except ValueError:
            raise ConfigError(f"{name} must be a number, got {raw!r}") from None
        if minimum is not None and value < minimum:
            raise ConfigError(f"{name} must be at least {minimum}, got {value}")
        return value

    def bool(self, name: Text, default: bool) -> bool:
        raw = self.values.get(name)
        if raw is None or raw == "":
            return default
        lowered = raw.strip().lower()
        if lowered in {"1", "true", "yes", "on"}:
            return True
        if lowered in {"0", "false", "no", "off"}:
            return False
        raise ConfigError(f"{name} must be true or false, got {raw!r}")

    def choice(self, name: Text, default: Text, choices: tuple[Text, ...]) -> Text:
        value = self.str(name, default).strip().lower()
        if value not in choices:
            raise ConfigError(f"{name} must be one of {', '.join(choices)}; got {value!r}")
        return value

    def url(self, name: Text, default: Text, schemes: tuple[Text, ...]) -> Text:
        value = self.str(name, default)
        parts = urlsplit(value)
        if parts.scheme not in schemes or not (parts.netloc or parts.path):
            raise ConfigError(
                f"{name} must be a URL with scheme {' or '.join(schemes)}; got {_redact(value)!r}"
            )
        return value


def _redact(url: str) -> str:
    """A URL without its password, for error messages and logs."""
    parts = urlsplit(url)
    if parts.password:
        return url.replace(f":{parts.password}@", ":***@")
    return url


@dataclass(frozen=True)
class IntakeLimits:
    """Limits on what is accepted. ``MAX_UPLOAD_MB``, ``MAX_PAGES``, ``MAX_IMAGE_PIXELS``."""

    max_upload_mb: int = 20
    max_pages: int = 50
    #: 80 MP: an A4 page at 600 dpi is 35 MP, a 48 MP phone photo fits; 30000x30000 does not.
    max_image_pixels: int = 80_000_000

    @property
    def max_upload_bytes(self) -> int:
        return self.max_upload_mb * 1024 * 1024

    @classmethod
    def from_env(cls, env: Env | Mapping[str, str]) -> IntakeLimits:
        env = env if isinstance(env, Env) else Env(env)
        return cls(
            max_upload_mb=env.int("MAX_UPLOAD_MB", cls.max_upload_mb, minimum=1),
            max_pages=env.int("MAX_PAGES", cls.max_pages, minimum=1),
            max_image_pixels=env.int("MAX_IMAGE_PIXELS", cls.max_image_pixels, minimum=1),
        )


@dataclass(frozen=True)
class RecoverySettings:
    """Leases, the sweeper and retention (see ARCHITECTURE.md, "Nothing lost").

    ``LEASE_SECONDS``: how long a stage's claim on a document lasts without a heartbeat (a
    heartbeat renews it every third of that). ``SWEEPER_INTERVAL_S``: how often the sweeper
    runs. ``SWEEPER_DUE_AFTER_S``: how long a document may wait for its next task's message
    before the sweeper sends it again (keep it above the longest queue wait you expect; a
    duplicate message is harmless, it is skipped). ``SWEEPER_MAX_REDRIVES``: re-drives before
    the document ends ``{step}_error``. ``ORPHAN_FILE_AFTER_S``: age of an upload file without
    a row before the janitor removes it. ``RETENTION_DAYS``: default retention of a company's
    documents (0: forever).
    """

    lease_seconds: int = 60
    sweep_interval_s: int = 15
    due_after_s: int = 300
    max_redrives: int = 5
    orphan_file_after_s: int = 3600
    retention_days: int = 0

    @classmethod
    def from_env(cls, env: Env | Mapping[str, str]) -> RecoverySettings:
        env = env if isinstance(env, Env) else Env(env)
        return cls(
            lease_seconds=env.int("LEASE_SECONDS", cls.lease_seconds, minimum=3),
            sweep_interval_s=env.int("SWEEPER_INTERVAL_S", cls.sweep_interval_s, minimum=1),
            due_after_s=env.int("SWEEPER_DUE_AFTER_S", cls.due_after_s, minimum=1),
            max_redrives=env.int("SWEEPER_MAX_REDRIVES", cls.max_redrives, minimum=1),
            orphan_file_after_s=env.int("ORPHAN_FILE_AFTER_S", cls.orphan_file_after_s, minimum=1),
            retention_days=env.int("RETENTION_DAYS", cls.retention_days, minimum=0),
        )


@dataclass(frozen=True)
class AdmissionSettings:
    """How many documents of one company are processed at a time (``COMPANY_MAX_IN_FLIGHT``;
    0: no cap). The rest wait in the ``waiting`` status and are released oldest first as the
    company's documents finish, so one company's burst cannot delay another's upload by the
    whole backlog (ARCHITECTURE.md, "Fairness between companies")."""

    max_in_flight: int = 8

    @classmethod
    def from_env(cls, env: Env | Mapping[str, str]) -> AdmissionSettings:
        env = env if isinstance(env, Env) else Env(env)
        return cls(max_in_flight=env.int("COMPANY_MAX_IN_FLIGHT", cls.max_in_flight, minimum=0))


@dataclass(frozen=True)
class CommonSettings:
    """Settings both services need: where the data lives and how to reach the broker."""

    database_url: str
    redis_url: str
    documents_raw_dir: Path
    documents_processed_dir: Path
    log_level: str = "INFO"
    #: ``text`` (default) or ``json``: one JSON object per log line.
    log_format: str = "text"
    #: Where documents are kept between machines (see objectstore.py); default: the folders.
    storage: StorageSettings = field(default_factory=lambda: _storage_default())
    recovery: RecoverySettings = field(default_factory=RecoverySettings)
    admission: AdmissionSettings = field(default_factory=AdmissionSettings)
    extra: dict[str, str] = field(default_factory=dict, repr=False)

    @property
    def database_url_redacted(self) -> str:
        return _redact(self.database_url)

    @classmethod
    def from_env(cls, values: Mapping[str, str] | None = None) -> CommonSettings:
        env = Env(load_environ() if values is None else values)
        return cls(
            database_url=database_url_from_env(env),
            redis_url=env.url("REDIS_URL", "redis://localhost:6379/0", ("redis", "rediss")),
            documents_raw_dir=Path(env.str("DOCUMENTS_RAW_DIR", "./documents/raw")),
            documents_processed_dir=Path(
                env.str("DOCUMENTS_PROCESSED_DIR", "./documents/processed")
            ),
            log_level=env.choice(
                "LOG_LEVEL", "INFO", ("debug", "info", "warning", "error")
            ).upper(),
            log_format=env.choice("LOG_FORMAT", "text", ("text", "json")),
            storage=_storage_from_env(env),
            recovery=RecoverySettings.from_env(env),
            admission=AdmissionSettings.from_env(env),
        )


def _storage_default() -> StorageSettings:
    from invoice_scanner_common.objectstore import StorageSettings

    return StorageSettings()


def _storage_from_env(env: Env) -> StorageSettings:
    from invoice_scanner_common.objectstore import StorageSettings

    return StorageSettings.from_env(env)


def database_url_from_env(env: Env) -> str:
    """``DATABASE_URL`` if set, else a psycopg2 URL built from the ``DB_*`` variables."""
    explicit = env.optional("DATABASE_URL")
    if explicit:
        url = explicit
        if url.startswith("postgres://"):
            url = "postgresql://" + url[len("postgres://") :]
        if url.startswith("postgresql://"):
            url = "postgresql+psycopg2://" + url[len("postgresql://") :]
        if not url.startswith("postgresql+psycopg2://"):
            raise ConfigError(f"DATABASE_URL must be a postgresql:// URL; got {_redact(url)!r}")
        return url
    host = env.str("DB_HOST", "localhost")
    port = env.int("DB_PORT", 5432, minimum=1)
    if port > 65535:
        raise ConfigError(f"DB_PORT must be at most 65535, got {port}")
    user = env.str("DB_USER", "postgres")
    password = env.optional("DB_PASSWORD")
    name = env.str("DB_NAME", "invoice_scanner")
    auth = quote_plus(user) + (f":{quote_plus(password)}" if password else "")
    return f"postgresql+psycopg2://{auth}@{host}:{port}/{name}"
