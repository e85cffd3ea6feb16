"""Counting the SQL of a request: statements through SQLAlchemy and through the submission connections."""
from __future__ import annotations

from typing import Any, Callable

from sqlalchemy import event

from classroom import submissions
from classroom.extensions import db


class _Counting:
    """A DBAPI connection or cursor that notes each execute, executemany and commit it is asked for."""

    def __init__(self, inner: Any, seen: list[str]):
        object.__setattr__(self, "_inner", inner)
        object.__setattr__(self, "_seen", seen)

    def __getattr__(self, name: str) -> Any:
        return getattr(self._inner, name)

    def __setattr__(self, name: str, value: Any) -> None:
        setattr(self._inner, name, value)

    def execute(self, sql, *args):
        self._seen.append(sql.split(None, 1)[0].upper() + " " + sql)
        return self._inner.execute(sql, *args)

    def executemany(self, sql, rows):
        self._seen.append(sql.split(None, 1)[0].upper() + " " + sql)
        return self._inner.executemany(sql, rows)

    def cursor(self):
        return _Counting(self._inner.cursor(), self._seen)

    def commit(self):
        self._seen.append("COMMIT")
        return self._inner.commit()


def statements_during(app, fn: Callable[[], Any]) -> list[str]:
    """Every statement `fn` runs in this thread: "VERB sql", and "COMMIT" for a driver-level commit."""
    with app.app_context():
        engine = db.engine
    seen: list[str] = []

    def record(conn, cursor, statement, parameters, context, executemany):
        seen.append(statement.split(None, 1)[0].upper() + " " + statement)

    conns = submissions.connections(engine)
    with conns.connection():     # this thread's submission connection, opened if need be
        pass
    plain = conns.local.conn
    conns.local.conn = _Counting(plain, seen)
    event.listen(engine, "before_cursor_execute", record)
    try:
        fn()
    finally:
        event.remove(engine, "before_cursor_execute", record)
        if conns.local.conn is not None:
            conns.local.conn = plain
    return seen
