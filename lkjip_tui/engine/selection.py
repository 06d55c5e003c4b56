"""Which rules run: codes and prefixes to select, extend and ignore, and per-path ignores.

Like ruff: `select` replaces the default (every rule), `extend-select` adds to
it, `ignore` removes; each names a rule code (`LKJ101`) or a prefix of codes
(`LKJ1`, `LKJ10`). A name that is neither is refused with a did-you-mean,
never silently selecting nothing. `per-file-ignores` maps path patterns
(gitignore style, relative to the configuration's directory) to codes.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from lkjip_tui.values.msg import Msg
from lkjip_tui.values.suggest import did_you_mean


class UsageError(Exception):
    """A command line or setting that cannot be used (exit 2); `msg` says why."""

    def __init__(self, msg: Msg) -> None:
        super().__init__(msg.key)
        self.msg = msg


def known_codes() -> list[str]:
    from lkjip_tui.checks import all_rules

    return [r.meta.code for r in all_rules()]


def unknown_selector(value: str, codes: Iterable[str] | None = None) -> tuple[bool, str]:
    """(True, hint) when `value` is neither a rule code nor a prefix of one."""
    codes = list(known_codes() if codes is None else codes)
    v = value.strip().upper()
    if v and any(c.startswith(v) for c in codes):
        return False, ""
    if v[3:].isdigit() and v.startswith("LKJ"):
        # A well-formed code no rule has: any close code is another rule, not a typo's fix.
        return True, ""
    prefixes = {c[:n] for c in codes for n in range(3, len(c) + 1) if n == len(v)}
    return True, did_you_mean(v, sorted(prefixes))


def check_selectors(values: Iterable[str], option: str) -> list[str]:
    """The values, upper-cased, or a UsageError naming the first unknown one. A value may be
    a comma-separated list (`--select LKJ1,LKJ304`), as in ruff."""
    out = []
    for value in (part for given in values for part in given.split(",") if part.strip()):
        bad, hint = unknown_selector(value)
        if bad:
            raise UsageError(Msg("cli.unknown_selector", {"option": option, "value": value, "hint": hint}))
        out.append(value.strip().upper())
    return out


class PathIgnore:
    """Codes to skip for the files that one pattern matches (a per-file-ignores entry)."""

    def __init__(self, pattern: str, base: Path, codes: list[str]) -> None:
        import pathspec

        self.pattern = pattern
        self.base = base
        self.codes = tuple(codes)
        self._spec = pathspec.GitIgnoreSpec.from_lines([pattern])

    def matches(self, path: Path) -> bool:
        try:
            rel = path.resolve().relative_to(self.base.resolve())
        except ValueError:
            return False
        return self._spec.match_file(rel.as_posix())


class Selection:
    """The rules chosen for a run, and for each file after its per-path ignores."""

    def __init__(
        self,
        select: list[str] | None = None,
        ignore: Iterable[str] = (),
        extend_select: Iterable[str] = (),
        per_file: Iterable[PathIgnore] = (),
    ) -> None:
        self.select = None if select is None else tuple(s.upper() for s in select)
        self.extend = tuple(s.upper() for s in extend_select)
        self.ignore = tuple(i.upper() for i in ignore)
        self.per_file = list(per_file)
        self._memo: dict[tuple[str, ...], frozenset[str]] = {}

    def __call__(self, code: str) -> bool:
        chosen = self.select is None or code.startswith(self.select)
        chosen = chosen or bool(self.extend and code.startswith(self.extend))
        return chosen and not (self.ignore and code.startswith(self.ignore))

    def codes_for(self, path: Path) -> frozenset[str]:
        """The codes that run on one file."""
        extra = tuple(c for p in self.per_file if p.matches(path) for c in p.codes)
        codes = self._memo.get(extra)
        if codes is None:
            codes = self._memo[extra] = frozenset(
                c for c in known_codes() if self(c) and not (extra and c.startswith(extra))
            )
        return codes

    def for_file(self, path: Path) -> Callable[[str], bool]:
        return self.codes_for(path).__contains__
