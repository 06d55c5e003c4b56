from __future__ import annotations

import re
import string
from decimal import Decimal
from pathlib import Path

import pytest

from lkjip_tui import messages
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed

PACKAGE = Path(messages.__file__).parent.parent  # lkjip_tui/


def _fields(template: str) -> set[str]:
    return {name for _, name, _, _ in string.Formatter().parse(template) if name}


def test_both_languages_take_the_same_arguments() -> None:
    for key, (id_text, en_text) in messages.M.items():
        en = _fields(en_text)
        plurals = {f for f in en if f.endswith("_s")}  # English's "file{files_s}": made from {files}
        assert {f.removesuffix("_s") for f in plurals} <= en - plurals, key
        assert _fields(id_text) == en - plurals, key


@pytest.mark.parametrize(
    ("count", "said"), [(1, "1 file checked: 1 error,"), (2, "2 files checked: 2 errors,")]
)
def test_english_counts_agree_with_their_number(count: int, said: str) -> None:
    args = {"files": count, "errors": count, "warnings": 0, "infos": 0}
    assert messages.render(Msg("cli.summary", args), "en").startswith(said)
    assert messages.render(Msg("cli.summary", args), "id").startswith(
        f"{count} berkas diperiksa: {count} galat,"
    )
    # Given as a Decimal or as text, as some callers do, the count still agrees.
    for given in (Decimal(count), str(count)):
        said_en = messages.render(Msg("ci.github_more", {"count": given, "cap": 10}), "en")
        assert said_en.startswith(f"{count} more finding{'' if count == 1 else 's'} not annotated"), said_en


def test_every_message_key_used_in_the_code_exists() -> None:
    used: set[str] = set()
    pattern = re.compile(r"""["'](err|lkj\d{3}|cli|sev|num|terbilang|where)(\.[a-z_0-9]+)?["']""")
    for path in PACKAGE.rglob("*.py"):
        for m in pattern.finditer(path.read_text("utf-8")):
            used.add(m.group(1) + (m.group(2) or ""))
    used = {k for k in used if k not in ("err", "cli", "sev", "num", "terbilang", "where")}
    missing = sorted(k for k in used if k not in messages.M)
    assert not missing


def test_numbers_are_printed_per_language() -> None:
    msg = Msg(
        "lkj301",
        {
            "printed": Printed("4.357.162.000"),
            "computed": Decimal("4357162001"),
            "column": "pagu",
            "row_key": "JUMLAH",
            "parts": "a, b",
        },
    )
    assert "4.357.162.001" in messages.render(msg, "id")
    assert "4,357,162,001" in messages.render(msg, "en")
    # A wide interval is said in words; one from rounded inputs, as its value to two decimals.
    assert messages.arg(Interval(Decimal("37.5"), Decimal("38.5")), "id") == "antara 37,5 dan 38,5"
    assert (
        messages.arg(Interval(Decimal("-225.08"), Decimal("-159.74")), "en") == "between -225.08 and -159.74"
    )
    assert messages.arg(Interval(Decimal("72.0284"), Decimal("72.0398")), "id") == "72,03"
    assert messages.arg(Decimal("37.8666"), "en") == "37.8666"
    assert messages.arg(Decimal("37.866666"), "id") == "37,87"


def test_did_you_mean_is_appended() -> None:
    text = messages.render(
        Msg("err.unknown_key", {"key": "tabels", "path": Msg("where.top"), "hint": "tables"}), "en"
    )
    assert text.endswith("did you mean 'tables'?")


def test_readme_lists_every_rule() -> None:
    from lkjip_tui.checks import all_rules

    readme = (PACKAGE.parent / "README.md").read_text("utf-8")
    for rule in all_rules():
        assert f"| {rule.meta.code} | {rule.meta.name} | {rule.meta.severity} |" in readme, rule.meta.code


# ------------------------------------------------------------------ one language at a time

# English words that slip into Indonesian texts (not the domain's own terms: target,
# realisasi, capaian, which both languages use). Code — keys, values of the formats,
# formulas — is quoted ('…', "…", `…`) or written with dots, brackets and underscores.
ENGLISH = set(
    [
        "the",
        "of",
        "and",
        "is",
        "are",
        "was",
        "be",
        "not",
        "no",
        "top",
        "level",
        "cumulative",
        "even",
        "constant",
        "profile",
        "annual",
        "only",
        "quarter",
        "quarters",
        "expected",
        "found",
        "blank",
        "row",
        "rows",
        "column",
        "columns",
        "table",
        "tables",
        "value",
        "values",
        "range",
        "lower",
        "upper",
        "within",
        "penalty",
        "missing",
        "unknown",
        "file",
        "line",
        "rule",
        "rules",
        "should",
        "must",
        "cannot",
        "does",
        "printed",
        "here",
        "rounded",
        "rounding",
        "below",
        "above",
        "between",
        "with",
        "from",
        "for",
        "to",
        "in",
        "at",
        "on",
        "if",
        "else",
        "this",
        "that",
        "which",
        "when",
        "where",
        "all",
        "any",
        "each",
        "every",
        "some",
        "other",
        "same",
        "different",
        "figure",
        "figures",
        "sum",
        "parts",
        "breakdown",
        "split",
        "held",
        "year",
        "years",
        "previous",
        "current",
        "measure",
        "measures",
        "score",
        "percentage",
        "amount",
        "amounts",
        "zero",
        "none",
        "undefined",
        "follows",
        "give",
        "gives",
        "computed",
        "declared",
        "evidence",
        "authority",
        "mention",
        "mentions",
        "narrative",
        "report",
        "page",
    ]
)
# Indonesian words that slip into English texts.
INDONESIAN = set(
    [
        "tidak",
        "dan",
        "yang",
        "dari",
        "seharusnya",
        "dicetak",
        "jika",
        "dalam",
        "rentang",
        "tahunan",
        "dibulatkan",
        "desimal",
        "tetap",
        "sepanjang",
        "tahun",
        "hanya",
        "diukur",
        "narasi",
        "baris",
        "kosong",
        "pembagian",
        "menurut",
        "bukti",
        "rumus",
        "sini",
        "padahal",
        "sesuai",
        "dengan",
        "berbeda",
        "nilai",
        "dihitung",
        "memberi",
        "bacaan",
        "mana",
        "pun",
        "angka",
        "sumber",
        "acuan",
        "menentukan",
        "pastikan",
        "seragamkan",
        "bukan",
        "bagiannya",
        "ditulis",
        "gaya",
        "atau",
        "untuk",
        "sebagai",
        "kumulatif",
        "triwulan",
        "pita",
        "celah",
        "batas",
        "bawah",
        "atas",
        "laporan",
        "periode",
    ]
)
_CODE = re.compile(r"\{[^}]*\}|'[^']*'|\"[^\"]*\"|“[^”]*”|`[^`]*`|«[^»]*»|\[\[[^\]]*\]\]|\S*[._\[\]]\S*")


NAMES = ("G to G",)  # a programme's name, in both languages
FORMULA_WORDS = {"and", "or", "not"}  # the formula language's, in explanations that substitute values


def _slips(text: str, words: set[str]) -> list[str]:
    for name in NAMES:
        text = text.replace(name, " ")
    return [w for w in re.findall(r"[A-Za-z']+", _CODE.sub(" ", text)) if w.lower() in words]


def test_no_english_inside_the_indonesian_texts() -> None:
    from lkjip_tui.checks import all_rules

    slips = {k: s for k, (id_text, _) in messages.M.items() if (s := _slips(id_text, ENGLISH))}
    for rule in all_rules():
        for part in (rule.meta.summary, rule.meta.rationale):
            if s := _slips(part["id"], ENGLISH):
                slips[rule.meta.code] = s
    assert slips == {}


def test_no_indonesian_inside_the_english_texts() -> None:
    from lkjip_tui.checks import all_rules

    # The English texts may name Indonesian terms in quotes or as the report prints them.
    slips = {k: s for k, (_, en_text) in messages.M.items() if (s := _slips(en_text, INDONESIAN))}
    for rule in all_rules():
        for part in (rule.meta.summary, rule.meta.rationale):
            if s := _slips(part["en"], INDONESIAN - {"pagu", "realisasi"}):
                slips[rule.meta.code] = s
    assert slips == {}


def test_the_catalogue_names_its_figures_in_both_languages() -> None:
    from lkjip_tui.engine import Engine
    from tests.conftest import SAMPLE

    _, rs = Engine().load(SAMPLE)
    for fact in rs.facts.values():
        assert isinstance(fact.label, dict) and set(fact.label) == {"id", "en"}, fact.id
        assert not _slips(fact.label["id"], ENGLISH - {"online"}), fact.id
    for check in rs.checks:
        if check.type == "condition":
            assert not _slips(check.params["message"]["id"], ENGLISH)


def test_findings_and_explanations_read_in_one_language(tmp_path: Path) -> None:
    """Every finding of the sample and of every rule case, with its explanation, rendered in
    each language: no English in the Indonesian, no Indonesian in the English (beyond the
    names the report prints: IKU names, values, table labels)."""
    from lkjip_tui.checks import all_rules
    from lkjip_tui.engine import Engine
    from tests.conftest import SAMPLE
    from tests.test_rule_cases import ALL_CASES, run_case

    engine = Engine()
    results = [engine.check_file(SAMPLE, keep=True)]
    for i, (code, case) in enumerate(ALL_CASES):
        run_case(tmp_path / str(i), code, case)  # writes the case's report and rules
        results.append(
            Engine([tmp_path / str(i) / "rules"]).check_file(tmp_path / str(i) / "report.yaml", keep=True)
        )
    seen_keys: set[str] = set()
    slips: list[str] = []
    for result in results:
        rs = result.rules
        if rs is None:
            continue
        names = sorted((n for i in rs.iku.values() for n in (i.name, i.short_name)), key=len, reverse=True)
        for f in result.findings:
            seen_keys.add(f.message.key)
            for lang, words in (("id", ENGLISH), ("en", INDONESIAN)):
                for text, allowed in (
                    (messages.render(f.message, lang), set()),
                    (messages.parts(f.explanation, lang), FORMULA_WORDS),
                ):
                    for name in names:
                        text = text.replace(name, " ")
                    if s := _slips(text, words - allowed):
                        slips.append(f"{lang} {f.code} {s}: {text}")
    assert slips == []
    assert len(seen_keys) > 50 and len(all_rules()) > 20  # the scan saw most of the messages
