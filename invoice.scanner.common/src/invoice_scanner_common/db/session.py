"""Engine and session helpers; one engine per process."""

from __future__ import annotations

import os
import weakref
from collections.abc import Iterator
from contextlib import contextmanager

from sqlalchemy import Engine, create_engine
from sqlalchemy.orm import Session, sessionmaker

#: Every engine this process made, so a forked child can leave their connections alone.
_ENGINES: weakref.WeakSet[Engine] = weakref.WeakSet()


def _forget_inherited_connections() -> None:
    """In a forked child (a Celery pool process, the preprocessing sandbox), the pooled
    connections belong to the parent: two processes talking on one socket corrupt both
    ("error with status PGRES_TUPLES_OK"), and a child that dies mid-transaction leaves the
    parent's connection holding its locks. The child starts with empty pools instead
    (SQLAlchemy's recommended ``dispose(close=False)``)."""
    for engine in list(_ENGINES):
        engine.dispose(close=False)


os.register_at_fork(after_in_child=_forget_inherited_connections)


def make_engine(database_url: str, **kwargs: object) -> Engine:
    # pre_ping: workers hold connections for hours between tasks; Postgres restarts must not
    # surface as task failures.
    engine = create_engine(database_url, pool_pre_ping=True, future=True, **kwargs)
    _ENGINES.add(engine)
    return engine


def make_session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


@contextmanager
def session_scope(factory: sessionmaker[Session]) -> Iterator[Session]:
    """A session that commits on success and rolls back on any error."""
    session = factory()
    try:
        yield session
        session.commit()
    except BaseException:
        session.rollback()
        raise
    finally:
        session.close()
