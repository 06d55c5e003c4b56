"""Property tests of what the prose rules (LKJ606–609, LKJ709–710) read: lists by their markers,
passages written twice, abbreviated unit names; and that any narrative gives findings, never
an exception."""

from __future__ import annotations

from pathlib import Path

import yaml
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkjip_tui.checks.document._lists import lists
from lkjip_tui.checks.document.lkj709_repeated_text import PASSAGE_WORDS, _doubled
from lkjip_tui.checks.narrative.lkj606_other_unit import _abbreviates, _same
from lkjip_tui.engine import Engine
from lkjip_tui.model.document import Paragraph

WORD = st.text(alphabet="abcdefghijklmnop", min_size=1, max_size=8)


@given(
    st.lists(
        st.tuples(st.sampled_from(["1)", "a.", "- 1)", "2.", "b)"]), st.integers(1, 6), WORD), max_size=30
    )
)
def test_every_list_item_is_in_one_list_numbered_on(items: list[tuple[str, int, str]]) -> None:
    paragraphs = []
    for i, (mark, n, text) in enumerate(items):
        letter = mark.strip("- ")[0].isalpha()
        marker = (chr(ord("a") + n - 1) if letter else str(n)) + mark[-1]
        paragraphs.append(
            Paragraph(f"{'- ' if mark.startswith('-') else ''}{marker} {text}", (i + 1,), "text")
        )
    found = lists(paragraphs)
    counted = [it for _, lst in found for it in lst.items]
    assert len(counted) == len(paragraphs)
    assert len({id(it.paragraph) for it in counted}) == len(paragraphs)
    for _, lst in found:
        numbers = [it.number for it in lst.items]
        assert numbers == list(range(numbers[0], numbers[0] + len(numbers)))


@given(st.lists(WORD, min_size=PASSAGE_WORDS, max_size=30), st.lists(WORD, max_size=5))
def test_a_passage_written_twice_in_a_row_is_found(passage: list[str], before: list[str]) -> None:
    text = " ".join(before + passage + passage) + "."
    found = _doubled(text)
    assert found is not None
    start, end = found
    assert text[end:].lstrip().startswith(text[start:end].split()[0])


@given(st.lists(WORD, min_size=PASSAGE_WORDS, max_size=30, unique=True))
def test_a_passage_of_distinct_words_is_not_doubled(words: list[str]) -> None:
    assert _doubled(" ".join(words)) is None


@given(st.lists(st.tuples(WORD, st.integers(1, 8)), min_size=1, max_size=4))
def test_an_abbreviation_of_word_beginnings_is_the_same_place(parts: list[tuple[str, int]]) -> None:
    words = [w for w, _ in parts]
    short = "".join(w[:k] for w, k in parts)
    assert _abbreviates(short, words)
    assert _same([short], words)
    assert _same(words[:1], words)


PIECES = [
    "Adapun kegiatan yang dilaksanakan oleh BP3MI Riau adalah sebagai berikut:",
    "BP3MI Sumatera Barat telah melaksanakan 3 (tiga) kegiatan.",
    "- 1) Rumah Sakit Umum Bunda Padang;",
    "- 2) Rumah Sakit Umum Bunda Padang;",
    "a. Koordinasi",
    "IKU 4: Pemberdayaan Pekerja Migran Indonesia Purna dan keluarganya",
    "IKU 1:",
    "SASARAN STRATEGIS 2 : Meningkatnya tata kelola pemerintahan yang baik",
    "Analisa capaian Indikator Kinerja Sasaran Strategis 1, yaitu:",
    "realisasi 167 menurun dari target 150, naik dari 15 menjadi 6",
    "168 orang belum mencapai target jangka menengah 150",
    "persentase capaian adalah 140%, sehingga target tidak terpenuhi",
    "secara umum dapat memenuhi target",
    "13 (tiga belas) P3MI terdiri dari 1 (satu) P3MI pusat dan 11 (sebelas) P3MI cabang",
    "revisi dilakukan sebanyak dua kali, yaitu:",
    "capaian kinerja tahun 2010; LKIP Dinkes 2017; Nomor 7 Tahun 2017; 2020-2024",
    "BAB III PENUTUP",
]
TEXTS = st.one_of(st.sampled_from(PIECES), st.text(alphabet="aIKU 19.,:;%()-BP3MIterdiridan", max_size=60))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(st.tuples(TEXTS, st.sampled_from(["body", "body", "header", "footer"])), max_size=25))
def test_any_narrative_gives_findings_never_an_exception(
    tmp_path_factory: object, paragraphs: list[tuple[str, str]]
) -> None:
    from tests.test_rule_cases import BASE_TARGETS, CATALOGUE

    folder = Path(tmp_path_factory.mktemp("prose"))  # type: ignore[attr-defined]
    rules = folder / "rules"
    (rules / "contoh").mkdir(parents=True)
    (rules / "contoh" / "2023.toml").write_text(BASE_TARGETS, "utf-8")
    (rules / "bp2mi").symlink_to(CATALOGUE)
    document = {
        "paragraphs": [{"line": i + 1, "text": t, "part": part} for i, (t, part) in enumerate(paragraphs)]
    }
    data = folder / "report.yaml"
    data.write_text(
        "lkjip: 1\nunit: contoh\nyear: 2023\nperiod: TW II\n" + yaml.safe_dump({"document": document}),
        "utf-8",
    )
    codes = {"LKJ606", "LKJ607", "LKJ608", "LKJ609", "LKJ709", "LKJ710"}
    result = Engine([rules], select=codes.__contains__).check_file(data)
    assert result.error is None and not result.internal, (result.error, result.internal)


def test_a_docx_running_header_or_footer_of_another_year_is_found(sample_docx: Path, tmp_path: Path) -> None:
    import docx

    from tests.conftest import ROOT

    d = docx.Document(str(sample_docx))
    d.sections[0].header.paragraphs[0].text = "Laporan Kinerja BP3MI Sumatera Barat Triwulan II 2023"
    d.sections[0].footer.paragraphs[0].text = "LKj BP3MI Sumbar 2021"
    out = tmp_path / "bp3mi-sumbar-2023-tw2.docx"
    d.save(str(out))
    result = Engine([ROOT / "rules"], select="LKJ609".__eq__).check_file(out)
    assert result.error is None
    assert [(f.code, f.actual) for f in result.findings] == [("LKJ609", "2021")]
