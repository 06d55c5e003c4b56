"""Editing a unit's targets: the planner's sessions over its targets files.

An edit is what the planner types for one IKU (annual target, breakdown,
quarterly values, rounding) as text. It is validated as a whole — a value
that is not a number, a negative or absurdly large target, a profile that
does not add up to the annual target — and a rejected edit changes nothing.
An accepted edit takes effect on the loaded rules at once, so quarterly
targets, capaian and findings can be recomputed, and goes on an undo/redo
history. What is pending is the difference between the loaded targets and
the file on disk, compared as values: typing 1500 or 1500,0 is no change.

The targets file is only written on `save`: through tomlkit, so comments, key
order and formatting stay as they were and only edited values change;
through `write_atomic` (all or nothing, through symlinks, mode and owner
kept, a read-only file refused); and never over a file that changed on disk
since it was loaded (`Conflict`).

`Sessions` holds every session of a run, one per targets file, so every
screen sees the same pending edits and leaving the planner loses nothing.
"""

from __future__ import annotations

import difflib
import hashlib
import re
from decimal import Decimal
from pathlib import Path
from typing import Any

from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.model.files import ReadOnlyFile, read_regular, remove_stale_temps, write_atomic
from lkjip_tui.model.rules import BREAKDOWNS, Ref, RuleSet, Target
from lkjip_tui.values.limits import MAX_DECIMALS, MAX_DIGITS, MAX_MAGNITUDE_EXPONENT
from lkjip_tui.values.msg import Msg
from lkjip_tui.values.numbers import Ambiguous, Invalid, Number, Range, parse_number
from lkjip_tui.values.record import Record

PROFILES = ("profile", "cumulative_profile")
FIELDS = ("annual", "breakdown", "q1", "q2", "q3", "q4", "decimals")
# The longest text a number field takes: MAX_DIGITS digits with their marks, a sign
# and a range's second half fit; a pasted megabyte does not reach the parser.
MAX_FIELD = 2 * (MAX_DIGITS + MAX_DIGITS // 3 + 2) + 3
MAGNITUDE = Decimal(10) ** MAX_MAGNITUDE_EXPONENT


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
    """A Decimal as TOML writes it: 1500, 6.25, 12.5."""
    return f"{v.normalize():f}" if v != v.to_integral_value() else str(int(v))


def typed_number(v: Decimal, lang: str, places: int | None = None) -> str:
    """A value as a planner types it: the language's decimal mark and no thousands
    marks (a lone "1.500" could be read as 1500 or 1,5)."""
    text = plain_number(v) if places is None else f"{v.quantize(Decimal(1).scaleb(-places)):f}"
    return text.replace(".", ",") if lang == "id" else text


def form_of(target: Target, lang: str) -> TargetForm:
    a = target.annual
    if isinstance(a, tuple):
        annual = f"{typed_number(a[0], lang)} - {typed_number(a[1], lang)}"
    else:
        annual = typed_number(a, lang)
    quarters = tuple(typed_number(q, lang) for q in target.quarters)
    decimals = "" if target.decimals is None else str(target.decimals)
    return TargetForm(target.iku, annual, target.breakdown, quarters, decimals)


def _bounded(value: Decimal, text: str) -> Msg | None:
    """Why a value is beyond what any target can be, or None."""
    digits = value.normalize().as_tuple()
    decimals = -digits.exponent if isinstance(digits.exponent, int) and digits.exponent < 0 else 0
    if not value.is_finite() or abs(value) >= MAGNITUDE or len(digits.digits) > MAX_DIGITS:
        return Msg("plan.too_large", {"text": text, "limit": f"10^{MAX_MAGNITUDE_EXPONENT}"})
    if decimals > MAX_DECIMALS:
        return Msg("plan.too_precise", {"text": text, "limit": MAX_DECIMALS})
    return None


def _beyond_bounds(text: str) -> Msg:
    """Which bound a number the reader refused breaks: its decimals, or its size."""
    decimals = re.search(r"[.,](\d+)\s*%?\s*$", text.strip())
    if decimals is not None and len(decimals.group(1)) > MAX_DECIMALS:
        return Msg("plan.too_precise", {"text": text, "limit": MAX_DECIMALS})
    return Msg("plan.too_large", {"text": text, "limit": f"10^{MAX_MAGNITUDE_EXPONENT}"})


def _number(text: str, field: str, errors: dict[str, Msg]) -> Decimal | None:
    if len(text) > MAX_FIELD:
        errors[field] = Msg("plan.too_long", {"limit": MAX_FIELD})
        return None
    parsed = parse_number(text.strip())
    if isinstance(parsed, Ambiguous):
        errors[field] = Msg(
            "plan.ambiguous", {"text": text, "a": parsed.as_thousands, "b": parsed.as_decimal}
        )
    elif isinstance(parsed, Invalid) and parsed.reason == "bounds":
        errors[field] = _beyond_bounds(text)
    elif not isinstance(parsed, Number):
        errors[field] = Msg("plan.not_number", {"text": text})
    elif parsed.value < 0:
        errors[field] = Msg("plan.negative", {"text": text})
    elif (problem := _bounded(parsed.value, text)) is not None:
        errors[field] = problem
    else:
        return parsed.value
    return None


def _annual(text: str, errors: dict[str, Msg]) -> Decimal | tuple[Decimal, Decimal] | None:
    parsed = parse_number(text.strip()) if len(text) <= MAX_FIELD else None
    if not isinstance(parsed, Range):
        return _number(text, "annual", errors)
    low, high = parsed.low.value, parsed.high.value
    problem = _bounded(low, text) or _bounded(high, text)
    if problem is not None:
        errors["annual"] = problem
    elif low < 0:
        errors["annual"] = Msg("plan.negative", {"text": text})
    return low, high


def validate(rs: RuleSet, form: TargetForm, base: Target | None) -> tuple[Target | None, dict[str, Msg]]:
    """The Target a form stands for, or the reasons it cannot, by field."""
    errors: dict[str, Msg] = {}
    iku = rs.iku[form.iku]
    annual = _annual(form.annual, errors)
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
        text = form.decimals.strip()
        if not (text.isascii() and text.isdigit()) or len(text) > 2 or int(text) > MAX_DECIMALS:
            errors["decimals"] = Msg("plan.decimals", {"limit": MAX_DECIMALS})
        else:
            decimals = int(text)
    if errors or annual is None:
        return None, errors
    rounding = base.rounding if base is not None else "half_up"
    # A unit-year file with no [targets] yet (a new year's): the new target stands at its top.
    ref = base.ref if base is not None else rs.targets_ref or Ref(rs.files[-1], 1)
    refs = base.refs if base is not None else {}
    target = Target(form.iku, annual, form.breakdown, quarters, decimals, rounding, ref, refs)
    # The same inconsistencies LKJ203 reports in a targets file are refused here.
    for key, args, where in quarterly(target, iku).problems:
        errors["q1" if where == "quarters" else "breakdown"] = Msg(key, {"iku": iku.id, **args})
    return (None, errors) if errors else (target, {})


def save_problem(e: OSError, path: Path) -> Msg:
    """Why a save failed, for the planner to say (the edits stay pending)."""
    if isinstance(e, ReadOnlyFile):
        return Msg("plan.read_only", {"file": path.name})
    if isinstance(e, IsADirectoryError):
        return Msg("plan.not_regular", {"file": path.name})
    return Msg("plan.write_failed", {"file": path.name, "reason": e.strerror or str(e)})


def _stamp(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


Edit = tuple[str, Target | None, Target | None]  # (IKU, before, after)


class Planner:
    """An editing session over the targets of one unit-year rules file."""

    def __init__(self, rs: RuleSet, path: Path) -> None:
        self.rs = rs
        self.path = path
        self.undo_stack: list[Edit] = []
        self.redo_stack: list[Edit] = []
        self.version = 0  # grows with every change of the targets or of what is saved
        self._read()

    def _read(self) -> None:
        remove_stale_temps(self.path)  # what a save killed before its rename left (model.files)
        raw = read_regular(self.path)
        self.original = raw.decode("utf-8")
        self.stamp = _stamp(raw)
        self.saved: dict[str, Target] = dict(self.rs.targets)
        self.version += 1

    # ------------------------------------------------------------- editing

    def form(self, iku: str, lang: str = "id") -> TargetForm:
        target = self.rs.targets.get(iku)
        return form_of(target, lang) if target is not None else TargetForm(iku, "", "even", (), "")

    def apply(self, form: TargetForm) -> dict[str, Msg]:
        """Apply an edit; return the reasons by field if it is refused (nothing changes then)."""
        before = self.rs.targets.get(form.iku)
        target, errors = validate(self.rs, form, before)
        if target is None:
            return errors
        if target != before:
            self._set(form.iku, target)
            self.undo_stack.append((form.iku, before, target))
            self.redo_stack.clear()
        return {}

    def _set(self, iku: str, target: Target | None) -> None:
        if target is None:
            self.rs.targets.pop(iku, None)
        else:
            self.rs.targets[iku] = target
        self.version += 1

    def undo(self) -> str | None:
        """Take back the last edit; the IKU it changed, or None if there is nothing to undo."""
        if not self.undo_stack:
            return None
        edit = self.undo_stack.pop()
        self._set(edit[0], edit[1])
        self.redo_stack.append(edit)
        return edit[0]

    def redo(self) -> str | None:
        if not self.redo_stack:
            return None
        edit = self.redo_stack.pop()
        self._set(edit[0], edit[2])
        self.undo_stack.append(edit)
        return edit[0]

    def pending(self) -> list[str]:
        """IKUs whose target differs from the file on disk, in the rules' order."""
        targets, saved = self.rs.targets, self.saved
        return [i for i in self.rs.iku if targets.get(i) != saved.get(i)]

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
            target = self.rs.targets.get(iku)
            if target is None:  # an IKU whose new target was undone back to none
                targets.pop(iku, None)
                continue
            _write(targets.setdefault(iku, tomlkit.table()), target, self.saved.get(iku))
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
            return _stamp(read_regular(self.path)) != self.stamp
        except OSError:
            return True

    def save(self) -> None:
        """Write the edits; refuse if the file changed on disk since it was loaded.
        An OSError (`save_problem` says it) leaves the file and the edits as they were."""
        if self.changed_on_disk():
            raise Conflict(str(self.path))
        text = self.text()
        write_atomic(self.path, text)
        self.original = text
        self.stamp = _stamp(text.encode("utf-8"))
        self.saved = dict(self.rs.targets)
        self.version += 1

    def reload(self, rs: RuleSet) -> None:
        """Start again from the file on disk (after it changed there); edits are dropped."""
        self.rs = rs
        self.undo_stack.clear()
        self.redo_stack.clear()
        self._read()


class Sessions:
    """Every planner session of a run, one per targets file: the one truth of what is
    pending, whichever screen shows it."""

    def __init__(self) -> None:
        self._by_file: dict[Path, Planner] = {}

    @staticmethod
    def _file(rs: RuleSet) -> Path:
        return Path(rs.files[-1])  # the unit-year file; catalogues come before it

    def open(self, rs: RuleSet) -> Planner:
        """The session over these rules' targets: the one already open, with its edits,
        or a new one (also when the rules were read again and nothing is pending)."""
        key = self._file(rs).resolve()
        session = self._by_file.get(key)
        if session is None or (session.rs is not rs and not session.dirty):
            session = self._by_file[key] = Planner(rs, self._file(rs))
        return session

    def of(self, rs: RuleSet) -> Planner | None:
        """The session open over these rules, if any."""
        return self._by_file.get(self._file(rs).resolve())

    def unsaved(self) -> list[Planner]:
        return [s for s in self._by_file.values() if s.dirty]

    def saved_as_on_disk(self, path: Path) -> bool:
        """Whether a file is a targets file whose content is what a session last read or wrote
        (so a change seen on disk was the planner's own save)."""
        session = self._by_file.get(path.resolve())
        return session is not None and not session.changed_on_disk()

    def token(self) -> tuple[tuple[int, int], ...]:
        """Changes whenever any session's targets or saved state change."""
        return tuple((id(s), s.version) for s in self._by_file.values())


def _toml_number(v: Decimal) -> Any:
    import tomlkit

    text = plain_number(v)
    return tomlkit.integer(text) if "." not in text else tomlkit.float_(text)


def _write(table: Any, target: Target, saved: Target | None) -> None:
    """Set the fields of one [targets.IKU] table that the edit changed, and only those."""
    import tomlkit

    if saved is None or target.annual != saved.annual:
        a = target.annual
        if isinstance(a, tuple):
            table["annual"] = tomlkit.array(f"[{plain_number(a[0])}, {plain_number(a[1])}]")
        else:
            table["annual"] = _toml_number(a)
    if saved is None or target.breakdown != saved.breakdown:
        table["breakdown"] = target.breakdown
    if target.breakdown in PROFILES:
        if saved is None or target.quarters != saved.quarters or "quarters" not in table:
            table["quarters"] = tomlkit.array("[" + ", ".join(plain_number(v) for v in target.quarters) + "]")
    elif "quarters" in table:
        del table["quarters"]
    if saved is None or target.decimals != saved.decimals:
        if target.decimals is not None:
            table["decimals"] = tomlkit.integer(str(target.decimals))
        elif "decimals" in table:
            del table["decimals"]
