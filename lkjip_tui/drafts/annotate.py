"""An annotated copy of a Word draft: a review comment on each problem, where it stands.

Each problem (model.problems: a root finding with its other places and what
follows from it) becomes one Word comment (author "lkjip") in the chosen
language, anchored at the runs that print the offending figure, or at the
table cell or caption it is about: the message, its other places, what
follows from it, the computation and the rule. Annotating an annotated copy
replaces lkjip's comments and keeps the reviewer's. The draft's own text is not changed; only comment ranges and
references are added (an empty cell gets an empty run to anchor at).
Findings that stand nowhere in the document body (a rules file, a footnote,
a header) are anchored at the first paragraph and say where they are.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path
from typing import Any

from lkjip_tui import messages
from lkjip_tui.drafts.docx import R, all_paragraphs, open_docx, runs, split_run
from lkjip_tui.model.findings import Finding
from lkjip_tui.model.problems import Problem, consequences, places, problems, short_places, where
from lkjip_tui.values.msg import Msg

AUTHOR = "lkjip"
INITIALS = "LK"


def annotate(
    path: Path,
    display: str,
    findings: list[Finding],
    lang: str,
    summary: Callable[[str, str], str | None] | None = None,
) -> tuple[bytes, int]:
    """The .docx with the comments, and how many were added: one per problem, at its root's
    place, naming its other places and what follows from it. lkjip's comments from an earlier
    run are replaced; the reviewer's own are kept."""
    from docx.text.paragraph import Paragraph
    from docx.text.run import Run

    document = open_docx(path, display)
    _drop_own_comments(document)
    body = document.element.body
    paragraphs = list(all_paragraphs(body))
    story = document._body
    added = 0
    for problem in problems(findings):
        f = problem.root
        place = f.place
        inside = place is not None and place.source == "docx" and 1 <= place.line <= len(paragraphs)
        p = paragraphs[place.line - 1] if inside and place is not None else _first_paragraph(body, paragraphs)
        if p is None:
            continue
        anchored = _runs_at(p, place.start, place.end) if inside and place is not None else []
        paragraph = Paragraph(p, story)
        if not anchored:
            anchored = (
                [r for r, a, b in runs(p) if b > a and r.tag == R]
                or ([r._r for r in paragraph.runs[:1]])
                or [paragraph.add_run("")._r]
            )
        text = comment_text(problem, lang, not inside, summary)
        document.add_comment(
            [Run(r, paragraph) for r in anchored], text=text, author=AUTHOR, initials=INITIALS
        )
        added += 1
    out = io.BytesIO()
    document.save(out)
    return out.getvalue(), added


def _drop_own_comments(document: Any) -> None:
    """Remove the comments lkjip wrote before (author "lkjip") and their anchors in the body."""
    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    part = document.part._comments_part if document.part.package is not None else None
    if part is None:
        return
    root = part.element
    ids = set()
    for c in list(root.iter(w + "comment")):
        if c.get(w + "author") == AUTHOR:
            ids.add(c.get(w + "id"))
            c.getparent().remove(c)
    if not ids:
        return
    body = document.element.body
    for tag in ("commentRangeStart", "commentRangeEnd"):
        for e in list(body.iter(w + tag)):
            if e.get(w + "id") in ids:
                e.getparent().remove(e)
    for ref in list(body.iter(w + "commentReference")):
        if ref.get(w + "id") in ids:
            run = ref.getparent()
            run.remove(ref)
            if not any(child.tag != w + "rPr" for child in run):
                run.getparent().remove(run)


def _runs_at(p: Any, start: int, end: int) -> list[Any]:
    """The runs printing exactly text[start:end], a run that holds more split where the span
    starts and ends, its formatting kept (a cell or caption: every run of its paragraph). An
    equation cannot be split: the range holds it whole."""
    spans = [(r, a, b) for r, a, b in runs(p) if b > a]
    if end <= start:
        return [r for r, _, _ in spans if r.tag == R]
    out = []
    for r, a, b in spans:
        if a >= end or b <= start:
            continue
        if r.tag != R:  # an equation: empty runs either side hold the comment's range
            out += [_empty_run_beside(r, before=True), _empty_run_beside(r, before=False)]
            continue
        if a < start:
            r, a = split_run(r, start - a), start
        if b > end:
            split_run(r, end - a)
        out.append(r)
    return out


def _empty_run_beside(el: Any, before: bool) -> Any:
    """An empty run just before or after `el`: the one an earlier annotation left there, or a new one."""
    from docx.oxml import OxmlElement

    beside = el.getprevious() if before else el.getnext()
    if beside is not None and beside.tag == R and len(beside) == 0:
        return beside
    run = OxmlElement("w:r")
    if before:
        el.addprevious(run)
    else:
        el.addnext(run)
    return run


def _first_paragraph(body: Any, paragraphs: list[Any]) -> Any:
    return paragraphs[0] if paragraphs else None


def comment_text(
    problem: Problem, lang: str, elsewhere: bool, summary: Callable[[str, str], str | None] | None
) -> str:
    """A problem's review comment (Word's and the PDF copy's): its headline, other places,
    what follows from it, the computation and the rule."""
    f = problem.root
    sev = messages.text_for("sev." + problem.severity, lang)
    lines = [f"{f.code} ({sev}): {problem.headline(lang, summary)}"]
    if elsewhere:
        lines.append(f"{messages.text_for('cli.in_draft', lang)}: {where(f, lang)}")
    if len(problem.parts) > 1:  # one rule's findings told together: each with its place
        for part in problem.parts:
            at = short_places(places(part), lang, full=True)
            lines.append(f"– {messages.render(part[0].message, lang)} ({at})")
    else:
        part = problem.parts[0]
        others = places(part)[1:]
        if others:
            also = Msg("problem.also", {"places": short_places(others, lang, full=True)})
            lines.append(messages.render(also, lang))
        for follow in consequences(part):
            what = messages.render(follow[0].message, lang)
            followed = Msg("problem.followed", {"what": what, "places": short_places(follow, lang)})
            lines.append(messages.render(followed, lang))
        if f.explanation:
            lines.append(messages.parts(f.explanation, lang))
    if f.rule:
        lines.append(f"{messages.text_for('cli.rule', lang)}: {f.rule}")
    return "\n".join(lines)
