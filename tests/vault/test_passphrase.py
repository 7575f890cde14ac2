"""Passphrase strength: weak ones refused with a Dutch reason, strong ones accepted, suggestions.

The weak list holds the passphrases of the trust issue that used to pass (only the length was
checked) plus other well-known weak patterns; the strong list holds real passphrases, among
them the one every test vault uses.
"""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tafel.errors import WeakPassphraseError
from tafel.vault import Vault
from tafel.vault.vault import check_passphrase_strength
from tests.builders import CHEAP, PASSPHRASE

WEAK = [
    "Tafel-Demo-Kluis",
    "tafel-demo-kluis ",
    " TAFEL DEMO KLUIS",
    "1234567890",
    "aaaaaaaaaa",
    "wachtwoord",
    "Welkom2024!",
    "qwertyuiop",
    "azertyuiop",
    "wachtwoord123",
    "Wachtwoord!1",
    "Amsterdam2026",
    "abcdefghij",
    "0612345678",
    "jeugdzorg2026",
    "Gemeente123",
    "Feyenoord1908",
    "welkomwelkom",
    "P@ssw0rd123",
    "12-03-1998jan",
    "kort",
    "          paard",
    "een lange wachtwoordzin",
]

STRONG = [
    PASSPHRASE,
    "paarse olifant op de fiets",
    "kraan-tulp-molen-regen",
    "kraan tulp molen regen",
    "een heel nieuwe zin",
    "benchmark wachtwoordzin lang genoeg",
    "mijn hond heet bobby en is lief",
    "correct horse battery staple",
]


@pytest.mark.parametrize("passphrase", WEAK)
def test_weak_passphrases_are_refused(passphrase: str) -> None:
    with pytest.raises(WeakPassphraseError):
        check_passphrase_strength(passphrase)


@pytest.mark.parametrize("passphrase", STRONG)
def test_real_passphrases_are_accepted(passphrase: str) -> None:
    check_passphrase_strength(passphrase)


@pytest.mark.parametrize("passphrase", ["Tafel-Demo-Kluis", "wachtwoord", "Welkom2024!",
                                        "1234567890", "aaaaaaaaaa", "tafel-demo-kluis "])
def test_vault_create_refuses_weak_ones_and_writes_nothing(tmp_path: Path, passphrase: str) -> None:
    path = tmp_path / "casussen.tafel"
    with pytest.raises(WeakPassphraseError):
        Vault.create(path, passphrase, CHEAP)
    assert list(tmp_path.iterdir()) == []


def test_change_passphrase_refuses_a_weak_new_one(vault: Vault) -> None:
    with pytest.raises(WeakPassphraseError):
        vault.change_passphrase(PASSPHRASE, "Welkom2024!")
    vault.lock()
    Vault.open(vault.path, PASSPHRASE).lock()  # the old one still opens it


@pytest.mark.parametrize(
    ("passphrase", "words"),
    [
        ("Tafel-Demo-Kluis", "openbaar"),
        ("tafel-demo-kluis ", "openbaar"),
        ("kort", "te kort"),
        ("wachtwoord", "veelgebruikte wachtwoorden"),
        ("Welkom2024!", "veelgebruikt"),
        ("aaaaaaaaaa", "Herhalingen"),
        ("abcdefghij", "Reeksen"),
        ("1234567890", "veelgebruikte wachtwoorden"),
        ("zxcvbnm,./", "toetsenbord"),
        ("12-03-1998", "datum"),
        ("1987qz2001!", "Jaartallen"),
        ("W@chtw00rd!", "cijfers of tekens"),
        ("droowthcaw!", "achterstevoren"),
        ("elizabethjohnson", "Namen"),
        ("de vries jansen", "Namen"),
    ],
)
def test_the_reason_is_one_plain_dutch_sentence(passphrase: str, words: str) -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        check_passphrase_strength(passphrase)
    message = caught.value.message
    assert words in message
    assert "\n" not in message
    assert "Kies vier of vijf losse woorden" in message


def test_the_vault_file_name_counts_as_a_known_word() -> None:
    check_passphrase_strength("zonnebloem-kwast-2026!")
    with pytest.raises(WeakPassphraseError) as caught:
        check_passphrase_strength("zonnebloem-kwast-2026!", context=["zonnebloem-kwast"])
    assert "naam van de kluis" in caught.value.message


def test_create_passes_the_file_name_as_context(tmp_path: Path) -> None:
    with pytest.raises(WeakPassphraseError):
        Vault.create(tmp_path / "zonnebloem-kwast.tafel", "zonnebloem-kwast-2026!", CHEAP)


def test_a_refusal_carries_a_strong_suggestion() -> None:
    with pytest.raises(WeakPassphraseError) as caught:
        check_passphrase_strength("wachtwoord")
    suggestion = caught.value.suggestion
    assert re.fullmatch(r"[a-z]{4,8}(-[a-z]{4,8}){3}", suggestion)
    check_passphrase_strength(suggestion)


def test_the_word_list_is_large_short_plain_and_unique() -> None:
    from tafel.vault.passphrase import word_list

    words = word_list()
    assert len(words) >= 2000
    assert len(set(words)) == len(words)
    assert all(re.fullmatch(r"[a-z]{4,8}", word) for word in words)


def test_suggestions_are_four_random_words_that_pass() -> None:
    from tafel.vault.passphrase import suggest, word_list

    known = set(word_list())
    suggestions = {suggest() for _ in range(200)}
    assert len(suggestions) == 200  # 2000**4 possibilities: a repeat means no randomness
    for suggestion in list(suggestions)[:40]:
        words = suggestion.split("-")
        assert len(words) == 4 and set(words) <= known
        check_passphrase_strength(suggestion)
    assert len(suggest(5).split("-")) == 5


def test_estimate_says_why_while_typing() -> None:
    from tafel.vault.passphrase import estimate

    weak = estimate("wachtwoord")
    assert not weak.acceptable and "veelgebruikte" in weak.reason
    strong = estimate(PASSPHRASE)
    assert strong.acceptable and strong.reason == "" and strong.score == 4
    assert estimate("").score == 0 and not estimate("").acceptable
    long = estimate("kraan tulp molen regen " * 20)  # zxcvbn itself stops at 72 characters
    assert long.acceptable
