"""Hostile files and outputs (issue 18): forged caches, outputs onto inputs, FIFOs, full disks,
malformed and oversized Word drafts — each a clean error (exit 2), never a hang or exit 3."""

from __future__ import annotations

import io
import json
import os
import shutil
import stat
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import docx
import pytest

from lkjip_tui.formula.cache import CacheDir
from tests.conftest import ROOT, SAMPLE, Run
from tests.hostile import HEAD

LKJIP = [sys.executable, "-m", "lkjip_tui"]


def test_a_forged_cache_entry_is_ignored_and_rewritten(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "x.yaml"
    shutil.copy(SAMPLE, data)
    code, first, _ = run("check", "--format", "json", data)
    assert code == 1
    entries = list(Path(os.environ["LKJIP_CACHE_DIR"]).glob("results/*.json"))
    assert entries
    for entry in entries:  # what a forger can do: edit the body, recompute a plain checksum
        raw = entry.read_bytes()
        header, _, payload = raw.partition(b"\n")
        forged = payload.replace(b'"error"', b'"info"')
        fields = header.rsplit(b" ", 1)[0]
        import hashlib

        entry.write_bytes(fields + b" " + hashlib.sha256(forged).hexdigest().encode() + b"\n" + forged)
    code, again, _ = run("check", "--format", "json", data)
    assert code == 1 and json.loads(again)["summary"] == json.loads(first)["summary"]


def test_the_cache_key_is_the_users_own(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    from lkjip_tui.formula import cache

    monkeypatch.delenv("LKJIP_CACHE_KEY")
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setattr(cache, "_key", None)
    store = CacheDir("results", 1, tmp_path / "cache")
    assert store.write("results/a.json", b"payload") and store.read("results/a.json") == b"payload"
    key = tmp_path / "config" / "lkjip" / "cache.key"
    assert stat.S_IMODE(key.stat().st_mode) == 0o600 and not (tmp_path / "cache" / "cache.key").exists()
    monkeypatch.setattr(cache, "_key", None)
    key.write_text("another key of the same user, thirty-two bytes long")
    assert store.read("results/a.json") is None  # written under the old key: not trusted
    monkeypatch.setattr(cache, "_key", None)
    key.chmod(0o644)  # readable by others: no cache at all
    assert store.read("results/a.json") is None and not store.write("results/a.json", b"x")


def test_no_output_onto_an_input(run: Run, tmp_path: Path) -> None:
    data = tmp_path / "x.yaml"
    shutil.copy(SAMPLE, data)
    before = data.read_bytes()
    (tmp_path / "link.yaml").symlink_to(data)
    for out in (data, tmp_path / "link.yaml", tmp_path / "sub" / ".." / "x.yaml"):
        code, _, err = run("check", data, "--output", out, "--lang", "en")
        assert code == 2 and "being read" in err
    code, _, err = run("check", tmp_path, "--output", data, "--lang", "en")
    assert code == 2 and data.read_bytes() == before


def test_import_never_writes_over_its_draft(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / "contoh-2023-tw2.txt"
    draft.write_text(HEAD, "utf-8")
    (tmp_path / "link.yaml").symlink_to(draft)
    code, _, err = run(
        "import", "--rules", rules_dir, draft, "-o", tmp_path / "link.yaml", "--force", "--lang", "en"
    )
    assert code == 2 and "being read" in err and draft.read_text("utf-8") == HEAD


def test_import_to_a_device_says_it_cannot_write(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    draft = tmp_path / "contoh-2023-tw2.txt"
    draft.write_text(HEAD, "utf-8")
    code, _, err = run("import", "--rules", rules_dir, draft, "-o", "/dev/full", "--force", "--lang", "en")
    assert code == 2 and "cannot write" in err and "exists" not in err


@pytest.mark.parametrize("how", ["full", "closed"])
def test_a_failed_write_of_standard_output_exits_2(how: str, tmp_path: Path) -> None:
    if how == "full":
        with open("/dev/full", "w") as full:
            proc = subprocess.run(
                [*LKJIP, "check", "--sample", "--lang", "en"],
                stdout=full,
                stderr=subprocess.PIPE,
                text=True,
                timeout=60,
            )
    else:
        proc = subprocess.run(
            [*LKJIP, "check", "--sample", "--lang", "en"],
            stdout=subprocess.DEVNULL,
            stderr=subprocess.PIPE,
            text=True,
            timeout=60,
            preexec_fn=lambda: os.close(1),
        )
    assert proc.returncode == 2, proc.stderr
    assert "standard output could not be written" in proc.stderr and "Traceback" not in proc.stderr


def test_a_fifo_on_the_command_line_is_refused_not_waited_for(tmp_path: Path) -> None:
    fifo = tmp_path / "x.yaml"
    os.mkfifo(fifo)
    start = time.monotonic()
    proc = subprocess.run(
        [*LKJIP, "check", "--format", "json", str(fifo)], capture_output=True, text=True, timeout=60
    )
    assert time.monotonic() - start < 30
    assert proc.returncode == 2 and json.loads(proc.stdout)["errors"][0]["key"] == "err.not_regular"


@pytest.mark.parametrize("where", ["lkjip.toml", "rules/bp3mi-sumbar/2023.toml"])
def test_a_fifo_where_a_configuration_or_rules_file_is_expected_is_an_error(
    tmp_path: Path, where: str
) -> None:
    """Not waited for, and not passed over as if absent: the shipped rules of the unit (or no
    configuration) would be a silent guess."""
    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    (tmp_path / "data").mkdir()
    shutil.copy(SAMPLE, tmp_path / "data" / "2023-tw2.yaml")
    (tmp_path / where).unlink(missing_ok=True)
    os.mkfifo(tmp_path / where)
    proc = subprocess.run(
        [*LKJIP, "check", "--format", "json", "data"],
        capture_output=True,
        text=True,
        timeout=60,
        cwd=tmp_path,
    )
    assert proc.returncode == 2, proc.stderr
    said = proc.stdout + proc.stderr
    assert where in said and ("bukan berkas biasa" in said or "err.not_regular" in said), said


def test_saving_keeps_the_setgid_bit(tmp_path: Path) -> None:
    from lkjip_tui.model.files import write_atomic

    target = tmp_path / "targets.toml"
    target.write_text("a = 1\n")
    target.chmod(0o2664)
    write_atomic(target, "a = 2\n")
    assert stat.S_IMODE(target.stat().st_mode) == 0o2664


def test_annotate_replaces_an_existing_file_only_with_force(
    run: Run, rules_dir: Path, tmp_path: Path
) -> None:
    d = docx.Document()
    d.add_paragraph("x")
    draft = tmp_path / "contoh-2023-tw2.docx"
    d.save(str(draft))
    out = tmp_path / "out.docx"
    out.write_bytes(b"mine")
    code, _, err = run("check", "--rules", rules_dir, draft, "--annotate", out, "--lang", "en")
    assert code == 2 and "--force" in err and out.read_bytes() == b"mine"


def test_a_failed_annotated_copy_says_it_cannot_write(run: Run, sample_docx: Path, tmp_path: Path) -> None:
    """It used to say the file "cannot be read"."""
    out = tmp_path / "no-such-folder" / "out.docx"
    code, _, err = run("check", sample_docx, "--annotate", out, "--lang", "en", "-q")
    assert code == 2 and f"cannot write {out}: No such file or directory" in err, err
    assert "cannot read" not in err


def _docx_with(tmp_path: Path, edit: dict[str, bytes] | None = None) -> Path:
    d = docx.Document()
    d.add_paragraph("Tabel 1. Capaian Kinerja Triwulan II")
    t = d.add_table(rows=2, cols=2)
    t.cell(0, 0).text = "No."
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path = tmp_path / "contoh-2023-tw2.docx"
    with zipfile.ZipFile(path, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            z.writestr(info, (edit or {}).get(info.filename, data))
    return path


@pytest.mark.parametrize("value", ["1000000000", str(2**31), str(2**63)])
@pytest.mark.parametrize("tag", ["gridSpan", "gridBefore", "gridAfter"])
def test_a_huge_span_is_refused_naming_the_table(
    run: Run, rules_dir: Path, tmp_path: Path, tag: str, value: str
) -> None:
    raw = zipfile.ZipFile(_docx_with(tmp_path)).read("word/document.xml")
    if tag == "gridSpan":
        raw = raw.replace(b"<w:tcPr>", b'<w:tcPr><w:gridSpan w:val="%s"/>' % value.encode(), 1)
    else:
        raw = raw.replace(
            b"<w:tr>", b'<w:tr><w:trPr><w:%s w:val="%s"/></w:trPr>' % (tag.encode(), value.encode()), 1
        )
    path = _docx_with(tmp_path, edit={"word/document.xml": raw})
    start = time.process_time()
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, path, "--lang", "en")
    assert time.process_time() - start < 2
    doc = json.loads(out)
    assert doc["internal_errors"] == []
    if tag == "gridAfter":  # not read at all: no cells are made for it
        return
    assert code == 2
    [error] = doc["errors"]
    assert error["key"] == "err.docx_table_columns" and "table 1 of the draft" in error["message"]


@pytest.mark.parametrize(
    "xml",
    [
        '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"/>',
        '<?xml version="1.0"?><html/>',
    ],
)
def test_a_draft_without_a_body_or_of_another_root_is_bad_input(
    run: Run, rules_dir: Path, tmp_path: Path, xml: str
) -> None:
    path = _docx_with(tmp_path, edit={"word/document.xml": xml.encode()})
    code, out, err = run("check", "--format", "json", "--rules", rules_dir, path)
    assert code == 2, err
    assert json.loads(out)["internal_errors"] == []


def test_broken_footnotes_are_the_drafts_error(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("x")
    buf = io.BytesIO()
    d.save(buf)
    src = zipfile.ZipFile(io.BytesIO(buf.getvalue()))
    path = tmp_path / "contoh-2023-tw2.docx"
    with zipfile.ZipFile(path, "w") as z:
        for info in src.infolist():
            data = src.read(info.filename)
            if info.filename == "word/_rels/document.xml.rels":
                data = data.replace(
                    b"</Relationships>",
                    b'<Relationship Id="rIdF" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes" Target="footnotes.xml"/></Relationships>',
                )
            if info.filename == "[Content_Types].xml":
                data = data.replace(
                    b"</Types>",
                    b'<Override PartName="/word/footnotes.xml" ContentType="application/xml"/></Types>',
                )
            z.writestr(info, data)
        z.writestr("word/footnotes.xml", b"<w:footnotes><broken")
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, path)
    doc = json.loads(out)
    assert code == 2 and doc["internal_errors"] == []
    [error] = doc["errors"]
    assert error["file"].endswith("contoh-2023-tw2.docx") and "footnotes.xml" in error["message"]


def _mapping_with(rules_dir: Path, pattern: str) -> int:
    mapping = rules_dir / "bp2mi" / "draft" / "mapping.toml"
    old = "'Pagu anggaran pada awal tahun adalah sebesar {pagu}'"
    text = mapping.read_text("utf-8")
    assert old in text
    mapping.write_text(text.replace(old, pattern, 1), "utf-8")
    return next(i for i, row in enumerate(mapping.read_text("utf-8").splitlines(), start=1) if pattern in row)


def test_a_users_catastrophic_pattern_runs_in_linear_time(run: Run, rules_dir: Path) -> None:
    """`Pagu (\\w+\\s?)+: {pagu}` kept the unmodified sample from ever finishing."""
    _mapping_with(rules_dir, r"'Pagu (\w+\s?)+: {pagu}'")
    shutil.copytree(ROOT / "rules" / "bp3mi-sumbar", rules_dir / "bp3mi-sumbar")
    start = time.process_time()
    code, out, err = run(
        "check",
        "--format",
        "json",
        "--rules",
        rules_dir,
        ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt",
    )
    assert time.process_time() - start < 2
    assert code == 1 and json.loads(out)["internal_errors"] == [], err


@pytest.mark.parametrize("pattern", [r"'(?<!x)Pagu {pagu}'", r"'(a)\1 {pagu}'", r"'(?=Pagu) {pagu}'"])
def test_what_re2_cannot_run_is_refused_at_its_line(
    run: Run, rules_dir: Path, tmp_path: Path, pattern: str
) -> None:
    line = _mapping_with(rules_dir, pattern)
    draft = tmp_path / "contoh-2023-tw2.txt"
    draft.write_text(HEAD, "utf-8")
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, draft)
    assert code == 2
    [error] = json.loads(out)["errors"]
    assert error["key"] == "err.draft_regex" and error["file"].endswith("mapping.toml")
    assert error["line"] == line and error["column"] >= 1


def test_a_targets_file_swapped_for_a_fifo_does_not_freeze_the_planner(tmp_path: Path) -> None:
    from lkjip_tui.model.files import read_regular
    from lkjip_tui.planning.targets import Planner

    fifo = tmp_path / "2023.toml"
    os.mkfifo(fifo)
    with pytest.raises(OSError, match="not a regular file"):
        read_regular(fifo)
    planner = object.__new__(Planner)
    planner.path, planner.stamp = fifo, ""
    assert planner.changed_on_disk()  # says so at once, instead of waiting for a writer


def _dead_pid() -> int:
    """The pid of a process that has ended (and been reaped)."""
    proc = subprocess.run(
        [sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True
    )
    return int(proc.stdout)


def _age(path: Path, seconds: float) -> None:
    then = time.time() - seconds
    os.utime(path, (then, then), follow_symlinks=False)


def test_a_killed_save_leaves_a_temp_file_the_next_save_removes_once_stale(tmp_path: Path) -> None:
    """A save killed before its rename leaves its temp file, named for lkjip and its target; the
    next save removes it once it is older than any write takes (32 were left in 200 kills)."""
    from lkjip_tui.model.files import STALE_AFTER, write_atomic

    target = tmp_path / "2023.toml"
    target.write_text("a = 1\n")
    code = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "import lkjip_tui.model.files as f\n"
        "os.replace = lambda a, b: os.kill(os.getpid(), 9)\n"
        "f.write_atomic(Path(sys.argv[1]), 'a = 2\\n')\n"
    )
    proc = subprocess.run([sys.executable, "-c", code, str(target)], timeout=60)
    assert proc.returncode == -9
    [left] = tmp_path.glob(".2023.toml.*.tmp")  # what the kill left
    assert left.name.startswith(".2023.toml.lkjip-") and target.read_text() == "a = 1\n"
    write_atomic(target, "a = 3\n")
    assert left.exists()  # seconds old: it could be a write in progress (another machine's)
    _age(left, STALE_AFTER + 1)
    write_atomic(target, "a = 4\n")
    assert not left.exists() and target.read_text() == "a = 4\n"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["2023.toml"]


@pytest.mark.parametrize("how", ["save", "open in the planner"])
def test_only_lkjips_own_stale_temp_files_are_removed(tmp_path: Path, how: str) -> None:
    """The cleanup takes the exact pattern for that target, of a dead writer, unlocked and old —
    and nothing else, however alike its name."""
    import fcntl

    from lkjip_tui.engine import Engine
    from lkjip_tui.model.files import STALE_AFTER, write_atomic
    from lkjip_tui.planning.targets import Planner

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data" / "bp3mi-sumbar" / "2023-tw2.yaml"
    data.parent.mkdir(parents=True)
    shutil.copy(ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml", data)
    folder = tmp_path / "rules" / "bp3mi-sumbar"
    target = folder / "2023.toml"
    dead = _dead_pid()
    stale = [f".2023.toml.lkjip-{dead}.k3j9x0ab.tmp", f".2023.toml.lkjip-{dead}.zz_00a1b.tmp"]
    kept = [
        f".2023.toml.{dead}.k3j9x0ab.tmp",  # no lkjip in its name
        f".2023.toml.lkjip-{dead}.notes.tmp",  # not mkstemp's eight characters
        f"2023.toml.lkjip-{dead}.k3j9x0ab.tmp",  # no leading dot
        f".2023.toml.lkjip-{dead}.k3j9x0ab.tmp.bak",
        f".2023.toml.lkjip-{dead}.K3J9X0AB.tmp",
        f".2024.toml.lkjip-{dead}.k3j9x0ab.tmp",  # another file's
        f".2023.toml.lkjip-{os.getppid()}.k3j9x0ab.tmp",  # its writer is alive
        f".2023.toml.lkjip-{dead}.fresh000.tmp",  # written seconds ago
        f".2023.toml.lkjip-{dead}.locked00.tmp",  # a writer holds its lock
        "notes.txt",
    ]
    for name in stale + kept:
        (folder / name).write_text("mine\n")
        if name != f".2023.toml.lkjip-{dead}.fresh000.tmp":
            _age(folder / name, STALE_AFTER + 60)
    precious = tmp_path / "precious.txt"
    precious.write_text("mine\n")
    link = folder / f".2023.toml.lkjip-{dead}.symlink0.tmp"  # a link named like a stale temp
    link.symlink_to(precious)
    _age(link, STALE_AFTER + 60)
    (folder / f".2023.toml.lkjip-{dead}.adirect0.tmp").mkdir()
    with open(folder / f".2023.toml.lkjip-{dead}.locked00.tmp") as held:
        fcntl.flock(held, fcntl.LOCK_EX)
        if how == "save":
            write_atomic(target, target.read_text("utf-8"))
        else:
            _, rs = Engine().load(data)
            Planner(rs, target)
    names = {p.name for p in folder.iterdir()}
    assert not names & set(stale)
    assert names == {"2023.toml", *kept, link.name, f".2023.toml.lkjip-{dead}.adirect0.tmp"}
    assert link.is_symlink() and precious.read_text() == "mine\n"


def test_annotate_refuses_a_link_to_the_draft(run: Run, rules_dir: Path, tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("x")
    draft = tmp_path / "contoh-2023-tw2.docx"
    d.save(str(draft))
    before = draft.read_bytes()
    (tmp_path / "link.docx").symlink_to(draft)
    os.link(draft, tmp_path / "hard.docx")
    for out in ("link.docx", "hard.docx"):
        code, _, err = run("check", "--rules", rules_dir, draft, "--annotate", tmp_path / out, "--force")
        assert code == 2 and "menimpa" in err and draft.read_bytes() == before
