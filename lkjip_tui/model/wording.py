"""A catalogue formula as a person reads it: "jumlah baris Tabel 9 (berita)", never
`count(berita[*])`; "total JUMLAH di Tabel 10", never `penempatan_negara[JUMLAH].total`.

The formula's text is kept for tools (JSON carries it in the explanation's
source); what a finding's message shows goes through `in_words`.
"""

from __future__ import annotations

import re
from typing import Any

from lkjip_tui.model.report import Report
from lkjip_tui.model.rules import RuleSet
from lkjip_tui.values.msg import Msg

_TOKEN = re.compile(
    r"(?P<count>count\(\s*(?P<ct>\w+)\[\*\]\s*\))"
    r"|(?P<sum>sum\(\s*(?P<st>\w+)\[\*\]\.(?P<sf>\w+)\s*\))"
    r"|(?P<cell>(?P<t>\w+)\[(?P<r>[^\]]+)\]\.(?P<f>\w+))"
    r"|(?P<fact>facts\.(?P<name>\w+(?:\.\w+)?))"
    r"|(?P<op>>=|<=|!=|==|\*)"
    r"|(?P<word>[A-Za-z_]\w*)"
)
_OPS = {">=": "≥", "<=": "≤", "!=": "≠", "==": "=", "*": "×"}


def table_label(report: Report, key: str) -> str:
    """A table as the report prints it ("Tabel 9"), or its key when the report lacks it."""
    tables = report.tables_of(key)
    return tables[0].label if tables else key


def in_words(text: str, report: Report, rs: RuleSet) -> Msg:
    """A formula's text with its table paths, counts and facts said in words."""
    parts: list[Any] = []
    pos = 0
    for m in _TOKEN.finditer(text):
        parts.append(text[pos : m.start()])
        pos = m.end()
        if m.group("count"):
            key = m.group("ct")
            parts.append(Msg("words.count_rows", {"table": table_label(report, key), "key": key}))
        elif m.group("sum"):
            key = m.group("st")
            column = _name(m.group("sf"))
            parts.append(Msg("words.sum_column", {"table": table_label(report, key), "column": column}))
        elif m.group("cell"):
            key = m.group("t")
            where = {"table": table_label(report, key), "row": m.group("r"), "column": _name(m.group("f"))}
            parts.append(Msg("words.cell", where))
        elif m.group("fact"):
            kind = rs.fact_kind(m.group("name"))
            parts.append(kind.label if kind is not None else _name(m.group("name")))
        elif m.group("op"):
            parts.append(_OPS[m.group("op")])
        else:
            parts.append(_name(m.group("word")))
    parts.append(text[pos:])
    return Msg("seq.parts", {"items": [p for p in parts if p != ""]})


def _name(key: str) -> str:
    return key.replace("_", " ")
