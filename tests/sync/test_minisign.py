"""minisign-format signatures: what tafel writes, what it accepts, and each refusal in Dutch."""

from __future__ import annotations

import base64
import shutil
import subprocess
from pathlib import Path

import pytest

from tafel.errors import EXIT_BAD_BUNDLE, HandtekeningFout
from tafel.sync.minisign import (
    MAX_MINISIG_CHARS,
    PublicKey,
    SigningKey,
    key_id_hex,
    sign,
    verify,
)

DATA = b"manifest bytes\n"


def _lines(text: str) -> list[str]:
    return text.split("\n")


def _with_line(text: str, index: int, line: str) -> str:
    lines = _lines(text)
    lines[index] = line
    return "\n".join(lines)


def _signature_bytes(text: str) -> bytearray:
    return bytearray(base64.b64decode(_lines(text)[1]))


def test_a_signature_verifies_and_returns_its_trusted_comment() -> None:
    key = SigningKey.generate()
    text = sign(DATA, key, "format:tafelbundel/1\tbundle_id:x ü")
    assert verify(DATA, text, key.public_key()) == "format:tafelbundel/1\tbundle_id:x ü"
    lines = _lines(text)
    assert lines[0] == f"untrusted comment: signature from tafel key {key_id_hex(key.key_id)}"
    assert _signature_bytes(text)[:2] == b"ED"  # the prehashed algorithm
    assert lines[2] == "trusted comment: format:tafelbundel/1\tbundle_id:x ü"
    assert text.endswith("\n") and len(lines) == 5


def test_the_public_key_is_minisigns_rw_line_and_reads_back() -> None:
    key = SigningKey.generate()
    line = key.public_key()
    assert line.startswith("RW") and len(line) == 56
    assert PublicKey.from_line(line) == key.public()
    assert PublicKey.from_line(line).to_line() == line


def test_the_secret_text_reads_back_and_never_shows_in_a_repr() -> None:
    key = SigningKey.generate()
    again = SigningKey.from_text(key.to_text())
    assert again == key and again.public_key() == key.public_key()
    assert key.to_text() not in repr(key) and "seed" not in repr(key)


def test_a_public_key_is_not_taken_for_a_secret_one() -> None:
    with pytest.raises(HandtekeningFout, match="ondertekensleutel van deze kluis is onleesbaar"):
        SigningKey.from_text(SigningKey.generate().public_key())


def test_a_trusted_comment_of_more_than_one_line_is_a_bug_of_the_caller() -> None:
    with pytest.raises(ValueError):
        sign(DATA, SigningKey.generate(), "two\nlines")


def test_changed_data_is_refused() -> None:
    key = SigningKey.generate()
    with pytest.raises(HandtekeningFout) as refused:
        verify(DATA + b"!", sign(DATA, key, "c"), key.public_key())
    assert str(refused.value) == (
        "De handtekening klopt niet: wat ondertekend is, is daarna gewijzigd."
    )
    assert refused.value.exit_code == EXIT_BAD_BUNDLE


def test_a_changed_trusted_comment_is_refused() -> None:
    key = SigningKey.generate()
    text = _with_line(sign(DATA, key, "bundle_id:1"), 2, "trusted comment: bundle_id:2")
    with pytest.raises(HandtekeningFout, match=r"vertrouwde opmerking .* gewijzigd"):
        verify(DATA, text, key.public_key())


def test_another_keys_signature_is_refused_by_its_key_id() -> None:
    key, other = SigningKey.generate(), SigningKey.generate()
    with pytest.raises(HandtekeningFout, match="andere sleutel dan die van de afzender"):
        verify(DATA, sign(DATA, other, "c"), key.public_key())


def test_another_key_with_the_same_key_id_is_refused_by_the_signature() -> None:
    key = SigningKey.generate()
    impostor = SigningKey(seed=SigningKey.generate().seed, key_id=key.key_id)
    with pytest.raises(HandtekeningFout, match="klopt niet"):
        verify(DATA, sign(DATA, impostor, "c"), key.public_key())


def test_the_legacy_algorithm_is_refused() -> None:
    key = SigningKey.generate()
    text = sign(DATA, key, "c")
    raw = _signature_bytes(text)
    raw[:2] = b"Ed"
    text = _with_line(text, 1, base64.b64encode(bytes(raw)).decode())
    with pytest.raises(HandtekeningFout, match="alleen minisign ‘ED’"):
        verify(DATA, text, key.public_key())


@pytest.mark.parametrize("damage", [
    lambda t: _with_line(t, 1, "not base64!"),
    lambda t: _with_line(t, 1, _lines(t)[1][:-4]),
    lambda t: _with_line(t, 3, "AAAA"),
    lambda t: _with_line(t, 0, "comment: no prefix"),
    lambda t: _with_line(t, 2, "trusted: no prefix"),
    lambda t: "\n".join(_lines(t)[:3]),
    lambda t: "",
    lambda t: t.replace("trusted comment: c", "trusted comment: c\rd"),
])
def test_an_unreadable_signature_is_refused(damage: object) -> None:
    key = SigningKey.generate()
    text = damage(sign(DATA, key, "c"))  # type: ignore[operator]
    with pytest.raises(HandtekeningFout, match="onleesbaar"):
        verify(DATA, text, key.public_key())


def test_an_absurdly_long_signature_is_not_even_read() -> None:
    key = SigningKey.generate()
    with pytest.raises(HandtekeningFout, match="veel te lang"):
        verify(DATA, sign(DATA, key, "c") + "x" * MAX_MINISIG_CHARS, key.public_key())


@pytest.mark.parametrize("line", ["", "RW", "age1qqq", "RWxx" * 20,
                                  base64.b64encode(b"Xx" + bytes(40)).decode()])
def test_a_bad_public_key_is_refused(line: str) -> None:
    key = SigningKey.generate()
    with pytest.raises(HandtekeningFout, match="openbare ondertekensleutel is onleesbaar"):
        verify(DATA, sign(DATA, key, "c"), line)


def test_a_signature_made_by_the_real_minisign_verifies(tmp_path: Path) -> None:
    tool = shutil.which("minisign")
    if tool is None:
        pytest.skip("minisign is not installed (.ci/run installs it)")
    secret, public, message = tmp_path / "k.sec", tmp_path / "k.pub", tmp_path / "m"
    subprocess.run([tool, "-G", "-W", "-s", secret, "-p", public], check=True,
                   capture_output=True)
    message.write_bytes(DATA)
    subprocess.run([tool, "-S", "-s", secret, "-m", message, "-t", "from minisign"],
                   check=True, capture_output=True)
    line = public.read_text().splitlines()[1]
    assert verify(DATA, Path(f"{message}.minisig").read_text(), line) == "from minisign"
    subprocess.run([tool, "-S", "-l", "-s", secret, "-m", message, "-t", "legacy"],
                   check=True, capture_output=True)
    with pytest.raises(HandtekeningFout, match="alleen minisign ‘ED’"):
        verify(DATA, Path(f"{message}.minisig").read_text(), line)
