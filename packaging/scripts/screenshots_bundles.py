"""Screenshots of bundles between parties: making one, reading one in, the ones that wait.

    QT_QPA_PLATFORM=offscreen python packaging/scripts/screenshots_bundles.py [OUT_DIR]

Several vaults are made in a temporary folder, one per party (the wijkteam, youth care, a
school, debt counselling), they exchange cards, and the wijkteam's case of Noor Bakker is
shared with consent. Each scene then opens the real window on one party's vault. Functions
named ``bundel_*`` are the bundle scenes; other scenes may join this file with their own.
"""

from __future__ import annotations

import os
import sys
import tempfile
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date, timedelta
from pathlib import Path

from tafel.ui.main_window import MainWindow

DialogShot = Callable[[object, Path, str], None]
PASSPHRASE = "paarse olifant op de fiets"
TODAY = date(2026, 11, 30)


@dataclass
class BundelPartij:
    """One party's vault, open, with its services."""

    path: Path
    vault: object
    services: object
    naam: str


def bundel_partij(folder: Path, naam: str, organisatie: str, rol: str) -> BundelPartij:
    """A new vault for one professional (cheap key derivation: these are pictures)."""
    from tafel.services import Services
    from tafel.vault import KdfParams, Vault

    folder.mkdir(parents=True, exist_ok=True)
    vault = Vault.create(folder / "kluis.tafel", PASSPHRASE, KdfParams(memory_kib=8192,
                                                                       time_cost=1))
    services = Services(vault, naam, today=lambda: TODAY)
    services.medewerker.vastleggen(naam, organisatie, rol)
    return BundelPartij(vault.path, vault, services, naam)


def bundel_kent(one: BundelPartij, other: BundelPartij, verified: bool = True) -> uuid.UUID:
    """``one`` adds ``other``'s card (and verifies it); returns the party's id in ``one``."""
    added = one.services.partijen.voeg_toe(other.services.partijen.kaart_bestand())
    if verified:
        one.services.partijen.markeer_geverifieerd(added.partij.id)
    return added.partij.id


def bundel_deel(owner: BundelPartij, case_id: uuid.UUID, partij_id: uuid.UUID, naam: str,
                organisatie: str, categorieen: tuple, until: date | None) -> None:  # type: ignore[type-arg]
    """``naam`` joins the network, linked to the party, with the household's consent."""
    from tafel.domain.enums import NetwerkSoort
    from tafel.services.netwerk import NieuweBetrokkene
    from tafel.services.toestemmingen import NieuweToestemming

    services = owner.services
    person = services.netwerk.add_betrokkene(case_id, NieuweBetrokkene(
        NetwerkSoort.PROFESSIONEEL, naam, "professional", organisatie)).primary_id
    services.partijen.koppel(partij_id, person)
    services.toestemmingen.add(case_id, NieuweToestemming(
        ontvanger="", doel="Samen aan het plan werken", categorieen=categorieen,
        gegeven_op=TODAY - timedelta(days=20), verloopt_op=until,
        ontvanger_betrokkene_id=person))


def bundel_plan_edit(one: BundelPartij, case_id: uuid.UUID, *edits: object) -> str | None:
    """Edit the newest plan version; returns the id of an afspraak it added."""
    view = one.services.plans.for_case(case_id)
    return one.services.plans.edit(view.latest.id, *edits).created_id


def bundel_window(app, party: BundelPartij, home: Path) -> MainWindow:  # type: ignore[no-untyped-def]
    """The real window, unlocked on ``party``'s vault (which is locked here first)."""
    from tafel.settings import Settings
    from tafel.ui.controller import AppController
    from tafel.vault import KdfParams

    party.vault.lock()
    controller = AppController(Settings(last_vault=str(party.path)), None,
                               KdfParams(memory_kib=8192, time_cost=1), today=lambda: TODAY)
    window = MainWindow(controller)
    window.resize(1366, 768)
    window.show()
    controller.unlock(PASSPHRASE)
    for _ in range(5):
        app.processEvents()
    return window


def bundel_scenes(out: Path, dialog_shot: DialogShot, app, work: Path) -> None:  # type: ignore[no-untyped-def]
    """Every bundle scene, each on the vault of the party that sees it."""
    from tafel.domain.enums import Gegevenscategorie as C
    from tafel.domain.plan_doc import SetAfspraak, SetText
    from tafel.services.casussen import NieuweCasus

    wijkteam = bundel_partij(work / "w", "Fatima Amrani", "Wijkteam Weidestad", "consulent")
    jeugdhulp = bundel_partij(work / "j", "Sanne de Wit", "Jeugdhulp Twente",
                              "ambulant hulpverlener")
    school = bundel_partij(work / "s", "Bas de Vries", "ROC Weidestad", "mentor")
    schuldhulp = bundel_partij(work / "y", "Yvonne Vlasblom", "Schuldhulp Weidestad",
                               "schuldhulpverlener")
    to_j = bundel_kent(wijkteam, jeugdhulp)
    to_s = bundel_kent(wijkteam, school, verified=False)
    to_y = bundel_kent(wijkteam, schuldhulp)
    bundel_kent(jeugdhulp, wijkteam)
    bundel_kent(school, wijkteam)
    case_id = wijkteam.services.casussen.register(NieuweCasus(
        huishouden="Huishouden Bakker", voornaam="Noor", achternaam="Bakker",
        geboortedatum=date(2009, 5, 14), casusregisseur="Fatima Amrani")).primary_id
    everything = tuple(c for c in C if c is not C.NOTITIES)
    bundel_deel(wijkteam, case_id, to_j, "Sanne de Wit", "Jeugdhulp Twente", everything,
                date(2027, 3, 1))
    bundel_deel(wijkteam, case_id, to_s, "Bas de Vries", "ROC Weidestad",
                tuple(c for c in everything if c is not C.INKOMEN), date(2027, 7, 31))
    bundel_deel(wijkteam, case_id, to_y, "Yvonne Vlasblom", "Schuldhulp Weidestad",
                (C.TOEKOMSTPLAN, C.INKOMEN), None)

    def send(sender: BundelPartij, *parties: uuid.UUID) -> bytes:
        return sender.services.bundels.exporteer(case_id, partij_ids=list(parties)).data

    wijkteam.services.plans.start(case_id)
    kamer = bundel_plan_edit(
        wijkteam, case_id, SetText("perspectief", "Over een half jaar woon ik op mezelf."),
        SetText("wonen.ik_doel", "Ik wil een eigen kamer in Weidestad."),
        SetAfspraak(None, {"actie": "Kamer zoeken bij de corporatie", "pijler": "wonen",
                           "deadline": date(2027, 1, 15)}))
    jeugdhulp.services.bundels.lees_in(send(wijkteam, to_j))
    # apart: both change the same deadline, and each writes a part
    bundel_plan_edit(wijkteam, case_id, SetText("vangnet", "Als het misgaat, bel ik oma Ria."),
                     SetAfspraak(kamer, {"deadline": date(2027, 1, 31)}),
                     SetText("wonen.zelf_doen", "Elke week twee woningen bekijken."))
    bundel_plan_edit(jeugdhulp, case_id, SetAfspraak(kamer, {"deadline": date(2027, 2, 15)}),
                     SetText("welzijn.ondersteuning", "Sanne komt elke twee weken langs."))
    second = send(wijkteam, to_j)
    bundel_plan_edit(wijkteam, case_id, SetText("school_werk.ik_doel", "Mijn diploma halen."))
    third = send(wijkteam, to_j)
    bundel_plan_edit(wijkteam, case_id, SetText("school_werk.zelf_doen",
                                                "Elke dag op tijd op school."))
    fourth = send(wijkteam, to_j)
    for_yvonne = send(wijkteam, to_y)
    with_passphrase = wijkteam.services.bundels.exporteer(
        case_id, wachtwoordzin="fiets lantaarn gember oktober",
        categorieen=[C.TOEKOMSTPLAN, C.WONEN]).data
    files = work / "bundels"
    files.mkdir()
    for name, data in (("2", second), ("3", third), ("4", fourth), ("y", for_yvonne),
                       ("w", with_passphrase)):
        (files / f"{name}.tafelbundel").write_bytes(data)

    bundel_export_shots(app, wijkteam, case_id, out, dialog_shot, work)
    bundel_import_shots(app, jeugdhulp, files, out, dialog_shot, work)
    bundel_unknown_shot(app, schuldhulp, files / "y.tafelbundel", out, dialog_shot, work)
    school.vault.lock()


def bundel_export_shots(app, wijkteam: BundelPartij, case_id: uuid.UUID, out: Path,  # type: ignore[no-untyped-def]
                        dialog_shot: DialogShot, work: Path) -> None:
    """Two recipients, one without Inkomen (and not verified); the passphrase way; nothing."""
    from tafel.services.casussen import NieuweCasus

    bare_id = wijkteam.services.casussen.register(NieuweCasus(
        huishouden="Huishouden Yilmaz", voornaam="Sem", achternaam="Yilmaz",
        geboortedatum=date(2008, 2, 3), casusregisseur="Fatima Amrani")).primary_id
    window = bundel_window(app, wijkteam, work)
    workspace = window.workspace
    workspace.case_list.select_case(case_id)
    overview = workspace.overview
    overview.make_bundle()
    dialog = overview.bundle_dialog
    dialog.confirm_unverified = lambda partij: True
    for box in dialog.parties.boxes.values():
        if "Yvonne" not in box.text():
            box.setChecked(True)
    dialog_shot(dialog, out, "bundel_export_twee")
    overview.make_bundle()
    dialog = overview.bundle_dialog
    dialog.with_passphrase.setChecked(True)
    for box in list(dialog.categories.boxes.values())[:3]:
        box.setChecked(True)
    dialog.passphrase_edit.setText("fiets lantaarn gember oktober")
    dialog.repeat_edit.setText("fiets lantaarn gember oktober")
    dialog.strength.update_strength()
    dialog_shot(dialog, out, "bundel_export_wachtwoordzin")
    workspace.case_list.select_case(bare_id)
    overview.make_bundle()
    dialog = overview.bundle_dialog
    for box in dialog.parties.boxes.values():
        box.setChecked("Sanne" in box.text())
    dialog_shot(dialog, out, "bundel_export_niets")
    window.controller.lock()
    window.close()


def bundel_import_shots(app, jeugdhulp: BundelPartij, files: Path, out: Path,  # type: ignore[no-untyped-def]
                        dialog_shot: DialogShot, work: Path) -> None:
    """A verified sender with conflicts; a bundle that waits; the list; it applies later."""
    window = bundel_window(app, jeugdhulp, work)

    def shot(name: str) -> None:
        for _ in range(5):
            app.processEvents()
        window.grab().save(str(out / f"{name}.png"))
        print(out / f"{name}.png")

    window.read_bundle_file(files / "2.tafelbundel")
    dialog = window.bundel_dialog
    dialog.resize(dialog.sizeHint())
    dialog_shot(dialog, out, "bundel_voorbeeld_geverifieerd")
    window.read_bundle_file(files / "2.tafelbundel")
    dialog = window.bundel_dialog
    dialog.read_in()
    dialog_shot(dialog, out, "bundel_ingelezen")
    window.read_bundle_file(files / "4.tafelbundel")
    dialog = window.bundel_dialog
    dialog_shot(dialog, out, "bundel_voorbeeld_wacht")
    window.read_bundle_file(files / "4.tafelbundel")
    window.bundel_dialog.read_in()
    dialog_shot(window.bundel_dialog, out, "bundel_wacht_bewaard")
    shot("bundel_wachtband")
    window.show_waiting_bundles()
    dialog_shot(window.workspace.wachtend_dialog, out, "bundel_wachtlijst")
    window.read_bundle_file(files / "3.tafelbundel")
    window.bundel_dialog.read_in()
    dialog_shot(window.bundel_dialog, out, "bundel_daarna_ingelezen")
    window.read_bundle_file(files / "w.tafelbundel")
    dialog = window.bundel_dialog
    dialog.passphrase_edit.setText("fiets lantaarn")
    dialog.try_passphrase()
    dialog_shot(dialog, out, "bundel_wachtwoordzin_vragen")
    broken = bytearray((files / "3.tafelbundel").read_bytes())
    broken[len(broken) // 2] ^= 1
    (files / "kapot.tafelbundel").write_bytes(bytes(broken))
    window.read_bundle_file(files / "kapot.tafelbundel")
    dialog_shot(window.bundel_melding, out, "bundel_kapot")
    window.controller.lock()
    window.close()


def bundel_unknown_shot(app, schuldhulp: BundelPartij, path: Path, out: Path,  # type: ignore[no-untyped-def]
                        dialog_shot: DialogShot, work: Path) -> None:
    """A bundle from a party this vault has no card of: the warning and the tick."""
    window = bundel_window(app, schuldhulp, work)
    window.read_bundle_file(path)
    dialog_shot(window.bundel_dialog, out, "bundel_voorbeeld_onbekend")
    window.controller.lock()
    window.close()


def main() -> int:
    """The bundle scenes alone, in a temporary home."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    os.environ["TAFEL_HOME"] = tempfile.mkdtemp(prefix="tafel-shots-")
    from PySide6.QtWidgets import QApplication

    from tafel.ui.application import create_app

    sys.path.insert(0, str(Path(__file__).resolve().parent))
    from screenshots import dialog_shot

    out = Path(sys.argv[1] if len(sys.argv) > 1 else "shots")
    out.mkdir(parents=True, exist_ok=True)
    app = create_app([])
    bundel_scenes(out, dialog_shot, app, Path(tempfile.mkdtemp(prefix="tafel-bundels-")))
    QApplication.closeAllWindows()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
