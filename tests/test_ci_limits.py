"""The CI formats stay within the platforms' documented limits at a real repository's scale.

GitHub code scanning: 25,000 results per run, 20 runs per file, 10 MB gzip-compressed
("SARIF results exceed limit", "SARIF file is too large" in GitHub's docs). GitHub Actions:
10 error, 10 warning and 10 notice annotations per step, 50 per job (actions/toolkit,
docs/problem-matchers.md).
"""

from __future__ import annotations

import gzip
import json
import os
import subprocess
import sys
from pathlib import Path

import jsonschema
import pytest

from lkjip_tui.output import sarif
from tests.conftest import ROOT, SAMPLE, Run

SARIF_SCHEMA = json.loads((ROOT / "tests" / "schemas" / "sarif-schema-2.1.0.json").read_text("utf-8"))


def test_sarif_of_300_generated_reports_is_split_within_githubs_limits(tmp_path: Path) -> None:
    sys.path.insert(0, str(ROOT / "benchmarks"))
    from generate import generate  # type: ignore[import-not-found]

    generate(tmp_path / "data", 300)
    out = tmp_path / "lkjip.sarif"
    env = {**os.environ, "LKJIP_CACHE_DIR": str(tmp_path / "cache")}
    lkjip = [sys.executable, "-m", "lkjip_tui", "check", "--rules", str(ROOT / "rules")]
    done = subprocess.run(
        [*lkjip, "--format", "sarif", "--output", str(out), "--lang", "en", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert done.returncode == 1, done.stderr
    text = out.read_text("utf-8")
    doc = json.loads(text)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    runs = doc["runs"]
    counts = [len(r["results"]) for r in runs]
    assert len(runs) > 1 and len(runs) <= sarif.MAX_RUNS
    assert max(counts) <= sarif.MAX_RESULTS_PER_RUN
    assert len(gzip.compress(text.encode("utf-8"))) <= sarif.MAX_GZIP_BYTES
    # Nothing dropped: every finding of every file is in one run or another.
    every = subprocess.run(
        [*lkjip, "--format", "json-lines", str(tmp_path / "data")],
        capture_output=True,
        text=True,
        env=env,
        timeout=600,
    )
    assert sum(counts) == sum(1 for line in every.stdout.splitlines() if '"code"' in line)
    # Each run its own category (GitHub no longer merges runs of one category), and the split said.
    assert len({r["automationDetails"]["id"] for r in runs}) == len(runs)
    notes = [n["message"]["text"] for r in runs for n in r["invocations"][0]["toolExecutionNotifications"]]
    assert sum("continue in the next run" in n for n in notes) == len(runs) - 1
    assert f"split over {len(runs)} runs" in notes[-1] and "No result was dropped" in notes[-1]


def test_a_split_is_said_in_each_run_and_numbers_printed_the_readers_way(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sarif.SarifEmitter, "max_results", 7)
    code, out, _ = run("check", "--format", "sarif", "--no-cache", str(SAMPLE.relative_to(ROOT)))
    doc = json.loads(out)
    jsonschema.Draft4Validator(SARIF_SCHEMA).validate(doc)
    counts = [len(r["results"]) for r in doc["runs"]]
    assert code == 1 and counts[:-1] == [7] * (len(counts) - 1) and 0 < counts[-1] <= 7
    monkeypatch.setattr(sarif.SarifEmitter, "max_results", 1_000_000)
    _, whole, _ = run("check", "--format", "sarif", "--no-cache", str(SAMPLE.relative_to(ROOT)))
    one = json.loads(whole)["runs"]
    assert len(one) == 1 and "automationDetails" not in one[0]  # no split, no category of its own
    assert [r["partialFingerprints"] for r in one[0]["results"]] == [
        r["partialFingerprints"] for run_ in doc["runs"] for r in run_["results"]
    ]
    last = doc["runs"][-1]["invocations"][0]["toolExecutionNotifications"][-1]["message"]["text"]
    assert f"dibagi atas {len(counts)} run" in last


def test_too_many_runs_is_an_error_notification_not_a_silent_cut(
    run: Run, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.chdir(ROOT)
    monkeypatch.setattr(sarif.SarifEmitter, "max_results", 1)
    _, out, _ = run("check", "--format", "sarif", "--no-cache", "--lang", "en", str(SAMPLE.relative_to(ROOT)))
    doc = json.loads(out)
    assert len(doc["runs"]) > sarif.MAX_RUNS
    last = doc["runs"][-1]["invocations"][0]["toolExecutionNotifications"]
    assert any(n["level"] == "error" and "more than the 20" in n["message"]["text"] for n in last)


def _annotations(out: str) -> dict[str, int]:
    levels = {"error": 0, "warning": 0, "notice": 0}
    for line in out.splitlines():
        for level in levels:
            if line.startswith(f"::{level} ") or line.startswith(f"::{level}::"):
                levels[level] += 1
    return levels


def test_github_annotations_are_chosen_within_the_caps_and_none_is_lost(
    run: Run, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from lkjip_tui.output import github

    monkeypatch.chdir(ROOT)
    monkeypatch.setenv("GITHUB_ACTIONS", "true")
    summary = tmp_path / "summary.md"
    summary.write_text("earlier step\n", "utf-8")
    monkeypatch.setenv("GITHUB_STEP_SUMMARY", str(summary))
    code, out, _ = run("check", "--no-cache", "--lang", "en", str(SAMPLE.relative_to(ROOT)))
    assert code == 1
    shown = _annotations(out)
    assert shown == {"error": 10, "warning": 10, "notice": 1} and sum(shown.values()) <= 50
    annotated_errors = [x for x in out.splitlines() if x.startswith("::error ")]
    titles = [x.split("title=")[1].split("::")[0] for x in annotated_errors]
    assert len(set(titles)) == len(titles)  # ten different problems, not the first ten lines
    logged = [
        x for x in out.splitlines() if x.startswith("data/") and (": error: " in x or ": warning: " in x)
    ]
    assert len(annotated_errors) + len(logged) + shown["warning"] == 70  # all 70 in the log
    assert "::notice::50 more findings not annotated" in out
    review = summary.read_text("utf-8")
    assert review.startswith("earlier step\n# lkjip review note")  # appended, as GitHub asks
    assert "[LKJ103, error]" in review and "LKJ504" in review  # errors and warnings, grouped by problem
    monkeypatch.setattr(github, "STEP_SUMMARY_BYTES", 5000)
    summary.write_text("", "utf-8")
    run("check", "--no-cache", "--lang", "en", str(SAMPLE.relative_to(ROOT)))
    cut = summary.read_text("utf-8")
    assert len(cut.encode("utf-8")) <= 5000 and "1 more file left out" in cut
