"""Correcting a text inside a plan version's CRDT documents, so the old words are gone.

A version's documents keep every write as CRDT items. Replacing a text by typing would leave
the deleted words in the history if pycrdt kept them; it does not (deleted content is
garbage-collected when the document is encoded), so a correction is made as edits: each
occurrence of the text is deleted and the new text inserted at its place, in the free texts;
a string field of an afspraak or a cost line is written again under the same key, with the
same stamp and write id, so the register's history and conflicts stay exactly as they were.
Deleted afspraken keep their values in the register (an edit made apart must find them), so
they are corrected too.

Made as CRDT edits, a correction travels with the next bundle like any other edit, and when
another party's older copy of the text merges in, the deletion wins.
"""

from __future__ import annotations

from typing import Any

from pycrdt import Text

from tafel.domain.plan_doc import PlanDoc
from tafel.domain.plan_edits import utf8_len
from tafel.domain.plan_register import SEP
from tafel.domain.tekstcorrectie import STRING_FIELDS


def count_in_doc(doc: PlanDoc, needle: str) -> int:
    """How often ``needle`` occurs anywhere a correction reaches in ``doc``."""
    found = 0
    for deel in doc.delen.values():
        for _key, text in deel.teksten.items():
            found += str(text).count(needle)
        for key, raw in deel.registers.store.items():
            found += _field_value(key, raw).count(needle)
    return found


def scrub_doc(doc: PlanDoc, needle: str, replacement: str) -> int:
    """Replace every ``needle`` in ``doc`` with ``replacement``; how many were replaced."""
    replaced = 0
    for deel in doc.delen.values():
        with deel.doc.transaction():
            for _key, text in list(deel.teksten.items()):
                replaced += _scrub_text(text, needle, replacement)
            for key, raw in list(deel.registers.store.items()):
                value = _field_value(key, raw)
                if needle in value:
                    replaced += value.count(needle)
                    deel.registers.store[key] = {**raw, "v": value.replace(needle, replacement)}
    return replaced


def _scrub_text(text: Text, needle: str, replacement: str) -> int:
    """Delete each occurrence and insert the new text there, from the end backwards."""
    current = str(text)
    starts: list[int] = []
    at = current.find(needle)
    while at >= 0:
        starts.append(at)
        at = current.find(needle, at + len(needle))
    width = utf8_len(needle)
    for start in reversed(starts):  # from the end: earlier positions stay where they are
        position = utf8_len(current[:start])  # pycrdt counts UTF-8 bytes
        del text[position:position + width]
        if replacement:
            text.insert(position, replacement)
    return len(starts)


def _field_value(key: str, raw: Any) -> str:
    """The string value of a register entry a correction reaches, or ""."""
    field, sep, _write_id = key.rpartition(SEP)
    kind, _, rest = field.partition("/")
    name = rest.rpartition("/")[2]
    if not sep or name not in STRING_FIELDS.get(kind, ()) or not isinstance(raw, dict):
        return ""
    value = raw.get("v")
    return value if isinstance(value, str) else ""
