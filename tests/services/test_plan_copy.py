"""``tafel verify`` on the content of a copy: real prints, real forgeries, a real demo vault.

A copy is accepted only when the text of every page is the text tafel printed under its code;
every forgery below carries a real code and must be refused with the difference named.
"""

from __future__ import annotations

import uuid

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st
from sqlmodel import select

from tafel.domain.plan_doc import SetText
from tafel.domain.plan_tables import Afdruk, PlanMoment
from tafel.errors import EXIT_MISMATCH, EXIT_OK, ValidationError
from tafel.render.plan_text import plan_text
from tafel.services import Services, audit
from tafel.services.plan_check import Compared, check_code, check_pdf
from tafel.services.plan_copy import (
    IN_ALL,
    PER_PAGE,
    compare_copy,
    page_texts,
    text_hash,
)
from tafel.services.plan_print import plan_pdf, read_plan_hash
from tests.builders import build_plan, current_hash
from tests.forgeries import (
    canvas_pdf,
    with_code_of,
    with_page_from,
    with_text,
    without_page,
)

VANGNET = "Lukt het niet, dan bel ik mijn zus en mag ik daar slapen."


def copies(services: Services, version_id: uuid.UUID) -> list[Afdruk]:
    with services.context.vault.transaction() as session:
        return list(session.exec(select(Afdruk).where(Afdruk.versie_id == version_id)))


def prints_logged(services: Services, case_id: uuid.UUID) -> int:
    with services.context.vault.transaction() as session:
        return sum(e.actie.startswith("afgedrukt")
                   for e in audit.events_for_case(session, case_id))


# -- keeping the text of every printed page ---------------------------------------------------


def test_printing_keeps_the_text_of_every_page_once_per_distinct_text(
    demo_services: Services,
) -> None:
    built = build_plan(demo_services)
    inhoud_hash = current_hash(demo_services, built)
    plan_pdf(demo_services, built.version_id, record=None)
    assert copies(demo_services, built.version_id) == []  # a preview keeps nothing

    pdf = plan_pdf(demo_services, built.version_id)
    [kept] = copies(demo_services, built.version_id)
    assert kept.paginas == page_texts(pdf) and len(kept.paginas) >= 4
    assert kept.tekst_hash == text_hash(kept.paginas) and kept.inhoud_hash == inhoud_hash
    assert kept.hoe == "afgedrukt"
    assert VANGNET in " ".join(kept.paginas[-2].split())

    again = plan_pdf(demo_services, built.version_id)  # the same plan, one log entry later
    assert prints_logged(demo_services, built.case_id) == 2  # every print is logged
    assert page_texts(again) != page_texts(pdf)  # so its log line differs...
    assert [strip_log(p) for p in page_texts(again)] == [strip_log(p) for p in kept.paginas]
    assert len(copies(demo_services, built.version_id)) == 2  # ...and it is a copy of its own
    plan_pdf(demo_services, built.version_id, record=None)  # a preview still keeps nothing
    assert len(copies(demo_services, built.version_id)) == 2
    with_bsn = plan_pdf(demo_services, built.version_id, include_bsn=True)
    kept_now = copies(demo_services, built.version_id)
    assert len(kept_now) == 3
    assert {k.hoe for k in kept_now} == {"afgedrukt", "afgedrukt (met BSN)"}
    assert page_texts(with_bsn) in [k.paginas for k in kept_now]


def strip_log(page: str) -> str:
    """A page's text without the audit log's line, which moves on with every print."""
    return "\n".join(line for line in page.splitlines() if not line.startswith("Logboek:"))


def test_a_print_of_a_text_that_changed_meanwhile_records_nothing(
    demo_services: Services,
) -> None:
    built = build_plan(demo_services)
    old_hash = current_hash(demo_services, built)
    demo_services.plans.edit(built.version_id, SetText("droom", "Een eigen werkplaats."))
    before = prints_logged(demo_services, built.case_id)
    with pytest.raises(ValidationError, match="net gewijzigd"):
        demo_services.plans.record_print(built.version_id, pages=["tekst"],
                                         expected_hash=old_hash)
    assert copies(demo_services, built.version_id) == []
    assert prints_logged(demo_services, built.case_id) == before
    with demo_services.context.vault.transaction() as session:
        frozen = session.exec(select(PlanMoment.inhoud_hash)
                              .where(PlanMoment.versie_id == built.version_id)).all()
    assert current_hash(demo_services, built) not in frozen


# -- a genuine copy, and forgeries that carry a real code -------------------------------------


def test_a_genuine_print_matches_with_and_without_bsn(demo_services: Services) -> None:
    built = build_plan(demo_services)
    for include_bsn in (False, True):
        pdf = plan_pdf(demo_services, built.version_id, include_bsn=include_bsn)
        check = check_pdf(demo_services, pdf)
        assert check is not None and check.matches is True
        assert check.compared is Compared.PRINTED_COPY and check.exit_code == EXIT_OK
        assert check.sentences()[0].startswith("Deze afdruk klopt: het is versie 1")
        assert check.as_json()["differences"] == []


def test_one_changed_word_is_refused_and_named(demo_services: Services) -> None:
    built = build_plan(demo_services)
    genuine = plan_pdf(demo_services, built.version_id)
    forged = with_text(demo_services, built.version_id, "vangnet",
                       VANGNET.replace("mijn zus", "mijn oom"), like=genuine)
    assert read_plan_hash(forged) == read_plan_hash(genuine)
    assert len(page_texts(forged) or []) == len(page_texts(genuine) or [])
    check = check_pdf(demo_services, forged)
    assert check is not None and check.matches is False and check.exit_code == EXIT_MISMATCH
    page = next(i + 1 for i, text in enumerate(page_texts(genuine) or [])
                if "mijn zus en mag" in text)
    assert check.comparison is not None
    assert check.comparison.differences == (
        f"Pagina {page}: in deze afdruk staat '… bel ik mijn oom en mag ik …', in de kluis "
        f"staat '… bel ik mijn zus en mag ik …'.",)
    sentences = check.sentences()
    assert sentences[0].startswith("Pas op: de tekst van deze afdruk verschilt")
    assert not any("Deze afdruk klopt" in s or "getekend" in s for s in sentences)


def test_changed_words_in_a_long_paragraph_are_quoted_with_a_few_words_around(
    demo_services: Services,
) -> None:
    built = build_plan(demo_services)
    long = ("Lukt het niet, dan bel ik eerst mijn zus in Almelo en daarna de jongerencoach, en "
            "als dat ook niet lukt mag ik een paar nachten bij mijn oom Anouar slapen.")
    demo_services.plans.edit(built.version_id, SetText("vangnet", long))
    printed = plan_pdf(demo_services, built.version_id)
    genuine = page_texts(printed) or []
    page = next(i + 1 for i, text in enumerate(genuine) if "mijn zus in Almelo" in text)
    forged = with_text(demo_services, built.version_id, "vangnet",
                       long.replace("mijn zus in Almelo", "de wethouder in Almelo"), like=printed)
    check = check_pdf(demo_services, forged)
    assert check is not None and check.comparison is not None and not check.matches
    # One difference, though the paragraph wrapped again: the changed words, not the lines.
    assert check.comparison.differences == (
        f"Pagina {page}: in deze afdruk staat '… bel ik eerst de wethouder in Almelo en …', "
        f"in de kluis staat '… bel ik eerst mijn zus in Almelo en …'.",)


def test_a_page_taken_out_or_put_in_is_refused_and_named(demo_services: Services) -> None:
    built = build_plan(demo_services)
    genuine = plan_pdf(demo_services, built.version_id)
    pages = page_texts(genuine) or []
    total = len(pages)

    check = check_pdf(demo_services, without_page(genuine, 2))
    assert check is not None and check.exit_code == EXIT_MISMATCH
    assert check.comparison is not None
    first_line = pages[2].splitlines()[0]
    assert check.comparison.differences == (
        f"Deze afdruk heeft {total - 1} pagina's; in de kluis heeft deze versie er {total}.",
        f"Pagina 3 uit de kluis ontbreekt in deze afdruk (die begint met '{first_line}').",
    )

    extra = canvas_pdf(["De gemeente betaalt de huur, elke maand."])
    check = check_pdf(demo_services, with_page_from(genuine, extra, 3))
    assert check is not None and check.exit_code == EXIT_MISMATCH
    assert check.comparison is not None
    assert check.comparison.differences == (
        f"Deze afdruk heeft {total + 1} pagina's; in de kluis heeft deze versie er {total}.",
        "Pagina 4 van deze afdruk staat niet in de kluis (die begint met 'De gemeente "
        "betaalt de huur, elke maand.').",
    )


def test_the_code_beside_other_words_or_only_in_the_metadata_is_refused(
    demo_services: Services,
) -> None:
    built = build_plan(demo_services)
    plan_pdf(demo_services, built.version_id)
    inhoud_hash = current_hash(demo_services, built)
    words = ["Mijn toekomstplan", "De gemeente betaalt 25.000 euro."]
    for forged in (canvas_pdf(words, code_in_text=inhoud_hash),
                   canvas_pdf(words, code_in_metadata=inhoud_hash)):
        check = check_pdf(demo_services, forged)
        assert check is not None and check.verification.found and check.matches is False
        assert check.comparison is not None
        told = check.comparison.differences
        assert told[0].startswith("Deze afdruk heeft 1 pagina; in de kluis heeft deze versie")
        assert any("De gemeente betaalt 25.000 euro." in line for line in told)
        assert len(told) <= IN_ALL + 1


def test_a_real_code_of_another_plan_is_refused(demo_services: Services) -> None:
    ours = build_plan(demo_services)
    theirs = build_plan(demo_services, "T-2026-0001")
    plan_pdf(demo_services, ours.version_id)
    their_hash = read_plan_hash(plan_pdf(demo_services, theirs.version_id))
    assert their_hash is not None
    check = check_pdf(demo_services, with_code_of(demo_services, ours.version_id, their_hash))
    assert check is not None and check.exit_code == EXIT_MISMATCH
    assert check.verification.referentie == "T-2026-0001"
    assert check.comparison is not None
    assert (f"Pagina 1: in deze afdruk staat '{ours.jongere}', in de kluis staat "
            f"'{theirs.jongere}'.") in check.comparison.differences


def test_a_code_of_an_earlier_text_under_the_new_text_is_refused(
    demo_services: Services,
) -> None:
    built = build_plan(demo_services)
    first = read_plan_hash(plan_pdf(demo_services, built.version_id))
    assert first is not None
    demo_services.plans.edit(built.version_id, SetText("vangnet", "Dan bel ik de coach."))
    plan_pdf(demo_services, built.version_id)
    check = check_pdf(demo_services, with_code_of(demo_services, built.version_id, first))
    assert check is not None and check.exit_code == EXIT_MISMATCH
    assert check.comparison is not None
    assert any("Dan bel ik de coach." in d and VANGNET in d
               for d in check.comparison.differences)


# -- copies printed before tafel kept page texts ----------------------------------------------


def test_an_older_copy_is_compared_with_the_version_made_again(
    demo_services: Services,
) -> None:
    built = build_plan(demo_services)  # signed, so frozen, but never printed with page texts
    assert copies(demo_services, built.version_id) == []
    old_print = plan_pdf(demo_services, built.version_id, record=None)
    check = check_pdf(demo_services, old_print)
    assert check is not None and check.matches is True and check.exit_code == EXIT_OK
    assert check.compared is Compared.MADE_AGAIN
    assert "opnieuw opgemaakt" in check.sentences()[1]

    forged = with_text(demo_services, built.version_id, "vangnet", "Dan betaalt de gemeente.")
    check = check_pdf(demo_services, forged)
    assert check is not None and check.matches is False and check.exit_code == EXIT_MISMATCH
    text = "\n".join(check.sentences())
    assert f"in deze afdruk staat 'Dan betaalt de gemeente.', in de kluis staat '{VANGNET}'" \
        in text
    assert "Controleer de afdruk daarom met de hand" in text
    assert text.endswith(check.frozen_text) and VANGNET in check.frozen_text


def test_when_the_version_cannot_be_made_again_a_person_checks_by_hand(
    demo_services: Services, monkeypatch: pytest.MonkeyPatch,
) -> None:
    built = build_plan(demo_services)
    old_print = plan_pdf(demo_services, built.version_id, record=None)

    def cannot(*_args: object, **_kwargs: object) -> bytes:
        raise ValueError("this renderer is gone")

    monkeypatch.setattr("tafel.services.plan_check.render_plan_pdf", cannot)
    check = check_pdf(demo_services, old_print)
    assert check is not None and check.compared is Compared.BY_HAND
    assert check.matches is None and check.exit_code == EXIT_MISMATCH
    sentences = check.sentences()
    assert "Deze afdruk klopt" not in sentences[0]
    assert sentences[1].startswith("tafel kan deze afdruk niet zelf vergelijken")
    assert "Controleer hem met de hand" in sentences[1]
    assert sentences[-1] == check.frozen_text and VANGNET in check.frozen_text
    assert check.as_json()["compared_with"] == "by_hand"


# -- a code from paper ------------------------------------------------------------------------


def test_a_code_from_paper_shows_the_frozen_text(demo_services: Services) -> None:
    built = build_plan(demo_services)
    inhoud_hash = current_hash(demo_services, built)
    check = check_code(demo_services, inhoud_hash)
    assert check.compared is Compared.PAPER and check.matches is None
    assert check.exit_code == EXIT_OK
    assert not any("klopt:" in s for s in check.sentences())
    assert check.sentences()[-1] == check.frozen_text
    unknown = check_code(demo_services, "0" * 64)
    assert not unknown.verification.found and unknown.exit_code == EXIT_MISMATCH


def test_the_plain_text_follows_the_printed_plan(demo_services: Services) -> None:
    built = build_plan(demo_services)
    view = demo_services.plans.for_case(built.case_id)
    assert view is not None
    content = view.latest.content
    text = plan_text(content, jongere=built.jongere, referentie="T-2026-0003", nummer=1,
                     inhoud_hash="ab" * 32, domain_names={"wonen.huisvesting": "Huisvesting"})
    order = ["Toekomstplan van " + built.jongere, "Controlecode (SHA-256): " + "ab" * 32,
             "Waar ik over een half jaar wil zijn", "crème brûlée", "Mijn droom voor later",
             "Mijn plan per pijler", "Wonen", "Ik wil een eigen kamer in Almelo.",
             "Huisvesting 4", "Inkomen", "Mijn oom Anouar helpt met de post.",
             "Support", "Afspraken", "Inschrijven bij de woningcorporatie", "Doorbraak",
             "Zonder adres geen uitkering", "Waardendriehoek", "Kostenvergelijking",
             "Totaal dreigende route: € 16.200,00", "Vangnet", VANGNET, "Evaluatie"]
    positions = [text.index(words) for words in order]
    assert positions == sorted(positions)
    assert "(geschreven door Fatima Amrani, professional)" in text
    assert all(len(line) <= 88 for line in text.splitlines())


# -- the comparison itself --------------------------------------------------------------------


def test_layout_alone_is_not_a_difference_and_the_list_stays_short() -> None:
    vault = ["Mijn toekomstplan\nNadia\nvoet · pagina 1 van 2", "Afspraken\nvoet · pagina 2 van 2"]
    assert compare_copy(["Mijn  toekomstplan Nadia\r\nvoet · pagina 1 van 2",
                         "Afspraken voet · pagina 2 van 2"], [vault]).matches
    ours = ["\n".join(f"regel {p}.{n}" for n in range(40)) for p in range(4)]
    theirs = ["\n".join(f"andere {p}.{n}" for n in range(40)) for p in range(4)]
    result = compare_copy(ours, [theirs])
    assert not result.matches
    assert result.differences[0] == ("Pagina 1: in deze afdruk staat 'regel 0.0', in de kluis "
                                     "staat 'andere 0.0'.")
    assert "Pagina 1: en nog 37 verschillen op deze pagina." in result.differences
    per_page: dict[str, int] = {}
    for line in result.differences:
        page = line.split(":")[0]
        per_page[page] = per_page.get(page, 0) + 1
    assert len(result.differences) <= IN_ALL
    assert all(count <= PER_PAGE + 1 for count in per_page.values())
    assert result.differences[-1] == "… en verderop nog meer verschillen."
    # Pages in another order: told as a page missing and a page that is not in the vault.
    swapped = compare_copy([ours[1], ours[0]], [ours[:2]])
    assert not swapped.matches and len(swapped.differences) == 2
    assert "ontbreekt in deze afdruk" in swapped.differences[0]
    assert "staat niet in de kluis" in swapped.differences[1]


def test_the_closest_kept_copy_is_the_one_told() -> None:
    signed = ["Plan\nGetekend door Sam\nvangnet: bel de coach"]
    unsigned = ["Plan\nNog niet getekend\nvangnet: bel de coach"]
    forged = ["Plan\nGetekend door Sam\nvangnet: bel de gemeente"]
    result = compare_copy(forged, [unsigned, signed])
    assert result.differences == (
        "Pagina 1: in deze afdruk staat 'vangnet: bel de gemeente', in de kluis staat "
        "'vangnet: bel de coach'.",)


WORDS = st.sampled_from(["Mijn", "plan", "de", "gemeente", "betaalt", "€ 4,50", "crème", "·",
                         "pagina 1 van 2", "", " ", "\n", "\r\n"])
PAGES = st.lists(st.lists(WORDS, max_size=30).map(" ".join), max_size=5)


@settings(max_examples=300, deadline=None)
@given(copy=PAGES, vault=PAGES)
@example(copy=["pagina 1 van 2", "pagina 2 van 2"], vault=["a"])  # footers only
def test_any_two_copies_are_compared_without_failing(copy: list[str], vault: list[str]) -> None:
    result = compare_copy(copy, [vault])
    same = [p.split() for p in copy] == [p.split() for p in vault]
    assert result.matches is same
    assert bool(result.differences) is not same
    assert len(result.differences) <= IN_ALL + 1
    assert not any("''" in line for line in result.differences)  # never an empty quote
