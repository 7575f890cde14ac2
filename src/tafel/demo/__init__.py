"""The demo: invented households, filled in through the same services a user's actions call.

Kept apart from ``services`` so the use cases stay small and a demo can never be a shortcut
around them: this package may import services, and nothing in the core imports it.
"""

from tafel.demo.households import DEMO_SURNAMES, fill_demo

__all__ = ["DEMO_SURNAMES", "fill_demo"]
