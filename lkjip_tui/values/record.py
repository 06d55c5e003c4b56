"""A base for plain data classes that costs nothing at import time.

`@dataclass` generates each class's methods with `exec` when the module is
imported: about half a millisecond per class on this machine kind, plus
importing `dataclasses` and `inspect`. With some forty data classes on the
path of `lkjip check` that was a fifth of a cold check (see
benchmarks/bench.py). Classes here declare `__slots__` and a plain
`__init__`; `Record` adds field-wise equality and a readable repr.
"""

from __future__ import annotations

from typing import Any


class Record:
    __slots__: tuple[str, ...] = ()

    def _fields(self) -> tuple[str, ...]:
        return type(self).__slots__

    def __eq__(self, other: object) -> bool:
        if type(other) is not type(self):
            return NotImplemented
        return all(getattr(self, f) == getattr(other, f) for f in self._fields())

    def __hash__(self) -> int:
        return hash(tuple(getattr(self, f) for f in self._fields()))

    def __repr__(self) -> str:
        args = ", ".join(f"{f}={getattr(self, f)!r}" for f in self._fields())
        return f"{type(self).__name__}({args})"

    def replace(self, **changes: Any) -> Any:
        """A copy with some fields changed."""
        new = object.__new__(type(self))
        for f in self._fields():
            object.__setattr__(new, f, changes.get(f, getattr(self, f)))
        return new
