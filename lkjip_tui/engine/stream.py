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

from lkjip_tui.engine import discover
from lkjip_tui.engine.check import Engine, EngineOptions, FileResult, InternalError, Transform

T = TypeVar("T")


# One engine per worker process, so rules load once per process, and the
# caller's transform (rendering the output) runs where the file was checked.
_worker: tuple[Engine, Transform[Any], Any] | None = None


def _init_worker(options: EngineOptions, transform: Transform[Any], store: Any) -> None:
    global _worker
    _worker = (options.engine(), transform, store)


def _check_in_worker(paths: list[str]) -> list[Any]:
    assert _worker is not None
    engine, transform, store = _worker
    return [_check_one(engine, transform, store, Path(p)) for p in paths]


def _worker_died(engine: Engine, transform: Transform[T], path: Path, e: BaseException) -> T:
    """A worker that died checking this file (a segfault, the out-of-memory killer): its internal error."""
    shown = discover.display(path)
    return transform(FileResult(shown, internal=[InternalError.of(shown, "", "worker", e, engine.debug)]))


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
    chunk = max(1, min(32, len(misses) // (jobs * 4)))
    pooled = _pooled(misses, options, transform, store, engine, jobs, chunk)
    for hit in hits:
        yield hit if hit is not None else next(pooled)


def _pooled(
    files: list[Path],
    options: EngineOptions,
    transform: Transform[T],
    store: Any,
    engine: Engine,
    jobs: int,
    chunk: int,
) -> Iterator[T]:
    """The results of `files` in order, checked by a pool of processes in chunks.

    A worker that dies breaks the pool and every chunk in flight; the files from the first
    unfinished chunk on are then checked again one per task in a new pool, and a file whose
    task breaks that pool is checked alone: if it kills its worker again, it is that file's
    internal error and the rest go on in another new pool.
    """
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    methods = multiprocessing.get_all_start_methods()
    ctx = multiprocessing.get_context("fork" if "fork" in methods else None)

    def pool(workers: int) -> ProcessPoolExecutor:
        return ProcessPoolExecutor(
            workers, mp_context=ctx, initializer=_init_worker, initargs=(options, transform, store)
        )

    rest, size = files, chunk
    while rest:
        with pool(jobs) as p:
            tasks = [
                p.submit(_check_in_worker, [str(f) for f in rest[i : i + size]])
                for i in range(0, len(rest), size)
            ]
            done = 0
            try:
                for task in tasks:
                    out = task.result()
                    done += len(out)
                    yield from out
                rest = []
            except BrokenProcessPool:
                p.shutdown(wait=False, cancel_futures=True)
        if not rest:
            return
        rest = rest[done:]
        if size > 1:
            size = 1  # find the file: one per task from here
            continue
        # One per task and the pool broke at rest[0]: check it alone to know whether it did it.
        with pool(1) as alone:
            try:
                yield alone.submit(_check_in_worker, [str(rest[0])]).result()[0]
            except BrokenProcessPool as e:
                alone.shutdown(wait=False, cancel_futures=True)
                yield _worker_died(engine, transform, rest[0], e)
        rest = rest[1:]
