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
    if b"\x00" in data[:4096]:  # UTF-8 text never holds NUL: UTF-16 without a mark, or binary
        return _utf16_without_bom(data)
    text = _try(data, "utf-8")
    if text is not None:
        return text
    text = _try(data, "cp1256")
    if text is not None and _arabic_share(text) > 0.3:
        return text
    return _guess(data)


def _utf16_without_bom(data: bytes) -> str | None:
    best, best_share = None, 0.0
    for codec in ("utf-16-le", "utf-16-be"):
        text = _try(data[: len(data) - len(data) % 2], codec)
        if text is not None:
            share = _plausible_share(text)
            if share > best_share:
                best, best_share = text, share
    return best if best_share > 0.9 else None


def _plausible_share(text: str) -> float:
    sample = text[:4000]
    ok = sum(1 for c in sample if "\u0600" <= c <= "\u06ff" or c.isascii() and (c.isprintable() or c.isspace())
             or c.isalpha())
    return ok / len(sample) if sample else 0.0


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
