"""Figures for many parties and one plan: merging, reading bundles in, their size, the plan's.

Run on its own (``python packaging/scripts/bench_bundles.py``) or as part of ``make bench``.
Measured, each against its goal:

* merge: five parties each make 1,000 edits to their own copy of one plan (typing words
  into texts, deleting some, setting afspraak fields, scores, the evaluation date), then all
  five updates merge into one plan: as documents (``PlanDoc.merge``, then the content and the
  conflicts read out), and through ``PlanService.merge`` on a real vault. Goal: under 1 s.
* import: 100 bundles from one party, each after a few edits, read into a real vault with
  ``services.bundels.lees_in`` in order. Goal: under 2 s. Also the same 100 read last
  first (99 wait, then all apply when the first arrives): what waiting costs.
* overhead: the bytes of a bundle for 5 recipients beyond its content, for incompressible
  content (what age, the zip, the manifest and the signature add), split into those layers,
  and for a real plan exported to 5 parties. Goal: under 1 KB.
* stored size: a plan after 10,000 edits (typing-like edits to texts and structured edits)
  stored through the plan service: ``len(PlanVersie.document)`` against the visible text.
"""

from __future__ import annotations

import io
import json
import os
import sys
import tempfile
import time
import zipfile
from collections.abc import Callable
from datetime import date, timedelta
from pathlib import Path
from random import Random
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))  # tests.builders: the laptops of the bundle tests

MERGE_GOAL_S = 1.0
IMPORT_GOAL_S = 2.0
OVERHEAD_GOAL_B = 1024
PARTIES = 5
EDITS = 1_000
BUNDLES = 100
STORED_EDITS = 10_000
KEYS = ("perspectief", "wonen.zelf_doen", "inkomen.netwerk", "school_werk.ik_doel", "vangnet",
        "doorbraak.blokkade")
WORDS = ("ik", "wil", "een", "kamer", "in", "Almelo", "met", "mijn", "zus", "en", "werk",
         "school", "geld", "schulden", "afspraak", "bellen", "hulp", "rust", "café", "€ 40")


class Typist:
    """One party editing its own copy of a plan, like a person at a keyboard.

    It keeps its own copy of every text, so no edit needs to read the document back.
    """

    def __init__(self, doc: Any, afspraken: list[str], seed: int, who: str) -> None:
        from tafel.domain.plan_content import Auteur, Schrijver

        self.doc = doc
        self.rng = Random(seed)
        self.auteur = Auteur(Schrijver.PROFESSIONAL, who)
        self.afspraken = afspraken
        content = doc.content()
        self.texts = {k: content.text(k) for k in KEYS}

    def edits(self, count: int) -> None:
        """``count`` edits: mostly typing, some deleting, some structured values."""
        from tafel.domain.plan_doc import SetAfspraak, SetMeta, SetTarget, SetText

        rng = self.rng
        for _ in range(count):
            roll = rng.random()
            key = rng.choice(KEYS)
            text = self.texts[key]
            if roll < 0.6:  # a word typed (mostly at the end, sometimes in between)
                at = len(text) if rng.random() < 0.8 or not text else rng.randrange(len(text))
                text = text[:at] + (" " if at else "") + rng.choice(WORDS) + text[at:]
            elif roll < 0.75 and text:  # a few characters deleted
                at = rng.randrange(len(text))
                text = text[:at] + text[at + rng.randint(1, 8):]
            if roll < 0.75:
                self.texts[key] = text
                self.doc.apply(SetText(key, text), self.auteur)
            elif roll < 0.9:
                day = date(2027, 1, 1) + timedelta(days=rng.randrange(300))
                self.doc.apply(SetAfspraak(rng.choice(self.afspraken), rng.choice(
                    [{"deadline": day}, {"status": rng.choice(["open", "bezig", "gedaan"])}])),
                    self.auteur)
            elif roll < 0.95:
                self.doc.apply(SetTarget(rng.choice(["wonen.huisvesting", "inkomen.financien"]),
                                         rng.randint(1, 5)), self.auteur)
            else:
                self.doc.apply(SetMeta("evaluatie_datum", date(2027, 3, rng.randint(1, 28))),
                               self.auteur)


def _base_plan() -> tuple[Any, list[str]]:
    from tafel.domain.plan_content import Auteur, Schrijver
    from tafel.domain.plan_doc import PlanDoc, SetAfspraak

    base = PlanDoc.new(date(2027, 2, 23))
    who = Auteur(Schrijver.PROFESSIONAL, "Fatima Amrani")
    afspraken = [base.apply(SetAfspraak(None, {"actie": f"Actie {i}", "pijler": pijler}), who)
                 for i, pijler in enumerate(("wonen", "inkomen", "school_werk", None))]
    return base, [a for a in afspraken if a]


def bench_merge(work: Path) -> dict[str, float]:
    """Five parties x 1,000 edits, merged into one plan: as documents and through a vault."""
    from tafel.domain.plan_doc import PlanDoc
    from tests.builders import laptop, new_case

    base, afspraken = _base_plan()
    start = base.to_bytes()
    updates = []
    for party in range(PARTIES):
        copy = PlanDoc.from_bytes(start, partij=f"kluis-{party}")
        before = copy.state()
        Typist(copy, afspraken, party, f"Partij {party}").edits(EDITS)
        updates.append(copy.changes_since(before))
    began = time.perf_counter()
    merged = PlanDoc.from_bytes(start)
    for update in updates:
        merged.merge(update)
    merged.content()
    conflicts = merged.conflicts()
    docs_s = time.perf_counter() - began

    one = laptop(work / "merge", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    case_id = one.services.casussen.register(new_case()).primary_id
    assert case_id is not None
    one.services.plans.merge(case_id, {1: start})  # the plan as all five started from it
    began = time.perf_counter()
    for update in updates:
        one.services.plans.merge(case_id, {1: update})
    view = one.services.plans.for_case(case_id)
    service_s = time.perf_counter() - began
    assert view is not None and len(view.latest.conflicts) == len(conflicts)
    one.vault.lock()
    return {"merge_parties": PARTIES, "merge_edits_each": EDITS,
            "merge_update_kb_each": sum(map(len, updates)) / len(updates) / 1024,
            "merge_documents_s": docs_s, "merge_service_s": service_s,
            "merge_conflicts": len(conflicts)}


def _two(work: Path) -> tuple[Any, Any, Any]:
    from tafel.domain.enums import Gegevenscategorie
    from tests.builders import introduce, laptop, new_case, share_with

    sender = laptop(work / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    receiver = laptop(work / "j", "Sanne de Wit", "Jeugdhulp Twente", "hulpverlener")
    introduce(sender, receiver)
    case_id = sender.services.casussen.register(new_case()).primary_id
    share_with(sender, case_id, receiver, tuple(Gegevenscategorie))
    sender.services.plans.start(case_id)
    return sender, receiver, case_id


def _bundles(sender: Any, receiver: Any, case_id: Any, count: int, seed: int) -> list[bytes]:
    from tafel.domain.plan_doc import SetText
    from tests.builders import send

    rng = Random(seed)
    texts = dict.fromkeys(KEYS, "")
    out = []
    for _ in range(count):
        view = sender.services.plans.for_case(case_id)
        key = rng.choice(KEYS)
        texts[key] = (texts[key] + " " + " ".join(rng.choices(WORDS, k=4))).strip()
        sender.services.plans.edit(view.latest.id, SetText(key, texts[key]))
        out.append(send(sender, case_id, receiver))
    return out


def bench_import(work: Path) -> dict[str, float]:
    """100 bundles read in order, and read last first."""
    sender, receiver, case_id = _two(work / "in-order")
    bundles = _bundles(sender, receiver, case_id, BUNDLES, 1)
    began = time.perf_counter()
    for data in bundles:
        assert receiver.services.bundels.lees_in(data).uitkomst.status == "toegepast"
    in_order = time.perf_counter() - began
    size = sum(map(len, bundles)) / len(bundles)
    for one in (sender, receiver):
        one.vault.lock()

    sender, receiver, case_id = _two(work / "last-first")
    late = _bundles(sender, receiver, case_id, BUNDLES, 1)
    began = time.perf_counter()
    for data in reversed(late):
        receiver.services.bundels.lees_in(data)
    reversed_s = time.perf_counter() - began
    assert receiver.services.bundels.wachtend() == []
    for one in (sender, receiver):
        one.vault.lock()
    return {"import_bundles": BUNDLES, "import_bundle_kb": size / 1024,
            "import_in_order_s": in_order, "import_per_bundle_ms": in_order / BUNDLES * 1000,
            "import_last_first_s": reversed_s}


def bench_overhead(work: Path) -> dict[str, float]:
    """What a bundle for 5 recipients adds to its content, layer by layer."""
    from tafel.sync import agefile
    from tafel.sync.bundle import write_bundle
    from tests.bundle_forgeries import manifest_for, party

    content = os.urandom(16 * 1024)  # incompressible: the worst case
    recipients = [party(f"ontvanger-{i}") for i in range(PARTIES)]
    sender = party("afzender")
    manifest = manifest_for(sender, recipients, records=[], documents=[
        {"part": "plan.v1.wonen", "kind": "plan_deel", "builds_on_state": None}])
    data = write_bundle(manifest, {"plan.v1.wonen": content}, sender.signing,
                        recipients=[r.age_public_key for r in recipients])
    plain = agefile.decrypt_with_identities(data, [recipients[0].identity])
    with zipfile.ZipFile(io.BytesIO(plain)) as archive:
        sizes = {i.filename: (i.file_size, i.compress_size) for i in archive.infolist()}
    header = data.index(b"\n---")
    header = data.index(b"\n", header + 1) + 1  # age's header ends after its MAC line
    figures: dict[str, float] = {
        "overhead_content_b": len(content),
        "overhead_total_b": len(data) - len(content),
        "overhead_age_header_b": header,
        "overhead_age_stream_b": len(data) - header - len(plain),
        "overhead_zip_structure_b": len(plain) - sum(c for _f, c in sizes.values()),
        "overhead_manifest_b": sizes["manifest.json"][0],
        "overhead_manifest_zipped_b": sizes["manifest.json"][1],
        "overhead_signature_zipped_b": sizes["manifest.json.minisig"][1],
        "overhead_content_growth_b": sizes["parts/plan.v1.wonen"][1] - len(content),
    }

    from tafel.domain.enums import Gegevenscategorie
    from tafel.domain.plan_doc import SetText
    from tafel.sync.bundle import open_bundle
    from tests.builders import introduce, laptop, new_case, share_with

    laptops = [laptop(work / f"p{i}", f"Partij {i}", "Organisatie", "rol")
               for i in range(PARTIES + 1)]
    introduce(*laptops)
    holder = laptops[0]
    case_id = holder.services.casussen.register(new_case()).primary_id
    for other in laptops[1:]:
        share_with(holder, case_id, other, tuple(Gegevenscategorie))
    version = holder.services.plans.start(case_id).view.latest.id
    holder.services.plans.edit(version, *(SetText(k, " ".join(WORDS)) for k in KEYS))
    bundle = holder.services.bundels.exporteer(
        case_id, partij_ids=[holder.party(o) for o in laptops[1:]]).data
    keys = laptops[1].services.partijen.eigen_sleutels()
    opened = open_bundle(bundle, identities=[keys.age_identiteit])
    plan = sum(len(d) for n, d in opened.parts.items() if n.startswith("plan.v"))
    figures.update({"overhead_real_plan_parts_b": plan, "overhead_real_bundle_b": len(bundle),
                    "overhead_real_b": len(bundle) - plan,
                    "overhead_real_manifest_b": len(opened.manifest_bytes)})
    for one in laptops:
        one.vault.lock()
    return figures


def bench_stored(work: Path) -> dict[str, float]:
    """A plan after 10,000 edits, stored through the plan service: bytes against its text."""
    from tafel.domain.plan_doc import PlanDoc
    from tests.builders import laptop, new_case

    base, afspraken = _base_plan()
    start = base.to_bytes()
    doc = PlanDoc.from_bytes(start, partij="kluis")
    before = doc.state()
    Typist(doc, afspraken, 7, "Fatima Amrani").edits(STORED_EDITS)
    one = laptop(work / "stored", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    case_id = one.services.casussen.register(new_case()).primary_id
    one.services.plans.merge(case_id, {1: start})
    one.services.plans.merge(case_id, {1: doc.changes_since(before)})
    from sqlmodel import select

    from tafel.domain.plan_tables import PlanVersie

    with one.vault.transaction() as session:
        stored = len(session.exec(select(PlanVersie.document)).one())
    content = one.services.plans.for_case(case_id).latest.content
    visible = sum(len(t.encode("utf-8")) for t in content.teksten.values())
    structured = len(json.dumps({k: v for k, v in content.canonical().items()
                                 if k not in ("teksten", "auteurs")}).encode())
    one.vault.lock()
    return {"stored_edits": STORED_EDITS, "stored_document_kb": stored / 1024,
            "stored_visible_text_kb": visible / 1024,
            "stored_structured_kb": structured / 1024,
            "stored_ratio": stored / max(visible + structured, 1)}


def bench_bundles(work: Path) -> dict[str, float]:
    """Every bundle figure, measured in this run (settings and logs stay in ``work``)."""
    figures: dict[str, float] = {}
    home = os.environ.get("TAFEL_HOME")
    os.environ["TAFEL_HOME"] = str(work / "home")
    try:
        for name, bench in (("merge", bench_merge), ("import", bench_import),
                            ("overhead", bench_overhead), ("stored", bench_stored)):
            (work / name).mkdir(parents=True, exist_ok=True)
            figures.update(bench(work / name))
    finally:
        if home is None:
            os.environ.pop("TAFEL_HOME", None)
        else:
            os.environ["TAFEL_HOME"] = home
    return figures


def print_figures(figures: dict[str, float]) -> None:
    """The figures, as the other benches print theirs."""
    print("\nbundles")
    for key, value in figures.items():
        print(f"  {key:<28}{value:.3f}" if isinstance(value, float) else f"  {key:<28}{value}")


def target_lines(figures: dict[str, float]) -> list[str]:
    """The lines for the targets section of ``make bench``."""
    def line(text: str, value: float, goal: float, unit: str,
             shown: Callable[[float], str] = lambda v: f"{v:.2f}") -> str:
        return f"  {text}: {shown(value)} {unit} ({'ok' if value < goal else 'MISSED'})"

    merge = max(figures["merge_documents_s"], figures["merge_service_s"])
    return [
        line(f"merging {PARTIES} parties x {EDITS} edits under {MERGE_GOAL_S:.0f} s "
             "(documents / vault, the slower)", merge, MERGE_GOAL_S, "s"),
        line(f"importing {BUNDLES} bundles under {IMPORT_GOAL_S:.0f} s",
             figures["import_in_order_s"], IMPORT_GOAL_S, "s"),
        f"  importing {BUNDLES} bundles, the first arriving last (99 wait): "
        f"{figures['import_last_first_s']:.2f} s (no goal, reported)",
        line(f"bundle overhead for {PARTIES} recipients under {OVERHEAD_GOAL_B} B",
             figures["overhead_total_b"], OVERHEAD_GOAL_B, "B", lambda v: f"{v:.0f}"),
        f"  stored plan after {STORED_EDITS} edits: {figures['stored_document_kb']:.1f} KB "
        f"for {figures['stored_visible_text_kb'] + figures['stored_structured_kb']:.1f} KB "
        f"visible ({figures['stored_ratio']:.1f}x; no goal, reported)",
    ]


def main() -> int:
    """Run on its own: print the figures and the targets."""
    with tempfile.TemporaryDirectory(prefix="tafel-bundles-") as tmp:
        figures = bench_bundles(Path(tmp))
    print_figures(figures)
    print("\ntargets")
    for text in target_lines(figures):
        print(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
