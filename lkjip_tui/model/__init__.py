"""The model: rules and reports as data, read strictly, with a position on every value.

    source.py      strict YAML and TOML reading (file, line, column on every error)
    schema.py      the small schema language the data and rules formats are declared in
    rules.py       the rules as data: IKU catalogue, table and fact kinds, targets, checks
    catalogue.py   reading and validating the rules files into a RuleSet
    report.py      a report as data: tables, rows, cells, the narrative's figures
    data_file.py   reading a report from its YAML data file
    document.py    a draft's paragraphs and unread parts, and Place: where a value stands
    narrative.py   reading a data file's `document:` section
    scope.py       what the names in a formula mean over the rules and a report
    authority.py   which printed value of a figure is right: its authority, indexed once per report
    totals.py      the sums a [[total]] declares (rows, code trees, total columns)
    breakdown.py   quarterly targets from an annual target and its breakdown
    capaian.py     how an IKU's capaian follows from its target and realisasi
    findings.py    what the rules report
    files.py       writing users' files atomically

May import: `lkjip_tui.formula`, `lkjip_tui.messages`, `lkjip_tui.values`.
"""
