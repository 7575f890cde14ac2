"""Render the casus-overleg's wall and mirror offscreen into PNGs, to look at them.

Usage: QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_overleg_wand.py [OUT_DIR]
The wall at 1920x1080 (a step with text, the afspraken, a room without Inkomen, the curtain,
the waiting picture, and 1280x720 for a small beamer) and the mirror at 1366x768. The views
are made by the same function the service uses, from an invented plan.
"""

from __future__ import annotations

import os
import sys
from datetime import date
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtWidgets import QApplication, QWidget

from tafel.domain.enums import Gegevenscategorie as C
from tafel.domain.overleg import Aanwezige, AanwezigeSoort, AgendaStap
from tafel.domain.plan_content import Auteur, Schrijver
from tafel.domain.plan_doc import PlanDoc, SetAfspraak, SetText
from tafel.ui.application import create_app
from tafel.ui.overleg.spiegel_window import SpiegelWindow
from tafel.ui.overleg.wand_window import WandWindow
from tafel.views.wand import WandView, wand_view

NOOR = Auteur(Schrijver.JONGERE, "Noor")
TEXTS = {
    "perspectief": "Over een jaar woon ik op mezelf in Weidestad, heb ik mijn diploma "
                   "en weet ik hoe ik met mijn geld omga.",
    "droom": "Ooit wil ik kapper worden met een eigen zaak.",
    "wonen.ik_doel": "Ik wil een eigen kamer, dicht bij school.",
    "inkomen.ik_doel": "Ik wil mijn schuld bij de zorgverzekeraar aflossen.",
    "welzijn.ik_doel": "Ik wil beter slapen en minder piekeren.",
    "school_werk.ik_doel": "Ik wil mijn mbo-2 kappersopleiding afmaken.",
    "support.ik_doel": "Ik wil iemand hebben die ik altijd kan bellen.",
    "wonen.zelf_doen": "Ik schrijf me deze week in bij Woonnet.",
    "inkomen.zelf_doen": "Elke maand 50 euro apart zetten.",
    "welzijn.zelf_doen": "Om elf uur mijn telefoon weg.",
    "school_werk.zelf_doen": "Elke dinsdag naar de bijles.",
    "support.zelf_doen": "Tante Els vragen of ik mag bellen als het misgaat.",
    "doorbraak.blokkade": "Zonder vast adres geen uitkering, zonder uitkering geen kamer.",
    "doorbraak.besluit": "Tijdelijk briefadres bij de gemeente, zodat de aanvraag kan.",
    "vangnet": "Als het misgaat, bel ik tante Els. Lukt dat niet, dan bel ik Fatima.",
}
AFSPRAKEN = [
    ("Inschrijven bij Woonnet", "wonen", "persoon:noor", date(2026, 6, 12)),
    ("Betalingsregeling aanvragen bij de zorgverzekeraar", "inkomen", "persoon:noor",
     date(2026, 6, 19)),
    ("Briefadres regelen bij het Stadsloket", None, "betrokkene:fatima", date(2026, 6, 5)),
    ("Gesprek met de mentor over de bijles", "school_werk", "persoon:sanne", date(2026, 6, 26)),
]
NAMEN = {"persoon:noor": "Noor", "betrokkene:fatima": "Fatima", "persoon:sanne": "Sanne"}
CONCLUSIES = ("Noor zoekt eerst een kamer, daarna werk.",
              "Het briefadres komt vóór de uitkering.",
              "Tante Els is het vaste aanspreekpunt.")


def plan() -> PlanDoc:
    """An invented plan for Noor (17)."""
    doc = PlanDoc.new()
    for key, text in TEXTS.items():
        doc.apply(SetText(key, text), NOOR)
    for actie, pijler, eigenaar, deadline in AFSPRAKEN:
        doc.apply(SetAfspraak(None, {"actie": actie, "pijler": pijler, "eigenaar": eigenaar,
                                     "deadline": deadline.isoformat()}), NOOR)
    return doc


def view(room: frozenset[C], conclusies: tuple[str, ...] = ()) -> WandView:
    return wand_view(plan().content(), "Noor", room, NAMEN, conclusies)


def save(widget: QWidget, out: Path, name: str) -> None:
    for _ in range(3):
        QApplication.processEvents()
    path = out / f"overleg_wand_{name}.png"
    widget.grab().save(str(path))
    print(path)


def main() -> int:
    """Take one PNG per picture."""
    out = Path(sys.argv[1] if len(sys.argv) > 1 else "/work/wt/shots")
    out.mkdir(parents=True, exist_ok=True)
    create_app([])
    everyone = frozenset(c for c in C if c is not C.NOTITIES)
    no_inkomen = everyone - {C.INKOMEN}
    wall = WandWindow()
    wall.resize(1920, 1080)
    wall.show()
    wall.toon(view(everyone), AgendaStap.SITUATIESCHETS, verstreken=0.4)
    save(wall, out, "1_situatieschets")
    wall.toon(view(everyone), AgendaStap.PERSPECTIEF, verstreken=0.7)
    save(wall, out, "2_perspectief")
    wall.toon(view(everyone, CONCLUSIES), AgendaStap.AFSPRAKEN, verstreken=1.2)
    save(wall, out, "3_afspraken")
    wall.toon(view(no_inkomen), AgendaStap.ZELF_DOEN, verstreken=0.5)
    save(wall, out, "4_zonder_inkomen")
    wall.gordijn(True)
    save(wall, out, "5_gordijn")
    wall.gordijn(False)
    wall.toon(view(frozenset()), AgendaStap.SITUATIESCHETS)
    save(wall, out, "6_wachten")
    wall.resize(1280, 720)
    wall.toon(view(everyone, CONCLUSIES), AgendaStap.ZELF_DOEN, verstreken=0.3)
    save(wall, out, "7_1280x720")
    mirror = SpiegelWindow()
    mirror.resize(1366, 768)
    mirror.show()
    mirror.zet_aanwezigen([Aanwezige(AanwezigeSoort.HUISHOUDEN, "Noor Bakker"),
                          Aanwezige(AanwezigeSoort.HUISHOUDEN, "Sanne Bakker"),
                          Aanwezige(AanwezigeSoort.PROFESSIONEEL, "Fatima Amrani")])
    mirror.toon(view(everyone, CONCLUSIES[:2]), AgendaStap.DOORBRAAK, verstreken=0.55)
    save(mirror, out, "8_spiegel_1366x768")
    mirror.toon(view(no_inkomen - {C.PERSOONSGEGEVENS}), AgendaStap.AFSPRAKEN, verstreken=0.2)
    save(mirror, out, "9_spiegel_zonder_namen")
    return 0


if __name__ == "__main__":
    sys.exit(main())
