"""A unit's targets as the planner's spreadsheet: out to .xlsx or .csv, and back in.

One sheet per year (named by it), laid out as a Perjanjian Kinerja sheet is:
a title, the unit and the year, then a row per IKU — sasaran, IKU, its
printed name, its unit, the annual target, the breakdown, TW I–IV per quarter
and cumulative ("s.d."), the decimals, how capaian is computed, a note. The
planner types only the annual target, the breakdown, the decimals and, for a
profile, its four quarters; every other cell is computed (an Excel formula
where Excel computes it as lkjip does, else the value) and locked, the sheet
protected without a password.

Reading back goes through the planner's own session (`targets.Planner`): each
row becomes the form a planner would type, validated the same way, and the
file is written by the same comment-keeping, atomic writer — only when every
cell of every sheet is valid. A CSV holds one year, with the same grid
(";"-separated, decimal commas, as an Indonesian spreadsheet saves it).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Callable
from decimal import Decimal, InvalidOperation
from pathlib import Path
from typing import Any

from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.rules import BREAKDOWNS, RuleSet, Target
from lkjip_tui.planning.targets import PROFILES, Planner, TargetForm, plain_number, typed_number
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.record import Record

# Header rows: the title, the unit, the year; the column heads on HEAD_ROW.
UNIT_CELL, YEAR_CELL, HEAD_ROW = (2, 2), (3, 2), 5
COLUMNS = (
    "sasaran",
    "iku",
    "indikator",
    "satuan",
    "annual",
    "breakdown",
    "q1",
    "q2",
    "q3",
    "q4",
    "c1",
    "c2",
    "c3",
    "c4",
    "decimals",
    "formula",
    "note",
)
COL = {name: i + 1 for i, name in enumerate(COLUMNS)}  # 1-based, as spreadsheets count
HEADS = {
    "sasaran": ("Sasaran Strategis", "Strategic goal"),
    "iku": ("IKU", "IKU"),
    "indikator": ("Indikator Kinerja", "Indicator"),
    "satuan": ("Satuan", "Unit"),
    "annual": ("Target tahunan", "Annual target"),
    "breakdown": ("Pembagian", "Breakdown"),
    "q1": ("TW I", "Q1"),
    "q2": ("TW II", "Q2"),
    "q3": ("TW III", "Q3"),
    "q4": ("TW IV", "Q4"),
    "c1": ("s.d. TW I", "to Q1"),
    "c2": ("s.d. TW II", "to Q2"),
    "c3": ("s.d. TW III", "to Q3"),
    "c4": ("s.d. TW IV", "to Q4"),
    "decimals": ("Desimal", "Decimals"),
    "formula": ("Rumus capaian", "Capaian formula"),
    "note": ("Catatan", "Note"),
}
NOTES = {
    "even": ("dibagi rata per triwulan", "split evenly per quarter"),
    "cumulative": ("kumulatif s.d. TW", "cumulative to each quarter"),
    "constant": ("tetap sepanjang tahun", "held all year"),
    "profile": ("isi TW I–IV (jumlahnya = target tahunan)", "type Q1–Q4 (adding up to the annual target)"),
    "cumulative_profile": (
        "isi s.d. TW I–IV (berakhir di target tahunan)",
        "type to-Q1…Q4 (ending at the annual target)",
    ),
    "annual_only": ("diukur di TW IV saja", "measured at Q4 only"),
}
# Excel's formats with the Indonesian locale (LCID 0x421): 1.500 and 12,5 in any Excel.
LOCALE = "[$-421]"
EXCEL_ROUND = {"half_up": "ROUND", "down": "ROUNDDOWN", "up": "ROUNDUP"}  # half_even has none


def _letter(col: int) -> str:
    from openpyxl.utils import get_column_letter

    letter: str = get_column_letter(col)
    return letter


def cell_ref(row: int, col: int) -> str:
    return f"{_letter(col)}{row}"


def _lang_index(lang: str) -> int:
    return 0 if lang == "id" else 1


def _number_format(value: Decimal, decimals: int | None) -> str:
    if decimals is None:
        exponent = value.normalize().as_tuple().exponent
        decimals = -exponent if isinstance(exponent, int) and exponent < 0 else 0
    return LOCALE + ("#,##0" if decimals == 0 else "#,##0." + "0" * decimals)


def _excel_number(v: Decimal) -> int | float:
    return int(v) if v == v.to_integral_value() else float(v)


class Cell(Record):
    """What goes in one cell: a value or a formula, its number format, whether the planner types it."""

    __slots__ = ("fmt", "typed", "value")

    def __init__(self, value: Any, typed: bool = False, fmt: str | None = None) -> None:
        self.value = value
        self.typed = typed
        self.fmt = fmt


def _level_text(v: Decimal | tuple[Decimal, Decimal] | None, lang: str = "id") -> str:
    if v is None:
        return "-"
    if isinstance(v, tuple):
        return f"{typed_number(v[0], lang)} - {typed_number(v[1], lang)}"
    return typed_number(v, lang)


def row_cells(rs: RuleSet, iku_id: str, row: int, lang: str, formulas: bool) -> dict[str, Cell]:
    """One IKU's row: with `formulas`, the computed cells as Excel formulas where Excel
    computes them as lkjip does; otherwise (CSV) as values typed the Indonesian way."""
    iku = rs.iku[iku_id]
    li = _lang_index(lang)
    sasaran = rs.sasaran.get(iku.sasaran)
    out = {
        "sasaran": Cell(sasaran.name if sasaran is not None else iku.sasaran),
        "iku": Cell(iku_id),
        "indikator": Cell(iku.name),
        "satuan": Cell(iku.unit),
        "formula": Cell(iku.formula),
    }
    target = rs.targets.get(iku_id)
    if target is None:  # no target yet: the planner's cells are blank and typed
        for name in ("annual", "breakdown", "decimals", "q1", "q2", "q3", "q4", "c1", "c2", "c3", "c4"):
            out[name] = Cell(None, typed=True)
        out["note"] = Cell(None)
        return out
    plan = quarterly(target, iku)
    a = target.annual
    d = target.decimals
    ref = {name: cell_ref(row, COL[name]) for name in COLUMNS}
    out["breakdown"] = Cell(target.breakdown, typed=True)
    out["decimals"] = Cell(d, typed=True)
    out["note"] = Cell(NOTES[target.breakdown][li])
    if isinstance(a, tuple) or not formulas:
        out["annual"] = Cell(_level_text(a), typed=True)
    else:
        out["annual"] = Cell(_excel_number(a), typed=True, fmt=_number_format(a, None))
    typed_cols = {"profile": "q", "cumulative_profile": "c"}.get(target.breakdown, "")
    for n in range(1, 5):
        for kind, values in (("q", plan.per_quarter), ("c", plan.cumulative)):
            name = f"{kind}{n}"
            v = values[n - 1]
            if not formulas or isinstance(v, tuple) or v is None:
                out[name] = Cell(
                    _level_text(v) if not formulas or v is not None else "-", typed=kind == typed_cols
                )
                continue
            fmt = _number_format(v, d)
            if kind == typed_cols:
                out[name] = Cell(_excel_number(v), typed=True, fmt=fmt)
                continue
            out[name] = Cell(_formula(target, kind, n, ref) or _excel_number(v), fmt=fmt)
    return out


def _formula(target: Target, kind: str, n: int, ref: dict[str, str]) -> str | None:
    """The Excel formula of a computed cell, or None where Excel would compute it otherwise
    (half-even rounding): that cell holds lkjip's value."""
    a, b = ref["annual"], target.breakdown
    if b == "constant":
        return f"={a}"
    if b == "annual_only":
        return f"={a}"  # only TW IV is measured: the other quarters are "-"
    if b == "profile":  # s.d. TW n = TW I + … + TW n
        return f"=SUM({ref['q1']}:{ref[f'q{n}']})"
    if b == "cumulative_profile":  # TW n = s.d. TW n − s.d. TW n−1
        return f"={ref['c1']}" if n == 1 else f"={ref[f'c{n}']}-{ref[f'c{n - 1}']}"
    share = f"{a}/4" if kind == "q" else f"{a}*{n}/4"
    if target.decimals is None:
        return f"={share}"
    fn = EXCEL_ROUND.get(target.rounding)
    return None if fn is None else f"={fn}({share},{target.decimals})"


def title(rs: RuleSet, lang: str) -> str:
    name = rs.unit_name or rs.unit
    return (
        f"Target Kinerja {name} Tahun {rs.year}" if lang == "id" else f"Performance targets {name} {rs.year}"
    )


def grid(rs: RuleSet, lang: str, formulas: bool, template: bool = False) -> list[list[Cell]]:
    """The sheet of a rules file as rows of cells (row 1 first); `template`: the targets blank."""
    li = _lang_index(lang)
    if template:
        rs = rs.replace(targets={})
    rows: list[list[Cell]] = [
        [Cell(title(rs, lang))],
        [Cell("Unit kerja" if lang == "id" else "Unit"), Cell(rs.unit)],
        [Cell("Tahun" if lang == "id" else "Year"), Cell(rs.year)],
        [],
        [Cell(HEADS[name][li]) for name in COLUMNS],
    ]
    for i, iku_id in enumerate(rs.iku, start=HEAD_ROW + 1):
        cells = row_cells(rs, iku_id, i, lang, formulas)
        rows.append([cells[name] for name in COLUMNS])
    return rows


def write_xlsx(sets: list[RuleSet], lang: str, template: bool = False) -> bytes:
    """The workbook: a protected sheet per year, the planner's cells left unlocked."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, Protection
    from openpyxl.worksheet.datavalidation import DataValidation

    wb = Workbook()
    assert wb.active is not None
    wb.remove(wb.active)
    for rs in sets:
        ws = wb.create_sheet(str(rs.year))
        for r, row in enumerate(grid(rs, lang, formulas=True, template=template), start=1):
            for c, cell in enumerate(row, start=1):
                xc = ws.cell(row=r, column=c, value=cell.value)
                if cell.fmt is not None:
                    xc.number_format = cell.fmt
                if cell.typed:
                    xc.protection = Protection(locked=False)
                if r in (1, HEAD_ROW):
                    xc.font = Font(bold=True)
        last = HEAD_ROW + len(rs.iku)
        choices = DataValidation(type="list", formula1='"' + ",".join(BREAKDOWNS) + '"', allow_blank=True)
        ws.add_data_validation(choices)
        col = _letter(COL["breakdown"])
        choices.add(f"{col}{HEAD_ROW + 1}:{col}{max(last, HEAD_ROW + 1)}")
        for name, width in (("sasaran", 30), ("indikator", 45), ("satuan", 12), ("note", 40)):
            ws.column_dimensions[_letter(COL[name])].width = width
        ws.freeze_panes = ws.cell(row=HEAD_ROW + 1, column=COL["annual"])
        ws.protection.sheet = True  # locked cells are the computed ones; no password
    out = io.BytesIO()
    wb.save(out)
    return out.getvalue()


def write_csv(rs: RuleSet, lang: str, template: bool = False) -> str:
    out = io.StringIO()
    w = csv.writer(out, delimiter=";", lineterminator="\n")
    for row in grid(rs, lang, formulas=False, template=template):
        w.writerow(["" if c.value is None else str(c.value) for c in row])
    return out.getvalue()


# ------------------------------------------------------------------ reading back


class Sheet(Record):
    """One sheet as read: its name and its cells' values by (row, column), 1-based."""

    __slots__ = ("cells", "name")

    def __init__(self, name: str, cells: dict[tuple[int, int], Any]) -> None:
        self.name = name
        self.cells = cells

    def get(self, row: int, col: int) -> Any:
        return self.cells.get((row, col))

    @property
    def last_row(self) -> int:
        return max((r for r, _ in self.cells), default=0)


class Problem(Record):
    """A cell that cannot be read back: where it is and what is wrong with it."""

    __slots__ = ("cell", "msg", "sheet")

    def __init__(self, sheet: str, cell: str, msg: Msg) -> None:
        self.sheet = sheet
        self.cell = cell
        self.msg = msg

    def message(self) -> Msg:
        return Msg("sheet.problem", {"sheet": self.sheet, "cell": self.cell, "problem": self.msg})


def read_xlsx(path: Path) -> list[Sheet]:
    """Every sheet's values, read-only (a formula cell reads as its formula text)."""
    from openpyxl import load_workbook

    wb = load_workbook(path, read_only=True, data_only=False)
    try:
        sheets = []
        for ws in wb.worksheets:
            cells: dict[tuple[int, int], Any] = {}
            for r, row in enumerate(ws.iter_rows(values_only=True), start=1):
                for c, value in enumerate(row, start=1):
                    if value is not None and value != "":
                        cells[(r, c)] = value
            sheets.append(Sheet(ws.title, cells))
        return sheets
    finally:
        wb.close()


def read_csv(path: Path, text: str) -> list[Sheet]:
    cells: dict[tuple[int, int], Any] = {}
    delimiter = ";" if text.count(";") >= text.count(",") else ","
    for r, row in enumerate(csv.reader(io.StringIO(text), delimiter=delimiter), start=1):
        for c, value in enumerate(row, start=1):
            if value.strip():
                cells[(r, c)] = value.strip()
    return [Sheet(path.name, cells)]


def cell_text(value: Any) -> str:
    """A cell as the text a planner would have typed: a number as Python stores it, written
    so the planner's reader takes it as exactly that number (no thousands mark, a decimal
    comma; "1,2340" rather than the ambiguous "1,234")."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return str(value)
    if isinstance(value, int | float | Decimal):
        try:
            v = Decimal(repr(value)) if isinstance(value, float) else Decimal(value)
        except InvalidOperation:
            return str(value)
        text = plain_number(v).replace(".", ",")
        whole, _, frac = text.partition(",")
        if len(frac) == 3 and len(whole.lstrip("-")) <= 3:
            text += "0"
        return text
    return str(value).strip()


def sheet_target(sheet: Sheet) -> tuple[str, int] | Problem:
    """The unit and year a sheet is for, from its header cells."""
    unit = sheet.get(*UNIT_CELL)
    year = cell_text(sheet.get(*YEAR_CELL))
    if not isinstance(unit, str) or not unit.strip():
        return Problem(sheet.name, cell_ref(*UNIT_CELL), Msg("sheet.no_unit"))
    if not (year.isascii() and year.isdigit() and len(year) == 4):
        return Problem(sheet.name, cell_ref(*YEAR_CELL), Msg("sheet.no_year", {"text": year}))
    return unit.strip(), int(year)


def apply_sheet(sheet: Sheet, planner: Planner) -> list[Problem]:
    """Apply a sheet's rows to a planner session as the planner's own edits; the problems, by cell.

    Only the cells a planner types are read; a computed cell changed by hand is ignored (it
    follows from the others, as it does in the sheet)."""
    rs = planner.rs
    problems: list[Problem] = []
    heads = {cell_text(sheet.get(HEAD_ROW, c)).lower(): c for c in range(1, len(COLUMNS) + 1)}
    expected = {h[0].lower() for h in HEADS.values()} | {h[1].lower() for h in HEADS.values()}
    if not heads.keys() & expected or cell_text(sheet.get(HEAD_ROW, COL["iku"])).upper() != "IKU":
        return [Problem(sheet.name, cell_ref(HEAD_ROW, COL["iku"]), Msg("sheet.no_heads"))]
    seen: dict[str, int] = {}
    for row in range(HEAD_ROW + 1, sheet.last_row + 1):
        iku = cell_text(sheet.get(row, COL["iku"]))

        def at(name: str, r: int = row) -> str:
            return cell_ref(r, COL[name])

        if not iku:
            if any(sheet.get(row, COL[n]) is not None for n in ("annual", "breakdown")):
                problems.append(Problem(sheet.name, at("iku"), Msg("sheet.no_iku")))
            continue
        if iku not in rs.iku:
            problems.append(Problem(sheet.name, at("iku"), Msg("sheet.unknown_iku", {"iku": iku})))
            continue
        if iku in seen:
            problems.append(
                Problem(sheet.name, at("iku"), Msg("sheet.duplicate_iku", {"iku": iku, "row": seen[iku]}))
            )
            continue
        seen[iku] = row
        annual = cell_text(sheet.get(row, COL["annual"]))
        breakdown = cell_text(sheet.get(row, COL["breakdown"]))
        if not annual and not breakdown and iku not in rs.targets:
            continue  # an IKU without a target, left without one
        if not annual:
            problems.append(Problem(sheet.name, at("annual"), Msg("sheet.annual_blank", {"iku": iku})))
            continue
        typed = {"profile": "q", "cumulative_profile": "c"}.get(breakdown, "")
        quarters: tuple[str, ...] = ()
        if breakdown in PROFILES:
            raw = [sheet.get(row, COL[f"{typed}{n}"]) for n in range(1, 5)]
            formula = next(
                (n for n, v in enumerate(raw, 1) if isinstance(v, str) and v.startswith("=")), None
            )
            if formula is not None:
                problems.append(Problem(sheet.name, at(f"{typed}{formula}"), Msg("sheet.formula_typed")))
                continue
            quarters = tuple(cell_text(v) for v in raw)
        decimals = cell_text(sheet.get(row, COL["decimals"]))
        errors = planner.apply(TargetForm(iku, annual, breakdown, quarters, decimals))
        for field, msg in errors.items():
            name = field if field in ("annual", "breakdown", "decimals") else f"{typed or 'q'}{field[1:]}"
            problems.append(Problem(sheet.name, at(name), msg))
    return problems


class Change(Record):
    """One value an import changes: the IKU, which field, before and after (as typed)."""

    __slots__ = ("after", "before", "field", "iku")

    def __init__(self, iku: str, field: str, before: str, after: str) -> None:
        self.iku = iku
        self.field = field
        self.before = before
        self.after = after


def changes(planner: Planner, lang: str) -> list[Change]:
    """What saving the session would change, value by value."""
    out: list[Change] = []
    for iku in planner.pending():
        old, new = planner.saved.get(iku), planner.rs.targets.get(iku)
        fields: list[tuple[str, Callable[[Target], str]]] = [
            ("annual", lambda t: _level_text(t.annual, lang)),
            ("breakdown", lambda t: t.breakdown),
            ("quarters", lambda t: " / ".join(typed_number(q, lang) for q in t.quarters)),
            ("decimals", lambda t: "" if t.decimals is None else str(t.decimals)),
        ]
        for name, show in fields:
            before = show(old) if old is not None else ""
            after = show(new) if new is not None else ""
            if before != after:
                out.append(Change(iku, name, before, after))
    return out


def is_targets_sheet(sheet: Sheet) -> bool:
    """Whether a sheet is laid out as `export` writes one (a planner's notes sheet is not)."""
    labels = {HEADS["iku"][0].lower(), "unit kerja", "unit", "tahun", "year"}
    cells = (sheet.get(HEAD_ROW, COL["iku"]), sheet.get(UNIT_CELL[0], 1), sheet.get(YEAR_CELL[0], 1))
    return any(cell_text(c).lower() in labels for c in cells)


def apply_sheets(
    sheets: list[Sheet], open_planner: Callable[[str, int], Planner | Problem]
) -> tuple[list[Planner], list[Problem]]:
    """Every targets sheet applied to the session over its unit-year targets file (other
    sheets, a planner's notes, are left alone); the sessions and every problem found (nothing
    is written here)."""
    planners: list[Planner] = []
    problems: list[Problem] = []
    targets = [sh for sh in sheets if sh.cells and is_targets_sheet(sh)]
    if not targets:
        return [], [Problem(sheets[0].name if sheets else "-", "A1", Msg("sheet.no_targets_sheet"))]
    for sheet in targets:
        which = sheet_target(sheet)
        if isinstance(which, Problem):
            problems.append(which)
            continue
        planner = open_planner(*which)
        if isinstance(planner, Problem):
            problems.append(planner.replace(sheet=sheet.name))
            continue
        if sheet.name.isdigit() and int(sheet.name) != which[1]:
            problems.append(
                Problem(sheet.name, cell_ref(*YEAR_CELL), Msg("sheet.year_mismatch", {"year": which[1]}))
            )
            continue
        problems.extend(apply_sheet(sheet, planner))
        planners.append(planner)
    return planners, problems
