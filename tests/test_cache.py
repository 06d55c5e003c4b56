"""Caches that cannot lie: the entry store, the formula trees and the results cache.

The reproducers of issue 7's cache findings are here: a valid JSON entry with
a broken tree, `[` × 10^5, a valid but wrong tree, a FIFO in place of the
entry, and a key that did not cover the tree format.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from lkjip_tui.formula import cache as cache_mod
from lkjip_tui.formula import grammar
from lkjip_tui.formula.cache import CacheDir, TreeCache, cache_key, valid_tree
from tests.conftest import MINIMAL, ROOT, SAMPLE, Run


@pytest.fixture
def cache_dir(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    root = tmp_path / "cache"
    monkeypatch.setenv("LKJIP_CACHE_DIR", str(root))
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))
    return root


# ------------------------------------------------------------------ the entry store


def test_an_entry_reads_back(cache_dir: Path) -> None:
    store = CacheDir("demo", 1)
    assert store.read("demo/a.json") is None
    assert store.write("demo/a.json", b'{"x": 1}')
    assert store.read("demo/a.json") == b'{"x": 1}'


@pytest.mark.parametrize(
    "damage",
    ["truncated", "flipped", "other kind", "other version", "no header", "empty"],
)
def test_a_damaged_or_foreign_entry_reads_as_absent(damage: str, cache_dir: Path) -> None:
    store = CacheDir("demo", 1)
    store.write("demo/a.json", b'{"payload": "' + b"x" * 100 + b'"}')
    path = cache_dir / "demo" / "a.json"
    raw = path.read_bytes()
    damaged = {
        "truncated": raw[:-10],
        "flipped": raw.replace(b"xxxx", b"xxyx", 1),
        "other kind": raw.replace(b"lkjip-cache demo", b"lkjip-cache omed", 1),
        "other version": raw.replace(b"demo 1 ", b"demo 2 ", 1),
        "no header": raw.partition(b"\n")[2],
        "empty": b"",
    }[damage]
    path.write_bytes(damaged)
    assert store.read("demo/a.json") is None
    assert CacheDir("demo", 2).read("demo/a.json") is None or damage == "other version"


def test_only_regular_files_inside_the_cache_are_read(cache_dir: Path, tmp_path: Path) -> None:
    store = CacheDir("demo", 1)
    store.write("demo/real.json", b"{}")
    outside = tmp_path / "outside.json"
    outside.write_bytes((cache_dir / "demo" / "real.json").read_bytes())
    (cache_dir / "demo" / "link.json").symlink_to(outside)
    assert store.read("demo/link.json") is None  # a valid entry, but behind a symlink
    (cache_dir / "demo" / "dir.json").mkdir()
    assert store.read("demo/dir.json") is None
    os.mkfifo(cache_dir / "demo" / "fifo.json")
    assert store.read("demo/fifo.json") is None  # returns at once: never waits for a writer
    # A subdirectory that leads out of the cache is not read either.
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    shutil.copy(cache_dir / "demo" / "real.json", elsewhere / "real.json")
    (cache_dir / "sneaky").symlink_to(elsewhere, target_is_directory=True)
    assert store.read("sneaky/real.json") is None
    assert store.read("../outside.json") is None  # names cannot climb out


def test_a_write_replaces_a_fifo_or_a_stray_file(cache_dir: Path) -> None:
    store = CacheDir("demo", 1)
    (cache_dir / "demo").mkdir(parents=True)
    os.mkfifo(cache_dir / "demo" / "a.json")
    assert store.write("demo/a.json", b"{}") and store.read("demo/a.json") == b"{}"
    assert not list((cache_dir / "demo").glob(".tmp-*"))


def test_caching_off(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("LKJIP_NO_CACHE", "1")
    store = CacheDir("demo", 1)
    assert not store.write("demo/a.json", b"{}") and store.read("demo/a.json") is None


# ------------------------------------------------------------------ formula trees


def _enveloped(store: CacheDir, payload: bytes) -> bytes:
    key = cache_key()
    assert key is not None
    return store._header(payload, key) + payload


def _tree_entry(cache_dir: Path) -> Path:
    cache = TreeCache(grammar.GRAMMAR_ID)
    path = cache.file()
    assert path is not None
    path.parent.mkdir(parents=True, exist_ok=True)
    return path


@pytest.fixture
def changed_rules(rules_dir: Path, tmp_path: Path) -> tuple[Path, Path]:
    """The test unit with a formula the bundled trees do not hold (so it is parsed and cached)."""
    checks = rules_dir / "bp2mi" / "checks.toml"
    checks.write_text(
        checks.read_text("utf-8").replace('"anggaran - realisasi"', '"anggaran-realisasi"'), "utf-8"
    )
    data = tmp_path / "report.yaml"
    data.write_text(MINIMAL, "utf-8")
    return rules_dir, data


def _check(run: Run, *args: Any) -> dict[str, Any]:
    code, out, err = run("check", "--format", "json", "--no-cache", *args)
    assert code in (0, 1), err
    doc: dict[str, Any] = json.loads(out)
    return doc


def _sample_errors(run: Run) -> int:
    return int(_check(run, SAMPLE)["summary"]["errors"])


@pytest.mark.parametrize("how", ["raw", "enveloped"])
def test_a_broken_tree_in_valid_json_is_ignored_and_rewritten(
    how: str, cache_dir: Path, changed_rules: tuple[Path, Path], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules, data = changed_rules
    path = _tree_entry(cache_dir)
    payload = json.dumps(
        {"grammar": grammar.GRAMMAR_ID, "trees": {"anggaran-realisasi": ["op", "-"]}}
    ).encode()
    path.write_bytes(payload if how == "raw" else _enveloped(TreeCache(grammar.GRAMMAR_ID).store, payload))
    first = _check(run, "--rules", rules, data)
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))
    second = _check(run, "--rules", rules, data)
    assert first == second and not first["internal_errors"]
    trees = json.loads(
        TreeCache(grammar.GRAMMAR_ID).store.read(TreeCache(grammar.GRAMMAR_ID).name()) or b"{}"
    )
    assert valid_tree(trees["trees"]["anggaran-realisasi"])  # rewritten with the real tree


@pytest.mark.parametrize("how", ["raw", "enveloped"])
def test_deep_nesting_in_the_cache_is_ignored(how: str, cache_dir: Path, run: Run) -> None:
    path = _tree_entry(cache_dir)
    payload = b"[" * 100_000
    path.write_bytes(payload if how == "raw" else _enveloped(TreeCache(grammar.GRAMMAR_ID).store, payload))
    assert _sample_errors(run) == 46


def test_a_valid_but_wrong_tree_never_changes_the_findings(
    cache_dir: Path, changed_rules: tuple[Path, Path], run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    rules, data = changed_rules
    honest = _check(run, "--rules", rules, data)
    path = TreeCache(grammar.GRAMMAR_ID).file()
    assert path is not None and path.is_file()
    # Edit the cached tree of "anggaran-realisasi" into that of "anggaran+realisasi": valid JSON,
    # a well-shaped tree, but not what the text says. The checksum no longer agrees.
    raw = path.read_bytes()
    assert b'["op","-",' in raw
    path.write_bytes(raw.replace(b'["op","-",', b'["op","+",', 1))
    monkeypatch.setattr(grammar, "CACHE", TreeCache(grammar.GRAMMAR_ID))
    assert _check(run, "--rules", rules, data) == honest


def test_a_fifo_in_place_of_the_tree_cache_does_not_block(
    cache_dir: Path, changed_rules: tuple[Path, Path]
) -> None:
    rules, data = changed_rules
    path = _tree_entry(cache_dir)
    os.mkfifo(path)
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJIP_CACHE_DIR": str(cache_dir)}
    out = subprocess.run(
        [sys.executable, "-m", "lkjip_tui", "check", "--format", "json", "--rules", str(rules), str(data)],
        capture_output=True,
        text=True,
        env=env,
        timeout=60,
    )
    assert out.returncode in (0, 1), out.stderr
    assert path.is_file() and not path.is_symlink()  # the FIFO was replaced by a real entry


def test_the_tree_cache_key_covers_the_tree_format(cache_dir: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    before = TreeCache(grammar.GRAMMAR_ID)
    before.put("1 + 1", ["op", "+", ["num", "1"], ["num", "1"]])
    before.save()
    old = before.name()
    monkeypatch.setattr(cache_mod, "TREE_FORMAT", cache_mod.TREE_FORMAT + 1)
    after = TreeCache(grammar.GRAMMAR_ID)
    assert after.name() != old
    assert after.get("1 + 1") is None  # the old format's entry is not read
    assert after.store.read(old) is None  # nor would it pass as the new version


def test_tree_shapes() -> None:
    assert valid_tree(grammar._parse_with_lark("sum(anggaran[*].pagu) - facts.x * 2 >= 1 and not present(a)"))
    for bad in (
        [],
        ["op", "-"],
        ["op", "%", ["num", "1"], ["num", "2"]],
        ["num", "1e999999"],
        ["path", "1", [["f", "a"]]],
        ["path", 1, [["k", "a"]]],
        ["call", 1, "sum", "x"],
        ["nope"],
        "num",
    ):
        assert not valid_tree(bad), bad
    deep: list[Any] = ["num", "1"]
    for _ in range(100_000):
        deep = ["neg", deep]
    assert not valid_tree(deep)  # too many nodes; and walked without recursion


# ------------------------------------------------------------------ the results cache


@pytest.fixture
def repo(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data"
    data.mkdir()
    for name in ("a", "b", "c", "d", "e"):
        shutil.copy(SAMPLE, data / f"{name}.yaml")
    return data


class _Counter:
    def __init__(self, monkeypatch: pytest.MonkeyPatch) -> None:
        from lkjip_tui.engine.check import Engine

        self.files: list[str] = []
        real = Engine.check_file

        def counted(engine: Any, path: Path, keep: bool = False) -> Any:
            self.files.append(path.name)
            return real(engine, path, keep)

        monkeypatch.setattr(Engine, "check_file", counted)


def _run_json(run: Run, *args: Any) -> tuple[int, dict[str, Any]]:
    code, out, _ = run("check", "--format", "json", "--jobs", "1", *args)
    return code, json.loads(out)


def test_an_unchanged_file_is_not_checked_again(
    repo: Path, cache_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = _Counter(monkeypatch)
    code, cold = _run_json(run, repo)
    assert counter.files == ["a.yaml", "b.yaml", "c.yaml", "d.yaml", "e.yaml"]
    counter.files.clear()
    warm_code, warm = _run_json(run, repo)
    assert counter.files == [] and (warm_code, warm) == (code, cold)
    # Text keeps its own entries; the JSON ones are still there afterwards.
    run("check", "--jobs", "1", repo)
    counter.files.clear()
    _run_json(run, repo)
    assert counter.files == []


def test_what_a_result_depends_on_is_in_its_key(
    repo: Path, cache_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    counter = _Counter(monkeypatch)
    _, _cold = _run_json(run, repo)

    def rechecked(*args: Any) -> list[str]:
        counter.files.clear()
        _run_json(run, *args, repo)
        return sorted(counter.files)

    (repo / "b.yaml").write_text(
        SAMPLE.read_text("utf-8").replace("capaian: 38%", "capaian: 39%", 1), "utf-8"
    )
    assert rechecked() == ["b.yaml"]  # its content
    assert rechecked() == []
    rules = repo.parent / "rules" / "bp3mi-sumbar" / "2023.toml"
    rules.write_text(rules.read_text("utf-8") + "\n# reviewed\n", "utf-8")
    assert len(rechecked()) == 5  # its rules
    (repo / "lkjip-waivers.toml").write_text(
        '[[waiver]]\ncode = "LKJ304"\nfile = "a.yaml"\nrow = "IKU1"\njustification = "x"\nby = "y"\n', "utf-8"
    )
    assert len(rechecked()) == 5  # the waivers beside them
    assert len(rechecked("--select", "LKJ3")) == 5  # the rules selected
    assert len(rechecked("--lang", "en")) == 5  # the rendering
    monkeypatch.setattr("lkjip_tui.engine.cache._code_digest", "another lkjip")
    assert len(rechecked()) == 5  # lkjip itself


def test_an_expiring_waiver_is_in_the_key(
    repo: Path, cache_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    import datetime

    from lkjip_tui.engine import check

    (repo / "lkjip-waivers.toml").write_text(
        '[[waiver]]\ncode = "LKJ304"\nfile = "a.yaml"\ntable = "pengukuran"\nrow = "IKU1"\n'
        'justification = "x"\nby = "y"\nexpires = 2030-01-01\n',
        "utf-8",
    )
    _, before = _run_json(run, repo)
    assert before["summary"]["waived"] == 1

    monkeypatch.setattr(check, "today", lambda: datetime.date(2030, 1, 2))
    _, after = _run_json(run, repo)
    assert after["summary"]["waived"] == 0 and after["summary"]["by_code"]["LKJ002"] == 1


@pytest.mark.parametrize("damage", ["flip", "truncate", "garbage"])
def test_a_damaged_result_is_checked_again_and_rewritten(
    damage: str, repo: Path, cache_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    _, cold = _run_json(run, repo)
    entries = sorted((cache_dir / "results").glob("*.json"))
    assert len(entries) == 5
    for entry in entries:
        raw = entry.read_bytes()
        entry.write_bytes(
            {
                "flip": raw.replace(b'"LKJ101"', b'"LKJ102"', 1),
                "truncate": raw[: len(raw) // 2],
                "garbage": b"\x00" * 50,
            }[damage]
        )
    counter = _Counter(monkeypatch)
    _, warm = _run_json(run, repo)
    assert warm == cold and len(counter.files) == 5
    counter.files.clear()
    _run_json(run, repo)
    assert counter.files == []  # rewritten whole


def test_no_cache(repo: Path, cache_dir: Path, run: Run) -> None:
    _run_json(run, "--no-cache", repo)
    assert not (cache_dir / "results").exists()
    (repo.parent / "lkjip.toml").write_text("cache = false\n", "utf-8")
    _run_json(run, repo)
    assert not (cache_dir / "results").exists()


def test_concurrent_runs_never_corrupt_the_cache(repo: Path, tmp_path: Path) -> None:
    env = {**os.environ, "PYTHONPATH": str(ROOT), "LKJIP_CACHE_DIR": str(tmp_path / "shared-cache")}
    cmd = [sys.executable, "-m", "lkjip_tui", "check", "--format", "json", "--jobs", "2", str(repo)]
    reference = subprocess.run([*cmd, "--no-cache"], capture_output=True, text=True, env=env).stdout
    procs = [subprocess.Popen(cmd, stdout=subprocess.PIPE, text=True, env=env) for _ in range(4)]
    outputs = [p.communicate(timeout=120)[0] for p in procs]
    assert all(json.loads(o) == json.loads(reference) for o in outputs)
    again = subprocess.run(cmd, capture_output=True, text=True, env=env).stdout
    assert json.loads(again) == json.loads(reference)
    assert not list((tmp_path / "shared-cache" / "results").glob(".tmp-*"))


def test_findings_survive_the_cache_exactly(repo: Path, cache_dir: Path, run: Run) -> None:
    """A rules file's findings (shared, not rendered per file) come back from an entry as they were."""
    rules = repo.parent / "rules" / "bp3mi-sumbar" / "2023.toml"
    text = rules.read_text("utf-8")
    broken = text.replace('breakdown = "even"', 'breakdown = "profile"\nquarters = [1, 2, 3, 4]', 1)
    assert broken != text
    rules.write_text(broken, "utf-8")
    _, cold = _run_json(run, repo)
    _, warm = _run_json(run, repo)
    assert warm == cold and any(f["code"] == "LKJ203" for f in cold["findings"])


def test_a_draft_is_checked_afresh_every_time(
    repo: Path, cache_dir: Path, run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A draft's findings also follow its catalogue's draft mapping, which no key covers."""
    counter = _Counter(monkeypatch)
    draft = repo.parent / "bp3mi-sumbar-2023-tw2.txt"
    shutil.copy(ROOT / "tests" / "drafts" / draft.name, draft)
    first = _run_json(run, draft)
    second = _run_json(run, draft)
    assert counter.files == [draft.name, draft.name] and first == second
