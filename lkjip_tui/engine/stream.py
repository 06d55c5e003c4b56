"""Checking many files: in parallel processes, in order, reusing cached results.

The caller's transform (rendering the output) runs in the worker that
checked the file, so rendering is parallel too and only its result crosses
between processes.
"""

from __future__ import annotations

import contextlib
import os
from collections.abc import Iterator
from pathlib import Path
from typing import Any, TypeVar

from lkjip_tui.engine.check import Engine, EngineOptions, FileResult, InternalError, Transform

T = TypeVar("T")


# One engine per worker process, so rules load once per process, and the
# caller's transform (rendering the output) runs where the file was checked.
_worker: tuple[Engine, Transform[Any], Any] | None = None


def _init_worker(options: EngineOptions, transform: Transform[Any], store: Any) -> None:
    global _worker
    _worker = (options.engine(), transform, store)


def _check_in_worker(path: str) -> Any:
    assert _worker is not None
    engine, transform, store = _worker
    return _check_one(engine, transform, store, Path(path))


def _check_one(engine: Engine, transform: Transform[T], store: Any, path: Path) -> T:
    before = store.content(path) if store is not None else None
    result = engine.check_file(path)
    try:
        out = transform(result)
    except Exception as e:  # rendering failed: the file is reported as an internal error
        crash = InternalError.of(result.file, "", "render", e, engine.debug)
        return transform(FileResult(result.file, internal=[*result.internal, crash]))
    if store is not None and before is not None:
        with contextlib.suppress(Exception):  # a result that cannot be cached is simply not cached
            store.save(path, before, result, out, engine, transform)
    return out


def check_stream(
    files: list[Path],
    options: EngineOptions,
    transform: Transform[T],
    jobs: int = 0,
    cache: bool = True,
) -> Iterator[T]:
    """Check files in order, in parallel processes when there are enough of them.

    `transform` (a picklable function) runs on each result in the process that
    checked it, so rendering output is parallel too and only its result
    crosses between processes. With `cache`, a file whose content, rules,
    waivers and lkjip are those of a cached result is not checked again.
    """
    from lkjip_tui.engine.cache import ResultsCache

    jobs = jobs or os.cpu_count() or 1
    store = ResultsCache.open(options, transform) if cache else None
    engine = options.engine()
    hits: list[T | None] = [None] * len(files)
    if store is not None:
        hits = [store.lookup(f, engine, transform) for f in files]
    misses = [f for f, hit in zip(files, hits, strict=True) if hit is None]
    if jobs <= 1 or len(misses) < 4:
        done: Iterator[T] = (_check_one(engine, transform, store, f) for f in misses)
        for hit in hits:
            yield hit if hit is not None else next(done)
        return
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)
    chunk = max(1, min(32, len(misses) // (jobs * 4)))
    with ProcessPoolExecutor(
        jobs, mp_context=ctx, initializer=_init_worker, initargs=(options, transform, store)
    ) as pool:
        done = pool.map(_check_in_worker, [str(f) for f in misses], chunksize=chunk)
        for hit in hits:
            yield hit if hit is not None else next(done)
