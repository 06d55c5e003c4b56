"""`lkjip init DRAFT`: a starting catalogue for a unit, written from its draft.

The draft is read with the generic catalogue (rules/sakip), as a zero-config
check reads it; what that reading found is written out as the unit's own
rules, for the reviewer to refine:

    <out>/<unit>-katalog/iku.toml          sasaran and IKUs, names as printed, the unit
                                           printed, the formula kind the printed capaian fits
    <out>/<unit>-katalog/report.toml       the generic report schema
    <out>/<unit>-katalog/checks.toml       the generic checks
    <out>/<unit>-katalog/draft/mapping.toml  the generic mapping, with the names each IKU
                                           is printed under as aliases
    <out>/<unit>/<year>.toml               the unit-year file: annual targets from the printed
                                           Perjanjian Kinerja (an annual report's are used at
                                           once; a quarterly report's wait, commented, for the
                                           breakdown the planner sets)

Every line inferred from the draft says so in a comment. Every file is read
back with the rules' own loader before it is kept: a starting catalogue that
would not load is never written.
"""

from __future__ import annotations

import json
import tempfile
from decimal import Decimal
from pathlib import Path

from lkjip_tui.checks.capaian.lkj106_capaian_kinds_differ import fitting
from lkjip_tui.drafts import mapping as mapping_file
from lkjip_tui.engine import discover, units
from lkjip_tui.model.catalogue import load_ruleset
from lkjip_tui.model.files import write_atomic
from lkjip_tui.model.report import Report
from lkjip_tui.model.rules import ANY_KINDS, RuleSet
from lkjip_tui.model.source import SourceError
from lkjip_tui.values.numbers import Number, parse_number

NO_SASARAN = "S0"  # for indicators printed with no sasaran


def _q(text: str) -> str:
    """A TOML basic string (JSON's escapes are TOML's)."""
    return json.dumps(" ".join(text.split()), ensure_ascii=False)


def formula_of(iku_id: str, report: Report, rs: RuleSet) -> tuple[str, str, str]:
    """(formula, variant, why) for an IKU: the one kind every printed row's capaian fits, else "any"."""
    iku = rs.iku[iku_id]
    common: set[str] | None = None
    rows = 0
    for table in report.tables.values():
        row = table.rows.get(iku_id) if table.kind.rows == "iku" else None
        cells = row.cells if row is not None else {}
        if not all(k in cells for k in ("target", "realisasi", "capaian")):
            continue
        t = cells["target"].number
        if t is not None and t.value == 0:
            return "any", "", "a target of 0 is printed: how it is scored is yours to say (zero_target)"
        kinds = fitting(iku, cells["target"], cells["realisasi"], cells["capaian"])
        if kinds is None:
            continue
        rows += 1
        common = kinds if common is None else common & kinds
    if not rows:
        return "any", "", "no row prints target, realisasi and capaian together"
    if not common:
        return "any", "", "no one kind fits every printed capaian (see LKJ101, LKJ106)"
    for formula, variant in ANY_KINDS:
        name = f"{formula}.{variant}" if variant else formula
        if name in common:
            also = sorted(common - {name})
            why = f"fits the capaian printed in {rows} table(s)" + (
                f"; so do {', '.join(also)}" if also else ""
            )
            return formula, variant, why
    return "any", "", "no kind fits"


def _iku_toml(report: Report, rs: RuleSet, draft_name: str) -> str:
    lines = [
        f"# Sasaran and IKUs of {rs.unit_name or rs.unit}, written by `lkjip init` from {draft_name}.",
        "# Every line marked `inferred` was read from the draft: check it against the Renstra and",
        "# the Perjanjian Kinerja, then delete the mark. Names are as the report prints them.",
        "",
    ]
    used = {i.sasaran or NO_SASARAN for i in rs.iku.values()}
    for sid, s in rs.sasaran.items():
        lines += [f"[sasaran.{sid}]", f"name = {_q(s.name)}  # inferred: printed in the draft", ""]
    if NO_SASARAN in used:
        lines += [
            f"[sasaran.{NO_SASARAN}]",
            'name = "(sasaran tidak tercetak)"  # inferred: no sasaran printed beside these IKUs; name it',
            "",
        ]
    for iid, iku in rs.iku.items():
        formula, variant, why = formula_of(iid, report, rs)
        lines += [
            f"[iku.{iid}]",
            f'sasaran = "{iku.sasaran or NO_SASARAN}"  # inferred',
            f"name = {_q(iku.name)}  # inferred: as printed",
        ]
        if iku.unit:
            lines.append(f"unit = {_q(iku.unit)}  # inferred: the unit printed")
        lines.append(f'formula = "{formula}"  # inferred: {why}')
        if variant:
            lines.append(f'variant = "{variant}"  # inferred')
        lines += ['values = "measures"  # inferred: every printed figure taken as rounded', ""]
    return "\n".join(lines) + "\n"


def _mapping_toml(generic: str, rs: RuleSet) -> str:
    from lkjip_tui.drafts.indicators import PRINTED_NAMES

    printed: dict[str, list[str]] = rs.derived.get(PRINTED_NAMES, {})
    aliases = [
        f"{iid} = [{', '.join(_q(n) for n in dict.fromkeys(names[1:]))}]  # inferred: printed so in the draft"
        for iid, names in printed.items()
        if len(names) > 1
    ]
    head = "# Written by `lkjip init`: the generic mapping, with the names the draft prints its IKUs under.\n"
    return head + generic + ("\n[names.aliases]\n" + "\n".join(aliases) + "\n" if aliases else "")


def _unit_toml(report: Report, rs: RuleSet, catalogue: str) -> str:
    lines = [
        f"# {rs.unit_name or rs.unit} {rs.year}: the unit's annual targets, written by `lkjip init`.",
        "# The annual targets are the Perjanjian Kinerja's as the draft prints them; the quarterly",
        "# breakdown is the planner's to set (`lkjip tui --planner`), never guessed here.",
        "",
        f'extends = "{catalogue}"',
        f'unit = "{rs.unit}"',
        f"year = {rs.year}",
        f"name = {_q(rs.unit_name or rs.unit)}  # inferred: as the draft names the unit",
        "",
    ]
    pk = _pk_targets(report, rs)
    for iid, value in pk.items():
        entry = [f"[targets.{iid}]", f"annual = {value}  # inferred: the printed Perjanjian Kinerja"]
        if report.annual:
            lines += [*entry, 'breakdown = "constant"  # an annual report: the year\'s target', ""]
        else:  # no breakdown is printed: the targets wait, commented, for the planner
            lines += [
                *(f"# {e}" for e in entry),
                '# breakdown = "even"  # set the breakdown, then uncomment',
                "",
            ]
    if not pk:
        lines.append(
            "# No Perjanjian Kinerja table was read: add [targets.IKUn] entries from the printed PK."
        )
    return "\n".join(lines) + "\n"


def _pk_targets(report: Report, rs: RuleSet) -> dict[str, Decimal]:
    from lkjip_tui.drafts.indicators import PK_KIND

    out: dict[str, Decimal] = {}
    for table in report.tables.values():
        if table.kind.name != PK_KIND:
            continue
        for key, row in table.rows.items():
            cell = row.cells.get("target_tahunan")
            n = parse_number(cell.text) if cell is not None else None
            if key in rs.iku and key not in out and isinstance(n, Number) and n.value >= 0:
                out[key] = n.value
    return out


def write(report: Report, rs: RuleSet, draft_name: str, out: Path) -> list[Path]:
    """Write the starting catalogue and unit file under `out`; refuse to overwrite either."""
    generic = discover.shipped("rules") / units.GENERIC
    catalogue = f"{rs.unit}-katalog"
    files: dict[Path, str] = {
        Path(catalogue) / "iku.toml": _iku_toml(report, rs, draft_name),
        Path(catalogue) / "report.toml": (generic / "report.toml").read_text("utf-8"),
        Path(catalogue) / "checks.toml": (generic / "checks.toml").read_text("utf-8"),
        Path(catalogue) / mapping_file.FILE: _mapping_toml(
            (generic / mapping_file.FILE).read_text("utf-8"), rs
        ),
        Path(rs.unit) / f"{rs.year}.toml": _unit_toml(report, rs, catalogue),
    }
    for rel in (Path(catalogue), Path(rs.unit) / f"{rs.year}.toml"):
        if (out / rel).exists():
            raise SourceError(discover.display(out / rel), 0, 0, "err.init_exists")
    _validate(files, rs)
    written = []
    for rel, text in files.items():
        (out / rel).parent.mkdir(parents=True, exist_ok=True)
        written.append(write_atomic(out / rel, text))
    return written


def _validate(files: dict[Path, str], rs: RuleSet) -> None:
    """Load what would be written, with the rules' own loader and the mapping's: an error is a bug."""
    with tempfile.TemporaryDirectory() as tmp_name:
        tmp = Path(tmp_name)
        for rel, text in files.items():
            (tmp / rel).parent.mkdir(parents=True, exist_ok=True)
            (tmp / rel).write_text(text, "utf-8")
        unit_file = tmp / rs.unit / f"{rs.year}.toml"
        shown = lambda p: str(p.relative_to(tmp))  # noqa: E731
        try:
            loaded = load_ruleset(unit_file, lambda name: tmp / name, shown)
            mapping_file.load(tmp / f"{rs.unit}-katalog", loaded, shown)
        except SourceError as e:  # lkjip wrote something its own loader refuses: a bug, exit 3
            raise RuntimeError(f"lkjip init wrote an invalid {e.file}:{e.line}: {e.key} {e.args_}") from None
