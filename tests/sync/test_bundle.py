"""Writing and opening .tafelbundel files: round trips, who opens them, what the writer checks."""

from __future__ import annotations

import hashlib
import io
import re
import zipfile
from datetime import UTC, datetime

import pytest

from tafel.errors import (
    EXIT_BAD_BUNDLE,
    BundelFout,
    BundelSleutelFout,
    BundelWachtwoordzinNodig,
)
from tafel.sync import agefile
from tafel.sync.bundle import open_bundle, write_bundle
from tafel.sync.manifest import PASSPHRASE
from tests.bundle_forgeries import (
    CASE_ID,
    PARTS,
    bundle_from,
    manifest_for,
    party,
    repack,
    seal,
    unpack,
)

WRONG_KEY = "Deze bundel is niet voor deze kluis: hij is voor andere ontvangers versleuteld."
PASS = "vier losse woorden hier"


@pytest.fixture(scope="module")
def passphrase_bundle() -> bytes:
    """One passphrase bundle for the module: age's scrypt takes about a second each way."""
    sender = party("Anna")
    return write_bundle(manifest_for(sender, None), PARTS, sender.signing, passphrase=PASS)


def test_a_bundle_to_one_recipient_opens_with_everything_in_it() -> None:
    sender, receiver = party("Anna"), party("Bram")
    opened = open_bundle(bundle_from(sender, [receiver]), identities=[receiver.identity])
    assert dict(opened.parts) == PARTS
    assert opened.signer_public_key == sender.signing_public_key
    assert opened.sender.vault_id == sender.vault_id and opened.sender.name == "Anna de Vries"
    assert opened.case_id == CASE_ID and opened.case_reference == "ZS-2026-014"
    assert opened.created_at == datetime(2026, 5, 4, 9, 30, tzinfo=UTC)
    assert (opened.sequence_number, opened.builds_on) == (3, 2)
    assert opened.documents[0].builds_on_state == b"\x01\x02\x03"
    assert opened.records[0].kind == "verwijzing" and opened.records[0].count == 1
    assert [p.name for p in opened.part_entries] == sorted(PARTS)
    assert [r.age_public_key for r in opened.recipients] == [receiver.age_public_key]
    assert not opened.for_passphrase and opened.format == "tafelbundel/1"
    assert opened.trusted_comment == (
        f"format:tafelbundel/1\tbundle_id:{opened.bundle_id}\tmanifest_sha256:"
        f"{hashlib.sha256(opened.manifest_bytes).hexdigest()}"
    )


def test_a_bundle_to_five_recipients_opens_for_each_of_them() -> None:
    sender = party("Anna")
    receivers = [party(f"R{n}") for n in range(5)]
    data = bundle_from(sender, receivers)
    for receiver in receivers:
        assert dict(open_bundle(data, identities=[receiver.identity]).parts) == PARTS


def test_the_sender_among_the_recipients_reads_its_own_bundle_back() -> None:
    sender, receiver = party("Anna"), party("Bram")
    data = bundle_from(sender, [sender, receiver])
    assert open_bundle(data, identities=[sender.identity]).bundle_id


def test_one_of_several_identities_is_enough() -> None:
    sender, receiver = party("Anna"), party("Bram")
    data = bundle_from(sender, [receiver])
    opened = open_bundle(data, identities=[party("Old").identity, receiver.identity])
    assert dict(opened.parts) == PARTS


def test_another_vault_cannot_open_it() -> None:
    data = bundle_from(party("Anna"), [party("Bram")])
    with pytest.raises(BundelSleutelFout) as refused:
        open_bundle(data, identities=[party("Eve").identity])
    assert str(refused.value) == WRONG_KEY
    assert refused.value.exit_code == EXIT_BAD_BUNDLE


def test_a_passphrase_bundle_round_trips_and_refuses_a_wrong_passphrase(
        passphrase_bundle: bytes) -> None:
    opened = open_bundle(passphrase_bundle, passphrase=PASS)
    assert dict(opened.parts) == PARTS and opened.for_passphrase and opened.recipients == ()
    with pytest.raises(BundelSleutelFout, match="Deze wachtwoordzin opent de bundel niet"):
        open_bundle(passphrase_bundle, passphrase="iets anders")


def test_a_passphrase_bundle_asks_for_the_passphrase_when_opened_with_a_key(
        passphrase_bundle: bytes) -> None:
    with pytest.raises(BundelSleutelFout) as refused:
        open_bundle(passphrase_bundle, identities=[party("Bram").identity])
    assert isinstance(refused.value, BundelWachtwoordzinNodig)  # the screen asks for it
    assert str(refused.value) == (
        "Deze bundel is met een wachtwoordzin versleuteld; vraag de afzender om de wachtwoordzin."
    )


def test_a_bundle_for_recipients_does_not_take_a_passphrase() -> None:
    data = bundle_from(party("Anna"), [party("Bram")])
    with pytest.raises(BundelSleutelFout, match="niet met een wachtwoordzin versleuteld"):
        open_bundle(data, passphrase=PASS)


def test_recipients_and_a_passphrase_together_are_refused() -> None:
    sender, receiver = party("Anna"), party("Bram")
    with pytest.raises(BundelFout, match="óf ontvangers óf een wachtwoordzin"):
        write_bundle(manifest_for(sender, [receiver]), PARTS, sender.signing,
                     recipients=[receiver.age_public_key], passphrase=PASS)
    with pytest.raises(BundelFout, match="óf ontvangers óf een wachtwoordzin"):
        write_bundle(manifest_for(sender, [receiver]), PARTS, sender.signing)
    with pytest.raises(BundelFout, match="óf ontvangers óf een wachtwoordzin"):
        open_bundle(b"", identities=[receiver.identity], passphrase=PASS)


def test_the_manifest_must_name_the_keys_the_bundle_is_encrypted_to() -> None:
    sender, receiver, other = party("Anna"), party("Bram"), party("Eve")
    with pytest.raises(BundelFout, match="ontvangers in de inhoudsopgave zijn niet dezelfde"):
        write_bundle(manifest_for(sender, [receiver]), PARTS, sender.signing,
                     recipients=[other.age_public_key])
    with pytest.raises(BundelFout, match="ontvangers in de inhoudsopgave zijn niet dezelfde"):
        write_bundle(manifest_for(sender, [receiver]), PARTS, sender.signing, passphrase=PASS)


def test_the_manifest_must_name_the_signing_key() -> None:
    sender, receiver = party("Anna"), party("Bram")
    with pytest.raises(BundelFout, match="ondertekensleutel hoort niet bij de afzender"):
        write_bundle(manifest_for(sender, [receiver]), PARTS, receiver.signing,
                     recipients=[receiver.age_public_key])


@pytest.mark.parametrize(("name", "place"), [
    ("Plan.ydoc", "parts[0].name"),
    ("../plan", "parts[0].name"),
    ("plan\n", "parts[0].name"),
])
def test_a_bad_part_name_is_refused_on_writing(name: str, place: str) -> None:
    sender, receiver = party("Anna"), party("Bram")
    manifest = manifest_for(sender, [receiver], documents=[], records=[])
    with pytest.raises(BundelFout, match=re.escape(f"klopt niet bij ‘{place}’")):
        write_bundle(manifest, {name: b"x"}, sender.signing, recipients=[receiver.age_public_key])


def test_a_manifest_outside_the_schema_is_refused_on_writing() -> None:
    sender, receiver = party("Anna"), party("Bram")
    manifest = manifest_for(sender, [receiver], unknown_field=1)
    with pytest.raises(BundelFout, match="klopt niet bij ‘het geheel’"):
        write_bundle(manifest, PARTS, sender.signing, recipients=[receiver.age_public_key])
    manifest = manifest_for(sender, [receiver], sequence={"number": 2, "builds_on": 2})
    with pytest.raises(BundelFout, match=re.escape("klopt niet bij ‘sequence.builds_on’")):
        write_bundle(manifest, PARTS, sender.signing, recipients=[receiver.age_public_key])


def test_a_document_must_name_an_existing_part() -> None:
    sender, receiver = party("Anna"), party("Bram")
    manifest = manifest_for(sender, [receiver])
    with pytest.raises(BundelFout, match="verwijst naar een onderdeel dat er niet is"):
        write_bundle(manifest, {"plan.ydoc": b"x"}, sender.signing,
                     recipients=[receiver.age_public_key])


def test_the_service_may_put_its_own_fields_under_extra() -> None:
    sender, receiver = party("Anna"), party("Bram")
    extra = {"plan_versie": {"nummer": 4, "notitie": "regel\nnog een"}}
    opened = open_bundle(bundle_from(sender, [receiver], extra=extra),
                         identities=[receiver.identity])
    assert opened.extra == extra


def test_left_out_lists_are_filled_in_and_parts_are_always_the_writers() -> None:
    sender, receiver = party("Anna"), party("Bram")
    manifest = manifest_for(sender, [receiver], parts=[{"name": "fake", "sha256": "0" * 64,
                                                        "size": 1}])
    for field in ("documents", "records", "extra", "format"):
        del manifest[field]
    data = write_bundle(manifest, {"a": b"1"}, sender.signing,
                        recipients=[receiver.age_public_key])
    opened = open_bundle(data, identities=[receiver.identity])
    assert opened.documents == () and opened.records == () and opened.extra == {}
    assert [(p.name, p.size) for p in opened.part_entries] == [("a", 1)]


def test_the_zip_has_fixed_times_and_exactly_the_expected_entries() -> None:
    sender, receiver = party("Anna"), party("Bram")
    entries = unpack(bundle_from(sender, [receiver]), receiver.identity)
    assert [name for name, _ in entries] == [
        "manifest.json", "manifest.json.minisig", "parts/plan.ydoc", "parts/verwijzingen.json"]
    plain = agefile.decrypt_with_identities(bundle_from(sender, [receiver]), [receiver.identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        assert {info.date_time for info in archive.infolist()} == {(1980, 1, 1, 0, 0, 0)}


def test_an_empty_passphrase_is_refused() -> None:
    sender = party("Anna")
    with pytest.raises(BundelFout, match="lege wachtwoordzin"):
        write_bundle(manifest_for(sender, None), PARTS, sender.signing, passphrase="")


def test_identities_are_plain_strings_and_the_public_key_matches() -> None:
    identity = agefile.generate_identity()
    assert identity.startswith("AGE-SECRET-KEY-1")
    assert agefile.identity_public_key(identity).startswith("age1")
    with pytest.raises(BundelFout, match="age-sleutel van deze kluis is onleesbaar"):
        agefile.identity_public_key("AGE-SECRET-KEY-1nonsense")
    assert PASSPHRASE == "passphrase"


def test_the_untrusted_comment_is_not_signed_so_changing_it_changes_nothing() -> None:
    sender, receiver = party("Anna"), party("Bram")
    entries = unpack(bundle_from(sender, [receiver]), receiver.identity)
    text = dict(entries)["manifest.json.minisig"].replace(b"signature from", b"written by")
    entries[1] = ("manifest.json.minisig", text)
    opened = open_bundle(seal(repack(entries), receiver), identities=[receiver.identity])
    assert opened.signer_public_key == sender.signing_public_key and dict(opened.parts) == PARTS
