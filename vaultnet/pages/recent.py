"""What watch mode's renders remember from one render to the next."""

from __future__ import annotations

from collections.abc import Callable
from typing import Generic, TypeVar

K = TypeVar("K")
V = TypeVar("V")


class Recent(Generic[K, V]):
    """A memo holding what this render and the one before used, and nothing older.

    `clock` tells which render runs (the renderer counts them). Watch mode renders again on each
    change, and a value kept holds the stats it was made of: kept longer, the stats of people
    since changed, moved or gone would live on, one generation per render.
    """

    def __init__(self, clock: Callable[[], int]) -> None:
        self._clock = clock
        self._now = clock()
        self._used: dict[K, V] = {}
        """What this render used or made."""
        self._before: dict[K, V] = {}
        """What the render before used or made, and this one not yet."""

    def get(self, key: K) -> V | None:
        self._tick()
        value = self._used.get(key)
        if value is None:
            value = self._before.pop(key, None)
            if value is not None:
                self._used[key] = value
        return value

    def put(self, key: K, value: V) -> None:
        self._tick()
        self._used[key] = value

    def _tick(self) -> None:
        now = self._clock()
        if now != self._now:
            self._before = self._used if now == self._now + 1 else {}
            self._used = {}
            self._now = now
