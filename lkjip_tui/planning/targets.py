"""Editing a unit's targets: the planner's session over its targets file.

An edit is what the planner types for one IKU (annual target, breakdown,
quarterly values, rounding) as text. It is validated as a whole — a value
that is not a number, a negative target, a profile that does not add up to
the annual target — and a rejected edit changes nothing. An accepted edit
takes effect on the loaded rules at once, so quarterly targets, capaian and
findings can be recomputed, and goes on an undo/redo history.

The targets file is only written on `save`: through tomlkit, so comments, key
order and formatting stay as they were and only edited values change;
atomically (a temporary file renamed over the original); and never over a
file that changed on disk since it was loaded (`Conflict`).
"""

from __future__ import annotations

import difflib
import hashlib
import os
import tempfile
from decimal import Decimal
from pathlib import Path
from typing import Any

from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.rules import BREAKDOWNS, RuleSet, Target
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.numbers import Ambiguous, Number, Range, parse_number
from lkjip_tui.values.record import Record

PROFILES = ("profile", "cumulative_profile")
FIELDS = ("annual", "breakdown", "q1", "q2", "q3", "q4", "decimals")


class TargetForm(Record):
    """One IKU's target as the planner types it: every field is text."""

    __slots__ = ("annual", "breakdown", "decimals", "iku", "quarters")

    def __init__(
        self, iku: str, annual: str, breakdown: str, quarters: tuple[str, ...], decimals: str
    ) -> None:
        self.iku = iku
        self.annual = annual
        self.breakdown = breakdown
        self.quarters = quarters  # four values for profile breakdowns, else empty
        self.decimals = decimals  # "" for no rounding


class Conflict(Exception):
    """The targets file changed on disk since it was loaded."""


def plain_number(v: Decimal) -> str:
    """A Decimal as TOML and planners write it: 1500, 6.25, 12.5."""
    return f"{v.normalize():f}" if v != v.to_integral_value() else str(int(v))


def form_of(target: Target) -> TargetForm:
    a = target.annual
    annual = f"{plain_number(a[0])} - {plain_number(a[1])}" if isinstance(a, tuple) else plain_number(a)
    quarters = tuple(plain_number(q) for q in target.quarters)
    decimals = "" if target.decimals is None else str(target.decimals)
    return TargetForm(target.iku, annual, target.breakdown, quarters, decimals)


def _number(text: str, field: str, errors: dict[str, Msg]) -> Decimal | None:
    parsed = parse_number(text.strip())
    if isinstance(parsed, Ambiguous):
        errors[field] = Msg(
            "plan.ambiguous", {"text": text, "a": parsed.as_thousands, "b": parsed.as_decimal}
        )
    elif not isinstance(parsed, Number):
        errors[field] = Msg("plan.not_number", {"text": text})
    elif parsed.value < 0:
        errors[field] = Msg("plan.negative", {"text": text})
    else:
        return parsed.value
    return None


def validate(rs: RuleSet, form: TargetForm, base: Target | None) -> tuple[Target | None, dict[str, Msg]]:
    """The Target a form stands for, or the reasons it cannot, by field."""
    errors: dict[str, Msg] = {}
    iku = rs.iku[form.iku]
    annual: Decimal | tuple[Decimal, Decimal] | None
    parsed = parse_number(form.annual.strip())
    if isinstance(parsed, Range):
        annual = (parsed.low.value, parsed.high.value)
        if parsed.low.value < 0:
            errors["annual"] = Msg("plan.negative", {"text": form.annual})
    else:
        annual = _number(form.annual, "annual", errors)
    if iku.formula == "range" and annual is not None and not isinstance(annual, tuple):
        errors["annual"] = Msg("plan.range_needed", {"iku": iku.id})
    if iku.formula != "range" and isinstance(annual, tuple):
        errors["annual"] = Msg("plan.range_not_allowed", {"iku": iku.id})
    if form.breakdown not in BREAKDOWNS:
        errors["breakdown"] = Msg("plan.breakdown", {"choices": ", ".join(BREAKDOWNS)})
    elif isinstance(annual, tuple) and form.breakdown not in ("constant", "annual_only"):
        errors["breakdown"] = Msg("plan.range_breakdown")
    quarters: tuple[Decimal, ...] = ()
    if form.breakdown in PROFILES:
        if len(form.quarters) != 4 or not all(q.strip() for q in form.quarters):
            errors["q1"] = Msg("plan.quarters_needed")
        else:
            values = [_number(q, f"q{i + 1}", errors) for i, q in enumerate(form.quarters)]
            quarters = tuple(v for v in values if v is not None)
    decimals: int | None = None
    if form.decimals.strip():
        if not form.decimals.strip().isdigit() or int(form.decimals) > 6:
            errors["decimals"] = Msg("plan.decimals")
        else:
            decimals = int(form.decimals)
    if errors or annual is None:
        return None, errors
    rounding = base.rounding if base is not None else "half_up"
    ref = base.ref if base is not None else rs.targets_ref
    refs = base.refs if base is not None else {}
    assert ref is not None
    target = Target(form.iku, annual, form.breakdown, quarters, decimals, rounding, ref, refs)
    # The same inconsistencies LKJ203 reports in a targets file are refused here.
    for key, args, where in quarterly(target, iku).problems:
        errors["q1" if where == "quarters" else "breakdown"] = Msg(key, {"iku": iku.id, **args})
    return (None, errors) if errors else (target, {})


def _stamp(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


class Planner:
    """An editing session over the targets of one unit-year rules file."""

    def __init__(self, rs: RuleSet, path: Path) -> None:
        self.rs = rs
        self.path = path
        self.undo_stack: list[tuple[TargetForm, TargetForm]] = []  # (before, after)
        self.redo_stack: list[tuple[TargetForm, TargetForm]] = []
        self._read()

    def _read(self) -> None:
        raw = self.path.read_bytes()
        self.original = raw.decode("utf-8")
        self.stamp = _stamp(raw)
        self.saved = {i: form_of(t) for i, t in self.rs.targets.items()}
        self.current = dict(self.saved)

    # ------------------------------------------------------------- editing

    def form(self, iku: str) -> TargetForm:
        return self.current.get(iku) or TargetForm(iku, "", "even", (), "")

    def apply(self, form: TargetForm) -> dict[str, Msg]:
        """Apply an edit; return the reasons by field if it is refused (nothing changes then)."""
        before = self.form(form.iku)
        if form == before:
            return {}
        errors = self._set(form)
        if not errors:
            self.undo_stack.append((before, form))
            self.redo_stack.clear()
        return errors

    def _set(self, form: TargetForm) -> dict[str, Msg]:
        target, errors = validate(self.rs, form, self.rs.targets.get(form.iku))
        if target is None:
            return errors
        self.rs.targets[form.iku] = target
        self.current[form.iku] = form
        return {}

    def undo(self) -> str | None:
        """Take back the last edit; the IKU it changed, or None if there is nothing to undo."""
        if not self.undo_stack:
            return None
        before, after = self.undo_stack.pop()
        self._set(before)
        self.redo_stack.append((before, after))
        return before.iku

    def redo(self) -> str | None:
        if not self.redo_stack:
            return None
        before, after = self.redo_stack.pop()
        self._set(after)
        self.undo_stack.append((before, after))
        return after.iku

    def pending(self) -> list[str]:
        """IKUs whose target differs from the file on disk."""
        return [i for i, f in self.current.items() if self.saved.get(i) != f]

    @property
    def dirty(self) -> bool:
        return bool(self.pending())

    # ------------------------------------------------------------- saving

    def text(self) -> str:
        """The targets file as it would be saved: the original with only edited values changed."""
        import tomlkit

        doc = tomlkit.parse(self.original)
        targets = doc.setdefault("targets", tomlkit.table(is_super_table=True))
        for iku in self.pending():
            form, saved = self.current[iku], self.saved.get(iku)
            table = targets.setdefault(iku, tomlkit.table())
            _write(table, form, saved)
        return tomlkit.dumps(doc)

    def diff(self) -> str:
        return "".join(
            difflib.unified_diff(
                self.original.splitlines(keepends=True),
                self.text().splitlines(keepends=True),
                fromfile=f"{self.path.name} (disk)",
                tofile=f"{self.path.name} (edited)",
            )
        )

    def changed_on_disk(self) -> bool:
        try:
            return _stamp(self.path.read_bytes()) != self.stamp
        except OSError:
            return True

    def save(self) -> None:
        """Write the edits atomically; refuse if the file changed on disk since it was loaded."""
        if self.changed_on_disk():
            raise Conflict(str(self.path))
        text = self.text()
        fd, tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", suffix=".tmp", dir=self.path.parent)
        try:
            with os.fdopen(fd, "w", encoding="utf-8", newline="") as f:
                f.write(text)
                f.flush()
                os.fsync(f.fileno())
            os.chmod(tmp, self.path.stat().st_mode & 0o7777)
            os.replace(tmp, self.path)
        except BaseException:
            Path(tmp).unlink(missing_ok=True)
            raise
        self.original = text
        self.stamp = _stamp(text.encode("utf-8"))
        self.saved = dict(self.current)

    def reload(self, rs: RuleSet) -> None:
        """Start again from the file on disk (after it changed there); edits are dropped."""
        self.rs = rs
        self.undo_stack.clear()
        self.redo_stack.clear()
        self._read()


def _toml_number(v: Decimal) -> Any:
    import tomlkit

    text = plain_number(v)
    return tomlkit.integer(text) if "." not in text else tomlkit.float_(text)


def _write(table: Any, form: TargetForm, saved: TargetForm | None) -> None:
    """Set the fields of one [targets.IKU] table that the edit changed, and only those."""
    import tomlkit

    if saved is None or form.annual != saved.annual:
        parsed = parse_number(form.annual)
        if isinstance(parsed, Range):
            table["annual"] = tomlkit.array(
                f"[{plain_number(parsed.low.value)}, {plain_number(parsed.high.value)}]"
            )
        elif isinstance(parsed, Number):
            table["annual"] = _toml_number(parsed.value)
    if saved is None or form.breakdown != saved.breakdown:
        table["breakdown"] = form.breakdown
    if form.breakdown in PROFILES:
        if saved is None or form.quarters != saved.quarters:
            values = [parse_number(q) for q in form.quarters]
            table["quarters"] = tomlkit.array(
                "[" + ", ".join(plain_number(v.value) for v in values if isinstance(v, Number)) + "]"
            )
    elif "quarters" in table:
        del table["quarters"]
    if saved is None or form.decimals != saved.decimals:
        if form.decimals.strip():
            table["decimals"] = tomlkit.integer(form.decimals.strip())
        elif "decimals" in table:
            del table["decimals"]
