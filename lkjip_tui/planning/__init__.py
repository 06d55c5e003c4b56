"""The cores the interface shows: pure functions and sessions, no widgets.

    summary.py     the IKU overview of one report (targets, realisasi, capaian, status)
    targets.py     editing a unit's targets: validation, undo/redo, diff, atomic save
    portfolio.py   the reports of a directory by unit and quarter; an IKU's trend
    narrative.py   a draft's paragraphs that state figures or carry findings, spans to mark

May import: `lkjip_tui.engine` and the layers below it. Never textual.
"""
