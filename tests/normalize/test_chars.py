from hypothesis import given
from hypothesis import strategies as st

from marsad.normalize import fix_letters, normalize, normalize_with_offsets

LETTERS = "أإآاىيةهیکـًٌٍَُِّْ٠١٩ ابتثجحخدذرزسشصضطظعغفقكلمنهوي،.؟Ab İ\u200c"
ARABIC = st.text(alphabet=st.sampled_from(list(LETTERS)), max_size=80)


@given(st.one_of(ARABIC, st.text(max_size=60)))
def test_normalize_is_idempotent(text: str) -> None:
    once = normalize(text)
    assert normalize(once) == once


@given(st.one_of(ARABIC, st.text(max_size=60)))
def test_offsets_land_inside_the_text(text: str) -> None:
    n = normalize_with_offsets(text)
    assert n.text == normalize(text)
    for i in range(len(n.text)):
        s, e = n.to_original(i, i + 1)
        assert 0 <= s < e <= len(text)
        assert normalize(text[s:e]) == n.text[i]


@given(ARABIC, st.integers(0, 79), st.integers(0, 79))
def test_spans_map_back_in_order(text: str, a: int, b: int) -> None:
    n = normalize_with_offsets(text)
    s, e = sorted((min(a, len(n.text)), min(b, len(n.text))))
    os_, oe = n.to_original(s, e)
    assert 0 <= os_ <= oe <= len(text)


def test_forms_fold() -> None:
    assert normalize("إسطنبول") == normalize("اسطنبول")
    assert normalize("أنقرة") == "انقره"
    assert normalize("مصطفى") == "مصطفي"
    assert normalize("فی أوکرانیا") == normalize("في أوكرانيا")
    assert normalize("٢٠٢٤") == "2024"
    assert normalize("مـــوسكو") == "موسكو"
    assert normalize("أَعْلَنَ") == "اعلن"


def test_offsets_skip_deleted_marks() -> None:
    text = "قالَ بوتيـــن"
    n = normalize_with_offsets(text)
    i = n.text.index("بوتين")
    s, e = n.to_original(i, i + len("بوتين"))
    assert text[s:e] == "بوتيـــن"


def test_fix_letters_keeps_arabic() -> None:
    assert fix_letters("فی أوکرانیا") == "في أوكرانيا"
    assert fix_letters("أنقرة") == "أنقرة"
