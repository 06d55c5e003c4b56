"""Texts of the command line: summaries, severities and usage errors."""

TEXTS: dict[str, tuple[str, str]] = {
    "cli.summary": (
        "{files} berkas diperiksa: {errors} galat, {warnings} peringatan, {infos} info",
        "{files} files checked: {errors} errors, {warnings} warnings, {infos} info",
    ),
    "cli.clean": ("Tidak ada temuan.", "No findings."),
    "cli.narrative": ("narasi", "narrative"),
    "cli.expected": ("diharapkan", "expected"),
    "cli.rule": ("aturan", "rule"),
    "cli.unknown_code": ("kode aturan '{code}' tidak dikenal", "unknown rule code '{code}'"),
    "cli.usage_error": ("galat penggunaan", "usage error"),
    "sev.error": ("galat", "error"),
    "sev.warning": ("peringatan", "warning"),
    "sev.info": ("info", "info"),
}
