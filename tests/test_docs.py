"""Every command and option of the CLI is in docs/cli.md (regenerate with scripts/gen_cli_docs.py)."""

from __future__ import annotations

from pathlib import Path

import typer.main

from sigacts.cli.main import app

DOCS = Path(__file__).resolve().parents[1] / "docs" / "cli.md"


def test_every_command_and_option_is_documented() -> None:
    text = DOCS.read_text(encoding="utf-8")
    group = typer.main.get_command(app)
    for name, command in group.commands.items():  # type: ignore[attr-defined]
        assert f"## sigacts {name}" in text, f"command {name} missing from docs/cli.md"
        for param in command.params:
            for flag in param.opts:
                if flag.startswith("--"):
                    assert flag in text, f"{name} {flag} missing from docs/cli.md"
