"""Every crash fuzzing found (issue 7) is now a clean error with its position, or a finding.

Each case runs the real command line (`lkjip check`) in both languages and
every output format's path, and asserts what the user sees: the error key or
finding and where it stands; never a traceback.
"""

from __future__ import annotations

import json
import shutil
import time
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import MINIMAL, ROOT, Run

BASE_RULES = (ROOT / "tests" / "cases" / "rules" / "contoh" / "2023.toml").read_text("utf-8")
SAMPLE_TEXT = (ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml").read_text("utf-8")
PENETAPAN_COLUMNS = (
    'columns = { no = "no", sasaran = "text", indikator = "text", target_tahunan = "target" }\n'
)


def line_of(name: str, text: str) -> int:
    """The line of the shipped catalogue's file `name` where `text` first stands."""
    content = (ROOT / "rules" / "bp2mi" / name).read_text("utf-8")
    assert text in content, (name, text)
    return content[: content.index(text)].count("\n") + 1


def setup(
    tmp_path: Path,
    data: str,
    unit_rules: str = BASE_RULES,
    append: str = "",
    patch: tuple[str, str, str] | None = None,
) -> tuple[Path, Path]:
    """A rules tree (the shipped catalogue, maybe changed, and unit `contoh`) and a data file."""
    rules = tmp_path / "rules"
    shutil.copytree(ROOT / "rules" / "bp2mi", rules / "bp2mi")
    (rules / "contoh").mkdir()
    (rules / "contoh" / "2023.toml").write_text(unit_rules, "utf-8")
    if append:
        with (rules / "bp2mi" / "checks.toml").open("a", encoding="utf-8") as f:
            f.write("\n" + append)
    if patch is not None:
        name, old, new = patch
        path = rules / "bp2mi" / name
        text = path.read_text("utf-8")
        assert old in text
        path.write_text(text.replace(old, new, 1), "utf-8")
    data_file = tmp_path / "report.yaml"
    data_file.write_text(data, "utf-8")
    return rules, data_file


def check(run: Run, rules: Path, data_file: Path) -> tuple[int, dict[str, Any]]:
    """Check in every format and language; the JSON document (English) is returned."""
    for fmt in ("text", "json"):
        for lang in ("id", "en"):
            code, out, err = run(
                "check", "-j", "1", "--format", fmt, "--lang", lang, "--rules", rules, data_file
            )
            assert "Traceback" not in out + err
            assert code in (0, 1, 2), (code, out, err)
    code, out, _ = run("check", "-j", "1", "--format", "json", "--lang", "en", "--rules", rules, data_file)
    return code, json.loads(out)


def only_error(doc: dict[str, Any]) -> dict[str, Any]:
    assert not doc["findings"]
    assert len(doc["errors"]) == 1, doc["errors"]
    return doc["errors"][0]


def findings_of(doc: dict[str, Any], code: str) -> list[dict[str, Any]]:
    assert not doc["errors"], doc["errors"]
    return [f for f in doc["findings"] if f["code"] == code]


# ------------------------------------------------------------------ numbers in data files

REALISASI_COLUMN = MINIMAL.splitlines()[7].index("142") + 1


@pytest.mark.parametrize(
    "printed",
    [
        "1" + "0" * 40,  # 29+ significant digits: InvalidOperation in format_decimal
        "9" * 1_000_000,  # a megabyte: decimal.Overflow
        "9" * 5000,  # beyond Python's int-to-text limit (JSON output)
        "1.0000000",  # seven decimals
        "1.000.000.000.000.000.000",  # 10^18
        "80 - " + "9" * 30,  # a range with an end out of bounds
    ],
    ids=["40-zeros", "1MB", "5000-digits", "7-decimals", "10^18", "range-end"],
)
def test_a_number_out_of_bounds_is_an_unreadable_value(tmp_path: Path, run: Run, printed: str) -> None:
    rules, data = setup(tmp_path, MINIMAL.replace("realisasi: 142", f"realisasi: '{printed}'"))
    started = time.monotonic()
    code, doc = check(run, rules, data)
    assert time.monotonic() - started < 20
    (f,) = findings_of(doc, "LKJ502")
    assert code == 1 and (f["line"], f["column"]) == (8, REALISASI_COLUMN)
    assert "out of bounds (at most 24 digits, 6 decimals, below 10^18)" in f["message"]
    assert len(f["message"]) < 400  # a megabyte is quoted by its ends


def test_the_largest_numbers_within_bounds_are_checked(tmp_path: Path, run: Run) -> None:
    # 10^17 over a printed target of 0,000003 (no targets file to say otherwise): a capaian
    # of some 10^24 %, printed and in JSON.
    body = MINIMAL.replace("target: 375, realisasi: 142", "target: '0,000003', realisasi: 100000000000000000")
    rules, data = setup(tmp_path, body, unit_rules=BASE_RULES.split("[targets.")[0])
    code, doc = check(run, rules, data)
    (f,) = findings_of(doc, "LKJ101")
    assert code == 1 and f["expected"] > 10**24


def test_a_range_of_ranges_is_not_read_recursively(tmp_path: Path, run: Run) -> None:
    rules, data = setup(tmp_path, MINIMAL.replace("realisasi: 142", "realisasi: " + "-".join(["1"] * 3000)))
    code, doc = check(run, rules, data)
    (f,) = findings_of(doc, "LKJ502")
    assert code == 1 and "not the shape of a number" in f["message"]


def test_5000_digits_with_words_and_as_a_row_number(tmp_path: Path, run: Run) -> None:
    body = MINIMAL.replace("IKU1: {", "IKU1: {no: '" + "9" * 5000 + ".', ")
    body += "facts:\n  jumlah_berita: {value: '" + "9" * 5000 + "', words: sembilan}\n"
    rules, data = setup(tmp_path, body)
    _, doc = check(run, rules, data)
    assert [f["line"] for f in findings_of(doc, "LKJ502")] == [10]
    assert not findings_of(doc, "LKJ505")  # the figure cannot be read: nothing to compare the words with
    (numbering,) = findings_of(doc, "LKJ403")
    assert numbering["line"] == 8 and "cannot be read" in numbering["message"]


def test_terbilang_of_a_figure_from_10_15_up_says_it_cannot_be_checked(tmp_path: Path, run: Run) -> None:
    body = MINIMAL + "facts:\n  jumlah_berita: {value: '1000000000000000', words: seribu triliun}\n"
    rules, data = setup(tmp_path, body)
    code, doc = check(run, rules, data)
    (f,) = findings_of(doc, "LKJ505")
    assert code == 0 and f["severity"] == "info" and (f["line"], f["column"]) == (10, 53)
    assert "cannot be checked" in f["message"]


@pytest.mark.parametrize(
    ("body", "line", "column", "char"),
    [
        (MINIMAL + "title: abc\x07def\n", 9, 11, "U+0007"),
        (MINIMAL.replace("year: 2023", "year: 2023\x01"), 3, 11, "U+0001"),
        (MINIMAL + "title: éé\x1b\n", 9, 10, "U+001B"),  # after two-byte characters
        (MINIMAL.replace("unit: contoh", "unit: con\x9ftoh"), 2, 10, "U+009F"),
    ],
)
def test_a_control_character_is_reported_where_it_stands(
    tmp_path: Path, run: Run, body: str, line: int, column: int, char: str
) -> None:
    rules, data = setup(tmp_path, body)
    code, doc = check(run, rules, data)
    err = only_error(doc)
    assert code == 2 and err["key"] == "err.control_char"
    assert (err["line"], err["column"]) == (line, column) and char in err["message"]


# ------------------------------------------------------------------ values in rules files


def targets(annual: str) -> str:
    return BASE_RULES.replace("annual = 1500", f"annual = {annual}")


@pytest.mark.parametrize(
    ("unit_rules", "patch", "key", "line", "column"),
    [
        (targets("nan"), None, "err.not_finite", 8, 10),
        (targets("inf"), None, "err.not_finite", 8, 10),
        (targets('"sNaN"'), None, "err.not_finite", 8, 10),
        (targets('"1e999999999"'), None, "err.number_bounds", 8, 10),
        (BASE_RULES.replace("decimals = 2", "decimals = 30"), None, "err.out_of_range", 14, 12),
        (
            BASE_RULES.replace("decimals = 2", "decimals = 9223372036854775807"),
            None,
            "err.out_of_range",
            14,
            12,
        ),
        (
            BASE_RULES,
            ("iku.toml", 'formula = "higher"', 'formula = "higher"\ncap = nan'),
            "err.not_finite",
            line_of("iku.toml", 'formula = "higher"') + 1,
            7,
        ),
        (
            BASE_RULES,
            ("iku.toml", "min = 50,", "min = nan,"),
            "err.not_finite",
            line_of("iku.toml", "min = 50,"),
            5,
        ),
        (BASE_RULES + "x = " + "[" * 100_000 + "]" * 100_000 + "\n", None, "err.too_deep", 40, 105),
    ],
    ids=["nan", "inf", "sNaN", "1e999999999", "decimals-30", "decimals-2^63", "cap-nan", "band-nan", "deep"],
)
def test_rules_values_not_finite_or_unbounded(
    tmp_path: Path,
    run: Run,
    unit_rules: str,
    patch: tuple[str, str, str] | None,
    key: str,
    line: int,
    column: int,
) -> None:
    rules, data = setup(tmp_path, MINIMAL, unit_rules, patch=patch)
    code, doc = check(run, rules, data)
    err = only_error(doc)
    assert code == 2 and err["key"] == key and (err["line"], err["column"]) == (line, column)


def derived(formula: str, reported: str = "youtube_video") -> str:
    """A [[derived]] reporting a fact the shipped catalogue gives no authority."""
    return f'[[derived]]\nreported = "facts.{reported}"\nformula = "{formula}"\n'


# The appended check's formula starts on this line and column of checks.toml.
FORMULA_LINE = (ROOT / "rules" / "bp2mi" / "checks.toml").read_text("utf-8").count("\n") + 4
FORMULA_COLUMN = len('formula = "') + 1


@pytest.mark.parametrize(
    ("formula", "key", "column"),
    [
        ("round(facts.p3mi_pusat, 30)", "err.expr_round_places", 1),
        ("round(facts.p3mi_pusat, 100000000)", "err.expr_round_places", 1),
        ("round(facts.p3mi_pusat, 1.5)", "err.expr_round_places", 1),
        ("-" * 980 + "facts.p3mi_pusat", "err.expr_too_deep", 1),
        ("+".join(["1"] * 980), "err.expr_too_deep", 1),
        ("abs(" * 390 + "1" + ")" * 390, "err.expr_too_deep", 1),
        ("(" * 10**6 + "1" + ")" * 10**6, "err.expr_too_long", 2001),
        ("facts.p3mi_pusat * 1" + "0" * 30, "err.expr_number_bounds", 20),
        ("facts.p3mi_pusat * 0.0000001", "err.expr_number_bounds", 20),
    ],
    ids=[
        "round-30",
        "round-1e8",
        "round-1.5",
        "980-minus",
        "980-plus",
        "390-calls",
        "1e6-parens",
        "1e30",
        "7dp",
    ],
)
def test_formulas_are_bounded_with_a_positioned_error(
    tmp_path: Path, run: Run, formula: str, key: str, column: int
) -> None:
    rules, data = setup(tmp_path, MINIMAL, append=derived(formula))
    started = time.monotonic()
    code, doc = check(run, rules, data)
    assert time.monotonic() - started < 20  # 10^6 parentheses took lark 17 s
    err = only_error(doc)
    assert code == 2 and err["key"] == key
    assert (err["line"], err["column"]) == (FORMULA_LINE, FORMULA_COLUMN + column - 1)


def test_not_chains_are_bounded_in_depth(tmp_path: Path, run: Run) -> None:
    condition = (
        '[[condition]]\nrequire = "' + "not " * 400 + 'present(facts.p3mi)"\nmessage = {id = "x", en = "x"}\n'
    )
    rules, data = setup(tmp_path, MINIMAL, append=condition)
    code, doc = check(run, rules, data)
    assert code == 2 and only_error(doc)["key"] == "err.expr_too_deep"


def test_a_result_beyond_the_bounds_cannot_be_checked(tmp_path: Path, run: Run) -> None:
    # 10^17 to the third power: 10^51, beyond what formulas compute with (10^40).
    body = (
        MINIMAL
        + "facts:\n  youtube_video: '1'\n  p3mi_pusat: '100000000000000000'\n  youtube_subscriber: '1'\n"
    )
    huge = "facts.p3mi_pusat * facts.p3mi_pusat * facts.p3mi_pusat"
    rounded = derived("round(facts.p3mi_pusat * 1000, -18)", "youtube_subscriber")
    rules, data = setup(tmp_path, body, append=derived(huge) + rounded)
    code, doc = check(run, rules, data)
    overflow, rounded = findings_of(doc, "LKJ302")
    assert code == 1 and "cannot be checked" in overflow["message"] and overflow["line"] == 10
    assert rounded["expected"] == 10**20


def test_the_deepest_formula_allowed_compiles_and_runs(tmp_path: Path, run: Run) -> None:
    body = MINIMAL + "facts:\n  youtube_video: '1'\n  p3mi_pusat: '1'\n"
    deepest = "-" * 98 + "facts.p3mi_pusat"  # a comparison, 98 negations and the path: 100 levels
    rules, data = setup(tmp_path, body, append=derived(deepest))
    code, doc = check(run, rules, data)
    assert code == 0 and not findings_of(doc, "LKJ302")


# ------------------------------------------------------------------ shapes of rules files


@pytest.mark.parametrize(
    ("unit_rules", "patch", "key", "line"),
    [
        (
            BASE_RULES,
            (
                "report.toml",
                PENETAPAN_COLUMNS,
                "",
            ),
            "err.missing_key",
            line_of("report.toml", "[tables.penetapan]"),
        ),
        (
            BASE_RULES,
            ("report.toml", 'facts = ["target_tahunan"]', 'facts = [["x"]]'),
            "err.type",
            line_of("report.toml", 'facts = ["target_tahunan"]'),
        ),
        (BASE_RULES.replace('unit = "contoh"', 'unit = "' + "a" * 256 + '"'), None, "err.too_long", 3),
        (BASE_RULES.replace('extends = "bp2mi"', 'extends = "' + "a" * 256 + '"'), None, "err.too_long", 2),
    ],
    ids=["no-columns", "facts-list-of-lists", "unit-256", "extends-256"],
)
def test_rules_shape_errors(
    tmp_path: Path, run: Run, unit_rules: str, patch: tuple[str, str, str] | None, key: str, line: int
) -> None:
    rules, data = setup(tmp_path, MINIMAL, unit_rules, patch=patch)
    code, doc = check(run, rules, data)
    err = only_error(doc)
    assert code == 2 and err["key"] == key and err["line"] == line


def test_a_tree_must_name_a_parent_column(tmp_path: Path, run: Run) -> None:
    rules, data = setup(
        tmp_path,
        SAMPLE_TEXT.replace("unit: bp3mi-sumbar", "unit: contoh"),
        patch=("checks.toml", 'tree = "parent"', 'tree = "uraian"'),
    )
    code, doc = check(run, rules, data)
    err = only_error(doc)
    assert code == 2 and err["key"] == "err.column_kind" and err["file"].endswith("checks.toml")
    assert "uraian" in err["message"]


# ------------------------------------------------------------------ linear time: the same answers

HEADER = "lkjip: 1\nunit: contoh\nyear: 2023\nquarter: TW II\n"


def chain(n: int, last_parent: str = "") -> str:
    rows = [
        f"      k{i}: {{uraian: x{', parent: k' + str(i - 1) if i else ''}, persen: '1%'}}\n"
        for i in range(n)
    ]
    if last_parent:
        rows[0] = f"      k0: {{uraian: x, parent: {last_parent}, persen: '1%'}}\n"
    return HEADER + "tables:\n  anggaran:\n    rows:\n" + "".join(rows)


def test_a_long_parent_chain_is_read_and_a_cycle_in_it_refused(tmp_path: Path, run: Run) -> None:
    rules, data = setup(tmp_path, chain(3000))
    code, doc = check(run, rules, data)
    assert code in (0, 1) and not doc["errors"]
    # k0's parent is the end of the chain: walking from k0, the loop closes at k1's parent.
    data.write_text(chain(3000, last_parent="k2999"), "utf-8")
    code, doc = check(run, rules, data)
    err = only_error(doc)
    assert code == 2 and err["key"] == "err.parent_cycle" and (err["line"], err["column"]) == (9, 31)


def test_an_unknown_parent_among_many_rows_is_named_with_the_closest(tmp_path: Path, run: Run) -> None:
    rows = "".join(f"      r{i}: {{uraian: x, persen: '1%'}}\n" for i in range(50_000))
    body = (
        HEADER
        + "tables:\n  anggaran:\n    rows:\n"
        + rows
        + "      zz: {uraian: x, parent: r12345x, persen: '1%'}\n"
    )
    rules, data = setup(tmp_path, body)
    code, doc = check(run, rules, data)
    err = only_error(doc)
    assert code == 2 and err["key"] == "err.unknown_parent" and err["line"] == 50_008
    assert "did you mean 'r12345'?" in err["message"]


def rowsum_rules(tmp_path: Path) -> tuple[Path, Path]:
    condition = (
        '[[condition]]\ntable = "pemulangan"\nrequire = "jml * 2 <= sum(pemulangan[*].jml)"\n'
        'message = {id = "lebih dari separuh", en = "more than half"}\n'
    )
    return setup(tmp_path, HEADER, append=condition)


def pemulangan(*jml: int) -> str:
    rows = "".join(f"      - {{no: '{i + 1}', jml: {n}}}\n" for i, n in enumerate(jml))
    return HEADER + "tables:\n  pemulangan:\n    rows:\n" + rows


def test_a_sum_over_the_table_is_computed_once_per_report_and_never_reused_for_another(
    tmp_path: Path, run: Run
) -> None:
    from lkjip_tui.engine import Engine

    rules, data = rowsum_rules(tmp_path)
    engine = Engine([rules], select=lambda code: code == "LKJ406")
    other = tmp_path / "other.yaml"
    data.write_text(pemulangan(1, 1, 5), "utf-8")  # 5 is more than half of 7
    other.write_text(pemulangan(1, 4, 5), "utf-8")  # none is more than half of 10
    for _ in range(2):  # the same compiled rules, report after report
        assert [f.line for f in engine.check_file(data).findings] == [10]
        assert engine.check_file(other).findings == []


def test_the_collector_is_resumed_after_reading() -> None:
    import gc

    from lkjip_tui.model.source import collector_paused

    assert gc.isenabled()
    with collector_paused():
        with collector_paused():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()
    gc.disable()
    try:
        with collector_paused():
            pass
        assert not gc.isenabled()  # it was off: it stays off
    finally:
        gc.enable()
