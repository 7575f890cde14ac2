"""The text of a printed copy, and how it differs from the copies tafel made.

A code on a page proves nothing by itself: anyone can type a real code under other words. So
whenever tafel prints or saves a plan, it keeps the text of every page of the exact PDF it made
(an :class:`~tafel.domain.plan_tables.Afdruk`), and ``tafel verify`` reads the pages of the PDF
it is shown and compares them with those. The printed PDF is deterministic, so a genuine copy
has exactly the same text; anything else is refused, with the difference named in words a
person can check on the paper ("Pagina 2: in deze afdruk staat …, in de kluis staat …").

Text is read with PDFium, as :func:`tafel.services.plan_print.read_plan_hash` does. Whether two
copies match is decided on the words of each page (line breaks and spacing are layout, and a
newer PDFium may place them a little differently); the differences are told line by line.
"""

from __future__ import annotations

import hashlib
import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from difflib import SequenceMatcher

PER_PAGE = 3  # differences told per page before "en nog …"
IN_ALL = 10  # differences told in all
QUOTE = 80  # characters of one line quoted
CONTEXT = 3  # words quoted either side of a changed word
WORD_CHUNKS = 3  # changed lines told as changed words when there are at most this many
WORD_LIKENESS = 0.6  # ... and the lines are at least this much alike
PAGE_NUMBER = re.compile(r"\s*·?\s*pagina \d+ van \d+\s*$")


def page_texts(pdf: bytes) -> list[str] | None:
    """The text of every page, as PDFium reads it; None when ``pdf`` is not a readable PDF."""
    import pypdfium2 as pdfium

    try:
        document = pdfium.PdfDocument(pdf)
    except (pdfium.PdfiumError, ValueError, TypeError, OSError):
        return None
    pages: list[str] = []
    try:
        for index in range(len(document)):
            page = document[index]
            textpage = page.get_textpage()
            try:
                text = textpage.get_text_range()
            finally:
                textpage.close()
                page.close()
            pages.append(text.replace("\r\n", "\n").replace("\r", "\n"))
    except pdfium.PdfiumError:
        return None
    finally:
        document.close()
    return pages


def text_hash(pages: Sequence[str]) -> str:
    """SHA-256 over the page texts (as JSON, so page boundaries count), to find a copy again."""
    data = json.dumps(list(pages), ensure_ascii=False, separators=(",", ":"))
    return hashlib.sha256(data.encode("utf-8")).hexdigest()


def page_words(pages: Sequence[str]) -> list[tuple[str, ...]]:
    """Each page as its words: what decides whether two copies hold the same text."""
    return [tuple(page.split()) for page in pages]


def page_lines(page: str) -> list[str]:
    """A page's lines, spacing folded, empty lines left out: what the differences quote."""
    return [" ".join(line.split()) for line in page.splitlines() if line.strip()]


@dataclass(frozen=True)
class CopyComparison:
    """A copy's pages against the closest copy the vault holds."""

    matches: bool
    pages: int  # in the copy shown
    vault_pages: int  # in the closest copy the vault holds
    differences: tuple[str, ...] = ()


def compare_copy(copy: Sequence[str], known: Sequence[Sequence[str]]) -> CopyComparison:
    """Does ``copy`` hold exactly the text of one of the ``known`` copies? If not, what differs.

    The differences are told against the known copy that is closest to it, so a copy with one
    word changed is told as that one word, not as everything that differs from another print.
    """
    if not known:
        raise ValueError("compare_copy needs at least one known copy")
    words = page_words(copy)
    for pages in known:
        if page_words(pages) == words:
            return CopyComparison(True, len(copy), len(pages))
    closest = max(known, key=lambda pages: _likeness(copy, pages))
    return CopyComparison(False, len(copy), len(closest), tuple(differences(copy, closest)))


def differences(copy: Sequence[str], vault: Sequence[str]) -> list[str]:
    """What differs between two copies, in Dutch, short enough to read at a glance.

    First the page count; then whole pages that are missing or extra; then, per page, the lines
    that read differently. When the page counts differ, the "pagina x van y" in the footers is
    left out of the comparison: the count is already named, and it would change every page.
    """
    told: list[str] = []
    if len(copy) != len(vault):
        told.append(f"Deze afdruk heeft {_pages(len(copy))}; in de kluis heeft deze versie er "
                    f"{len(vault)}.")
    strip = len(copy) != len(vault)
    copy_pages = [_lines(page, strip) for page in copy]
    vault_pages = [_lines(page, strip) for page in vault]
    lines: list[str] = []
    matcher = SequenceMatcher(None, [tuple(p) for p in copy_pages],
                              [tuple(p) for p in vault_pages], autojunk=False)
    for tag, i1, i2, j1, j2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "insert":
            lines += [f"Pagina {j + 1} uit de kluis ontbreekt in deze afdruk"
                      f"{_starting(vault_pages[j])}." for j in range(j1, j2)]
        elif tag == "delete":
            lines += [f"Pagina {i + 1} van deze afdruk staat niet in de kluis"
                      f"{_starting(copy_pages[i])}." for i in range(i1, i2)]
        else:
            lines += _line_differences(copy_pages, vault_pages, i1, i2, j1, j2)
    if len(lines) > IN_ALL:
        lines = [*lines[:IN_ALL - 1], "… en verderop nog meer verschillen."]
    told += lines
    if not told:  # not expected: the words differ, so some line does
        told.append("De tekst verschilt, maar tafel kan niet aanwijzen op welke regel.")
    return told


def _line_differences(copy_pages: list[list[str]], vault_pages: list[list[str]],
                      i1: int, i2: int, j1: int, j2: int) -> list[str]:
    """Line by line over pages that differ, each line told with the page it is on."""
    ours = [(i + 1, line) for i in range(i1, i2) for line in copy_pages[i]]
    theirs = [(j + 1, line) for j in range(j1, j2) for line in vault_pages[j]]
    matcher = SequenceMatcher(None, [t for _, t in ours], [t for _, t in theirs],
                              autojunk=False)
    told: list[tuple[int, str]] = []
    for tag, a1, a2, b1, b2 in matcher.get_opcodes():
        if tag == "equal":
            continue
        if tag == "replace":
            words = _word_differences(ours[a1:a2], theirs[b1:b2])
            if words is not None:
                told += words
                continue
        pairs = min(a2 - a1, b2 - b1) if tag == "replace" else 0
        for k in range(pairs):
            page, mine = ours[a1 + k]
            here, there = _focus(mine, theirs[b1 + k][1])
            told.append((page, f"Pagina {page}: in deze afdruk staat '{here}', in de kluis "
                               f"staat '{there}'."))
        for page, mine in ours[a1 + pairs:a2]:
            told.append((page, f"Pagina {page}: '{_cut(mine)}' staat niet in de kluis."))
        for page, missing in theirs[b1 + pairs:b2]:
            # Told on the page of this copy where the line should have been.
            near = ours[min(a1 + pairs, len(ours) - 1)][0] if ours else page
            told.append((near, f"Pagina {near}: '{_cut(missing)}' uit de kluis ontbreekt in "
                               f"deze afdruk."))
    return _per_page(told)


def _word_differences(ours: list[tuple[int, str]],
                      theirs: list[tuple[int, str]]) -> list[tuple[int, str]] | None:
    """Lines that changed a little (a word, and the lines wrapped again) told as those words.

    None when the lines are mostly different: then they are told line by line.
    """
    a = [(page, word) for page, line in ours for word in line.split()]
    b = [(page, word) for page, line in theirs for word in line.split()]
    if not a or not b:
        return None
    matcher = SequenceMatcher(None, [w for _, w in a], [w for _, w in b], autojunk=False)
    chunks = [op for op in matcher.get_opcodes() if op[0] != "equal"]
    if not chunks or len(chunks) > WORD_CHUNKS or matcher.ratio() < WORD_LIKENESS:
        return None
    told: list[tuple[int, str]] = []
    for _tag, i1, i2, j1, j2 in chunks:
        page = a[min(i1, len(a) - 1)][0]
        here, there = _around(a, i1, i2), _around(b, j1, j2)
        told.append((page, f"Pagina {page}: in deze afdruk staat '{here}', in de kluis staat "
                           f"'{there}'."))
    return told


def _around(words: list[tuple[int, str]], start: int, end: int) -> str:
    """Words ``start:end`` with a few words of context either side, cut off with "…"."""
    first, last = max(0, start - CONTEXT), min(len(words), end + CONTEXT)
    text = " ".join(w for _, w in words[first:last])
    return _cut(("… " if first else "") + text + (" …" if last < len(words) else ""))


def _per_page(told: list[tuple[int, str]]) -> list[str]:
    """At most :data:`PER_PAGE` lines per page, then how many more there are on that page."""
    by_page: dict[int, list[str]] = {}
    for page, line in told:
        by_page.setdefault(page, []).append(line)
    out: list[str] = []
    for page, lines in by_page.items():
        out += lines[:PER_PAGE]
        more = len(lines) - PER_PAGE
        if more > 0:
            word = "verschil" if more == 1 else "verschillen"
            out.append(f"Pagina {page}: en nog {more} {word} op deze pagina.")
    return out


def _focus(mine: str, theirs: str) -> tuple[str, str]:
    """Two long lines cut down to the words that differ, with a few words around them."""
    if len(mine) <= QUOTE and len(theirs) <= QUOTE:
        return mine, theirs
    a, b = mine.split(), theirs.split()
    start = 0
    while start < min(len(a), len(b)) and a[start] == b[start]:
        start += 1
    end = 0
    while end < min(len(a), len(b)) - start and a[-1 - end] == b[-1 - end]:
        end += 1
    first = max(0, start - CONTEXT)

    def part(words: list[str]) -> str:
        last = len(words) - max(0, end - CONTEXT)
        text = " ".join(words[first:last])
        text = ("… " if first else "") + text + (" …" if last < len(words) else "")
        return _cut(text)

    return part(a), part(b)


def _cut(text: str) -> str:
    return text if len(text) <= QUOTE else text[:QUOTE - 1].rstrip() + "…"


def _lines(page: str, strip_page_number: bool) -> list[str]:
    lines = page_lines(page)
    if strip_page_number and lines:
        lines[-1] = PAGE_NUMBER.sub("", lines[-1])
    return [line for line in lines if line]


def _starting(lines: list[str]) -> str:
    return f" (die begint met '{_cut(lines[0])}')" if lines else " (een lege pagina)"


def _pages(count: int) -> str:
    return "1 pagina" if count == 1 else f"{count} pagina's"


def _likeness(copy: Sequence[str], pages: Sequence[str]) -> tuple[float, int]:
    ours = [line for page in copy for line in page_lines(page)]
    theirs = [line for page in pages for line in page_lines(page)]
    ratio = SequenceMatcher(None, ours, theirs, autojunk=False).ratio()
    return ratio, -abs(len(copy) - len(pages))
