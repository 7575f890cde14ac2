"""All services of one unlocked vault, built together."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from tafel.identity import UNNAMED_ACTOR
from tafel.services.backup import BackupService
from tafel.services.base import ServiceContext
from tafel.services.bundels import BundelService
from tafel.services.casussen import CasusService
from tafel.services.checklist18 import Checklist18Service
from tafel.services.dossier import DossierService
from tafel.services.gesprekken import GesprekService
from tafel.services.indicaties import IndicatieService
from tafel.services.instruments import InstrumentLibrary
from tafel.services.inzage import InzageService
from tafel.services.juridisch import JuridischService
from tafel.services.kengetallen import KengetallenService
from tafel.services.kept_forms import KeptFormService
from tafel.services.kluis import KluisService
from tafel.services.logboek import LogboekService
from tafel.services.medewerker import MedewerkerService, medewerker_in
from tafel.services.netwerk import NetwerkService
from tafel.services.overleggen import OverlegService
from tafel.services.partijen import PartijService
from tafel.services.plans import PlanService
from tafel.services.tekstcorrectie import TekstcorrectieService
from tafel.services.toestemmingen import ToestemmingService
from tafel.services.vault_log import LogService
from tafel.services.vernietiging import VernietigingService
from tafel.services.verwijzingen import VerwijzingService
from tafel.vault.vault import Vault


class Services:
    """All services of one unlocked vault, built once and passed to whoever needs them.

    Who acts is the consulent whose name the vault holds (:mod:`tafel.services.medewerker`);
    ``actor`` stands in only while a vault has no name yet (tests, the demo being made).
    """

    def __init__(
        self,
        vault: Vault,
        actor: str | None = None,
        today: Callable[[], date] = date.today,
        instruments: InstrumentLibrary | None = None,
    ) -> None:
        with vault.transaction() as session:
            medewerker = medewerker_in(session)
        who = medewerker.naam if medewerker is not None else (actor or UNNAMED_ACTOR)
        context = ServiceContext(vault, who, today)
        self.context = context
        self.casussen = CasusService(context)
        self.netwerk = NetwerkService(context)
        self.toestemmingen = ToestemmingService(context)
        self.indicaties = IndicatieService(context)
        self.juridisch = JuridischService(context)
        self.checklist18 = Checklist18Service(context)
        self.gesprekken = GesprekService(context, instruments)
        self.plans = PlanService(context)
        self.forms = KeptFormService(context)
        self.log = LogService(context)
        self.medewerker = MedewerkerService(context)
        self.kluis = KluisService(context)
        self.verwijzingen = VerwijzingService(context)
        self.bundels = BundelService(context)
        self.partijen = PartijService(context)
        self.dossier = DossierService(context)
        self.overleg = OverlegService(context)
        self.vernietiging = VernietigingService(context)
        self.tekstcorrectie = TekstcorrectieService(context)
        self.backup = BackupService(context)
        self.kengetallen = KengetallenService(context)
        self.logboek = LogboekService(context)
        self.inzage = InzageService(context)
