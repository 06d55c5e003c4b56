"""Property tests: whatever a text export holds, reading and checking it ends in a report or
in a clear input error, never in an exception; the prose finders never fail either."""

from __future__ import annotations

from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from lkjip_tui.engine import Engine
from lkjip_tui.values import prose

PIECES = [
    "Tabel 1. Capaian Kinerja Triwulan II tahun 2023",
    "Tabel 7. Pengukuran Capaian Kinerja Triwulan II Tahun 2023",
    "No.\tINDIKATOR KINERJA UTAMA\tTARGET\tREALISASI\tCAPAIAN",
    "1.\tPenempatan Pekerja Migran Indonesia terampil dan profesional\t375\t142\t38%",
    "\t\tNilai IKPA\t95\t90,43\t100%",
    "NO\tKODE\tURAIAN\tPAGU\tREALISASI\tSALDO\t%",
    "\t3894. AEF\tSosialisasi\t450.000.000\t54.582.700\t395.417.300\t12,13%",
    "\t\t\t4.357.162.000\t2.106.360.472\t2.250.801.528\t48,34%",
    "DAFTAR TABEL",
    "Tabel 12. Data Pekerja Migran.....\tError! Bookmark not defined.",
    "Gambar 9 Jendela Website",
    "IKU 1:",
    "SASARAN STRATEGIS 2 : Meningkatnya tata kelola pemerintahan yang baik",
    "Pada Triwulan II tahun 2022, tidak ada (tiga) hal.",
    "sebesar Rp. 2.106.360.472, (dua milyar seratus enam",
    "Tiga ratus enam puluh ribu rupiah) atau 48,34% dari pagu",
    "((3-0)/1) x 100% = - 3% = 1.560 : 0 = ((",
    "pada hari Selasa 12 Juni 2023 dan 31 Februari 2023 (2/5/2023)",
    "telah menerbitkan 19 (sembilan belas) berita",
    "$$\\begin{aligned} ((3-0)/1) \\times 100\\% &= - 3\\% \\end{aligned}$$",
    "\f",
    "",
    " ",
]
LINES = st.one_of(st.sampled_from(PIECES), st.text(alphabet="abc19.,%()\t -=xRp:/\f", max_size=40))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.lists(LINES, min_size=0, max_size=40))
def test_any_text_export_reads_or_is_refused_clearly(tmp_path_factory: object, lines: list[str]) -> None:
    from tests.conftest import ROOT

    folder = tmp_path_factory.mktemp("fuzz")  # type: ignore[attr-defined]
    path = Path(folder) / "bp3mi-sumbar-2023-tw2.txt"
    path.write_text("\n".join(lines), "utf-8")
    result = Engine([ROOT / "rules"]).check_file(path)
    if result.error is not None:
        assert result.error.key.startswith("err."), result.error


@given(st.text(max_size=300))
def test_the_prose_finders_take_any_text(text: str) -> None:
    for figure, words in prose.worded(text):
        assert text[figure.start : figure.end].strip() == figure.text
        assert words.start >= figure.end
    for span, _, year in prose.periods(text):
        assert text[span.start : span.end] == span.text and 1000 <= year <= 9999
    for day, weekday in prose.dates(text):
        assert text[day.start : day.end] == day.text
        assert weekday is None or weekday.end <= day.start
    for chain in prose.arithmetic(text):
        assert len(chain) >= 2 and all(text[m.start : m.end] == m.text for m in chain)
