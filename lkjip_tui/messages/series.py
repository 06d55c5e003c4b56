"""Texts of the series rules (LKJ8xx): one unit's reports compared with one another."""

TEXTS: dict[str, tuple[str, str]] = {
    "lkj801": (
        "{iku}: target tahunan {printed} ({where}) tidak sama dengan {other_printed} di {other_file} "
        "({other_where}, {other_period}); berkas target tidak menetapkan target ini, jadi tidak dipilih "
        "mana yang benar",
        "{iku}: annual target {printed} ({where}) is not the {other_printed} in {other_file} "
        "({other_where}, {other_period}); the targets file gives no target for it, so neither is picked",
    ),
    "lkj802": (
        "{iku}: realisasi s.d. {period} {printed} ({where}) lebih kecil dari realisasi s.d. {other_period} "
        "{other_printed} di {other_file} ({other_where}); realisasi kumulatif tidak dapat turun",
        "{iku}: realisasi to {period} {printed} ({where}) is smaller than the realisasi to {other_period} "
        "{other_printed} in {other_file} ({other_where}); a cumulative realisasi cannot fall",
    ),
    "lkj803": (
        "{iku}: realisasi {period} {printed} ({where}) tidak sama dengan realisasi s.d. {other_period} "
        "{other_printed} di {other_file} ({other_where})",
        "{iku}: realisasi for {period} {printed} ({where}) is not the realisasi to {other_period} "
        "{other_printed} in {other_file} ({other_where})",
    ),
    "lkj803.sum": (
        "{iku}: realisasi {period} {printed} ({where}) bukan jumlah realisasi TW I–IV ({values}; jumlah "
        "{total}); TW IV: {other_printed} di {other_file} ({other_where}, {other_period})",
        "{iku}: realisasi for {period} {printed} ({where}) is not the sum of the Q1–Q4 realisasi ({values}; "
        "sum {total}); Q4: {other_printed} in {other_file} ({other_where}, {other_period})",
    ),
    "lkj804": (
        "{printed} ({where}), dinyatakan untuk {stated}, tidak sama dengan {other_printed} di laporan "
        "{other_own} sendiri, {other_file} ({other_where}) — {period}",
        "{printed} ({where}), stated for {stated}, is not the {other_printed} in the {other_own} report "
        "itself, {other_file} ({other_where}) — {period}",
    ),
}
