"""Use cases over the vault, Qt-free. Every write returns a ChangeSet.

``Services`` is loaded on first use, so importing :mod:`tafel.services.changes` stays cheap.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from tafel.services.changes import ChangeSet

if TYPE_CHECKING:
    from tafel.services.registry import Services

__all__ = ["ChangeSet", "Services"]


def __getattr__(name: str) -> Any:
    if name == "Services":
        from tafel.services.registry import Services

        return Services
    raise AttributeError(name)
