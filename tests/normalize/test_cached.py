"""The normalization caches return what a fresh computation returns."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from marsad.normalize import normalize, normalize_with_offsets
from marsad.normalize.chars import _lower, _with_offsets, charmap

_ALPHABET = "ابتةىيأإآؤئـًٌٍَُِّْ٠١٢٣ ،.İAbcی"


@settings(max_examples=80, deadline=None)
@given(st.text(alphabet=_ALPHABET, max_size=90))
def test_cached_forms_equal_fresh_ones(text: str) -> None:
    fresh = _lower(text.translate(charmap().match))
    assert normalize(text) == fresh and normalize(text) == fresh
    got = normalize_with_offsets(text)
    assert got == _with_offsets.__wrapped__(text) and got.text == fresh
    assert normalize_with_offsets(text) is got  # the same article text is normalized once
