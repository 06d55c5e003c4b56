"""JUnit XML: a testsuite per file, a testcase per finding, for CI test reports.

A finding at or above the run's fail level (`--fail-on`, errors by default)
is a failing testcase (`failure`, with its severity as `type`); one below it
passes, its message in the suite's `system-out`, so a run that exits 0 shows
no red test. A waived finding is a skipped testcase with the waiver's
reason; a file without findings has one passing testcase, so it is counted
as checked. Unusable input and internal errors are testcases with an `error`.
Valid against both JUnit schemas CI tools read (tests/schemas/): Jenkins'
(junit-10.xsd) has no `file` or `line` on a testcase, so where a finding
stands is the first line of its failure's text; Ant's (JUnit.xsd) wants on
every testsuite its `timestamp`, `hostname` (always "localhost": a report that
leaves the machine does not name it), `time`, `package` and `id`, and
its `properties`, `system-out` and `system-err`, even empty, and no attribute
on `testsuites`.
"""

from __future__ import annotations

import re
from datetime import datetime, timezone
from typing import IO
from xml.sax.saxutils import escape, quoteattr

from lkjip_tui import messages
from lkjip_tui.engine import InternalError
from lkjip_tui.model.findings import Finding
from lkjip_tui.output import Base, Chunk, Summary, failing, internal_message, shared_by_file, waived_text
from lkjip_tui.values.msg import Msg

# Characters XML 1.0 cannot carry at all, even escaped.
_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ufffe\uffff]")


def _text(s: str) -> str:
    return escape(_NOT_XML.sub("\ufffd", s))


def _attr(s: str) -> str:
    return quoteattr(_NOT_XML.sub("\ufffd", s))


class JunitEmitter(Base):
    def testcase(self, f: Finding) -> tuple[str, str]:
        """The finding's testcase, and (below the fail level) its line for the suite's output."""
        from lkjip_tui.checks import rule_by_code

        rule = rule_by_code(f.code)
        # Named by rule and place, not line: a test report's history follows it when lines move.
        place = "/".join(p for p in (f.table_label or f.table, f.row, f.field) if p)
        name = " ".join(p for p in (f.code, rule.meta.name if rule else "", place) if p)
        classname = ".".join(p for p in (f.file, f.table, f.row, f.field) if p)
        message = messages.render(f.message, self.lang)
        where = f"{f.file}:{f.line}:{f.column}" if f.line else f.file
        head = f'    <testcase name={_attr(name)} classname={_attr(classname)} time="0">'
        if f.waiver is not None:
            return f"{head}<skipped message={_attr(waived_text(f, self.lang))}/></testcase>\n", ""
        if not failing(f.severity, self.fail_on):
            severity = messages.text_for("sev." + f.severity, self.lang)
            return f"{head}</testcase>\n", f"{where}: {severity}: {f.code} {message}\n"
        rule_line = f"{messages.text_for('cli.rule', self.lang)}: {f.rule}" if f.rule else ""
        parts = (where, message, messages.parts(f.explanation, self.lang), rule_line)
        details = "\n".join(x for x in parts if x)
        inner = f"<failure type={_attr(f.severity)} message={_attr(message)}>{_text(details)}</failure>"
        return f"{head}{inner}</testcase>\n", ""

    def body(self, findings: list[Finding]) -> tuple[str, str]:
        """The file's testcases, and the lines of its passing findings for `system-out`."""
        cases = [self.testcase(f) for f in findings]
        return "".join(case for case, _ in cases), "".join(note for _, note in cases)

    def start(self, out: IO[str]) -> None:
        # Ant's schema: the run's start in UTC, to the second, no zone written.
        self.timestamp = datetime.now(timezone.utc).strftime("%Y-%m-%dT%H:%M:%S")
        self.suites = 0  # Ant's `id`: each testsuite's place in the run, from 0
        out.write('<?xml version="1.0" encoding="UTF-8"?>\n<testsuites>\n')

    def _suite(
        self,
        out: IO[str],
        file: str,
        cases: str,
        passed: str,
        counts: tuple[int, int, int, int],
    ) -> None:
        tests, failures, errors, skipped = counts
        out.write(
            f'  <testsuite name={_attr(file)} package={_attr(file)} id="{self.suites}" '
            f'tests="{tests}" failures="{failures}" errors="{errors}" skipped="{skipped}" time="0" '
            f'timestamp="{self.timestamp}" hostname="localhost">\n'
            f"    <properties/>\n{cases}"
            f"    <system-out>{_text(passed)}</system-out>\n    <system-err/>\n  </testsuite>\n"
        )
        self.suites += 1

    def chunk(self, out: IO[str], chunk: Chunk) -> None:
        errors = ""
        if chunk.error is not None:
            errors += self._error(
                "lkjip",
                "unusable-input",
                messages.render(Msg(chunk.error.key, chunk.error.args), self.lang),
                chunk.file,
            )
        for e in chunk.internal:
            errors += self._internal(e)
        failures = sum(n for sev, n in chunk.counts.items() if failing(sev, self.fail_on))
        passed = sum(chunk.counts.values()) - failures
        n_errors = (chunk.error is not None) + len(chunk.internal)
        cases, notes = chunk.body or ("", "")
        cases += errors
        tests = failures + passed + chunk.waived + n_errors
        if tests == 0:
            cases = f'    <testcase name="lkjip" classname={_attr(chunk.file)} time="0"/>\n'
            tests = 1
        self._suite(out, chunk.file, cases, notes, (tests, failures, n_errors, chunk.waived))

    def end(self, out: IO[str], summary: Summary) -> None:
        for file, items in shared_by_file(summary).items():
            waived = sum(f.waiver is not None for f in items)
            failures = sum(f.waiver is None and failing(f.severity, self.fail_on) for f in items)
            cases, notes = self.body(items)
            self._suite(out, file, cases, notes, (len(items), failures, 0, waived))
        out.write("</testsuites>\n")

    def _error(self, name: str, kind: str, message: str, file: str) -> str:
        return (
            f'    <testcase name={_attr(name)} classname={_attr(file)} time="0">'
            f"<error type={_attr(kind)} message={_attr(message)}/></testcase>\n"
        )

    def _internal(self, e: InternalError) -> str:
        name = f"lkjip {e.rule}".strip()
        return (
            f'    <testcase name={_attr(name)} classname={_attr(e.file)} time="0">'
            f"<error type={_attr(e.exception)} message={_attr(internal_message(e, self.lang))}>"
            f"{_text(e.traceback)}</error></testcase>\n"
        )
