"""LRU caches shared by every root (kept in the lowest root, as :mod:`.atomic_io` is, since solvers, envs
and the learning side all use them), on cachetools' ``LRUCache``:

- :class:`LRUCache`: least-recently-used eviction beyond ``maxsize`` entries, plus :meth:`LRUCache.fetch`
  (the value of a key, computed and stored on a miss); ``maxsize=0`` stores nothing.
- :class:`IdentityCache`: data derived from an object (a task's arrays, its features), keyed by the
  object's identity rather than its hash (hashing a task of 856 tables costs more than the lookup saves),
  holding the object so that a recycled ``id`` never returns another object's data.
"""

from __future__ import annotations

from typing import Any, Callable, Generic, Hashable, TypeVar

import cachetools

V = TypeVar("V")
O = TypeVar("O")


class LRUCache(cachetools.LRUCache):
    """cachetools' LRU cache with :meth:`fetch`."""

    def fetch(self, key: Hashable, compute: Callable[[], V]) -> V:
        """The value of ``key`` (marking it recently used), else ``compute()``, stored unless ``maxsize`` is 0."""
        try:
            return self[key]
        except KeyError:
            value = compute()
            if self.maxsize:
                self[key] = value
            return value


class IdentityCache(Generic[O, V]):
    """Per-object derived values, least recently used evicted beyond ``maxsize`` objects."""

    def __init__(self, maxsize: int) -> None:
        self._entries: LRUCache = LRUCache(maxsize)

    def fetch(self, obj: O, compute: Callable[[O], V]) -> V:
        """``compute(obj)``, computed once per object while it stays among the ``maxsize`` most recent."""
        entry: tuple[Any, V] | None = self._entries.get(id(obj))
        if entry is None or entry[0] is not obj:
            entry = (obj, compute(obj))
            self._entries[id(obj)] = entry
        return entry[1]
