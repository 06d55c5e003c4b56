"""Any unit's report, out of the box: whose report a draft is from the names people give files
and from covers, and a check with no catalogue of the unit's own (rules/sakip)."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import docx
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from lkjip_tui.drafts import layout
from lkjip_tui.drafts.layout import from_name, identify
from lkjip_tui.engine import Engine
from lkjip_tui.model.document import Paragraph, caption, continuation
from lkjip_tui.values.numbers import Number, parse_number
from tests.conftest import ROOT, Run

SAMPLE_DRAFT = ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt"

# ------------------------------------------------------------------ file names

# Words the file-name parser reads as saying what the file is or its period, never whose:
# taken from the parser itself, so the two cannot drift apart.
NOT_A_UNIT = layout._NOISE | layout._ANNUAL_WORDS
UNIT_WORD = st.from_regex(r"[a-z][a-z0-9]{2,8}", fullmatch=True).filter(
    lambda w: (
        w not in NOT_A_UNIT
        and not w.startswith(("tw", "trw", "triwulan"))
        and not (w[0] == "v" and w[1:].isdigit())
        # A quarter written as one word ("q2", "qii") is a period, not a unit's name.
        and not layout._QUARTER_WORD.fullmatch(w)
    )
)
ROMAN = {1: "I", 2: "II", 3: "III", 4: "IV"}


@st.composite
def file_names(draw: st.DrawFn) -> tuple[str, list[str], int, int | None]:
    """A file name as people write them: unit words, a year, a period in one of its spellings,
    words saying what the file is, in any order and with any separators."""
    unit = draw(st.lists(UNIT_WORD, min_size=1, max_size=3))
    year = draw(st.integers(2010, 2030))
    quarter = draw(st.one_of(st.none(), st.integers(1, 4)))
    sep = draw(st.sampled_from(["-", "_", " "]))
    pieces: list[list[str]] = [unit, [str(year)]]
    if quarter is not None:
        spelled = draw(
            st.sampled_from(
                [f"tw{quarter}", f"TW {ROMAN[quarter]}", f"Triwulan {ROMAN[quarter]}", f"q{quarter}"]
            )
        )
        pieces.append(spelled.split())
    else:
        pieces.append(draw(st.sampled_from([["tahunan"], ["LKjIP"], ["LAKIP"], []])))
    if draw(st.booleans()):
        pieces.append(draw(st.sampled_from([["LKj"], ["Laporan", "Kinerja"], ["draft", "v3"], ["(final)"]])))
    order = draw(st.permutations(range(len(pieces))))
    words = [w for i in order for w in pieces[i]]
    return sep.join(words), unit, year, quarter


@settings(max_examples=300, deadline=None)
@given(file_names())
def test_a_file_name_in_any_common_form_gives_unit_year_and_period(
    case: tuple[str, list[str], int, int | None],
) -> None:
    name, unit, year, quarter = case
    slug, _named, got_year, got_quarter, annual = from_name(name)
    assert slug == "-".join(unit)
    assert got_year == year
    assert got_quarter == quarter
    assert annual == (quarter is None and any(w in name.lower() for w in ("tahunan", "lkjip", "lakip")))


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=80))
def test_any_file_name_is_read_without_error(name: str) -> None:
    slug, _named, year, quarter, _ = from_name(name)
    assert year == 0 or 1900 <= year <= 2099
    assert quarter in (None, 1, 2, 3, 4)
    assert slug == "" or slug == slug.lower()


@pytest.mark.parametrize(
    ("name", "unit", "year", "quarter", "annual"),
    [
        ("LKj TW II 2023 BP3MI Sumbar (draft v3)", "bp3mi-sumbar", 2023, 2, False),
        ("lkjip-2021-dinkes", "dinkes", 2021, None, True),
        ("tanahdatar-2016", "tanahdatar", 2016, None, False),
        ("bp3mi-sumbar-2023-tw2", "bp3mi-sumbar", 2023, 2, False),
        ("UNIT-2022-tahunan", "unit", 2022, None, True),
        ("LAKIP Kab. Tanah Datar 2019 final", "kab-tanah-datar", 2019, None, True),
    ],
)
def test_the_names_the_issue_names(
    name: str, unit: str, year: int, quarter: int | None, annual: bool
) -> None:
    slug, _, got_year, got_quarter, got_annual = from_name(name)
    assert (slug, got_year, got_quarter, got_annual) == (unit, year, quarter, annual)


# ------------------------------------------------------------------ covers

COVERS = [
    (["LAPORAN KINERJA", "TAHUN 2019", "DINAS KESEHATAN"], 2019, 4, True),
    (["LAPORAN KINERJA (LKj)", "DINAS PERHUBUNGAN KOTA PADANG", "2021"], 2021, 4, True),
    (["LAPORAN KINERJA TRIWULAN II 2023", "BY :", "BP3MI SUMATERA BARAT"], 2023, 2, False),
    (["LAKIP", "Pengadilan Agama Padang", "Tahun Anggaran 2020"], 2020, 4, True),
    (["Laporan Akuntabilitas Kinerja Instansi Pemerintah", "Tahun 2017"], 2017, 4, True),
    (["Laporan Kinerja Triwulan III", "Tahun 2022", "Balai Wilayah Sungai"], 2022, 3, False),
    (["LKjIP", "Pemerintah Provinsi Sumatera Barat", "2018"], 2018, 4, True),
]


@pytest.mark.parametrize(("cover", "year", "quarter", "annual"), COVERS)
def test_a_cover_says_year_and_period(
    tmp_path: Path, cover: list[str], year: int, quarter: int, annual: bool
) -> None:
    paragraphs = [
        Paragraph(t, (i + 1,), "text") for i, t in enumerate([*cover, "KATA PENGANTAR", "Triwulan I"])
    ]
    who, title = identify(tmp_path / "laporan.txt", "laporan.txt", paragraphs)
    assert (who.year, who.quarter, who.annual) == (year, quarter, annual)
    assert title == cover[0]


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(max_size=60), max_size=12))
def test_any_cover_is_read_without_error(lines: list[str]) -> None:
    paragraphs = [Paragraph(t, (i + 1,), "text") for i, t in enumerate(lines)]
    who, _ = identify(Path("x.txt"), "x.txt", paragraphs)
    assert who.quarter in (1, 2, 3, 4) and (who.year == 0 or 1900 <= who.year <= 2099)


# ------------------------------------------------------------------ layout


@pytest.mark.parametrize(
    ("text", "number"),
    [
        ("Tabel 3.3.9 Target Kinerja", "3.3.9"),
        ("Tabel III.90 Realisasi", "III.90"),
        ("Tabel 3-1. Capaian", "3-1"),
    ],
)
def test_captions_numbered_every_way(text: str, number: str) -> None:
    found = caption(text)
    assert found is not None and found[1] == number


@pytest.mark.parametrize("text", ["Lanjutan Tabel 13", "Tabel 13 (lanjutan)", "(lanjutan)", "(Lanjutan)"])
def test_a_continuation_is_no_caption(text: str) -> None:
    assert continuation(text) and caption(text) is None


@pytest.mark.parametrize("sep", ["\u2009", "\u202f", "\u00a0"])
def test_thin_spaces_group_thousands(sep: str) -> None:
    parsed = parse_number(f"Rp 1{sep}234{sep}567")
    assert isinstance(parsed, Number) and parsed.value == 1234567
    decimal = parse_number(f"1{sep}234,5")
    assert isinstance(decimal, Number) and str(decimal.value) == "1234.5"


BUDGET = """LAPORAN KINERJA TAHUN 2022

Tabel 3.1 Realisasi Anggaran Tahun 2022

No	Uraian	Pagu	Realisasi	Sisa	%
1	Belanja Pegawai	1.000.000	900.000	100.000	90,00
2	Belanja Barang	2.000.000	1.500.000	500.000	75,00

Lanjutan Tabel 3.1

No	Uraian	Pagu	Realisasi	Sisa	%
3	Belanja Modal	1.000.000	500.000	500.000	50,00
	JUMLAH	4.000.000	2.900.000	1.100.000	72,50
"""


def _check(path: Path, select: set[str] | None = None) -> list[tuple[str, str, str | None]]:
    result = Engine(select=None if select is None else select.__contains__).check_file(path)
    assert result.error is None, result.error
    assert not result.internal, result.internal
    return [(f.code, f.severity, f.row) for f in result.findings]


def test_a_table_continued_after_lanjutan_is_one_table(tmp_path: Path) -> None:
    path = tmp_path / "dinas-contoh-2022.txt"
    path.write_text(BUDGET, "utf-8")
    assert not [f for f in _check(path) if f[1] == "error"]  # the JUMLAH row adds up over both parts
    path.write_text(BUDGET.replace("\tJUMLAH\t4.000.000", "\tJUMLAH\t4.006.000"), "utf-8")
    assert ("LKJ301", "error", "JUMLAH") in _check(path, {"LKJ301"})


def test_a_budget_row_whose_sisa_and_percent_do_not_follow(tmp_path: Path) -> None:
    path = tmp_path / "dinas-contoh-2022.txt"
    path.write_text(
        BUDGET.replace("500.000\t75,00", "500.000\t80,50").replace("900.000\t100.000", "900.000\t150.000"),
        "utf-8",
    )
    found = _check(path, {"LKJ302"})
    assert len([f for f in found if f[0] == "LKJ302"]) == 2


def test_a_one_cell_layout_table_is_read_as_the_table_it_wraps(tmp_path: Path) -> None:
    d = docx.Document()
    d.add_paragraph("LAPORAN KINERJA TAHUN 2022")
    d.add_paragraph("Tabel 1. Realisasi Anggaran Tahun 2022")
    frame = d.add_table(rows=1, cols=1)
    inner = frame.cell(0, 0).add_table(rows=3, cols=4)
    for r, row in enumerate(
        [
            ["Uraian", "Pagu", "Realisasi", "Sisa"],
            ["Belanja", "100", "60", "40"],
            ["JUMLAH", "100", "60", "45"],
        ]
    ):
        for c, text in enumerate(row):
            inner.cell(r, c).text = text
    path = tmp_path / "dinas-contoh-2022.docx"
    d.save(str(path))
    found = _check(path, {"LKJ301", "LKJ302", "LKJ707"})
    assert ("LKJ301", "error", "JUMLAH") in found or ("LKJ302", "error", "JUMLAH") in found
    assert not any(code == "LKJ707" for code, _, _ in found)


# ------------------------------------------------------------------ the sample, with no catalogue

# Rules whose findings on the sample follow from BP2MI's catalogue or the unit's targets file:
# targets and breakdowns, the formulas and when IKUs are measured, the catalogue's names, and the
# catalogue's own tables (news, cases, returns, placements by country) and budget columns.
AGENCY = {"LKJ102", "LKJ103", "LKJ104", "LKJ201", "LKJ202", "LKJ203", "LKJ704"}


def _json(run: Run, *args: str | Path) -> list[dict[str, object]]:
    code, out, err = run("check", "--format", "json", *args)
    assert code in (0, 1), err
    doc = json.loads(out)
    return [f for r in doc["files"] for f in r["findings"]] if "files" in doc else doc["findings"]


def test_the_sample_copied_to_a_unit_with_no_rules_is_checked_without_false_errors(
    run: Run, tmp_path: Path
) -> None:
    catalogued = _json(run, SAMPLE_DRAFT)
    copy = tmp_path / "bp3mi-contoh-2023-tw2.txt"
    shutil.copy(SAMPLE_DRAFT, copy)
    zero = _json(run, copy)
    assert [f["code"] for f in zero].count("LKJ206") == 1
    # No false error: every error of the zero-config check stands on a line the catalogued check
    # has a finding on (the same discrepancy; it may name it by another rule).
    lines = {f["line"] for f in catalogued}
    cells = {(f["row"], f["field"]) for f in catalogued if f["row"]}
    false = [
        f
        for f in zero
        if f["severity"] == "error" and f["line"] not in lines and (f["row"], f["field"]) not in cells
    ]
    assert false == []
    places = {(f["line"], f["column"]) for f in zero}
    found = [f for f in catalogued if (f["line"], f["column"]) in places]
    general = [f for f in catalogued if f["code"] not in AGENCY]
    found_general = [f for f in general if (f["line"], f["column"]) in places]
    assert len(found) >= 45, len(found)
    assert len(found_general) / len(general) >= 0.6, (len(found_general), len(general))


def test_the_human_named_draft_is_checked_with_its_units_rules(run: Run, tmp_path: Path) -> None:
    copy = tmp_path / "LKj TW II 2023 BP3MI Sumbar (draft v3).txt"
    shutil.copy(SAMPLE_DRAFT, copy)
    named = _json(run, copy)
    assert "LKJ206" not in {f["code"] for f in named}
    assert len(named) == len(_json(run, SAMPLE_DRAFT))


def test_import_into_a_directory_names_an_annual_report_apart_from_tw_iv(run: Run, tmp_path: Path) -> None:
    """An annual report and the TW IV report of the same year are two files, never one."""
    from lkjip_tui.planning.portfolio import ANNUAL, _placed_by_name

    out = tmp_path / "data"
    out.mkdir()
    for name in ("contoh-2023-tw4", "contoh-2023-tahunan"):
        shutil.copy(SAMPLE_DRAFT, tmp_path / f"{name}.txt")
        code, _, err = run("import", tmp_path / f"{name}.txt", "-o", out)
        assert code == 0, err
    written = sorted(p.name for p in (out / "contoh").iterdir())
    assert written == ["2023-tahunan.yaml", "2023-tw4.yaml"]
    assert 'period: "Tahunan"' in (out / "contoh" / "2023-tahunan.yaml").read_text("utf-8")
    assert _placed_by_name(out / "contoh" / "2023-tahunan.yaml") == (2023, ANNUAL)


def test_a_draft_whose_name_names_no_unit_takes_the_unit_its_cover_names(run: Run, tmp_path: Path) -> None:
    copy = tmp_path / "Laporan Kinerja (final).txt"
    shutil.copy(SAMPLE_DRAFT, copy)
    assert "LKJ206" not in {f["code"] for f in _json(run, copy)}


def test_a_folder_named_as_people_name_folders_names_the_unit(run: Run, tmp_path: Path) -> None:
    """A file name with a year and no unit takes the unit from its folder, written with spaces or
    not; where neither names one the error says it is the unit that is missing, not the year."""
    case = CORPUS / "LKjIP 2019 final rev.txt"  # its cover names no unit either
    for folder, unit in (("Dinkes Bantul", "dinkes-bantul"), ("LKjIP 2019 final rev", None)):
        (tmp_path / folder).mkdir()
        shutil.copy(case, tmp_path / folder / case.name)
        code, out, _ = run("check", "--format", "json", tmp_path / folder / case.name)
        doc = json.loads(out)
        if unit is None:
            assert code == 2 and [e["key"] for e in doc["errors"]] == ["err.draft_no_unit"]
            assert "--unit" in doc["errors"][0]["message"] and "tahunnya" not in doc["errors"][0]["message"]
        else:
            assert code in (0, 1) and not doc["errors"] and doc["findings"]
            assert layout.from_name(folder)[0] == unit


def test_unit_year_and_period_stated_on_the_command_line(run: Run, tmp_path: Path) -> None:
    copy = tmp_path / "Draft final (revisi 3).txt"
    copy.write_text("Laporan\n\nNo.\tINDIKATOR KINERJA\tTARGET\tREALISASI\tCAPAIAN\n", "utf-8")
    code, out, _ = run("check", "--format", "json", copy)
    assert code == 2 and "err.draft_unnamed" in out
    code, out, _ = run(
        "check", "--format", "json", "--unit", "dinkes", "--year", "2022", "--period", "tw3", copy
    )
    assert code in (0, 1), out
    code, out, _ = run("check", "--format", "json", "--year", "2022", "--period", "tw7", copy)
    assert code == 2 and "err.draft_period" in out


# ------------------------------------------------------------------ lkjip init

CORPUS = ROOT / "tests" / "corpus"
INIT_CASES = [
    SAMPLE_DRAFT,
    CORPUS / "tanahdatar-2016.txt",
    CORPUS / "LKjIP 2019 final rev.txt",
    CORPUS / "LKjIP PA Kuala Kurun 2021 final.txt",
]


@pytest.mark.parametrize("source", INIT_CASES, ids=lambda p: p.stem)
def test_init_writes_rules_that_find_what_the_zero_config_check_found(
    run: Run, tmp_path: Path, source: Path
) -> None:
    if not source.is_file():
        pytest.skip(f"{source.name} is not in this checkout")
    folder = tmp_path / "dinas-contoh"  # a file name naming no unit takes its folder's
    folder.mkdir()
    draft = folder / ("bp3mi-contoh-2023-tw2.txt" if source == SAMPLE_DRAFT else source.name)
    shutil.copy(source, draft)
    zero = _json(run, draft)
    rules = tmp_path / "aturan"
    code, _out, err = run("init", draft, "-o", rules)
    assert code == 0, err
    written = sorted(p.relative_to(rules).as_posix() for p in rules.rglob("*.toml"))
    assert len(written) == 5 and any(p.endswith("/iku.toml") for p in written), written
    iku = next(rules.glob("*-katalog/iku.toml")).read_text("utf-8")
    assert "# inferred" in iku + next(rules.glob("*/*[0-9].toml")).read_text("utf-8")
    code, _, err = run("init", draft, "-o", rules)
    assert code == 2, "init never overwrites what it wrote"
    refined = _json(run, "--rules", rules, draft)
    assert "LKJ206" not in {f["code"] for f in refined}
    found = {(f["code"], f["line"], f["column"]) for f in refined}
    missing = [f for f in zero if f["code"] != "LKJ206" and (f["code"], f["line"], f["column"]) not in found]
    assert missing == []


# ------------------------------------------------------------------ say why


def test_an_unrecognised_table_says_its_headings_the_nearest_entry_and_what_did_not_match(
    tmp_path: Path,
) -> None:
    path = tmp_path / "dinas-contoh-2022.txt"
    path.write_text(
        "LAPORAN KINERJA TAHUN 2022\n\n"
        "Tabel III.90 Realisasi Anggaran Tahun 2022\n\n"
        "No\tUraian\tJumlah\n1\tBelanja Pegawai\t1.000.000\n",
        "utf-8",
    )
    result = Engine(select={"LKJ707"}.__contains__).check_file(path)
    assert result.error is None
    [finding] = result.findings
    from lkjip_tui.messages import render

    text = render(finding.message, "en")
    assert "Tabel III.90" in text and "No | Uraian | Jumlah" in text
    assert "table kind anggaran (sakip/draft/mapping.toml line" in text and "pagu, realisasi" in text


def test_a_table_of_contents_is_not_a_data_table(tmp_path: Path) -> None:
    path = tmp_path / "dinas-contoh-2022.txt"
    path.write_text(
        "LAPORAN KINERJA TAHUN 2022\n\nDAFTAR ISI\n\n"
        "BAB I\tPENDAHULUAN ....................\t1\n"
        "BAB II\tPERENCANAAN KINERJA ..........\t5\n"
        "BAB III\tAKUNTABILITAS KINERJA ........\t9\n"
        "BAB IV\tPENUTUP .......................\t30\n",
        "utf-8",
    )
    assert _check(path, {"LKJ707"}) == []


# ------------------------------------------------------------------ the formula language


def test_avg_and_a_wildcard_without_the_total_row() -> None:
    from decimal import Decimal

    from lkjip_tui.formula import Num
    from lkjip_tui.model.authority import Facts
    from lkjip_tui.model.scope import Env, Origin, Scope, compile_formula
    from tests.conftest import SAMPLE

    report, rs = Engine().load(SAMPLE)
    env = Env(report, rs, None, None, Facts(report, rs))

    def number(text: str) -> Decimal:
        v = compile_formula(text, Scope(rs), Origin("t.toml", 1, 1))(env)
        assert isinstance(v, Num) and v.iv.exact, v
        return v.iv.lo

    assert number("avg(2, 4, 9)") == 5
    assert number("avg(pemulangan[*].jml)") == number("sum(pemulangan[*].jml)") / number(
        "count(pemulangan[*])"
    )
    # penempatan_negara has a JUMLAH row: t[*] is every other row, so their sum is the total.
    assert number("sum(penempatan_negara[*].total)") == number("penempatan_negara[JUMLAH].total")


PK_DRAFT = """LAPORAN KINERJA INSTANSI PEMERINTAH
DINAS KESEHATAN KOTA CONTOH
TAHUN 2022

KATA PENGANTAR

Tabel 2.1 Perjanjian Kinerja Tahun 2022

No\tSasaran\tIndikator Kinerja\tTarget
1\tMeningkatnya derajat kesehatan\tPersentase puskesmas terakreditasi\t100
\tMeningkatnya derajat kesehatan\tAngka kematian ibu\t80

Tabel 3.1 Capaian Kinerja Tahun 2022

No\tIndikator Kinerja\tTarget\tRealisasi\tCapaian
1\tPersentase puskesmas terakreditasi\t90\t90\t100%
2\tAngka kematian ibu\t80\t60\t125%
"""


def test_the_printed_perjanjian_kinerja_is_the_authority_for_an_annual_reports_targets(
    tmp_path: Path,
) -> None:
    annual = tmp_path / "dinkes-kota-contoh-2022.txt"
    annual.write_text(PK_DRAFT, "utf-8")
    found = _check(annual, {"LKJ201", "LKJ202", "LKJ101"})
    assert ("LKJ201", "error", "IKU1") in found  # 90 printed, 100 in the Perjanjian Kinerja
    assert not any(row == "IKU2" for _, _, row in found)  # lower is better, and consistent
    # A quarter's target is never derived from the annual one: no breakdown is printed.
    quarterly = tmp_path / "dinkes-kota-contoh-2022-tw2.txt"
    quarterly.write_text(PK_DRAFT, "utf-8")
    assert not any(code in ("LKJ201", "LKJ202") for code, _, _ in _check(quarterly))
