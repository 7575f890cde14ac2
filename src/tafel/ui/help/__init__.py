"""Help > Handleiding (F1), Help > Over tafel, and Kluis > Instellingen (Ctrl+,)."""
