"""Every message lkjip shows, in Bahasa Indonesia (default) and English.

Findings and errors carry a key and arguments; this module renders them for a
language. Numbers are printed the Indonesian way in Indonesian (4.357.162.000;
37,87) and the English way in English.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from lkjip_tui.findings import Msg, Printed
from lkjip_tui.interval import Interval
from lkjip_tui.numbers import format_decimal

LANGS = ("id", "en")

M: dict[str, tuple[str, str]] = {
    # ---- unusable input
    "err.not_found": ("berkas tidak ditemukan", "file not found"),
    "err.is_directory": ("ini direktori, bukan berkas", "this is a directory, not a file"),
    "err.unreadable": ("berkas tidak dapat dibaca: {reason}", "cannot read the file: {reason}"),
    "err.too_large": (
        "berkas terlalu besar ({size} bita; batasnya {limit} bita)",
        "file too large ({size} bytes; the limit is {limit} bytes)",
    ),
    "err.binary": (
        "berkas biner (berisi bita NUL), bukan teks",
        "binary file (contains a NUL byte), not text",
    ),
    "err.not_utf8": (
        "bukan teks UTF-8: bita {byte} tidak valid; simpan berkas sebagai UTF-8",
        "not UTF-8 text: invalid byte {byte}; save the file as UTF-8",
    ),
    "err.empty": ("berkas kosong", "the file is empty"),
    "err.yaml": ("YAML tidak valid: {problem}", "invalid YAML: {problem}"),
    "err.toml": ("TOML tidak valid: {problem}", "invalid TOML: {problem}"),
    "err.tab": (
        "karakter tab; YAML memakai spasi untuk indentasi",
        "tab character; YAML indents with spaces",
    ),
    "err.bare_dash": (
        'nilai "-" harus diberi tanda kutip: "-" (tanpa kutip YAML membacanya sebagai daftar)',
        'quote a "-" value as "-" (unquoted, YAML reads it as a list)',
    ),
    "err.too_deep": (
        "struktur bersarang terlalu dalam",
        "nested too deeply",
    ),
    "err.alias": (
        "anchor dan alias YAML (&, *) tidak didukung; tulis nilainya langsung",
        "YAML anchors and aliases (&, *) are not supported; write the value out",
    ),
    "err.tag": ("tag YAML {tag} tidak didukung", "YAML tag {tag} is not supported"),
    "err.complex_key": ("kunci harus berupa teks", "keys must be text"),
    "err.merge_key": ("kunci gabung YAML '<<' tidak didukung", "the YAML merge key '<<' is not supported"),
    "err.duplicate_key": (
        "kunci '{key}' ganda (pertama di baris {first}); YAML biasa diam-diam membuang salah satunya",
        "duplicate key '{key}' (first on line {first}); plain YAML silently drops one of them",
    ),
    "err.top_not_mapping": (
        "isi berkas harus berupa pemetaan kunci: nilai",
        "the file must hold a mapping of key: value",
    ),
    "err.type": (
        "{path}: diharapkan {expected}, ditemukan {found}",
        "{path}: expected {expected}, found {found}",
    ),
    "err.unknown_key": ("kunci '{key}' tidak dikenal di {path}", "unknown key '{key}' in {path}"),
    "err.missing_key": ("kunci '{key}' wajib ada di {path}", "key '{key}' is required in {path}"),
    "err.version": (
        "format data versi {found} tidak didukung (lkjip: {supported})",
        "data format version {found} is not supported (lkjip: {supported})",
    ),
    "err.quarter": (
        "triwulan '{found}' tidak dikenali (mis. TW II)",
        "quarter '{found}' not recognised (e.g. TW II)",
    ),
    "err.unknown_table_kind": (
        "jenis tabel '{kind}' tidak ada di katalog",
        "table kind '{kind}' is not in the catalogue",
    ),
    "err.unknown_row_key": (
        "baris '{key}' bukan {rows} yang dikenal katalog",
        "row '{key}' is not a known {rows}",
    ),
    "err.unknown_parent": (
        "induk '{parent}' tidak ada di tabel ini",
        "parent '{parent}' is not a row of this table",
    ),
    "err.parent_cycle": ("rantai induk baris '{key}' berputar", "the parent chain of row '{key}' loops"),
    "err.no_rules": (
        "tidak ada aturan untuk unit '{unit}' tahun {year}; dicari: {searched}",
        "no rules for unit '{unit}' year {year}; looked in: {searched}",
    ),
    "err.no_catalogue": (
        "katalog '{name}' tidak ditemukan (dicari: {where})",
        "catalogue '{name}' not found (looked in: {where})",
    ),
    "err.no_data_files": ("tidak ada berkas data (.yaml) di sini", "no data files (.yaml) here"),
    # ---- rules files
    "err.rule_type": ("'{key}': diharapkan {expected}", "'{key}': expected {expected}"),
    "err.rule_missing": ("kunci '{key}' wajib ada di [{section}]", "key '{key}' is required in [{section}]"),
    "err.rule_choice": (
        "'{key}' = '{value}' tidak dikenal; pilihan: {choices}",
        "'{key}' = '{value}' is unknown; choices: {choices}",
    ),
    "err.rule_unknown_key": (
        "kunci '{key}' tidak dikenal di [{section}]",
        "unknown key '{key}' in [{section}]",
    ),
    "err.rule_redefined": ("'{key}' sudah didefinisikan di {first}", "'{key}' is already defined at {first}"),
    "err.unknown_iku": ("IKU '{iku}' tidak ada di katalog", "IKU '{iku}' is not in the catalogue"),
    "err.unknown_sasaran": (
        "sasaran '{sasaran}' tidak ada di katalog",
        "sasaran '{sasaran}' is not in the catalogue",
    ),
    "err.unknown_table": ("tabel '{table}' tidak ada di katalog", "table '{table}' is not in the catalogue"),
    "err.unknown_column": (
        "kolom '{column}' tidak ada di tabel '{table}'",
        "column '{column}' is not in table '{table}'",
    ),
    "err.unknown_fact": ("fakta '{fact}' tidak ada di katalog", "fact '{fact}' is not in the catalogue"),
    "err.lower_variant": (
        "formula 'lower' perlu variant: {choices}",
        "formula 'lower' needs a variant: {choices}",
    ),
    "err.reduction_inputs": (
        "formula 'reduction' perlu 'previous' dan 'current' (jalur ke jumlah periode lalu dan sekarang)",
        "formula 'reduction' needs 'previous' and 'current' (paths to the previous and current counts)",
    ),
    "err.inputs_only_reduction": (
        "'previous'/'current' hanya berlaku untuk formula 'reduction'",
        "'previous'/'current' only apply to formula 'reduction'",
    ),
    "err.bands_empty": ("pita predikat kosong", "no predikat bands"),
    "err.band_empty": (
        "pita '{name}': min harus lebih kecil dari max",
        "band '{name}': min must be below max",
    ),
    "err.band_below": (
        "pita '{name}' mulai di {value}: capaian di bawahnya tidak punya predikat",
        "band '{name}' starts at {value}: capaian below it has no predikat",
    ),
    "err.band_above": (
        "pita '{name}' berakhir di {value}: capaian di atasnya tidak punya predikat",
        "band '{name}' ends at {value}: capaian above it has no predikat",
    ),
    "err.band_overlap": ("pita '{a}' dan '{b}' tumpang tindih", "bands '{a}' and '{b}' overlap"),
    "err.band_gap": (
        "celah antara pita '{a}' dan '{b}': capaian {lo}–{hi} tidak punya predikat",
        "gap between bands '{a}' and '{b}': capaian {lo}–{hi} has no predikat",
    ),
    "err.table_fact": (
        "facts: kolom '{column}' harus kolom tabel ini dan salah satu dari {choices}",
        "facts: column '{column}' must be a column of this table and one of {choices}",
    ),
    "err.table_fact_rows": (
        'facts hanya untuk tabel dengan rows = "iku"',
        'facts only apply to tables with rows = "iku"',
    ),
    "err.range_down": ("rentang target menurun", "the target range goes downwards"),
    "err.range_breakdown": (
        "target rentang hanya dengan breakdown constant atau annual_only",
        "a range target only goes with breakdown constant or annual_only",
    ),
    "err.range_needs_pair": (
        "formula 'range' perlu annual = [bawah, atas]",
        "formula 'range' needs annual = [low, high]",
    ),
    "err.quarters_four": (
        "'quarters' harus berisi 4 nilai (TW I–IV)",
        "'quarters' must hold 4 values (TW I–IV)",
    ),
    "err.quarters_only_profile": (
        "'quarters' hanya untuk breakdown profile, bukan {breakdown}",
        "'quarters' only applies to profile breakdowns, not {breakdown}",
    ),
    "err.derived_target": (
        "[[derived]] perlu table + field (per baris) atau reported (satu nilai)",
        "[[derived]] needs table + field (per row) or reported (one value)",
    ),
    "err.total_shape": (
        "[[total]] perlu total_row, tree, atau total_column",
        "[[total]] needs total_row, tree or total_column",
    ),
    "err.total_parts": ("total_column dan parts harus ada bersama", "total_column and parts go together"),
    "err.expr_syntax": (
        "rumus tidak valid: {problem} dalam «{expr}»",
        "invalid formula: {problem} in «{expr}»",
    ),
    "err.expr_fact_path": ("setelah 'facts.' harus nama fakta", "'facts.' must be followed by a fact name"),
    "err.expr_unknown_name": ("nama '{name}' tidak dikenal", "unknown name '{name}'"),
    "err.expr_table_path": (
        "jalur tabel '{table}' perlu [kunci] atau [*], lalu .kolom",
        "table path '{table}' needs [key] or [*], then .column",
    ),
    "err.expr_unknown_function": ("fungsi '{name}' tidak dikenal", "unknown function '{name}'"),
    "err.expr_arity": (
        "fungsi '{name}' tidak menerima {count} argumen",
        "function '{name}' does not take {count} arguments",
    ),
    "hint": ("maksud Anda '{hint}'?", "did you mean '{hint}'?"),
    # ---- findings
    "lkj101": (
        "capaian {iku} {printed} ({reported}) tidak sesuai: dari realisasi {realisasi} dan target {target} "
        "dihitung {computed}",
        "capaian of {iku} {printed} ({reported}) does not follow: realisasi {realisasi} and target {target} "
        "give {computed}",
    ),
    "lkj102.zero_target": (
        "capaian {iku} dicetak {printed}, padahal tidak terdefinisi: target {target}, realisasi {realisasi} (pembagian dengan 0)",
        "capaian of {iku} is printed {printed} but is undefined: target {target}, realisasi {realisasi} (division by 0)",
    ),
    "lkj102.zero_realisasi": (
        "capaian {iku} dicetak {printed}, padahal tidak terdefinisi: realisasi {realisasi} (pembagian dengan 0)",
        "capaian of {iku} is printed {printed} but is undefined: realisasi {realisasi} (division by 0)",
    ),
    "lkj102.unbounded": (
        "capaian {iku} dicetak {printed}, padahal pembaginya (target {target}) bisa bernilai 0 karena pembulatan",
        "capaian of {iku} is printed {printed} but its divisor (target {target}) may be 0 after rounding",
    ),
    "lkj102.range_target": (
        "capaian {iku} dicetak {printed}, tetapi IKU ber-target rentang dan target yang dicetak {target} bukan rentang",
        "capaian of {iku} is printed {printed}, but the IKU has a range target and the printed target {target} is not a range",
    ),
    "lkj102.no_realisasi": (
        "capaian {iku} dicetak {printed}, padahal realisasinya tidak dilaporkan ({realisasi})",
        "capaian of {iku} is printed {printed} although its realisasi is not reported ({realisasi})",
    ),
    "lkj103": (
        "realisasi {iku} {printed} ({reported}) tidak sesuai laju penurunan yang dihitung: {computed}",
        "realisasi of {iku} {printed} ({reported}) does not follow from the reduction rate: {computed}",
    ),
    "lkj103.zero_previous": (
        "realisasi {iku} dicetak {printed}, padahal laju penurunan tidak terdefinisi: jumlah periode lalu {previous} "
        "(sekarang {current}); pembagian dengan 0",
        "realisasi of {iku} is printed {printed} but the reduction rate is undefined: the previous count is "
        "{previous} (now {current}); division by 0",
    ),
    "lkj103.unbounded": (
        "realisasi {iku} dicetak {printed}, padahal jumlah periode lalu ({previous}) bisa 0",
        "realisasi of {iku} is printed {printed} but the previous count ({previous}) may be 0",
    ),
    "lkj104": (
        "{field_name} {iku} dicetak {printed} di {quarter}, padahal IKU ini hanya diukur di {measured}; "
        "cetak '-' (belum diukur), bukan 0",
        "{field_name} of {iku} is printed {printed} in {quarter}, but this IKU is only measured in {measured}; "
        "print '-' (not measured), not 0",
    ),
    "lkj104.value": (
        "{field_name} {iku} dicetak {printed} di {quarter}, padahal menurut katalog IKU ini hanya diukur di "
        "{measured}; cetak '-' atau perbaiki measured_in di katalog",
        "{field_name} of {iku} is printed {printed} in {quarter}, but the catalogue says this IKU is only "
        "measured in {measured}; print '-' or correct measured_in in the catalogue",
    ),
    "lkj105": (
        "predikat {printed} tidak sesuai capaian {capaian}",
        "predikat {printed} does not match capaian {capaian}",
    ),
    "lkj201": (
        "target {quarter} {iku} {printed} tidak sesuai target tahunan (pembagian {breakdown}): seharusnya {expected_value}",
        "{quarter} target of {iku} {printed} does not follow from the annual target ({breakdown} breakdown): expected {expected_value}",
    ),
    "lkj201.annual_only": (
        "target {quarter} {iku} dicetak {printed}, padahal IKU ini hanya punya target tahunan (diukur di TW IV)",
        "{quarter} target of {iku} is printed {printed}, but this IKU only has an annual target (measured in TW IV)",
    ),
    "lkj202": (
        "target tahunan {iku} {printed} berbeda dari Perjanjian Kinerja: {annual}",
        "annual target of {iku} {printed} differs from the Perjanjian Kinerja: {annual}",
    ),
    "lkj203.profile_sum": (
        "profil triwulan {iku} berjumlah {sum}, bukan target tahunan {annual}",
        "the quarterly profile of {iku} adds up to {sum}, not the annual target {annual}",
    ),
    "lkj203.cumulative_down": (
        "profil kumulatif {iku} menurun; nilai s.d. TW tidak boleh turun",
        "the cumulative profile of {iku} goes down; 's.d. TW' values cannot decrease",
    ),
    "lkj203.cumulative_end": (
        "profil kumulatif {iku} berakhir di {last}, bukan target tahunan {annual}",
        "the cumulative profile of {iku} ends at {last}, not the annual target {annual}",
    ),
    "lkj203.level_split": (
        "IKU {iku} ber-formula {formula} (nilai tingkat) tetapi targetnya dibagi '{breakdown}'; pakai constant",
        "IKU {iku} has formula {formula} (a level) but its target is split '{breakdown}'; use constant",
    ),
    "lkj301": (
        "{column} {row_key} {printed} bukan jumlah bagiannya ({parts}): {computed}",
        "{column} of {row_key} {printed} is not the sum of its parts ({parts}): {computed}",
    ),
    "lkj302": (
        "{printed} ({reported}) tidak sesuai rumus {formula}: {computed}",
        "{printed} ({reported}) does not follow from {formula}: {computed}",
    ),
    "lkj302.div0": (
        "{printed} dicetak, padahal {formula} tidak terdefinisi: pembagi {divisor} bernilai 0",
        "{printed} is printed, but {formula} is undefined: the divisor {divisor} is 0",
    ),
    "lkj302.unbounded": (
        "{printed} tidak dapat diperiksa: pembagi {divisor} dalam {formula} bisa 0 karena pembulatan",
        "{printed} cannot be checked: the divisor {divisor} in {formula} may be 0 after rounding",
    ),
    "lkj303": (
        "dinyatakan {printed}, tetapi {formula} menghasilkan {computed}",
        "states {printed}, but {formula} gives {computed}",
    ),
    "lkj303.div0": (
        "{printed}: {formula} tidak terdefinisi (pembagi {divisor} = 0)",
        "{printed}: {formula} is undefined (divisor {divisor} = 0)",
    ),
    "lkj303.unbounded": ("{printed}: pembagi {divisor} bisa 0", "{printed}: the divisor {divisor} may be 0"),
    "lkj304": (
        "{fact}: {printed} di sini, tetapi {other} di {places} ({support} dari {total} penyebutan)",
        "{fact}: {printed} here, but {other} in {places} ({support} of {total} mentions)",
    ),
    "lkj305.total_blank": (
        "{column} {row_key} kosong, padahal bagian-bagiannya berisi angka",
        "{column} of {row_key} is blank although its parts hold figures",
    ),
    "lkj305.part_blank": (
        "{column} {row_key} {printed} tidak dapat diperiksa: bagian kosong ({blank})",
        "{column} of {row_key} {printed} cannot be verified: blank parts ({blank})",
    ),
    "lkj401": (
        "tanggal {printed} di luar {quarter} ({start} – {end})",
        "date {printed} is outside {quarter} ({start} – {end})",
    ),
    "lkj402": (
        "{date} adalah hari {actual_day}, bukan {printed}",
        "{date} was a {actual_day}, not {printed}",
    ),
    "lkj403": ("nomor {printed}; seharusnya {expected_no}", "number {printed}; expected {expected_no}"),
    "lkj403.missing": ("baris tanpa nomor", "row without a number"),
    "lkj403.not_number": ("nomor {printed} tidak terbaca", "number {printed} cannot be read"),
    "lkj404": ("{column} {row_key} wajib diisi tetapi kosong", "{column} of {row_key} is required but blank"),
    "lkj405": (
        "{fact} {value} disebut untuk periode {printed}; seharusnya {expected_period}",
        "{fact} {value} is stated for period {printed}; it should be {expected_period}",
    ),
    "lkj405.unreadable": (
        "periode {printed} tidak terbaca (mis. TW II 2023)",
        "period {printed} cannot be read (e.g. TW II 2023)",
    ),
    "lkj406": ("{text}", "{text}"),
    "lkj501": (
        "{printed} dapat dibaca {a} atau {b}; tulis dengan jelas (mis. 1.560,00 atau 1,56)",
        "{printed} reads as {a} or {b}; write it unambiguously (e.g. 1.560,00 or 1,56)",
    ),
    "lkj502.number": (
        "{printed} bukan angka yang terbaca: {reason}",
        "{printed} is not a readable number: {reason}",
    ),
    "lkj502.date": (
        "{printed} bukan tanggal yang ada atau terbaca (mis. 12 April 2023)",
        "{printed} is not a date that exists or can be read (e.g. 12 April 2023)",
    ),
    "lkj502.weekday": (
        "{printed} bukan nama hari (Senin … Minggu)",
        "{printed} is not a weekday name (Senin … Minggu)",
    ),
    "lkj504": (
        "{printed} ditulis dengan gaya Inggris; gaya Indonesia: {suggestion}",
        "{printed} is written the English way; Indonesian style: {suggestion}",
    ),
    "lkj505": (
        "terbilang {printed} bernilai {words_value}, bukan {value}; seharusnya {expected_words}",
        "the words {printed} say {words_value}, not {value}; they should read {expected_words}",
    ),
    "lkj505.malformed": (
        "terbilang {printed} tidak tersusun benar, pada kata {word}; angkanya {value}",
        "the words {printed} are not a well-formed number, at the word {word}; the figure is {value}",
    ),
    "where.narrative": ("narasi baris {line}", "narrative line {line}"),
    "blank": ("(kosong)", "(blank)"),
    "num.parentheses": (
        "tanda kurung di sekitar angka",
        "parentheses around the number",
    ),
    "num.two_signs": (
        "dua tanda plus/minus",
        "two signs",
    ),
    "num.range_down": (
        "rentang menurun",
        "the range goes downwards",
    ),
    "num.not_number": (
        "bukan bentuk angka",
        "not the shape of a number",
    ),
    "num.separator_end": (
        "diakhiri pemisah",
        "ends with a separator",
    ),
    "num.groups": (
        "kelompok ribuan tidak tiga digit",
        "thousands groups are not three digits",
    ),
    "num.not_whole": (
        "di kolom ini hanya bilangan bulat",
        "this column holds whole numbers only",
    ),
    "terbilang.incomplete": (
        "(kalimat tidak lengkap)",
        "(the phrase is incomplete)",
    ),
    "lkj503": (
        "{printed} ditulis dengan nol di depan; digit yang hilang?",
        "{printed} has leading zeros; a lost digit?",
    ),
    "expr.ends_early": (
        "rumus berakhir terlalu cepat",
        "the formula ends too early",
    ),
    "expr.unexpected": (
        "'{what}' tidak diharapkan di sini",
        "'{what}' is not expected here",
    ),
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
        "target rentang hanya dengan pembagian constant atau annual_only",
        "a range target only goes with the constant or annual_only breakdown",
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
    # ---- command line
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

_WEEKDAYS = {
    "id": ("Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu", "Minggu"),
    "en": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
}


def number(value: Decimal, lang: str, max_places: int = 4) -> str:
    """A computed value: whole numbers as they are, others with their decimals up to
    `max_places` (1,5625), rounded to 2 when longer (37,87)."""
    if value == value.to_integral_value():
        return format_decimal(value, lang)
    exponent = value.normalize().as_tuple().exponent
    places = -exponent if isinstance(exponent, int) and -exponent <= max_places else 2
    return format_decimal(value, lang, places)


def arg(value: Any, lang: str) -> str:
    kind = type(value)  # the common kinds first: this runs for every argument of every message
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is Printed:
        return f"“{value.text}”" if value.text.strip() else text_for("blank", lang)
    if kind is Decimal:
        return number(value, lang)
    if isinstance(value, Msg):
        return render(value, lang)
    if isinstance(value, Interval):
        if value.exact:
            return number(value.lo, lang)
        lo, hi = (number(v, lang, max_places=2) for v in (value.lo, value.hi))
        if lo == hi:
            return lo
        # "-225–-159" reads as a typo; spaced, a negative bound stays legible.
        return f"{lo} – {hi}" if value.lo < 0 else f"{lo}–{hi}"
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Decimal):
        return number(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(arg(v, lang) for v in value)
    if isinstance(value, dict) and "id" in value:
        return str(value.get(lang, value["id"]))
    return str(value)


def render(msg: Msg, lang: str = "id") -> str:
    if msg.key == "weekday":
        return _WEEKDAYS.get(lang, _WEEKDAYS["id"])[int(msg.args["index"])]
    text = text_for(msg.key, lang)
    args = {k: arg(v, lang) for k, v in msg.args.items()}
    try:
        out = text.format_map(args)
    except (KeyError, IndexError, ValueError):
        out = f"{text} {args}"
    hint = msg.args.get("hint")
    if hint:
        out += "; " + text_for("hint", lang).format(hint=hint)
    return out


def text_for(key: str, lang: str) -> str:
    pair = M.get(key)
    if pair is None:
        return key
    return pair[1] if lang == "en" else pair[0]


def parts(items: list[Any], lang: str = "id") -> str:
    """An explanation: its text parts as they are, numbers in the language's style."""
    return "".join(p if isinstance(p, str) else arg(p, lang) for p in items)
