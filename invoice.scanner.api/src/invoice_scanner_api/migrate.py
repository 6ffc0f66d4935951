"""Apply the database migrations: ``python -m invoice_scanner_api.migrate [revision]``.

The API owns the schema. Alembic is configured in code so no ini file has to be found.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path

from alembic import command
from alembic.config import Config
from sqlalchemy import make_url, text

from invoice_scanner_common.db import make_engine
from invoice_scanner_common.settings import CommonSettings


def alembic_config(database_url: str | None = None) -> Config:
    cfg = Config()
    cfg.set_main_option("script_location", str(Path(__file__).parent / "migrations"))
    url = database_url or CommonSettings.from_env().database_url
    # ConfigParser interpolation: a literal % in a password must be doubled.
    cfg.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return cfg


_SAFE_NAME = re.compile(r"[A-Za-z0-9_]{1,63}")


def ensure_database(database_url: str) -> bool:
    """Create the database named in ``database_url`` if it does not exist yet (dev set-ups).

    Returns True when it was created. Needs CREATEDB rights; where the database already exists
    nothing is asked of the server beyond one lookup.
    """
    url = make_url(database_url)
    if not url.database or not _SAFE_NAME.fullmatch(url.database):
        raise ValueError(f"refusing to create a database named {url.database!r}")
    admin = make_engine(
        url.set(database="postgres").render_as_string(hide_password=False),
        isolation_level="AUTOCOMMIT",
    )
    try:
        with admin.connect() as conn:
            exists = conn.scalar(
                text("SELECT 1 FROM pg_database WHERE datname = :n"), {"n": url.database}
            )
            if exists:
                return False
            conn.execute(text(f'CREATE DATABASE "{url.database}"'))
            return True
    finally:
        admin.dispose()


def upgrade(database_url: str | None = None, revision: str = "heads") -> None:
    command.upgrade(alembic_config(database_url), revision)


def main(argv: list[str]) -> int:
    url = CommonSettings.from_env().database_url
    if ensure_database(url):
        print("created database", make_url(url).database)
    upgrade(url, revision=argv[0] if argv else "heads")
    print("database is at", argv[0] if argv else "heads")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
