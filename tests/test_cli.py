from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import MINIMAL, ROOT, SAMPLE, Run


def test_tui_on_a_missing_path_is_a_usage_error(run: Run) -> None:
    code, _, err = run("tui", "no-such-file.yaml", "--lang", "en")
    assert code == 2
    assert "no-such-file.yaml does not exist" in err
    code, _, err = run("tui", "no-such-file.yaml")
    assert code == 2 and "no-such-file.yaml tidak ada" in err


def test_usage_errors_exit_2(run: Run) -> None:
    assert run("check")[0] == 2
    assert run("check", "--format", "xml", "x.yaml")[0] == 2
    assert run("frobnicate")[0] == 2


def test_exit_codes(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    clean = tmp_path / "clean.yaml"
    clean.write_text(MINIMAL, "utf-8")
    assert run("check", "--rules", rules_dir, clean)[0] == 0
    warning_only = tmp_path / "warn.yaml"
    warning_only.write_text(MINIMAL.replace("realisasi: 142", "realisasi: 0142"), "utf-8")
    code, out, _ = run("check", "--rules", rules_dir, warning_only)
    assert code == 0 and "LKJ503" in out
    assert run("check", SAMPLE)[0] == 1


def test_json_contract(run: Run) -> None:
    code, out, _ = run("check", "--format", "json", SAMPLE)
    doc = json.loads(out)
    assert code == 1 and set(doc) >= {"summary", "findings"}
    assert doc["summary"]["errors"] == sum(f["severity"] == "error" for f in doc["findings"])
    keys = {
        "code",
        "severity",
        "message",
        "file",
        "line",
        "column",
        "table",
        "row",
        "field",
        "expected",
        "actual",
        "explanation",
        "rule",
    }
    for f in doc["findings"]:
        assert keys <= set(f)
        assert f["severity"] in ("error", "warning", "info")
        assert isinstance(f["line"], int) and isinstance(f["column"], int)
    # Tabel 7's realisasi of IKU1 against its evidence, the placements by country.
    same = next(f for f in doc["findings"] if f["code"] == "LKJ304" and f["row"] == "IKU1")
    assert same["expected"] == 142 and same["actual"] == 300
    assert same["expected_interval"] == [142, 142] and same["actual_interval"] == [300, 300]
    assert same["row_label"].endswith("(IKU1)") and same["rule"].startswith("bp2mi/checks.toml:")
    target = next(f for f in doc["findings"] if f["code"] == "LKJ201" and f["row"] == "IKU5")
    assert target["expected"] == 25 and target["actual"] == 20 and "50 × 2 / 4" in target["explanation"]


def test_select_and_ignore(run: Run) -> None:
    _, out, _ = run("check", "--format", "json", "--select", "LKJ3", "--ignore", "LKJ304", SAMPLE)
    codes = {f["code"] for f in json.loads(out)["findings"]}
    assert codes and all(c.startswith("LKJ3") and c != "LKJ304" for c in codes)
    # A comma-separated list, as ruff takes it; each part is checked.
    _, out, _ = run("check", "--format", "json", "--select", "LKJ101,lkj304", SAMPLE)
    assert {f["code"] for f in json.loads(out)["findings"]} == {"LKJ101", "LKJ304"}
    code, _, err = run("check", "--select", "LKJ101,LKJ1O1", SAMPLE)
    assert code == 2 and "LKJ1O1" in err


def test_parallel_check_gives_the_same_findings(tmp_path: Path, run: Run) -> None:
    for i in range(6):
        (tmp_path / f"r{i}.yaml").write_text(SAMPLE.read_text("utf-8"), "utf-8")
    _, one, _ = run("check", "--format", "json", "--jobs", "1", tmp_path)
    _, two, _ = run("check", "--format", "json", "--jobs", "2", tmp_path)
    assert json.loads(one) == json.loads(two)
    assert json.loads(one)["summary"]["files"] == 6


def test_explain_and_rules(run: Run) -> None:
    code, out, _ = run("explain", "LKJ101")
    assert code == 0 and "capaian-mismatch" in out and "Alasan" in out
    code, out, _ = run("explain", "lkj304", "--lang", "en")
    assert code == 0 and "Rationale" in out and "same figure" in out
    assert run("explain", "LKJ999")[0] == 2
    code, out, _ = run("rules")
    assert code == 0
    from lkjip_tui.checks import all_rules

    assert [line.split()[0] for line in out.splitlines()] == [r.meta.code for r in all_rules()]


def test_targets(run: Run) -> None:
    code, out, _ = run("targets", SAMPLE)
    assert code == 0
    rows = {line.split()[0]: line.split() for line in out.splitlines()[2:]}
    assert rows["IKU1"][1:7] == ["1.500", "even", "375", "375", "375", "375"]
    assert rows["IKU1"][7:] == ["375", "750", "1.125", "1.500"]
    assert rows["IKU5"][3:7] == ["12,5", "12,5", "12,5", "12,5"] and rows["IKU5"][8] == "25"
    assert rows["IKU3"][3:7] == ["2", "0", "0", "0"]
    assert rows["IKU2"][3] == "1,56"
    code, out_toml, _ = run("targets", ROOT / "rules" / "bp3mi-sumbar" / "2023.toml", "--lang", "en")
    assert code == 0 and "12.5" in out_toml


def test_targets_of_a_broken_file(tmp_path: Path, run: Run) -> None:
    code, _, err = run("targets", tmp_path / "nope.yaml")
    assert code == 2 and "nope.yaml" in err


def test_module_entry_point_and_help() -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", "--help"], capture_output=True, text=True, env=env
    )
    assert out.returncode == 0 and "check" in out.stdout and "targets" in out.stdout
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", "check", "--sample"], capture_output=True, text=True, env=env
    )
    assert out.returncode == 1 and "Traceback" not in out.stderr


CORE_PROBE = """
import sys
from lkjip_tui.cli import main
try:
    main(["check", "--format", "json", "--no-color", sys.argv[1]])
except SystemExit:
    pass
heavy = sorted(m for m in ("textual", "rich") if m in sys.modules)
sys.stderr.write("HEAVY=" + ",".join(heavy) + "\\n")
"""


def test_a_check_never_imports_the_ui(tmp_path: Path) -> None:
    """A check loads neither textual nor rich (Typer is the command line; its rich help is lazy)."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJIP_CACHE_DIR": str(tmp_path)}
    out = subprocess.run(
        [sys.executable, "-c", CORE_PROBE, str(SAMPLE)], capture_output=True, text=True, env=env
    )
    assert "HEAVY=\n" in out.stderr, out.stderr


def test_core_modules_do_not_import_textual() -> None:
    probe = (
        "import sys, pkgutil, importlib, lkjip_tui\n"
        "for m in pkgutil.walk_packages(lkjip_tui.__path__, 'lkjip_tui.'):\n"
        "    if '.tui' not in m.name and m.name != 'lkjip_tui.__main__':\n"
        "        importlib.import_module(m.name)\n"
        "print('textual' in sys.modules)\n"
    )
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, env=env)
    assert out.stdout.strip() == "False", out.stderr


def test_lark_is_only_imported_for_formulas_never_parsed(tmp_path: Path, rules_dir: Path) -> None:
    """The shipped rules' formulas come parsed with the package; new ones are parsed once, then cached."""
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJIP_CACHE_DIR": str(tmp_path / "cache")}
    probe = CORE_PROBE.replace('("textual", "rich")', '("lark",)')
    shipped = subprocess.run(
        [sys.executable, "-c", probe, str(SAMPLE)], capture_output=True, text=True, env=env
    )
    assert "HEAVY=\n" in shipped.stderr, shipped.stderr
    checks = rules_dir / "bp2mi" / "checks.toml"
    checks.write_text(
        checks.read_text("utf-8").replace('"anggaran - realisasi"', '"anggaran-realisasi"'), "utf-8"
    )
    data = tmp_path / "report.yaml"
    data.write_text(MINIMAL, "utf-8")
    probe = probe.replace('"--no-color", sys.argv[1]', '"--no-color", "--rules", sys.argv[2], sys.argv[1]')
    args = [sys.executable, "-c", probe, str(data), str(rules_dir)]
    first = subprocess.run(args, capture_output=True, text=True, env=env)
    second = subprocess.run(args, capture_output=True, text=True, env=env)
    assert "HEAVY=lark" in first.stderr, first.stderr
    assert "HEAVY=\n" in second.stderr, second.stderr


@pytest.mark.parametrize("fmt", ["text", "json"])
def test_every_unusable_input_is_reported_once(
    fmt: str, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A missing path (found by the command) and a file a worker cannot read (line 0 too)."""
    import io

    from lkjip_tui import output
    from lkjip_tui.engine import InputError
    from lkjip_tui.output.jsonfmt import JsonEmitter
    from lkjip_tui.output.text import TextEmitter

    missing = InputError("gone.yaml", 0, 0, "err.not_found", {})
    unreadable = InputError("locked.yaml", 0, 0, "err.unreadable", {"reason": "Permission denied"})
    worker = output.Chunk("locked.yaml", None, {}, {}, [], unreadable)
    emitter = TextEmitter("en", color=False) if fmt == "text" else JsonEmitter("en")
    out = io.StringIO()
    summary = output.write([worker], emitter, out, [missing])
    assert summary.files == 2 and len(summary.errors) == 2
    assert out.getvalue().count("gone.yaml") == 1
    assert out.getvalue().count("locked.yaml") == 1


def test_check_of_the_working_directory(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, run: Run) -> None:
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "a.yaml").write_text(MINIMAL, "utf-8")
    monkeypatch.chdir(tmp_path / "data")
    code, out, err = run("check", "--rules", ROOT / "tests" / "cases" / "rules", ".")
    assert "Traceback" not in err and code in (0, 1), err
    assert "a.yaml" in out or "1 berkas" in out


def test_tui_exit_codes_mean_what_check_means(monkeypatch: pytest.MonkeyPatch) -> None:
    """Quitting the interface is 0; an internal error in it is 3, never 0 or 1."""
    from lkjip_tui.cli import commands
    from lkjip_tui.tui.app import LkjipApp

    original = LkjipApp.run

    def headless(self: LkjipApp, **kwargs: object) -> object:
        return original(self, headless=True, size=(100, 30))

    def quit_at_once(self: LkjipApp) -> None:
        self.exit()

    monkeypatch.setattr(LkjipApp, "run", headless)
    monkeypatch.setattr(LkjipApp, "on_ready", quit_at_once, raising=False)
    assert commands.tui(commands.TuiOptions(SAMPLE)) == 0

    def crash(self: LkjipApp) -> None:
        raise RuntimeError("a bug in a screen")

    monkeypatch.setattr(LkjipApp, "on_ready", crash, raising=False)
    assert commands.tui(commands.TuiOptions(SAMPLE)) == 3
