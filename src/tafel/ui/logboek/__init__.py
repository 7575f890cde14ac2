"""The audit log, readable: per case and for the whole vault (Kluis > Logboek…)."""
