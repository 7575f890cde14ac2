"""How ``tafel ARGS`` is read: the launches that only open the app skip the parser.

A file manager opens a vault with its bare path (``tafel /pad/naar/kluis.tafel``: the .desktop
file's ``%f``, the Windows association's ``"%1"``), so a single argument that names a ``.tafel``
file opens the app on it, as ``--vault PATH`` does.
"""

from __future__ import annotations

from pathlib import Path

from tafel.app import app_arguments, split_debug


def test_the_everyday_launches_open_the_app() -> None:
    assert app_arguments([]) == (None, False)
    assert app_arguments(["--demo"]) == (None, True)
    assert app_arguments(["--vault", "werk.tafel"]) == (Path("werk.tafel"), False)


def test_a_bare_vault_path_from_the_file_manager_opens_the_app_on_it() -> None:
    assert app_arguments(["/home/sam/Documenten/werk.tafel"]) == (
        Path("/home/sam/Documenten/werk.tafel"), False)
    assert app_arguments([r"C:\Users\Sam\Mijn kluis.TAFEL"]) == (
        Path(r"C:\Users\Sam\Mijn kluis.TAFEL"), False)
    debug, rest = split_debug(["--debug", "werk.tafel"])
    assert debug and app_arguments(rest) == (Path("werk.tafel"), False)


def test_commands_and_other_files_still_go_to_the_parser() -> None:
    assert app_arguments(["verify", "plan.pdf"]) is None
    assert app_arguments(["cases"]) is None
    assert app_arguments(["plan.pdf"]) is None
    assert app_arguments(["--vault"]) is None
    assert app_arguments(["werk.tafel", "--demo"]) is None
    assert app_arguments(["-x.tafel"]) is None
