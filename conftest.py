"""Shared test fixtures: a throwaway database, a private Redis db and document folders.

Everything runs against the real Postgres and Redis of the machine (see
scripts/ensure-services.sh). Each test session creates its own database and uses its own Redis
database number, and removes both at the end.
"""

from __future__ import annotations

import os
import secrets
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import psycopg2
import pytest
import redis

TEST_DB_HOST = os.environ.get("TEST_DB_HOST", "127.0.0.1")
TEST_DB_PORT = os.environ.get("TEST_DB_PORT", "5432")
TEST_DB_USER = os.environ.get("TEST_DB_USER", "postgres")
TEST_DB_PASSWORD = os.environ.get("TEST_DB_PASSWORD", "")
TEST_REDIS_URL = os.environ.get("TEST_REDIS_URL", "redis://127.0.0.1:6379/13")


def _admin_connect() -> Any:
    conn = psycopg2.connect(
        host=TEST_DB_HOST,
        port=TEST_DB_PORT,
        user=TEST_DB_USER,
        password=TEST_DB_PASSWORD or None,
        dbname="postgres",
    )
    conn.autocommit = True
    return conn


@pytest.fixture(scope="session")
def test_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment variables of a private, migrated database, Redis db and document folders."""
    name = f"invoice_scanner_test_{uuid.uuid4().hex[:10]}"
    conn = _admin_connect()
    with conn.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{name}"')
    docs = tmp_path_factory.mktemp("documents")
    env = {
        "DB_HOST": TEST_DB_HOST,
        "DB_PORT": TEST_DB_PORT,
        "DB_USER": TEST_DB_USER,
        "DB_PASSWORD": TEST_DB_PASSWORD,
        "DB_NAME": name,
        "REDIS_URL": TEST_REDIS_URL,
        "DOCUMENTS_RAW_DIR": str(docs / "raw"),
        "DOCUMENTS_PROCESSED_DIR": str(docs / "processed"),
        "JWT_SECRET_KEY": secrets.token_urlsafe(48),
        "LLM_PROVIDER": "offline",
        "LOG_LEVEL": "INFO",
        "ENV_FILE": str(docs / "no-such.env"),
        # Every test client (and the e2e gunicorn) is 127.0.0.1: the per-address limits are
        # raised so that the suite's many registrations fit; the per-account limits stay.
        "RATE_LIMIT_LOGIN_PER_ADDRESS": "1000 per minute",
        "RATE_LIMIT_REGISTER_PER_ADDRESS": "1000 per minute",
    }
    rdb = redis.Redis.from_url(TEST_REDIS_URL)
    rdb.flushdb()
    from invoice_scanner_api.migrate import upgrade
    from invoice_scanner_common.settings import CommonSettings

    upgrade(CommonSettings.from_env(env).database_url)
    try:
        yield env
    finally:
        rdb.flushdb()
        rdb.close()
        with conn.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
        conn.close()


@pytest.fixture(scope="session")
def db_url(test_env: dict[str, str]) -> str:
    from invoice_scanner_common.settings import CommonSettings

    return CommonSettings.from_env(test_env).database_url


@pytest.fixture(scope="session")
def raw_dir(test_env: dict[str, str]) -> Path:
    return Path(test_env["DOCUMENTS_RAW_DIR"])
