"""The language server: pygls over stdio, diagnostics published after each pause in typing.

Every open or changed document is checked `DEBOUNCE` seconds after its last
change (a newer change cancels the wait), in one worker thread so that the
buffers standing in for files (`model.source.unsaved`) are never read by two
checks at once. What a check finds is published for every file it concerns;
a file it no longer concerns is cleared. The language is the configuration's,
or `{"lang": "en"}` in the client's initializationOptions.
"""

from __future__ import annotations

import asyncio
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from typing import Any

from lsprotocol import types
from pygls.lsp.server import LanguageServer
from pygls.uris import from_fs_path, to_fs_path

from lkjip_tui import __version__
from lkjip_tui.lsp.diagnose import as_lsp, diagnose, lines_of, rules_docs

DEBOUNCE = 0.3  # seconds of quiet after a change before checking


class LkjipServer(LanguageServer):
    def __init__(self) -> None:
        super().__init__("lkjip", __version__, text_document_sync_kind=types.TextDocumentSyncKind.Full)
        self.lang: str | None = None
        self.docs = rules_docs()
        self._pending: dict[str, asyncio.Task[None]] = {}
        self._published: dict[str, set[str]] = {}  # an edited document -> the files it published
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="lkjip-check")

    def root(self) -> Path:
        root = self.workspace.root_path
        return Path(root) if root else Path.cwd()

    def buffers(self) -> dict[Path, str]:
        out = {}
        for uri, doc in self.workspace.text_documents.items():
            path = to_fs_path(uri)
            if path:
                out[Path(path).resolve()] = doc.source
        return out

    def schedule(self, uri: str) -> None:
        pending = self._pending.pop(uri, None)
        if pending is not None:
            pending.cancel()
        self._pending[uri] = asyncio.ensure_future(self._check_later(uri))

    async def _check_later(self, uri: str) -> None:
        await asyncio.sleep(DEBOUNCE)
        path = to_fs_path(uri)
        if not path:
            return
        buffers = self.buffers()
        loop = asyncio.get_running_loop()
        found = await loop.run_in_executor(
            self._worker, diagnose, Path(path), buffers, self.root(), self.lang
        )
        published = set()
        for file, problems in found.items():
            lines = lines_of(file, buffers)
            diagnostics = [
                self._diagnostic(as_lsp(p, lines[p.line - 1] if 0 < p.line <= len(lines) else "", self.docs))
                for p in problems
            ]
            target = from_fs_path(str(file)) or file.as_uri()
            published.add(target)
            self.text_document_publish_diagnostics(
                types.PublishDiagnosticsParams(uri=target, diagnostics=diagnostics)
            )
        for stale in self._published.get(uri, set()) - published:
            self.text_document_publish_diagnostics(types.PublishDiagnosticsParams(uri=stale, diagnostics=[]))
        self._published[uri] = published

    def _diagnostic(self, data: dict[str, Any]) -> types.Diagnostic:
        where = data["range"]
        start, end = where["start"], where["end"]
        href = data.get("codeDescription", {}).get("href")
        return types.Diagnostic(
            range=types.Range(
                start=types.Position(line=start["line"], character=start["character"]),
                end=types.Position(line=end["line"], character=end["character"]),
            ),
            message=data["message"],
            severity=types.DiagnosticSeverity(data["severity"]),
            code=data.get("code"),
            code_description=types.CodeDescription(href=href) if href else None,
            source=data["source"],
        )


server = LkjipServer()


@server.feature(types.INITIALIZE)
def _initialize(ls: LkjipServer, params: types.InitializeParams) -> None:
    options = params.initialization_options
    if isinstance(options, dict) and options.get("lang") in ("id", "en"):
        ls.lang = options["lang"]


@server.feature(types.TEXT_DOCUMENT_DID_OPEN)
def _opened(ls: LkjipServer, params: types.DidOpenTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CHANGE)
def _changed(ls: LkjipServer, params: types.DidChangeTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_SAVE)
def _saved(ls: LkjipServer, params: types.DidSaveTextDocumentParams) -> None:
    ls.schedule(params.text_document.uri)


@server.feature(types.TEXT_DOCUMENT_DID_CLOSE)
def _closed(ls: LkjipServer, params: types.DidCloseTextDocumentParams) -> None:
    # Closed: its text is the file's again; what it governs is checked from disk.
    ls.schedule(params.text_document.uri)


def run() -> int:
    """Serve over stdio until the client says exit."""
    server.start_io()
    return 0
