"""The terminal interface (Textual): a thin layer over the engine and the planning cores.

    app.py                 the app: opens screens, holds the engine and the planner sessions
    review.py              one report: its IKUs, its tables as printed, its findings
    planner.py             editing the unit's targets, with their effect at once
    portfolio.py           a directory: units × quarters; the trend chart of one IKU
    dialogs.py             help (generated from the bindings), yes/no and apply/discard questions
    export.py              the findings shown, to a file in any output format
    waiver.py              accepting a finding: why, who, until when (written as a waiver)
    editor.py, palette.py  which editor `e` opens; the command palette in the language
    base.py                what screens share: the app as `host`, language, marks
    header.py, footer.py   the header (title, unsaved-edit count) and key footer every screen has
    tables.py, chart.py    widgets and drawing (tables laid out by priority)

Every figure shown comes from the same engine and findings as `lkjip check`.
Screens do not import each other: they ask the app (`host(self).open_…`), and
what is pending in the planner lives in the app (`host(self).plans`), not in a
screen.

May import: `lkjip_tui.planning` and the layers below it; never `lkjip_tui.cli`.
This is the only package that imports textual.
"""
