"""The command line on real vaults: in-process for speed, a real process where that matters.

Most commands run on a copy of the demo template (cheap key parameters); ``tafel demo``,
``tafel init`` and a typed passphrase run with the real key derivation, the typed
passphrase as a real process (getpass reads what is typed from the process's stdin).
"""

from __future__ import annotations

import json
import stat
from pathlib import Path

import pytest

from tafel.demo.households import DEMO_SURNAMES
from tests.builders import PASSPHRASE, copy_vault
from tests.cli.invoke import NAME_ENV, tafel, tafel_process


@pytest.fixture(scope="module")
def demo_dir(demo_template: Path, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A folder with a copy of the demo vault (passphrase :data:`PASSPHRASE`), ``v.tafel``."""
    folder = tmp_path_factory.mktemp("cli")
    copy = copy_vault(demo_template, folder / "tmp")
    copy.rename(folder / "v.tafel")
    copy.with_name(copy.name + ".kdf").rename(folder / "v.tafel.kdf")
    (folder / "tmp").rmdir()
    return folder


def test_demo_with_the_real_key_cost(tmp_path: Path) -> None:
    result = tafel("demo", "--vault", str(tmp_path / "v.tafel"))
    assert result.returncode == 0, result.stderr
    assert "tafel-demo-kluis" in result.stdout
    listed = tafel("cases", "--vault", str(tmp_path / "v.tafel"), "--json")
    assert listed.returncode == 0, listed.stderr  # the demo's published passphrase, unasked
    assert len(json.loads(listed.stdout)) >= 6


def test_cases_json_lists_the_demo(demo_dir: Path) -> None:
    result = tafel("cases", "--vault", str(demo_dir / "v.tafel"), "--json", passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    cases = json.loads(result.stdout)
    assert len(cases) >= 6
    for case in cases:
        assert {"id", "household", "status", "age", "casusregisseur"} <= case.keys()
    assert any(c["age"] == 17 for c in cases)


def test_no_demo_surname_in_clear_under_the_folder(demo_dir: Path) -> None:
    tafel("cases", "--vault", str(demo_dir / "v.tafel"), passphrase=PASSPHRASE)
    blobs = b"".join(p.read_bytes() for p in demo_dir.rglob("*") if p.is_file())
    for surname in DEMO_SURNAMES:
        assert surname.encode() not in blobs, surname
    for path in demo_dir.iterdir():
        assert stat.S_IMODE(path.stat().st_mode) & 0o077 == 0, path.name


def test_check_with_the_right_passphrase(demo_dir: Path) -> None:
    result = tafel("check", "--vault", str(demo_dir / "v.tafel"), passphrase=PASSPHRASE)
    assert result.returncode == 0, result.stderr
    assert "in orde" in result.stdout


def test_check_with_a_wrong_passphrase_exits_2_with_one_dutch_line(demo_dir: Path) -> None:
    result = tafel("check", "--vault", str(demo_dir / "v.tafel"), passphrase="niet de goede zin")
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert lines == [
        "Deze wachtwoordzin opent de kluis niet. Controleer hem en probeer het opnieuw."
    ]


def test_init_then_check_then_cases(tmp_path: Path) -> None:
    path = tmp_path / "nieuw.tafel"
    assert tafel("init", "--vault", str(path), passphrase=PASSPHRASE, env=NAME_ENV).returncode == 0
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert tafel("check", "--vault", str(path), passphrase=PASSPHRASE).returncode == 0
    listed = tafel("cases", "--vault", str(path), "--json", passphrase=PASSPHRASE)
    assert json.loads(listed.stdout) == []


def test_errors_are_one_line_without_traceback(tmp_path: Path) -> None:
    missing = tafel("check", "--vault", str(tmp_path / "nergens.tafel"), passphrase=PASSPHRASE)
    assert missing.returncode == 1
    assert missing.stderr.strip() == "Er staat op deze plek geen kluis."
    weak = tafel("init", "--vault", str(tmp_path / "z.tafel"), passphrase="kort",
                 env=NAME_ENV)
    assert weak.returncode == 1
    assert "Traceback" not in weak.stderr and len(weak.stderr.strip().splitlines()) == 1
    (tmp_path / "kapot.tafel").write_bytes(b"rommel" * 100)
    (tmp_path / "kapot.tafel.kdf").write_text("geen json")
    broken = tafel("check", "--vault", str(tmp_path / "kapot.tafel"), passphrase=PASSPHRASE)
    assert broken.returncode == 3
    assert "sleutelbestand" in broken.stderr and "Traceback" not in broken.stderr


def test_version() -> None:
    from tafel import __version__

    result = tafel("--version")
    assert result.returncode == 0
    assert result.stdout.strip() == f"tafel {__version__}"


def test_show_json_gives_both_scores_per_domain_and_the_instrument(demo_dir: Path) -> None:
    listed = json.loads(tafel("cases", "--vault", str(demo_dir / "v.tafel"), "--json",
                              passphrase=PASSPHRASE).stdout)
    shown = []
    for case in listed:
        result = tafel("show", "--vault", str(demo_dir / "v.tafel"), "--case", case["id"],
                       "--json", passphrase=PASSPHRASE)
        assert result.returncode == 0, result.stderr
        shown.append(json.loads(result.stdout))
    with_talks = [s for s in shown if s["assessments"]]
    assert len(with_talks) >= 3
    talk = next(a for s in with_talks for a in s["assessments"]
                if a["kind"] == "keukentafelgesprek")
    assert talk["instrument"] == {"id": "tafel-big5", "version": 1}
    assert "rapportcijfer" in talk and "date" in talk
    domains = [d for p in talk["pillars"] for d in p["domains"]]
    assert len(domains) == 13
    assert all({"professional", "young_person", "not_discussed"} <= d.keys() for d in domains)
    assert any(d["professional"] is not None and d["young_person"] is not None for d in domains)
    by_reference = tafel("show", "--vault", str(demo_dir / "v.tafel"), "--case",
                         listed[0]["referentie"], "--json", passphrase=PASSPHRASE)
    assert json.loads(by_reference.stdout)["id"] == listed[0]["id"]


def test_show_an_unknown_case_is_one_dutch_line(demo_dir: Path) -> None:
    result = tafel("show", "--vault", str(demo_dir / "v.tafel"), "--case", "T-1999-0001",
                   passphrase=PASSPHRASE)
    assert result.returncode == 1
    assert result.stderr.strip() == "Er is geen casus 'T-1999-0001' in deze kluis."


@pytest.mark.parametrize("passphrase", ["Tafel-Demo-Kluis", "1234567890", "wachtwoord",
                                        "Welkom2024!"])
def test_init_refuses_a_weak_passphrase_with_a_reason_and_an_example(
    tmp_path: Path, passphrase: str
) -> None:
    from tafel.errors import WeakPassphraseError

    path = tmp_path / "casussen.tafel"
    result = tafel("init", "--vault", str(path), passphrase=passphrase, env=NAME_ENV)
    assert result.returncode == WeakPassphraseError.exit_code == 1
    assert result.stdout == ""
    [line] = result.stderr.strip().splitlines()
    assert "Traceback" not in line
    assert "Kies vier of vijf losse woorden" in line
    example = line.split("Bijvoorbeeld: ", 1)[1]
    assert len(example.split("-")) == 4
    assert not path.exists()
    if passphrase == "wachtwoord":  # once: the example itself makes a vault (real key cost)
        made = tafel("init", "--vault", str(path), passphrase=example, env=NAME_ENV)
        assert made.returncode == 0, made.stderr


def test_init_refuses_a_weak_typed_passphrase_before_asking_it_again(tmp_path: Path) -> None:
    path = tmp_path / "casussen.tafel"
    result = tafel_process("init", "--vault", str(path),
                           typed="Fatima Amrani\n\n\nwachtwoord\nwachtwoord\n")
    assert result.returncode == 1
    assert "Nog een keer" not in result.stderr
    last = result.stderr.strip().splitlines()[-1]
    assert last.startswith("Deze wachtwoordzin staat in lijsten met veelgebruikte wachtwoorden.")
    assert "Bijvoorbeeld: " in last
    assert not path.exists()
