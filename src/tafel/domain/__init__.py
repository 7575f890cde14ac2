"""The case model and its rules: pure data, no database session and no Qt.

Import from the modules themselves (``tafel.domain.enums``, ``tafel.domain.models``); this
package stays empty so that reading an enum does not load SQLModel.
"""
