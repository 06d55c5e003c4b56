"""Text from inputs, made safe to print where a terminal or a CI log would interpret it.

A draft's cell or a data file's value may hold control characters: `ESC ] 0;… BEL` retitles a
terminal, `ESC [8m` hides what follows, a carriage return overwrites the line, and the
bidirectional overrides reorder what a reviewer reads. Every output format that writes such
text for people (text, markdown, github) shows them as escapes (`\\x1b`, `\\u202e`) instead;
tabs and line breaks are kept. Escaping is idempotent: an escape holds no control character.
"""

from __future__ import annotations

import re

_CONTROL = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def _escape(m: re.Match[str]) -> str:
    code = ord(m.group())
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def visible(text: str) -> str:
    """`text` with its control characters (and bidirectional overrides) shown as escapes."""
    return _CONTROL.sub(_escape, text)
