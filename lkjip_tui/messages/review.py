"""Texts of the review as people read it: problems, their places and what follows from them
(text output, the review note, Word comments)."""

TEXTS: dict[str, tuple[str, str]] = {
    "word.and": (" dan ", " and "),
    "words.count_rows": ("jumlah baris {table} ({key})", "the number of rows of {table} ({key})"),
    "words.sum_column": ("jumlah kolom {column} {table}", "the sum of column {column} of {table}"),
    "words.cell": ("{column} {row} di {table}", "{column} of {row} in {table}"),
    "word.between": ("antara {lo} dan {hi}", "between {lo} and {hi}"),
    "problem.count": (
        "{problems} masalah dari {findings} temuan",
        "{problems} problem{problems_s} from {findings} finding{findings_s}",
    ),
    "problem.kind.figures": ("Angka indikator kinerja", "The indicators' figures"),
    "problem.kind.totals": ("Jumlah dan anggaran", "Totals and the budget"),
    "problem.kind.content": ("Kalimat dan isi", "Sentences and content"),
    "problem.kind.printing": ("Penulisan dan dokumen", "Printing and the document"),
    "problem.followed": ("sehingga juga: {what} — di {places}", "so also: {what} — in {places}"),
    "problem.where": ("Di", "Where"),
    "problem.places": ("{n} tempat", "{n} place{n_s}"),
    "problem.expected": ("Yang diharapkan", "Expected"),
    "problem.computation": ("Hitungan", "Computation"),
    "problem.summary": ("Ringkasan", "Summary"),
    "problem.ikus": (
        "IKU dengan angka salah — target: {target}; realisasi: {realisasi}; capaian: {capaian}",
        "Indicators with a wrong figure — target: {target}; realisasi: {realisasi}; capaian: {capaian}",
    ),
    "problem.ikus_none": ("tidak ada", "none"),
    "problem.ikus_some": ("{n} IKU ({ikus})", "{n} IKU ({ikus})"),
    "problem.first": ("Perbaiki lebih dulu", "Fix first"),
    "problem.also": ("juga di {places}", "also in {places}"),
}
