"""Turn bytes into text, or refuse them with a one-line reason.

Order of trust: a byte-order mark; UTF-16 without a mark (every other byte
zero); strict UTF-8; Windows-1256 when the result reads as Arabic; finally
charset-normalizer. Binary junk (NUL bytes, control characters, text that
reads as nothing) is refused.
"""

from __future__ import annotations

import codecs

from marsad.errors import InputError

MAX_PAGE_BYTES = 50 * 1024 * 1024
_CONTROL_OK = {"\n", "\r", "\t", "\f", "\v"}


def decode(data: bytes, name: str, max_bytes: int = MAX_PAGE_BYTES) -> str:
    """Decode ``data`` read from ``name`` or raise :class:`InputError`."""
    if len(data) > max_bytes:
        raise InputError(name, f"too large ({len(data) // (1024 * 1024)} MiB; the limit is "
                               f"{max_bytes // (1024 * 1024)} MiB for one page)")
    if not data.strip():
        raise InputError(name, "empty")
    text = _decode_bytes(data)
    if text is None or not _looks_like_text(text):
        raise InputError(name, "not text in a known encoding (binary data, or not UTF-8, UTF-16 or Windows-1256)")
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    if not text.strip():
        raise InputError(name, "empty")
    return text


def _decode_bytes(data: bytes) -> str | None:
    for bom, codec in ((codecs.BOM_UTF8, "utf-8"), (codecs.BOM_UTF16_LE, "utf-16-le"),
                       (codecs.BOM_UTF16_BE, "utf-16-be")):
        if data.startswith(bom):
            return _try(data[len(bom):], codec)
    sample = data[:4096]
    if len(sample) >= 4:
        even_zero = sample[0::2].count(0) / len(sample[0::2])
        odd_zero = sample[1::2].count(0) / len(sample[1::2])
        if odd_zero > 0.3 and even_zero < 0.05:
            return _try(data, "utf-16-le")
        if even_zero > 0.3 and odd_zero < 0.05:
            return _try(data, "utf-16-be")
    if b"\x00" in sample:
        return None
    text = _try(data, "utf-8")
    if text is not None:
        return text
    text = _try(data, "cp1256")
    if text is not None and _arabic_share(text) > 0.3:
        return text
    return _guess(data)


def _try(data: bytes, codec: str) -> str | None:
    try:
        return data.decode(codec)
    except UnicodeDecodeError:
        return None


def _guess(data: bytes) -> str | None:
    from charset_normalizer import from_bytes

    best = from_bytes(data[:200_000]).best()
    if best is None or best.encoding is None:
        return None
    return _try(data, best.encoding)


def _arabic_share(text: str) -> float:
    letters = [c for c in text[:20000] if c.isalpha()]
    if not letters:
        return 0.0
    return sum("\u0600" <= c <= "\u06ff" for c in letters) / len(letters)


def _looks_like_text(text: str) -> bool:
    sample = text[:20000]
    if not sample:
        return False
    controls = sum(1 for c in sample if ord(c) < 32 and c not in _CONTROL_OK)
    bad = sample.count("\ufffd") + controls
    letters = sum(1 for c in sample if c.isalpha())
    return bad / len(sample) < 0.01 and letters / len(sample) > 0.2
