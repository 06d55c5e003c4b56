"""Texts of unusable input: data and rules files, formulas, numbers that cannot be read."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "err.not_regular": (
        "bukan berkas biasa (FIFO, perangkat, atau soket); tidak dibaca",
        "not a regular file (a FIFO, a device or a socket); not read",
    ),
    "err.control_char": (
        "karakter kendali {char} tidak boleh ada dalam berkas; hapus karakter itu",
        "control character {char} is not allowed in the file; remove it",
    ),
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
        "periode '{found}' tidak dikenali (mis. 'TW II', atau 'Tahunan')",
        "period '{found}' not recognised (e.g. 'TW II', or 'Tahunan')",
    ),
    "err.unknown_table_kind": (
        "jenis tabel '{kind}' tidak ada di katalog",
        "table kind '{kind}' is not in the catalogue",
    ),
    "err.table_of_no_kind": (
        "tabel '{table}' tidak bernama jenis tabel katalog dan tidak menyebut jenisnya (`kind:`); "
        "jenis tabel katalog: {kinds}",
        "table '{table}' is not named for a kind of table of the catalogue and does not say its kind "
        "(`kind:`); the catalogue's kinds: {kinds}",
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
    "err.config_tool_section": (
        "[tool.lkjip] hanya untuk pyproject.toml; di lkjip.toml pengaturan ditulis di tingkat atas, "
        "tanpa judul bagian",
        "[tool.lkjip] belongs in pyproject.toml; in lkjip.toml the settings stand at the top level, "
        "with no section header",
    ),
    "err.rules_dir_missing": (
        "direktori aturan '{path}' tidak ada (dicari dari direktori berkas ini)",
        "rules directory '{path}' does not exist (looked for from this file's directory)",
    ),
    "err.unit_file_year": (
        "`year = {year}`, padahal berkas ini aturan tahun {file_year} ({file}); samakan keduanya",
        "`year = {year}`, but this file holds the rules of {file_year} ({file}); make them agree",
    ),
    "err.unit_file_unit": (
        "`unit = '{unit}'`, padahal berkas ini ada di direktori unit '{directory}'; samakan keduanya",
        "`unit = '{unit}'`, but this file stands in the directory of unit '{directory}'; make them agree",
    ),
    "err.no_data_files": ("tidak ada berkas data (.yaml) di sini", "no data files (.yaml) here"),
    "err.choice": (
        "{path} = '{value}' tidak dikenal; pilihan: {choices}",
        "{path} = '{value}' is unknown; choices: {choices}",
    ),
    "err.pattern": (
        "{path}: '{value}' tidak berbentuk yang diharapkan",
        "{path}: '{value}' is not of the expected form",
    ),
    "err.lines_start": (
        "'lines' harus dimulai dengan baris paragraf itu sendiri ({line})",
        "'lines' must start with the paragraph's own line ({line})",
    ),
    "err.blank": ("{path}: tidak boleh kosong", "{path}: must not be blank"),
    "err.too_long": ("{path}: lebih dari {limit} karakter", "{path}: longer than {limit} characters"),
    "err.list_length": (
        "{path}: diharapkan {count} butir, ditemukan {found}",
        "{path}: expected {count} items, found {found}",
    ),
    "err.out_of_range": (
        "{path}: {value} di luar rentang {low}–{high}",
        "{path}: {value} is outside the range {low}–{high}",
    ),
    "err.not_finite": (
        "{path}: '{value}' bukan angka yang terhingga",
        "{path}: '{value}' is not a finite number",
    ),
    "err.number_bounds": (
        "{path}: angka di luar batas (paling banyak {digits} digit, {decimals} desimal, di bawah 10^{exponent})",
        "{path}: number out of bounds (at most {digits} digits, {decimals} decimals, below 10^{exponent})",
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
    "err.band_empty": (
        "pita '{name}' kosong ({range})",
        "band '{name}' is empty ({range})",
    ),
    "err.band_below": (
        "{range} tidak punya predikat (di bawah pita '{name}')",
        "{range} has no predikat (below band '{name}')",
    ),
    "err.band_above": (
        "{range} tidak punya predikat (di atas pita '{name}')",
        "{range} has no predikat (above band '{name}')",
    ),
    "err.band_overlap": (
        "{range} masuk pita '{a}' dan '{b}' sekaligus",
        "{range} falls in both bands '{a}' and '{b}'",
    ),
    "err.band_gap": (
        "{range} tidak punya predikat (celah antara pita '{a}' dan '{b}')",
        "{range} has no predikat (a gap between bands '{a}' and '{b}')",
    ),
    "err.table_fact": (
        "facts: kolom '{column}' harus kolom tabel ini dan salah satu dari {choices}",
        "facts: column '{column}' must be a column of this table and one of {choices}",
    ),
    "err.table_fact_rows": (
        "'facts' hanya untuk tabel dengan 'rows = \"iku\"'",
        "'facts' only apply to tables with 'rows = \"iku\"'",
    ),
    "err.range_down": ("rentang target menurun", "the target range goes downwards"),
    "err.range_breakdown": (
        "target rentang hanya dengan pembagian 'constant' atau 'annual_only'",
        "a range target only goes with the breakdown 'constant' or 'annual_only'",
    ),
    "err.range_needs_pair": (
        "formula 'range' perlu 'annual = [bawah, atas]'",
        "formula 'range' needs 'annual = [low, high]'",
    ),
    "err.quarters_only_profile": (
        "'quarters' hanya berlaku untuk pembagian 'profile' dan 'cumulative_profile', bukan '{breakdown}'",
        "'quarters' only applies to the breakdowns 'profile' and 'cumulative_profile', not '{breakdown}'",
    ),
    "err.derived_target": (
        "[[derived]] perlu 'table' dan 'field' (per baris) atau 'reported' (satu nilai)",
        "[[derived]] needs 'table' and 'field' (per row) or 'reported' (one value)",
    ),
    "err.total_shape": (
        "[[total]] perlu total_row, tree, atau total_column",
        "[[total]] needs total_row, tree or total_column",
    ),
    "err.total_parts": (
        "'total_column' dan 'parts' harus ada bersama",
        "'total_column' and 'parts' go together",
    ),
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
    "err.expr_too_long": (
        "rumus lebih dari {limit} karakter",
        "the formula is longer than {limit} characters",
    ),
    "err.expr_too_deep": (
        "rumus bersarang lebih dari {limit} tingkat; pecah menjadi beberapa pemeriksaan atau pakai `sum()`",
        "the formula nests more than {limit} levels deep; split it or use `sum()`",
    ),
    "err.expr_number_bounds": (
        "angka di luar batas (paling banyak {digits} digit, {decimals} desimal, di bawah 10^{exponent})",
        "number out of bounds (at most {digits} digits, {decimals} decimals, below 10^{exponent})",
    ),
    "err.expr_round_places": (
        "round(x, {value}): jumlah desimal harus bilangan bulat {low} sampai {high}",
        "round(x, {value}): the places must be a whole number from {low} to {high}",
    ),
    "where.top": ("tingkat teratas berkas", "the top level of the file"),
    "kind.mapping": ("pemetaan (kunci: nilai)", "a mapping (key: value)"),
    "kind.list": ("daftar", "a list"),
    "kind.text": ("teks", "text"),
    "kind.integer": ("bilangan bulat", "a whole number"),
    "kind.number": ("angka", "a number"),
    "kind.bool": ("true atau false", "true or false"),
    "kind.date": ("tanggal (2024-06-30)", "a date (2024-06-30)"),
    "kind.other": ("nilai lain", "another value"),
    "hint": ("maksud Anda '{hint}'?", "did you mean '{hint}'?"),
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
    "num.bounds": (
        "di luar batas angka (paling banyak {digits} digit, {decimals} desimal, di bawah 10^{exponent})",
        "out of bounds (at most {digits} digits, {decimals} decimals, below 10^{exponent})",
    ),
    "num.not_whole": (
        "di kolom ini hanya bilangan bulat",
        "this column holds whole numbers only",
    ),
    "terbilang.incomplete": (
        "(kalimat tidak lengkap)",
        "(the phrase is incomplete)",
    ),
    "expr.ends_early": (
        "rumus berakhir terlalu cepat",
        "the formula ends too early",
    ),
    "expr.unexpected": (
        "'{what}' tidak diharapkan di sini",
        "'{what}' is not expected here",
    ),
    # Configuration and waivers (engine/config.py, engine/waivers.py).
    "err.waiver_place": (
        "[[waiver]] perlu tempat temuan: `table`, `row`, `field` atau `fingerprint`",
        "[[waiver]] needs the finding's place: `table`, `row`, `field` or `fingerprint`",
    ),
    "err.variant_formula": (
        "'variant' tidak berlaku untuk formula '{formula}' (hanya untuk 'lower' dan 'range')",
        "'variant' does not apply to formula '{formula}' (only to 'lower' and 'range')",
    ),
    "err.band_two_ends": (
        "pita '{name}': '{a}' dan '{b}' tidak boleh bersama",
        "band '{name}': '{a}' and '{b}' cannot go together",
    ),
    "err.bands": (
        "pita predikat tidak memberi tepat satu predikat untuk setiap capaian: {problems}",
        "the predikat bands do not give every capaian exactly one predikat: {problems}",
    ),
    "err.column_kind": (
        "kolom '{column}' tabel '{table}' berjenis '{kind}'; di sini harus {kinds}",
        "column '{column}' of table '{table}' is of kind '{kind}'; here it must be {kinds}",
    ),
    "err.same_shape": (
        "[[same]] perlu 'evidence' atau 'also'",
        "[[same]] needs 'evidence' or 'also'",
    ),
    "err.authority_fixed": (
        "sumber acuan {fact} sudah ditentukan: {owner}; tidak dapat dinyatakan di sini",
        "the authority of {fact} is fixed: {owner}; it cannot be declared here",
    ),
    "err.two_authorities": (
        "{fact} sudah punya sumber acuan di {first}",
        "{fact} already has an authority at {first}",
    ),
    "err.expr_report_path": (
        "setelah 'report.' harus 'iku' atau 'sasaran'",
        "'report.' must be followed by 'iku' or 'sasaran'",
    ),
    "err.period_twice": (
        "'period' dan 'quarter' menyatakan hal yang sama; tulis 'period' saja",
        "'period' and 'quarter' say the same thing; write 'period' only",
    ),
    "err.quarter_annual": (
        "'quarter: {found}': laporan tahunan ditulis 'period: Tahunan'",
        "'quarter: {found}': an annual report says 'period: Tahunan'",
    ),
    "src.fixed.target": (
        "berkas target (Perjanjian Kinerja)",
        "the targets file (Perjanjian Kinerja)",
    ),
    "src.fixed.target_tahunan": (
        "berkas target (Perjanjian Kinerja)",
        "the targets file (Perjanjian Kinerja)",
    ),
    "src.fixed.capaian": (
        "rumus capaian IKU",
        "the IKU's capaian formula",
    ),
    "src.fixed.realisasi": (
        "laju penurunan dari jumlah periode lalu dan sekarang",
        "the reduction rate from the previous and current counts",
    ),
}
