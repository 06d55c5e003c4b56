"""`lkjip lsp`: a language server that shows lkjip's own findings in an editor as files are edited.

An interface beside `tui/` (above `planning/`, below `cli/`, which imports it
only when `lkjip lsp` runs): `diagnose.py` turns a check of the edited
buffers into diagnostics, with no protocol in it; `server.py` speaks the
Language Server Protocol over stdio with pygls. Only here: pygls, lsprotocol.
"""
