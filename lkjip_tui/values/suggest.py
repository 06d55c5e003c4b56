"""Did-you-mean suggestions for misspelled names in error messages."""

from __future__ import annotations

from collections.abc import Iterable


def did_you_mean(word: str, choices: Iterable[str]) -> str:
    """The closest of `choices` to `word`, or "" when none is close."""
    import difflib  # only ever needed for an error message

    close = difflib.get_close_matches(word, list(choices), n=1, cutoff=0.6)
    return close[0] if close else ""
