"""URL converters: ids in URLs bounded by what the database can hold, so a huge number is a 404."""
from __future__ import annotations

from werkzeug.routing import IntegerConverter

MAX_ID = 2**31 - 1     # Integer primary keys are 32-bit on PostgreSQL


class BoundedIntConverter(IntegerConverter):
    """`<int:...>` that does not match numbers no row can have (e.g. /attempts/99999999999999999999999)."""

    def __init__(self, map, *args, **kwargs):
        kwargs.setdefault("max", MAX_ID)
        super().__init__(map, *args, **kwargs)
