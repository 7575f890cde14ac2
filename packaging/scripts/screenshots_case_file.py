"""Screenshots of the case file's consent, care, referral, legal-status and checklist dialogs.

Called by ``screenshots.py`` with an unlocked demo window; each dialog is shot as it opens
(active, so the keyboard focus shows) and closed unsaved.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from tafel.ui.main_window import MainWindow

DialogShot = Callable[[object, Path, str], None]


def take_case_file_shots(window: MainWindow, out: Path, dialog_shot: DialogShot) -> None:
    """Consent, indicatie, referral, hand-over, legal status and 18-/18+ checklist dialogs."""
    from tafel.ui.casus.checklist18_dialog import ChecklistPuntDialog
    from tafel.ui.casus.checklist18_section import Checklist18Window
    from tafel.ui.casus.indicatie_dialog import EindeIndicatieDialog, IndicatieDialog
    from tafel.ui.casus.juridisch_dialog import JuridischDialog
    from tafel.ui.casus.overdracht_dialog import OverdrachtDialog
    from tafel.ui.casus.toestemming_dialog import ToestemmingDialog
    from tafel.ui.casus.verwijzing_dialog import ContactDialog, VerwijzingDialog

    controller = window.controller
    services = controller.services
    summaries = {s.jongere.split()[0]: s.id for s in services.casussen.summaries()}
    jaylen = services.casussen.open(summaries["Jaylen"])  # 17: an OTS and a checklist
    kevin = services.casussen.open(summaries["Kevin"])  # 21: a referral without follow-up
    dialog_shot(ToestemmingDialog(controller, jaylen, window), out, "27-consent-new")
    care = jaylen.indicaties[0] if jaylen.indicaties else None
    dialog_shot(IndicatieDialog(controller, jaylen.casus.id, None, "", window), out,
                "28-care-new")
    if care is not None:
        dialog_shot(IndicatieDialog(controller, jaylen.casus.id, care, "", window), out,
                    "28-care-edit")
        dialog_shot(EindeIndicatieDialog(controller, care, window), out, "28-care-end")
    dialog_shot(VerwijzingDialog(controller, kevin, None, window), out, "29-referral-new")
    if kevin.verwijzingen:
        dialog_shot(ContactDialog(controller, kevin.verwijzingen[0], window), out,
                    "29-referral-contact")
    dialog_shot(OverdrachtDialog(controller, kevin, lambda _to, _origin: None, window),  # type: ignore[arg-type,return-value]
                out, "30-hand-over")
    legal = services.juridisch.for_case(jaylen.casus.id)
    dialog_shot(JuridischDialog(controller, jaylen, None, window), out, "31-legal-new")
    if legal:
        dialog_shot(JuridischDialog(controller, jaylen, legal[0], window), out, "31-legal-edit")
    checklist = services.checklist18.for_case(jaylen.casus.id)
    names = [p.naam for p in jaylen.personen] + [b.naam for b in jaylen.betrokkenen]
    dialog_shot(ChecklistPuntDialog(controller, jaylen.casus.id, checklist.punten[0], names,
                                    window), out, "32-checklist-item")
    dialog_shot(Checklist18Window(controller, jaylen.casus.id, jaylen.jongere.naam, names,
                                  window), out, "32-checklist-window")
