"""The party card is read strictly: a file from outside becomes a card whole, or not at all."""

from __future__ import annotations

import json
import uuid

import pytest

from tafel.domain.partijkaart import FORMAT, MAX_BYTES, Partijkaart, lees_kaart
from tafel.domain.sleutels import (
    age_ontvanger,
    nieuwe_age_identiteit,
    nieuwe_tekensleutel,
    tekensleutel_publiek,
)
from tafel.errors import ValidationError


def _kaart() -> Partijkaart:
    return Partijkaart(str(uuid.uuid4()), "Sanne de Wit", "Jeugdhulp Twente",
                       "ambulant hulpverlener", age_ontvanger(nieuwe_age_identiteit()),
                       tekensleutel_publiek(nieuwe_tekensleutel()))


def test_a_card_reads_back_from_its_file_and_its_qr_text() -> None:
    kaart = _kaart()
    assert lees_kaart(kaart.bestand()) == kaart
    assert lees_kaart(kaart.tekst().encode()) == kaart
    assert json.loads(kaart.bestand())["format"] == FORMAT == "tafel-partijkaart/1"


def _with(**changes: object) -> bytes:
    fields: dict[str, object] = dict(_kaart().to_json())
    fields.update(changes)
    return json.dumps({k: v for k, v in fields.items() if v is not None}).encode()


@pytest.mark.parametrize(("data", "sentence"), [
    (b"\x00" * (MAX_BYTES + 1), "te groot"),
    (b"\xff\xfe", "geen partijkaart"),
    (b"[1, 2]", "geen partijkaart"),
    (b"plain text", "geen partijkaart"),
    (_with(format="tafel-bundel/1"), "geen partijkaart"),
    (_with(format="tafel-partijkaart/2"), "nieuwere versie"),
    (_with(extra="x"), "velden kloppen niet"),
    (_with(rol=None), "velden kloppen niet"),
    (_with(naam=7), "velden kloppen niet"),
    (_with(kluis_id="kluis-1"), "kluis-id"),
    (_with(kluis_id="{" + str(uuid.uuid4()) + "}"), "kluis-id"),
    (_with(age_ontvanger="age1qqqqqqqq"), "versleutelsleutel"),
    (_with(tekensleutel="RWQ" + "A" * 49), "ondertekensleutel"),
    (_with(naam="   "), "geen naam"),
    (_with(naam="x" * 101), "te lang"),
    (_with(organisatie="Wijkteam\nOost"), "één regel"),
])
def test_a_wrong_card_gets_one_dutch_sentence(data: bytes, sentence: str) -> None:
    with pytest.raises(ValidationError) as raised:
        lees_kaart(data)
    assert sentence in raised.value.message
    message = raised.value.message
    assert message.endswith(".") and "\n" not in message and "Traceback" not in message
