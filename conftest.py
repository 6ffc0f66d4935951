"""Shared test fixtures: a throwaway database, a private Redis db and document folders.

Everything runs against the real Postgres and Redis of the machine (see
scripts/ensure-services.sh). Each test session creates its own database and uses its own Redis
database number, and removes both at the end.
"""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.stack import TEST_REDIS_URL, private_env


@pytest.fixture(scope="session")
def test_env(tmp_path_factory: pytest.TempPathFactory) -> Iterator[dict[str, str]]:
    """Environment variables of a private, migrated database, Redis db and document folders."""
    extra = {
        # Every test client (and the e2e gunicorn) is 127.0.0.1: the per-address limits are
        # raised so that the suite's many registrations fit; the per-account limits stay.
        "RATE_LIMIT_LOGIN_PER_ADDRESS": "1000 per minute",
        "RATE_LIMIT_REGISTER_PER_ADDRESS": "1000 per minute",
    }
    docs = tmp_path_factory.mktemp("documents")
    with private_env(TEST_REDIS_URL, docs, prefix="invoice_scanner_test", extra=extra) as env:
        yield env


@pytest.fixture(scope="session")
def db_url(test_env: dict[str, str]) -> str:
    from invoice_scanner_common.settings import CommonSettings

    return CommonSettings.from_env(test_env).database_url


@pytest.fixture(scope="session")
def raw_dir(test_env: dict[str, str]) -> Path:
    return Path(test_env["DOCUMENTS_RAW_DIR"])
