"""Over a thousand damaged and forged bundles: each is refused in Dutch or is the forger's own.

A bundle that opens is either exactly what the sender signed (same manifest bytes, same
parts: a change to minisign's *untrusted* comment line is such a case) or one a recipient
re-made and signed with their own key, naming that key in the manifest: then
``signer_public_key`` is the forger's, never the original sender's, and the caller sees who
really signed. Anything else (a cut, a flipped bit, random bytes, a changed zip, a signature
that does not fit) must end in a BundelFout: never in another exception.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from typing import Any

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tafel.errors import BundelFout
from tafel.sync.bundle import open_bundle
from tafel.sync.minisign import SigningKey
from tests.bundle_forgeries import Entries, Party, bundle_from, forge, party, repack, seal, unpack

EXAMPLES = 1100


@dataclass(frozen=True)
class Mutation:
    """A damaged or forged bundle, and whether it may open (then only as the forger's)."""

    data: bytes
    may_open_as_forger: bool = False


@cache
def _scene() -> tuple[Party, Party, Party, bytes, Entries]:
    sender, victim, holder = party("Anna"), party("Bram"), party("Carla")
    base = bundle_from(sender, [victim, holder], parts={"plan.ydoc": b"plan " * 40,
                                                        "verwijzingen.json": b"[]"})
    return sender, victim, holder, base, unpack(base, victim.identity)


def _truncated(cut: int) -> Mutation:
    base = _scene()[3]
    return Mutation(base[:cut % len(base)])


def _flipped(bit: int) -> Mutation:
    data = bytearray(_scene()[3])
    data[(bit // 8) % len(data)] ^= 1 << (bit % 8)
    return Mutation(bytes(data))


def _random(data: bytes, as_age: bool, sealed: bool) -> Mutation:
    victim = _scene()[1]
    if sealed:
        return Mutation(seal(data, victim))
    return Mutation((b"age-encryption.org/v1\n" if as_age else b"") + data)


def _zip_changed(operation: int, index: int, noise: bytes) -> Mutation:
    """The holder changes the zip but cannot sign as the sender: must always be refused."""
    victim = _scene()[1]
    entries = list(_scene()[4])
    i = index % len(entries)
    name, data = entries[i]
    if operation == 0:
        del entries[i]
    elif operation == 1:
        entries.append(entries[i])
    elif operation == 2:
        entries[i] = (name, noise)
    elif operation == 3:
        flipped = bytearray(data)
        flipped[len(noise) % max(len(data), 1)] ^= 1 if data else 0
        entries[i] = (name, bytes(flipped) if data else noise or b"x")
    elif operation == 4:
        entries[i] = (f"parts/{noise.hex()[:12] or 'x'}", data)
    else:
        entries.append((f"parts/{noise.hex()[:12] or 'x'}", noise))
    if entries == list(_scene()[4]):
        entries.append(("parts/zzz", b""))
    return Mutation(seal(repack(entries), victim))


def _drop_records(manifest: dict[str, Any], parts: dict[str, bytes]) -> None:
    del parts["verwijzingen.json"]
    manifest["records"] = []


def _resigned(change: int, signer: int, fix_parts: bool, noise: bytes) -> Mutation:
    """The holder re-makes the bundle and signs it; it opens only as the holder's own."""
    sender, victim, holder, base, _ = _scene()
    edit: Callable[[dict[str, Any], dict[str, bytes]], None] = [
        lambda m, p: p.update({"plan.ydoc": noise}),
        lambda m, p: p.update({"extra.bin": noise}),
        _drop_records,
        lambda m, p: m["case"].update(reference=noise.decode("latin-1")[:100]),
        lambda m, p: m["sender"].update(name=noise.decode("latin-1")[:200] or "x"),
        lambda m, p: p.update({"plan.ydoc": bytes([noise[0] if noise else 1]) + p["plan.ydoc"]}),
    ][change]
    key = [holder.signing, holder.signing,
           SigningKey(seed=bytes(32), key_id=sender.signing.key_id)][signer]
    own_key = signer == 0
    data = forge(base, holder, victim, change=edit, key=key, own_key_in_manifest=own_key,
                 fix_parts_list=fix_parts)
    return Mutation(data, may_open_as_forger=own_key)


mutations = st.one_of(
    st.builds(_truncated, st.integers(0, 10**6)),
    st.builds(_flipped, st.integers(0, 10**7)),
    st.builds(_random, st.binary(max_size=600), st.booleans(), st.booleans()),
    st.builds(_zip_changed, st.integers(0, 5), st.integers(0, 10), st.binary(max_size=64)),
    st.builds(_resigned, st.integers(0, 5), st.integers(0, 2), st.booleans(),
              st.binary(max_size=64)),
)


def test_every_damaged_or_forged_bundle_is_refused_or_the_forgers_own() -> None:
    seen: list[bool] = []
    sender, victim, holder, base, _ = _scene()
    original = open_bundle(base, identities=[victim.identity])

    @settings(max_examples=EXAMPLES, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large])
    @given(mutations)
    def one(mutation: Mutation) -> None:
        seen.append(True)
        try:
            opened = open_bundle(mutation.data, identities=[victim.identity])
        except BundelFout as refused:
            assert str(refused).endswith("."), str(refused)
            return
        if opened.signer_public_key == sender.signing_public_key:
            assert opened.manifest_bytes == original.manifest_bytes
            assert dict(opened.parts) == dict(original.parts)
            return
        assert mutation.may_open_as_forger, "a changed bundle opened"
        assert opened.signer_public_key == holder.signing_public_key

    one()
    assert len(seen) >= 1000


def test_the_fuzzed_scene_itself_opens() -> None:
    sender, victim, _, base, _ = _scene()
    assert open_bundle(base, identities=[victim.identity]).signer_public_key == (
        sender.signing_public_key)
