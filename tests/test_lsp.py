"""`lkjip lsp` driven by a language client over stdio (pygls' own client), as an editor would.

The client opens a data file, sees the server publish lkjip's finding on it,
edits the buffer (unsaved) so the figure follows and sees the finding go; then
edits a targets file (unsaved) and sees the data file's finding come back from
the target, and a broken edit of it reported on the targets file itself.
"""

from __future__ import annotations

import asyncio
import os
import shutil
import sys
from pathlib import Path

import pytest
from lsprotocol import types
from pygls.lsp.client import BaseLanguageClient

from tests.conftest import MINIMAL, ROOT

WRONG = MINIMAL.replace("capaian: 38%", "capaian: 83%")


class Client(BaseLanguageClient):
    def __init__(self) -> None:
        super().__init__("lkjip-test", "1")
        self.published: asyncio.Queue[types.PublishDiagnosticsParams] = asyncio.Queue()


async def _until(client: Client, uri: str, test: object, timeout: float = 60) -> list[types.Diagnostic]:
    """The diagnostics of `uri` once `test(codes)` holds of what was last published for it."""
    loop = asyncio.get_running_loop()
    end = loop.time() + timeout
    while True:
        params = await asyncio.wait_for(client.published.get(), max(end - loop.time(), 0.01))
        if params.uri == uri and test([str(d.code) for d in params.diagnostics]):  # type: ignore[operator]
            return params.diagnostics


@pytest.fixture
def workspace(tmp_path: Path) -> Path:
    shutil.copytree(ROOT / "rules" / "bp2mi", tmp_path / "rules" / "bp2mi")
    shutil.copytree(ROOT / "tests" / "cases" / "rules" / "contoh", tmp_path / "rules" / "contoh")
    (tmp_path / "data").mkdir()
    (tmp_path / "data" / "contoh.yaml").write_text(WRONG, "utf-8")
    return tmp_path


async def test_a_finding_appears_and_disappears_as_the_file_is_edited(workspace: Path) -> None:
    client = Client()

    @client.feature(types.TEXT_DOCUMENT_PUBLISH_DIAGNOSTICS)
    def _published(params: types.PublishDiagnosticsParams) -> None:
        client.published.put_nowait(params)

    env = {**os.environ, "LKJIP_CACHE_DIR": str(workspace / ".cache")}
    await client.start_io(sys.executable, "-m", "lkjip_tui", "lsp", cwd=str(workspace), env=env)
    try:
        await client.initialize_async(
            types.InitializeParams(
                capabilities=types.ClientCapabilities(),
                root_uri=workspace.as_uri(),
                initialization_options={"lang": "en"},
            )
        )
        client.initialized(types.InitializedParams())
        data = (workspace / "data" / "contoh.yaml").as_uri()
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(uri=data, language_id="yaml", version=1, text=WRONG)
            )
        )
        [finding] = [d for d in await _until(client, data, lambda c: "LKJ101" in c) if d.code == "LKJ101"]
        assert finding.severity == types.DiagnosticSeverity.Error and finding.source == "lkjip"
        assert "capaian" in finding.message and "83%" in finding.message  # in English, as asked
        line = WRONG.splitlines().index("      IKU1: {target: 375, realisasi: 142, capaian: 83%}")
        column = WRONG.splitlines()[line].index("83%")
        assert (finding.range.start.line, finding.range.start.character) == (line, column)
        assert finding.range.end.character == column + len("83%")  # the value, whole
        assert finding.code_description is not None
        assert finding.code_description.href.endswith("docs/rules.md#lkj101")

        # Typing: three quick edits, the last one fixes the figure; unsaved.
        for version, text in enumerate((WRONG.replace("83%", "3%"), WRONG.replace("83%", "8%"), MINIMAL), 2):
            client.text_document_did_change(
                types.DidChangeTextDocumentParams(
                    text_document=types.VersionedTextDocumentIdentifier(uri=data, version=version),
                    content_changes=[types.TextDocumentContentChangeWholeDocument(text=text)],
                )
            )
        assert "LKJ101" not in [d.code for d in await _until(client, data, lambda c: "LKJ101" not in c)]

        # A targets file edited, not saved: the report it governs is checked with it.
        targets = workspace / "rules" / "contoh" / "2023.toml"
        text = targets.read_text("utf-8")
        client.text_document_did_open(
            types.DidOpenTextDocumentParams(
                text_document=types.TextDocumentItem(
                    uri=targets.as_uri(), language_id="toml", version=1, text=text
                )
            )
        )
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=targets.as_uri(), version=2),
                content_changes=[
                    types.TextDocumentContentChangeWholeDocument(
                        text=text.replace("annual = 1500", "annual = 1600", 1)
                    )
                ],
            )
        )
        await _until(client, data, lambda c: "LKJ201" in c)
        client.text_document_did_change(
            types.DidChangeTextDocumentParams(
                text_document=types.VersionedTextDocumentIdentifier(uri=targets.as_uri(), version=3),
                content_changes=[
                    types.TextDocumentContentChangeWholeDocument(
                        text=text.replace("annual = 1500", "anual = 1500", 1)
                    )
                ],
            )
        )
        [broken] = await _until(client, targets.as_uri(), lambda c: len(c) == 1)
        assert "anual" in broken.message and broken.range.start.line == text.splitlines().index(
            "annual = 1500"
        )
        await client.shutdown_async(None)
        client.exit(None)
        assert await asyncio.wait_for(client._server.wait(), 30) == 0  # type: ignore[union-attr]
    finally:
        server = client._server
        if server is not None and server.returncode is None:
            server.kill()  # a failed assertion above: do not wait for a server never told to exit
        await client.stop()


def test_the_configurations_warnings_are_shown_on_the_configuration(
    workspace: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """What `lkjip check` warns of in a configuration reaches the editor too, once, on the
    configuration's own line; fixed in the buffer, it goes."""
    from lkjip_tui.lsp.diagnose import SEVERITY, diagnose

    monkeypatch.chdir(workspace)
    settings = workspace / "lkjip.toml"
    settings.write_text('exclude = ["dta/**"]\n', "utf-8")
    (workspace / "data" / "lain.yaml").write_text(MINIMAL, "utf-8")
    data = workspace / "data" / "contoh.yaml"
    opened = {data.resolve(): data.read_text("utf-8")}
    shown = diagnose(data, opened, workspace, "en")
    [warning] = shown[settings.resolve()]
    assert warning.severity == SEVERITY["warning"] and "dta/**" in warning.message
    assert (warning.line, warning.column) > (0, 0)
    fixed = {**opened, settings.resolve(): 'exclude = ["data/lain.yaml"]\n'}
    assert diagnose(data, fixed, workspace, "en").get(settings.resolve(), []) == []


def test_the_command_line_imports_pygls_only_for_lsp() -> None:
    import subprocess

    code = "import sys; from lkjip_tui.cli import main; print(sorted(m for m in sys.modules if m.startswith(('pygls', 'lsprotocol'))))"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"
