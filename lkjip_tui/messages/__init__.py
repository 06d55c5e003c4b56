"""Every message lkjip shows, in Bahasa Indonesia (default) and English.

Findings and errors carry a key and arguments (`values.msg.Msg`); this
package renders them for a language. Numbers are printed the Indonesian way
in Indonesian (4.357.162.000; 37,87) and the English way in English. The
texts are kept by topic: `errors`, `findings`, `interface`, `command_line`,
`drafts`, `narrative`.

May import: `lkjip_tui.values`.
"""

from __future__ import annotations

from collections.abc import Mapping
from decimal import Decimal, InvalidOperation
from typing import Any

from lkjip_tui.messages import (
    command_line,
    drafts,
    errors,
    findings,
    interface,
    narrative,
    review,
    series,
    spreadsheet,
)
from lkjip_tui.values.interval import Interval
from lkjip_tui.values.msg import Msg, Printed
from lkjip_tui.values.numbers import format_decimal

LANGS = ("id", "en")

M: dict[str, tuple[str, str]] = {
    **errors.TEXTS,
    **findings.TEXTS,
    **interface.TEXTS,
    **command_line.TEXTS,
    **drafts.TEXTS,
    **narrative.TEXTS,
    **spreadsheet.TEXTS,
    **series.TEXTS,
    **review.TEXTS,
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


_NARROW = Decimal("0.025")  # a computed value from rounded inputs: one value to two decimals
_CENT = Decimal("0.01")
_SHOWN = 300  # the longest printed value a message quotes whole (terbilang runs long)


def arg(value: Any, lang: str) -> str:
    kind = type(value)  # the common kinds first: this runs for every argument of every message
    if kind is str:
        return value  # type: ignore[no-any-return]
    if kind is Printed:
        text = value.text
        if len(text) > _SHOWN:  # a megabyte pasted into a cell is shown by its ends
            text = f"{text[: _SHOWN - 40]}…{text[-20:]}"
        return f"“{text}”" if text.strip() else text_for("blank", lang)
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
        if value.hi - value.lo <= _NARROW:  # a computed value's rounding: said as the value
            return number(((value.lo + value.hi) / 2).quantize(_CENT), lang, max_places=2)
        return text_for("word.between", lang).format(lo=lo, hi=hi)
    if isinstance(value, bool):
        return str(value).lower()
    if isinstance(value, Decimal):
        return number(value, lang)
    if isinstance(value, list | tuple):
        return ", ".join(arg(v, lang) for v in value)
    if isinstance(value, dict) and "id" in value:
        return str(value.get(lang, value["id"]))
    return str(value)


class _Args(dict[str, Any]):
    """A message's rendered arguments, and English's plural endings: "{files} file{files_s}" is
    "1 file", "2 files", whatever type the count was given as (Indonesian does not inflect)."""

    def __init__(self, rendered: dict[str, Any], given: Mapping[str, Any]) -> None:
        super().__init__(rendered)
        self.given = given

    def __missing__(self, key: str) -> str:
        count = key.removesuffix("_s")
        if count == key or count not in self.given:
            raise KeyError(key)
        try:
            return "" if Decimal(str(self.given[count])) == 1 else "s"
        except InvalidOperation:
            return "s"


def render(msg: Msg, lang: str = "id") -> str:
    if msg.key == "weekday":
        return _WEEKDAYS.get(lang, _WEEKDAYS["id"])[int(msg.args["index"])]
    if msg.key == "seq":  # items, each rendered, separated by semicolons
        return "; ".join(arg(item, lang) for item in msg.args["items"])
    if msg.key == "seq.parts":  # parts of an explanation, run together
        return parts(msg.args["items"], lang)
    if msg.key == "seq.and":  # places: "Tabel 1, Tabel 7 dan baris 508"
        items = [arg(item, lang) for item in msg.args["items"]]
        if len(items) < 2:
            return "".join(items)
        return ", ".join(items[:-1]) + text_for("word.and", lang) + items[-1]
    if msg.key == "seq.or":  # alternatives: "Baik atau Sangat Baik"
        return text_for("word.or", lang).join(arg(item, lang) for item in msg.args["items"])
    text = text_for(msg.key, lang)
    args = _Args({k: arg(v, lang) for k, v in msg.args.items()}, msg.args)
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
