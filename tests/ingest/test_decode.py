import codecs

import pytest

from marsad.errors import InputError
from marsad.ingest.decode import decode

TEXT = "بحث نائب وزير الخارجية الروسي ميخائيل غالوزين مع نظيره التركي في أنقرة.\n"


@pytest.mark.parametrize("data", [
    TEXT.encode("utf-8"),
    codecs.BOM_UTF8 + TEXT.encode("utf-8"),
    TEXT.encode("utf-16"),  # with BOM
    TEXT.encode("utf-16-le"),  # without
    TEXT.encode("utf-16-be"),
    TEXT.encode("cp1256"),
    TEXT.replace("\n", "\r\n").encode("utf-8"),
])
def test_known_encodings_decode(data: bytes) -> None:
    assert decode(data, "x.txt") == TEXT


@pytest.mark.parametrize("data, reason", [
    (b"", "empty"),
    (b"   \n\t ", "empty"),
    (bytes(range(256)) * 40, "not text"),
    (b"\x89PNG\r\n\x1a\n" + bytes(2000), "not text"),
    (b"\x00\x01\x02\x03" * 500, "not text"),
])
def test_bad_bytes_are_refused_with_a_reason(data: bytes, reason: str) -> None:
    with pytest.raises(InputError) as err:
        decode(data, "bad.bin")
    assert str(err.value).startswith("bad.bin: ")
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


def test_giant_page_is_refused() -> None:
    with pytest.raises(InputError, match="too large"):
        decode(b"a" * 2000, "big.txt", max_bytes=1000)
