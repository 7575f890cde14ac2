"""Everything that uses PySide6 and qtawesome. The core never imports from here."""
