"""Recall and false errors of `lkjip check` on the corpus of real reports (tests/corpus/).

    python benchmarks/corpus.py              # table per case, totals, findings to review
    python benchmarks/corpus.py --json       # the same as one JSON document
    python benchmarks/corpus.py --lang en    # findings' messages in English
    python benchmarks/corpus.py --seeded     # also the seeded cases (tests/corpus/seeded/)
    python benchmarks/corpus.py --docx       # also the cases' Word drafts (tests/corpus/build_docx.py)
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
A case lkjip refuses (exit 2, an entry in "errors") finds nothing. A Word draft's
findings are placed on the export's lines by the text they quote (place.quote).

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
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib  # type: ignore[no-redef,import-not-found,unused-ignore]

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
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
    match: list[str]  # what a finding must mention where several relations share a line

    def hit_by(self, lines: set[int], said: str) -> bool:
        """On one of its lines, and mentioning one of its `match` values: figures compared by
        their digits (92,24 = 92.24 = 9224), words case-blind."""
        if not lines & self.at:
            return False
        return not self.match or any(_mentions(said, m) for m in self.match)


@dataclass
class CaseResult:
    case: str
    seeded: bool
    refused: list[str] = field(default_factory=list)
    broken: list[str] = field(default_factory=list)  # non-agency broken relation ids
    broken_agency: list[str] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)  # broken relation id -> kind
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
        match = list(r.get("match", []))
        out.append(Relation(r["id"], r["kind"], r["status"], bool(r["agency_knowledge"]), lines, at, match))
    return out


def _digits(text: str) -> str:
    return re.sub(r"\D", "", text)


def finding_said(f: dict[str, Any]) -> str:
    """What a finding's message and values say, to tell apart relations of one line (not its
    quoted place: a quoted row holds every figure of the row)."""
    parts = [f.get("message"), f.get("actual"), f.get("expected")]
    return " ".join(str(p) for p in parts if p is not None)


def _mentions(said: str, value: str) -> bool:
    if any(c.isalpha() for c in value):
        return value.lower() in said.lower()
    digits = _digits(value)
    return bool(digits) and any(digits in _digits(word) for word in said.split())


def cases(seeded: bool, only: list[str]) -> list[tuple[Path, bool]]:
    found = [(p, False) for p in sorted(CORPUS.glob("*.txt"))]
    if seeded:
        found += [(p, True) for p in sorted((CORPUS / "seeded").glob("*.txt"))]
    if only:
        found = [(p, s) for p, s in found if any(o.lower() in p.name.lower() for o in only)]
    return found


def run_check(source: Path, lang: str | None, name: str | None = None) -> dict[str, Any]:
    """`lkjip check --format json --no-cache` of one file copied alone into an empty directory."""
    with tempfile.TemporaryDirectory(prefix="lkjip-corpus-") as tmp:
        copy = Path(tmp) / (name or source.name)
        shutil.copyfile(source, copy)
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
    """The text export's lines a finding names (its `line` and `place.line`)."""
    lines = {f.get("line")}
    place = f.get("place") or {}
    lines.add(place.get("line"))
    return {n for n in lines if isinstance(n, int) and n > 0}


def _norm(text: str) -> str:
    return " ".join(text.replace("\t", " ").split()).lower()


def quoted_lines(f: dict[str, Any], text_lines: list[str]) -> set[int]:
    """A Word draft's finding placed on the text export's lines by the text it quotes.

    A draft's `line` counts the draft's paragraphs, not the export's lines; its quoted
    paragraph or table row (cells joined by spaces) is found among the export's lines."""
    place = f.get("place") or {}
    quote = _norm(str(place.get("quote") or place.get("text") or ""))
    if len(quote) < 4:
        return set()
    out = set()
    for n, line in enumerate(text_lines, start=1):
        norm = _norm(line)
        if norm and (quote in norm or (len(norm) > 12 and norm in quote)):
            out.add(n)
    return out


def brief(f: dict[str, Any]) -> dict[str, Any]:
    return {
        "code": f.get("code"),
        "severity": f.get("severity"),
        "line": f.get("line"),
        "message": f.get("message"),
    }


def match(res: CaseResult, relations: list[Relation], findings: list[dict[str, Any]], place: Any) -> None:
    """Sort findings onto the truth's relations (`place(finding)` gives the export's lines)."""
    res.findings = len(findings)
    by_error: set[str] = set()
    by_any: set[str] = set()
    for f in findings:
        lines = place(f)
        severity = f.get("severity")
        said = finding_said(f)
        hit = [r for r in relations if r.status == "broken" and r.hit_by(lines, said)]
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


def score(text: Path, seeded: bool, lang: str | None, draft: Path | None = None) -> CaseResult:
    """One case: its text export, or (`draft`) the Word draft built from it."""
    relations = load_truth(text.with_suffix(".truth.toml"))
    res = CaseResult(("[docx] " if draft else "") + text.name, seeded)
    res.broken = [r.id for r in relations if r.status == "broken" and not r.agency]
    res.kinds = {r.id: r.kind for r in relations if r.status == "broken" and not r.agency}
    res.broken_agency = [r.id for r in relations if r.status == "broken" and r.agency]
    res.holds = sum(r.status == "holds" for r in relations)
    doc = run_check(draft or text, lang)
    res.refused = [e.get("message", "") for e in doc.get("errors", [])]
    if draft is None:
        match(res, relations, doc.get("findings", []), finding_lines)
    else:
        text_lines = text.read_text("utf-8").split("\n")
        match(res, relations, doc.get("findings", []), lambda f: quoted_lines(f, text_lines))
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
        "by_kind": by_kind(results),
    }


def by_kind(results: list[CaseResult]) -> dict[str, dict[str, int]]:
    """Broken relations per kind: how many, found by an error, found by any finding."""
    out: dict[str, dict[str, int]] = {}
    for r in results:
        for rid, kind in r.kinds.items():
            k = out.setdefault(kind, {"broken": 0, "by_error": 0, "by_any": 0})
            k["broken"] += 1
            k["by_error"] += rid in r.found_by_error
            k["by_any"] += rid in r.found_by_any
    return dict(sorted(out.items()))


def split(results: list[CaseResult]) -> dict[str, list[CaseResult]]:
    """Real text exports, seeded cases and Word drafts are measured apart."""
    return {
        "text exports": [r for r in results if not r.seeded and not r.case.startswith("[docx]")],
        "seeded cases": [r for r in results if r.seeded],
        "Word drafts": [r for r in results if r.case.startswith("[docx]")],
    }


def print_table(results: list[CaseResult]) -> None:
    head = (
        "case",
        "checked",
        "broken",
        "by err",
        "by any",
        "holds",
        "false E",
        "false W",
        "other E",
        "other W",
    )
    rows = [
        (
            ("[seeded] " if r.seeded else "") + r.case,
            "refused" if r.refused else "yes",
            *(str(len(x)) for x in (r.broken, r.found_by_error, r.found_by_any)),
            str(r.holds),
            *(
                str(len(x))
                for x in (r.false_errors, r.false_warnings, r.unmatched_errors, r.unmatched_warnings)
            ),
        )
        for r in results
    ]
    widths = [max(len(x) for x in col) for col in zip(head, *rows, strict=False)]
    for row in (head, *rows):
        print(
            "  ".join(
                c.ljust(w) if i == 0 else c.rjust(w) for i, (c, w) in enumerate(zip(row, widths, strict=True))
            )
        )
    groups = [(label, group) for label, group in split(results).items() if group]
    for label, group in groups:
        t = totals(group)
        print()
        print(
            f"{label}: {t['cases']} cases, {t['refused']} refused; broken relations needing no agency "
            f"knowledge: {t['broken']} (+{t['broken_agency']} that need it); relations that hold: {t['holds']}"
        )
        print(
            f"  recall by errors {t['found_by_error']}/{t['broken']} = {pct(t['found_by_error'], t['broken'])}; "
            f"by any finding {t['found_by_any']}/{t['broken']} = {pct(t['found_by_any'], t['broken'])}"
        )
        print(f"  false errors {t['false_errors']} (must be 0); false warnings {t['false_warnings']}")
        print(
            f"  findings matching no relation: {t['unmatched_errors']} errors, {t['unmatched_warnings']} warnings"
        )
        kinds = ", ".join(f"{k} {v['by_any']}/{v['broken']}" for k, v in t["by_kind"].items())
        print(f"  by kind (found by any finding / broken): {kinds}")
    print()
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
    ap.add_argument(
        "--docx", action="store_true", help="also the Word drafts of the cases marked docx = true"
    )
    args = ap.parse_args()
    chosen = cases(args.seeded, args.only)
    results = [score(p, s, args.lang) for p, s in chosen]
    if args.docx:
        from tests.corpus.build_docx import build, wanted

        with tempfile.TemporaryDirectory(prefix="lkjip-corpus-docx-") as tmp:
            for text in wanted(args.only):
                results.append(score(text, False, args.lang, draft=build(text, Path(tmp))))
    if args.json:
        parts = split(results)
        json.dump(
            {
                "totals": totals(parts["text exports"]),
                "totals_seeded": totals(parts["seeded cases"]),
                "totals_docx": totals(parts["Word drafts"]),
                "cases": [r.__dict__ for r in results],
            },
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
