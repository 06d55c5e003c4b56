"""Values as reports print them: the foundation every other layer stands on.

Indonesian numbers with their printed precision (`numbers`), intervals for
rounding-aware comparison (`interval`), numbers in words (`terbilang`),
dates, weekdays and periods (`dates`), lkjip's environment variables and how
a yes/no one reads (`environment`), and the small plain records the rest of
lkjip is built from (`record`, `msg`, `suggest`).

May import: the standard library, and rapidfuzz for did-you-mean (`suggest`).
Nothing in `lkjip_tui` outside this package.
"""
