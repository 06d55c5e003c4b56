"""A message to show a person, kept as a key and its arguments until it is shown.

Findings, errors and formula problems carry a `Msg`; `lkjip_tui.messages`
renders it in Bahasa Indonesia or English at the edge (output, interface).
"""

from __future__ import annotations

from typing import Any

from lkjip_tui.values.record import Record


class Msg(Record):
    """A message key and its arguments, rendered per language by lkjip_tui.messages."""

    __slots__ = ("args", "key")

    def __init__(self, key: str, args: dict[str, Any] | None = None) -> None:
        self.key = key
        self.args = {} if args is None else args


class Printed(Record):
    """A value as the report printed it, shown verbatim and quoted."""

    __slots__ = ("text",)

    def __init__(self, text: str) -> None:
        self.text = text
