"""The package's shape: no module is part of an import cycle, and every layer says what it is."""

from __future__ import annotations

import importlib
import pkgutil

import grimp
import pytest

import lkjip_tui


def _cycles(graph: grimp.ImportGraph) -> list[list[str]]:
    """Strongly connected groups of more than one module (Tarjan, iterative)."""
    modules = sorted(graph.modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    out: list[list[str]] = []
    counter = 0
    for root in modules:
        if root in index:
            continue
        work = [(root, iter(sorted(graph.find_modules_directly_imported_by(root))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            for child in children:
                if child not in graph.modules:
                    continue
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.find_modules_directly_imported_by(child)))))
                    break
                if child in on_stack:
                    low[node] = min(low[node], index[child])
            else:
                work.pop()
                if work:
                    parent = work[-1][0]
                    low[parent] = min(low[parent], low[node])
                if low[node] == index[node]:
                    group = []
                    while True:
                        m = stack.pop()
                        on_stack.discard(m)
                        group.append(m)
                        if m == node:
                            break
                    if len(group) > 1:
                        out.append(sorted(group))
    return out


def test_no_module_is_part_of_an_import_cycle() -> None:
    graph = grimp.build_graph("lkjip_tui", include_external_packages=False, cache_dir=None)
    assert _cycles(graph) == []


def test_a_cycle_would_be_seen() -> None:
    """The check itself can fail: two modules importing each other form a group."""
    graph = grimp.ImportGraph()
    for m in ("p", "p.a", "p.b", "p.c"):
        graph.add_module(m)
    graph.add_import(importer="p.a", imported="p.b")
    graph.add_import(importer="p.b", imported="p.a")
    graph.add_import(importer="p.c", imported="p.a")
    assert _cycles(graph) == [["p.a", "p.b"]]


PACKAGES = [
    m.name for m in pkgutil.walk_packages(lkjip_tui.__path__, "lkjip_tui.") if m.ispkg and "._" not in m.name
]


@pytest.mark.parametrize("name", PACKAGES)
def test_every_package_says_what_it_is(name: str) -> None:
    doc = importlib.import_module(name).__doc__ or ""
    assert len(doc.strip()) > 40, f"{name} has no docstring saying what it holds"
