"""The indicators a report prints, for a unit with no catalogue of its own.

The generic catalogue (rules/sakip) knows no IKU. Its indicator tables (the
Perjanjian Kinerja, the pengukuran / capaian tables) are keyed by the names
they print: every distinct indicator name becomes an IKU of the RuleSet, the
same record a catalogue declares, so every rule (and `lkjip init`) reads them
alike. A name printed again in another table, spelled a little differently,
is the same indicator when the draft mapping's fuzzy matching says so (one
clear winner); otherwise it is another indicator, never a guess.

Nothing is inferred about how an indicator's capaian is computed: its formula
is `any` (the capaian must fit some kind lkjip knows). Where the report prints
its Perjanjian Kinerja, the annual targets there are the authority for an
annual report's other tables; a quarter's target is never derived from them.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lkjip_tui.drafts import mapping as mapping_file
from lkjip_tui.drafts.build import _caption_of, _norm, _numbering_row, _TableReader
from lkjip_tui.drafts.layout import Draft, RawTable
from lkjip_tui.drafts.names import Namer
from lkjip_tui.model.report import Report
from lkjip_tui.model.rules import Iku, Ref, RuleSet, Sasaran, Target
from lkjip_tui.values.numbers import Number, parse_number
from lkjip_tui.values.record import Record

PK_KIND = "perjanjian"
PRINTED_NAMES = "printed_names"  # RuleSet.derived: each discovered IKU's names as printed  # the generic catalogue's Perjanjian Kinerja table
_SUMMARY = re.compile(r"\W*(rata-?\s?rata|jumlah|total)\b", re.I)
# A unit printed as a percentage.
_PERCENT = re.compile(r"%|persen", re.I)


class Printed(Record):
    """One indicator row as printed: its name, sasaran, unit, and (in the Perjanjian Kinerja)
    its annual target, with where it stands."""

    __slots__ = ("line", "name", "sasaran", "satuan", "table", "target")

    def __init__(self, name: str, sasaran: str, satuan: str, target: str, table: str, line: int) -> None:
        self.name = name
        self.sasaran = sasaran
        self.satuan = satuan
        self.target = target  # the Perjanjian Kinerja's annual target, as printed ("" elsewhere)
        self.table = table  # the table kind
        self.line = line


def printed_rows(
    draft: Draft, rs: RuleSet, catalogue_dir: Path, display: Callable[[Path], str]
) -> list[Printed]:
    """Every row of the draft's indicator tables (rows = "iku"), in reading order."""
    mapping = mapping_file.cached(catalogue_dir, rs, display)
    scratch = Report(draft.file, draft.unit, draft.year, draft.quarter, draft.title, draft.file)
    reader = _TableReader(draft, rs, mapping, scratch)
    out: list[Printed] = []
    claimed: set[int] = set()
    for i, block in enumerate(draft.blocks):
        if not isinstance(block, RawTable) or not block.rows:
            continue
        cap, above = _caption_of(draft.blocks, i, claimed)
        chosen = reader._choose(block, cap, above)
        if chosen is None or chosen[0].kind.rows != "iku":
            continue
        tm = chosen[0]
        header, cols, key_col, _ = reader._header(block, tm)
        if header is None or key_col is None:
            continue
        out += _rows(block, header, cols, key_col, tm.kind.name)
    return out


def _rows(raw: RawTable, header: list[int], cols: dict[int, str], key_col: int, kind: str) -> list[Printed]:
    by_name = {name: c for c, name in cols.items()}
    heads = [[_norm(t) for t in raw.rows[i].texts()] for i in header]
    sasaran = ""
    out = []
    for r in raw.rows[header[-1] + 1 :]:
        texts = [_norm(t) for t in r.texts()]
        if texts in heads or _numbering_row(texts) or not any(texts):
            continue

        def cell(name: str, texts: list[str] = texts) -> str:
            c = by_name.get(name)
            return texts[c] if c is not None and c < len(texts) else ""

        if cell("sasaran"):
            sasaran = cell("sasaran")
        name = texts[key_col] if key_col < len(texts) else ""
        if not name or not any(ch.isalpha() for ch in name) or isinstance(parse_number(name), Number):
            continue
        if _SUMMARY.match(name):
            continue  # "Rata-rata Capaian Kinerja", "Jumlah": a summary row, no indicator
        out.append(Printed(name, sasaran, cell("satuan"), cell("target_tahunan"), kind, r.line))
    return out


def discover(draft: Draft, rs: RuleSet, catalogue_dir: Path, display: Callable[[Path], str]) -> None:
    """Add the indicators (and their sasaran) the draft prints to a catalogue that declares none,
    and, for an annual report, the Perjanjian Kinerja's printed annual targets."""
    mapping = mapping_file.cached(catalogue_dir, rs, display)
    sasaran_names: dict[str, list[str]] = {}
    iku_names: dict[str, list[str]] = {}
    targets: dict[str, tuple[str, int]] = {}
    for row in printed_rows(draft, rs, catalogue_dir, display):
        iid = _same(row.name, iku_names, mapping)
        known = iid is not None and rs.iku[iid].sasaran
        sid = ""
        if row.sasaran:
            sid = _same(row.sasaran, sasaran_names, mapping) or ""
            if not sid and known:
                # The sasaran of an indicator already met, printed another way: one sasaran.
                sid = rs.iku[iid].sasaran if iid is not None else ""
                sasaran_names[sid].append(row.sasaran)
            elif not sid:
                sid = f"S{len(sasaran_names) + 1}"
                sasaran_names[sid] = [row.sasaran]
                rs.sasaran[sid] = Sasaran(sid, row.sasaran, Ref(draft.file, row.line))
        if iid is None:
            iid = f"IKU{len(iku_names) + 1}"
            iku_names[iid] = [row.name, *acronyms(row.name)]
            unit = "%" if _PERCENT.search(row.satuan) else row.satuan
            rs.iku[iid] = Iku(
                iid,
                row.name,
                sid,
                unit,
                "any",
                "",
                "undefined",
                None,
                (1, 2, 3, 4),
                "measures",
                None,
                None,
                Ref(draft.file, row.line),
            )
        elif row.name not in iku_names[iid]:
            iku_names[iid] += [row.name, *acronyms(row.name)]
        if row.table == PK_KIND and row.target and iid not in targets:
            targets[iid] = (row.target, row.line)
    rs.inferred = True
    rs.derived[PRINTED_NAMES] = iku_names
    if draft.annual:
        for iid, (text, line) in targets.items():
            parsed = parse_number(text)
            if isinstance(parsed, Number):
                where = Ref(draft.file, line)  # the Perjanjian Kinerja's row
                rs.targets[iid] = Target(iid, parsed.value, "constant", (), None, "half_up", where)


_ACRONYM = re.compile(r"\(([A-Z][A-Za-z]{1,9})\)")


def acronyms(name: str) -> list[str]:
    """The name with a spelled-out term replaced by the acronym it gives in parentheses: "Nilai
    Indikator Kinerja Pelaksanaan Anggaran (IKPA)" is also printed "Nilai IKPA"."""
    out = []
    for m in _ACRONYM.finditer(name):
        acronym = m.group(1)
        words = name[: m.start()].split()
        capitals = [ch for ch in acronym if ch.isupper()]
        n = len(capitals)
        if len(words) >= n and [w[0].upper() for w in words[-n:]] == capitals:
            short = " ".join([*words[:-n], acronym]) + name[m.end() :]
            out.append(" ".join(short.split()))
    return out


def _same(name: str, known: dict[str, list[str]], mapping: mapping_file.Mapping) -> str | None:
    """The id of a name already met that this one clearly is (the mapping's fuzzy rule), or None."""
    if not known:
        return None
    return Namer(known, mapping.threshold, mapping.margin, mapping.abbreviations).match(name).key
