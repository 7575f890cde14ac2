"""Every way a bundle is refused, each with its one Dutch sentence.

Most forged bundles come from someone who holds a recipient's key (the "holder"): they can
decrypt, change what they like, sign again and encrypt to the victim. The format cannot stop
them from sending a bundle under their own key; it must stop everything else.
"""

from __future__ import annotations

import json
import struct
import zipfile
from typing import Any

import pytest

from tafel.errors import BundelFout, BundelSleutelFout, BundelTeNieuwFout, HandtekeningFout
from tafel.sync.bundle import open_bundle, trusted_comment
from tafel.sync.guard import refused_as
from tafel.sync.limits import MAX_BUNDLE_BYTES, MAX_MANIFEST_BYTES, MAX_PARTS
from tafel.sync.minisign import SigningKey, sign
from tests.bundle_forgeries import (
    PARTS,
    Entries,
    Party,
    bundle_from,
    forge,
    manifest_of,
    party,
    repack,
    seal,
    signed_manifest,
    unpack,
)

DAMAGED = "Deze bundel is beschadigd of onvolledig; vraag de afzender om hem opnieuw te sturen."
NOT_A_PACKAGE = "Deze bundel is beschadigd: de inhoud is geen geldig tafel-pakket."


def _parties() -> tuple[Party, Party]:
    return party("Anna"), party("Bram")


def _refusal(data: bytes, victim: Party) -> BundelFout:
    with pytest.raises(BundelFout) as refused:
        open_bundle(data, identities=[victim.identity])
    return refused.value


def _entries() -> Entries:
    sender, victim = _parties()
    return unpack(bundle_from(sender, [victim]), victim.identity)


def _zip_to_victim(entries: Entries, compression: int = zipfile.ZIP_DEFLATED) -> bytes:
    return seal(repack(entries, compression), _parties()[1])


@pytest.mark.parametrize("data", [b"", b"PK\x03\x04 a zip", b"hello",
                                  b"-----BEGIN AGE ENCRYPTED FILE-----\n"])
def test_what_is_not_an_age_file_is_refused(data: bytes) -> None:
    assert str(_refusal(data, party("Bram"))) == (
        "Dit is geen tafel-bundel: het bestand is niet versleuteld zoals een bundel."
    )


def test_a_file_over_the_size_limit_is_refused_unread() -> None:
    data = b"age-encryption.org/v1\n" + bytes(MAX_BUNDLE_BYTES)
    assert str(_refusal(data, party("Bram"))).startswith("Deze bundel is groter dan tafel aankan")


def test_a_truncated_bundle_is_refused() -> None:
    sender, victim = _parties()
    data = bundle_from(sender, [victim])
    for cut in (len(data) - 1, len(data) - 40, len(data) // 2):
        assert str(_refusal(data[:cut], victim)) == DAMAGED


def test_a_flipped_bit_in_the_payload_is_refused() -> None:
    sender, victim = _parties()
    data = bytearray(bundle_from(sender, [victim]))
    data[-30] ^= 0x10
    assert str(_refusal(bytes(data), victim)) == DAMAGED


def test_a_header_that_asks_for_gigabytes_of_scrypt_memory_is_refused_before_scrypt() -> None:
    data = b"age-encryption.org/v1\n-> scrypt c2FsdHNhbHRzYWx0c2FsdA 30\nAAAA\n--- AAAA\n"
    with pytest.raises(BundelFout, match="te veel geheugen"):
        open_bundle(data, passphrase="x")


def test_a_zip_that_is_not_a_zip_is_refused() -> None:
    assert str(_refusal(seal(b"not a zip at all", _parties()[1]), _parties()[1])) == NOT_A_PACKAGE


@pytest.mark.parametrize("name", ["manifest.json", "manifest.json.minisig", "parts/plan.ydoc"])
def test_a_missing_entry_is_refused(name: str) -> None:
    entries = [(n, d) for n, d in _entries() if n != name]
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        f"Deze bundel is onvolledig: het onderdeel ‘{name}’ ontbreekt."
    )


def test_an_extra_entry_is_refused() -> None:
    entries = [*_entries(), ("parts/virus.exe", b"MZ")]
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        "Deze bundel bevat een onderdeel dat er niet in hoort (‘parts/virus.exe’)."
    )


def test_a_duplicate_entry_is_refused() -> None:
    entries = _entries()
    entries.append(("parts/plan.ydoc", b"second copy"))
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        "Deze bundel bevat het onderdeel ‘parts/plan.ydoc’ twee keer."
    )


def test_a_changed_part_is_refused() -> None:
    entries = [(n, b"\x01\x02PLAN update " * 40 if n == "parts/plan.ydoc" else d)
               for n, d in _entries()]
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        "Het onderdeel ‘plan.ydoc’ van deze bundel is gewijzigd na het ondertekenen."
    )


def test_a_part_of_another_size_is_refused() -> None:
    entries = [(n, d + b"!" if n == "parts/plan.ydoc" else d) for n, d in _entries()]
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        "Het onderdeel ‘plan.ydoc’ heeft een andere grootte dan de inhoudsopgave zegt."
    )


def test_a_changed_manifest_under_the_old_signature_is_refused() -> None:
    entries = _entries()
    manifest = manifest_of(entries)
    manifest["case"]["reference"] = "ZS-2026-999"
    raw = json.dumps(manifest, sort_keys=True, ensure_ascii=False, separators=(",", ":"))
    entries[0] = ("manifest.json", raw.encode())
    refused = _refusal(_zip_to_victim(entries), _parties()[1])
    assert isinstance(refused, HandtekeningFout)
    assert str(refused) == "De handtekening klopt niet: wat ondertekend is, is daarna gewijzigd."


def test_a_signature_by_another_key_than_the_manifest_names_is_refused() -> None:
    sender, victim = _parties()
    data = forge(bundle_from(sender, [victim]), victim, victim, own_key_in_manifest=False)
    assert str(_refusal(data, victim)) == (
        "De handtekening is gezet met een andere sleutel dan die van de afzender."
    )


def test_a_key_made_to_carry_the_senders_key_id_is_refused() -> None:
    sender, victim = _parties()
    impostor = SigningKey(seed=SigningKey.generate().seed, key_id=sender.signing.key_id)
    data = forge(bundle_from(sender, [victim]), victim, victim, key=impostor,
                 own_key_in_manifest=False)
    assert str(_refusal(data, victim)).startswith("De handtekening klopt niet")


def test_a_changed_trusted_comment_is_refused() -> None:
    entries = _entries()
    text = dict(entries)["manifest.json.minisig"].decode()
    text = text.replace("trusted comment: format:", "trusted comment: format: ")
    entries[1] = ("manifest.json.minisig", text.encode())
    assert "vertrouwde opmerking" in str(_refusal(_zip_to_victim(entries), _parties()[1]))


def test_a_valid_signature_with_a_comment_for_another_manifest_is_refused() -> None:
    sender, victim = _parties()
    entries = unpack(bundle_from(sender, [victim]), victim.identity)
    manifest = manifest_of(entries)
    manifest["sender"]["signing_public_key"] = victim.signing_public_key
    entries[:2] = zip(("manifest.json", "manifest.json.minisig"),
                      signed_manifest(manifest, victim.signing, comment="looks fine"),
                      strict=True)
    assert str(_refusal(_zip_to_victim(entries), victim)) == (
        "De handtekening van deze bundel hoort bij een andere inhoudsopgave."
    )


def _forged_manifest(change: Any) -> BundelFout:
    sender, victim = _parties()
    return _refusal(forge(bundle_from(sender, [victim]), victim, victim,
                          change=lambda m, p: change(m)), victim)


def test_a_newer_format_asks_to_update_tafel() -> None:
    refused = _forged_manifest(lambda m: m.update(format="tafelbundel/2", new_field=1))
    assert isinstance(refused, BundelTeNieuwFout)
    assert str(refused) == (
        "Deze bundel is gemaakt met een nieuwere versie van tafel; werk tafel bij."
    )


@pytest.mark.parametrize("value", ["tafelbundel/0", "tafelbundel/01", "zipbundel/1", 1, None])
def test_an_unknown_format_is_refused(value: object) -> None:
    refused = _forged_manifest(lambda m: m.update(format=value))
    assert str(refused) == "Dit is geen tafel-bundel: de inhoudsopgave noemt een onbekend formaat."


@pytest.mark.parametrize(("change", "place"), [
    (lambda m: m.update(surprise=True), "het geheel"),
    (lambda m: m["sender"].pop("role"), "sender"),
    (lambda m: m["sender"].update(age_public_key="age1" + "b" * 58), "sender.age_public_key"),
    (lambda m: m["case"].update(id="not-a-uuid"), "case.id"),
    (lambda m: m.update(created_at="2026-13-45T09:30:00Z"), "created_at"),
    (lambda m: m.update(recipients=[]), "recipients"),
    (lambda m: m["documents"][0].update(builds_on_state="%%%"),
     "documents[0].builds_on_state"),
    (lambda m: m["sender"].update(name="Anna\nde Vries"), "sender.name"),
])
def test_a_manifest_outside_the_schema_is_refused(change: Any, place: str) -> None:
    assert str(_forged_manifest(change)) == (
        f"De inhoudsopgave van deze bundel klopt niet bij ‘{place}’."
    )


def test_a_manifest_in_another_json_form_is_refused_even_when_signed() -> None:
    sender, victim = _parties()
    entries = unpack(bundle_from(sender, [victim]), victim.identity)
    manifest = manifest_of(entries)
    manifest["sender"]["signing_public_key"] = victim.signing_public_key
    raw = json.dumps(manifest, indent=2).encode()
    entries[0] = ("manifest.json", raw)
    entries[1] = ("manifest.json.minisig",
                  sign(raw, victim.signing, trusted_comment(manifest, raw)).encode())
    assert str(_refusal(_zip_to_victim(entries), victim)) == (
        "De inhoudsopgave van deze bundel is niet in de vaste vorm geschreven die tafel gebruikt."
    )


@pytest.mark.parametrize("raw", [b"not json", b"[1,2]", b"\xff\xfe", b'{"a":NaN}',
                                 b"[" * 100_000])
def test_an_unreadable_manifest_is_refused(raw: bytes) -> None:
    entries = _entries()
    entries[0] = ("manifest.json", raw)
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        "De inhoudsopgave van deze bundel (manifest.json) is onleesbaar."
    )


def test_a_bundle_that_does_not_list_the_opener_is_refused() -> None:
    sender, victim = _parties()
    stranger = party("Carla")
    data = forge(bundle_from(sender, [stranger, victim]), victim, victim,
                 change=lambda m, p: m.update(recipients=m["recipients"][:1]))
    refused = _refusal(data, victim)
    assert isinstance(refused, BundelSleutelFout)
    assert "je sleutel staat niet bij de ontvangers" in str(refused)


def test_a_key_bundle_whose_manifest_says_passphrase_is_refused() -> None:
    sender, victim = _parties()
    data = forge(bundle_from(sender, [victim]), victim, victim,
                 change=lambda m, p: m.update(recipients="passphrase"))
    assert "met een wachtwoordzin versleuteld" in str(_refusal(data, victim))


def test_too_many_entries_are_refused_before_reading() -> None:
    entries = _entries() + [(f"parts/p{n}", b"") for n in range(MAX_PARTS)]
    assert str(_refusal(_zip_to_victim(entries, zipfile.ZIP_STORED), _parties()[1])) == (
        f"Deze bundel heeft te veel onderdelen (meer dan {MAX_PARTS})."
    )


def test_a_zip_bomb_is_refused_before_it_is_unpacked() -> None:
    entries = [*_entries(), ("parts/bomb", bytes(65 * 1024 * 1024))]
    bundle = _zip_to_victim(entries)
    assert len(bundle) < 200_000
    assert str(_refusal(bundle, _parties()[1])).startswith(
        "De inhoud van deze bundel is uitgepakt groter dan tafel aankan")


def test_an_oversized_manifest_is_refused_before_it_is_read() -> None:
    entries = _entries()
    entries[0] = ("manifest.json", b" " * (MAX_MANIFEST_BYTES + 1))
    assert str(_refusal(_zip_to_victim(entries), _parties()[1])) == (
        "Het onderdeel ‘manifest.json’ van deze bundel is te groot."
    )


def _with_declared_size(zipped: bytes, name: bytes, size: int) -> bytes:
    """The zip with ``name``'s uncompressed size in the central directory changed to ``size``."""
    at = zipped.index(b"PK\x01\x02")
    while True:
        name_length = struct.unpack_from("<H", zipped, at + 28)[0]
        if zipped[at + 46:at + 46 + name_length] == name:
            return zipped[:at + 24] + struct.pack("<I", size) + zipped[at + 28:]
        at = zipped.index(b"PK\x01\x02", at + 4)


@pytest.mark.parametrize(("size", "message"), [
    (10, NOT_A_PACKAGE),
    (MAX_MANIFEST_BYTES + 1, "Het onderdeel ‘manifest.json’ van deze bundel is te groot."),
    (2**31, "De inhoud van deze bundel is uitgepakt groter dan tafel aankan (meer dan 64 MB)."),
])
def test_a_lying_declared_size_never_makes_tafel_read_more(size: int, message: str) -> None:
    zipped = repack(_entries(), zipfile.ZIP_STORED)
    data = seal(_with_declared_size(zipped, b"manifest.json", size), _parties()[1])
    assert str(_refusal(data, _parties()[1])) == message


@pytest.mark.parametrize("compression", [zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA])
def test_other_zip_compressions_are_refused(compression: int) -> None:
    assert str(_refusal(_zip_to_victim(_entries(), compression), _parties()[1])) == NOT_A_PACKAGE


class _Panic(BaseException):
    """Stands in for pyo3's PanicException, which derives from BaseException."""


def test_a_panic_inside_a_parser_becomes_a_refusal_but_a_stop_does_not() -> None:
    with pytest.raises(BundelFout, match="kapot"), refused_as("kapot"):
        raise _Panic("rust panicked")
    with pytest.raises(KeyboardInterrupt), refused_as("kapot"):
        raise KeyboardInterrupt
    with pytest.raises(SystemExit), refused_as("kapot"):
        raise SystemExit(1)


def test_the_real_parts_still_open_after_all_this() -> None:
    sender, victim = _parties()
    assert dict(open_bundle(bundle_from(sender, [victim]), identities=[victim.identity]).parts) \
        == PARTS
