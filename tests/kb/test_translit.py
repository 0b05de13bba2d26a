"""Provisional Latin names: English-style by default, French-style for Maghreb persons."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from marsad.kb.learned import LearnedEntries
from marsad.kb.translit import scheme_for, transliterate
from tests.kb.translit_check import check_rows, exact_rate

ARABIC_LETTERS = "ابتثجحخدذرزسشصضطظعغفقكلمنهويءآأإىةؤئ"


@pytest.mark.parametrize(
    ("name", "country", "latin"),
    [
        ("توفيق بوعشرين", "MAR", "Taoufik Bouachrine"),
        ("محمد زيان", "MAR", "Mohamed Ziane"),
        ("محمد بنعبد القادر", "MAR", "Mohamed Benabdelkader"),
        ("محمد بنعبدالقادر", "MAR", "Mohamed Benabdelkader"),
        ("عبد الإله بنكيران", "MAR", "Abdelilah Benkirane"),
        ("محمد أوناجم", "MAR", "Mohamed Ounajem"),
        ("هاكان فيدان", "TUR", "Hakan Fidan"),
        ("عبد الإله بنكيران", "SAU", "Abdulilah Bankiran"),
    ],
)
def test_names_by_scheme(name: str, country: str, latin: str) -> None:
    assert transliterate(name, country) == latin


@pytest.mark.parametrize(
    ("name", "country", "latin"),
    [
        ("بسام راضي", "EGY", "Bassam Radi"),  # customary spelling of a frequent given name
        ("سعد معن", "IRQ", "Saad Maan"),  # ع after a consonant is a vowel
        ("عبدالله", "SAU", "Abdullah"),  # joined and apart: one row
        ("عبد الله", "MAR", "Abdallah"),
        ("عبد الكافي الشمري", "IRQ", "Abdulkafi al-Shammari"),  # no sun-letter assimilation
        ("أبو بكر", "IRQ", "Abu Bakr"),
        ("أبو بكر", "DZA", "Abou Bakr"),
        ("حسن نصر الله", "LBN", "Hassan Nasrallah"),  # الله is glued to the word before
        ("نور الدين", "TUN", "Noureddine"),
        ("تميم بن حمد آل ثاني", "QAT", "Tamim bin Hamad Al Thani"),  # two-word row
        ("حافظ", "SYR", "Hafez"),  # CāCiC: the one short vowel
        ("المالكي", "IRQ", "Al-Maliki"),  # its nisba, capitalized at the start of a name
        ("مروة", "EGY", "Marwa"),
        ("نجاة", "EGY", "Najat"),  # ة after alef is read t
        ("عطية", "EGY", "Attia"),
        ("سامي مغنية", "LBN", "Sami Maghniyeh"),  # a Levantine family name in ة: -eh
        ("راشد الغنوشي", "TUN", "Rached Ghannouchi"),  # Tunisian family names drop El
        ("علي بن فليس", "DZA", "Ali Benfalis"),  # French style joins a final بن
        ("حسين أمير", "IRN", "Hossein Amir"),  # Persian column
        ("رجب طيب", "TUR", "Recep Tayyip"),  # Turkish column
        ("كمال كليتشدار أوغلو", "TUR", "Kemal Kalitshdaroglu"),  # oglu is glued
        ("رامي مخلوف", "SYR", "Rami Makhlouf"),  # مفعول, not a Slavic -ov
        ("ديمتري بيسكوف", "RUS", "Dmitry Biskov"),  # a Slavic ending
        ("عبد المجيد جراد", "DZA", "Abdelmajid Djarad"),  # Algerian dj
    ],
)
def test_letter_rules_and_customary_spellings(name: str, country: str, latin: str) -> None:
    assert transliterate(name, country) == latin


def test_scheme_follows_the_country() -> None:
    assert scheme_for("MAR") == scheme_for("DZA") == scheme_for("TUN") == "fr"
    assert scheme_for("EGY") == scheme_for(None) == "en"


def test_learned_entries_use_the_country_s_scheme() -> None:
    entry = LearnedEntries().add("توفيق بوعشرين", "MAR", "Journalist")
    assert entry["name_en"] == "Taoufik Bouachrine"


def test_check_list_exact_match_floor() -> None:
    # 80 real names the KB lacks, press spellings written down before the rules were changed
    # (0.088 then, 0.475 after); most misses are unwritten vowels and geminates.
    assert len(check_rows()) >= 60
    assert exact_rate() >= 0.47


COUNTRIES = ["MAR", "DZA", "TUN", "EGY", "LBN", "IRN", "TUR", None]


@given(st.text(alphabet=ARABIC_LETTERS + " ", max_size=30), st.sampled_from(COUNTRIES))
def test_output_is_plain_latin(name: str, country: str | None) -> None:
    out = transliterate(name, country)
    assert re.fullmatch(r"[A-Za-z' -]*", out), out
    assert len(out.split()) <= 2 * len(name.split())
    assert bool(out.strip()) == bool(name.strip())


@pytest.mark.parametrize(
    ("name", "country", "latin"),
    [
        ("محمد علي", "EGY", "Mohamed Ali"),  # rows for some countries only
        ("محمد علي", "JOR", "Mohammad Ali"),
        ("محمد علي", "IRQ", "Mohammed Ali"),
        ("عبد العزيز نجيب", "EGY", "Abdel Aziz Naguib"),
        ("عبد الحافظ رجب", "EGY", "Abdel Hafez Ragab"),  # Egyptian Abdel X, Egyptian g
        ("عبد الحافظ رجب", "SAU", "Abdulhafez Rajab"),
        ("جميل القاضي", "EGY", "Jamil al-Kadi"),  # Egyptian ق k
        ("حافظ الظفيري", "ARE", "Hafez al-Dhafiri"),  # Gulf ظ dh
    ],
)
def test_country_usage(name: str, country: str, latin: str) -> None:
    assert transliterate(name, country) == latin


def test_algerian_l_and_western_given_names() -> None:
    assert transliterate("العربي بلقاسم", "DZA").startswith("Larbi ")
    assert transliterate("فلاديمير", "RUS") == "Vladimir"
    assert transliterate("رستم", "UKR") == "Rustam"


def test_persian_letters() -> None:
    assert transliterate("محمد باقر قاليباف", "IRN") == "Mohammad Bagher Ghalibaf"
    assert transliterate("أحمد وحيدي", "IRN") == "Ahmad Vahidi"
