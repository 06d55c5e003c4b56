"""Parsed formula trees, kept by text so that lark is only imported for new formulas.

Trees of the shipped rules come with the package (`trees.json`, like
bytecode; tests/test_expr.py keeps it current, LKJIP_UPDATE_GOLDEN=1 rewrites
it); others are parsed once and kept in the user's cache directory
(`LKJIP_CACHE_DIR`, else `$XDG_CACHE_HOME/lkjip` or `~/.cache/lkjip`;
`LKJIP_NO_CACHE=1` turns it off). Files are named by the grammar's checksum,
so a changed grammar never reads old trees.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

BUNDLED = Path(__file__).with_name("trees.json")


class TreeCache:
    def __init__(self, grammar_id: str) -> None:
        self.grammar_id = grammar_id
        self._trees: dict[str, Any] | None = None
        self._dirty = False

    def file(self) -> Path | None:
        if os.environ.get("LKJIP_NO_CACHE"):
            return None
        base = os.environ.get("LKJIP_CACHE_DIR") or os.environ.get("XDG_CACHE_HOME")
        root = Path(base) if base else Path.home() / ".cache"
        if not os.environ.get("LKJIP_CACHE_DIR"):
            root = root / "lkjip"
        return root / f"expr-{self.grammar_id}.json"

    def _read(self, path: Path) -> dict[str, Any]:
        try:
            data = json.loads(path.read_text("utf-8"))
        except (OSError, ValueError):
            return {}  # no cache yet, or an unreadable one: parse afresh
        ok = isinstance(data, dict) and data.get("grammar") == self.grammar_id
        trees = data.get("trees") if ok else None
        return trees if isinstance(trees, dict) else {}

    def _load(self) -> dict[str, Any]:
        if self._trees is None:
            self._trees = {}
            path = self.file()
            if path is not None:
                self._trees.update(self._read(BUNDLED))
                self._trees.update(self._read(path))
        return self._trees

    def get(self, text: str) -> list[Any] | None:
        hit = self._load().get(text)
        return list(hit) if hit is not None else None

    def put(self, text: str, tree: list[Any]) -> None:
        self._load()[text] = tree
        self._dirty = True

    def trees(self) -> dict[str, Any]:
        return self._load()

    def save(self) -> None:
        """Write newly parsed trees to the user's cache (atomically; failures are harmless)."""
        path = self.file()
        if not self._dirty or path is None or self._trees is None:
            return
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            tmp = path.with_suffix(f".{os.getpid()}.tmp")
            payload = {"grammar": self.grammar_id, "trees": self._trees}
            tmp.write_text(json.dumps(payload, separators=(",", ":")), "utf-8")
            os.replace(tmp, path)
            self._dirty = False
        except OSError:
            pass
