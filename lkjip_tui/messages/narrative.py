"""Texts of the findings on a draft's sentences (LKJ6xx) and on the document (LKJ7xx)."""

TEXTS: dict[str, tuple[str, str]] = {
    "lkj601": (
        "terbilang {printed} bernilai {words_value}, bukan {value}; seharusnya {expected_words}",
        "the words {printed} say {words_value}, not {value}; they should read {expected_words}",
    ),
    "lkj601.malformed": (
        "terbilang {printed} tidak tersusun benar, pada kata {word}; angkanya {value}",
        "the words {printed} are not a well-formed number, at the word {word}; the figure is {value}",
    ),
    "lkj602": (
        "{date} adalah hari {actual_day}, bukan {printed}",
        "{date} was a {actual_day}, not {printed}",
    ),
    "lkj603": (
        "kalimat menyebut {printed}, padahal laporan ini {period}: kalimat dari laporan lain yang tertinggal?",
        "the sentence names {printed}, but this report is {period}: a sentence left in from another report?",
    ),
    "lkj604": (
        "tanggal {printed} di luar {quarter} ({start} – {end})",
        "date {printed} is outside {quarter} ({start} – {end})",
    ),
    "lkj605": (
        "{expression} tertulis {printed}, padahal hasilnya {computed}",
        "{expression} is written as {printed}, but it gives {computed}",
    ),
    "lkj605.undefined": (
        "{expression} tidak terdefinisi (pembagian dengan 0), tetapi ditulis hasilnya",
        "{expression} is undefined (division by 0), yet a result is written",
    ),
    "lkj701": (
        "{printed} sesudah {previous}: nomor tidak berurutan",
        "{printed} comes after {previous}: out of sequence",
    ),
    "lkj701.repeated": ("nomor {printed} dipakai dua kali", "{printed} is used twice"),
    "lkj701.gap": ("{printed}: {missing} terlewat", "{printed}: {missing} is skipped"),
    "lkj702.no_caption": (
        "{printed} ({title}) ada di daftar, tetapi tidak ada keterangan {printed} di badan laporan",
        "{printed} ({title}) is listed, but no caption {printed} is in the body",
    ),
    "lkj702.no_caption_moved": (
        "{printed} ({title}) ada di daftar, tetapi di badan laporan judul itu bernomor {elsewhere}; "
        "perbarui daftar setelah penomoran ulang",
        "{printed} ({title}) is listed, but in the body that title is {elsewhere}; update the list after "
        "renumbering",
    ),
    "lkj702.title": (
        "{printed} di daftar berjudul {title}, di badan laporan {caption}",
        "{printed} is listed as {title}, but captioned {caption} in the body",
    ),
    "lkj702.title_moved": (
        "{printed} di daftar berjudul {title}, di badan laporan {caption}; judul itu bernomor {elsewhere}: "
        "perbarui daftar setelah penomoran ulang",
        "{printed} is listed as {title}, but captioned {caption}; that title is {elsewhere} in the body: update "
        "the list after renumbering",
    ),
    "lkj702.not_listed": (
        "{printed} ({title}) tidak ada di daftarnya",
        "{printed} ({title}) is not in its list",
    ),
    "lkj703": (
        "field Word rusak tercetak: {printed}; perbarui field (F9) atau perbaiki rujukannya",
        "a broken Word field is printed: {printed}; update the field (F9) or fix what it refers to",
    ),
    "lkj704": (
        "{subject} dinamai {printed}; nama di katalog: {official}",
        "{subject} is named {printed}; the catalogue's name: {official}",
    ),
    "lkj706.row": (
        "baris {printed} tidak cocok dengan nama mana pun; calon terdekat: {candidates}",
        "row {printed} matches no name; closest candidates: {candidates}",
    ),
    "lkj706.row_doubtful": (
        "baris {printed} meragukan: lebih dari satu nama hampir sama cocok ({candidates}); tidak dipilih",
        "row {printed} is doubtful: more than one name fits almost as well ({candidates}); none was chosen",
    ),
    "lkj706.row_twice": (
        "baris {printed} menamai {candidates} yang sudah ada di tabel ini; baris kedua tidak dibaca",
        "row {printed} names {candidates}, already in this table; the second row is not read",
    ),
    "lkj706.candidate": ("{id} ({score})", "{id} ({score})"),
    "lkj707": (
        "tabel {printed} tidak dikenali pemetaan draf; isinya tidak diperiksa{why}",
        "table {printed} is not recognised by the draft mapping; it is not checked{why}",
    ),
    "lkj707.why": (
        ". Judul kolomnya: {headings}; entri terdekat: {entry}, tetapi {reason}",
        ". Its headings: {headings}; the nearest entry: {entry}, but {reason}",
    ),
    "lkj707.why_none": (". Judul kolomnya: {headings}", ". Its headings: {headings}"),
    "lkj707.entry": ("tabel jenis {kind} ({file} baris {line})", "table kind {kind} ({file} line {line})"),
    "lkj707.reason_taken": (
        "tabel bernama {name} sudah dibaca dari tabel lain",
        "a table named {name} was already read from another table",
    ),
    "lkj707.reason_caption": (
        "keterangan tabelnya tidak cocok dengan pola keterangan entri itu",
        "the table's caption does not match that entry's caption pattern",
    ),
    "lkj707.reason_no_caption": (
        "tabel ini tidak berketerangan dan entri itu tidak punya pola judul (heading)",
        "this table has no caption and that entry has no heading pattern",
    ),
    "lkj707.reason_columns": (
        "kolom yang diwajibkannya tidak ditemukan di judul kolom: {columns}",
        "the columns it requires are not among the headings: {columns}",
    ),
    "lkj707.reason_heading": (
        "keterangan atau paragraf di atasnya tidak cocok dengan pola entri itu",
        "neither the caption nor the paragraph above matches that entry's patterns",
    ),
    "lkj707.headings": (
        "tabel {printed} ({kind}) dikenali, tetapi judul kolomnya tidak; isinya tidak diperiksa{why}",
        "table {printed} ({kind}) is recognised but its headings are not; it is not checked{why}",
    ),
    "lkj708": (
        "{content} di sini tidak dibaca; periksa angkanya dengan mata",
        "{content} here is not read; check its figures by eye",
    ),
    "content.chart": ("grafik Word", "a Word chart"),
    "content.diagram": ("diagram (SmartArt)", "a diagram (SmartArt)"),
    "content.object": ("objek tersemat", "an embedded object"),
    "lkj709": (
        "butir {number} ({printed}) mengulang butir {first} di daftar yang sama",
        "item {number} ({printed}) repeats item {first} of the same list",
    ),
    "lkj709.paragraph": (
        "paragraf ini sama persis dengan paragraf di {first}: tercetak dua kali?",
        "this paragraph is the same as the one at {first}: printed twice?",
    ),
    "lkj709.passage": (
        "kalimat tertulis dua kali berturut-turut: {printed}",
        "a passage is written twice in a row: {printed}",
    ),
    "lkj710": (
        "judul {printed} bernama {name}, yaitu {named}; padahal nomor itu adalah {numbered}",
        "heading {printed} is named {name}, which is {named}; but that number is {numbered}",
    ),
    "lkj710.repeated": (
        "judul {printed} dipakai dua kali di bagian sasaran yang sama (pertama di {first})",
        "heading {printed} is used twice under the same sasaran (first at {first})",
    ),
    "lkj710.iku_sasaran": (
        "judul {printed} ({named}) ada di bawah {section}, padahal indikator itu milik sasaran lain",
        "heading {printed} ({named}) stands under {section}, but that indicator belongs to another sasaran",
    ),
    "lkj710.sasaran": (
        "judul {printed} bernama sasaran {named}, yang bernomor {number}",
        "heading {printed} names sasaran {named}, whose number is {number}",
    ),
    "lkj710.analysis": (
        "analisis {printed} ada di bawah judul {section}",
        "the analysis of {printed} stands under the heading {section}",
    ),
    "lkj606": (
        "{printed} disebut sebagai pelaksana di laporan {own}: kalimat yang disalin dari laporan unit lain?",
        "{printed} is named as the one acting in {own}'s report: a sentence copied from another unit's report?",
    ),
    "lkj607": (
        "kalimat menyatakan {a} {printed} dibanding {b}, padahal angkanya tidak",
        "the sentence says {a} {printed} against {b}, but the figures do not",
    ),
    "lkj607.target": (
        "kalimat menyatakan {a} {printed} target {b}, padahal angkanya tidak ({direction})",
        "the sentence says {a} {printed} the target {b}, but the figures do not ({direction})",
    ),
    "lkj607.literal": (
        "kalimat menyatakan {a} {printed} target {b}, padahal angkanya tidak",
        "the sentence says {a} {printed} the target {b}, but the figures do not",
    ),
    "lkj607.unsure": (
        "kalimat menyatakan {a} {printed} target {b}; benar hanya jika indikatornya makin kecil makin baik",
        "the sentence says {a} {printed} the target {b}; true only if the indicator is lower-is-better",
    ),
    "lkj607.capaian": (
        "kalimat menyatakan target {printed}, padahal capaian yang disebutnya {capaian}",
        "the sentence says the target is {printed}, but the capaian it names is {capaian}",
    ),
    "lkj607.tables": (
        "kalimat menyatakan target {iku} {printed}, padahal capaiannya tercetak {capaian} ({tables})",
        "the sentence says the target of {iku} is {printed}, but its capaian is printed {capaian} ({tables})",
    ),
    "lkj607.higher": ("indikator makin besar makin baik", "the indicator is higher-is-better"),
    "lkj607.lower": ("indikator makin kecil makin baik", "the indicator is lower-is-better"),
    "lkj607.general": (
        "kalimat menyatakan {printed}, padahal hanya {met} dari {counted} IKU yang capaiannya tercetak 100% atau lebih",
        "the sentence says {printed}, but only {met} of {counted} IKUs print a capaian of 100% or more",
    ),
    "lkj608": (
        "jumlah {printed} tidak sama dengan bagian-bagiannya: {parts} = {total}",
        "the count {printed} does not match its parts: {parts} = {total}",
    ),
    "lkj608.restated": (
        "{printed}, padahal sebelumnya disebut {first}",
        "{printed}, but just before it says {first}",
    ),
    "lkj608.list": (
        "kalimat menyebut {printed}, tetapi daftar sesudahnya berisi {items} butir",
        "the sentence says {printed}, but the list after it has {items} item{items_s}",
    ),
    "lkj609": (
        "kalimat menyebut {printed}, padahal laporan ini {period}: sisa laporan tahun {year}?",
        "the sentence says {printed}, but this report is {period}: left in from the {year} report?",
    ),
    "lkj609.running": (
        "kepala atau kaki halaman {printed} menyebut tahun {year}, padahal laporan ini {period}",
        "the running header or footer {printed} names {year}, but this report is {period}",
    ),
}
