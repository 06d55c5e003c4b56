"""A draft read by its catalogue's mapping into a Report: the same model a data file gives.

For each printed table: its caption (the paragraph just above it, or just
below) or heading names the table kind; its heading rows (one or two, the
lower one more specific) name the columns; a repeated heading (the table
continued on a new page) and a row of column numbers are skipped; rows are
keyed by name (IKU, IKK), code or printed order; a list row whose leading
cells are blank continues the row above. Rows that are not data (a title,
"Pagu Anggaran : Rp …", a footer) are read for facts, like sentences.
Everything the reader cannot place goes into `document.unread`, for the
rules to report: a row is never keyed by a guess, a table never dropped
without a word.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

from lkjip_tui.drafts import mapping as mapping_file
from lkjip_tui.drafts.layout import Block, Draft, RawCell, RawRow, RawTable
from lkjip_tui.drafts.mapping import Mapping, Pattern, TableMap
from lkjip_tui.drafts.names import Namer
from lkjip_tui.model.document import Document, Paragraph, Place, Unread, caption, sentence_at
from lkjip_tui.model.report import Cell, Mention, Report, Row, Table, cell_kind, printed_cell
from lkjip_tui.model.rules import NUMERIC_KINDS, RuleSet
from lkjip_tui.model.source import SourceError
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import Number, parse_number

TOTAL_KEY = "JUMLAH"


def build(draft: Draft, rs: RuleSet, catalogue_dir: Path, display: Callable[[Path], str]) -> Report:
    """The report a draft prints, read with the mapping in `catalogue_dir`."""
    mapping = mapping_file.cached(catalogue_dir, rs, display)
    doc = Document(draft.source, draft.paragraphs(), list(draft.unread))
    for p in doc.paragraphs:
        p.compares = any(c.search(p.text) for c in mapping.comparisons)
    report = Report(
        draft.file,
        draft.unit,
        draft.year,
        draft.quarter,
        draft.title,
        Path(draft.file).name,
        document=doc,
        annual=draft.annual,
    )
    reader = _TableReader(draft, rs, mapping, report)
    claimed: set[int] = set()
    for i, block in enumerate(draft.blocks):
        if isinstance(block, RawTable) and block.rows:
            reader.read(block, *_caption_of(draft.blocks, i, claimed))
    if not report.tables and not rs.inferred:
        # With a catalogue's mapping, no table read is a mapping that does not fit; the generic
        # one still checks the narrative (LKJ707 says which tables it did not recognise).
        raise SourceError(
            draft.file, 0, 0, "err.draft_no_tables", count=len(draft.tables()), mapping=mapping.file
        )
    seen: set[tuple[str, int, int]] = set()
    for p in doc.paragraphs:
        for fact, value, words, period, start in _facts_in(mapping, p.text):
            line, offset = p.line_at(start)
            if (fact, line, offset) in seen:
                continue  # two patterns found the same figure
            seen.add((fact, line, offset))
            place = p.place(start, start + len(value))
            _add_mention(
                report,
                rs,
                fact,
                value,
                words,
                period,
                place,
                p.at if len(p.lines) == 1 else (line, offset + 1),
                None,
            )
    return report


def _caption_of(blocks: list[Block], i: int, claimed: set[int]) -> tuple[Paragraph | None, Paragraph | None]:
    """The table's caption: the paragraph just above it, else just below (when that one does not
    caption the next table); and the paragraph above, which may be a heading naming it."""
    above = blocks[i - 1] if i > 0 and isinstance(blocks[i - 1], Paragraph) else None
    if isinstance(above, Paragraph) and i - 1 not in claimed and _is_table_caption(above):
        claimed.add(i - 1)
        return above, above
    below = blocks[i + 1] if i + 1 < len(blocks) else None
    after = blocks[i + 2] if i + 2 < len(blocks) else None
    if isinstance(below, Paragraph) and _is_table_caption(below) and not isinstance(after, RawTable):
        claimed.add(i + 1)
        return below, above if isinstance(above, Paragraph) else None
    return None, above if isinstance(above, Paragraph) else None


def _is_table_caption(p: Paragraph) -> bool:
    c = caption(p.text)
    return c is not None and c[0] == "Tabel"


def _facts_in(mapping: Mapping, text: str) -> list[tuple[str, str, str, str, int]]:
    """(fact, value, words, period, offset) for every fact a pattern finds in `text`.

    A `{period}` belongs to the first fact after it in its pattern (or, with none after it,
    to the last one before it): "sebesar {IKU2.target} dari periode {period}, yaitu
    {kasus_periode_lalu}" dates only the second figure.
    """
    out = []
    lowered = text.lower()
    for pat in mapping.facts_for(lowered):
        for m in pat.regex.finditer(text):
            groups = sorted((g for g in pat.names if m.group(g) is not None), key=m.start)
            facts = [g for g in groups if pat.names[g] != "period"]
            dated: dict[str, str] = {}
            for g in groups:
                if pat.names[g] == "period" and facts:
                    after = [f for f in facts if m.start(f) > m.start(g)]
                    dated[after[0] if after else facts[-1]] = " ".join(m.group(g).split())
            for g in facts:
                words = m.groupdict().get("w" + g) or ""
                out.append(
                    (pat.names[g], m.group(g).strip(), " ".join(words.split()), dated.get(g, ""), m.start(g))
                )
    out.sort(key=lambda f: f[4])
    return out


def _add_mention(
    report: Report,
    rs: RuleSet,
    fact: str,
    value: str,
    words: str,
    period: str,
    place: Place,
    at: tuple[int, int],
    table: str | None,
) -> None:
    kind = rs.fact_kind(fact)
    assert kind is not None  # the mapping's placeholders were checked against the catalogue
    line, col = at

    def cell(text: str, k: str) -> Cell:
        return printed_cell(text, line, col, k, None, table, None, fact, place)

    mention = Mention(
        fact,
        cell(value, kind.kind),
        cell(words, "text") if words else None,
        cell(period, "text") if period else None,
        place.quote,
        place.line,
    )
    report.mentions.setdefault(fact, []).append(mention)


# ------------------------------------------------------------------ tables


def _norm(text: str) -> str:
    return " ".join(text.split()).strip(" :")


class _TableReader:
    def __init__(self, draft: Draft, rs: RuleSet, mapping: Mapping, report: Report) -> None:
        self.draft = draft
        self.rs = rs
        self.mapping = mapping
        self.report = report
        self.unread = report.document.unread if report.document is not None else []
        self._heading: str | None = None  # the heading above the table being read, if uncaptioned
        self._other_rows: list[RawRow] = []  # of the table being read: not data, read for facts

    def namer(self, tm: TableMap) -> Namer | None:
        rows = tm.kind.rows
        if rows == "list" or (rows == "key" and (tm.key is None or not tm.key.names)):
            return None
        # A catalogue's names are the same for every draft: kept with its mapping. A report's own
        # (the generic catalogue's) are kept with its RuleSet.
        cache: dict[str, Namer] = (
            self.rs.derived.setdefault("namers", {}) if self.rs.inferred else self.mapping.namers
        )
        if tm.name not in cache:
            m = self.mapping
            if rows == "iku":
                names = {k: [i.name] for k, i in self.rs.iku.items()}
            elif rows == "ikk":
                names = {k: [i.name] for k, i in self.rs.ikk.items()}
            else:
                assert tm.key is not None
                names = {k: list(v) for k, v in tm.key.names.items()}
            for k, more in m.aliases.items():
                if k in names:
                    names[k] += more
            # The names an IKU read from this report is printed under (drafts/indicators.py).
            for k, more in self.rs.derived.get("printed_names", {}).items():
                if k in names and rows == "iku":
                    names[k] += more
            cache[tm.name] = Namer(names, m.threshold, m.margin, m.abbreviations)
        return cache[tm.name]

    def _choose(
        self, raw: RawTable, cap: Paragraph | None, above: Paragraph | None
    ) -> tuple[TableMap, str] | None:
        """The first mapping entry whose caption (or heading) names the table and whose required
        columns (`requires`) its heading prints."""
        found = caption(cap.text) if cap is not None else None
        title = found[2] if found is not None else None
        for tm in self.mapping.tables:
            m = None
            if title is not None and tm.caption is not None:
                m = tm.caption.search(title)
            elif title is None and tm.heading is not None and above is not None:
                m = tm.heading.search(above.text)
            if m is None:
                continue
            if tm.requires and not set(tm.requires) <= set(self._header(raw, tm)[1].values()):
                continue
            # {no}: the caption's number ("3.5" → 3_5), else the table's place in the draft.
            no = re.sub(r"\W", "_", found[1]) if found is not None else str(raw.ordinal)
            try:
                name = tm.name.format(**{"no": no, **m.groupdict()})
            except (KeyError, IndexError):
                name = tm.name
            return tm, name
        return None

    def read(self, raw: RawTable, cap: Paragraph | None, above: Paragraph | None) -> None:
        cap_info = caption(cap.text) if cap is not None else None
        label: str | int = f"Tabel {cap_info[1]}" if cap_info is not None else raw.ordinal
        # A table without a caption is named by the heading just above it, as a reader finds it.
        self._heading = None if cap_info is not None or above is None else _heading_above(above.text)
        if _is_contents(raw):
            return  # a table of contents (or of tables) laid out as a table: not a data table
        chosen = self._choose(raw, cap, above)
        if chosen is None or chosen[1] in self.report.tables:
            what = cap.text if cap is not None else raw.rows[0].joined()
            why = self._why(raw, cap, chosen[1] if chosen is not None else None)
            self.unread.append(
                Unread("table", " ".join(what.split()), self._place(raw.rows[0], label), why=why)
            )
            return
        tm, name = chosen
        header, cols, key_col, extract = self._header(raw, tm)
        if header is None or (tm.kind.rows != "list" and key_col is None):
            what = cap.text if cap is not None else raw.rows[0].joined()
            self.unread.append(Unread("table", " ".join(what.split()), self._place(raw.rows[0], label), name))
            return
        number = cap_info[1] if cap_info is not None else None  # as printed: 7, 3.5, III.2
        first = cap if cap is not None else None
        line = first.line if first is not None else raw.line
        place = self._place(raw.rows[0], label) if first is None else first.place(0, 0)
        table = Table(name, tm.kind, number, cap_info[2] if cap_info else "", line, line, 1, {}, place)
        self.report.tables[name] = table
        self._rows(raw, tm, table, label, header, cols, key_col, extract)
        for fname in tm.kind.facts:
            for row in table.rows.values():
                c = row.cells.get(fname)
                if c is not None:
                    fact = f"{row.key}.{fname}"
                    self.report.mentions.setdefault(fact, []).append(Mention(fact, c))
        for other in self._other_rows:
            text = other.joined()
            for fact, value, words, period, _start in _facts_in(self.mapping, text):
                p = Place(
                    self.draft.source,
                    other.line,
                    0,
                    0,
                    other.page,
                    label,
                    raw.rows.index(other) + 1,
                    None,
                    text,
                    other.bbox,
                    heading=self._heading if isinstance(label, int) else None,
                )
                _add_mention(self.report, self.rs, fact, value, words, period, p, (other.line, 1), name)

    def _why(self, raw: RawTable, cap: Paragraph | None, taken: str | None) -> Msg:
        """Why no mapping entry took a table: its headings, the entry whose columns its headings
        match best, and what of that entry did not match."""
        headings: list[str] = []
        for r in raw.rows[:2]:  # the heading rows: no figure but a year ("Realisasi 2015")
            texts = [_norm(t) for t in r.texts() if _norm(t)]
            if headings and any(_is_figure(t) and not _YEAR.fullmatch(t) for t in texts):
                break
            headings += [t for t in texts if t not in headings]
        found = caption(cap.text) if cap is not None else None
        best: tuple[int, TableMap] | None = None
        for tm in self.mapping.tables:
            hits = sum(1 for h in headings if any(p.match(h) for ps in tm.columns.values() for p in ps))
            if best is None or hits > best[0]:
                best = (hits, tm)
        shown = " | ".join(headings)[:200]
        if best is None or best[0] == 0:
            return Msg("lkj707.why_none", {"headings": Printed(shown)})
        hits, tm = best
        missing = [c for c in tm.requires if c not in self._header(raw, tm)[1].values()]
        if taken is not None:
            reason = Msg("lkj707.reason_taken", {"name": taken})
        elif found is not None and tm.caption is not None and tm.caption.search(found[2]) is None:
            reason = Msg("lkj707.reason_caption")
        elif found is None and tm.heading is None:
            reason = Msg("lkj707.reason_no_caption")
        elif missing:
            reason = Msg("lkj707.reason_columns", {"columns": ", ".join(missing)})
        else:
            reason = Msg("lkj707.reason_heading")
        # The mapping as its catalogue names it (sakip/draft/mapping.toml), not where it is installed.
        where = Path(self.mapping.file)
        shown_file = f"{where.parent.parent.name}/{where.parent.name}/{where.name}"
        entry = Msg("lkj707.entry", {"kind": tm.kind.name, "file": shown_file, "line": tm.ref[0]})
        return Msg("lkj707.why", {"headings": Printed(shown), "entry": entry, "reason": reason})

    def _place(self, row: RawRow, label: str | int, index: int = 1, column: str | None = None) -> Place:
        heading = self._heading if isinstance(label, int) else None
        return Place(
            self.draft.source, row.line, 0, 0, row.page, label, index, column, row.joined(), row.bbox, heading
        )

    def _header(
        self, raw: RawTable, tm: TableMap
    ) -> tuple[list[int] | None, dict[int, str], int | None, list[tuple[int, Pattern, str]]]:
        """The heading rows, and which printed column holds which of the kind's columns,
        the key, and the text values are extracted from."""
        patterns = [(c, p) for c, ps in tm.columns.items() for p in ps]
        key_patterns = tm.key.header if tm.key is not None else []
        extract_patterns = [(src, pat) for src, pat in tm.extract]

        def matches(text: str) -> bool:
            t = _norm(text)
            return bool(t) and (
                any(p.match(t) for _, p in patterns)
                or any(p.match(t) for p in key_patterns)
                or any(p.match(t) for src, _ in extract_patterns for p in src)
            )

        start = None
        for i, row in enumerate(raw.rows):
            hits = sum(1 for c in row.cells if not c.spanned and matches(c.text))
            if hits >= min(2, len(patterns) or 1):
                start = i
                break
        if start is None:
            return None, {}, None, []
        header = [start]
        for i in range(start + 1, len(raw.rows)):
            cells = [c for c in raw.rows[i].cells if c.text and not c.spanned]
            if cells and all(not _is_figure(c.text) for c in cells) and any(matches(c.text) for c in cells):
                header.append(i)
            else:
                break
        width = max(len(raw.rows[i].cells) for i in header)
        cols: dict[int, str] = {}
        key_col = None
        extract: list[tuple[int, Pattern, str]] = []
        taken: set[str] = set()
        for c in range(width):
            stack = [_heading(raw.rows[i].cells, c) for i in reversed(header)]
            stack = [t for t in stack if t]
            if any(y != str(self.draft.year) for t in stack for y in _YEAR.findall(t)):
                continue  # "Realisasi 2015" in a 2016 report: another period's figures
            for text in stack:
                name = next((n for n, p in patterns if n not in taken and p.match(text)), None)
                is_key = key_col is None and any(p.match(text) for p in key_patterns)
                if is_key:
                    key_col = c
                if name is not None:
                    cols[c] = name
                    taken.add(name)
                for src, pat in extract_patterns:
                    if any(p.match(text) for p in src):
                        extract.append((c, pat, text))
                if name is not None or is_key:
                    break
        return header, cols, key_col, extract

    def _rows(
        self,
        raw: RawTable,
        tm: TableMap,
        table: Table,
        label: str | int,
        header: list[int],
        cols: dict[int, str],
        key_col: int | None,
        extract: list[tuple[int, Pattern, str]],
    ) -> None:
        self._other_rows = [raw.rows[i] for i in range(header[0])]
        heads = [[_norm(t) for t in raw.rows[i].texts()] for i in header]
        headings = {c: _norm(raw.rows[header[0]].cells[c].text) for c in cols}
        for i in header:
            for c in cols:
                cell = raw.rows[i].cells[c] if c < len(raw.rows[i].cells) else None
                if cell is not None and cell.text and not cell.spanned:
                    headings[c] = _norm(cell.text)
        namer = self.namer(tm)
        levels: dict[int, str] = {}
        repeat = 0
        last_row: tuple[Row, RawRow, int] | None = None
        for index in range(header[-1] + 1, len(raw.rows)):
            r = raw.rows[index]
            texts = [_norm(t) for t in r.texts()]
            if repeat < len(heads) and texts == heads[repeat]:
                repeat += 1
                continue  # the heading repeated where the table goes on after a page break
            repeat = 1 if texts == heads[0] else 0
            if repeat or _numbering_row(texts) or not any(texts):
                continue
            if tm.kind.rows == "list":
                no_col = next((c for c, n in cols.items() if tm.kind.columns[n].kind == "no"), None)
                lead = next((i for i, t in enumerate(texts) if t), 0)
                if last_row is not None and lead > 0 and (no_col is None or not texts[no_col]):
                    last_row = self._continue_row(last_row, r, cols, tm, table, label, headings, extract)
                    continue
                key = str(len(table.rows) + 1)
                label_col = None
            else:
                assert tm.key is not None and key_col is not None
                found = self._key(r, texts, tm, table, label, index, key_col, namer)
                if found is None:
                    continue
                key, label_col = found
                if key in table.rows:
                    self.unread.append(
                        Unread(
                            "row_twice",
                            r.joined(),
                            self._place(r, label, index + 1),
                            table.name,
                            ((key, 100),),
                        )
                    )
                    continue
            row = self._row(r, key, tm, table, label, index, cols, headings, extract, label_col)
            if tm.key is not None and tm.key.tree and key != TOTAL_KEY:
                level = next((lv for lv, p in enumerate(tm.key.tree) if p.match(key)), None)
                if level is not None:
                    levels = {lv: k for lv, k in levels.items() if lv < level}
                    parent = levels.get(level - 1)
                    levels[level] = key
                    pname = next(n for n, col in tm.kind.columns.items() if col.kind == "parent")
                    if parent is not None:
                        row.cells = {
                            pname: printed_cell(
                                parent, r.line, 1, "parent", None, table.name, key, pname, row.place
                            ),
                            **row.cells,
                        }
            table.rows[key] = row
            last_row = (row, r, index)

    def _key(
        self,
        r: RawRow,
        texts: list[str],
        tm: TableMap,
        table: Table,
        label: str | int,
        index: int,
        key_col: int,
        namer: Namer | None,
    ) -> tuple[str, int | None] | None:
        """The row's key and the column that only labels it (a "JUMLAH" in the No column),
        or None for a row that is not data (read for facts, or reported unread)."""
        assert tm.key is not None
        text = texts[key_col] if key_col < len(texts) else ""
        total = tm.key.total
        if total is not None:
            for c, t in enumerate(texts[: key_col + 1]):
                if t and total.match(t):
                    return TOTAL_KEY, c
        if not text:
            figures = [t for t in texts if _is_figure(t)]
            if tm.kind.rows == "key" and total is not None and figures and not any(texts[: key_col + 1]):
                return TOTAL_KEY, None
            self._other_rows.append(r)
            return None
        if namer is None:
            return (text if tm.key.spaces else "".join(text.split())), None
        match = namer.match(text)
        if match.key is None:
            what = (
                "row_doubtful"
                if match.candidates and match.candidates[0][1] >= self.mapping.threshold
                else "row"
            )
            self.unread.append(
                Unread(what, text, self._place(r, label, index + 1), table.name, match.candidates)
            )
            return None
        return match.key, None

    def _row(
        self,
        r: RawRow,
        key: str,
        tm: TableMap,
        table: Table,
        label: str | int,
        index: int,
        cols: dict[int, str],
        headings: dict[int, str],
        extract: list[tuple[int, Pattern, str]],
        label_col: int | None,
    ) -> Row:
        iku = self.rs.iku.get(key) if tm.kind.rows == "iku" else None
        quote = r.joined()
        cells: dict[str, Cell] = {}
        for c, name in cols.items():
            if c >= len(r.cells) or c == label_col:
                continue
            rc = r.cells[c]
            kind = cell_kind(tm.kind, name, iku)
            # A merged label (No., a sasaran) is printed once, over its rows; a merged figure
            # stands for each row.
            label_only = rc.repeated and kind not in NUMERIC_KINDS
            text = "" if rc.spanned or label_only else rc.text
            place = Place(
                self.draft.source,
                rc.line,
                rc.start,
                rc.start + len(text),
                rc.page,
                label,
                index + 1,
                headings.get(c),
                quote,
                rc.bbox,
                heading=self._heading if isinstance(label, int) else None,
            )
            kind = cell_kind(tm.kind, name, iku)
            cells[name] = printed_cell(
                text, rc.line, rc.start + 1, kind, tm.kind.columns[name], table.name, key, name, place
            )
        row = Row(
            key,
            r.line,
            1,
            cells,
            Place(
                self.draft.source,
                r.line,
                0,
                0,
                r.page,
                label,
                index + 1,
                None,
                quote,
                r.bbox,
                heading=self._heading if isinstance(label, int) else None,
            ),
        )
        self._extract(row, r, tm, table, label, index, extract)
        return row

    def _extract(
        self,
        row: Row,
        r: RawRow,
        tm: TableMap,
        table: Table,
        label: str | int,
        index: int,
        extract: list[tuple[int, Pattern, str]],
    ) -> None:
        for c, pat, heading in extract:
            if c >= len(r.cells):
                continue
            rc: RawCell = r.cells[c]
            m = pat.regex.search(rc.text)
            if m is None:
                continue
            for g, name in pat.names.items():
                value = m.group(g)
                if value is None or (name in row.cells and row.cells[name].text):
                    continue
                line, start = rc.line, rc.start + m.start(g)
                place = Place(
                    self.draft.source,
                    line,
                    start,
                    start + len(value),
                    rc.page,
                    label,
                    index + 1,
                    heading,
                    sentence_at(rc.text, m.start(g)),
                    rc.bbox,
                    heading=self._heading if isinstance(label, int) else None,
                )
                row.cells[name] = printed_cell(
                    value.strip(),
                    line,
                    start + 1,
                    tm.kind.columns[name].kind,
                    tm.kind.columns[name],
                    table.name,
                    row.key,
                    name,
                    place,
                )

    def _continue_row(
        self,
        last: tuple[Row, RawRow, int],
        r: RawRow,
        cols: dict[int, str],
        tm: TableMap,
        table: Table,
        label: str | int,
        headings: dict[int, str],
        extract: list[tuple[int, Pattern, str]],
    ) -> tuple[Row, RawRow, int]:
        """A row whose leading cells are blank goes on with the row above (a row broken across
        pages): its texts are appended to that row's."""
        row, prev, index = last
        cells = [
            RawCell(
                (a.text + " " + b.text).strip() if b.text else a.text,
                a.line,
                a.start,
                a.page,
                a.spanned,
                a.repeated,
                a.bbox,
            )
            for a, b in zip(
                prev.cells,
                r.cells + [RawCell("", r.line)] * max(0, len(prev.cells) - len(r.cells)),
                strict=False,
            )
        ]
        merged = RawRow(cells, prev.line, prev.page, prev.bbox)
        key = row.key
        fresh = self._row(merged, key, tm, table, label, index, cols, headings, extract, None)
        table.rows[key] = fresh
        return fresh, merged, index


def _heading_above(text: str) -> str | None:
    """A paragraph above a table as its name: one short line, else nothing."""
    t = " ".join(text.split()).partition(" :")[0].strip()  # "SASARAN STRATEGIS 2 : Meningkatnya …"
    return t if t and len(t) <= 80 else None


_YEAR = re.compile(r"(?<![\d.,/])(?:19|20)\d{2}(?![\d.,/])")


def _heading(cells: list[RawCell], c: int) -> str:
    """A heading cell's text; a cell a horizontal merge covers has the merged heading's
    ("Realisasi" over "2015 | 2016")."""
    if c >= len(cells):
        return ""
    while c > 0 and cells[c].spanned:
        c -= 1
    return _norm(cells[c].text)


_PAGE = re.compile(r"\s*(?:\d{1,4}|[ivxlcdm]{1,8})\s*", re.I)
_LEADERS = re.compile(r"\.{4,}|…{2,}")


def _is_contents(raw: RawTable) -> bool:
    """A table of contents (or of tables, figures) laid out as a table: most rows a title and a
    page, no figure between them."""
    rows = [[t for t in r.texts() if t.strip()] for r in raw.rows]
    rows = [r for r in rows if r]
    paged = [
        r
        for r in rows
        if len(r) >= 2
        and _PAGE.fullmatch(r[-1])
        and not any(_is_figure(t) for t in r[1:-1])
        and (len(r[0]) > 12 or _LEADERS.search(" ".join(r)))
    ]
    return len(rows) >= 3 and len(paged) >= 0.8 * len(rows)


def _is_figure(text: str) -> bool:
    return isinstance(parse_number(text), Number)


def _numbering_row(texts: list[str]) -> bool:
    """A row of column numbers under the heading: 1, 2, 3, … (blanks allowed)."""
    numbers = [t for t in texts if t]
    if len(numbers) < 3 or not all(re.fullmatch(r"\(?\d{1,2}\)?", t) for t in numbers):
        return False
    values = [int(t.strip("()")) for t in numbers]
    return values == list(range(values[0], values[0] + len(values)))
