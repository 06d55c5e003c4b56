"""Texts of the planner's spreadsheet (`lkjip targets export` / `import`)."""

TEXTS: dict[str, tuple[str, str]] = {
    "sheet.problem": ("Sheet {sheet}, sel {cell}: {problem}", "Sheet {sheet}, cell {cell}: {problem}"),
    "sheet.no_targets_sheet": (
        "tidak ada sheet target (judul kolom IKU di baris 5, unit kerja dan tahun di atasnya)",
        "no targets sheet (the IKU column heads on row 5, the unit and year above them)",
    ),
    "sheet.no_unit": (
        "unit kerja tidak tertulis (kode unit, mis. bp3mi-sumbar)",
        "the unit is not given (its code, e.g. bp3mi-sumbar)",
    ),
    "sheet.no_year": ("“{text}” bukan tahun", "“{text}” is not a year"),
    "sheet.year_mismatch": (
        "nama sheet tidak sama dengan tahunnya ({year})",
        "the sheet's name is not its year ({year})",
    ),
    "sheet.no_heads": (
        "baris judul kolom (IKU, Target tahunan, …) tidak ditemukan di baris ini",
        "the column heads (IKU, Annual target, …) are not on this row",
    ),
    "sheet.no_iku": ("baris ber-target tanpa kode IKU", "a row with a target but no IKU code"),
    "sheet.unknown_iku": (
        "IKU “{iku}” tidak ada di katalog unit ini",
        "IKU “{iku}” is not in this unit's catalogue",
    ),
    "sheet.duplicate_iku": ("IKU {iku} sudah ada di baris {row}", "IKU {iku} is already on row {row}"),
    "sheet.annual_blank": (
        "target tahunan IKU {iku} kosong (target tidak dihapus lewat sheet)",
        "IKU {iku}'s annual target is blank (targets are not removed through a sheet)",
    ),
    "sheet.formula_typed": (
        "triwulan profil harus diisi angka, bukan rumus",
        "a profile's quarters are typed as numbers, not formulas",
    ),
    "sheet.no_rules": (
        "berkas target {unit} {year} tidak ditemukan (dicari: {searched}); tunjukkan foldernya dengan opsi aturan",
        "no targets file for {unit} {year} (searched: {searched}); give --rules",
    ),
    "sheet.unreadable": (
        "{file} tidak dapat dibaca sebagai sheet: {reason}",
        "{file} cannot be read as a sheet: {reason}",
    ),
    "sheet.nothing_written": (
        "{count} masalah; tidak ada yang ditulis",
        "{count} problem{count_s}; nothing written",
    ),
    "sheet.change": ("{iku} {field}: {before} → {after}", "{iku} {field}: {before} → {after}"),
    "sheet.field.annual": ("target tahunan", "annual target"),
    "sheet.field.breakdown": ("pembagian", "breakdown"),
    "sheet.field.quarters": ("triwulan", "quarters"),
    "sheet.field.decimals": ("desimal", "decimals"),
    "sheet.no_changes": ("tidak ada perubahan", "no changes"),
    "sheet.dry_run": (
        "{count} nilai akan diubah (uji coba: tidak ada yang ditulis)",
        "{count} value{count_s} would change (dry run: nothing written)",
    ),
    "sheet.confirm": ("ubah {count} nilai?", "change {count} value{count_s}?"),
    "sheet.declined": ("tidak ada yang ditulis", "nothing written"),
    "sheet.conflict": (
        "{file} berubah di disk saat impor; tidak ada yang ditulis",
        "{file} changed on disk during the import; nothing written",
    ),
    "sheet.same_year_twice": (
        "tahun {year} diberikan dua kali (satu sheet per tahun)",
        "the year {year} is given twice (one sheet per year)",
    ),
    "sheet.csv_one_year": (
        "CSV memuat satu tahun: beri satu berkas target, atau tulis .xlsx",
        "a CSV holds one year: give one targets file, or write .xlsx",
    ),
    "help.targets.export": (
        "Tulis target ke sheet perencana (.xlsx, satu sheet per tahun; atau .csv).",
        "Write the targets to a planner's sheet (.xlsx, a sheet per year; or .csv).",
    ),
    "help.targets.export.paths": (
        "Berkas aturan unit-tahun (atau berkas data).",
        "Unit-year rules files (or data files).",
    ),
    "help.targets.export.output": (
        "Sheet yang ditulis (.xlsx atau .csv).",
        "The sheet to write (.xlsx or .csv).",
    ),
    "help.targets.template": (
        "Sheet kosong untuk tahun baru: IKU tanpa target.",
        "A blank sheet for a new year: the IKUs without targets.",
    ),
    "help.targets.import": (
        "Baca sheet perencana kembali ke berkas target, setelah memeriksa setiap sel.",
        "Read a planner's sheet back into the targets files, after checking every cell.",
    ),
    "help.targets.import.path": (
        "Sheet yang dibaca (.xlsx atau .csv).",
        "The sheet to read (.xlsx or .csv).",
    ),
    "help.targets.dry_run": (
        "Hanya tampilkan perubahan, tidak menulis.",
        "Only show the changes; write nothing.",
    ),
    "help.targets.yes": ("Tulis tanpa bertanya.", "Write without asking."),
}
