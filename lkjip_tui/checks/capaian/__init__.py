"""Capaian (achievement), predikat and the IKU figures they follow from."""

RULES = (
    "lkj101_capaian_mismatch",
    "lkj102_capaian_undefined",
    "lkj103_realisasi_rate",
    "lkj104_not_measured",
    "lkj105_predikat",
    "lkj106_capaian_kinds_differ",
    "lkj107_row_capaian",
)
