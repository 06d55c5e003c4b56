"""Hypothesis strategies for structural fuzzing: data files, rules files and formulas.

Inputs are built the way an attacker or a careless editor would make them:
the shipped sample and rules with values swapped for odd ones (numbers at the
edges of Decimal, control characters, formulas of any shape), keys dropped or
added, values of the wrong kind, text mangled byte by byte.
"""

from __future__ import annotations

import contextlib
import copy
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import yaml
from hypothesis import strategies as st

from lkjip_tui.model import rules

ROOT = Path(__file__).resolve().parent.parent.parent
SAMPLE_TEXT = (ROOT / "data" / "bp3mi-sumbar" / "2023-tw2.yaml").read_text("utf-8")
CATALOGUE = {p.name: p.read_text("utf-8") for p in sorted((ROOT / "rules" / "bp2mi").glob("*.toml"))}
UNIT_RULES = (ROOT / "rules" / "bp3mi-sumbar" / "2023.toml").read_text("utf-8")
SAMPLE_DOC = yaml.load(SAMPLE_TEXT, Loader=yaml.CBaseLoader)  # every scalar as the text written

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

# ------------------------------------------------------------------ printed values

WORDS = [
    "nol",
    "satu",
    "dua",
    "tiga",
    "empat",
    "lima",
    "enam",
    "tujuh",
    "delapan",
    "sembilan",
    "seribu",
    "sejuta",
    "seratus",
    "sepuluh",
    "sebelas",
    "belas",
    "puluh",
    "ratus",
    "ribu",
    "juta",
    "miliar",
    "milyar",
    "triliun",
    "koma",
    "minus",
    "persen",
    "rupiah",
]
ODD = (
    "",
    "-",
    "n/a",
    "nihil",
    "nan",
    "NaN",
    "inf",
    "-Infinity",
    "sNaN",
    "1e999999999",
    "1E+18",
    "80 - 90%",
    "90 - 80",
    "1-1-1-1-1",
    "(18.500.000)",
    "Rp. 2.106.360.472,-",
    "4,357,162,000",
    "1.560",
    "00",
    "- 3%",
    "−5",
    "1.23.4",
    "12 April 2023",
    "31 Juni 2023",
    "29/2/2023",
    "Jum'at",
    "TW II",
    "999999999999999999.999999",
    "0,0000001",
)

printed = st.one_of(
    st.sampled_from(ODD),
    st.from_regex(
        r"[-+]?(Rp\.? ?)?\d{1,4}([.,]\d{3}){0,7}([.,]\d{1,8})?( ?%|,-)?( [a-zA-Z]{1,8})?", fullmatch=True
    ),
    st.integers(-(10**40), 10**40).map(str),
    st.integers(19, 6000).map(lambda n: "9" * n),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
    st.lists(st.sampled_from(WORDS), min_size=1, max_size=12).map(" ".join),
    st.text(max_size=40),
    st.text(alphabet=st.characters(max_codepoint=0x9F), max_size=12),  # control characters
)

# ------------------------------------------------------------------ formulas

TABLES = ("anggaran", "pemulangan", "penempatan_negara", "ikhtisar", "berita", "kasus", "tidak_ada")
COLUMNS = ("pagu", "realisasi", "saldo", "persen", "jml", "total", "l", "p", "target", "capaian", "no", "x")
KEYS = ("JUMLAH", "IKU1", "IKU6", "104.01.DP", '"3894"', "001", "MY", "zz")
FACTS = ("pagu", "p3mi", "p3mi_pusat", "IKU1.realisasi", "IKU2.target", "jumlah_berita", "tidak_ada")
FUNCTIONS = ("sum", "count", "min", "max", "abs", "round", "present", "sqrt", "")

number_literal = st.one_of(
    st.from_regex(r"\d{1,4}(\.\d{1,3})?", fullmatch=True),
    st.from_regex(r"\d{1,40}(\.\d{1,12})?", fullmatch=True),
)
path = st.one_of(
    st.sampled_from(FACTS).map(lambda f: f"facts.{f}"),
    st.builds(
        lambda t, k, c: f"{t}[{k}].{c}",
        st.sampled_from(TABLES),
        st.sampled_from(KEYS),
        st.sampled_from(COLUMNS),
    ),
    st.builds(lambda t, c: f"{t}[*].{c}", st.sampled_from(TABLES), st.sampled_from(COLUMNS)),
    st.builds(lambda t: f"{t}[*]", st.sampled_from(TABLES)),
    st.sampled_from(COLUMNS),
    st.from_regex(r"[A-Za-z_][A-Za-z0-9_]{0,8}(\.[a-z]{1,5})?", fullmatch=True),
)
leaf = st.one_of(number_literal, path, st.sampled_from(('"a"', "'TW II'", '""')))


def _branches(children: st.SearchStrategy[str]) -> st.SearchStrategy[str]:
    return st.one_of(
        st.builds(lambda a, op, b: f"{a} {op} {b}", children, st.sampled_from("+-*/"), children),
        st.builds(
            lambda a, op, b: f"{a} {op} {b}",
            children,
            st.sampled_from(("==", "!=", "<", "<=", ">", ">=")),
            children,
        ),
        st.builds(lambda a, op, b: f"{a} {op} {b}", children, st.sampled_from(("and", "or")), children),
        children.map(lambda a: f"-{a}"),
        children.map(lambda a: f"not {a}"),
        children.map(lambda a: f"({a})"),
        st.builds(
            lambda f, args: f"{f}({', '.join(args)})",
            st.sampled_from(FUNCTIONS),
            st.lists(children, max_size=3),
        ),
    )


well_formed = st.recursive(leaf, _branches, max_leaves=25)


def _mangle(text: str, data: st.DataObject) -> str:
    for _ in range(data.draw(st.integers(1, 3))):
        at = data.draw(st.integers(0, len(text)))
        junk = data.draw(
            st.sampled_from(("(", ")", "[", "]", ",", ".", '"', "*", "-", "not ", "1e5", "\x00", "é"))
        )
        text = text[:at] + junk + text[at + data.draw(st.integers(0, 2)) :]
    return text


@st.composite
def formulas(draw: st.DrawFn) -> str:
    kind = draw(st.integers(0, 9))
    text = draw(well_formed)
    if kind == 0:  # deep: chains of one operator, nested calls or parentheses
        n = draw(st.integers(50, 1500))
        shape = draw(st.sampled_from(("-{}", "not {}", "abs({})", "({})", "1 + {}", "{} * 2")))
        for _ in range(min(n, 600)):
            text = shape.format(text)
    elif kind == 1:
        text = _mangle(text, draw(st.data()))
    return text


# ------------------------------------------------------------------ structural mutation of a document


def _places(doc: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """Every place in a document (a mapping key or a list index), depth first."""
    out = [path]
    if isinstance(doc, dict):
        for k, v in doc.items():
            out.extend(_places(v, (*path, k)))
    elif isinstance(doc, list):
        for i, v in enumerate(doc):
            out.extend(_places(v, (*path, i)))
    return out


def _get(doc: Any, path: tuple[Any, ...]) -> Any:
    for p in path:
        doc = doc[p]
    return doc


def mutate(
    doc: Any,
    data: st.DataObject,
    value: st.SearchStrategy[Any],
    key: st.SearchStrategy[str],
    like: Callable[[Any], st.SearchStrategy[Any]],
) -> Any:
    """A few random edits anywhere in a parsed document.

    Mostly a value swapped for one of its own kind (`like`), so that most inputs
    pass the format and reach the checks; sometimes a value of any kind, a key
    dropped or added, a value wrapped in a list or mapping, a subtree copied.
    """
    rnd = data.draw(st.randoms(use_true_random=True), label="places")  # uniform over the document
    for _ in range(data.draw(st.integers(1, 4), label="edits")):
        places = [p for p in _places(doc) if p]
        if not places:
            break
        leaves = [p for p in places if not isinstance(_get(doc, p), dict | list)]
        op = data.draw(st.sampled_from(("like",) * 30 + ("value", "drop", "add", "list", "map", "copy")))
        pool = leaves if op == "like" and leaves else places
        where = pool[rnd.randrange(len(pool))]
        parent, last = _get(doc, where[:-1]), where[-1]
        if op == "like":
            parent[last] = data.draw(like(parent[last]))
        elif op == "value":
            parent[last] = data.draw(value)
        elif op == "drop":
            del parent[last]
        elif op == "add" and isinstance(parent, dict):
            parent[data.draw(key)] = data.draw(value)
        elif op == "add" and isinstance(parent, list):
            parent.append(copy.deepcopy(parent[last]) if data.draw(st.booleans()) else data.draw(value))
        elif op == "list":
            parent[last] = [parent[last], data.draw(value)]
        elif op == "map":
            parent[last] = {data.draw(key): parent[last]}
        elif op == "copy" and isinstance(parent, dict):
            parent[data.draw(key)] = copy.deepcopy(parent[last])
    return doc


keys = st.one_of(
    st.sampled_from(
        ("kind", "rows", "facts", "value", "words", "parent", "JUMLAH", "IKU1", "x", "<<", "tree")
    ),
    st.from_regex(r"[A-Za-z0-9_.-]{1,12}", fullmatch=True),
    st.text(min_size=1, max_size=8),
)
yaml_values = st.one_of(printed, st.lists(printed, max_size=3), st.dictionaries(keys, printed, max_size=3))


@st.composite
def data_files(draw: st.DrawFn) -> str:
    """The sample, edited as a structure (then dumped) or mangled as text."""
    data = draw(st.data())
    if draw(st.integers(0, 3)) == 0:
        text = SAMPLE_TEXT
        rnd = draw(st.randoms(use_true_random=True))
        for _ in range(draw(st.integers(1, 4))):
            at = rnd.randrange(len(text) + 1)
            junk = draw(
                st.one_of(
                    st.text(max_size=6), st.sampled_from(("\t", ": ", "- ", "&a ", "*a", "!!", "{", "]"))
                )
            )
            text = text[:at] + junk + text[at + draw(st.integers(0, 4)) :]
        return text
    doc = mutate(copy.deepcopy(SAMPLE_DOC), data, yaml_values, keys, lambda _: printed)
    return yaml.dump(doc, Dumper=yaml.CSafeDumper, allow_unicode=True, sort_keys=False)


toml_scalars = st.one_of(
    printed,
    formulas(),
    st.integers(-(2**70), 2**70),
    st.sampled_from((0, 1, 4, 6, 7, 30, 2**63 - 1, -1)),
    st.floats(allow_nan=True, allow_infinity=True),
    st.booleans(),
)
toml_values = st.one_of(
    toml_scalars,
    st.lists(toml_scalars, max_size=4),
    st.lists(st.lists(toml_scalars, max_size=2), max_size=2),
    st.dictionaries(keys, toml_scalars, max_size=3),
)


# Every word a rules file chooses from: a text swapped for one of them mostly still reads.
CHOICES = tuple(
    sorted(
        {
            c
            for group in (
                rules.FORMULAS,
                rules.LOWER_VARIANTS,
                rules.ZERO_TARGET,
                rules.BREAKDOWNS,
                rules.ROUNDING,
                rules.ROW_KINDS,
                rules.COLUMN_KINDS,
                rules.VALUES,
                rules.BLANK,
                rules.PERIODS,
                rules.IKU_FACTS,
                TABLES,
                COLUMNS,
                FACTS,
            )
            for c in group
        }
    )
)
toml_numbers = st.one_of(
    st.sampled_from((0, 1, 4, 6, 7, 30, 2**63 - 1, -1, 10**18, 10**30)),
    st.integers(-(2**70), 2**70),
    st.floats(allow_nan=True, allow_infinity=True),
    st.decimals(allow_nan=True, allow_infinity=True).map(str),
)


def _toml_like(old: Any) -> st.SearchStrategy[Any]:
    """A value of the same kind: a number for a number, a formula or text for text."""
    if isinstance(old, bool):
        return st.one_of(st.booleans(), toml_scalars)
    if isinstance(old, int | float):
        return toml_numbers
    return st.one_of(formulas(), printed, st.sampled_from(CHOICES))


@st.composite
def rules_files(draw: st.DrawFn) -> dict[str, str]:
    """The shipped catalogue and the unit's targets, one of them edited as a structure."""
    import tomlkit

    files = {**CATALOGUE, "unit.toml": UNIT_RULES}
    name = draw(st.sampled_from(sorted(files)))
    doc = mutate(tomllib.loads(files[name]), draw(st.data()), toml_values, keys, _toml_like)
    try:
        files[name] = tomlkit.dumps(doc)
    except Exception:  # a document TOML cannot hold (a key of a shape tomlkit refuses)
        files[name] = files[name] + "\n# " + repr(doc)[:200] + "\n"
    return files


# ------------------------------------------------------------------ drafts and mappings

SAMPLE_DRAFT = (ROOT / "tests" / "drafts" / "bp3mi-sumbar-2023-tw2.txt").read_text("utf-8")
_DRAFT_LINES = SAMPLE_DRAFT.splitlines()
# Runs of one character, each of a class a pattern may backtrack over.
_RUN_CHARS = " .\t(*)1a\n\u00a0…"
_PIECES = st.one_of(
    st.sampled_from(_DRAFT_LINES),
    printed,
    st.sampled_from(WORDS),
    st.builds(lambda c, n: c * n, st.sampled_from(_RUN_CHARS), st.integers(1, 3000)),
    st.sampled_from(
        [
            "Tabel 3. ",
            "**",
            "*",
            "$$",
            "\\frac{",
            "Error! ",
            "(",
            ")",
            "\t",
            "\f",
            "pada hari Senin tanggal 11 April 2023",
        ]
    ),
)


@st.composite
def text_drafts(draw: st.DrawFn) -> str:
    """The sample's text export with lines replaced, mangled or added."""
    lines = list(_DRAFT_LINES)
    for _ in range(draw(st.integers(1, 6))):
        at = draw(st.integers(0, len(lines)))
        line = "".join(draw(st.lists(_PIECES, min_size=1, max_size=6)))
        if draw(st.booleans()) and at < len(lines):
            lines[at] = line
        else:
            lines.insert(at, line)
    return "\n".join(lines) + "\n"


def _xml(text: str) -> str:
    """What an XML text node can hold (Word's own files never hold more)."""
    return "".join(
        c
        for c in text
        if c in "\t\n" or (c >= " " and not "\ud800" <= c <= "\udfff" and c not in "\ufffe\uffff")
    )


@st.composite
def word_drafts(draw: st.DrawFn) -> bytes:
    """A .docx built in memory: the sample's first table (its heading row and a data row),
    cells merged across and down, spans and grid offsets, runs of characters in cells."""
    import io

    import docx
    from docx.oxml.ns import qn
    from docx.oxml.parser import OxmlElement

    d = docx.Document()
    d.add_paragraph("LAPORAN KINERJA")
    d.add_paragraph(
        draw(st.sampled_from(["Tabel 1. Capaian Kinerja Triwulan II", "Tabel 1. Realisasi Anggaran"]))
    )
    rows, cols = draw(st.integers(1, 6)), draw(st.integers(1, 6))
    t = d.add_table(rows=rows, cols=cols)
    head = ["No.", "INDIKATOR KINERJA UTAMA", "TARGET", "REALISASI", "CAPAIAN", "PAGU"]
    for r in range(rows):
        for c in range(cols):
            t.cell(r, c).text = head[c] if r == 0 else _xml("".join(draw(st.lists(_PIECES, max_size=3))))
    for _ in range(draw(st.integers(0, 3))):
        r1, c1 = draw(st.integers(0, rows - 1)), draw(st.integers(0, cols - 1))
        r2, c2 = draw(st.integers(r1, rows - 1)), draw(st.integers(c1, cols - 1))
        with contextlib.suppress(Exception):  # python-docx refuses some merges: left unmerged
            t.cell(r1, c1).merge(t.cell(r2, c2))
    for tag in draw(st.lists(st.sampled_from(["gridSpan", "gridBefore", "gridAfter"]), max_size=2)):
        value = str(draw(st.sampled_from([0, 1, 2, 7, 63, 64, 999, 1001, 2**31, 2**63, -1])))
        tr = t.rows[draw(st.integers(0, rows - 1))]._tr
        if tag == "gridSpan":
            tc_pr = tr.tc_lst[0].get_or_add_tcPr()
            span = tc_pr.find(qn("w:gridSpan"))
            if span is None:
                span = OxmlElement("w:gridSpan")
                tc_pr.append(span)
            span.set(qn("w:val"), value)
        else:
            tr_pr = tr.get_or_add_trPr()
            el = OxmlElement(f"w:{tag}")
            el.set(qn("w:val"), value)
            tr_pr.insert(0, el)
    for _ in range(draw(st.integers(0, 3))):
        d.add_paragraph(_xml("".join(draw(st.lists(_PIECES, min_size=1, max_size=4)))))
    out = io.BytesIO()
    d.save(out)
    return out.getvalue()


_REGEX_PIECES = st.sampled_from(
    [
        "(",
        ")",
        "(?:",
        "(?P<n>",
        "(?<!x)",
        "(?=a)",
        "\\1",
        "\\Z",
        "\\z",
        "\\b",
        "\\w+",
        "\\s?",
        ".*?",
        ".*",
        "+",
        "*",
        "?",
        "{2,}",
        "{1000}",
        "[",
        "]",
        "[^,]",
        "|",
        "^",
        "$",
        " ",
        "sebanyak",
        "Pagu",
        "{pagu}",
        "{period}",
        "{IKU1.target}",
        "{tidak_ada}",
        "\\",
        "é",
        "\\p{L}",
        "(\\w+\\s?)+",
        "\x00",
    ]
)
mapping_patterns = st.lists(_REGEX_PIECES, min_size=1, max_size=10).map("".join)
