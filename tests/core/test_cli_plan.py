"""``tafel print`` and ``tafel verify``, run in-process on a real demo vault."""

from __future__ import annotations

import json
import os
import stat
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from tafel.app import main
from tafel.cli_plan import NOT_A_PLAN
from tafel.domain.plan_doc import SetText
from tafel.services import Services
from tafel.services.cases import NewCase
from tests.conftest import PASSPHRASE
from tests.core.test_plan_pdf import CASE, build_plan, current_hash, pdf_text, young_bsn


@pytest.fixture(autouse=True)
def _passphrase(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """The CLI reads the passphrase from the environment; ``main`` tightens the umask."""
    monkeypatch.setenv("TAFEL_PASSPHRASE", PASSPHRASE)
    previous = os.umask(0o077)
    os.umask(previous)
    yield
    os.umask(previous)


_OPEN: list[Services] = []


@pytest.fixture(autouse=True)
def _hand_over_the_vault(request: pytest.FixtureRequest) -> Iterator[None]:
    """One process holds a vault at a time: the test's own services step aside for a command."""
    if "demo_services" in request.fixturenames:
        _OPEN.append(request.getfixturevalue("demo_services"))
    yield
    _OPEN.clear()


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[int, str, str]:
    for services in _OPEN:
        services.context.vault.lock()
    try:
        code = main(list(argv))
    finally:
        for services in _OPEN:
            services.context.vault.unlock(PASSPHRASE)
    out, err = capsys.readouterr()
    return code, out, err


def test_print_then_verify_matches_then_says_replaced_after_an_edit(
    demo_services: Services, demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    built = build_plan(demo_services)
    out = tmp_path / "afdruk" / "plan.pdf"
    out.parent.mkdir()
    code, stdout, stderr = run(capsys, "print", "--vault", str(demo_path), "--case", CASE,
                               "--out", str(out))
    assert code == 0, stderr
    inhoud_hash = current_hash(demo_services, built)
    assert stdout.count("\n") == 1 and "opgeslagen in" in stdout and inhoud_hash in stdout
    assert sorted(p.name for p in out.parent.iterdir()) == ["plan.pdf"]  # no temp file left
    assert stat.S_IMODE(out.stat().st_mode) & 0o077 == 0  # personal data: for the user only
    assert inhoud_hash in pdf_text(out.read_bytes())

    code, stdout, stderr = run(capsys, "verify", "--vault", str(demo_path), str(out))
    assert code == 0, stderr
    assert stdout.startswith("Deze afdruk klopt")
    assert "Niet vervangen" in stdout and "Nog niet getekend door" in stdout

    demo_services.plans.edit(built.version_id, SetText("vangnet", "Dan bel ik de coach."))
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), str(out))
    assert code == 0
    assert "Vervangen" in stdout and "Niet vervangen" not in stdout
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), "--json", str(out))
    answer = json.loads(stdout)
    assert code == 0 and answer["found"] and answer["replaced"] and answer["hash"] == inhoud_hash


def test_print_by_case_id_version_and_with_bsn(
    demo_services: Services, demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    built = build_plan(demo_services)
    out = tmp_path / "plan.pdf"
    code, _, stderr = run(capsys, "print", "--vault", str(demo_path), "--case",
                          str(built.case_id), "--out", str(out), "--version", "1",
                          "--with-bsn")
    assert code == 0, stderr
    assert f"BSN {young_bsn(demo_services, built.case_id)}" in pdf_text(out.read_bytes())
    code, _, stderr = run(capsys, "print", "--vault", str(demo_path), "--case", CASE,
                          "--out", str(out), "--version", "9")
    assert code == 1 and stderr.strip() == "Dit plan heeft geen versie 9."


def test_print_failures_are_one_dutch_line(
    demo_services: Services, demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    changes = demo_services.cases.register(NewCase(
        "Familie Ëlmers", "Zoë", "Ëlmers", date(2006, 4, 1), "Sanne Kalkhoven"))
    code, stdout, stderr = run(capsys, "print", "--vault", str(demo_path), "--case",
                               str(changes.primary_id), "--out", str(tmp_path / "x.pdf"))
    assert (code, stdout) == (1, "")
    assert stderr.strip() == "Deze casus heeft nog geen toekomstplan."
    code, _, stderr = run(capsys, "print", "--vault", str(demo_path), "--case", CASE,
                          "--out", str(tmp_path / "nergens" / "x.pdf"))
    assert code == 1 and stderr.strip().startswith("De map ") and "bestaat niet" in stderr
    code, _, stderr = run(capsys, "print", "--vault", str(demo_path), "--case", "T-1999-0001",
                          "--out", str(tmp_path / "x.pdf"))
    assert code == 1 and stderr.strip() == "Er is geen casus 'T-1999-0001' in deze kluis."
    assert list(tmp_path.glob("*.pdf")) == []


def test_verify_by_hash(
    demo_services: Services, demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    built = build_plan(demo_services)
    inhoud_hash = current_hash(demo_services, built)  # signed, so frozen in the vault
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), "--hash",
                          inhoud_hash.upper())
    assert code == 0 and stdout.startswith("Deze afdruk klopt")
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), "--hash", "0" * 64)
    assert code == 1 and "past bij geen enkel plan" in stdout
    code, _, stderr = run(capsys, "verify", "--vault", str(demo_path), "--hash", "abc123")
    assert code == 1 and stderr.strip() == (
        "Een controlecode bestaat uit 64 tekens: cijfers en a tot en met f.")


def test_verify_on_a_file_that_is_not_a_plan(
    demo_path: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str],
) -> None:
    other = tmp_path / "brief.pdf"
    canvas = Canvas(str(other))
    canvas.drawString(72, 720, "Een gewone brief.")
    canvas.save()
    junk = tmp_path / "foto.pdf"
    junk.write_bytes(b"\x89PNG\r\n" + bytes(range(256)) * 4)
    for path in (other, junk):
        code, stdout, stderr = run(capsys, "verify", "--vault", str(demo_path), str(path))
        assert (code, stdout, stderr.strip()) == (1, "", NOT_A_PLAN)
    code, _, stderr = run(capsys, "verify", "--vault", str(demo_path),
                          str(tmp_path / "weg.pdf"))
    assert code == 1 and "bestaat niet" in stderr and len(stderr.strip().splitlines()) == 1
