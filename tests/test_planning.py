"""The planner's editing session: validation, undo/redo, saving that keeps the file."""

from __future__ import annotations

import shutil
from decimal import Decimal
from pathlib import Path

import pytest

from lkjip_tui.engine import Engine
from lkjip_tui.model.breakdown import quarterly
from lkjip_tui.planning.targets import Conflict, Planner, TargetForm
from tests.conftest import ROOT, SAMPLE


@pytest.fixture
def planner(tmp_path: Path) -> Planner:
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules", rules)
    data = tmp_path / "data" / "bp3mi-sumbar"
    data.mkdir(parents=True)
    shutil.copy(SAMPLE, data / "2023-tw2.yaml")
    _, rs = Engine().load(data / "2023-tw2.yaml")
    return Planner(rs, rules / "bp3mi-sumbar" / "2023.toml")


def edit(p: Planner, iku: str, **changes: object) -> TargetForm:
    return p.form(iku).replace(**changes)  # type: ignore[no-any-return]


def test_an_accepted_edit_changes_the_rules_at_once(planner: Planner) -> None:
    assert planner.apply(edit(planner, "IKU1", annual="1.200,0")) == {}
    target = planner.rs.targets["IKU1"]
    assert target.annual == Decimal(1200)
    assert quarterly(target, planner.rs.iku["IKU1"]).reported(2) == 300
    assert planner.pending() == ["IKU1"] and planner.dirty


@pytest.mark.parametrize(
    ("changes", "field", "key"),
    [
        ({"annual": "seribu"}, "annual", "plan.not_number"),
        ({"annual": "1.500"}, "annual", "plan.ambiguous"),
        ({"annual": "-5"}, "annual", "plan.negative"),
        ({"breakdown": "monthly"}, "breakdown", "plan.breakdown"),
        ({"breakdown": "profile", "quarters": ("300", "400", "400", "300")}, "q1", "lkj203.profile_sum"),
        ({"breakdown": "profile", "quarters": ("300", "", "", "")}, "q1", "plan.quarters_needed"),
        (
            {"breakdown": "cumulative_profile", "quarters": ("500", "400", "1000", "1500")},
            "q1",
            "lkj203.cumulative_down",
        ),
        ({"decimals": "dua"}, "decimals", "plan.decimals"),
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


def test_a_failed_write_leaves_the_file_and_no_temporary(
    planner: Planner, monkeypatch: pytest.MonkeyPatch
) -> None:
    before = planner.path.read_bytes()
    planner.apply(edit(planner, "IKU1", annual="1200"))

    def broken(*args: object) -> None:
        raise OSError("disk full")

    monkeypatch.setattr("lkjip_tui.planning.targets.os.replace", broken)
    with pytest.raises(OSError):
        planner.save()
    assert planner.path.read_bytes() == before
    assert [p.name for p in planner.path.parent.iterdir()] == ["2023.toml"]
    assert planner.dirty


def test_reload_drops_edits(planner: Planner) -> None:
    planner.apply(edit(planner, "IKU1", annual="1200"))
    _, rs = Engine().load(planner.path.parent.parent.parent / "data" / "bp3mi-sumbar" / "2023-tw2.yaml")
    planner.reload(rs)
    assert not planner.dirty and planner.form("IKU1").annual == "1500"
