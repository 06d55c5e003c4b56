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
        "target rentang hanya dengan pembagian tetap atau tahunan saja",
        "a range target only goes with the constant or annual only breakdown",
    ),
    "plan.quarters_needed": (
        "profil perlu empat nilai, TW I–IV",
        "a profile needs four values, TW I–IV",
    ),
    "plan.decimals": (
        "desimal: kosong atau bilangan 0–{limit}",
        "decimals: blank or a whole number 0–{limit}",
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
        "{errors} error{errors_s} · {warnings} warning{warnings_s} · {infos} info",
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
        "Target\ntahunan",
        "Annual\ntarget",
    ),
    "ui.col.tw_plan": (
        "{q}\nrencana",
        "{q}\nplanned",
    ),
    "ui.col.tw_printed": (
        "{q}\ndicetak",
        "{q}\nprinted",
    ),
    "ui.col.realisasi": (
        "Realisasi",
        "Realisasi",
    ),
    "ui.col.capaian": (
        "Capaian\ndicetak",
        "Capaian\nprinted",
    ),
    "ui.col.computed": (
        "Capaian\nhitung",
        "Capaian\ncomputed",
    ),
    "ui.col.predikat": (
        "Predikat",
        "Predikat",
    ),
    "ui.col.code": (
        "Kode",
        "Code",
    ),
    "ui.col.where": (
        "Tempat",
        "Where",
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
        "{shown} of {total} finding{total_s}",
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
        "tanpa temuan",
        "no findings",
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
        "Portfolio: {files} file{files_s}",
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
        "█ realisasi   ┃ target   · tidak ada data   (capaian di kanan)",
        "█ realisasi   ┃ target   · no data   (capaian on the right)",
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
        "unsaved changes: {n}",
    ),
    "ui.planner.saved": (
        "tersimpan: {file}",
        "saved: {file}",
    ),
    "ui.planner.nothing": (
        "tidak ada perubahan",
        "no changes",
    ),
    "ui.planner.undone": (
        "{iku}: dibatalkan",
        "{iku}: undone",
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
        "s.d.\n{q}",
        "to\n{q}",
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
    "plan.too_large": (
        "“{text}” di luar batas: target harus di bawah {limit}",
        "“{text}” is out of bounds: a target must be below {limit}",
    ),
    "plan.too_precise": (
        "“{text}” memiliki lebih dari {limit} desimal",
        "“{text}” has more than {limit} decimals",
    ),
    "plan.too_long": (
        "terlalu panjang: paling banyak {limit} karakter",
        "too long: at most {limit} characters",
    ),
    "plan.read_only": (
        "{file} hanya-baca: tidak disimpan, perubahan tetap tertunda",
        "{file} is read-only: not saved, the changes stay pending",
    ),
    "plan.not_regular": (
        "{file} bukan berkas biasa: tidak disimpan, perubahan tetap tertunda",
        "{file} is not a regular file: not saved, the changes stay pending",
    ),
    "plan.write_failed": (
        "{file} tidak dapat ditulis ({reason}): perubahan tetap tertunda",
        "{file} could not be written ({reason}): the changes stay pending",
    ),
    "key.iku_findings": (
        "Temuan IKU ini",
        "This IKU's findings",
    ),
    "key.jump": (
        "Ke sel temuan",
        "Go to the finding's cell",
    ),
    "key.export": (
        "Ekspor",
        "Export",
    ),
    "key.copy": (
        "Salin temuan",
        "Copy finding",
    ),
    "key.cancel": (
        "Batal",
        "Cancel",
    ),
    "key.edit_target": (
        "Sunting target",
        "Edit the target",
    ),
    "key.palette": (
        "Palet",
        "Palette",
    ),
    "key.focus_next": (
        "Fokus berikut",
        "Next pane",
    ),
    "key.focus_previous": (
        "Fokus sebelum",
        "Previous pane",
    ),
    "key.prev_iku": (
        "IKU sebelum",
        "Previous IKU",
    ),
    "key.next_iku": (
        "IKU berikut",
        "Next IKU",
    ),
    "ui.col.planned": (
        "Capaian\nrencana",
        "Capaian\nvs plan",
    ),
    "ui.col.findings": (
        "Temuan",
        "Findings",
    ),
    "ui.col.place": (
        "Baris, kolom",
        "Row, field",
    ),
    "ui.legend.pending": (
        "belum disimpan",
        "unsaved",
    ),
    "ui.legend.selected": (
        "sel temuan terpilih",
        "selected finding's cell",
    ),
    "ui.help.this_quarter": (
        "di tabel target, tebal: triwulan laporan",
        "in the targets table, bold: the report's quarter",
    ),
    "ui.detail.annual": (
        "target tahunan",
        "annual target",
    ),
    "ui.detail.tw_plan": (
        "target {q} rencana",
        "{q} target planned",
    ),
    "ui.detail.tw_printed": (
        "dicetak",
        "printed",
    ),
    "ui.detail.realisasi": (
        "realisasi",
        "realisasi",
    ),
    "ui.detail.capaian": (
        "capaian dicetak",
        "capaian printed",
    ),
    "ui.detail.computed": (
        "dihitung",
        "computed",
    ),
    "ui.detail.predikat": (
        "predikat",
        "predikat",
    ),
    "ui.detail.findings": (
        "{n} temuan tentang IKU ini (Enter: tampilkan)",
        "{n} finding{n_s} about this IKU (Enter: show them)",
    ),
    "ui.rules_changed_pending": (
        "berkas aturan berubah di disk; perubahan target Anda yang belum disimpan tetap dipakai — menyimpan akan menawarkan muat ulang",
        "a rules file changed on disk; your unsaved target edits stay in use — saving will offer to reload",
    ),
    "ui.detail.follows": (
        "juga {n} temuan yang mengikutinya (ketik / untuk mendaftarnya): {where}",
        "also {n} finding{n_s} following from it (type / to list them): {where}",
    ),
    "ui.editor.word": (
        "{file} adalah dokumen Word: buka di Word (atau LibreOffice) dan cari {where}; "
        "lkjip tidak membukanya di editor teks, yang akan merusaknya saat disimpan",
        "{file} is a Word document: open it in Word (or LibreOffice) and go to {where}; "
        "lkjip does not open it in a text editor, which would corrupt it on save",
    ),
    "ui.editor.none": (
        "tidak ada editor: atur $VISUAL atau $EDITOR (mis. export EDITOR=nano)",
        "no editor found: set $VISUAL or $EDITOR (e.g. export EDITOR=nano)",
    ),
    "ui.editor.from_visual": (
        "membuka {editor} ($VISUAL)",
        "opening {editor} ($VISUAL)",
    ),
    "ui.editor.from_editor": (
        "membuka {editor} ($EDITOR)",
        "opening {editor} ($EDITOR)",
    ),
    "ui.editor.from_path": (
        "membuka {editor} (ditemukan di PATH; atur $EDITOR untuk editor lain)",
        "opening {editor} (found on PATH; set $EDITOR for another)",
    ),
    "ui.confirm.overwrite": (
        "{file} sudah ada. Timpa?",
        "{file} already exists. Overwrite it?",
    ),
    "ui.export.title": (
        "Ekspor {n} temuan yang tampil (sesuai saringan)",
        "Export the {n} finding{n_s} shown (as filtered)",
    ),
    "ui.export.format": (
        "Format",
        "Format",
    ),
    "ui.export.file": (
        "Berkas",
        "File",
    ),
    "ui.export.write": (
        "Tulis",
        "Write",
    ),
    "ui.export.name": (
        "temuan",
        "findings",
    ),
    "ui.export.failed": (
        "{file} tidak dapat ditulis: {reason}",
        "{file} could not be written: {reason}",
    ),
    "ui.export.done": (
        "{n} temuan ditulis sebagai {fmt}: {file}",
        "{n} finding{n_s} written as {fmt}: {file}",
    ),
    "ui.copy.none": (
        "tidak ada temuan terpilih untuk disalin",
        "no finding selected to copy",
    ),
    "ui.copy.done": (
        "{code} disalin ke papan klip (jika terminal mendukung OSC 52)",
        "{code} copied to the clipboard (where the terminal supports OSC 52)",
    ),
    "ui.help.screen": (
        "Layar ini",
        "This screen",
    ),
    "ui.help.everywhere": (
        "Di semua layar",
        "On every screen",
    ),
    "ui.help.widget.IkuTable": (
        "Tabel IKU",
        "IKU table",
    ),
    "ui.help.widget.FindingsTable": (
        "Daftar temuan",
        "Findings list",
    ),
    "ui.help.widget.PlanTable": (
        "Tabel target",
        "Targets table",
    ),
    "ui.help.widget.TargetField": (
        "Kolom isian target",
        "Target fields",
    ),
    "ui.help.widget.PortfolioTable": (
        "Portofolio",
        "Portfolio grid",
    ),
    "ui.help.marks": (
        "Tanda dan warna",
        "Marks and colours",
    ),
    "ui.help.findings_column": (
        "kolom Temuan: tanda temuan terberat tentang IKU dan jumlahnya (✗ 3: tiga temuan, terberat galat)",
        "the Findings column: the worst finding's mark about the IKU and how many there are (✗ 3: three findings, the worst an error)",
    ),
    "ui.quit_hint": (
        "Tekan q (atau ctrl+q) untuk keluar",
        "Press q (or ctrl+q) to quit",
    ),
    "ui.palette.search": (
        "Cari perintah…",
        "Search for commands…",
    ),
    "ui.palette.none": (
        "Tidak ada yang cocok",
        "No matches found",
    ),
    "ui.palette.themes": (
        "Cari tema…",
        "Search for themes…",
    ),
    "ui.palette.key": (
        "tombol {key}",
        "key {key}",
    ),
    "ui.palette.theme": (
        "Pilih tema",
        "Choose a theme",
    ),
    "ui.palette.theme_help": (
        "semua tema warna Textual",
        "every Textual colour theme",
    ),
    "ui.palette.screenshot": (
        "Tangkapan layar",
        "Screenshot",
    ),
    "ui.palette.screenshot_help": (
        "simpan layar sebagai SVG di {where}",
        "save the screen as SVG in {where}",
    ),
    "ui.palette.maximize": (
        "Perbesar panel",
        "Maximize the pane",
    ),
    "ui.palette.minimize": (
        "Kembalikan panel",
        "Restore the pane",
    ),
    "ui.screenshot.saved": (
        "tangkapan layar disimpan: {file}",
        "screenshot saved: {file}",
    ),
    "ui.screenshot.failed": (
        "tangkapan layar tidak dapat disimpan ke {file}: {reason}",
        "the screenshot could not be saved to {file}: {reason}",
    ),
    "ui.breakdown.even": (
        "rata",
        "even",
    ),
    "ui.breakdown.cumulative": (
        "kumulatif",
        "cumulative",
    ),
    "ui.breakdown.constant": (
        "tetap",
        "constant",
    ),
    "ui.breakdown.profile": (
        "profil",
        "profile",
    ),
    "ui.breakdown.cumulative_profile": (
        "profil kumulatif",
        "cumulative profile",
    ),
    "ui.breakdown.annual_only": (
        "tahunan saja",
        "annual only",
    ),
    "ui.planner.internal": (
        "ditolak karena galat internal ({reason}); perubahan lain aman",
        "refused by an internal error ({reason}); other edits are safe",
    ),
    "ui.portfolio.unreadable": (
        "{n} berkas tak terbaca",
        "unreadable files: {n}",
    ),
    "ui.portfolio.unreadable_cell": (
        "tak terbaca",
        "unreadable",
    ),
    "ui.portfolio.unplaced": (
        "Tanpa\nperiode",
        "No\nperiod",
    ),
    "ui.portfolio.missing": (
        "tidak ada berkas untuk triwulan ini",
        "no file for this quarter",
    ),
    "ui.trend.no_file": (
        "tidak ada data",
        "no data",
    ),
    "ui.trend.no_value": (
        "tidak ada realisasi",
        "no realisasi",
    ),
    "ui.planner.no_ikus": (
        "aturan unit ini tidak memiliki IKU untuk direncanakan",
        "this unit's rules have no IKU to plan",
    ),
    "key.waive": (
        "Kecualikan",
        "Waive",
    ),
    "ui.counts_waived": (
        "{n} dikecualikan",
        "{n} waived",
    ),
    "ui.waiver.title": (
        "Kecualikan {code} · {where}",
        "Waive {code} · {where}",
    ),
    "ui.waiver.note": (
        "Temuan yang dikecualikan tetap dilaporkan dan ditandai, tetapi tidak menggagalkan pemeriksaan.",
        "A waived finding is still reported and marked, but does not fail the check.",
    ),
    "ui.waiver.reason": (
        "Alasan (wajib)",
        "Reason (required)",
    ),
    "ui.waiver.by": (
        "Disetujui oleh (wajib)",
        "Accepted by (required)",
    ),
    "ui.waiver.expires": (
        "Berlaku sampai (boleh kosong)",
        "Valid until (may be left blank)",
    ),
    "ui.waiver.date_format": (
        "TTTT-BB-HH, mis. 2024-06-30",
        "YYYY-MM-DD, e.g. 2024-06-30",
    ),
    "ui.waiver.write": (
        "Kecualikan",
        "Waive",
    ),
    "ui.waiver.required": (
        "wajib diisi",
        "required",
    ),
    "ui.waiver.bad_date": (
        "“{text}” bukan tanggal TTTT-BB-HH",
        "“{text}” is not a date YYYY-MM-DD",
    ),
    "ui.waiver.past": (
        "“{text}” sudah lewat: pengecualian akan langsung kedaluwarsa",
        "“{text}” has passed: the waiver would expire at once",
    ),
    "ui.waiver.none": (
        "tidak ada temuan terpilih untuk dikecualikan",
        "no finding selected to waive",
    ),
    "ui.waiver.already": (
        "{code} sudah dikecualikan: {why}",
        "{code} is already waived: {why}",
    ),
    "ui.waiver.elsewhere": (
        "{code} tentang {file}, bukan laporan ini: perbaiki di berkas itu",
        "{code} is about {file}, not this report: fix it in that file",
    ),
    "ui.waiver.failed": (
        "pengecualian tidak ditulis ke {file}: {reason}",
        "the waiver was not written to {file}: {reason}",
    ),
    "ui.waiver.read_only": (
        "berkas hanya-baca",
        "the file is read-only",
    ),
    "ui.waiver.not_regular": (
        "bukan berkas biasa",
        "not a regular file",
    ),
    "ui.waiver.done": (
        "{code} dikecualikan; ditulis di {file}",
        "{code} waived; written to {file}",
    ),
    "ui.quarter.to": (
        "s.d. {q}",
        "to {q}",
    ),
    "ui.planner.to_value": (
        "s.d. {value}",
        "to {value}",
    ),
    "key.discard": (
        "Buang",
        "Discard",
    ),
    "ui.confirm.typed": (
        "Nilai ini diketik tetapi belum diterapkan (Enter). Terapkan sebagai perubahan?",
        "This value was typed but not applied (Enter). Apply it as an edit?",
    ),
    "ui.confirm.typed_invalid": (
        "Nilai ini diketik tetapi tidak dapat diterapkan. Buang?",
        "This value was typed but cannot be applied. Discard it?",
    ),
    "ui.planner.typed_dropped": (
        "{iku}: nilai yang diketik tidak diterapkan (tanpa Enter): {values}",
        "{iku}: typed values not applied (no Enter): {values}",
    ),
}
