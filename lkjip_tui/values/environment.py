"""lkjip's environment variables: their names, and what a yes/no one says.

`LKJIP_NO_CACHE=0` once turned the cache off (any value did); now every flag
reads "", 0, false, no and off as unset, and 1, true, yes and on as set. A
value that is neither counts as set, as before, and the command line warns
(`engine.config.environment_warnings`).
"""

from __future__ import annotations

import os
from collections.abc import Mapping

# What each variable holds. The last ones are read by lkjip's own tests and benchmarks.
VARIABLES: dict[str, str] = {
    "LKJIP_DEBUG": "flag",
    "LKJIP_NO_CACHE": "flag",
    "LKJIP_CACHE_DIR": "path",
    "LKJIP_CACHE_KEY": "secret",
    "LKJIP_UPDATE_GOLDEN": "flag",
    "LKJIP_FUZZ_INPUTS": "number",
    "LKJIP_REQUIRE_LIBREOFFICE": "flag",
    "LKJIP_BENCH_GC_OFF": "flag",
    "LKJIP_BENCH_MAX_BYTES": "number",
}
OFF = ("", "0", "false", "no", "off")
ON = ("1", "true", "yes", "on")


def flag(name: str, environ: Mapping[str, str] | None = None) -> bool:
    """Whether a yes/no variable is set: anything but empty, 0, false, no or off."""
    value = (os.environ if environ is None else environ).get(name, "")
    return value.strip().lower() not in OFF
