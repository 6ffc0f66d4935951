"""compose's database roles (scripts/postgres-init/10-roles.sh) on the real Postgres: the
migrations run as the owner, the app role reads and writes rows and can change no schema."""

from __future__ import annotations

import os
import subprocess
import uuid
from collections.abc import Iterator
from pathlib import Path

import psycopg2
import pytest
from psycopg2 import errors

# The same server and superuser as the root conftest's test database.
TEST_DB_HOST = os.environ.get("TEST_DB_HOST", "127.0.0.1")
TEST_DB_PORT = os.environ.get("TEST_DB_PORT", "5432")
TEST_DB_USER = os.environ.get("TEST_DB_USER", "postgres")
TEST_DB_PASSWORD = os.environ.get("TEST_DB_PASSWORD", "")

ROOT = Path(__file__).resolve().parents[1]
SCRIPT = ROOT / "scripts" / "postgres-init" / "10-roles.sh"


@pytest.fixture
def roles() -> Iterator[dict[str, str]]:
    tag = uuid.uuid4().hex[:8]
    names = {"db": f"roles_test_{tag}", "owner": f"owner_{tag}", "app": f"app_{tag}"}
    admin = psycopg2.connect(
        host=TEST_DB_HOST,
        port=TEST_DB_PORT,
        user=TEST_DB_USER,
        password=TEST_DB_PASSWORD or None,
        dbname="postgres",
    )
    admin.autocommit = True
    with admin.cursor() as cur:
        cur.execute(f'CREATE DATABASE "{names["db"]}"')
    try:
        yield names
    finally:
        with admin.cursor() as cur:
            cur.execute(f'DROP DATABASE IF EXISTS "{names["db"]}" WITH (FORCE)')
            for role in (names["app"], names["owner"]):
                cur.execute(f'DROP ROLE IF EXISTS "{role}"')
        admin.close()


def _connect(db: str, user: str, password: str) -> psycopg2.extensions.connection:
    return psycopg2.connect(
        host=TEST_DB_HOST, port=TEST_DB_PORT, user=user, password=password, dbname=db
    )


def test_app_role_reads_and_writes_rows_but_changes_no_schema(roles: dict[str, str]) -> None:
    env = {
        **os.environ,
        "PGHOST": TEST_DB_HOST,
        "PGPORT": TEST_DB_PORT,
        "POSTGRES_USER": TEST_DB_USER,
        "PGPASSWORD": TEST_DB_PASSWORD,
        "POSTGRES_DB": roles["db"],
        "DB_OWNER_USER": roles["owner"],
        "DB_OWNER_PASSWORD": "owner-pw",
        "DB_USER": roles["app"],
        "DB_PASSWORD": "app-pw",
    }
    subprocess.run(["bash", str(SCRIPT)], env=env, check=True, capture_output=True, timeout=60)

    from invoice_scanner_api.migrate import upgrade

    owner_url = (
        f"postgresql+psycopg2://{roles['owner']}:owner-pw@{TEST_DB_HOST}:{TEST_DB_PORT}/"
        f"{roles['db']}"
    )
    upgrade(owner_url)  # the owner can create the schema

    conn = _connect(roles["db"], roles["app"], "app-pw")
    conn.autocommit = True
    try:
        with conn.cursor() as cur:
            cur.execute("SELECT rolsuper FROM pg_roles WHERE rolname = current_user")
            assert cur.fetchone() == (False,)
            company = uuid.uuid4()
            cur.execute(
                "INSERT INTO companies (id, name, created_at) VALUES (%s, 'A', now())",
                (str(company),),
            )
            cur.execute("UPDATE companies SET name = 'B' WHERE id = %s", (str(company),))
            cur.execute("SELECT name FROM companies WHERE id = %s", (str(company),))
            assert cur.fetchone() == ("B",)
            cur.execute("DELETE FROM companies WHERE id = %s", (str(company),))
            for ddl in (
                "CREATE TABLE intruder (id int)",
                "DROP TABLE companies",
                "ALTER TABLE companies ADD COLUMN x int",
                "TRUNCATE companies",
            ):
                with pytest.raises(errors.InsufficientPrivilege):
                    cur.execute(ddl)
    finally:
        conn.close()
