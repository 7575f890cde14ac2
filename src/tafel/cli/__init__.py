"""The command line: ``tafel COMMAND``, for scripting and tests (the app needs no argument).

``parser`` builds the parser and runs a command; ``session`` opens a vault for one command;
``vault_commands`` and ``plan_commands`` hold the commands themselves.
"""

from tafel.cli.parser import build_parser, run_command

__all__ = ["build_parser", "run_command"]
