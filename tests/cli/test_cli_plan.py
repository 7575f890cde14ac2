"""``tafel print`` and ``tafel verify``, run in-process on a real demo vault."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys
from collections.abc import Iterator
from datetime import date
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from tafel.app import main
from tafel.cli.plan_commands import NOT_A_PLAN
from tafel.domain.plan_doc import SetText
from tafel.errors import EXIT_MISMATCH, EXIT_OK
from tafel.services import Services
from tafel.services.casussen import NieuweCasus
from tafel.services.plan_print import plan_pdf, read_plan_hash
from tests.builders import CASE, PASSPHRASE, TODAY, build_plan, current_hash, pdf_text, young_bsn
from tests.forgeries import canvas_pdf, with_text


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
    changes = demo_services.casussen.register(NieuweCasus(
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
    # A code from paper: tafel cannot see the paper, so it never says the copy is right;
    # it says which version the code belongs to and shows that text to compare by hand.
    assert code == EXIT_OK and "Deze afdruk klopt" not in stdout
    assert stdout.startswith(f"Deze code hoort bij versie 1 van het toekomstplan van "
                             f"{built.jongere} ({CASE}, code {inhoud_hash[:12]}…).")
    assert "tafel kan een papieren afdruk niet zelf lezen, dus ook niet vergelijken." in stdout
    frozen = stdout[stdout.index(f"Controlecode (SHA-256): {inhoud_hash}"):]
    for words in ("Over een half jaar woon ik op mezelf en kook ik crème brûlée.",
                  "Ik wil een eigen kamer in Almelo.", "Huisvesting 4",
                  "- Inschrijven bij de woningcorporatie (Wonen) · " + built.jongere,
                  "Maatschappelijke opvang: € 90,00 per nacht × 1 × 180 nachten = € 16.200,00",
                  "Lukt het niet, dan bel ik mijn zus en mag ik daar slapen."):
        assert words in frozen, words
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), "--json", "--hash",
                          inhoud_hash)
    answer = json.loads(stdout)
    assert code == EXIT_OK and answer["compared_with"] == "paper"
    assert answer["matches"] is None and "Ik wil beter slapen." in answer["frozen_text"]
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), "--hash", "0" * 64)
    assert code == EXIT_MISMATCH and "past bij geen enkel plan" in stdout
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


def test_verify_refuses_a_real_code_beside_other_words(
    demo_services: Services, demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    build_plan(demo_services)
    out = tmp_path / "plan.pdf"
    code, _, stderr = run(capsys, "print", "--vault", str(demo_path), "--case", CASE,
                          "--out", str(out))
    assert code == EXIT_OK, stderr
    inhoud_hash = read_plan_hash(out.read_bytes())
    assert inhoud_hash is not None
    forged = tmp_path / "vals.pdf"
    forged.write_bytes(canvas_pdf(["Mijn toekomstplan", "De gemeente betaalt 25.000 euro."],
                                  code_in_text=inhoud_hash))
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), str(forged))
    assert code == EXIT_MISMATCH
    assert "Deze afdruk klopt:" not in stdout and "precies deze tekst getekend" not in stdout
    assert stdout.startswith("Pas op: de tekst van deze afdruk verschilt van de tekst die de "
                             "kluis onder deze code bewaart")
    assert "De gemeente betaalt 25.000 euro." in stdout
    assert "Deze afdruk heeft 1 pagina; in de kluis heeft deze versie er" in stdout

    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), "--json", str(forged))
    answer = json.loads(stdout)
    assert code == EXIT_MISMATCH and answer["found"] and answer["matches"] is False
    assert answer["compared_with"] == "printed_copy" and answer["pages"] == 1
    assert any("De gemeente betaalt 25.000 euro." in d for d in answer["differences"])


def test_verify_refuses_a_code_that_is_only_in_the_metadata(
    demo_services: Services, demo_path: Path, tmp_path: Path,
    capsys: pytest.CaptureFixture[str],
) -> None:
    built = build_plan(demo_services)
    out = tmp_path / "plan.pdf"
    assert run(capsys, "print", "--vault", str(demo_path), "--case", CASE,
               "--out", str(out))[0] == EXIT_OK
    inhoud_hash = current_hash(demo_services, built)
    forged = tmp_path / "vals.pdf"
    forged.write_bytes(canvas_pdf(["Mijn toekomstplan", "Nadia krijgt een auto van de gemeente."],
                                  code_in_metadata=inhoud_hash))
    assert inhoud_hash not in pdf_text(forged.read_bytes())
    code, stdout, _ = run(capsys, "verify", "--vault", str(demo_path), str(forged))
    assert code == EXIT_MISMATCH and "verschilt" in stdout.splitlines()[0]
    assert "Nadia krijgt een auto van de gemeente." in stdout


def test_verify_as_a_real_process_accepts_the_print_and_refuses_one_changed_word(
    demo_path: Path, tmp_path: Path,
) -> None:
    from tafel.vault import Vault

    vault = Vault.open(demo_path, PASSPHRASE)
    try:
        services = Services(vault, "Fatima Amrani", today=lambda: TODAY)
        built = build_plan(services)
        genuine = plan_pdf(services, built.version_id, record="afgedrukt")
        forged = with_text(services, built.version_id, "vangnet",
                           "Lukt het niet, dan betaalt de gemeente mijn huur.", like=genuine)
    finally:
        vault.lock()
    (tmp_path / "echt.pdf").write_bytes(genuine)
    (tmp_path / "vals.pdf").write_bytes(forged)
    env = {**os.environ, "TAFEL_PASSPHRASE": PASSPHRASE}

    def tafel_verify(name: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [sys.executable, "-m", "tafel", "verify", "--vault", str(demo_path),
             str(tmp_path / name)],
            capture_output=True, text=True, env=env, stdin=subprocess.DEVNULL, timeout=120)

    result = tafel_verify("echt.pdf")
    assert result.returncode == EXIT_OK, result.stdout + result.stderr
    assert result.stdout.startswith("Deze afdruk klopt")
    result = tafel_verify("vals.pdf")
    assert result.returncode == EXIT_MISMATCH, result.stdout + result.stderr
    assert "Deze afdruk klopt" not in result.stdout
    assert "betaalt de gemeente mijn huur" in result.stdout
    assert "mag ik daar slapen" in result.stdout  # what the vault holds instead
