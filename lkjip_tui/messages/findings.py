"""Texts of the findings, one or more per rule code (lkjXXX and lkjXXX.variant)."""

TEXTS: dict[str, tuple[str, str]] = {
    "lkj101": (
        "capaian {iku} {printed} tidak sesuai: dari realisasi {realisasi} dan target {target} dihitung {computed}",
        "capaian of {iku} {printed} does not follow: realisasi {realisasi} and target {target} give {computed}",
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
        "capaian {iku} dicetak {printed}, padahal realisasinya tidak dicetak di mana pun",
        "capaian of {iku} is printed {printed} although its realisasi is printed nowhere",
    ),
    "lkj103": (
        "realisasi {iku} {printed} tidak sesuai laju penurunan yang dihitung: {computed}",
        "realisasi of {iku} {printed} does not follow from the reduction rate: {computed}",
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
        "predikat {printed} tidak sesuai capaian {iku}, {capaian}: seharusnya {bands}",
        "predikat {printed} does not match the capaian of {iku}, {capaian}: it should be {bands}",
    ),
    "lkj201": (
        "target {quarter} {iku} {printed} tidak sesuai Perjanjian Kinerja ({breakdown}): seharusnya {expected_value}",
        "{quarter} target of {iku} {printed} does not follow from the Perjanjian Kinerja ({breakdown}): it should be {expected_value}",
    ),
    "lkj201.annual_only": (
        "target {quarter} {iku} dicetak {printed}, padahal IKU ini hanya punya target tahunan (diukur di TW IV)",
        "{quarter} target of {iku} is printed {printed}, but this IKU only has an annual target (measured in Q4)",
    ),
    "lkj202": (
        "target tahunan {iku} {printed} berbeda dari Perjanjian Kinerja: {annual}",
        "annual target of {iku} {printed} differs from the Perjanjian Kinerja: {annual}",
    ),
    "lkj206": (
        "unit '{unit}' tidak punya aturan: diperiksa dengan katalog umum '{catalogue}' dan {count} indikator "
        "yang dibaca dari laporan ini; {targets}. Untuk pemeriksaan yang tepat, tulis katalog unit ini dengan "
        "`lkjip init` lalu sempurnakan",
        "unit '{unit}' has no rules: checked with the generic catalogue '{catalogue}' and {count} indicator{count_s} "
        "read from this report; {targets}. For a precise check, write the unit's catalogue with `lkjip init` "
        "and refine it",
    ),
    "lkj206.pk_targets": (
        "target tahunan {count} indikator dari Perjanjian Kinerja yang dicetak",
        "the annual targets of {count} indicator{count_s} from the printed Perjanjian Kinerja",
    ),
    "lkj206.no_targets": (
        "tanpa berkas target, target dan capaian dibandingkan antartabel saja",
        "with no targets file, targets and capaian are compared across tables only",
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
        "{iku} ber-formula '{formula}' (nilai tingkat) tetapi targetnya dibagi '{breakdown}'; pakai 'constant'",
        "{iku} has formula '{formula}' (a level) but its target is split '{breakdown}'; use 'constant'",
    ),
    "lkj301": (
        "{column} {row_key} {printed} bukan jumlah bagiannya ({parts}): {computed}",
        "{column} of {row_key} {printed} is not the sum of its parts ({parts}): {computed}",
    ),
    "lkj302": (
        "{printed} tidak sesuai rumus {formula}: {computed}",
        "{printed} does not follow from {formula}: {computed}",
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
        "{fact} dinyatakan {printed}, tetapi {formula} = {computed}",
        "{fact} is stated as {printed}, but {formula} = {computed}",
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
        "{fact}: {printed} di sini, padahal menurut {source} seharusnya {expected_value}{agree}",
        "{fact}: {printed} here, but {source} gives {expected_value}{agree}",
    ),
    "lkj305.total_blank": (
        "{column} {row_key} kosong, padahal bagian-bagiannya berisi angka",
        "{column} of {row_key} is blank although its parts hold figures",
    ),
    "lkj305.part_blank": (
        "{column} {row_key} {printed} tidak dapat diperiksa: bagian kosong ({blank})",
        "{column} of {row_key} {printed} cannot be verified: blank parts ({blank})",
    ),
    "lkj305.short_by_blanks": (
        "{column} {row_key} {printed} lebih dari jumlah bagiannya karena bagian {blank} kosong: "
        "isi angka bagian yang kosong itu; jumlahnya sendiri tidak diminta diubah",
        "{column} of {row_key} {printed} is more than the sum of its parts because {blank} are blank: "
        "fill in those parts; the total itself is not asked to change",
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
    "lkj101.blank": (
        "capaian {iku} tidak dicetak ({printed}), padahal dapat dihitung: {computed}",
        "capaian of {iku} is not printed ({printed}) although it can be computed: {computed}",
    ),
    "lkj101.candidates": (
        "capaian {iku} {printed} tidak sesuai dengan bacaan mana pun dari angka yang dicetak berbeda{target}: {candidates}",
        "capaian of {iku} {printed} fits none of the readings of the figures printed differently{target}: {candidates}",
    ),
    "lkj106": (
        "capaian {iku} {printed} hanya cocok sebagai {kinds}, padahal {other} di {other_place} hanya cocok "
        "sebagai {other_kinds}: satu indikator dihitung dengan dua rumus",
        "capaian of {iku} {printed} fits only as {kinds}, while {other} at {other_place} fits only as "
        "{other_kinds}: one indicator computed by two formulas",
    ),
    "lkj107": (
        "capaian {row_key} {printed} tidak dihasilkan rumus mana pun dari target dan realisasi barisnya: {candidates}",
        "capaian of {row_key} {printed} follows by no formula from its row's target and realisasi: {candidates}",
    ),
    "lkj101.kinds": (
        "capaian {iku} {printed} ({reported}) tidak sesuai dengan rumus mana pun yang dikenal (rumus indikator ini tidak dinyatakan){target}: {candidates}",
        "capaian of {iku} {printed} ({reported}) fits no formula lkjip knows (this indicator declares none){target}: {candidates}",
    ),
    "lkj101.kind": (
        "{kind}: {formula} = {computed}",
        "{kind}: {formula} = {computed}",
    ),
    "lkj101.kind_plain": ("{kind}: {computed}", "{kind}: {computed}"),
    "kind.zero_target.zero": ("target 0, capaian dihitung 0", "a target of 0 scored 0"),
    "kind.zero_target.met": ("target 0, capaian 100 bila tercapai", "a target of 0 scored 100 when met"),
    "kind.higher": ("makin tinggi makin baik", "higher is better"),
    "kind.lower.kondisi_khusus": (
        "makin rendah makin baik (kondisi khusus)",
        "lower is better (kondisi khusus)",
    ),
    "kind.lower.inverse": ("makin rendah makin baik (kebalikan)", "lower is better (inverse)"),
    "lkj101.candidate": (
        "realisasi {realisasi} ({places}) memberi {computed}",
        "realisasi {realisasi} ({places}) gives {computed}",
    ),
    "lkj102.realisasi_undefined": (
        "capaian {iku} dicetak {printed}, padahal realisasinya tidak terdefinisi ({why}), sehingga capaian pun tidak ada",
        "capaian of {iku} is printed {printed} but its realisasi is undefined ({why}), so there is no capaian either",
    ),
    "lkj102.no_target": (
        "capaian {iku} dicetak {printed}, padahal targetnya tidak dicetak di mana pun dan tidak ada di berkas target",
        "capaian of {iku} is printed {printed} although its target is printed nowhere and is not in the targets file",
    ),
    "lkj102.annual_only": (
        "capaian {iku} dicetak {printed}, padahal IKU ini hanya punya target tahunan (diukur di TW IV)",
        "capaian of {iku} is printed {printed}, but this IKU only has an annual target (measured in Q4)",
    ),
    "lkj103.unavailable": (
        "realisasi {iku} tidak dapat diperiksa: {missing} tidak dinyatakan di laporan ini",
        "realisasi of {iku} cannot be checked: {missing} is not stated in this report",
    ),
    "lkj103.blank": (
        "realisasi {iku} tidak dicetak ({printed}), padahal laju penurunannya {computed}",
        "realisasi of {iku} is not printed ({printed}) although its reduction rate is {computed}",
    ),
    "lkj105.unchecked": (
        "predikat {printed} {iku} tidak dapat diperiksa: capaiannya tidak terdefinisi atau tidak dapat dihitung",
        "predikat {printed} of {iku} cannot be checked: its capaian is undefined or cannot be computed",
    ),
    "lkj201.blank": (
        "target {quarter} {iku} tidak dicetak ({printed}); menurut Perjanjian Kinerja {expected_value}",
        "{quarter} target of {iku} is not printed ({printed}); the Perjanjian Kinerja gives {expected_value}",
    ),
    "lkj202.blank": (
        "target tahunan {iku} tidak dicetak ({printed}); menurut Perjanjian Kinerja {annual}",
        "annual target of {iku} is not printed ({printed}); the Perjanjian Kinerja gives {annual}",
    ),
    "lkj302.blank": (
        "nilai tidak dicetak ({printed}), padahal rumus {formula} memberi {computed}",
        "no value is printed ({printed}), although {formula} gives {computed}",
    ),
    "lkj302.unchecked": (
        "{printed} tidak dapat diperiksa dengan rumus {formula}: {why}",
        "{printed} cannot be checked against {formula}: {why}",
    ),
    "lkj303.blank": (
        "jumlah tidak dicetak ({printed}), padahal {formula} menghasilkan {computed}",
        "no count is printed ({printed}), although {formula} gives {computed}",
    ),
    "lkj303.unchecked": (
        "{printed} tidak dapat diperiksa dengan {formula}: {why}",
        "{printed} cannot be checked against {formula}: {why}",
    ),
    "lkj304.agree": (
        ", seperti di {places}",
        ", as in {places}",
    ),
    "lkj304.blank": (
        "{fact} tidak dicetak di sini ({printed}), padahal nilainya {expected_value} ({source})",
        "{fact} is not printed here ({printed}), although it is {expected_value} ({source})",
    ),
    "lkj304.conflict": (
        "{fact} dicetak dengan {count} nilai berbeda dan tidak ada sumber acuan yang menentukan: {values}. Pastikan mana yang benar dan seragamkan",
        "{fact} is printed with {count} different values and nothing decides between them: {values}. Settle which is right and print it everywhere",
    ),
    "lkj304.value": (
        "{printed} di {places}",
        "{printed} in {places}",
    ),
    "lkj304.unavailable": (
        "{fact}: {source} tidak dapat dipakai sebagai acuan ({why}); penyebutannya dibandingkan tanpa sumber acuan",
        "{fact}: {source} cannot serve as its authority ({why}); its mentions are compared without one",
    ),
    "lkj304.absent": (
        "{fact}: {path} tidak ada di laporan ini, jadi tidak dibandingkan",
        "{fact}: {path} is not in this report, so it is not compared",
    ),
    "lkj406.unchecked": (
        "syarat tidak dapat diperiksa ({formula}): {why}",
        "the condition cannot be checked ({formula}): {why}",
    ),
    "fact.target": (
        "target {iku}",
        "target of {iku}",
    ),
    "fact.target_tahunan": (
        "target tahunan {iku}",
        "annual target of {iku}",
    ),
    "fact.realisasi": (
        "realisasi {iku}",
        "realisasi of {iku}",
    ),
    "fact.capaian": (
        "capaian {iku}",
        "capaian of {iku}",
    ),
    "src.targets": (
        "Perjanjian Kinerja",
        "the Perjanjian Kinerja",
    ),
    "src.capaian": (
        "rumus capaian IKU",
        "the IKU's capaian formula",
    ),
    "src.evidence": (
        "bukti {path}",
        "the evidence {path}",
    ),
    "src.evidence_at": (
        "{path}",
        "{path}",
    ),
    "src.formula": (
        "rumus {formula}",
        "the formula {formula}",
    ),
    "src.printed": (
        "dicetak di {places}",
        "printed in {places}",
    ),
    "op.printed": (
        "{text}",
        "{text}",
    ),
    "op.declared": (
        "{value} menurut {source}",
        "{value} per {source}",
    ),
    "reason.zero_target": (
        "target 0",
        "a target of 0",
    ),
    "reason.zero_realisasi": (
        "realisasi 0",
        "a realisasi of 0",
    ),
    "reason.unbounded": (
        "pembagi bisa 0 karena pembulatan",
        "the divisor may be 0 after rounding",
    ),
    "reason.range_target": (
        "target bukan rentang",
        "the target is not a range",
    ),
    "reason.zero_previous": (
        "jumlah periode lalu 0",
        "the previous count is 0",
    ),
    "reason.div0": (
        "pembagian dengan 0",
        "division by 0",
    ),
    "reason.annual_only": (
        "hanya target tahunan",
        "an annual target only",
    ),
    "why.range": (
        "{printed} adalah rentang, bukan satu angka",
        "{printed} is a range, not one number",
    ),
    "why.unreadable": (
        "{printed} tidak terbaca sebagai angka",
        "{printed} cannot be read as a number",
    ),
    "why.blank": (
        "{what} tidak dicetak ({printed})",
        "{what} is not printed ({printed})",
    ),
    "why.conflict": (
        "{fact} dicetak berbeda ({values}) dan tidak ada yang menentukan",
        "{fact} is printed differently ({values}) and nothing decides",
    ),
    "why.undefined": (
        "{fact} tidak terdefinisi",
        "{fact} is undefined",
    ),
    "why.no_fact": (
        "{fact} tidak dinyatakan di laporan ini",
        "{fact} is not stated in this report",
    ),
    "why.absent": (
        "{what} tidak ada di laporan ini",
        "{what} is not in this report",
    ),
    "quarter.1": (
        "TW I",
        "Q1",
    ),
    "quarter.2": (
        "TW II",
        "Q2",
    ),
    "quarter.3": (
        "TW III",
        "Q3",
    ),
    "quarter.4": (
        "TW IV",
        "Q4",
    ),
    "quarter.annual": (
        "Tahunan",
        "annual",
    ),
    "period.quarter": (
        "{quarter} {year}",
        "{quarter} {year}",
    ),
    "period.annual": (
        "Tahun {year}",
        "the year {year}",
    ),
    "annual_report": (
        "laporan tahunan: target tahunan",
        "annual report: the annual target",
    ),
    "breakdown.even": (
        "dibagi rata per triwulan",
        "split evenly per quarter",
    ),
    "breakdown.cumulative": (
        "kumulatif s.d. triwulan",
        "cumulative up to the quarter",
    ),
    "breakdown.constant": (
        "tetap sepanjang tahun",
        "held all year",
    ),
    "breakdown.profile": (
        "profil per triwulan",
        "per-quarter profile",
    ),
    "breakdown.cumulative_profile": (
        "profil kumulatif",
        "cumulative profile",
    ),
    "breakdown.annual_only": (
        "hanya tahunan",
        "annual only",
    ),
    "rounding.half_up": (
        "setengah ke atas",
        "half up",
    ),
    "rounding.half_even": (
        "setengah ke genap",
        "half to even",
    ),
    "rounding.down": (
        "ke bawah",
        "down",
    ),
    "rounding.up": (
        "ke atas",
        "up",
    ),
    "expl.even": (
        "target {quarter} = target tahunan / 4 = {annual} / 4 = {value}",
        "{quarter} target = annual target / 4 = {annual} / 4 = {value}",
    ),
    "expl.cumulative": (
        "target s.d. {quarter} = target tahunan × {n} / 4 = {annual} × {n} / 4 = {value}",
        "target up to {quarter} = annual target × {n} / 4 = {annual} × {n} / 4 = {value}",
    ),
    "expl.constant": (
        "target {quarter} = target tahunan (tetap sepanjang tahun) = {annual}",
        "{quarter} target = annual target (held all year) = {annual}",
    ),
    "expl.annual_only": (
        "target hanya tahunan, diukur di TW IV: {annual}",
        "annual target only, measured in Q4: {annual}",
    ),
    "expl.profile": (
        "profil per triwulan [{values}]: {quarter} = {value}",
        "per-quarter profile [{values}]: {quarter} = {value}",
    ),
    "expl.cumulative_profile": (
        "profil kumulatif [{values}]: s.d. {quarter} = {value}",
        "cumulative profile [{values}]: up to {quarter} = {value}",
    ),
    "expl.annual_report": (
        "laporan tahunan: target = target tahunan = {annual}",
        "annual report: target = annual target = {annual}",
    ),
    "expl.rounded": (
        " (dibulatkan ke {decimals} desimal, {rounding})",
        " (rounded to {decimals} decimals, {rounding})",
    ),
    "formula.low": (
        "batas bawah",
        "lower bound",
    ),
    "formula.high": (
        "batas atas",
        "upper bound",
    ),
    "formula.below": (
        "(di bawah rentang)",
        "(below the range)",
    ),
    "formula.above": (
        "(di atas rentang)",
        "(above the range)",
    ),
    "formula.within": (
        "(realisasi {realisasi} dalam rentang {low} – {high})",
        "(realisasi {realisasi} within {low} – {high})",
    ),
    "formula.range": (
        "100 jika realisasi dalam rentang {low} – {high}; di bawahnya {below}; di atasnya {above}",
        "100 if the realisasi is within {low} – {high}; below it {below}; above it {above}",
    ),
    "band.at": (
        "capaian = {value}",
        "capaian = {value}",
    ),
    "band.upto": (
        "capaian {op} {high}",
        "capaian {op} {high}",
    ),
    "band.from": (
        "capaian {op} {low}",
        "capaian {op} {low}",
    ),
    "band.between": (
        "{low} {lo_op} capaian {hi_op} {high}",
        "{low} {lo_op} capaian {hi_op} {high}",
    ),
    "band.named": (
        "{name} ({range})",
        "{name} ({range})",
    ),
    "word.or": (
        " atau ",
        " or ",
    ),
    "lkj101.with_target": (
        ", dengan target {target}",
        ", with the target {target}",
    ),
    "lkj101.candidate_both": (
        "target {target} dan realisasi {realisasi} ({places}) memberi {computed}",
        "target {target} and realisasi {realisasi} ({places}) give {computed}",
    ),
    "lkj301.contested": (
        "{column} {row_key} {printed} bukan jumlah bagiannya ({parts}): {computed}; tetapi hitungan lain untuk sel ini memberi {others}, jadi mungkin salah satu bagiannya yang keliru",
        "{column} of {row_key} {printed} is not the sum of its parts ({parts}): {computed}; but another computation of this cell gives {others}, so one of the parts may be what is wrong",
    ),
    "lkj302.contested": (
        "{printed} tidak sesuai rumus {formula}: {computed}; tetapi hitungan lain untuk sel ini memberi {others}, jadi mungkin salah satu masukannya yang keliru",
        "{printed} does not follow from {formula}: {computed}; but another computation of this cell gives {others}, so one of its inputs may be what is wrong",
    ),
    "lkj303.contested": (
        "{printed} tidak sesuai {formula}: {computed}; tetapi hitungan lain untuk sel ini memberi {others}",
        "{printed} does not follow from {formula}: {computed}; but another computation of this cell gives {others}",
    ),
    "lkj308": (
        "skala penilaian yang dicetak tidak memberi tepat satu kriteria untuk setiap capaian: {problem}",
        "the printed rating scale does not give every capaian exactly one criterion: {problem}",
    ),
    "lkj309": (
        "{printed} dikatakan terdiri atas {parts}, tetapi jumlah bagian-bagian itu {added} (selisih {difference})",
        "{printed} is said to consist of {parts}, but those parts add up to {added} (a difference of {difference})",
    ),
    "lkj310": (
        "{dividend} dibagi {divisor} dikali 100% tertulis {printed}, padahal hasilnya {computed}",
        "{dividend} divided by {divisor} times 100% is written as {printed}, but it gives {computed}",
    ),
    "lkj310.inverse": (
        "{dividend} dibagi {divisor} dikali 100% tertulis {printed}, padahal hasilnya {computed}; "
        "{printed} adalah kebalikannya ({divisor} dibagi {dividend})",
        "{dividend} divided by {divisor} times 100% is written as {printed}, but it gives {computed}; "
        "{printed} is the inverse ({divisor} divided by {dividend})",
    ),
    "lkj311": (
        "angka {printed}/{per} tidak sesuai kasusnya ({cases} dari {total}): {cases} / {total} × {per} = {computed}",
        "the rate {printed}/{per} does not follow from its counts ({cases} out of {total}): "
        "{cases} / {total} × {per} = {computed}",
    ),
    "lkj311.cut": (
        "angka {printed}/{per} dipotong, tidak dibulatkan: {cases} / {total} × {per} = {computed}",
        "the rate {printed}/{per} is cut off, not rounded: {cases} / {total} × {per} = {computed}",
    ),
    "lkj312": (
        "{printed} disebut juga per dasar lain: {others}; satu angka tidak bisa per keduanya",
        "{printed} is also given per another base: {others}; one figure cannot be per both",
    ),
    "lkj312.other": ("{printed} ({where})", "{printed} ({where})"),
    "lkj313": (
        "bagian-bagian satu keseluruhan {shares} berjumlah {total}, lebih dari 100%",
        "the shares of one whole {shares} add up to {total}, more than 100%",
    ),
    "lkj314": (
        "realisasi {printed} tidak dihasilkan perbandingan mana pun dari jumlah baris tabelnya: {ratios}",
        "the realisasi {printed} follows from no ratio of its table's row counts: {ratios}",
    ),
    "lkj314.ratio": ("{ratio} × 100 = {value}", "{ratio} × 100 = {value}"),
    "lkj407": (
        "judul tabel {printed} tidak menyebut periode laporan ({period})",
        "the caption {printed} does not name the report's period ({period})",
    ),
    "lkj407.title": (
        "judul laporan {printed} tidak menyebut periode laporan ({period})",
        "the report's title {printed} does not name the report's period ({period})",
    ),
    "why.contested": (
        "jumlah bagiannya dan rumus barisnya memberi nilai berbeda",
        "the sum of its parts and its row's formula give different values",
    ),
    "lkj403.table": (
        "tabel bernomor {printed} sesudah tabel {previous}; seharusnya {expected_no}",
        "table numbered {printed} after table {previous}; expected {expected_no}",
    ),
    "why.several": (
        "dicetak di beberapa tabel dengan nilai berbeda ({values})",
        "it is printed in several tables with different values ({values})",
    ),
}
