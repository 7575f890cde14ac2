"""Printing a toekomstplan: gather what the paper shows from the vault, render it, read it back.

A printed copy is only useful later if the vault still knows its exact text, so printing
freezes the version's current text under its hash and keeps the text of every page of the PDF
it made (:meth:`PlanService.record_print`, which also writes the audit line, all in one
transaction). A preview on screen passes ``record=None``: nothing is frozen and nothing is
logged.

Every page carries the audit log's position as it was just before the print was logged
("Logboek: 1234 regels, kop 3fa2…"): the print's own entry follows that head, and a paper copy
can later show that the vault's log once held it. Taking the head before the print's entry
keeps the preview and the printed copy the same bytes.

:func:`read_plan_hash` finds the hash in a PDF that tafel printed (``tafel verify``): first in
the metadata, then in the text of the pages.
"""

from __future__ import annotations

import uuid
from dataclasses import replace
from datetime import date

from tafel.domain.enums import Pijler
from tafel.domain.models import Persoon
from tafel.domain.records import AuditAction
from tafel.errors import TafelError
from tafel.render.big5_picture import big5_points
from tafel.render.pdf_model import PlanPrint
from tafel.render.pdf_signature import SignerBlock
from tafel.render.plan_pdf import render_plan_pdf
from tafel.services.changes import UNKNOWN, Origin
from tafel.services.plan_copy import page_texts
from tafel.services.plan_verify import HASH_PATTERN, FrozenText
from tafel.services.registry import Services
from tafel.views.gesprekken import GesprekView
from tafel.views.plans import HandtekeningView, PlanPersoon, PlanVersieView, PlanView, signing_state


def plan_pdf(services: Services, version_id: uuid.UUID, *, include_bsn: bool = False,
             record: AuditAction | str | None = AuditAction.AFGEDRUKT,
             origin: Origin = UNKNOWN) -> bytes:
    """The PDF of one version; ``record`` freezes and logs the print (None for a preview).

    ``record`` says how the copy leaves tafel: ``AuditAction.AFGEDRUKT`` (on paper) or
    ``AuditAction.OPGESLAGEN_ALS_PDF``.

    A recorded print also keeps the text of every page of these exact bytes, so ``tafel
    verify`` can later tell a genuine copy from one that only carries its code.
    """
    plan = gather(services, version_id, include_bsn=include_bsn)
    pdf = render_plan_pdf(plan)
    if record is not None:
        pages = page_texts(pdf)
        if pages is None:  # tafel cannot read back what it just made: do not hand it out
            raise TafelError("tafel kon de gemaakte pdf niet teruglezen; er is niets bewaard.")
        services.plans.record_print(version_id, AuditAction(record), with_bsn=include_bsn,
                                    pages=pages, expected_hash=plan.inhoud_hash, origin=origin)
    return pdf


def gather(services: Services, version_id: uuid.UUID, *, include_bsn: bool = False,
           frozen: FrozenText | None = None) -> PlanPrint:
    """Everything one version's paper shows, as a frozen value.

    With ``frozen``, the version as it was under that earlier code: its frozen text, and only
    the signatures placed under that text (to make an old print again and compare with it).
    """
    view, bsn = _load(services, version_id, include_bsn)
    version = view.version_by_id(version_id)
    assert version is not None
    if frozen is not None:
        version = replace(
            version, content=frozen.content, inhoud_hash=frozen.inhoud_hash,
            signatures=tuple(replace(s, current=s.inhoud_hash == frozen.inhoud_hash)
                             for s in version.signatures))
    content = version.content
    today = services.plans.today()
    gesprekken = services.gesprekken.history(view.case.casus_id)
    targets = content.pillar_targets()  # the same "Doel" marks as on the screen
    names, intros = _instrument_words(services, gesprekken)
    return PlanPrint(
        referentie=view.case.referentie,
        jongere=view.case.jongere.naam,
        casusregisseur=view.case.casusregisseur,
        nummer=version.nummer,
        status=version.status,
        content=content,
        inhoud_hash=version.inhoud_hash,
        gewijzigd_op=version.gewijzigd_op,
        getekend_op=version.getekend_op,
        ritme_maanden=view.ritme_maanden,
        today=today,
        points=tuple(big5_points(gesprekken, targets)),
        domain_names=names,
        pillar_intros=intros,
        signers=signer_blocks(view, version, version.getekend_op or today),
        bsn=bsn,
        log_line=services.log.position().line,
        delen=version.delen,
        correcties=() if frozen is not None else tuple(
            c.zin for c in services.tekstcorrectie.voor_casus(view.case.casus_id)
            if version.nummer in c.versies),
    )


def signer_blocks(view: PlanView, version: PlanVersieView, on: date) -> tuple[SignerBlock, ...]:
    """Each expected signer (signed or with an empty line), then anyone else who signed.

    Only signatures under the current text are drawn; outdated ones stay in the vault.
    """
    expected = view.expected_signers(version.content, on)
    blocks = [_block(person, signature) for person, signature in
              signing_state(expected, version.signatures)]
    known = {p.sleutel for p in expected}
    others: dict[str, HandtekeningView] = {}
    for signature in version.current_signatures:
        if signature.sleutel not in known:
            others[signature.sleutel or str(signature.id)] = signature
    for signature in others.values():
        person = view.case.person(signature.sleutel)
        blocks.append(_block(person, signature))
    return tuple(blocks)


def _block(person: PlanPersoon | None, signature: HandtekeningView | None) -> SignerBlock:
    if signature is None:
        assert person is not None
        return SignerBlock(person.naam, _role(person))
    role = signature.rol or (_role(person) if person else "")
    if person is not None and person.organisatie and person.organisatie not in role:
        role = f"{role}, {person.organisatie}" if role else person.organisatie
    return SignerBlock(
        naam=signature.naam or (person.naam if person else ""), rol=role, signed=True,
        plaats=signature.plaats, datum=signature.datum, lijnen=signature.lijnen,
        verhouding=signature.verhouding, getypt=signature.getypt,
    )


def _role(person: PlanPersoon) -> str:
    if person.organisatie:
        return f"{person.rol}, {person.organisatie}" if person.rol else person.organisatie
    return person.rol


def _load(services: Services, version_id: uuid.UUID,
          include_bsn: bool) -> tuple[PlanView, str | None]:
    view = services.plans.view_of_version(version_id)
    bsn = None
    if include_bsn:
        _, _, raw_id = view.case.jongere.sleutel.partition(":")
        with services.context.vault.transaction() as session:
            person = session.get(Persoon, uuid.UUID(raw_id))
            bsn = person.bsn if person is not None and person.bsn else None
    return view, bsn


def domain_names(services: Services) -> dict[str, str]:
    """Every domain's name by ``pillar.domain`` key, from the instruments (for plain text)."""
    return _instrument_words(services, [])[0]


def _instrument_words(
    services: Services, gesprekken: list[GesprekView]
) -> tuple[dict[str, str], dict[Pijler, str]]:
    """Domain names (for target scores) and each pillar's "ik" sentence."""
    names: dict[str, str] = {}
    intros: dict[Pijler, str] = {}
    try:
        library = services.gesprekken.library
        instruments = sorted(library.instruments.values(), key=lambda i: (i.id, i.version))
        newest = library.newest()
    except (TafelError, OSError):
        instruments, newest = [], None
    for instrument in instruments:
        for pillar in instrument.pillars:
            for domain in pillar.domains:
                names[f"{pillar.key.value}.{domain.key}"] = domain.name
    for gesprek in gesprekken:
        for score in gesprek.scores:
            if score.name:
                names.setdefault(f"{score.pillar.value}.{score.domain}", score.name)
    if newest is not None:
        intros = {pillar.key: pillar.ik for pillar in newest.pillars if pillar.ik}
    return names, intros


def read_plan_hash(pdf: bytes) -> str | None:
    """The plan hash in a PDF tafel printed, or None when it is not one (or is damaged).

    First the metadata, then the page texts from the last page back (the code is printed on
    the last page).
    """
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except (pdfium.PdfiumError, ValueError, TypeError, OSError):
        return None
    try:
        metadata = document.get_metadata_dict()
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()
    for key in ("Keywords", "Subject"):
        found = HASH_PATTERN.search(str(metadata.get(key, "")).lower())
        if found:
            return found.group(0)
    for text in reversed(page_texts(pdf) or []):
        found = HASH_PATTERN.search(text.lower())
        if found:
            return found.group(0)
    return None
