"""The case model and its rules: pure data, no database session and no Qt."""

from tafel.domain.enums import (
    CasusStatus,
    Gegevenscategorie,
    Grondslag,
    NetwerkSoort,
    Pijler,
    Rol,
    Wetskader,
)
from tafel.domain.models import (
    AuditEvent,
    Betrokkene,
    Casus,
    Huishouden,
    Indicatie,
    Persoon,
    Toestemming,
    VaultMeta,
)

__all__ = [
    "AuditEvent",
    "Betrokkene",
    "Casus",
    "CasusStatus",
    "Gegevenscategorie",
    "Grondslag",
    "Huishouden",
    "Indicatie",
    "NetwerkSoort",
    "Persoon",
    "Pijler",
    "Rol",
    "Toestemming",
    "VaultMeta",
    "Wetskader",
]
