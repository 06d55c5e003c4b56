"""Texts of reading drafts: unusable Word files and text exports, the draft mapping, places."""

TEXTS: dict[str, tuple[str, str]] = {
    "err.draft_empty": (
        "draf kosong: tidak ada teks maupun tabel",
        "the draft is empty: no text and no tables",
    ),
    "err.draft_unnamed": (
        "tidak jelas laporan unit, tahun dan periode mana draf ini (nama berkas dan sampulnya tidak menyebut "
        "tahunnya); sebutkan dengan `--unit`, `--year` dan `--period`, atau beri nama berkas UNIT-TAHUN-twN "
        "atau UNIT-TAHUN-tahunan (mis. {example})",
        "cannot tell which unit, year and period this draft reports (neither its file name nor its cover "
        "names the year); state them with `--unit`, `--year` and `--period`, or name the file UNIT-YEAR-twN "
        "or `UNIT-YEAR-tahunan` for an annual report (e.g. {example})",
    ),
    "err.draft_no_unit": (
        "tidak jelas laporan unit mana draf ini (nama berkas, foldernya dan sampulnya tidak menyebut "
        "unitnya); sebutkan dengan `--unit`, atau beri nama berkas UNIT-TAHUN-twN atau UNIT-TAHUN-tahunan "
        "(mis. {example})",
        "cannot tell which unit this draft reports (neither its file name, its folder nor its cover names "
        "the unit); state it with `--unit`, or name the file UNIT-YEAR-twN or `UNIT-YEAR-tahunan` for an "
        "annual report (e.g. {example})",
    ),
    "err.init_exists": (
        "sudah ada; tidak ditimpa (hapus atau pindahkan dulu, atau tulis ke direktori lain dengan `-o`)",
        "already exists; not overwritten (remove or move it first, or write elsewhere with `-o`)",
    ),
    "err.init_not_draft": (
        "bukan draf laporan; `lkjip init` membaca {suffixes}",
        "not a report draft; `lkjip init` reads {suffixes}",
    ),
    "err.draft_period": (
        "periode '{period}' tidak dikenal; tulis tw1–tw4, I–IV atau tahunan",
        "period '{period}' is not known; write tw1–tw4, I–IV or `tahunan`",
    ),
    "err.draft_no_tables": (
        "tidak ada tabel yang dikenali: {count} tabel dalam draf, tidak satu pun cocok dengan pemetaan {mapping}",
        "no recognisable tables: {count} table{count_s} in the draft, none matches the mapping {mapping}",
    ),
    "err.draft_no_mapping": (
        "katalog '{catalogue}' tidak punya pemetaan draf (draft/mapping.toml); draf tidak dapat dibaca",
        "catalogue '{catalogue}' has no draft mapping (draft/mapping.toml); drafts cannot be read",
    ),
    "err.draft_regex": (
        "pola tidak valid: {problem} dalam «{pattern}»",
        "invalid pattern: {problem} in «{pattern}»",
    ),
    "err.draft_placeholder": (
        "'{{{name}}}' tidak dikenal di pola ini",
        "'{{{name}}}' is not known in this pattern",
    ),
    "err.draft_no_placeholder": (
        "pola «{pattern}» tidak menyebut nilai apa pun ({{fakta}} atau {{kolom}})",
        "the pattern «{pattern}» names no value ({{fact}} or {{column}})",
    ),
    "err.draft_table_found_by": (
        "[[tables]] perlu caption atau heading (cara tabel itu dikenali)",
        "[[tables]] needs a caption or a heading (how the table is recognised)",
    ),
    "err.draft_parent_column": (
        "kolom '{column}' dihitung dari key.tree, bukan dibaca dari judul kolom",
        "column '{column}' is computed from key.tree, not read under a heading",
    ),
    "err.draft_list_key": (
        "tabel '{table}' berbaris urutan cetak (`rows = list`): tidak ada kunci",
        "table '{table}' has rows in printed order (`rows = list`): no key",
    ),
    "err.draft_key_names": (
        'key.names hanya untuk `rows = "key"` (baris {rows} dikenali dari katalog)',
        'key.names only applies to `rows = "key"` ({rows} rows are named by the catalogue)',
    ),
    "err.draft_tree_parent": (
        "key.tree perlu kolom berjenis parent di tabel '{table}'",
        "key.tree needs a column of kind parent in table '{table}'",
    ),
    "err.docx_old_word": (
        "dokumen Word lama (.doc, biner); simpan ulang sebagai .docx",
        "an old binary Word document (.doc); save it again as .docx",
    ),
    "err.docx_encrypted": (
        "dokumen Word dilindungi kata sandi; simpan salinan tanpa kata sandi",
        "the Word document is password-protected; save a copy without a password",
    ),
    "err.docx_not_zip": (
        "bukan berkas .docx (arsip zip) yang utuh: {reason}",
        "not a sound .docx file (a zip archive): {reason}",
    ),
    "err.docx_not_word": (
        "arsip ini bukan dokumen Word: {reason}",
        "this archive is not a Word document: {reason}",
    ),
    "err.docx_bomb": (
        "isi .docx mencurigakan dan tidak dibuka: {reason}",
        "the .docx content is suspicious and was not opened: {reason}",
    ),
    "err.pdf_not_pdf": ("bukan berkas PDF: {reason}", "not a PDF file: {reason}"),
    "err.pdf_broken": ("berkas PDF rusak: {reason}", "a broken PDF file: {reason}"),
    "err.pdf_broken_page": (
        "hlm. PDF {page} rusak dan tidak terbaca: {reason}",
        "PDF page {page} is broken and cannot be read: {reason}",
    ),
    "err.pdf_encrypted": (
        "PDF terenkripsi (dilindungi kata sandi); simpan salinan tanpa kata sandi",
        "the PDF is encrypted (password-protected); save a copy without the password",
    ),
    "err.pdf_bomb": (
        "isi PDF mencurigakan dan tidak dibaca: {reason}",
        "the PDF content is suspicious and was not read: {reason}",
    ),
    "err.pdf_bomb_page": (
        "hlm. PDF {page} mencurigakan dan tidak dibaca: {reason}",
        "PDF page {page} is suspicious and was not read: {reason}",
    ),
    "err.pdf_scanned": (
        "hlm. PDF {pages} tidak punya lapisan teks (hasil pindai); teksnya tidak dapat diperiksa",
        "PDF pages {pages} have no text layer (scans); their text cannot be checked",
    ),
    "err.pdf_no_unicode": (
        "teks hlm. PDF {page} tidak terbaca: {share}% hurufnya memakai fon tanpa peta Unicode "
        "(hasil ekstraksi acak); ekspor ulang PDF dengan fon tertanam",
        "the text of PDF page {page} cannot be read: {share}% of its characters are in fonts "
        "without a Unicode map (gibberish when extracted); export the PDF again with embedded fonts",
    ),
    "err.docx_xml": ("XML rusak di {part}: {problem}", "broken XML in {part}: {problem}"),
    "err.docx_table_columns": (
        "tabel ke-{table} draf ini meminta {count} kolom (batasnya {limit}; Word sendiri 63)",
        "table {table} of the draft asks for {count} columns (the limit is {limit}; Word's own is 63)",
    ),
    "err.docx_table_rows": (
        "tabel ke-{table} draf ini punya lebih dari {limit} baris",
        "table {table} of the draft has more than {limit} rows",
    ),
    "err.docx_table_cells": (
        "tabel ke-{table} draf ini punya lebih dari {limit} sel",
        "table {table} of the draft has more than {limit} cells",
    ),
    "err.out_of_memory": (
        "memori tidak cukup untuk memeriksa berkas ini; berkas lain tetap diperiksa",
        "not enough memory to check this file; the other files are still checked",
    ),
    "cli.init_done": (
        "katalog awal unit {unit} tahun {year} ditulis di {rules} ({count} IKU); periksa baris bertanda "
        "`inferred`, lalu `lkjip check --rules {rules} DRAF`",
        "starting catalogue of unit {unit} year {year} written to {rules} ({count} IKUs); review the lines "
        "marked `inferred`, then `lkjip check --rules {rules} DRAFT`",
    ),
    "cli.import_done": (
        "{file}: {target} ({tables} tabel, {facts} fakta, {paragraphs} paragraf; {unread} bagian tak terbaca)",
        "{file}: {target} ({tables} table{tables_s}, {facts} fact{facts_s}, {paragraphs} paragraph{paragraphs_s}; {unread} part{unread_s} unread)",
    ),
    "cli.import_exists": (
        "berkas sudah ada; tidak ditimpa (pakai --force untuk menggantinya)",
        "the file exists and was not replaced (use --force to replace it)",
    ),
    "cli.import_needs_dir": (
        "beberapa draf: beri -o DIREKTORI (tiap draf ditulis ke DIREKTORI/UNIT/TAHUN-twN.yaml)",
        "several drafts: give -o DIRECTORY (each is written to DIRECTORY/UNIT/YEAR-twN.yaml)",
    ),
    "cli.annotated": (
        "salinan beranotasi: {file} ({count} komentar)",
        "annotated copy: {file} ({count} comment{count_s})",
    ),
    "cli.annotate_one_docx": (
        "--annotate memerlukan tepat satu draf Word (.docx) atau PDF untuk diperiksa",
        "--annotate needs exactly one Word draft (.docx) or PDF to check",
    ),
    "cli.annotate_out_docx": (
        "--annotate: salinan harus berakhiran .docx",
        "--annotate: the copy must end in .docx",
    ),
    "cli.annotate_out_pdf": (
        "--annotate: salinan PDF harus berakhiran .pdf",
        "--annotate: the copy of a PDF must end in .pdf",
    ),
    "cli.annotate_not_draft": (
        "--annotate: salinan tidak boleh menimpa draf itu sendiri",
        "--annotate: the copy must not overwrite the draft itself",
    ),
    "cli.in_draft": ("di draf", "in the draft"),
    "cli.also_at": ("juga di", "also at"),
    "place.text": ("baris {line}", "line {line}"),
    "place.docx": ("paragraf {line}", "paragraph {line}"),
    "place.pdf": ("paragraf {line}", "paragraph {line}"),
    "place.cell": ("{table} baris {row} kolom {column}", "{table} row {row} column {column}"),
    "place.row": ("{table} baris {row}", "{table} row {row}"),
    "place.row_column": ("baris {row} · {column}", "row {row} · {column}"),
    "place.row_only": ("baris {row}", "row {row}"),
    "place.table_below": ("tabel di bawah “{heading}”", "the table below “{heading}”"),
    "place.table_ordinal": ("tabel ke-{n}", "table {n} of the draft"),
    "place.page": ("{where}, hlm. {page}", "{where}, page {page}"),
}
