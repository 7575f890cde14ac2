"""How strong a new passphrase is, why a weak one is refused (in Dutch), and a strong suggestion.

A vault's key comes from its passphrase alone, so a passphrase that an attacker guesses early
opens every case file in it. Length says little: ``wachtwoord`` and ``1234567890`` are ten
characters and among the first guesses of any attack. tafel therefore asks zxcvbn (the Python
port of Dropbox's estimator) how many guesses a passphrase would take, with Dutch knowledge
added: lists of common Dutch passwords, words and names, tafel's own word list, the vault's file
name and the public demo passphrase.

A passphrase is accepted when it has at least :data:`MIN_LENGTH` characters and zxcvbn
estimates at least 10^:data:`MIN_GUESSES_LOG10` guesses (zxcvbn's top score, 4). With the
vault's slow key derivation (Argon2id, 256 MiB) that is years of work for one attacker's
machine; four random words from the word list are about 10^13 guesses on their own.

This module never imports Qt; the new-vault dialog uses :func:`estimate` while the user types.
"""

from __future__ import annotations

import functools
import re
import secrets
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from tafel.errors import WeakPassphraseError
from tafel.paths import resource_path
from tafel.vault.files import DEMO_PASSPHRASE

MIN_LENGTH = 10
MIN_GUESSES_LOG10 = 10.0
SUGGESTED_WORDS = 4
SEPARATOR = "-"
#: zxcvbn refuses longer input and slows down on it; a prefix this long that is strong enough
#: makes the whole passphrase strong enough.
ESTIMATE_CHARACTERS = 64

ADVICE = "Kies vier of vijf losse woorden die niet bij elkaar horen."

#: One plain sentence per reason, shown to the user (the young person may read along).
REASONS = {
    "demo": "Deze wachtwoordzin is openbaar: het is die van de demokluis.",
    "short": f"Deze wachtwoordzin is te kort: gebruik minstens {MIN_LENGTH} tekens.",
    "common": "Deze wachtwoordzin staat in lijsten met veelgebruikte wachtwoorden.",
    "contains_common": "Er zit een veelgebruikt wachtwoord of woord in, en dat wordt als "
                       "eerste geprobeerd.",
    "context": "Deze wachtwoordzin lijkt op de naam van de kluis.",
    "word": "Een paar bekende woorden achter elkaar zijn snel geraden.",
    "name": "Namen zijn snel geraden.",
    "l33t": "Letters vervangen door cijfers of tekens (zoals 0 voor o) maakt een bekend woord "
            "niet moeilijker te raden.",
    "reversed": "Een bekend woord achterstevoren is niet moeilijker te raden.",
    "repeat": "Herhalingen zoals 'aaa' of 'abcabc' zijn snel geraden.",
    "sequence": "Reeksen zoals 'abcd' of '1234' zijn snel geraden.",
    "spatial": "Toetsen die op het toetsenbord naast elkaar liggen (zoals 'qwerty') zijn snel "
               "geraden.",
    "date": "Een datum is snel geraden.",
    "year": "Jaartallen zijn snel geraden.",
    "guessable": "Deze wachtwoordzin is te makkelijk te raden.",
}

_SEPARATORS = re.compile(r"(?<=\w)[\s\-_.]+(?=\w)")
_COMMON_LISTS = {"passwords", "nl_veelgebruikt"}
_NAME_LISTS = {"surnames", "male_names", "female_names", "nl_namen"}


@dataclass(frozen=True)
class Strength:
    """What zxcvbn thinks of a passphrase, and whether tafel accepts it."""

    acceptable: bool
    score: int  # zxcvbn's 0 (guessed at once) to 4 (very hard to guess)
    guesses_log10: float
    reason: str  # one Dutch sentence; empty when acceptable


def estimate(passphrase: str, context: Iterable[str] = ()) -> Strength:
    """How strong ``passphrase`` is; ``context`` are words an attacker knows (the file name)."""
    text = passphrase.strip()
    if _is_demo(text):
        return Strength(False, 0, 0.0, REASONS["demo"])
    if not text:
        return Strength(False, 0, 0.0, REASONS["short"])
    inputs = _user_inputs(context)
    result = _zxcvbn(text[:ESTIMATE_CHARACTERS], inputs)
    joined = _SEPARATORS.sub("", text)
    if joined != text:  # attackers try word lists with and without separators
        without = _zxcvbn(joined[:ESTIMATE_CHARACTERS], inputs)
        if without["guesses"] < result["guesses"]:
            result = without
    log10 = float(result["guesses_log10"])
    score = int(result["score"])
    if len(text) >= MIN_LENGTH and log10 >= MIN_GUESSES_LOG10:
        return Strength(True, score, log10, "")
    if len(text) < MIN_LENGTH:
        return Strength(False, min(score, 2), log10, REASONS["short"])
    return Strength(False, score, log10, _reason(text, result["sequence"]))


def check(passphrase: str, context: Iterable[str] = ()) -> None:
    """Raise :class:`WeakPassphraseError` (reason, advice, a suggestion) for a weak passphrase."""
    strength = estimate(passphrase, context)
    if not strength.acceptable:
        raise WeakPassphraseError(f"{strength.reason} {ADVICE}", suggestion=suggest())


def context_for(path: Path | str) -> list[str]:
    """The words of a vault's file name, which an attacker who has the file also has."""
    stem = Path(path).name.removesuffix(".tafel")
    return [stem, *[part for part in re.split(r"[\W_]+", stem) if len(part) >= 3]]


def suggest(words: int = SUGGESTED_WORDS) -> str:
    """A new passphrase of random Dutch words, chosen with :mod:`secrets`, that passes.

    Four words from the list are about 44 bits of chance. A draw of only very common words
    (each also in zxcvbn's lists) could still look weak to :func:`estimate`; such a rare draw
    is replaced rather than offered, which costs the suggestions next to nothing.
    """
    choices = word_list()
    while True:
        candidate = SEPARATOR.join(secrets.choice(choices) for _ in range(words))
        if estimate(candidate).acceptable:
            return candidate


@functools.cache
def word_list() -> tuple[str, ...]:
    """The suggestion words: common, short, lowercase Dutch words (see the README beside it)."""
    return tuple(_read_list("nl-woorden.txt"))


# -- inside -----------------------------------------------------------------------------


def _normalised(text: str) -> str:
    return re.sub(r"[\W_]+", "", text.casefold())


def _is_demo(text: str) -> bool:
    """The demo passphrase in any case, spacing or punctuation."""
    return _normalised(text) == _normalised(DEMO_PASSPHRASE)


def _user_inputs(context: Iterable[str]) -> list[str]:
    words = [DEMO_PASSPHRASE, _normalised(DEMO_PASSPHRASE)]
    for item in context:
        words += [item.casefold(), _normalised(item)]
    return [word for word in words if word]


def _read_list(name: str) -> list[str]:
    text = resource_path("passphrase", name).read_text(encoding="utf-8")
    lines = (line.strip().casefold() for line in text.splitlines())
    return [line for line in lines if line and not line.startswith("#")]


@functools.cache
def _prepared() -> Any:
    """zxcvbn with tafel's Dutch lists added and years up to 2099 recognised (once)."""
    from zxcvbn import matching, zxcvbn

    matching.add_frequency_lists({
        "nl_veelgebruikt": _read_list("nl-veelgebruikt.txt"),
        "nl_namen": _read_list("nl-namen.txt"),
    })
    # Every suggestion word is one guess in as many as the list is long: that is how the
    # suggestions are made, so that is what an attacker who knows the list has to try.
    words = word_list()
    matching.RANKED_DICTIONARIES["nl_woorden"] = dict.fromkeys(words, len(words))
    # zxcvbn 4.5 still stops its "recent year" at 2019.
    matching.REGEXEN["recent_year"] = re.compile(r"19\d\d|20\d\d")
    return zxcvbn


def _zxcvbn(text: str, user_inputs: list[str]) -> dict[str, Any]:
    return _prepared()(text, user_inputs=user_inputs, max_length=ESTIMATE_CHARACTERS)


def _reason(text: str, sequence: list[dict[str, Any]]) -> str:
    """One sentence for the weakest part: the longest pattern zxcvbn found (as its own advice)."""
    patterns = [match for match in sequence if match["pattern"] != "bruteforce"]
    if not patterns:
        return REASONS["guessable"]
    match = max(patterns, key=lambda m: len(m["token"]))
    whole = len(match["token"]) >= len(text) - 1
    pattern = match["pattern"]
    if pattern == "dictionary":
        return _dictionary_reason(match, whole)
    if pattern == "regex" and match.get("regex_name") == "recent_year":
        return REASONS["year"]
    return REASONS.get(pattern, REASONS["guessable"])


def _dictionary_reason(match: dict[str, Any], whole: bool) -> str:
    name = match.get("dictionary_name", "")
    if name == "user_inputs":
        return REASONS["demo"] if _is_demo(match["matched_word"]) else REASONS["context"]
    if match.get("l33t"):
        return REASONS["l33t"]
    if match.get("reversed"):
        return REASONS["reversed"]
    if name in _COMMON_LISTS:
        return REASONS["common"] if whole else REASONS["contains_common"]
    if name in _NAME_LISTS:
        return REASONS["name"]
    return REASONS["word"]
