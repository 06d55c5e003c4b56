"""Texts of the findings, one or more per rule code (lkjXXX and lkjXXX.variant)."""

TEXTS: dict[str, tuple[str, str]] = {
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
    "lkj302.overflow": (
        "{printed} tidak dapat diperiksa: hasil {formula} di luar batas angka yang dihitung lkjip",
        "{printed} cannot be checked: {formula} gives a value beyond the bounds lkjip computes with",
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
    "lkj303.overflow": (
        "{printed} tidak dapat diperiksa: hasil {formula} di luar batas angka yang dihitung lkjip",
        "{printed} cannot be checked: {formula} gives a value beyond the bounds lkjip computes with",
    ),
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
    "lkj505.too_large": (
        "terbilang {printed} tidak dapat diperiksa: {value} tidak kurang dari seribu triliun",
        "the words {printed} cannot be checked: {value} is not below a thousand trillion (10^15)",
    ),
    "where.narrative": ("narasi baris {line}", "narrative line {line}"),
    "blank": ("(kosong)", "(blank)"),
    "lkj503": (
        "{printed} ditulis dengan nol di depan; digit yang hilang?",
        "{printed} has leading zeros; a lost digit?",
    ),
    # LKJ0xx: waivers (engine/waivers.py)
    "find.waiver_unused": (
        "pengecualian {code} untuk {where} tidak cocok dengan temuan mana pun; hapus atau perbaiki tempatnya",
        "the waiver of {code} for {where} matches no finding; remove it or correct its place",
    ),
    "find.waiver_no_file": (
        "pengecualian {code} untuk {where}: berkas itu tidak ada",
        "the waiver of {code} for {where}: that file does not exist",
    ),
    "find.waiver_expired": (
        "pengecualian {code} untuk {where} berakhir {expires}; temuannya dihitung lagi",
        "the waiver of {code} for {where} expired on {expires}; its finding counts again",
    ),
}
