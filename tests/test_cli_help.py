"""Every command has ``--help`` with an example and a page in docs/; the README lists exit codes."""

from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import pytest
import typer
from typer.testing import CliRunner

from readlist.cli import app

ROOT = Path(__file__).parents[1]
COMMANDS = sorted(typer.main.get_command(app).commands)  # type: ignore[attr-defined]
READLIST = Path(sys.executable).parent / "readlist"


def test_every_issue_command_exists() -> None:
    assert {"show", "overlap", "fetch", "export", "check", "stats"} <= set(COMMANDS)


@pytest.mark.parametrize("command", COMMANDS)
def test_help_has_an_example(command: str) -> None:
    result = CliRunner().invoke(app, [command, "--help"])
    assert result.exit_code == 0
    examples = [line.strip() for line in result.stdout.splitlines() if "Example:" in line]
    assert examples, f"`readlist {command} --help` shows no example"
    assert examples[0].startswith(f"Example: readlist {command}")


@pytest.mark.parametrize("command", COMMANDS)
def test_short_help_option(command: str) -> None:
    assert CliRunner().invoke(app, [command, "-h"]).exit_code == 0


@pytest.mark.parametrize("command", COMMANDS)
def test_documented_in_docs(command: str) -> None:
    """A page of docs/ whose title names the command (``# `readlist check`: ...``)."""
    titles = {
        page.name: page.read_text(encoding="utf-8").partition("\n")[0]
        for page in (ROOT / "docs").glob("*.md")
    }
    pages = [name for name, title in titles.items() if f"`readlist {command}`" in title]
    assert pages, f"no page in docs/ is titled after `readlist {command}`"


@pytest.mark.parametrize("command", COMMANDS)
def test_listed_in_readme(command: str) -> None:
    assert f"`readlist {command}`" in (ROOT / "README.md").read_text(encoding="utf-8")


def test_readme_has_an_exit_code_table() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = re.search(r"^#+ Exit codes\n(.*?)(?=^#)", readme, re.MULTILINE | re.DOTALL)
    assert section, "README.md has no 'Exit codes' section"
    rows = [line for line in section.group(1).splitlines() if line.startswith("|")]
    codes = {row.split("|")[1].strip() for row in rows[2:]}
    assert {"0", "1", "2"} <= codes


@pytest.mark.skipif(not READLIST.exists(), reason="readlist script not installed")
def test_shell_completion_script() -> None:
    # the script --show-completion prints, asked for by name: detecting the user's
    # shell (what --show-completion does) fails where no shell started the tests
    env = {**_base_env(), "_READLIST_COMPLETE": "source_bash"}
    result = subprocess.run([str(READLIST)], capture_output=True, text=True, timeout=60,
                            env=env, check=False)  # fmt: skip
    assert result.returncode == 0
    assert "complete" in result.stdout and "_READLIST_COMPLETE" in result.stdout


@pytest.mark.skipif(not READLIST.exists(), reason="readlist script not installed")
def test_completion_completes_commands() -> None:
    env = {"_READLIST_COMPLETE": "complete_bash", "COMP_WORDS": "readlist st", "COMP_CWORD": "1"}
    result = subprocess.run([str(READLIST)], capture_output=True, text=True, timeout=60,
                            env={**_base_env(), **env}, check=False)  # fmt: skip
    assert result.stdout.split() == ["stats"]


def _base_env() -> dict[str, str]:
    import os

    return {k: v for k, v in os.environ.items() if not k.startswith("_READLIST")}


@pytest.mark.skipif(not READLIST.exists(), reason="readlist script not installed")
def test_usage_error_has_no_traceback() -> None:
    result = subprocess.run([str(READLIST), "check", "--fail-on", "loud"], capture_output=True,
                            text=True, timeout=60, check=False)  # fmt: skip
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    assert "--fail-on" in result.stderr


def test_python_dash_m_readlist_is_the_command() -> None:
    done = subprocess.run(
        [
            sys.executable,
            "-m",
            "readlist",
            "show",
            "--json",
            str(ROOT / "examples" / "dsc204a-w24"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    assert '"lectures"' in done.stdout
