"""A party's keys in the stock tools' forms, and the controlecode two people read aloud.

The controlecode must be the same on both laptops whichever side computes it, and differ as
soon as any key or the vault id on either side differs: otherwise a swapped card would pass.
"""

from __future__ import annotations

import base64
import re
import uuid

import pytest
from cryptography.hazmat.primitives.asymmetric.ed25519 import Ed25519PublicKey
from pyrage import decrypt, encrypt, x25519

from tafel.domain.sleutels import (
    PartijSleutels,
    Tekensleutel,
    age_ontvanger,
    age_vingerafdruk,
    controlecode,
    controlecode_groepen,
    is_age_ontvanger,
    is_minisign_publiek,
    nieuwe_age_identiteit,
    nieuwe_tekensleutel,
    teken_vingerafdruk,
    tekensleutel_publiek,
)


def _partij() -> PartijSleutels:
    return PartijSleutels(str(uuid.uuid4()), age_ontvanger(nieuwe_age_identiteit()),
                          tekensleutel_publiek(nieuwe_tekensleutel()))


def test_an_age_identity_encrypts_to_its_recipient() -> None:
    identity = nieuwe_age_identiteit()
    assert identity.startswith("AGE-SECRET-KEY-1")
    recipient = age_ontvanger(identity)
    assert recipient.startswith("age1") and is_age_ontvanger(recipient)
    sealed = encrypt(b"toekomstplan", [x25519.Recipient.from_str(recipient)])
    assert decrypt(sealed, [x25519.Identity.from_str(identity)]) == b"toekomstplan"


def test_the_signing_key_is_shown_as_minisign_writes_a_public_key() -> None:
    secret = Tekensleutel.nieuw()
    stored = secret.als_tekst()
    assert Tekensleutel.uit_tekst(stored) == secret
    public = tekensleutel_publiek(stored)
    assert public.startswith("RW") and is_minisign_publiek(public)
    raw = base64.b64decode(public)
    assert len(raw) == 42 and raw[:2] == b"Ed" and raw[2:10] == secret.key_id
    # the 32 bytes after the key id really are the key that checks this key's signatures
    Ed25519PublicKey.from_public_bytes(raw[10:]).verify(secret.prive().sign(b"bundel"),
                                                        b"bundel")
    # minisign prints the key id as a little-endian number in hex
    assert teken_vingerafdruk(public).replace(" ", "") == secret.key_id[::-1].hex().upper()


def test_the_secret_signing_key_does_not_show_in_its_repr() -> None:
    secret = Tekensleutel.nieuw()
    assert base64.b64encode(secret.seed).decode() not in repr(secret)
    assert secret.seed.hex() not in repr(secret)


@pytest.mark.parametrize("text", [
    "", "age1", "age1qqqq", "AGE-SECRET-KEY-1QQQQ",
    "age15yaqy0mhzpjzfw7xdkut25ntg63fthkth5wq3tyqqsu4gl9cws7qd82zmf",  # checksum off by one
    " age15yaqy0mhzpjzfw7xdkut25ntg63fthkth5wq3tyqqsu4gl9cws7qd82zme",
])
def test_malformed_age_recipients_are_refused(text: str) -> None:
    assert not is_age_ontvanger(text)


def test_malformed_minisign_keys_are_refused() -> None:
    good = tekensleutel_publiek(nieuwe_tekensleutel())
    raw = base64.b64decode(good)
    assert is_minisign_publiek(good)
    for bad in ("", "RW", good[:-4], good + "AAAA", good.replace("RW", "Rw", 1),
                base64.b64encode(b"Xy" + raw[2:]).decode(),
                base64.b64encode(raw[:-1]).decode(), good[:-1] + "!"):
        assert not is_minisign_publiek(bad), bad
    with pytest.raises(ValueError):
        Tekensleutel.uit_tekst("geen sleutel")


def test_the_controlecode_is_sixty_digits_in_twelve_groups() -> None:
    code = controlecode(_partij(), _partij())
    assert re.fullmatch(r"\d{60}", code)
    groups = controlecode_groepen(code)
    assert len(groups) == 12 and all(re.fullmatch(r"\d{5}", g) for g in groups)


def test_the_controlecode_is_the_same_whichever_side_computes_it() -> None:
    wijkteam, jeugdhulp = _partij(), _partij()
    assert controlecode(wijkteam, jeugdhulp) == controlecode(jeugdhulp, wijkteam)


def test_the_controlecode_changes_when_any_key_or_the_vault_id_changes() -> None:
    wijkteam, jeugdhulp = _partij(), _partij()
    code = controlecode(wijkteam, jeugdhulp)
    other = _partij()
    changed = [
        PartijSleutels(other.kluis_id, jeugdhulp.age_ontvanger, jeugdhulp.tekensleutel),
        PartijSleutels(jeugdhulp.kluis_id, other.age_ontvanger, jeugdhulp.tekensleutel),
        PartijSleutels(jeugdhulp.kluis_id, jeugdhulp.age_ontvanger, other.tekensleutel),
    ]
    for forged in changed:
        assert controlecode(wijkteam, forged) != code
        assert controlecode(forged, wijkteam) != code
    assert controlecode(wijkteam, jeugdhulp) == code  # and it is stable


def test_fingerprints_are_short_and_stable() -> None:
    recipient = age_ontvanger(nieuwe_age_identiteit())
    assert re.fullmatch(r"([0-9A-F]{4} ){3}[0-9A-F]{4}", age_vingerafdruk(recipient))
    assert age_vingerafdruk(recipient) == age_vingerafdruk(recipient)
    assert teken_vingerafdruk("geen sleutel") == "?"
