"""One schema, two uses: the JSON Schemas lkjip emits accept what lkjip reads and refuse what it refuses.

The committed schemas (shipped in the package, and the sample catalogue's data
schema its data file names in its modeline) are regenerated from the model and
compared; LKJIP_UPDATE_GOLDEN=1 rewrites them.
"""

from __future__ import annotations

import json
import os
import re
import sys
from pathlib import Path
from typing import Any

import pytest
import yaml
from hypothesis import given
from hypothesis import strategies as st
from jsonschema import Draft202012Validator

from lkjip_tui.engine import Engine
from lkjip_tui.model.catalogue import rules_json_schema
from lkjip_tui.model.data_file import data_json_schema
from tests.conftest import MINIMAL, ROOT, SAMPLE, Run

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

SCHEMAS = ROOT / "lkjip_tui" / "schemas"
CATALOGUE_DATA_SCHEMA = ROOT / "rules" / "bp2mi" / "data.schema.json"


class Yaml12(yaml.SafeLoader):
    """YAML as editors read it (1.2 core schema): `no:` is a key, not false."""


Yaml12.yaml_implicit_resolvers = {
    k: [r for r in v if r[0] != "tag:yaml.org,2002:bool"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}
Yaml12.add_implicit_resolver(
    "tag:yaml.org,2002:bool", re.compile(r"^(?:true|True|TRUE|false|False|FALSE)$"), list("tTfF")
)


def _sample_rules() -> Any:
    return Engine().load(SAMPLE)[1]


def _expected() -> dict[Path, dict[str, Any]]:
    return {
        SCHEMAS / "data.schema.json": data_json_schema(),
        SCHEMAS / "rules.schema.json": rules_json_schema(),
        CATALOGUE_DATA_SCHEMA: data_json_schema(_sample_rules()),
    }


def test_committed_schemas_are_generated_from_the_model() -> None:
    for path, schema in _expected().items():
        text = json.dumps(schema, ensure_ascii=False, indent=2) + "\n"
        if os.environ.get("LKJIP_UPDATE_GOLDEN"):
            path.write_text(text, "utf-8")
        assert path.read_text("utf-8") == text, (
            f"{path} is stale: `lkjip schema data rules/bp3mi-sumbar/2023.toml --write` rewrites a "
            "catalogue's, LKJIP_UPDATE_GOLDEN=1 pytest all"
        )


def test_schema_write_regenerates_the_catalogues_schema(rules_dir: Path, run: Run) -> None:
    stale = rules_dir / "bp2mi" / "data.schema.json"
    stale.write_text("{}\n", "utf-8")
    unit_rules = rules_dir / "bp3mi-sumbar" / "2023.toml"
    unit_rules.parent.mkdir()
    unit_rules.write_bytes((ROOT / "rules" / "bp3mi-sumbar" / "2023.toml").read_bytes())
    code, _, err = run("schema", "data", unit_rules, "--write")
    assert code == 0, err
    assert stale.read_text("utf-8") == CATALOGUE_DATA_SCHEMA.read_text("utf-8")
    assert run("schema", "rules", "--write")[0] == 2


@pytest.mark.parametrize("path", sorted(_expected()), ids=lambda p: p.name)
def test_schemas_are_valid_json_schema(path: Path) -> None:
    Draft202012Validator.check_schema(json.loads(path.read_text("utf-8")))


def _errors(schema: dict[str, Any], doc: Any) -> list[str]:
    return [e.message for e in Draft202012Validator(schema).iter_errors(doc)]


def test_every_shipped_data_file_fits_its_schemas() -> None:
    files = sorted((ROOT / "data").rglob("*.yaml"))
    assert files
    generic, catalogue = data_json_schema(), data_json_schema(_sample_rules())
    for f in files:
        doc = yaml.load(f.read_text("utf-8"), Loader=Yaml12)
        assert _errors(generic, doc) == [], f
        assert _errors(catalogue, doc) == [], f


def test_every_shipped_rules_file_fits_the_rules_schema() -> None:
    files = sorted(
        [*(ROOT / "rules").glob("*/*.toml"), *(ROOT / "tests" / "cases" / "rules").glob("*/*.toml")]
    )
    assert len(files) >= 5
    schema = rules_json_schema()
    for f in files:
        assert _errors(schema, tomllib.loads(f.read_text("utf-8"))) == [], f


def test_the_sample_names_its_schema_for_editors() -> None:
    first = SAMPLE.read_text("utf-8").splitlines()[0]
    assert first == "# yaml-language-server: $schema=../../rules/bp2mi/data.schema.json"
    assert (SAMPLE.parent / "../../rules/bp2mi/data.schema.json").resolve() == CATALOGUE_DATA_SCHEMA


# Files lkjip refuses are refused by the schema too: the two come from one declaration.
BAD_DATA = [
    MINIMAL + "tabels: {}\n",
    MINIMAL.replace("year: 2023", "year: duaribu"),
    MINIMAL.replace("unit: contoh\n", ""),
    MINIMAL.replace("realisasi: 142", "realisasii: 142"),
    MINIMAL.replace("IKU1:", "IKU9:"),
    MINIMAL + "facts:\n  jumlah_berita: {valeu: 19}\n",
    MINIMAL + "facts:\n  jumlah_berta: {value: 19}\n",
    MINIMAL.replace("capaian: 38%}", "capaian: [38]}"),
    MINIMAL.replace("quarter: TW II", "period: TW V"),
    MINIMAL.replace("quarter: TW II", "quarter: Triwulan 5"),
    MINIMAL.replace("  ikhtisar:", "  ikhtisr:"),
]


@pytest.mark.parametrize("body", BAD_DATA, ids=range(len(BAD_DATA)))
def test_lkjip_and_the_schema_refuse_the_same_data(
    tmp_path: Path, rules_dir: Path, run: Run, body: str
) -> None:
    path = tmp_path / "report.yaml"
    path.write_text(body, "utf-8")
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, path)
    assert code == 2 and json.loads(out)["errors"], out
    assert _errors(data_json_schema(_sample_rules()), yaml.load(body, Loader=Yaml12))


def test_lkjip_and_the_schema_accept_the_same_data(tmp_path: Path, rules_dir: Path, run: Run) -> None:
    path = tmp_path / "report.yaml"
    path.write_text(MINIMAL, "utf-8")
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, path)
    assert code in (0, 1) and not json.loads(out)["errors"]
    assert _errors(data_json_schema(_sample_rules()), yaml.load(MINIMAL, Loader=Yaml12)) == []


BAD_RULES = [
    ('formula = "higher"', 'formula = "higer"'),
    ('unit = "orang"', 'unti = "orang"'),
    ("measured_in = [4]", "measured_in = [5]"),
    ('formula = "index"\n', 'formula = "index"\ncap = "banyak"\n'),
]


@pytest.mark.parametrize(("old", "new"), BAD_RULES, ids=[n for _, n in BAD_RULES])
def test_lkjip_and_the_schema_refuse_the_same_rules(
    tmp_path: Path, rules_dir: Path, run: Run, old: str, new: str
) -> None:
    iku = rules_dir / "bp2mi" / "iku.toml"
    text = iku.read_text("utf-8")
    assert old in text
    iku.write_text(text.replace(old, new, 1), "utf-8")
    data = tmp_path / "report.yaml"
    data.write_text(MINIMAL, "utf-8")
    code, out, _ = run("check", "--format", "json", "--rules", rules_dir, data)
    assert code == 2 and json.loads(out)["errors"][0]["file"].endswith("iku.toml")
    assert _errors(rules_json_schema(), tomllib.loads(iku.read_text("utf-8")))


def test_schema_command_prints_them(run: Run) -> None:
    code, out, _ = run("schema", "rules")
    assert code == 0 and json.loads(out) == rules_json_schema()
    code, out, _ = run("schema", "data", SAMPLE)
    assert code == 0 and "ikhtisar" in json.loads(out)["properties"]["tables"]["properties"]
    assert run("schema", "data", ROOT / "nope.yaml")[0] == 2


_PERIOD_PIECES = ["TW", "tw", "Triwulan", "TRIWULAN", "Q", "t", "ke", "Ke", " ", "-", ".", "I", "i"]
_PERIOD_PIECES += ["V", "v", "1", "2", "4", "5", "0", "Tahunan", "LKjIP", "annual", "x", "/"]


@given(st.lists(st.sampled_from(_PERIOD_PIECES), max_size=6).map("".join))
def test_the_schema_accepts_the_periods_lkjip_reads(text: str) -> None:
    """The period's pattern in the schemas is what parse_period accepts: editors refuse `TW V`."""
    from lkjip_tui.model.data_file import PERIOD_PATTERN, QUARTER_PATTERN, parse_period
    from lkjip_tui.values.dates import DateError, parse_quarter

    try:
        parse_period(text)
        period_ok = True
    except DateError:
        period_ok = False
    try:
        parse_quarter(text)
        quarter_ok = True
    except DateError:
        quarter_ok = False
    assert bool(re.fullmatch(PERIOD_PATTERN, text)) == period_ok
    assert bool(re.fullmatch(QUARTER_PATTERN, text)) == quarter_ok


def _misspelt(old: str = "  pengukuran:\n", new: str = "  pengukran:\n") -> str:
    text = SAMPLE.read_text("utf-8")
    assert text.count(old) == 1
    return text.replace(old, new)


def test_a_misspelt_table_name_is_one_error_at_that_name() -> None:
    """Not "missing kind" and the errors of whichever kind fits best (9 in yaml-language-server):
    one error, at the name, whose text (`errorMessage`, what the editor shows) lists the kinds."""
    rs = _sample_rules()
    validator = Draft202012Validator(data_json_schema(rs))
    [error] = validator.iter_errors(yaml.load(_misspelt(), Loader=Yaml12))
    assert error.json_path == "$.tables.pengukran" and error.validator == "required"
    assert error.message == "'kind' is a required property"
    shown = error.schema["errorMessage"]
    assert "no kind of table" in shown and all(k in shown for k in rs.tables)
    # Named otherwise, a table says its kind: a misspelt kind is one error naming the kinds.
    doc = yaml.load(
        _misspelt("    kind: capaian_sasaran\n    number: 8", "    kind: capaian_sasarn\n    number: 8"),
        Loader=Yaml12,
    )
    [error] = validator.iter_errors(doc)
    assert error.json_path.endswith(".kind") and "'capaian_sasarn' is not one of" in error.message
    assert "'capaian_sasaran'" in error.message


@pytest.mark.parametrize(("name", "said"), [("pengukran", "did you mean 'pengukuran'?"), ("zzz", "anggaran")])
def test_lkjip_names_a_misspelt_table_where_it_stands(tmp_path: Path, run: Run, name: str, said: str) -> None:
    """lkjip's own error: file:line:col of the name, a did-you-mean, else the kinds to choose from."""
    import shutil

    shutil.copytree(ROOT / "rules", tmp_path / "rules")
    data = tmp_path / "data" / "2023-tw2.yaml"
    data.parent.mkdir()
    text = _misspelt(new=f"  {name}:\n")
    data.write_text(text, "utf-8")
    line = text.splitlines().index(f"  {name}:") + 1
    code, _, err = run("check", "--lang", "en", data)
    assert code == 2 and f"2023-tw2.yaml:{line}:3: error: table '{name}' is not named for a kind" in err
    assert said in err and err.count("error:") == 1
