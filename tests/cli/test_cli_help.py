"""``tafel --help`` is Dutch from top to bottom, argparse's own words included.

It mixed Dutch descriptions with argparse's English ("usage:", "positional arguments",
"options", "show this help message and exit"). Run as real processes, like a user would.
"""

from __future__ import annotations

import pytest

from tests.cli.invoke import tafel

ENGLISH = ("usage:", "positional arguments", "optional arguments", "options:",
           "show this help message", "show program's version", " VAULT", " CASE", " OUT")
COMMANDS = ("init", "demo", "check", "rekey", "cases", "show", "print", "verify")


def test_the_main_help_is_dutch() -> None:
    result = tafel("--help")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert [word for word in ENGLISH if word in text] == []
    assert text.startswith("gebruik: tafel ")
    assert "opdrachten:" in text and "opties:" in text
    assert "toon deze hulp en stop" in text
    assert "toon de versie van tafel en stop" in text
    for command in COMMANDS:
        assert f"\n    {command} " in text  # every command listed with its Dutch line


@pytest.mark.parametrize("command", COMMANDS)
def test_each_command_s_help_is_dutch(command: str) -> None:
    result = tafel(command, "-h")
    assert result.returncode == 0, result.stderr
    text = result.stdout
    assert [word for word in ENGLISH if word in text] == []
    assert text.startswith(f"gebruik: tafel {command} ")
    assert "opties:" in text and "toon deze hulp en stop" in text
    assert "--vault KLUIS" in text


def test_a_wrong_command_line_still_gets_one_dutch_line_and_exit_64() -> None:
    result = tafel("print", "--vault")
    assert result.returncode == 64
    assert result.stderr.strip() == "tafel print: na --vault hoort een waarde. " \
                                    "Zie 'tafel print --help'."
