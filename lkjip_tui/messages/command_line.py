"""Texts of the command line: summaries, severities, usage errors, and its help (`help.*`, with
Typer's own words around it, `typer.*`)."""

TEXTS: dict[str, tuple[str, str]] = {
    "cli.summary": (
        "{files} berkas diperiksa: {errors} galat, {warnings} peringatan, {infos} info",
        "{files} file{files_s} checked: {errors} error{errors_s}, {warnings} warning{warnings_s}, {infos} info",
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
    "cli.summary_none": ("tidak ada berkas yang diperiksa", "no file checked"),
    "cli.summary_waived": ("{count} temuan dikecualikan", "{count} finding{count_s} waived"),
    "cli.summary_unusable": ("{count} berkas tidak dapat dipakai", "{count} input{count_s} unusable"),
    "cli.summary_internal": ("{count} galat internal", "{count} internal error{count_s}"),
    "cli.internal_rule": (
        "galat internal lkjip: aturan {rule} gagal pada berkas ini ({error}); temuan lain berkas ini "
        "tetap dilaporkan. Ini kesalahan lkjip, bukan laporan Anda: jalankan dengan --debug dan laporkan",
        "lkjip internal error: rule {rule} failed on this file ({error}); the file's other findings are "
        "still reported. This is a bug in lkjip, not in your report: run with --debug and report it",
    ),
    "cli.internal": (
        "galat internal lkjip pada berkas ini ({error}). Ini kesalahan lkjip, bukan laporan Anda: "
        "jalankan dengan --debug dan laporkan",
        "lkjip internal error on this file ({error}). This is a bug in lkjip, not in your report: "
        "run with --debug and report it",
    ),
    "cli.crash": (
        "galat internal lkjip ({error}). Ini kesalahan lkjip: jalankan lagi dengan --debug "
        "(atau LKJIP_DEBUG=1) untuk jejaknya, dan laporkan",
        "lkjip internal error ({error}). This is a bug in lkjip: run again with --debug "
        "(or LKJIP_DEBUG=1) for the traceback, and report it",
    ),
    "cli.waived": ("dikecualikan: {why} — {by} ({where})", "waived: {why} — {by} ({where})"),
    "cli.waived_until": (
        "dikecualikan s.d. {until}: {why} — {by} ({where})",
        "waived until {until}: {why} — {by} ({where})",
    ),
    "cli.unknown_selector": (
        "{option}: kode atau awalan aturan '{value}' tidak dikenal",
        "{option}: unknown rule code or prefix '{value}'",
    ),
    "cli.rules_not_found": ("direktori aturan tidak ada: {path}", "no such rules directory: {path}"),
    # Configuration mistakes lkjip tolerates, said as warnings (file:line:column: warning: …).
    "cli.config_empty": (
        "berkas konfigurasi kosong: pengaturan bawaan berlaku, dan konfigurasi di atasnya tidak dibaca",
        "the configuration file is empty: the defaults apply, and no configuration above it is read",
    ),
    "cli.config_no_section": (
        "berkas ini tidak punya [tool.lkjip]: pengaturan bawaan berlaku",
        "this file has no [tool.lkjip]: the defaults apply",
    ),
    "cli.config_section_misspelt": (
        "[{found}] bukan bagian pengaturan lkjip: isinya tidak dibaca",
        "[{found}] is not lkjip's section: its settings are not read",
    ),
    "cli.pattern_matches_nothing": (
        "{setting}: pola '{pattern}' tidak mengenai apa pun: tidak ada '{path}' di samping berkas ini; "
        "pola tetap dipakai",
        "{setting}: the pattern '{pattern}' matches nothing: there is no '{path}' beside this file; "
        "it is kept",
    ),
    "cli.selects_nothing": (
        "`select`/`ignore` tidak menyisakan satu aturan pun: setiap berkas lolos tanpa diperiksa",
        "`select`/`ignore` leave no rule to run: every file passes unchecked",
    ),
    "cli.waivers_misnamed": (
        "lkjip membaca pengecualian hanya dari {expected}: berkas ini tidak dibaca",
        "lkjip reads waivers only from {expected}: this file is not read",
    ),
    "cli.env_unknown": (
        "variabel lingkungan ini tidak dikenal lkjip: diabaikan",
        "lkjip knows no such environment variable: it is ignored",
    ),
    "cli.env_flag": (
        "'{value}' bukan `1`/`0`, `true`/`false`, `yes`/`no` atau `on`/`off`: dianggap menyala",
        "'{value}' is not 1/0, true/false, yes/no or on/off: taken as set",
    ),
    "cli.env_cache_dir": (
        "direktori cache '{path}' tidak dapat dipakai ({reason}): hasil tidak disimpan",
        "the cache directory '{path}' cannot be used ({reason}): results are not cached",
    ),
    "cli.env_short_key": (
        "kunci ini hanya {n} karakter, mudah ditebak (tetap dipakai); pakai 32 karakter acak atau lebih "
        "(openssl rand -hex 32)",
        "this key is only {n} characters, easy to guess (used all the same); use 32 random characters "
        "or more (openssl rand -hex 32)",
    ),
    "cli.cannot_write": ("tidak dapat menulis {path}: {reason}", "cannot write {path}: {reason}"),
    "cli.stdout_failed": (
        "keluaran standar tidak dapat ditulis ({reason}); laporan tidak lengkap",
        "standard output could not be written ({reason}); the report is incomplete",
    ),
    "cli.output_is_input": (
        "{path} adalah berkas yang dibaca; laporan tidak ditulis di atasnya",
        "{path} is a file being read; the report is not written over it",
    ),
    "cli.annotate_exists": (
        "--annotate: {path} sudah ada; tidak ditimpa (pakai --force untuk menggantinya)",
        "--annotate: {path} exists and was not replaced (use --force to replace it)",
    ),
    "help.annotate_force": (
        "Izinkan --annotate mengganti berkas yang sudah ada.",
        "Let --annotate replace an existing file.",
    ),
    "cli.statistics_format": (
        "--statistics hanya untuk --format text atau json",
        "--statistics goes with --format text or json only",
    ),
    "cli.no_paths": (
        "berikan paling sedikit satu berkas data atau direktori, atau --sample",
        "give at least one data file or directory, or --sample",
    ),
    "cli.written": ("{path} ditulis", "wrote {path}"),
    "cli.progress": ("memeriksa", "checking"),
    "cli.config_file": ("konfigurasi: {file}", "configuration: {file}"),
    "cli.config_none": (
        "tidak ada konfigurasi (lkjip.toml atau [tool.lkjip] di pyproject.toml) dari {start} ke atas",
        "no configuration (lkjip.toml or [tool.lkjip] in pyproject.toml) from {start} upwards",
    ),
    "cli.source_default": ("bawaan", "default"),
    "cli.source_flag": ("baris perintah {flag}", "command line {flag}"),
    "cli.stat_total": ("jumlah", "total"),
    "cli.all_rules": ("(semua aturan)", "(every rule)"),
    "cli.missing_path": ("{path} tidak ada", "{path} does not exist"),
    "cli.example": ("Contoh", "Example"),
    # The help of `lkjip` and its commands (cli/app.py).
    "help.app": (
        "Periksa laporan kinerja (LKjIP, Laporan Kinerja Triwulan) untuk angka yang tidak cocok.",
        "Audit performance reports (LKjIP, the quarterly “Laporan Kinerja”) for numbers that do not add up.",
    ),
    "help.help": ("Tampilkan bantuan ini lalu keluar.", "Show this message and exit."),
    "help.version": ("Tampilkan versi lkjip lalu keluar.", "Show lkjip's version and exit."),
    "help.lang": (
        "Bahasa pesan: id (Bahasa Indonesia) atau en.",
        "Message language: id (Bahasa Indonesia) or en.",
    ),
    "help.init": (
        "Tulis katalog awal unit dari drafnya: sasaran, IKU, pemetaan draf dan target tahunan dari "
        "Perjanjian Kinerja yang dicetak; tiap baris yang disimpulkan ditandai.",
        "Write a starting catalogue for a draft's unit: sasaran, IKUs, the draft mapping and the annual "
        "targets of the printed Perjanjian Kinerja; every inferred line is marked.",
    ),
    "help.init.draft": (
        "Draf laporan (.docx atau ekspor teksnya).",
        "The report draft (.docx or its text export).",
    ),
    "help.init.output": (
        "Direktori aturan tempat katalog dan berkas unit ditulis (bawaan: rules).",
        "The rules directory the catalogue and unit file are written to (default: rules).",
    ),
    "help.unit": (
        "Unit laporan draf (mis. bp3mi-sumbar), bila nama berkas dan sampulnya tidak menyebutnya.",
        "The draft's unit (e.g. bp3mi-sumbar), where its file name and cover do not say it.",
    ),
    "help.year": (
        "Tahun laporan draf, bila nama berkas dan sampulnya tidak menyebutnya.",
        "The draft's year, where its file name and cover do not say it.",
    ),
    "help.period": (
        "Periode draf: tw1–tw4 (atau I–IV) atau tahunan.",
        "The draft's period: tw1–tw4 (or I–IV) or `tahunan` (annual).",
    ),
    "help.rules": (
        "Direktori aturan tambahan, dicari sebelum aturan di samping data dan aturan bawaan.",
        "Extra rules directory, searched before the data's own and the shipped rules.",
    ),
    "help.paths": (
        "Berkas data atau direktori (dicari sampai ke subdirektori).",
        "Data files or directories (searched recursively).",
    ),
    "help.config_file": (
        "Berkas konfigurasi (lkjip.toml atau pyproject.toml); bawaan: dicari dari berkas yang diperiksa ke atas.",
        "Configuration file (lkjip.toml or pyproject.toml); default: found upwards from the checked files.",
    ),
    "help.output": (
        "Tulis laporan ke berkas ini (utuh atau tidak sama sekali), bukan ke layar.",
        "Write the report to this file (whole or not at all) instead of the screen.",
    ),
    "help.format": (
        "text untuk dibaca orang; json, json-lines, sarif, github, gitlab, junit untuk alat lain. "
        "Bawaan: text, atau github di GitHub Actions.",
        "text for people; json, json-lines, sarif, github, gitlab, junit for tools. "
        "Default: text, or github inside GitHub Actions.",
    ),
    "help.jobs": ("Jumlah proses paralel; 0 = satu per inti.", "Parallel processes; 0 = one per core."),
    "help.select": (
        "Hanya aturan dengan kode atau awalan ini (mis. LKJ1, LKJ304); menggantikan konfigurasi.",
        "Only rules with this code or prefix (e.g. LKJ1, LKJ304); replaces the configuration's.",
    ),
    "help.extend_select": (
        "Tambahkan aturan dengan kode atau awalan ini ke pilihan.",
        "Add rules with this code or prefix to the selection.",
    ),
    "help.ignore": ("Lewati aturan dengan kode atau awalan ini.", "Skip rules with this code or prefix."),
    "help.severity": (
        "Laporkan temuan setingkat ini ke atas: error, warning atau info (semua).",
        "Report findings of this severity and above: error, warning or info (all).",
    ),
    "help.exit_zero": (
        "Keluar dengan status 0 walau ada temuan galat (masukan rusak tetap 2, galat internal 3).",
        "Exit 0 even with error findings (unusable input stays 2, an internal error 3).",
    ),
    "help.statistics": (
        "Tampilkan jumlah temuan per kode aturan, bukan temuan satu per satu.",
        "Show the number of findings per rule code instead of each finding.",
    ),
    "help.color": (
        "Warna: always, never atau auto (bawaan: di terminal saja; NO_COLOR dan FORCE_COLOR dihormati).",
        "Colour: always, never or auto (default: on a terminal only; NO_COLOR and FORCE_COLOR are honoured).",
    ),
    "help.sample": (
        "Periksa juga contoh laporan yang dibawa lkjip.",
        "Also check the sample report shipped with lkjip.",
    ),
    "help.no_cache": (
        "Jangan pakai atau tulis cache hasil pemeriksaan.",
        "Neither use nor write the cache of checked results.",
    ),
    "help.force_exclude": (
        "Terapkan juga penyaringan pemindaian direktori (exclude, .gitignore, hanya berkas lkjip) "
        "pada berkas yang disebut langsung, seperti yang dikirim pre-commit.",
        "Apply a directory scan's filters (exclude, .gitignore, lkjip files only) to files named "
        "directly too, as pre-commit passes them.",
    ),
    "help.debug": (
        "Sertakan jejak (traceback) galat internal; sama dengan LKJIP_DEBUG=1.",
        "Include the traceback of internal errors; the same as LKJIP_DEBUG=1.",
    ),
    "help.check": (
        "Periksa laporan. Keluar 0: bersih; 1: ada temuan galat; 2: galat penggunaan atau masukan "
        "tidak dapat dipakai; 3: galat internal lkjip.",
        "Check reports. Exit 0: clean; 1: error findings; 2: usage error or unusable input; "
        "3: an internal error in lkjip.",
    ),
    "help.config": (
        "Tampilkan pengaturan yang berlaku dan asal masing-masing (bawaan, berkas konfigurasi, baris perintah).",
        "Show the settings in effect and where each came from (default, configuration file, command line).",
    ),
    "help.explain": (
        "Jelaskan sebuah aturan: apa yang diperiksa, mengapa, dan contohnya.",
        "Explain a rule: what it checks, why, and an example.",
    ),
    "help.explain.code": ("Kode aturan, mis. LKJ101.", "A rule code, e.g. LKJ101."),
    "help.rules_cmd": (
        "Daftar semua aturan dengan kode, nama, tingkat dan ringkasannya.",
        "List every rule with its code, name, severity and summary.",
    ),
    "help.docs": (
        "Tulis rujukan aturan dalam Markdown (docs/rules.md) dari metadata aturan.",
        "Write the rules reference in Markdown (docs/rules.md) from the rules' metadata.",
    ),
    "help.targets": (
        "Target tahunan tiap IKU dan pembagiannya per TW I–IV, per triwulan dan kumulatif.",
        "Each IKU's annual target and its TW I–IV breakdown, per quarter and cumulative.",
    ),
    "help.targets.path": (
        "Berkas data (aturannya dicari) atau berkas aturan unit-tahun.",
        "A data file (its rules are found) or a unit-year rules file.",
    ),
    "help.annotate": (
        "Dengan satu draf Word: tulis salinannya di sini dengan komentar tinjauan pada tiap temuan.",
        "With one Word draft: write a copy of it here with a review comment on each finding.",
    ),
    "help.import": (
        "Tulis draf sebagai berkas data YAML. Keluar 0: tertulis; 2: draf tidak dapat dibaca atau ditulis.",
        "Write drafts as YAML data files. Exit 0: written; 2: a draft could not be read or written.",
    ),
    "help.import.drafts": (
        "Draf Word (.docx), ekspor teksnya (.txt), atau laporan terbit (.pdf).",
        "Word drafts (.docx), their text exports (.txt), or published reports (.pdf).",
    ),
    "help.import.output": (
        "Berkas data yang ditulis (bawaan: keluaran standar); untuk beberapa draf, sebuah direktori "
        "(masing-masing ke DIR/UNIT/TAHUN-twN.yaml).",
        "The data file to write (default: standard output); with several drafts, a directory "
        "(each goes to DIR/UNIT/YEAR-twN.yaml).",
    ),
    "help.import.force": ("Ganti berkas data yang sudah ada.", "Replace data files that exist."),
    "help.schema": (
        "Cetak JSON Schema berkas data atau berkas aturan, untuk editor dan alat lain.",
        "Print the JSON Schema of data files or rules files, for editors and other tools.",
    ),
    "help.schema.of": (
        "`data` (YAML laporan) atau `rules` (aturan TOML).",
        "`data` (the report YAML) or `rules` (the TOML rules).",
    ),
    "help.schema.path": (
        "Untuk data: berkas data atau berkas aturan unit-tahun yang katalognya memperinci skema.",
        "For data: a data file or unit-year rules file whose catalogue refines the schema.",
    ),
    "help.tui": (
        "Tinjau laporan (atau direktori laporan) dan rencanakan target, di terminal.",
        "Review a report (or a directory of reports) and plan targets, in the terminal.",
    ),
    "help.tui.path": (
        "Berkas data, atau direktori berkas data (portofolio).",
        "A data file, or a directory of them (the portfolio).",
    ),
    "help.planner": ("Langsung buka perencana target.", "Open the targets planner at once."),
    "cli.stdin_filename": (
        "membaca masukan standar (-) perlu --stdin-filename PATH (letak berkas itu: aturan, "
        "pengecualian dan konfigurasinya dicari dari sana), dan tidak ada path lain",
        "reading standard input (-) needs --stdin-filename PATH (where the file stands: its rules, "
        "waivers and configuration are found from there), and no other path",
    ),
    "help.fail_on": (
        "Keluar dengan kode 1 bila ada temuan setingkat ini atau lebih berat (bawaan: error). "
        "warning: peringatan pun menggagalkan, seperti yamllint -s.",
        "Exit 1 when a finding at this severity or above is left (default: error). "
        "warning: warnings fail too, as yamllint -s.",
    ),
    "help.governed": (
        "PATH adalah berkas TOML yang berubah (aturan, target, pengecualian, konfigurasi): periksa "
        "berkas data dan draf di bawah direktori ini yang diaturnya (hook pre-commit lkjip-governed).",
        "The PATHs are TOML files changed (rules, targets, waivers, configuration): check the data "
        "files and drafts below this directory that they govern (pre-commit's lkjip-governed hook).",
    ),
    "help.lsp": (
        "Server bahasa (LSP, lewat stdio): temuan lkjip tampil di editor selagi berkas data, target "
        "dan pengecualian disunting.",
        "Language server (LSP, over stdio): lkjip's findings in the editor as data, targets and "
        "waivers files are edited.",
    ),
    "help.schema.write": (
        "Tulis ulang data.schema.json katalog dari PATH (yang dirujuk baris $schema berkas data) "
        "alih-alih mencetaknya.",
        "Rewrite the catalogue's data.schema.json (the one data files' $schema line names) from PATH "
        "instead of printing it.",
    ),
    "cli.schema_write_needs_path": (
        "--write menulis skema data sebuah katalog: beri `lkjip schema data PATH` dengan berkas data "
        "atau berkas aturan unit-tahun",
        "--write writes a catalogue's data schema: give `lkjip schema data PATH` a data file or a "
        "unit-year rules file",
    ),
    "help.quiet": (
        "Hanya temuan: tanpa ringkasan dan tanpa bilah kemajuan.",
        "Findings only: no summary line, no progress bar.",
    ),
    "help.stdin_filename": (
        "Dengan path -: nama berkas yang dibaca dari masukan standar (aturan, pengecualian dan "
        "konfigurasi dicari dari letaknya).",
        "With the path -: the name of the file read from standard input (its rules, waivers and "
        "configuration are found from where it stands).",
    ),
    "cli.bare_color_deprecated": (
        "`--color` tanpa nilai usang: pakai `--color always`",
        "--color with no value is deprecated: use --color always",
    ),
    "cli.no_color_deprecated": (
        "`--no-color` usang: pakai `--color never`",
        "--no-color is deprecated: use --color never",
    ),
    # CI platforms' limits (output/sarif.py, output/github.py).
    "ci.github_more": (
        "{count} temuan lain tidak dijadikan anotasi (GitHub menampilkan {cap} per jenis per langkah): "
        "semuanya ada di log langkah ini dan di ringkasan job",
        "{count} more finding{count_s} not annotated (GitHub shows {cap} of each kind per step): "
        "all are in this step's log and in the job summary",
    ),
    "ci.github_more_no_summary": (
        "{count} temuan lain tidak dijadikan anotasi (GitHub menampilkan {cap} per jenis per langkah): "
        "semuanya ada di log langkah ini",
        "{count} more finding{count_s} not annotated (GitHub shows {cap} of each kind per step): "
        "all are in this step's log",
    ),
    "ci.summary_cut": (
        "{files} berkas lagi tidak dimuat: ringkasan job dibatasi GitHub 1 MiB; semua temuannya ada "
        "di log langkah ini",
        "{files} more file{files_s} left out: GitHub caps a job summary at 1 MiB; all their findings are in "
        "this step's log",
    ),
    "ci.sarif_continued": (
        "Hasil berlanjut di run berikutnya: satu run memuat paling banyak {limit} hasil "
        "(batas GitHub code scanning); ini bagian {part}",
        "Results continue in the next run: a run holds at most {limit} results "
        "(GitHub code scanning's limit); this is part {part}",
    ),
    "ci.sarif_split": (
        "{results} hasil dibagi atas {runs} run (paling banyak {limit} per run, batas GitHub code "
        "scanning); ini bagian terakhir. Tidak ada hasil yang dibuang",
        "{results} results split over {runs} runs (at most {limit} per run, GitHub code scanning's "
        "limit); this is the last part. No result was dropped",
    ),
    "ci.sarif_too_many_runs": (
        "berkas ini memuat {runs} run, lebih dari {limit} yang diterima GitHub code scanning: "
        "periksa direktori secara terpisah (satu berkas SARIF per bagian)",
        "this file holds {runs} runs, more than the {limit} GitHub code scanning accepts: "
        "check the directories separately (one SARIF file per part)",
    ),
    "ci.sarif_too_large": (
        "berkas ini, dimampatkan gzip, berukuran {size} bita, lebih dari {limit} yang diterima "
        "GitHub code scanning: periksa direktori secara terpisah",
        "this file, gzip-compressed, takes {size} bytes, more than the {limit} GitHub code scanning "
        "accepts: check the directories separately",
    ),
    # Typer's own words around the help and its errors.
    "typer.usage": ("Penggunaan: ", "Usage: "),
    "typer.ARGUMENTS_PANEL_TITLE": ("Argumen", "Arguments"),
    "typer.OPTIONS_PANEL_TITLE": ("Opsi", "Options"),
    "typer.COMMANDS_PANEL_TITLE": ("Perintah", "Commands"),
    "typer.ERRORS_PANEL_TITLE": ("Galat", "Error"),
    "typer.ABORTED_TEXT": ("Dibatalkan.", "Aborted."),
    "typer.RICH_HELP": (
        "Coba [blue]'{command_path} {help_option}'[/] untuk bantuan.",
        "Try [blue]'{command_path} {help_option}'[/] for help.",
    ),
    "typer.DEFAULT_STRING": ("[bawaan: {}]", "[default: {}]"),
    "typer.REQUIRED_LONG_STRING": ("[wajib]", "[required]"),
    "typer.ENVVAR_STRING": ("[variabel lingkungan: {}]", "[env var: {}]"),
}
