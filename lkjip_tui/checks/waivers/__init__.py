"""Waivers themselves: an accepted finding's waiver that matches nothing, or has expired.

These rules read no report: the engine raises their findings when it applies
the waivers of a checked file (`lkjip_tui.engine.waivers`), and they stand
here so that their codes, metadata and docs are those of every other rule
(`--select`, `lkjip explain`, SARIF, docs/rules.md).
"""

RULES = (
    "lkj001_waiver_unused",
    "lkj002_waiver_expired",
)
