"""A unit's reports compared with one another: the year as a series (LKJ8xx).

A check that covers several reports of one unit (a directory, or several
files: data files and drafts alike) runs these after the rules on each file,
in the parent process, over each report's `Summary` (its figures and their
places, built where the file was checked and cached with its result). Each
finding stands in one report and names the other report and its place; the
targets file decides a target, the report of a period decides that period's
figure, and otherwise the values are listed, none picked (a later report does
not win by being later).
"""

RULES = (
    "lkj801_annual_target_differs",
    "lkj802_cumulative_falls",
    "lkj803_annual_not_tw4",
    "lkj804_restated_period",
)
