"""The planner's editing sessions: validation, bounds, undo/redo, saving that keeps the file."""

from __future__ import annotations

import os
import shutil
import stat
from decimal import Decimal
from pathlib import Path

import pytest

from lkjip_tui import messages
from lkjip_tui.engine import Engine
from lkjip_tui.model import files
from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.planning.summary import iku_rows
from lkjip_tui.planning.targets import Conflict, Planner, Sessions, TargetForm, form_of, save_problem
from lkjip_tui.values.interval import Interval
from tests.conftest import ROOT, SAMPLE


@pytest.fixture
def data_file(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data" / "bp3mi-sumbar"
    data.mkdir(parents=True)
    shutil.copy(SAMPLE, data / "2023-tw2.yaml")
    return data / "2023-tw2.yaml"


@pytest.fixture
def planner(data_file: Path) -> Planner:
    _, rs = Engine().load(data_file)
    return Planner(rs, data_file.parent.parent.parent / "rules" / "bp3mi-sumbar" / "2023.toml")


def edit(p: Planner, iku: str, **changes: object) -> TargetForm:
    return p.form(iku).replace(**changes)  # type: ignore[no-any-return]


def leftovers(d: Path) -> list[str]:
    return sorted(p.name for p in d.iterdir() if p.name != "2023.toml")


def test_an_accepted_edit_changes_the_rules_at_once(planner: Planner) -> None:
    assert planner.apply(edit(planner, "IKU1", annual="1.200,0")) == {}
    target = planner.rs.targets["IKU1"]
    assert target.annual == Decimal(1200)
    assert quarterly(target, planner.rs.iku["IKU1"]).reported(2) == 300
    assert planner.pending() == ["IKU1"] and planner.dirty


def test_edits_compare_as_values_not_as_text(planner: Planner) -> None:
    version = planner.version
    assert planner.apply(edit(planner, "IKU1", annual="1500,0")) == {}
    assert not planner.dirty and not planner.undo_stack and planner.version == version
    planner.apply(edit(planner, "IKU1", annual="1200"))
    planner.apply(edit(planner, "IKU1", annual="1500"))  # typed back: nothing pending
    assert not planner.dirty and len(planner.undo_stack) == 2


def test_forms_are_written_as_the_language_types_numbers(planner: Planner) -> None:
    target = planner.rs.targets["IKU2"]
    assert form_of(target, "id").annual == "6,25" and form_of(target, "en").annual == "6.25"
    # No thousands marks: "1.500" alone would be ambiguous when read back.
    assert planner.form("IKU1", "id").annual == "1500"
    assert planner.apply(edit(planner, "IKU2", annual=form_of(target, "en").annual)) == {}
    assert not planner.dirty


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"annual": "seribu"}, "annual", "plan.not_number"),
        ({"annual": "1.500"}, "annual", "plan.ambiguous"),
        ({"annual": "-5"}, "annual", "plan.negative"),
        ({"annual": "1" + "0" * 29}, "annual", "plan.too_large"),
        ({"annual": "1" + "0" * 18}, "annual", "plan.too_large"),
        ({"annual": "0,0000001"}, "annual", "plan.too_precise"),
        ({"annual": "9" * 200}, "annual", "plan.too_long"),
        ({"breakdown": "monthly"}, "breakdown", "plan.breakdown"),
        ({"breakdown": "profile", "quarters": ("300", "400", "400", "300")}, "q1", "lkj203.profile_sum"),
        ({"breakdown": "profile", "quarters": ("300", "", "", "")}, "q1", "plan.quarters_needed"),
        ({"breakdown": "profile", "quarters": ("1" + "0" * 29, "0", "0", "0")}, "q1", "plan.too_large"),
        (
            {"breakdown": "cumulative_profile", "quarters": ("500", "400", "1000", "1500")},
            "q1",
            "lkj203.cumulative_down",
        ),
        ({"decimals": "dua"}, "decimals", "plan.decimals"),
        ({"decimals": "7"}, "decimals", "plan.decimals"),
        ({"decimals": "9223372036854775807"}, "decimals", "plan.decimals"),
    ],
)
def test_a_refused_edit_says_why_and_changes_nothing(
    planner: Planner, changes: dict[str, object], field: str, key: str
) -> None:
    before = planner.rs.targets["IKU1"]
    errors = planner.apply(edit(planner, "IKU1", **changes))
    assert errors[field].key == key
    assert planner.rs.targets["IKU1"] is before
    assert not planner.dirty and not planner.undo_stack
    # Every refusal renders in both languages, with the bound where there is one.
    for lang in ("id", "en"):
        text = messages.render(errors[field], lang)
        assert "{" not in text and not text.startswith("plan.")
    if key == "plan.too_large":
        assert "10^18" in messages.render(errors[field], "id")


def test_the_largest_target_allowed_is_shown_everywhere(planner: Planner) -> None:
    """Just under the bound: accepted, and every figure of it prints (10^29 crashed the app)."""
    assert planner.apply(edit(planner, "IKU1", annual="9" * 18)) == {}
    rs = planner.rs
    plan = quarterly(rs.targets["IKU1"], rs.iku["IKU1"])
    for v in [*plan.per_quarter, *plan.cumulative]:
        assert isinstance(v, Decimal)
        messages.number(v, "id")
    report, _ = Engine().load(Path(rs.files[-1]).parent.parent.parent / "data/bp3mi-sumbar/2023-tw2.yaml")
    row = next(r for r in iku_rows(report, rs, []) if r.iku.id == "IKU1")
    assert isinstance(row.computed, Interval) and row.computed.hi < 1


def test_a_score_cannot_be_split(planner: Planner) -> None:
    errors = planner.apply(edit(planner, "IKU6", breakdown="even"))
    assert errors["breakdown"].key == "lkj203.level_split"


def test_undo_and_redo(planner: Planner) -> None:
    planner.apply(edit(planner, "IKU1", annual="1200"))
    planner.apply(edit(planner, "IKU5", breakdown="even"))
    assert planner.undo() == "IKU5" and planner.rs.targets["IKU5"].breakdown == "cumulative"
    assert planner.undo() == "IKU1" and planner.rs.targets["IKU1"].annual == 1500
    assert planner.undo() is None and not planner.dirty
    assert planner.redo() == "IKU1" and planner.rs.targets["IKU1"].annual == 1200
    planner.apply(edit(planner, "IKU4", annual="64"))
    assert planner.redo() is None  # a new edit ends the redo history


def test_the_planned_capaian_follows_the_edited_target(planner: Planner, data_file: Path) -> None:
    report, _ = Engine().load(data_file)

    def planned() -> Decimal:
        # The target's authority is the plan: the capaian follows the edit, not the printed 375.
        row = next(r for r in iku_rows(report, planner.rs, []) if r.iku.id == "IKU1")
        assert isinstance(row.computed, Interval)
        assert row.computed.hi - row.computed.lo < Decimal("1e-20")  # a planned target is exact
        return round(row.computed.mid, 2)

    assert planned() == Decimal("37.87")
    planner.apply(edit(planner, "IKU1", annual="1200"))  # 300 a quarter
    assert planned() == Decimal("47.33")


def test_saving_changes_only_the_edited_values_byte_for_byte(planner: Planner) -> None:
    before = planner.path.read_bytes()
    planner.apply(edit(planner, "IKU1", annual="1200"))
    planner.apply(edit(planner, "IKU3", quarters=("1", "1", "0", "0")))
    planner.apply(edit(planner, "IKU2", annual="6,5"))
    planner.save()
    after = planner.path.read_bytes()
    old_lines, new_lines = before.decode().splitlines(keepends=True), after.decode().splitlines(keepends=True)
    assert len(old_lines) == len(new_lines)
    changed = [(o, n) for o, n in zip(old_lines, new_lines, strict=True) if o != n]
    assert changed == [
        ("annual = 1500\n", "annual = 1200\n"),
        ("annual = 6.25\n", "annual = 6.5\n"),
        ("quarters = [2, 0, 0, 0]\n", "quarters = [1, 1, 0, 0]\n"),
    ]
    assert not planner.dirty
    assert leftovers(planner.path.parent) == []  # no .2023.toml.*.tmp left behind
    # Reopening finds the change.
    _, rs = Engine().load(planner.path.parent.parent.parent / "data" / "bp3mi-sumbar" / "2023-tw2.yaml")
    assert rs.targets["IKU1"].annual == 1200 and rs.targets["IKU3"].quarters == (1, 1, 0, 0)


def test_switching_breakdown_writes_and_removes_quarters(planner: Planner) -> None:
    planner.apply(edit(planner, "IKU4", breakdown="profile", quarters=("10", "20", "20", "10")))
    text = planner.text()
    assert 'breakdown = "profile"\nquarters = [10, 20, 20, 10]' in text
    planner.apply(edit(planner, "IKU3", breakdown="even", quarters=()))
    assert "quarters = [2, 0, 0, 0]" not in planner.text()


def test_diff_summarises_the_changes(planner: Planner) -> None:
    planner.apply(edit(planner, "IKU8", annual="85"))
    diff = planner.diff()
    assert "-annual = 80\n" in diff and "+annual = 85\n" in diff


def test_save_refuses_a_file_changed_on_disk(planner: Planner) -> None:
    planner.apply(edit(planner, "IKU1", annual="1200"))
    planner.path.write_text(planner.path.read_text("utf-8") + "\n# edited elsewhere\n", "utf-8")
    theirs = planner.path.read_bytes()
    assert planner.changed_on_disk()
    with pytest.raises(Conflict):
        planner.save()
    assert planner.path.read_bytes() == theirs


def test_a_failed_write_leaves_the_file_the_edits_and_no_temporary(
    planner: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = planner.path.read_bytes()
    planner.apply(edit(planner, "IKU1", annual="1200"))

    def broken(*args: object) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(files.os, "replace", broken)
    with pytest.raises(OSError) as caught:
        planner.save()
    assert planner.path.read_bytes() == before
    assert leftovers(planner.path.parent) == []
    assert planner.dirty
    assert "No space left on device" in messages.render(save_problem(caught.value, planner.path), "en")


def test_save_writes_through_a_symlink_to_its_target(tmp_path: Path, data_file: Path) -> None:
    # The unit's rules live elsewhere; rules/bp3mi-sumbar/2023.toml is a link to them.
    rules_file = data_file.parent.parent.parent / "rules" / "bp3mi-sumbar" / "2023.toml"
    real = tmp_path / "shared" / "2023.toml"
    real.parent.mkdir()
    shutil.move(rules_file, real)
    rules_file.symlink_to(real)
    _, rs = Engine().load(data_file)
    planner = Planner(rs, rules_file)
    planner.apply(edit(planner, "IKU1", annual="1200"))
    planner.save()
    assert rules_file.is_symlink() and os.readlink(rules_file) == str(real)
    assert "annual = 1200\n" in real.read_text("utf-8")
    assert leftovers(rules_file.parent) == [] and leftovers(real.parent) == []
    planner.apply(edit(planner, "IKU1", annual="1300"))  # the link's target is what is compared
    planner.save()
    assert "annual = 1300\n" in real.read_text("utf-8")


def test_save_keeps_the_mode_and_the_owner(planner: Planner) -> None:
    planner.path.chmod(0o640)
    owner = (os.getuid(), os.getgid())
    if os.geteuid() == 0:  # as root the file can belong to someone else: keep it theirs
        os.chown(planner.path, 4242, 4343)
        owner = (4242, 4343)
    planner.apply(edit(planner, "IKU1", annual="1200"))
    planner.save()
    st = planner.path.stat()
    assert stat.S_IMODE(st.st_mode) == 0o640 and (st.st_uid, st.st_gid) == owner


def test_a_read_only_file_is_refused_with_a_message(planner: Planner) -> None:
    before = planner.path.read_bytes()
    planner.path.chmod(0o444)
    planner.apply(edit(planner, "IKU1", annual="1200"))
    with pytest.raises(OSError) as caught:
        planner.save()
    assert planner.path.read_bytes() == before and planner.dirty
    assert leftovers(planner.path.parent) == []
    assert messages.render(save_problem(caught.value, planner.path), "id") == (
        "2023.toml hanya-baca: tidak disimpan, perubahan tetap tertunda"
    )


def test_reload_drops_edits(planner: Planner) -> None:
    planner.apply(edit(planner, "IKU1", annual="1200"))
    _, rs = Engine().load(planner.path.parent.parent.parent / "data" / "bp3mi-sumbar" / "2023-tw2.yaml")
    planner.reload(rs)
    assert not planner.dirty and planner.form("IKU1").annual == "1500"


def test_sessions_keep_edits_across_openings(data_file: Path) -> None:
    engine = Engine()
    _, rs = engine.load(data_file)
    sessions = Sessions()
    assert sessions.of(rs) is None and sessions.unsaved() == []
    first = sessions.open(rs)
    token = sessions.token()
    first.apply(first.form("IKU1").replace(annual="1200"))
    assert sessions.token() != token
    # Leaving the planner and opening it again: the same session, its edit still pending.
    assert sessions.open(rs) is first and sessions.of(rs) is first
    assert sessions.unsaved() == [first] and first.pending() == ["IKU1"]
    # Rules read again from disk while edits are pending: the edits are not dropped.
    engine.forget_rules()
    _, fresh = engine.load(data_file)
    assert sessions.open(fresh) is first
    # Saved, then read again: a new session over the new rules.
    first.save()
    assert sessions.saved_as_on_disk(first.path) and sessions.unsaved() == []
    assert sessions.open(fresh) is not first and sessions.open(fresh).rs is fresh
    first.path.write_text(first.path.read_text("utf-8") + "# by hand\n", "utf-8")
    assert not sessions.saved_as_on_disk(first.path)
