"""Reading a bundle in when what it says does not fit this vault: one Dutch sentence or a fit.

Found by the service fuzz (tests/services/test_bundels_fuzz.py): a case number that is
already used here for another case, and a signature whose strokes are not numbers, each
ended in a crash instead of an import or a refusal.
"""

from __future__ import annotations

import json
import uuid
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tafel.domain.enums import Gegevenscategorie
from tafel.errors import BundelFout
from tafel.sync.minisign import SigningKey
from tests.builders import Laptop, introduce, laptop, new_case, send, share_with, sign_all
from tests.bundle_forgeries import Party, forge


def _two(folder: Path) -> tuple[Laptop, Laptop]:
    wijkteam = laptop(folder / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(folder / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    introduce(wijkteam, jeugdhulp)
    return wijkteam, jeugdhulp


@pytest.fixture
def fresh(tmp_path: Path) -> Iterator[tuple[Laptop, Laptop]]:
    """Two new vaults: both will number their first case T-...-0001."""
    pair = _two(tmp_path)
    yield pair
    for one in pair:
        one.vault.lock()


@pytest.fixture(scope="module")
def two(tmp_path_factory: pytest.TempPathFactory) -> Iterator[tuple[Laptop, Laptop]]:
    """Two vaults for the whole module; every test makes its own case in them."""
    pair = _two(tmp_path_factory.mktemp("twee"))
    yield pair
    for one in pair:
        one.vault.lock()


def _party(one: Laptop) -> Party:
    keys = one.services.partijen.eigen_sleutels()
    return Party(one.naam, keys.age_identiteit, SigningKey.from_text(keys.tekensleutel),
                 keys.kluis_id)


def _reference(one: Laptop, case_id: uuid.UUID) -> str:
    return next(s.referentie for s in one.services.casussen.summaries() if s.id == case_id)


def _shared_case(wijkteam: Laptop, jeugdhulp: Laptop) -> uuid.UUID:
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    share_with(wijkteam, case_id, jeugdhulp, tuple(Gegevenscategorie))
    return case_id


def test_a_case_whose_number_is_taken_here_arrives_under_a_number_of_its_own(
    fresh: tuple[Laptop, Laptop],
) -> None:
    wijkteam, jeugdhulp = fresh
    own = jeugdhulp.services.casussen.register(new_case(huishouden="Huishouden Eigen")).primary_id
    assert own is not None
    case_id = _shared_case(wijkteam, jeugdhulp)
    mine = _reference(jeugdhulp, own)
    assert _reference(wijkteam, case_id) == mine  # both T-...-0001
    wijkteam.services.plans.start(case_id)
    result = jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp)).uitkomst
    assert result.status == "toegepast" and result.casus_id == case_id
    arrived = _reference(jeugdhulp, case_id)
    assert arrived != mine and arrived.startswith(mine)
    assert _reference(jeugdhulp, own) == mine  # its own case untouched
    # the next bundle about it finds it by its id
    assert jeugdhulp.services.bundels.lees_in(
        send(wijkteam, case_id, jeugdhulp)).uitkomst.status == "toegepast"


def _with_signatures(change: Any) -> Any:
    def edit(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        manifest["bundle_id"] = str(uuid.uuid4())
        record = json.loads(parts["plan.json"])
        for signature in record["versies"][0]["handtekeningen"]:
            change(signature)
        parts["plan.json"] = json.dumps(record).encode()
    return edit


@pytest.mark.parametrize("change", [
    lambda s: s.update(verhouding=[None]),
    lambda s: s.update(verhouding="breed"),
    lambda s: s.update(lijnen=[[None]]),
    lambda s: s.update(lijnen=[[[0.5, 7]]]),
    lambda s: s.update(lijnen="krabbel"),
    lambda s: s.update(naam=None),
])
def test_a_signature_that_cannot_be_drawn_is_refused_in_dutch(
    two: tuple[Laptop, Laptop], change: Any,
) -> None:
    """Even signed by the known party itself (its key leaked, or its vault is broken)."""
    wijkteam, jeugdhulp = two
    case_id = _shared_case(wijkteam, jeugdhulp)
    wijkteam.services.plans.start(case_id)
    sign_all(wijkteam.services, case_id)
    data = send(wijkteam, case_id, jeugdhulp)
    forged = forge(data, _party(jeugdhulp), _party(jeugdhulp), change=_with_signatures(change),
                   key=_party(wijkteam).signing)
    with pytest.raises(BundelFout, match=r"handtekening.*onleesbaar\.$"):
        jeugdhulp.services.bundels.lees_in(forged)
    assert jeugdhulp.services.plans.for_case(case_id) is None  # nothing arrived
    assert jeugdhulp.services.bundels.lees_in(data).uitkomst.status == "toegepast"


def test_a_plan_that_already_belongs_to_another_case_here_is_refused(
    two: tuple[Laptop, Laptop],
) -> None:
    wijkteam, jeugdhulp = two
    case_id = _shared_case(wijkteam, jeugdhulp)
    wijkteam.services.plans.start(case_id)
    data = send(wijkteam, case_id, jeugdhulp)
    assert jeugdhulp.services.bundels.lees_in(data).uitkomst.status == "toegepast"

    def other_case(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        manifest["bundle_id"] = str(uuid.uuid4())
        manifest["case"]["id"] = str(uuid.uuid4())

    forged = forge(data, _party(jeugdhulp), _party(jeugdhulp), change=other_case,
                   key=_party(wijkteam).signing)
    cases = len(jeugdhulp.services.casussen.summaries())
    with pytest.raises(BundelFout, match=r"(andere casus|klopt niet met de inhoudsopgave).*\.$"):
        jeugdhulp.services.bundels.lees_in(forged)
    assert len(jeugdhulp.services.casussen.summaries()) == cases
