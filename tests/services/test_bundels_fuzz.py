"""Over a thousand damaged and forged bundles fed to a real vault: refused, and nothing changes.

The sync layer's own fuzz test (tests/sync/test_bundle_fuzz.py) checks the format. This one
goes through ``services.bundels``: a real bundle from the wijkteam to jeugdhulp and the
school is cut, bit-flipped, replaced by noise, re-zipped, or re-made by the school (who can
decrypt it) and signed with its own key or an attacker's, then sent to jeugdhulp. Every one
must end in a TafelError (one Dutch sentence), never in another exception; one that claims
to come from the wijkteam but is signed with another key is refused; and the vault is
exactly as it was, row for row. A preview (``voorbeeld``) of a bundle whose sender is
unknown goes all the way through applying (and rolls back): its parts are attacker-made
JSON and bytes, so this is where a crash in reading would show.
"""

from __future__ import annotations

import hashlib
import json
import uuid
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tafel.domain.enums import Gegevenscategorie
from tafel.domain.plan_doc import SetAfspraak, SetTarget, SetText
from tafel.errors import BundelFout, TafelError
from tafel.sync.minisign import SigningKey
from tests.builders import Laptop, introduce, laptop, new_case, send, share_with
from tests.bundle_forgeries import Entries, Party, forge, party, repack, seal, unpack

EXAMPLES = 1100
JSON = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=8), inner,
                                                                max_size=4),
    max_leaves=12)


@dataclass(frozen=True)
class Scene:
    """The vault under attack, the bundle, and who is who."""

    victim: Laptop
    base: bytes
    entries: Entries
    holder: Party  # the school: a recipient, so it can decrypt and re-make the bundle
    target: Party  # jeugdhulp, the vault under attack

    def __repr__(self) -> str:
        return "Scene()"  # a failing example names its mutation, not the keys


def _as_party(one: Laptop) -> Party:
    keys = one.services.partijen.eigen_sleutels()
    return Party(one.naam, keys.age_identiteit, SigningKey.from_text(keys.tekensleutel),
                 keys.kluis_id)


@pytest.fixture(scope="module")
def scene(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Scene]:
    root = tmp_path_factory.mktemp("fuzz")
    wijkteam = laptop(root / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = laptop(root / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    school = laptop(root / "s", "Bas de Vries", "ROC Weidestad", "mentor")
    introduce(wijkteam, jeugdhulp, school)
    case_id = wijkteam.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    for other in (jeugdhulp, school):
        share_with(wijkteam, case_id, other, tuple(Gegevenscategorie))
    version = wijkteam.services.plans.start(case_id).view.latest.id
    wijkteam.services.plans.edit(version, SetText("perspectief", "Ik wil op mezelf wonen."),
                                 SetAfspraak(None, {"actie": "Kamer zoeken", "pijler": "wonen"}))
    # jeugdhulp has the case already: a bundle that builds on it goes deep into merging
    jeugdhulp.services.bundels.lees_in(send(wijkteam, case_id, jeugdhulp))
    wijkteam.services.plans.edit(version, SetText("vangnet", "Bel oma."),
                                 SetTarget("wonen.huisvesting", 4))
    base = send(wijkteam, case_id, jeugdhulp, school)
    holder, target = _as_party(school), _as_party(jeugdhulp)
    yield Scene(jeugdhulp, base, unpack(base, holder.identity), holder, target)
    for one in (wijkteam, jeugdhulp, school):
        one.vault.lock()


def dump(one: Laptop) -> str:
    """Every row of every table, as one hash: the vault exactly as it is.

    Except the audit log and its head: a refused bundle leaves one line there (result
    *geweigerd*), which :func:`refusals` counts.
    """
    digest = hashlib.sha256()
    with one.vault.transaction() as session:
        sql = session.connection().exec_driver_sql
        tables = [r[0] for r in sql("SELECT name FROM sqlite_master WHERE type='table' "
                                    "ORDER BY name").fetchall()]
        for table in tables:
            if table == "auditevent":
                continue
            digest.update(table.encode())
            for row in sql(f'SELECT * FROM "{table}" ORDER BY rowid').fetchall():
                if table != "vaultmeta" or not str(row[0]).startswith("audit"):
                    digest.update(repr(tuple(row)).encode())
    return digest.hexdigest()


def refusals(one: Laptop) -> int:
    """How many refused bundles the log holds (no word of any bundle in them)."""
    with one.vault.transaction() as session:
        rows = session.connection().exec_driver_sql(
            "SELECT details FROM auditevent WHERE soort = 'bundel' AND actie = 'ingelezen' "
            "AND resultaat = 'geweigerd'").fetchall()
    assert {r[0] for r in rows} <= {"bundel geweigerd"}
    return len(rows)


@dataclass(frozen=True)
class Mutation:
    """A damaged or forged bundle.

    ``claims_sender``: it says it is the wijkteam's. ``deep``: it opens (it is re-made and
    signed), so a preview reads it further than age and the signature.
    """

    data: bytes
    claims_sender: bool = True
    deep: bool = False


def _cut(scene: Scene, at: int) -> Mutation:
    return Mutation(scene.base[:at % len(scene.base)])


def _flip(scene: Scene, bit: int) -> Mutation:
    data = bytearray(scene.base)
    data[(bit // 8) % len(data)] ^= 1 << (bit % 8)
    return Mutation(bytes(data))


def _noise(scene: Scene, data: bytes, sealed: bool) -> Mutation:
    return Mutation(seal(data, scene.target) if sealed else b"age-encryption.org/v1\n" + data)


def _rezipped(scene: Scene, index: int, noise: bytes) -> Mutation:
    """The school changes one entry but keeps the wijkteam's signature."""
    entries = list(scene.entries)
    name, data = entries[index % len(entries)]
    entries[index % len(entries)] = (name, noise if noise != data else noise + b"x")
    return Mutation(seal(repack(entries), scene.target))


def _resigned(scene: Scene, signer: int, noise: bytes) -> Mutation:
    """The school re-signs the wijkteam's bundle (with its own key, or an attacker's)."""
    key = [scene.holder.signing, party("Mallory").signing][signer % 2]

    def change(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        manifest["bundle_id"] = str(uuid.uuid4())
        if noise:
            parts["casus.json"] = noise

    return Mutation(forge(scene.base, scene.holder, scene.target, change=change, key=key),
                    deep=True)


def _attacker(scene: Scene, what: int, raw: Any, noise: bytes) -> Mutation:
    """An unknown party re-makes the bundle with its own keys and changed parts.

    Reading it in is refused (an unknown sender, unless the person accepts it); a preview
    goes through applying it, so every part the attacker wrote is read.
    """
    mallory = party("Mallory")
    plan_parts = sorted(n for n, _d in scene.entries if n.startswith("parts/plan.v"))
    part = plan_parts[what % len(plan_parts)].removeprefix("parts/")

    def change(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
        manifest["bundle_id"] = str(uuid.uuid4())
        manifest["sender"].update(vault_id=mallory.vault_id, name="Mallory",
                                  age_public_key=mallory.age_public_key)
        blob = json.dumps(raw).encode()
        edits: list[Callable[[], None]] = [
            lambda: parts.update({"plan.json": blob}),
            lambda: parts.update({"casus.json": blob}),
            lambda: parts.update({part: noise}),
            lambda: parts.update({part: parts[part][: len(noise)]}),
            lambda: _versions(parts, raw),
            lambda: _signature(parts, raw),
            lambda: manifest["case"].update(id=str(uuid.uuid4())),
            lambda: parts.update({part.replace(".v1.", f".v{len(noise) * 997}."): parts[part]}),
        ]
        edits[what % len(edits)]()
        manifest["documents"] = [d for d in manifest["documents"] if d["part"] in parts] + [
            {"part": n, "kind": "plan_deel", "builds_on_state": None} for n in parts
            if n.startswith("plan.v") and n not in {d["part"] for d in manifest["documents"]}]

    return Mutation(forge(scene.base, scene.holder, scene.target, change=change,
                          key=mallory.signing), claims_sender=False, deep=True)


def _versions(parts: dict[str, bytes], raw: Any) -> None:
    record = json.loads(parts["plan.json"])
    record["versies"][0]["nummer"] = raw if not isinstance(raw, int) else raw % 5
    record["ritme"] = raw
    parts["plan.json"] = json.dumps(record).encode()


def _signature(parts: dict[str, bytes], raw: Any) -> None:
    record = json.loads(parts["plan.json"])
    record["versies"][0]["handtekeningen"] = [{
        "id": str(uuid.uuid4()), "datum": "2026-11-23", "lijnen": raw, "verhouding": raw,
        "naam": raw, "inhoud_hash": raw}]
    record["versies"][0]["momenten"] = [{"inhoud_hash": raw, "inhoud": {"teksten": raw}}]
    parts["plan.json"] = json.dumps(record).encode()


def _mutations(scene: Scene) -> st.SearchStrategy[Mutation]:
    return st.one_of(
        st.builds(_cut, st.just(scene), st.integers(0, 10**6)),
        st.builds(_flip, st.just(scene), st.integers(0, 10**7)),
        st.builds(_noise, st.just(scene), st.binary(max_size=300), st.booleans()),
        st.builds(_rezipped, st.just(scene), st.integers(0, 20), st.binary(max_size=40)),
        st.builds(_resigned, st.just(scene), st.integers(0, 1), st.binary(max_size=8)),
        st.builds(_attacker, st.just(scene), st.integers(0, 50), JSON, st.binary(max_size=64)),
    )


def test_every_damaged_or_forged_bundle_is_refused_and_the_vault_stays_as_it_was(
    scene: Scene,
) -> None:
    bundels = scene.victim.services.bundels
    before, refused_before = dump(scene.victim), refusals(scene.victim)
    preview = bundels.voorbeeld(scene.base)  # the scene itself would apply
    assert preview.status == "toegepast" and preview.afzender.geverifieerd
    seen: list[str] = []
    tried: list[Mutation] = []

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(st.data())
    def one(data: st.DataObject) -> None:
        mutation = data.draw(_mutations(scene))
        tried.append(mutation)
        with pytest.raises(TafelError) as refused:
            bundels.lees_in(mutation.data)
        message = str(refused.value)
        assert message.endswith(".") and "\n" not in message, message
        if mutation.claims_sender and "andere sleutel" in message:
            seen.append("forged")
        if not mutation.deep:
            return  # refused by age or the signature: a preview stops at the same place
        try:
            bundels.voorbeeld(mutation.data)
            assert not mutation.claims_sender, "a changed bundle opened as the wijkteam's"
            seen.append("previewed")
        except TafelError as exc:
            assert str(exc).endswith("."), str(exc)

    one()
    assert dump(scene.victim) == before
    assert refusals(scene.victim) - refused_before == len(tried)  # each refusal logged, once
    assert bundels.wachtend() == []
    assert bundels.lees_in(scene.base).uitkomst.status == "toegepast"
    assert dump(scene.victim) != before  # the comparison can fail
    # the fuzz reached both ends: forgeries named as such, attacker bundles read in full
    assert seen.count("forged") > 20 and seen.count("previewed") > 5, seen


def test_a_bundle_signed_by_another_known_party_in_the_senders_name_is_refused(
    scene: Scene,
) -> None:
    before, refused_before = dump(scene.victim), refusals(scene.victim)
    forged = forge(scene.base, scene.holder, scene.target,
                   change=lambda m, p: m.update(bundle_id=str(uuid.uuid4())))
    with pytest.raises(BundelFout, match="andere sleutel dan de kaart van Fatima Amrani"):
        scene.victim.services.bundels.lees_in(forged)
    with pytest.raises(BundelFout, match="andere sleutel"):
        scene.victim.services.bundels.voorbeeld(forged)  # a preview logs nothing
    assert dump(scene.victim) == before
    assert refusals(scene.victim) == refused_before + 1
