"""Recall and false errors of `lkjip check` on the corpus of real reports (tests/corpus/).

    python benchmarks/corpus.py              # table per case, totals, findings to review
    python benchmarks/corpus.py --json       # the same as one JSON document
    python benchmarks/corpus.py --lang en    # findings' messages in English
    python benchmarks/corpus.py --seeded     # also the seeded cases (tests/corpus/seeded/)
    python benchmarks/corpus.py CASE ...     # only cases whose file name contains CASE

Each case is a text export of an excerpt of a published report with a truth file
beside it (`<case>.truth.toml`, format in tests/corpus/README.md) listing every
relation verified by hand, `holds` or `broken`, with the 1-based lines it stands
on. Every case is checked with no catalogue of its own: copied alone into an
empty directory and run as `lkjip check --format json --no-cache FILE`.

A finding matches a relation when its `line` or its `place.line` is one of the
relation's lines (`finding_lines` for a broken one, else `lines`) and, where the
relation lists `match` values (several relations on one line), the finding's
message, values or quoted place mention one of them (compared by digits). Then:
- recall: broken relations that need no agency knowledge, found by an error
  finding (and, separately, by any finding) / all of them;
- false errors (must be 0) and false warnings: findings on a relation that
  holds and on no broken one;
- unmatched: findings matching no relation, listed for manual review (a new
  true discrepancy goes into the truth file; a false one is a bug).
A case lkjip refuses (exit 2, an entry in "errors") finds nothing.

Always exits 0: this is a measurement, not a gate.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile
import tomllib
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "corpus"


def lkjip_command() -> list[str]:
    script = Path(sys.executable).with_name("lkjip")
    return [str(script)] if script.exists() else [sys.executable, "-m", "lkjip_tui"]


@dataclass
class Relation:
    id: str
    kind: str
    status: str
    agency: bool
    lines: set[int]
    at: set[int]  # where a finding on it is expected to fall
    match: list[str]  # digits a finding must mention, where several relations share a line

    def hit_by(self, lines: set[int], digits: str) -> bool:
        return bool(lines & self.at) and (not self.match or any(m in digits for m in self.match))


@dataclass
class CaseResult:
    case: str
    seeded: bool
    refused: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # non-agency broken relation ids
    broken_agency: list[str] = field(default_factory=list)
    holds: int = 0
    found_by_error: list[str] = field(default_factory=list)
    found_by_any: list[str] = field(default_factory=list)
    false_errors: list[dict[str, Any]] = field(default_factory=list)
    false_warnings: list[dict[str, Any]] = field(default_factory=list)
    unmatched_errors: list[dict[str, Any]] = field(default_factory=list)
    unmatched_warnings: list[dict[str, Any]] = field(default_factory=list)
    findings: int = 0


def load_truth(path: Path) -> list[Relation]:
    data = tomllib.loads(path.read_text("utf-8"))
    out = []
    for r in data.get("relation", []):
        lines = set(r["lines"])
        at = set(r.get("finding_lines", r["lines"]))
        match = [_digits(m) for m in r.get("match", [])]
        out.append(Relation(r["id"], r["kind"], r["status"], bool(r["agency_knowledge"]), lines, at, match))
    return out


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def finding_digits(f: dict[str, Any]) -> str:
    """The digits a finding mentions (message, values, quoted place), to tell apart relations of one line."""
    place = f.get("place") or {}
    parts = [f.get("message"), f.get("actual"), f.get("expected"), place.get("quote"), place.get("text")]
    return " ".join(_digits(str(p)) for p in parts if p is not None)


def cases(seeded: bool, only: list[str]) -> list[tuple[Path, bool]]:
    found = [(p, False) for p in sorted(CORPUS.glob("*.txt"))]
    if seeded:
        found += [(p, True) for p in sorted((CORPUS / "seeded").glob("*.txt"))]
    if only:
        found = [(p, s) for p, s in found if any(o.lower() in p.name.lower() for o in only)]
    return found


def run_check(text: Path, lang: str | None) -> dict[str, Any]:
    with tempfile.TemporaryDirectory(prefix="lkjip-corpus-") as tmp:
        copy = Path(tmp) / text.name
        shutil.copyfile(text, copy)
        cmd = [*lkjip_command(), "check", "--format", "json", "--no-cache"]
        if lang:
            cmd += ["--lang", lang]
        env = {**os.environ, "LKJIP_CACHE_DIR": str(Path(tmp) / ".cache")}
        proc = subprocess.run(
            [*cmd, copy.name], cwd=tmp, env=env, capture_output=True, text=True, check=False
        )
    try:
        doc: dict[str, Any] = json.loads(proc.stdout)
    except json.JSONDecodeError:
        tail = (proc.stderr or proc.stdout).strip().splitlines()[-1:] or ["no output"]
        return {"findings": [], "errors": [{"message": f"exit {proc.returncode}: {tail[0]}"}]}
    return doc


def finding_lines(f: dict[str, Any]) -> set[int]:
    lines = {f.get("line")}
    place = f.get("place") or {}
    lines.add(place.get("line"))
    return {n for n in lines if isinstance(n, int) and n > 0}


def brief(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": f.get("code"),
        "severity": f.get("severity"),
        "line": f.get("line"),
        "message": f.get("message"),
    }


def score(text: Path, seeded: bool, lang: str | None) -> CaseResult:
    truth = text.with_suffix(".truth.toml")
    relations = load_truth(truth)
    res = CaseResult(text.name, seeded)
    res.broken = [r.id for r in relations if r.status == "broken" and not r.agency]
    res.broken_agency = [r.id for r in relations if r.status == "broken" and r.agency]
    res.holds = sum(r.status == "holds" for r in relations)
    doc = run_check(text, lang)
    res.refused = [e.get("message", "") for e in doc.get("errors", [])]
    findings = doc.get("findings", [])
    res.findings = len(findings)
    by_error: set[str] = set()
    by_any: set[str] = set()
    for f in findings:
        lines = finding_lines(f)
        severity = f.get("severity")
        digits = finding_digits(f)
        hit = [r for r in relations if r.status == "broken" and r.hit_by(lines, digits)]
        if hit:
            for r in hit:
                by_any.add(r.id)
                if severity == "error":
                    by_error.add(r.id)
            continue
        holds = [r.id for r in relations if r.status == "holds" and lines & r.lines]
        if holds:
            entry = {**brief(f), "relations": holds}
            if severity == "error":
                res.false_errors.append(entry)
            elif severity == "warning":
                res.false_warnings.append(entry)
            continue
        if severity == "error":
            res.unmatched_errors.append(brief(f))
        elif severity == "warning":
            res.unmatched_warnings.append(brief(f))
    res.found_by_error = [i for i in res.broken if i in by_error]
    res.found_by_any = [i for i in res.broken if i in by_any]
    return res


def pct(a: int, b: int) -> str:
    return f"{100 * a / b:.0f}%" if b else "-"


def totals(results: list[CaseResult]) -> dict[str, Any]:
    broken = sum(len(r.broken) for r in results)
    by_error = sum(len(r.found_by_error) for r in results)
    by_any = sum(len(r.found_by_any) for r in results)
    return {
        "cases": len(results),
        "refused": sum(bool(r.refused) for r in results),
        "broken": broken,
        "broken_agency": sum(len(r.broken_agency) for r in results),
        "holds": sum(r.holds for r in results),
        "found_by_error": by_error,
        "found_by_any": by_any,
        "recall_errors": by_error / broken if broken else None,
        "recall_any": by_any / broken if broken else None,
        "false_errors": sum(len(r.false_errors) for r in results),
        "false_warnings": sum(len(r.false_warnings) for r in results),
        "unmatched_errors": sum(len(r.unmatched_errors) for r in results),
        "unmatched_warnings": sum(len(r.unmatched_warnings) for r in results),
    }


def print_table(results: list[CaseResult]) -> None:
    head = ("case", "checked", "broken", "by err", "by any", "holds", "false E", "false W", "other E", "other W")
    rows = [
        (
            ("[seeded] " if r.seeded else "") + r.case,
            "refused" if r.refused else "yes",
            str(len(r.broken)),
            str(len(r.found_by_error)),
            str(len(r.found_by_any)),
            str(r.holds),
            str(len(r.false_errors)),
            str(len(r.false_warnings)),
            str(len(r.unmatched_errors)),
            str(len(r.unmatched_warnings)),
        )
        for r in results
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=False)]
    for row in (head, *rows):
        print("  ".join(c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))))
    t = totals(results)
    print()
    print(
        f"{t['cases']} cases, {t['refused']} refused; broken relations needing no agency knowledge: {t['broken']} "
        f"(+{t['broken_agency']} that need it); relations that hold: {t['holds']}"
    )
    print(
        f"recall by errors {t['found_by_error']}/{t['broken']} = {pct(t['found_by_error'], t['broken'])}; "
        f"by any finding {t['found_by_any']}/{t['broken']} = {pct(t['found_by_any'], t['broken'])}"
    )
    print(f"false errors {t['false_errors']} (must be 0); false warnings {t['false_warnings']}")
    print(f"findings matching no relation: {t['unmatched_errors']} errors, {t['unmatched_warnings']} warnings")
    for r in results:
        for label, items in (
            ("FALSE ERROR", r.false_errors),
            ("false warning", r.false_warnings),
            ("review error", r.unmatched_errors),
            ("review warning", r.unmatched_warnings),
        ):
            for f in items:
                rel = f" on {', '.join(f['relations'])}" if "relations" in f else ""
                print(f"  {label}: {r.case}:{f['line']} {f['code']}{rel}: {f['message']}")
        if r.refused:
            print(f"  refused: {r.case}: {r.refused[0]}")
        missed = [i for i in r.broken if i not in r.found_by_any]
        if missed and not r.refused:
            print(f"  missed: {r.case}: {', '.join(missed)}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    ap.add_argument("only", nargs="*", help="only cases whose file name contains one of these")
    ap.add_argument("--json", action="store_true", help="one JSON document on stdout")
    ap.add_argument("--lang", choices=("id", "en"), default=None)
    ap.add_argument("--seeded", action="store_true", help="also the seeded cases in tests/corpus/seeded/")
    args = ap.parse_args()
    results = [score(p, s, args.lang) for p, s in cases(args.seeded, args.only)]
    if args.json:
        json.dump(
            {"totals": totals(results), "cases": [r.__dict__ for r in results]},
            sys.stdout,
            ensure_ascii=False,
            indent=2,
        )
        print()
    else:
        print_table(results)
    return 0


if __name__ == "__main__":
    sys.exit(main())
