"""How many drafting slips in the sample's numbers does lkjip catch?

    python benchmarks/mutations.py [--jobs N] [--list]

Every number printed in the sample's data file (data/bp3mi-sumbar/2023-tw2.yaml)
— table cells, narrative figures, dates, captions, the title, the table
numbers — is changed, one at a time, the ways drafting slips happen:

    digit        a digit changed (the first, and the last: 142 → 242, 143)
    dropped      a digit dropped (the first, and the last: 142 → 42, 14)
    decimal      a lost decimal mark (63,39 → 6339; 1.56 → 156)

A slip is caught when the check of the changed file reports a finding it did
not report before (by code, position and message). The script prints the share
caught overall, by kind of slip and by place, and (with --list) every slip
that went unnoticed. Not changed: the header (lkjip, unit, year, period), row
keys (budget and country codes are identifiers), digits inside names
("BP3MI"), and what the transcriber adds (source_line, quote, note). A slip
that leaves the value as it was ("02" → "2") is not counted.
"""

from __future__ import annotations

import argparse
import os
import re
import sys
import tempfile
from collections import Counter, defaultdict
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
sys.path.insert(0, str(ROOT))

from lkjip_tui import messages  # noqa: E402
from lkjip_tui.engine import Engine  # noqa: E402

SKIP_KEYS = {"lkjip", "unit", "year", "period", "quarter", "source", "source_line", "quote", "note", "kind"}
# A number as printed: digits with the separators inside it ("4.357.162.000", "63,39"),
# not digits inside a word or code ("BP3MI", "SS1").
NUMBER = re.compile(r"(?<![A-Za-z\d])\d+(?:[.,]\d+)*(?![A-Za-z\d])")


class Slip:
    __slots__ = ("after", "before", "column", "kind", "line", "place")

    def __init__(self, line: int, column: int, before: str, after: str, kind: str, place: str) -> None:
        self.line = line  # 1-based line, 0-based column of the changed text in the file
        self.column = column
        self.before = before
        self.after = after
        self.kind = kind
        self.place = place


def _scalars(node: yaml.Node, path: tuple[str, ...]) -> list[tuple[yaml.ScalarNode, tuple[str, ...]]]:
    """Every scalar value (never a key) with the path of keys above it."""
    out: list[tuple[yaml.ScalarNode, tuple[str, ...]]] = []
    if isinstance(node, yaml.MappingNode):
        for key, value in node.value:
            if key.value not in SKIP_KEYS:
                out += _scalars(value, (*path, str(key.value)))
    elif isinstance(node, yaml.SequenceNode):
        for item in node.value:
            out += _scalars(item, path)
    elif isinstance(node, yaml.ScalarNode):
        out.append((node, path))
    return out


def place_of(path: tuple[str, ...], kinds: dict[str, str]) -> str:
    """Where a value stands, as the report groups it: a table kind's column, a fact, a caption."""
    if path[:1] == ("title",):
        return "title"
    if path[:1] == ("facts",):
        return "narrative: " + (path[-1] if path[-1] in ("value", "words", "period") else "value")
    if path[:1] == ("tables",) and len(path) >= 3:
        kind = kinds.get(path[1], path[1])
        if path[2] in ("caption", "number"):
            return f"table {path[2]}"
        if path[2] == "facts":
            return "narrative: value (beside a table)"
        return f"{kind}.{path[-1]}"
    return "/".join(path)


def slips(text: str) -> list[Slip]:
    doc = yaml.compose(text)
    kinds = {}
    for key, value in doc.value:
        if key.value == "tables":
            for tkey, tnode in value.value:
                kind = next((v.value for k, v in tnode.value if k.value == "kind"), tkey.value)
                kinds[tkey.value] = kind
    lines = text.splitlines()
    out = []
    for node, path in _scalars(doc, ()):
        if node.start_mark.line != node.end_mark.line:
            continue
        line = node.start_mark.line
        start = node.start_mark.column + (1 if node.style in ("'", '"') else 0)
        assert lines[line][start : start + len(node.value)] == node.value, (line, node.value)
        place = place_of(path, kinds)
        for m in NUMBER.finditer(node.value):
            column = start + m.start()
            for kind, after in mutants(m.group()):
                out.append(Slip(line + 1, column, m.group(), after, kind, place))
    return out


def mutants(number: str) -> list[tuple[str, str]]:
    """The slips of one printed number, each different from it and from the others."""
    digits = [i for i, ch in enumerate(number) if ch.isdigit()]
    out: dict[str, str] = {}

    def changed(i: int, first: bool) -> str:
        d = int(number[i])
        new = d - 1 if d == 9 or (first and d == 0 and len(digits) > 1) else d + 1
        return number[:i] + str(new) + number[i + 1 :]

    out.setdefault(changed(digits[0], True), "digit")  # never a leading 0 for a leading digit
    out.setdefault(changed(digits[-1], False), "digit")
    if len(digits) > 1:
        for i in (digits[0], digits[-1]):
            dropped = number[:i] + number[i + 1 :]
            if dropped.strip(".,") and dropped[0] not in ".," and dropped[-1] not in ".,":
                out.setdefault(dropped, "dropped")
    decimal = re.search(r"[.,](\d{1,2}|\d{4,})$", number)  # three digits after a mark read as thousands
    if decimal:
        out.setdefault(number[: decimal.start()] + number[decimal.start() + 1 :], "decimal")
    # A slip that leaves the value as it was ("02" → "2") is no slip.
    return [(kind, text) for text, kind in out.items() if _value(text) != _value(number)]


def _value(number: str) -> str:
    """A number without its leading zeros: "02" and "2" are one value."""
    return number.lstrip("0") or "0"


def _signature(engine: Engine, path: Path) -> set[tuple[object, ...]] | None:
    result = engine.check_file(path)
    if result.error is not None:
        return None  # unusable input: the slip is reported, as an error of the file
    return {(f.code, f.line, f.column, messages.render(f.message)) for f in result.findings}


_ENGINE: Engine | None = None
_BASE: set[tuple[object, ...]] | None = None


def _init() -> None:
    global _ENGINE, _BASE
    _ENGINE = Engine()
    _BASE = _signature(_ENGINE, SAMPLE)


def _caught(args: tuple[str, Slip, str]) -> bool:
    text, slip, tmp = args
    assert _ENGINE is not None and _BASE is not None
    lines = text.splitlines(keepends=True)
    row = lines[slip.line - 1]
    lines[slip.line - 1] = row[: slip.column] + slip.after + row[slip.column + len(slip.before) :]
    path = Path(tmp) / f"slip-{os.getpid()}.yaml"
    path.write_text("".join(lines), "utf-8")
    found = _signature(_ENGINE, path)
    return found is None or bool(found - _BASE)


def main() -> None:
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument("--jobs", type=int, default=os.cpu_count() or 1)
    parser.add_argument("--list", action="store_true", help="list every slip that went unnoticed")
    args = parser.parse_args()
    text = SAMPLE.read_text("utf-8")
    todo = slips(text)
    with tempfile.TemporaryDirectory() as tmp, ProcessPoolExecutor(args.jobs, initializer=_init) as pool:
        caught = list(pool.map(_caught, [(text, s, tmp) for s in todo], chunksize=16))
    total, hit = len(todo), sum(caught)
    numbers = len({(s.line, s.column) for s in todo})
    print(f"{numbers} numbers, {total} slips: {hit} caught ({100 * hit / total:.1f}%)\n")
    by_kind: dict[str, Counter[bool]] = defaultdict(Counter)
    by_place: dict[str, Counter[bool]] = defaultdict(Counter)
    for s, c in zip(todo, caught, strict=True):
        by_kind[s.kind][c] += 1
        by_place[s.place][c] += 1
    print(f"{'slip':<12}{'caught':>8}{'of':>6}{'share':>8}")
    for kind, c in sorted(by_kind.items()):
        print(f"{kind:<12}{c[True]:>8}{sum(c.values()):>6}{100 * c[True] / sum(c.values()):>7.0f}%")
    print(f"\n{'place':<44}{'caught':>8}{'of':>6}{'share':>8}")
    for place, c in sorted(by_place.items(), key=lambda kv: (kv[1][True] / sum(kv[1].values()), kv[0])):
        print(f"{place:<44}{c[True]:>8}{sum(c.values()):>6}{100 * c[True] / sum(c.values()):>7.0f}%")
    if args.list:
        print("\nunnoticed:")
        for s, c in zip(todo, caught, strict=True):
            if not c:
                print(f"  {s.line}:{s.column + 1}  {s.place:<36} {s.before} → {s.after}  ({s.kind})")


if __name__ == "__main__":
    main()
