"""Alembic environment: the URL comes from the same settings the services use."""

from __future__ import annotations

from alembic import context
from sqlalchemy import pool

from invoice_scanner_common.db import Base, make_engine
from invoice_scanner_common.settings import CommonSettings

config = context.config
url = config.get_main_option("sqlalchemy.url") or CommonSettings.from_env().database_url


def run_offline() -> None:
    context.configure(url=url, target_metadata=Base.metadata, literal_binds=True)
    with context.begin_transaction():
        context.run_migrations()


def run_online() -> None:
    engine = make_engine(url, poolclass=pool.NullPool)
    with engine.connect() as connection:
        context.configure(connection=connection, target_metadata=Base.metadata)
        with context.begin_transaction():
            context.run_migrations()


if context.is_offline_mode():
    run_offline()
else:
    run_online()
