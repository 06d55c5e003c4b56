"""Texts of the terminal interface: keys, columns, screens and the planner."""

TEXTS: dict[str, tuple[str, str]] = {
    "plan.not_number": (
        "“{text}” bukan angka",
        "“{text}” is not a number",
    ),
    "plan.ambiguous": (
        "“{text}” dapat dibaca {a} atau {b}; tulis tanpa pemisah ribuan (mis. 1500) atau dengan koma desimal",
        "“{text}” reads as {a} or {b}; write it without a thousands mark (e.g. 1500) or with a decimal comma",
    ),
    "plan.negative": (
        "target tidak boleh negatif: “{text}”",
        "a target cannot be negative: “{text}”",
    ),
    "plan.range_needed": (
        "IKU {iku} ber-target rentang: tulis mis. 80 - 90",
        "IKU {iku} has a range target: write e.g. 80 - 90",
    ),
    "plan.range_not_allowed": (
        "IKU {iku} tidak ber-target rentang",
        "IKU {iku} does not have a range target",
    ),
    "plan.breakdown": (
        "pembagian harus salah satu dari: {choices}",
        "the breakdown must be one of: {choices}",
    ),
    "plan.range_breakdown": (
        "target rentang hanya dengan pembagian 'constant' atau 'annual_only'",
        "a range target only goes with the breakdown 'constant' or 'annual_only'",
    ),
    "plan.quarters_needed": (
        "profil perlu empat nilai, TW I–IV",
        "a profile needs four values, TW I–IV",
    ),
    "plan.decimals": (
        "desimal: kosong atau bilangan 0–6",
        "decimals: blank or a whole number 0–6",
    ),
    "key.quit": (
        "Keluar",
        "Quit",
    ),
    "key.help": (
        "Bantuan",
        "Help",
    ),
    "key.lang": (
        "English",
        "Indonesia",
    ),
    "key.theme": (
        "Tema",
        "Theme",
    ),
    "key.findings": (
        "Temuan",
        "Findings",
    ),
    "key.severity": (
        "Tingkat",
        "Severity",
    ),
    "key.filter": (
        "Saring",
        "Filter",
    ),
    "key.edit": (
        "Sunting",
        "Edit",
    ),
    "key.planner": (
        "Target",
        "Targets",
    ),
    "key.trend": (
        "Tren",
        "Trend",
    ),
    "key.recheck": (
        "Periksa",
        "Check",
    ),
    "key.next": (
        "Berikut",
        "Next",
    ),
    "key.prev": (
        "Sebelum",
        "Previous",
    ),
    "key.back": (
        "Kembali",
        "Back",
    ),
    "key.open": (
        "Buka",
        "Open",
    ),
    "key.apply": (
        "Terapkan",
        "Apply",
    ),
    "key.undo": (
        "Urungkan",
        "Undo",
    ),
    "key.redo": (
        "Ulangi",
        "Redo",
    ),
    "key.save": (
        "Simpan",
        "Save",
    ),
    "key.yes": (
        "Ya",
        "Yes",
    ),
    "key.no": (
        "Tidak",
        "No",
    ),
    "ui.title": (
        "lkjip — audit laporan kinerja",
        "lkjip — performance report audit",
    ),
    "ui.counts": (
        "{errors} galat · {warnings} peringatan · {infos} info",
        "{errors} errors · {warnings} warnings · {infos} info",
    ),
    "ui.checking": (
        "memeriksa…",
        "checking…",
    ),
    "ui.tab.iku": (
        "IKU",
        "IKU",
    ),
    "ui.tab.narrative": (
        "Narasi",
        "Narrative",
    ),
    "ui.col.iku": (
        "IKU",
        "IKU",
    ),
    "ui.col.indikator": (
        "Indikator",
        "Indicator",
    ),
    "ui.col.annual": (
        "Target tahunan",
        "Annual target",
    ),
    "ui.col.tw_plan": (
        "Target TW (rencana)",
        "TW target (plan)",
    ),
    "ui.col.tw_printed": (
        "Target TW (dicetak)",
        "TW target (printed)",
    ),
    "ui.col.realisasi": (
        "Realisasi",
        "Realisasi",
    ),
    "ui.col.capaian": (
        "Capaian (dicetak)",
        "Capaian (printed)",
    ),
    "ui.col.computed": (
        "Capaian (hitung)",
        "Capaian (computed)",
    ),
    "ui.col.predikat": (
        "Predikat",
        "Predikat",
    ),
    "ui.col.status": (
        "Status",
        "Status",
    ),
    "ui.col.severity": (
        "Tingkat",
        "Severity",
    ),
    "ui.col.code": (
        "Kode",
        "Code",
    ),
    "ui.col.where": (
        "Tempat",
        "Where",
    ),
    "ui.col.row": (
        "Baris",
        "Row",
    ),
    "ui.col.field": (
        "Kolom",
        "Field",
    ),
    "ui.col.message": (
        "Pesan",
        "Message",
    ),
    "ui.col.fact": (
        "Fakta",
        "Fact",
    ),
    "ui.col.value": (
        "Nilai",
        "Value",
    ),
    "ui.col.words": (
        "Terbilang",
        "In words",
    ),
    "ui.col.line": (
        "Baris sumber",
        "Source line",
    ),
    "ui.col.unit": (
        "Unit",
        "Unit",
    ),
    "ui.col.breakdown": (
        "Pembagian",
        "Breakdown",
    ),
    "ui.filter.all": (
        "semua",
        "all",
    ),
    "ui.filter.placeholder": (
        "saring: kode, tabel atau kata (mis. LKJ3, anggaran)",
        "filter: code, table or word (e.g. LKJ3, anggaran)",
    ),
    "ui.findings.shown": (
        "{shown} dari {total} temuan",
        "{shown} of {total} findings",
    ),
    "ui.detail.none": (
        "Pilih temuan untuk melihat penjelasannya.",
        "Select a finding to see its explanation.",
    ),
    "ui.detail.expected": (
        "diharapkan",
        "expected",
    ),
    "ui.detail.actual": (
        "dicetak",
        "printed",
    ),
    "ui.detail.rule": (
        "aturan",
        "rule",
    ),
    "ui.detail.data": (
        "data",
        "data",
    ),
    "ui.status.ok": (
        "sesuai",
        "ok",
    ),
    "ui.not_measured": (
        "belum diukur",
        "not measured",
    ),
    "ui.undefined": (
        "tidak terdefinisi",
        "undefined",
    ),
    "ui.editor_failed": (
        "editor tidak dapat dibuka: {reason}",
        "could not open the editor: {reason}",
    ),
    "ui.rechecked": (
        "diperiksa ulang: berkas berubah",
        "checked again: the file changed",
    ),
    "ui.unusable": (
        "berkas tidak dapat dipakai",
        "the file cannot be used",
    ),
    "ui.portfolio": (
        "Portofolio: {files} berkas",
        "Portfolio: {files} files",
    ),
    "ui.trend.title": (
        "Tren {iku} — {unit}",
        "Trend {iku} — {unit}",
    ),
    "ui.trend.none": (
        "Tidak ada data untuk IKU ini.",
        "No data for this IKU.",
    ),
    "ui.trend.legend": (
        "█ realisasi   ▏ target   (capaian di kanan)",
        "█ realisasi   ▏ target   (capaian on the right)",
    ),
    "ui.help.title": (
        "Tombol",
        "Keys",
    ),
    "ui.planner.title": (
        "Target {unit} {year}",
        "Targets {unit} {year}",
    ),
    "ui.planner.pending": (
        "{n} perubahan belum disimpan",
        "{n} unsaved changes",
    ),
    "ui.planner.saved": (
        "tersimpan: {file}",
        "saved: {file}",
    ),
    "ui.planner.nothing": (
        "tidak ada perubahan",
        "no changes",
    ),
    "ui.planner.applied": (
        "{iku} diperbarui",
        "{iku} updated",
    ),
    "ui.planner.undone": (
        "{iku}: dibatalkan",
        "{iku}: undone",
    ),
    "ui.planner.no_rules": (
        "berkas target tidak dapat disunting: {reason}",
        "the targets file cannot be edited: {reason}",
    ),
    "ui.confirm.save": (
        "Simpan perubahan ini ke {file}?",
        "Save these changes to {file}?",
    ),
    "ui.confirm.quit": (
        "Ada perubahan target yang belum disimpan. Keluar tanpa menyimpan?",
        "There are unsaved target changes. Quit without saving?",
    ),
    "ui.confirm.conflict": (
        "{file} berubah di disk sejak dibuka. Muat ulang dari disk (perubahan Anda dibuang)?",
        "{file} changed on disk since it was opened. Reload it from disk (your edits are dropped)?",
    ),
    "ui.field.annual": (
        "Tahunan",
        "Annual",
    ),
    "ui.field.breakdown": (
        "Pembagian",
        "Breakdown",
    ),
    "ui.field.decimals": (
        "Desimal",
        "Decimals",
    ),
    "ui.quarter.cum": (
        "s.d. {q}",
        "to {q}",
    ),
    "ui.tab.tables": (
        "Tabel",
        "Tables",
    ),
    "key.tab_iku": (
        "Tab IKU",
        "IKU tab",
    ),
    "key.tab_tables": (
        "Tab Tabel",
        "Tables tab",
    ),
    "key.tab_narrative": (
        "Tab Narasi",
        "Narrative tab",
    ),
}
